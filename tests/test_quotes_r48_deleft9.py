"""Round 48, family deleft9: German shapes left by round 48's sixth wave (a "sowohl … als auch …" pair after a fronted
plural object; a date's day with its full stop in "Im Brief vom 3. März steht, …"; a trailing "steht im Bericht der
Kommission" names the document with its owner, as the fronted form does; "drohen" with a comma and an infinitive of
what befalls the subject is a risk, no threat; a state's threat of an act it can do reports)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a pair after "sowohl" after a fronted plural object (the speaker was "Pläne")
    ("Die Pläne lehnte sowohl der Bauernverband als auch der Naturschutzbund ab.",
     [(IND, "Die Pläne lehnte sowohl der Bauernverband als auch der Naturschutzbund ab",
       "Bauernverband und Naturschutzbund")]),
    ("Die Vorschläge lehnte sowohl der Bauernverband als auch der Naturschutzbund ab.",
     [(IND, "Die Vorschläge lehnte sowohl der Bauernverband als auch der Naturschutzbund ab",
       "Bauernverband und Naturschutzbund")]),
    # a date's day with its full stop between the document and "steht" (reported nothing)
    ("Im Brief vom 3. März steht, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Brief")]),
    ("Im Bericht vom 12. Mai steht: Die Lage ist ernst.", [(IND, "Die Lage ist ernst", "Bericht")]),
    # a trailing "steht im …" with a genitive owner (the speaker was "Kommission")
    ("Die Lage sei ernst, steht im Bericht der Kommission.", [(IND, "Die Lage sei ernst", "Bericht der Kommission")]),
    ("Die Lage sei ernst, steht im Abschlussbericht der Kommission.",
     [(IND, "Die Lage sei ernst", "Abschlussbericht der Kommission")]),
    ("„Die Lage ist ernst“, steht im Bericht der Kommission.", [(DIR, "Die Lage ist ernst", "Bericht der Kommission")]),
    # "drohen", a comma and an infinitive of what befalls the subject: a risk (was a report)
    ("Die Partei droht, an der Fünfprozenthürde zu scheitern.", []),
    ("Die Partei droht, ihre Mehrheit zu verlieren.", []),
    ("Die Koalition droht, zu zerbrechen.", []),
    ("Die Opposition droht, die Abstimmung zu verlieren.", []),
    # a state threatens an act it can do (reported nothing)
    ("Das Land drohte, die Verträge zu kündigen.", [(IND, "die Verträge zu kündigen", "Land")]),
    ("Das Land drohte, seine Botschafter abzuziehen.", [(IND, "seine Botschafter abzuziehen", "Land")]),
]

GUARDS = [
    ("Die Pläne lehnte der Bauernverband ab.", [(IND, "Die Pläne lehnte der Bauernverband ab", "Bauernverband")]),
    ("Den Vorschlag lehnte sowohl der Kanzler als auch die Opposition ab.",
     [(IND, "Den Vorschlag lehnte sowohl der Kanzler als auch die Opposition ab", "Kanzler und Opposition")]),
    ("Im Brief vom Montag steht, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Brief")]),
    ("Im Haus vom 3. März steht, die Lage sei ernst.", []),
    ("Im Bericht der Kommission steht, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht der Kommission")]),
    ("Die Lage sei ernst, steht im Bericht des Ministers.", [(IND, "Die Lage sei ernst", "Bericht des Ministers")]),
    ("Die Lage sei ernst, heißt es im Bericht der Kommission.",
     [(IND, "Die Lage sei ernst", "Bericht der Kommission")]),
    ("Das Land droht, im Chaos zu versinken.", []),
    ("Das Land droht, unregierbar zu werden.", []),
    ("Das Gebäude droht, einzustürzen.", []),
    ("Das Land drohte mit Sanktionen.", []),
    ("Die Regierung drohte, die Verträge zu kündigen.", [(IND, "die Verträge zu kündigen", "Regierung")]),
    ("Der Minister drohte, zurückzutreten.", [(IND, "zurückzutreten", "Minister")]),
    ("Die Gewerkschaft drohte, die Arbeit niederzulegen.", [(IND, "die Arbeit niederzulegen", "Gewerkschaft")]),
    ("Der Trainer drohte, die Spieler zu bestrafen.", [(IND, "die Spieler zu bestrafen", "Trainer")]),
    ("Die Regierung wertete das Ergebnis als Erfolg.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
