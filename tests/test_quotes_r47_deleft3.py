"""Round 47, family deleft3: German shapes earlier helpers left: a woman's role after a dative "der" is no subject
("Müller sagte der Ministerin, …"), and a body's initials linked to its long name and back ("Der Deutsche
Gewerkschaftsbund … Der DGB sagte", "Die Vereinten Nationen … Die UN erklärten")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # "der" before a woman's role is a dative: the lone name before the verb speaks
    ("Müller sagte der Ministerin, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Müller")]),
    ("Müller versicherte der Ministerin, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Müller")]),
    ("Schmidt sagte der Kanzlerin, die Steuern würden nicht erhöht.",
     [(IND, "die Steuern würden nicht erhöht", "Schmidt")]),
    # a body's initials after its long name, and the reverse
    ("Der Deutsche Gewerkschaftsbund legte einen Plan vor. Der DGB sagte, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Deutsche Gewerkschaftsbund")]),
    ("Die Vereinten Nationen legten einen Bericht vor. Die UN erklärten, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Vereinten Nationen")]),
    ("Die Vereinten Nationen legten einen Bericht vor. Die UNO erklärte, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Vereinten Nationen")]),
    ("Die UNO legte einen Bericht vor. Die Vereinten Nationen erklärten, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "UNO")]),
    ("Der Bundesverband der Deutschen Industrie legte Zahlen vor. Der BDI sagte, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Bundesverband der Deutschen Industrie")]),
    ("Der Internationale Währungsfonds legte Zahlen vor. Der IWF sagte, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Internationale Währungsfonds")]),
]

GUARDS = [
    ("Müller sagte der Zeitung, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Müller")]),
    ("Müller sagte dem Minister, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Müller")]),
    ("Gestern sagte der Minister, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Minister")]),
    ("Heute sagte die Ministerin, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Ministerin")]),
    ("Der DGB sagte, die Lage sei ernst.", [(IND, "die Lage sei ernst", "DGB")]),
    # a genitive long name is left: the initials keep their own name
    ("Der Chef des Deutschen Gewerkschaftsbundes legte einen Plan vor. Der DGB sagte, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "DGB")]),
    # another body's initials are not linked
    ("Die Vereinten Nationen legten einen Bericht vor. Die EZB erklärte, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "EZB")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
