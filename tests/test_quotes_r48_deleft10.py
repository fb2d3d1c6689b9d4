"""Round 48, family deleft10: German shapes left by round 48's seventh wave (a year closing a time genitive after the
subject: "Der Minister des Jahres 2020 sagte, …"; a study or report subject after "zeigt" behind a fronted adverbial:
"Am Montag zeigt der Bericht, dass …"; a pair after a plural verb behind a fronted plural object: "Die Pläne lehnten
der Bauernverband und der Naturschutzbund ab"; a document with a genitive and a date before "steht"; more infinitives of
what befalls a subject after "drohen" (de.yaml risk_infinitives, and risk_bare_infinitives only without an object:
"Der Damm droht, zu brechen" but "Das Land drohte, den Vertrag zu brechen"))."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a year closing a time genitive after the subject (reported nothing)
    ("Der Minister des Jahres 2020 sagte, dass die Lage ernst ist.",
     [(IND, "die Lage ernst ist", "Minister des Jahres 2020")]),
    ("Die Trainerin des Jahres 2021 sagte, sie sei stolz.", [(IND, "sie sei stolz", "Trainerin des Jahres 2021")]),
    # a study or a report after "zeigt" behind a fronted adverbial (reported nothing)
    ("Am Montag zeigt der Bericht, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Bericht")]),
    ("Zudem zeigt die Studie, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Studie")]),
    ("Am Montag zeigte die Studie des Jahres 2020, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Studie")]),
    ("Nun zeigt eine Umfrage, dass die Mehrheit dagegen ist.", [(IND, "die Mehrheit dagegen ist", "Umfrage")]),
    ("Am Montag zeigt der Bericht der Kommission, dass die Lage ernst ist.",
     [(IND, "die Lage ernst ist", "Bericht der Kommission")]),
    # a pair after a plural verb behind a fronted plural object (the speaker was "Pläne")
    ("Die Pläne lehnten der Bauernverband und der Naturschutzbund ab.",
     [(IND, "Die Pläne lehnten der Bauernverband und der Naturschutzbund ab", "Bauernverband und Naturschutzbund")]),
    # a document with its genitive and a date before "steht" (reported nothing)
    ("Im Bericht des Ministers vom 3. März steht, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Bericht des Ministers")]),
    ("Im Bericht der Kommission vom 12. Mai steht: Die Lage ist ernst.",
     [(IND, "Die Lage ist ernst", "Bericht der Kommission")]),
    # "drohen" with an infinitive of what befalls the subject: a risk (was a report)
    ("Das Land droht, in die Rezession zu rutschen.", []),
    ("Das Land droht, zu implodieren.", []),
    ("Die Firma droht, pleitezugehen.", []),
    ("Die Koalition droht, auseinanderzubrechen.", []),
    ("Da die Koalition auseinanderzubrechen droht, gibt es Neuwahlen.", []),
    # ... and one that is a risk only without an object
    ("Das Land droht, zu brechen.", []),
    ("Das Land droht, in eine Krise zu stürzen.", []),
    ("Die Stadt droht, im Verkehr zu ersticken.", []),
    ("Die Regierung droht, zu stürzen.", []),
]

GUARDS = [
    ("Der Trainer des Jahres sagte, dass die Mannschaft stark ist.",
     [(IND, "die Mannschaft stark ist", "Trainer des Jahres")]),
    ("Im Jahr 2020 sagte der Minister, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Minister")]),
    ("Der Haushalt des Jahres 2020 zeigt, dass die Lage ernst ist.", []),
    ("Die Studie zeigt, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Studie")]),
    ("Am Montag betonte die Studie, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Studie")]),
    ("Am Montag zeigte der Trainer, dass er kämpfen kann.", []),
    ("Am Montag zeigt die Ausstellung, dass Kunst lebt.", []),
    ("Im Video zeigt die Studie, wie schnell das Eis schmilzt.", []),
    ("Die Pläne lehnte der Bauernverband ab.", [(IND, "Die Pläne lehnte der Bauernverband ab", "Bauernverband")]),
    ("Die Vorschläge kritisierten der Kanzler und der Finanzminister scharf.",
     [(IND, "Die Vorschläge kritisierten der Kanzler und der Finanzminister scharf", "Kanzler und Finanzminister")]),
    ("Die Gewerkschaften warfen der Regierung und der Bahn vor, die Verhandlungen zu verschleppen.",
     [(IND, "die Verhandlungen zu verschleppen", "Gewerkschaften")]),
    ("Die Beschäftigten warfen der Geschäftsführung und dem Aufsichtsrat vor, die Lage zu verschleiern.",
     [(IND, "die Lage zu verschleiern", "Beschäftigten")]),
    ("Im Brief vom 3. März steht, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Brief")]),
    ("Im Haus des Ministers vom 3. März steht, die Lage sei ernst.", []),
    ("Die Opposition drohte, die Regierung zu stürzen.", [(IND, "die Regierung zu stürzen", "Opposition")]),
    ("Das Land drohte, den Vertrag zu brechen.", [(IND, "den Vertrag zu brechen", "Land")]),
    ("Das Land drohte, mit dem Westen zu brechen.", [(IND, "mit dem Westen zu brechen", "Land")]),
    ("Das Gericht drohte, das Gesetz zu kippen.", [(IND, "das Gesetz zu kippen", "Gericht")]),
    ("Der Minister drohte, sein Schweigen zu brechen.", [(IND, "sein Schweigen zu brechen", "Minister")]),
    ("Die Gewerkschaft drohte, zu streiken.", [(IND, "zu streiken", "Gewerkschaft")]),
    ("Der Konzern droht, seine Werke zu schließen.", [(IND, "seine Werke zu schließen", "Konzern")]),
    # a person's "drohte, die Geduld zu verlieren" stays no report: "verlieren" is a risk ("Der Spieler drohte, seinen
    # Stammplatz zu verlieren")
    ("Er drohte, die Geduld zu verlieren.", []),
    ("Die Koalition droht, zu zerbrechen.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
