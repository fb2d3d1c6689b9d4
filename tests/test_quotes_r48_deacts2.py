"""Round 48, family deacts2: German speech-act verbs with infinitive, "als", "vor" and object complements (a state, an
alliance or an acronym after its article is the speaker, not the name after the verb; things that threaten are no
speakers; a plural of persons threatens)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a state, an alliance or an acronym after its article speaks (the speaker was the name after the verb)
    ("Die EU drohte Russland mit weiteren Sanktionen.",
     [(IND, "Die EU drohte Russland mit weiteren Sanktionen", "EU")]),
    ("Die EU warf Russland vor, das Abkommen zu brechen.", [(IND, "das Abkommen zu brechen", "EU")]),
    ("Die EU forderte Russland auf, die Truppen abzuziehen.", [(IND, "die Truppen abzuziehen", "EU")]),
    ("Die EU kritisierte Russland scharf.", [(IND, "Die EU kritisierte Russland scharf", "EU")]),
    ("Die Nato warnte Russland vor einer Eskalation.",
     [(IND, "Die Nato warnte Russland vor einer Eskalation", "Nato")]),
    ("Die EU bezeichnete Russland als Bedrohung.", [(IND, "Die EU bezeichnete Russland als Bedrohung", "EU")]),
    ("Die Nato bezeichnete Russland als größte Gefahr.",
     [(IND, "Die Nato bezeichnete Russland als größte Gefahr", "Nato")]),
    ("Die EU warf Russland Kriegsverbrechen vor.", [(IND, "Die EU warf Russland Kriegsverbrechen vor", "EU")]),
    ("Die Ukraine warf Russland vor, Zivilisten anzugreifen.", [(IND, "Zivilisten anzugreifen", "Ukraine")]),
    ("Die USA drohten Iran mit Konsequenzen.", [(IND, "Die USA drohten Iran mit Konsequenzen", "USA")]),
    ("Die Türkei drohte Schweden mit einer Blockade.",
     [(IND, "Die Türkei drohte Schweden mit einer Blockade", "Türkei")]),
    # water and fire threaten, no one speaks (the -er noun was read as a person)
    ("Das Hochwasser drohte, die Stadt zu überfluten.", []),
    ("Das Feuer drohte, auf die Nachbarhäuser überzugreifen.", []),
    ("Das Wasser drohte, die Stadt zu überfluten.", []),
    # a plural of persons threatens (was read as a thing)
    ("Die Ärzte drohten mit Streiks.", [(IND, "Die Ärzte drohten mit Streiks", "Ärzte")]),
    ("Die Polizisten drohten mit Konsequenzen.", [(IND, "Die Polizisten drohten mit Konsequenzen", "Polizisten")]),
    ("Die Studenten drohten mit Protesten.", [(IND, "Die Studenten drohten mit Protesten", "Studenten")]),
]

GUARDS = [
    ("Der Minister drohte, die Gespräche abzubrechen.", [(IND, "die Gespräche abzubrechen", "Minister")]),
    ("Der Minister drohte mit dem Abbruch der Gespräche.",
     [(IND, "Der Minister drohte mit dem Abbruch der Gespräche", "Minister")]),
    ("Merz bezeichnete den Plan als Fehler.", [(IND, "Merz bezeichnete den Plan als Fehler", "Merz")]),
    ("Merz nannte den Plan einen Fehler.", [(IND, "Merz nannte den Plan einen Fehler", "Merz")]),
    ("Die Opposition warf der Regierung vor, die Bürger zu belügen.", [(IND, "die Bürger zu belügen", "Opposition")]),
    ("Scholz forderte die Länder auf, mehr Geld bereitzustellen.", [(IND, "mehr Geld bereitzustellen", "Scholz")]),
    ("Die Gewerkschaft rief zum Streik auf.", [(IND, "Die Gewerkschaft rief zum Streik auf", "Gewerkschaft")]),
    ("Der Konzern versprach, keine Stellen abzubauen.", [(IND, "keine Stellen abzubauen", "Konzern")]),
    ("Sie weigerte sich, den Bericht zu unterschreiben.", []),
    ("Er lehnte es ab, sich zu äußern.", []),
    ("Die Ministerin räumte Fehler ein.", [(IND, "Die Ministerin räumte Fehler ein", "Ministerin")]),
    ("Der Angeklagte bestritt, an der Tat beteiligt gewesen zu sein.",
     [(IND, "an der Tat beteiligt gewesen zu sein", "Angeklagte")]),
    ("Die Partei bot an, zu vermitteln.", [(IND, "zu vermitteln", "Partei")]),
    ("Die Regierung drohte, das Parlament aufzulösen.", [(IND, "das Parlament aufzulösen", "Regierung")]),
    ("Die Regierung kritisierte Russland scharf.", [(IND, "Die Regierung kritisierte Russland scharf", "Regierung")]),
    ("Washington drohte Peking mit Strafzöllen.", [(IND, "Washington drohte Peking mit Strafzöllen", "Washington")]),
    ("Die Pläne bezeichnete Scholz als unausgegoren.",
     [(IND, "Die Pläne bezeichnete Scholz als unausgegoren", "Scholz")]),
    ("Den Plan bezeichnete Merz als Fehler.", [(IND, "Den Plan bezeichnete Merz als Fehler", "Merz")]),
    ("Die Flut drohte, die Stadt zu überfluten.", []),
    ("Der Sturm drohte, Dächer abzudecken.", []),
    ("Die Preise drohten zu steigen.", []),
    ("Die Lokführer drohten mit Streiks.", [(IND, "Die Lokführer drohten mit Streiks", "Lokführer")]),
    ("Die Anwohner drohten mit Klagen.", [(IND, "Die Anwohner drohten mit Klagen", "Anwohner")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
