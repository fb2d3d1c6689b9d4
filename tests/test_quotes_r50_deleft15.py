"""Round 50, family deleft15: German leftovers. A headline's source label before a colon and a clause with its finite
verb reports that clause ("Polizei: Beide Täter gestehen", "Studie: Kinder schlafen zu wenig"; not "Hinweis: …",
"Ukraine-Krieg: …", "Foto: dpa", a participle "Täter gefasst"); einräumen/anführen with a thing as object is no speech
act ("Die Arbeiter räumen die Trümmer ein"; "Der Minister räumte Fehler ein" is); "auf Kritik/Widerspruch/Ablehnung
stoßen" with a genitive or a bei/von-phrase is a speech act of that source ("Der Vorschlag stieß auf Kritik der
Opposition")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # (1) a headline's source label, a colon and a clause
    ("Polizei: Beide Täter gestehen", [(IND, "Beide Täter gestehen", "Polizei")]),
    ("Bericht: Regierung plant Steuererhöhung", [(IND, "Regierung plant Steuererhöhung", "Bericht")]),
    ("Studie: Kinder schlafen zu wenig", [(IND, "Kinder schlafen zu wenig", "Studie")]),
    ("Bundespolizei: Die neuen Kontrollen wirken", [(IND, "Die neuen Kontrollen wirken", "Bundespolizei")]),
    ("Olaf Scholz: Wir werden die Renten sichern.", [(IND, "Wir werden die Renten sichern", "Olaf Scholz")]),
    ("Scholz: Wir werden die Renten sichern\n\nBundeskanzler Olaf Scholz hat am Montag versprochen, die Renten zu "
     "sichern.", [(IND, "Wir werden die Renten sichern", "Olaf Scholz"), (IND, "die Renten zu sichern", "Olaf Scholz")]),
    # (2) "auf Kritik stoßen" with its source
    ("Der Vorschlag stieß auf Kritik der Opposition.",
     [(IND, "Der Vorschlag stieß auf Kritik der Opposition", "Opposition")]),
    ("Der Vorschlag stieß bei der Opposition auf Kritik.",
     [(IND, "Der Vorschlag stieß bei der Opposition auf Kritik", "Opposition")]),
    ("Der Plan ist bei den Grünen auf scharfen Widerspruch gestoßen.",
     [(IND, "Der Plan ist bei den Grünen auf scharfen Widerspruch gestoßen", "Grünen")]),
    ("Die Reform stößt auf Ablehnung von Umweltverbänden.",
     [(IND, "Die Reform stößt auf Ablehnung von Umweltverbänden", "Umweltverbänden")]),
    # (3) einräumen with a thing as its object
    ("Die Arbeiter räumen die Trümmer ein.", []),
    ("Die Helfer räumten die Regale ein.", []),
    ("Die Mutter hat das Geschirr eingeräumt.", []),
    ("Der Minister räumte ihm mehr Zeit ein.", []),
]

GUARDS = [
    # notes, times, topics, places, lists, credits, participles and interviews stay no report
    ("Hinweis: Der Artikel wurde aktualisiert.", []),
    ("Uhrzeit: 18 Uhr", []),
    ("Fazit: Die Regierung muss handeln.", []),
    ("Foto: dpa", []),
    ("Ukraine-Krieg: Russland greift Kiew an", []),
    ("Berlin: Regierung plant Steuererhöhung", []),
    ("Zutaten: Mehl, Zucker und Eier", []),
    ("Polizei: Zwei Tote bei Unfall auf der A7", []),
    ("Gewerkschaft: Warnstreiks in den Kliniken gefordert", []),
    ("Scholz: Wir werden die Renten sichern.", []),
    ("Frage: Wie geht es weiter?\nScholz: Wir werden die Renten sichern.\nFrage: Und dann?\nScholz: Dann sehen wir weiter.",
     []),
    ("Polizei: Täter gesteht", [(IND, "Täter gesteht", "Täter")]),
    # admissions keep their act
    ("Der Minister räumte Fehler ein.", [(IND, "Der Minister räumte Fehler ein", "Minister")]),
    ("Der Minister hat Fehler eingeräumt.", [(IND, "Der Minister hat Fehler eingeräumt", "Minister")]),
    ("Vor Gericht räumte der Angeklagte die Tat ein.", [(IND, "Vor Gericht räumte der Angeklagte die Tat ein", "Angeklagte")]),
    ("Der Konzern räumte am Montag Versäumnisse ein.",
     [(IND, "Der Konzern räumte am Montag Versäumnisse ein", "Konzern")]),
    ("Der Minister räumte gegenüber Journalisten ein.",
     [(IND, "Der Minister räumte gegenüber Journalisten ein", "Minister")]),
    # meeting without a source, an occasion or a thing is no report
    ("Der Plan stieß auf breite Ablehnung.", []),
    ("Die Pläne stießen bei der Sitzung auf Kritik.", []),
    ("Die Forscher stießen bei der Grabung auf Knochen.", []),
    ("Der Vorschlag stieß nicht auf Kritik der Opposition.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r50_deleft15_fixes(text, expected):
    assert sorted(run(text), key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r50_deleft15_guards(text, expected):
    assert sorted(run(text), key=repr) == sorted(expected, key=repr)
