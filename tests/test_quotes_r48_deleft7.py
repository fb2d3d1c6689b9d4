"""Round 48, family deleft7: German shapes left by round 48's helpers ("drohen" with a dative experiencer and a thing
after the verb, "Den Bauern drohten hohe Strafen"; an impersonal passive after "Darin" with an adverb or a strong
participle, or after a sentence with its own speaker or without a document; a trailing "heißt es darin" after a
reported clause, and "heißt es dort")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"
DOC = "Die Kommission legte einen Bericht vor. "

FIXES = [
    # a dative experiencer before "drohen" and a thing after it: a risk, no threat (the speaker was the thing)
    ("Den Bauern drohten hohe Strafen.", []),
    ("Den Beschäftigten drohten massive Einschnitte.", []),
    ("Zudem versprachen neue Technologien schnellere Verbindungen.", []),
    # an impersonal passive after "Darin" with an adverb, a "da"-word or a strong participle (reported nothing)
    (DOC + "Darin wird davor gewarnt, die Steuern zu erhöhen.", [(IND, "die Steuern zu erhöhen", "Bericht")]),
    (DOC + "Darin wurde davor gewarnt, dass die Lage eskaliert.", [(IND, "die Lage eskaliert", "Bericht")]),
    (DOC + "Darin wird empfohlen, die Steuern zu senken.", [(IND, "die Steuern zu senken", "Bericht")]),
    (DOC + "Darin wird vorgeschlagen, die Steuern zu senken.", [(IND, "die Steuern zu senken", "Bericht")]),
    (DOC + "Darin wird unter anderem gefordert, die Steuern zu senken.", [(IND, "die Steuern zu senken", "Bericht")]),
    (DOC + "Darin wird ausdrücklich gewarnt, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht")]),
    (DOC + "Darin wird darauf hingewiesen, dass die Lage ernst sei.", [(IND, "die Lage ernst sei", "Bericht")]),
    # after a sentence with its own speaker the passive goes on with it, as "Darin heißt es" does (was nothing)
    ("Die Ministerin schrieb einen Brief. Darin wird gefordert, die Steuern zu senken.",
     [(IND, "die Steuern zu senken", "Ministerin")]),
    # no document before: the content without a speaker, as "Darin heißt es" (was the whole sentence as the police's)
    ("Die Polizei sperrte die Straße. Darin wird gewarnt, die Lage sei ernst.", [(IND, "die Lage sei ernst", None)]),
    ("Der Minister reiste nach Paris. Darin wird gewarnt, die Lage sei ernst.", [(IND, "die Lage sei ernst", None)]),
    # a trailing "heißt es darin" after a reported clause, and "heißt es dort", after a sentence naming a document
    (DOC + "Die Lage sei ernst, heißt es darin.", [(IND, "Die Lage sei ernst", "Bericht")]),
    ("Die Kommission legte am Montag ihren Bericht vor. Die Lage sei ernst, heißt es darin.",
     [(IND, "Die Lage sei ernst", "Bericht")]),
    (DOC + "„Die Lage ist ernst“, heißt es dort.", [(DIR, "Die Lage ist ernst", "Bericht")]),
    (DOC + "Die Lage sei ernst, heißt es dort.", [(IND, "Die Lage sei ernst", "Bericht")]),
]

GUARDS = [
    # a person after the verb still threatens, also after a dative
    ("Den Gewerkschaften drohte der Minister mit Konsequenzen.",
     [(IND, "Den Gewerkschaften drohte der Minister mit Konsequenzen", "Minister")]),
    ("Dann drohten wütende Demonstranten mit weiteren Protesten.",
     [(IND, "Dann drohten wütende Demonstranten mit weiteren Protesten", "Demonstranten")]),
    ("Am Montag drohten mehrere Abgeordnete mit einem Misstrauensvotum.",
     [(IND, "Am Montag drohten mehrere Abgeordnete mit einem Misstrauensvotum", "Abgeordnete")]),
    ("Dann versprachen führende Politiker rasche Hilfe.",
     [(IND, "Dann versprachen führende Politiker rasche Hilfe", "Politiker")]),
    ("Am Freitag drohte die Gewerkschaft mit Streiks.",
     [(IND, "Am Freitag drohte die Gewerkschaft mit Streiks", "Gewerkschaft")]),
    # "Darin" as round 48: a plain passive, a thing after "vor", no sentence before, "Darin heißt es"
    (DOC + "Darin wird gewarnt, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Bericht")]),
    (DOC + "Darin wird vor einer Krise gewarnt.", []),
    ("Darin wird gefordert, die Steuern zu senken.", []),
    ("Die Firma baute eine neue Halle. Darin wird produziert, was gebraucht wird.", []),
    ("Die Ministerin schrieb einen Brief. Darin heißt es, die Steuern müssten sinken.",
     [(IND, "die Steuern müssten sinken", "Ministerin")]),
    ("Der Minister reiste nach Paris. Darin heißt es, die Lage sei ernst.", [(IND, "die Lage sei ernst", None)]),
    # a trailing "heißt es darin"/"dort" without a document before, or after a quoted speaker
    ("Der Minister reiste nach Paris. Die Lage sei ernst, heißt es darin.", [(IND, "Die Lage sei ernst", None)]),
    ("Der Minister reiste nach Paris. „Die Lage ist ernst“, heißt es dort.", [(DIR, "Die Lage ist ernst", None)]),
    ("„Die Lage ist ernst“, sagte der Minister. „Wir müssen handeln“, heißt es darin.",
     [(DIR, "Die Lage ist ernst", "Minister"), (DIR, "Wir müssen handeln", "Minister")]),
    ("Die Lage sei ernst, heißt es in dem Bericht.", [(IND, "Die Lage sei ernst", "Bericht")]),
    # an indicative act after a quotation covers its sentence (the convention)
    ("„Das ist ein schwerer Fehler“, sagte der CDU-Chef. Er forderte den Rücktritt des Ministers.",
     [(DIR, "Das ist ein schwerer Fehler", "CDU-Chef"), (IND, "Er forderte den Rücktritt des Ministers", "CDU-Chef")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
