"""Round 48, family deleft11: German shapes left by round 48's eighth wave (a year or a time adverb after "von" or "aus
dem Jahr" closing the subject: "Der Bürgermeister von 2019 sagte, …", "Der Minister aus dem Jahr 2020 sagte, …"; the
year of a feminine time genitive kept in the speaker as after "des Jahres 2020": "Der Trainer der Saison 2019" is
"Trainer der Saison 2019"; a plural of persons after a plural verb behind a fronted plural object, also with "die" on
both sides: "Die Pläne lehnten die Bauern und die Förster ab" (animacy: the persons speak, not "Pläne"))."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a year after "aus dem Jahr" or "von", a time adverb after "von" (reported nothing)
    ("Der Minister aus dem Jahr 2020 sagte, dass die Lage ernst ist.",
     [(IND, "die Lage ernst ist", "Minister aus dem Jahr 2020")]),
    ("Die Ministerin aus dem Jahr 2019 erklärte, dass sie zufrieden ist.",
     [(IND, "sie zufrieden ist", "Ministerin aus dem Jahr 2019")]),
    ("Der Bürgermeister von 2019 sagte, die Stadt sei pleite.", [(IND, "die Stadt sei pleite", "Bürgermeister von 2019")]),
    ("Der Weltmeister von 2014 sagte, er sei stolz.", [(IND, "er sei stolz", "Weltmeister von 2014")]),
    ("Der Bürgermeister von damals sagte, die Stadt sei pleite.",
     [(IND, "die Stadt sei pleite", "Bürgermeister von damals")]),
    ("Die Siegerin von gestern sagte, sie sei müde.", [(IND, "sie sei müde", "Siegerin von gestern")]),
    # a feminine time genitive's year stays in the speaker, as "des Jahres 2020" does (was "Trainer der Saison")
    ("Der Trainer der Saison 2019 sagte, er sei stolz.", [(IND, "er sei stolz", "Trainer der Saison 2019")]),
    # persons after a plural verb behind a fronted plural thing, "die" on both sides (the speaker was "Pläne")
    ("Die Pläne lehnten die Bauern und die Förster ab.",
     [(IND, "Die Pläne lehnten die Bauern und die Förster ab", "Bauern und Förster")]),
    ("Die Pläne lehnten die Bauern ab.", [(IND, "Die Pläne lehnten die Bauern ab", "Bauern")]),
    ("Die Pläne lehnten die Landwirte und die Jäger ab.",
     [(IND, "Die Pläne lehnten die Landwirte und die Jäger ab", "Landwirte und Jäger")]),
    ("Die Vorschläge kritisierten die Eltern und die Lehrer.",
     [(IND, "Die Vorschläge kritisierten die Eltern und die Lehrer", "Eltern und Lehrer")]),
    ("Die Pläne lehnten die Ärzte ab.", [(IND, "Die Pläne lehnten die Ärzte ab", "Ärzte")]),
]

GUARDS = [
    ("Der Minister aus Bayern sagte, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Minister aus Bayern")]),
    ("Der Minister aus dem Jahr sagte, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Minister aus dem Jahr")]),
    ("Der Bürgermeister von Berlin sagte, die Stadt sei pleite.",
     [(IND, "die Stadt sei pleite", "Bürgermeister von Berlin")]),
    ("Der Minister sagte von 2019 an, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Minister")]),
    ("Seit 2019 sagt der Minister, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Minister")]),
    ("Der Trainer der Saison sagte, er sei stolz.", [(IND, "er sei stolz", "Trainer der Saison")]),
    ("Der Trainer des Jahres 2020 sagte, er sei stolz.", [(IND, "er sei stolz", "Trainer des Jahres 2020")]),
    ("Der Bericht des Jahres 2020 zeigt, dass die Lage ernst ist.", [(IND, "die Lage ernst ist", "Bericht")]),
    ("Die Bauern lehnten die Pläne ab.", [(IND, "Die Bauern lehnten die Pläne ab", "Bauern")]),
    ("Die Anwohner kritisierten die Pläne.", [(IND, "Die Anwohner kritisierten die Pläne", "Anwohner")]),
    ("Die Bauern lehnten die Pläne und die Vorschläge ab.",
     [(IND, "Die Bauern lehnten die Pläne und die Vorschläge ab", "Bauern")]),
    ("Die Preise senkten die Bauern.", []),
    ("Die Vorschläge kritisierten die Grünen und die Linken scharf.",
     [(IND, "Die Vorschläge kritisierten die Grünen und die Linken scharf", "Grünen und Linken")]),
    # "unterstützen" stays no speech act (support is mostly material: "unterstützte die Ukraine mit Waffen"), unlike
    # "begrüßen" (a welcome is said)
    ("Die Forderungen unterstützten der Betriebsrat und die Gewerkschaft.", []),
    ("Die Forderungen begrüßten der Betriebsrat und die Gewerkschaft.",
     [(IND, "Die Forderungen begrüßten der Betriebsrat und die Gewerkschaft", "Betriebsrat und Gewerkschaft")]),
    # "zeigt" with a wie-clause stays no report, fronted or not (deleft10 pins the fronted one)
    ("Die Studie zeigt, wie schnell das Eis schmilzt.", []),
    ("Im Video zeigt die Studie, dass das Eis schnell schmilzt.", [(IND, "das Eis schnell schmilzt", "Studie")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
