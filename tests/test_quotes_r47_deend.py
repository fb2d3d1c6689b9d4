"""Round 47, family deend: where a German INDIRECT_QUOTE content ends and how far a report runs (a trailing
attribution whose bare surname is followed by "und" and a second verb; a second reported main clause after the
speaker's adjuncts and a comma)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a bare surname after an inverted cue, then "und" and a second verb: the cue was taken for an attributive
    # participle ("Wie informierte Kreise sagten") and the whole sentence went to "Die Reform"
    ("Die Reform sei richtig, sagte Lindner und verwies auf die Zahlen.",
     [(IND, "Die Reform sei richtig", "Lindner")]),
    ("Die Reform sei richtig, sagte Lindner und lobte die Koalition.",
     [(IND, "Die Reform sei richtig", "Lindner")]),
    ("Die Preise würden steigen, warnte Habeck und kündigte Hilfen an.",
     [(IND, "Die Preise würden steigen", "Habeck")]),
    ("Die Reform sei richtig, betonte Lindner und fügte hinzu, sie komme spät.",
     [(IND, "Die Reform sei richtig", "Lindner"), (IND, "sie komme spät", "Lindner")]),
    # a second reported main clause after the speaker's adjuncts (reported nothing)
    ("Die Reform sei beschlossen, erklärte Lindner im Bundestag, und die Finanzierung stehe.",
     [(IND, "Die Reform sei beschlossen", "Lindner"), (IND, "und die Finanzierung stehe", "Lindner")]),
    ("Die Reform sei beschlossen, sagte Lindner am Montag in Berlin, aber die Finanzierung sei offen.",
     [(IND, "Die Reform sei beschlossen", "Lindner"), (IND, "aber die Finanzierung sei offen", "Lindner")]),
]

GUARDS = [
    ("Wie informierte Kreise sagten, sei die Reform beschlossen.", [(IND, "sei die Reform beschlossen", "Kreise")]),
    ("Die Reform sei beschlossen, wie gut unterrichtete Quellen berichteten.",
     [(IND, "Die Reform sei beschlossen", "Quellen")]),
    ("Die Reform sei richtig, sagte der Minister und verwies auf die Zahlen.",
     [(IND, "Die Reform sei richtig", "Minister")]),
    ("Die Reform sei richtig, sagte Christian Lindner und verwies auf die Zahlen.",
     [(IND, "Die Reform sei richtig", "Christian Lindner")]),
    ("Die Reform sei richtig, sagte Lindner und Habeck stimmte zu.", [(IND, "Die Reform sei richtig", "Lindner")]),
    ("Die Reform sei beschlossen, erklärte Lindner, und die Finanzierung stehe.",
     [(IND, "Die Reform sei beschlossen", "Lindner"), (IND, "und die Finanzierung stehe", "Lindner")]),
    ("Die Reform sei beschlossen, sagte Lindner, und die Opposition applaudierte.",
     [(IND, "Die Reform sei beschlossen", "Lindner")]),
    ("Die Reform ist beschlossen, sagte Lindner am Montag, und die Finanzierung stehe.", []),
    ("Lindner sagte, die Reform sei richtig, und fügte hinzu, die Finanzierung sei gesichert.",
     [(IND, "die Reform sei richtig", "Lindner"), (IND, "die Finanzierung sei gesichert", "Lindner")]),
    ("Die Reform sei beschlossen, sagte Lindner am Montag im Bundestag.",
     [(IND, "Die Reform sei beschlossen", "Lindner")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
