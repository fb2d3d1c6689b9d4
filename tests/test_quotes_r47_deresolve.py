"""Round 47, family deresolve: German speaker resolution across sentences (a party's, a court's or an authority's
description and a "sie" after the sentence naming it as its subject; role, age and party descriptions of people)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # "die Partei" after a sentence a party opens as its subject
    ("Die CDU hat einen neuen Vorsitzenden gewählt. Die Partei teilte mit, der Parteitag sei erfolgreich gewesen.",
     [(IND, "der Parteitag sei erfolgreich gewesen", "CDU")]),
    ("Die SPD legte am Montag ihr Programm vor. Die Partei fordert, den Mindestlohn zu erhöhen.",
     [(IND, "den Mindestlohn zu erhöhen", "SPD")]),
    # "sie" after a party subject, in the party's number
    ("Die AfD hat einen neuen Vorsitzenden gewählt. Sie erklärte, sie wolle stärker werden.",
     [(IND, "sie wolle stärker werden", "AfD")]),
    ("Die Grünen stellten ihr Wahlprogramm vor. Sie forderten, die Kohlekraftwerke früher abzuschalten.",
     [(IND, "die Kohlekraftwerke früher abzuschalten", "Grünen")]),
    # a court's description
    ("Das Bundesverfassungsgericht hat das Gesetz gekippt. Das Gericht erklärte, das Gesetz sei verfassungswidrig.",
     [(IND, "das Gesetz sei verfassungswidrig", "Bundesverfassungsgericht")]),
    ("Das Landgericht München verurteilte den Mann. Das Gericht sagte, die Schuld wiege schwer.",
     [(IND, "die Schuld wiege schwer", "Landgericht München")]),
    ("Der Europäische Gerichtshof hat entschieden. Das Gericht erklärte, die Regel verstoße gegen EU-Recht.",
     [(IND, "die Regel verstoße gegen EU-Recht", "Europäische Gerichtshof")]),
    # an authority with two fields after "für"
    ("Das Bundesamt für Migration und Flüchtlinge hat die Zahlen veröffentlicht. Die Behörde teilte mit, die Zahl der "
     "Anträge sei gesunken.",
     [(IND, "die Zahl der Anträge sei gesunken", "Bundesamt für Migration und Flüchtlinge")]),
]

GUARDS = [
    ("Bundeskanzlerin Angela Merkel traf am Montag in Paris ein. Die Kanzlerin sagte, die Verhandlungen seien "
     "schwierig.", [(IND, "die Verhandlungen seien schwierig", "Angela Merkel")]),
    ("SPD-Politiker Olaf Scholz war in Berlin. Der Sozialdemokrat sagte, man werde die Rente sichern.",
     [(IND, "man werde die Rente sichern", "Olaf Scholz")]),
    ("Horst Seehofer (62) trat zurück. Der 62-Jährige sagte, er sei müde.", [(IND, "er sei müde", "Horst Seehofer")]),
    ("Markus Söder (CSU) meldete sich zu Wort. „Bayern wird klagen“, sagte der CSU-Chef.",
     [(DIR, "Bayern wird klagen", "Markus Söder")]),
    ("Frau Müller und Herr Schmidt stritten lange. Er sagte, er werde nicht nachgeben.",
     [(IND, "er werde nicht nachgeben", "Schmidt")]),
    ("Bundesinnenminister Horst Seehofer und Justizministerin Christine Lambrecht trafen sich. Sie sagte, das Gesetz "
     "sei verfassungswidrig.", [(IND, "das Gesetz sei verfassungswidrig", "Christine Lambrecht")]),
    ("Gesundheitsminister Jens Spahn stellte den Bericht vor. Ein Sprecher des Ministeriums sagte, die Zahlen seien "
     "vorläufig.", [(IND, "die Zahlen seien vorläufig", "Sprecher des Ministeriums")]),
    ("Ursula von der Leyen reiste nach Kiew. Von der Leyen sagte, die EU stehe an der Seite der Ukraine.",
     [(IND, "die EU stehe an der Seite der Ukraine", "Ursula von der Leyen")]),
    ("Das Bundesgesundheitsministerium hat die Regeln verschärft. Das Ministerium teilte mit, die Regeln gälten ab "
     "Montag.", [(IND, "die Regeln gälten ab Montag", "Bundesgesundheitsministerium")]),
    # a woman named in the party's sentence keeps "sie"; a plural "sie" after a singular party is no party
    ("Die SPD hat Saskia Esken gewählt. Sie sagte, die Partei werde stärker.",
     [(IND, "die Partei werde stärker", "Saskia Esken")]),
    ("Die SPD lud zwei Experten ein. Sie sagten, die Rente sei sicher.", [(IND, "die Rente sei sicher", None)]),
    # a party quoted by a person is no "die Partei" antecedent for him
    ("Die SPD verlor die Wahl deutlich. Die Partei sei enttäuscht, sagte Lars Klingbeil.",
     [(IND, "Die Partei sei enttäuscht", "Lars Klingbeil")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
