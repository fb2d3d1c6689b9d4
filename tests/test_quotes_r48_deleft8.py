"""Round 48, family deleft8: German shapes left by round 48's fifth wave (a "sowohl … als auch …" pair after a singular
verb with a fronted object, "der" and a masculine title marking the nominative; fines after "drohen" are a risk; a
plural of persons after a quantifier threatens; compound documents before "Darin heißt es" and in "Im … steht";
a document with its date or "vom"/"von" before its verb)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a pair after "sowohl" and a singular verb speaks together (was the fronted object or the first of the pair)
    ("Die Reform begrüßte sowohl der Kanzler als auch die Opposition.",
     [(IND, "Die Reform begrüßte sowohl der Kanzler als auch die Opposition", "Kanzler und Opposition")]),
    ("Das Gesetz lobte sowohl der Kanzler als auch die Opposition.",
     [(IND, "Das Gesetz lobte sowohl der Kanzler als auch die Opposition", "Kanzler und Opposition")]),
    ("Die Reform kritisierte sowohl der Kanzler als auch der Finanzminister.",
     [(IND, "Die Reform kritisierte sowohl der Kanzler als auch der Finanzminister", "Kanzler und Finanzminister")]),
    ("Kritik äußerte sowohl die SPD als auch die Grünen.",
     [(IND, "Kritik äußerte sowohl die SPD als auch die Grünen", "SPD und Grünen")]),
    ("Zustimmung signalisierte sowohl die SPD als auch die FDP.",
     [(IND, "Zustimmung signalisierte sowohl die SPD als auch die FDP", "SPD und FDP")]),
    ("Den Vorschlag kritisierte sowohl der Kanzler als auch die Opposition.",
     [(IND, "Den Vorschlag kritisierte sowohl der Kanzler als auch die Opposition", "Kanzler und Opposition")]),
    ("Am Montag warnte sowohl die Polizei als auch die Feuerwehr vor dem Sturm.",
     [(IND, "Am Montag warnte sowohl die Polizei als auch die Feuerwehr vor dem Sturm", "Polizei und Feuerwehr")]),
    ("„Das ist falsch“, sagte sowohl Müller als auch Schmidt.", [(DIR, "Das ist falsch", "Müller und Schmidt")]),
    # fines after "drohen" are a risk, no threat (the speaker was "Bußgelder": "-er" read as a person)
    ("Den Unternehmen drohten empfindliche Bußgelder.", []),
    # a plural of persons after a quantifier threatens (reported nothing)
    ("Gestern drohten zahlreiche Ärzte mit Streiks.",
     [(IND, "Gestern drohten zahlreiche Ärzte mit Streiks", "Ärzte")]),
    ("Zahlreiche Ärzte drohten mit Streiks.", [(IND, "Zahlreiche Ärzte drohten mit Streiks", "Ärzte")]),
    # a compound document before "Darin heißt es" (no speaker)
    ("Der Verband veröffentlichte ein Positionspapier. Darin heißt es, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Positionspapier")]),
    ("Die Regierung legte ein Eckpunktepapier vor. Darin heißt es, die Steuern sollten sinken.",
     [(IND, "die Steuern sollten sinken", "Eckpunktepapier")]),
    ("Die Bank legte ihren Jahresbericht vor. Darin heißt es, die Gewinne seien gestiegen.",
     [(IND, "die Gewinne seien gestiegen", "Jahresbericht")]),
    ("Die Experten legten ein Rechtsgutachten vor. Darin heißt es, das Gesetz sei verfassungswidrig.",
     [(IND, "das Gesetz sei verfassungswidrig", "Rechtsgutachten")]),
    ("Der Verband veröffentlichte ein Positionspapier. Darin wird gefordert, die Steuern zu senken.",
     [(IND, "die Steuern zu senken", "Positionspapier")]),
    # "steht" with a compound document or "vom"/"von" after the document (reported nothing)
    ("Im Jahresbericht steht, die Gewinne seien gestiegen.", [(IND, "die Gewinne seien gestiegen", "Jahresbericht")]),
    ("Im Bericht vom Montag steht, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht")]),
    ("„Die Lage ist ernst“, steht im Jahresbericht.", [(DIR, "Die Lage ist ernst", "Jahresbericht")]),
    # a document with its date before its verb (reported nothing)
    ("Der Bericht des Jahres 2020 zeigt, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Bericht")]),
    ("Der Bericht vom Montag betont, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Bericht")]),
    ("Die Studie aus dem Jahr 2020 zeigt, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Studie")]),
    ("Der Jahresbericht 2020 zeigt, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Jahresbericht")]),
]

GUARDS = [
    # a pair after "sowohl" as the object of a subject before the verb
    ("Merz kritisierte sowohl die SPD als auch die Grünen.",
     [(IND, "Merz kritisierte sowohl die SPD als auch die Grünen", "Merz")]),
    ("Der Minister lobte sowohl die Polizei als auch die Feuerwehr.",
     [(IND, "Der Minister lobte sowohl die Polizei als auch die Feuerwehr", "Minister")]),
    ("Die Regierung kritisierte sowohl den Kanzler als auch die Opposition.",
     [(IND, "Die Regierung kritisierte sowohl den Kanzler als auch die Opposition", "Regierung")]),
    ("Die Regierung dankte sowohl der Polizei als auch der Feuerwehr.",
     [(IND, "Die Regierung dankte sowohl der Polizei als auch der Feuerwehr", "Regierung")]),
    ("Die Reform begrüßte der Kanzler.", [(IND, "Die Reform begrüßte der Kanzler", "Kanzler")]),
    # risks and threats with "drohen"
    ("Den Bauern drohten hohe Strafen.", []),
    ("Dem Land drohen neue Sanktionen.", []),
    ("Gestern drohten zahlreiche Lehrer mit Streiks.",
     [(IND, "Gestern drohten zahlreiche Lehrer mit Streiks", "Lehrer")]),
    ("Die EU drohte mit Sanktionen.", [(IND, "Die EU drohte mit Sanktionen", "EU")]),
    # no document before "Darin heißt es"; places and other "steht" are no document
    ("Die Polizei sperrte die Straße. Darin heißt es, die Lage sei ernst.", [(IND, "die Lage sei ernst", None)]),
    ("Im Mittelpunkt steht, dass die Lage ernst ist.", []),
    ("Im Zimmer vom Hotel steht, was gebraucht wird.", []),
    ("Im Bericht der Kommission steht, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht der Kommission")]),
    # a letter shows nothing; a document with a genitive owner as before
    ("Der Brief vom Montag zeigt, dass die Lage ernst ist.", []),
    ("Der Bericht der Kommission zeigt, dass die Lage ernst ist.",
     [(IND, "die Lage ernst ist", "Bericht der Kommission")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
