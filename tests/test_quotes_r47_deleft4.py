"""Round 47, family deleft4: German "fragen" with the one asked after the verb and a question after it ("Müller
fragte die Ministerin, ob …": the lone word or the phrase before the verb asks)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ("Müller fragte die Ministerin, ob die Lage ernst sei.", [(IND, "die Lage ernst sei", "Müller")]),
    ("Merz fragte die Kanzlerin, warum die Regierung nicht handle.",
     [(IND, "die Regierung nicht handle", "Merz")]),
    ("Die CDU fragte die Regierung, ob die Lage ernst sei.", [(IND, "die Lage ernst sei", "CDU")]),
    ("Müller fragte die Ministerin: „Ist die Lage ernst?“", [(DIR, "Ist die Lage ernst?", "Müller")]),
]

GUARDS = [
    ("Müller fragte den Minister, ob die Lage ernst sei.", [(IND, "die Lage ernst sei", "Müller")]),
    ("Später fragte die Ministerin, ob die Lage ernst sei.", [(IND, "die Lage ernst sei", "Ministerin")]),
    ("Gestern fragte die Ministerin, ob die Lage ernst sei.", [(IND, "die Lage ernst sei", "Ministerin")]),
    ("Im Interview fragte die Ministerin, ob die Lage ernst sei.", [(IND, "die Lage ernst sei", "Ministerin")]),
    ("Dann fragte der Moderator die Ministerin, ob die Lage ernst sei.",
     [(IND, "die Lage ernst sei", "Moderator")]),
    ("Hans Müller fragte die Ministerin, ob die Lage ernst sei.", [(IND, "die Lage ernst sei", "Hans Müller")]),
    ("Müller sagte der Ministerin, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Müller")]),
    # a fronted manner word is no speaker
    ("Rhetorisch fragte die Ministerin, wer das bezahlen solle.", [(IND, "wer das bezahlen solle", "Ministerin")]),
    ("Provokant fragte die Zeitung, ob die Regierung am Ende sei.", [(IND, "die Regierung am Ende sei", "Zeitung")]),
    ("Zweifelnd fragte die Kanzlerin: „Ist das wirklich so?“", [(DIR, "Ist das wirklich so?", "Kanzlerin")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
