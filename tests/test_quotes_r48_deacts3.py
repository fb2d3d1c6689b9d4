"""Round 48, family deacts3: German speech acts left by deacts2 and deleft6 (plural groups and short nouns of persons
that threaten or promise, a vow with its infinitive, a singular verb's object pair after "sowohl", an impersonal
passive after "Darin" reporting from the document named before)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DOC = "Die Kommission legte einen Bericht vor. "

FIXES = [
    # plural groups and short nouns of persons threaten or promise (they were read as things)
    ("Die Piloten drohten mit Streiks.", [(IND, "Die Piloten drohten mit Streiks", "Piloten")]),
    ("Die Demonstranten drohten mit weiteren Protesten.",
     [(IND, "Die Demonstranten drohten mit weiteren Protesten", "Demonstranten")]),
    ("Die Abgeordneten drohten mit einem Misstrauensvotum.",
     [(IND, "Die Abgeordneten drohten mit einem Misstrauensvotum", "Abgeordneten")]),
    ("Die Bauern drohten mit Blockaden.", [(IND, "Die Bauern drohten mit Blockaden", "Bauern")]),
    ("Die Milchbauern drohten mit einem Lieferstopp.",
     [(IND, "Die Milchbauern drohten mit einem Lieferstopp", "Milchbauern")]),
    ("Die Lufthansa-Piloten drohten mit Streik.",
     [(IND, "Die Lufthansa-Piloten drohten mit Streik", "Lufthansa-Piloten")]),
    ("Die Beschäftigten drohten mit Warnstreiks.",
     [(IND, "Die Beschäftigten drohten mit Warnstreiks", "Beschäftigten")]),
    ("Die Piloten drohten, den Flugverkehr lahmzulegen.", [(IND, "den Flugverkehr lahmzulegen", "Piloten")]),
    ("Die Eltern drohten mit einer Klage.", [(IND, "Die Eltern drohten mit einer Klage", "Eltern")]),
    ("Der Arzt drohte mit einer Klage.", [(IND, "Der Arzt drohte mit einer Klage", "Arzt")]),
    # the plural of "versprach" is a speech act too
    ("Die Ärzte versprachen Besserung.", [(IND, "Die Ärzte versprachen Besserung", "Ärzte")]),
    ("Die Politiker versprachen Besserung.", [(IND, "Die Politiker versprachen Besserung", "Politiker")]),
    # a vow with its infinitive
    ("Der Präsident schwor, das Land zu verteidigen.", [(IND, "das Land zu verteidigen", "Präsident")]),
    ("Der Zeuge schwor, die Wahrheit gesagt zu haben.", [(IND, "die Wahrheit gesagt zu haben", "Zeuge")]),
    # a singular verb's object pair after "sowohl" is no speaker (the first object was)
    ("Merz kritisierte sowohl die SPD als auch die Grünen.",
     [(IND, "Merz kritisierte sowohl die SPD als auch die Grünen", "Merz")]),
    ("Merz kritisierte sowohl Scholz als auch Habeck.",
     [(IND, "Merz kritisierte sowohl Scholz als auch Habeck", "Merz")]),
    ("Scholz lobte sowohl die Polizei als auch die Feuerwehr.",
     [(IND, "Scholz lobte sowohl die Polizei als auch die Feuerwehr", "Scholz")]),
    # an impersonal passive after "Darin" reports from the document named before (nothing, or the whole sentence)
    (DOC + "Darin wird gewarnt, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht")]),
    (DOC + "Darin wird betont, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht")]),
    (DOC + "Darin wird gefordert, die Steuern zu senken.", [(IND, "die Steuern zu senken", "Bericht")]),
    (DOC + "Darin wird gefordert, dass die Steuern sinken.", [(IND, "die Steuern sinken", "Bericht")]),
    (DOC + "Darin wird festgestellt, dass die Lage ernst sei.", [(IND, "die Lage ernst sei", "Bericht")]),
    ("Das Papier liegt der Zeitung vor. Darin wird gefordert, die Steuern zu senken.",
     [(IND, "die Steuern zu senken", "Papier")]),
    # the paper that holds the document is not it (was "Zeitung")
    ("Der Bericht liegt der Zeitung vor. Darin heißt es, die Behörden hätten zu spät reagiert.",
     [(IND, "die Behörden hätten zu spät reagiert", "Bericht")]),
    ("Der Bericht liegt der Zeitung vor. Darin wird kritisiert, dass die Behörden zu spät reagiert hätten.",
     [(IND, "die Behörden zu spät reagiert hätten", "Bericht")]),
]

GUARDS = [
    ("Der Hausarzt drohte mit der Schließung seiner Praxis.",
     [(IND, "Der Hausarzt drohte mit der Schließung seiner Praxis", "Hausarzt")]),
    ("Die Ärzte drohten mit Streiks.", [(IND, "Die Ärzte drohten mit Streiks", "Ärzte")]),
    ("Die Lokführer drohten mit Streiks.", [(IND, "Die Lokführer drohten mit Streiks", "Lokführer")]),
    ("Der Autopilot drohte auszufallen.", []),
    ("Die Soldaten drohten zu desertieren.", []),
    ("Die Bauern drohen unter der Dürre zu leiden.", []),
    ("Den Piloten droht die Entlassung.", []),
    ("Die Kosten drohten aus dem Ruder zu laufen.", []),
    ("Die Fluten drohten, die Dämme zu brechen.", []),
    ("Die neuen Geräte versprachen schnellere Verbindungen.", []),
    ("Die Zahlen versprachen wenig Gutes.", []),
    ("Die Beschäftigten versprachen sich viel von dem Tarifvertrag.", []),
    ("Der Präsident schwor auf die Verfassung.", []),
    ("Er schwor Rache.", []),
    ("Der Kanzler wurde vereidigt und schwor den Amtseid.", []),
    ("Merz kritisierte die SPD scharf.", [(IND, "Merz kritisierte die SPD scharf", "Merz")]),
    ("„Das ist falsch“, sagten sowohl Müller als auch Schmidt.", [("DIRECT_QUOTE", "Das ist falsch", "Müller und Schmidt")]),
    ("Den Plan kritisierten sowohl die SPD als auch die Grünen.",
     [(IND, "Den Plan kritisierten sowohl die SPD als auch die Grünen", "SPD und Grünen")]),
    # (round 48, deleft8: these three pinned gaps; the pair after a singular verb speaks together)
    ("Die Reform begrüßte sowohl der Kanzler als auch die Opposition.",
     [(IND, "Die Reform begrüßte sowohl der Kanzler als auch die Opposition", "Kanzler und Opposition")]),
    ("Zustimmung signalisierte sowohl die SPD als auch die FDP.",
     [(IND, "Zustimmung signalisierte sowohl die SPD als auch die FDP", "SPD und FDP")]),
    ("Kritik äußerte sowohl die SPD als auch die Grünen.",
     [(IND, "Kritik äußerte sowohl die SPD als auch die Grünen", "SPD und Grünen")]),
    (DOC + "Darin heißt es, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht")]),
    ("Im Bericht wird gewarnt, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht")]),
    ("Die Firma baute eine neue Halle. Darin wird produziert, was gebraucht wird.", []),
    (DOC + "Darin wird vor einer Krise gewarnt.", []),
    ("Darin wird gefordert, die Steuern zu senken.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
