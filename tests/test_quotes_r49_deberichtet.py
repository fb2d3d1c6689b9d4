"""Round 49, family deberichtet: German speech acts reported with a noun phrase (no content clause): a genitive
attribute of the object's noun is no speaker, a fronted participle in the passive takes its von-agent, a nominal
act with an indefinite article or a "nach" object ("Eine Forderung nach … kam von …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a feminine genitive after the object's noun is no subject (was the speaker)
    ("Merz warnte vor einer Spaltung der Gesellschaft.",
     [(IND, "Merz warnte vor einer Spaltung der Gesellschaft", "Merz")]),
    ("Pistorius warnte vor einer Unterschätzung der Bedrohung.",
     [(IND, "Pistorius warnte vor einer Unterschätzung der Bedrohung", "Pistorius")]),
    ("Habeck warnte vor einer Blockade der Opposition.",
     [(IND, "Habeck warnte vor einer Blockade der Opposition", "Habeck")]),
    ("Merz warnte vor einer Spaltung der Partei.", [(IND, "Merz warnte vor einer Spaltung der Partei", "Merz")]),
    # a fronted participle in the passive: its agent speaks (was the subject)
    ("Kritisiert wurde die Entscheidung auch von der FDP.",
     [(IND, "Kritisiert wurde die Entscheidung auch von der FDP", "FDP")]),
    ("Bestätigt wurde der Vorfall von der Polizei.", [(IND, "Bestätigt wurde der Vorfall von der Polizei", "Polizei")]),
    ("Zurückgewiesen wurden die Vorwürfe vom Ministerium.",
     [(IND, "Zurückgewiesen wurden die Vorwürfe vom Ministerium", "Ministerium")]),
    ("Gewarnt wird vom Wetterdienst vor Glätte.", [(IND, "Gewarnt wird vom Wetterdienst vor Glätte", "Wetterdienst")]),
    # without an agent no one speaks (the subject was the speaker)
    ("Kritisiert wurde die Entscheidung.", []),
    ("Bestätigt wurde der Vorstand.", []),
    # a nominal act with an indefinite article or a "nach" object
    ("Eine Forderung nach mehr Geld kam von den Ländern.",
     [(IND, "Eine Forderung nach mehr Geld kam von den Ländern", "Länder")]),  # (round 52, de4left: base form)
    ("Eine Warnung kam vom Wetterdienst.", [(IND, "Eine Warnung kam vom Wetterdienst", "Wetterdienst")]),
    ("Eine scharfe Warnung kam vom Wetterdienst.", [(IND, "Eine scharfe Warnung kam vom Wetterdienst", "Wetterdienst")]),
    ("Ein Dementi kam umgehend vom Ministerium.", [(IND, "Ein Dementi kam umgehend vom Ministerium", "Ministerium")]),
]

GUARDS = [
    ("Merz warnte vor einer Spaltung des Landes.", [(IND, "Merz warnte vor einer Spaltung des Landes", "Merz")]),
    ("Heftig kritisierte in einer Rede der Kanzler die Opposition.",
     [(IND, "Heftig kritisierte in einer Rede der Kanzler die Opposition", "Kanzler")]),
    ("In Berlin warnte am Montag der Minister vor einer Spaltung.",
     [(IND, "In Berlin warnte am Montag der Minister vor einer Spaltung", "Minister")]),
    ("Die Vorwürfe wurden vom Ministerium zurückgewiesen.",
     [(IND, "Die Vorwürfe wurden vom Ministerium zurückgewiesen", "Ministerium")]),
    ("Gefordert wird eine Reform.", []),
    ("Bewertet wurde auf Basis der Erfahrungen von Ärzten.", []),
    ("Eine Lieferung kam von der Firma.", []),
    ("Ein Brief kam von der Bank.", []),
    ("Eine Forderung nach mehr Geld kam nicht von den Ländern.", []),
    ("Scharfe Kritik kam von der Opposition.", [(IND, "Scharfe Kritik kam von der Opposition", "Opposition")]),
    ("Der Fluss führte Hochwasser.", []),
    ("Die Firma kündigte 200 Mitarbeitern.", []),
    ("Er lehnte am Zaun.", []),
    ("Die SPD will die Steuern senken.", []),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_deberichtet(text, expected):
    assert run(text) == expected
