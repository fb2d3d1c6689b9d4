"""Round 52, family deleft (German leftovers of the round's two German audits): a description after a sentence opened
by a surname alone ("Vidal selbst meldete sich zu Wort. „…“, schrieb der Portugiese.") is that person; a player's
position ("der Innenverteidiger") is a role, no lawyer; a weak role noun after a possessive ("Laut ihrem Agenten Tobias
Frenzel") is the name's title in the nominative ("Dem Agenten zufolge" is Frenzel); a body's canonical name drops the
case ending of its adjectives ("Laut Deutschem Wetterdienst" is "Deutsche Wetterdienst", as "Der Deutsche Wetterdienst"
is); a bare "die Sprecherin" after an unnamed "Polizeisprecherin" spoke is her; "soll künftig …" and a "soll" clause
scheduling an event that opens a paragraph are the writer's plan, no hearsay."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # (a) a surname alone opening the sentence before a description by origin or role (was the one quoted before)
    ("Der Stürmer Marco Vidal fällt aus. Sportdirektor Jens Harlinghaus sagte, er werde zurückkommen.\n\nVidal selbst "
     "meldete sich auf Instagram. „Ich komme stärker zurück“, schrieb der Portugiese. Er danke den Fans.",
     [(IND, "er werde zurückkommen", "Jens Harlinghaus"), (DIR, "Ich komme stärker zurück", "Marco Vidal"),
      (IND, "Er danke den Fans", "Marco Vidal")]),
    ("Die Läuferin Maria Berger gewann. Trainer Uwe Brandt sagte, sie sei stark gelaufen.\n\nBerger meldete sich am "
     "Abend. „Ich bin so glücklich“, sagte die Österreicherin.",
     [(IND, "sie sei stark gelaufen", "Uwe Brandt"), (DIR, "Ich bin so glücklich", "Maria Berger")]),
    # (a) the surname's person of the other gender is no fit, and the sentence opened by her shows the one quoted
    # before is no longer speaking (was the sports director)
    ("Die Trainerin Anna Vidal fällt aus. Sportdirektor Jens Harlinghaus sagte, sie komme zurück.\n\nVidal meldete "
     "sich zu Wort. „Ich komme stärker zurück“, schrieb der Portugiese.",
     [(IND, "sie komme zurück", "Jens Harlinghaus"), (DIR, "Ich komme stärker zurück", "Portugiese")]),
    # (a) a player's position ending in "-verteidiger" is no lawyer (was "Innenverteidiger")
    ("Trainer Jens Harlinghaus sagte, man werde ihn vermissen. Kapitän Tim Rosenthal sagte, die Mannschaft stehe "
     "zusammen. „Marco ist einer von uns“, sagte der Innenverteidiger.",
     [(IND, "man werde ihn vermissen", "Jens Harlinghaus"), (IND, "die Mannschaft stehe zusammen", "Tim Rosenthal"),
      (DIR, "Marco ist einer von uns", "Tim Rosenthal")]),
    # (b) a weak role noun after a possessive is the name's title (was "Agenten", "Assistenten")
    ("Laut ihrem Agenten Tobias Frenzel war sie krank. Dem Agenten zufolge soll das Projekt fortgesetzt werden.",
     [(IND, "war sie krank", "Tobias Frenzel"), (IND, "soll das Projekt fortgesetzt werden", "Tobias Frenzel")]),
    ("Nach Angaben seines Assistenten Peter Lang war er krank. Dem Assistenten zufolge geht es ihm besser.",
     [(IND, "war er krank", "Peter Lang"), (IND, "geht es ihm besser", "Peter Lang")]),
    # (c) a body's adjective in the nominative (was "Deutschem Wetterdienst", "Deutscher Bahn", …)
    ("Laut Deutschem Wetterdienst (DWD) bleibt es trocken. Regen sei nicht in Sicht, teilte der DWD mit.",
     [(IND, "bleibt es trocken", "Deutsche Wetterdienst"), (IND, "Regen sei nicht in Sicht", "Deutsche Wetterdienst")]),
    ("Laut Deutscher Bahn fallen am Montag Züge aus.", [(IND, "fallen am Montag Züge aus", "Deutsche Bahn")]),
    ("Nach Angaben des Statistischen Bundesamts steigen die Preise.",
     [(IND, "steigen die Preise", "Statistische Bundesamt")]),
    ("Nach Angaben des Deutschen Wetterdienstes bleibt es trocken.",
     [(IND, "bleibt es trocken", "Deutsche Wetterdienst")]),
    # (d) a bare head noun after an unnamed compound description spoke (was "Sprecherin")
    ("Wie eine Polizeisprecherin mitteilte, brach das Feuer am Morgen aus. Die Ermittler schlössen Brandstiftung nicht "
     "aus, sagte die Sprecherin.",
     [(IND, "brach das Feuer am Morgen aus", "Polizeisprecherin"),
      (IND, "Die Ermittler schlössen Brandstiftung nicht aus", "Polizeisprecherin")]),
    # (e) the writer's purpose with "soll künftig" (was the speaker quoted before)
    ("Henrik Lindqvist sagte: „Ein großer Tag.“\n\nDer Satellit soll künftig Daten über Waldbrände liefern.",
     [(DIR, "Ein großer Tag.", "Henrik Lindqvist")]),
    # (e) a "soll" clause scheduling an event, opening a paragraph (was the speaker of the paragraph before)
    ("Georg Hallmann sagte, sie sei friedlich eingeschlafen.\n\nDie Beisetzung soll im engsten Familienkreis "
     "stattfinden.",
     [(IND, "sie sei friedlich eingeschlafen", "Georg Hallmann")]),
]

GUARDS = [
    # the full name opening the sentence before did so already
    ("Sportdirektor Jens Harlinghaus sagte, er werde zurückkommen.\n\nMarco Vidal meldete sich zu Wort. „Ich komme "
     "stärker zurück“, schrieb der Stürmer.",
     [(IND, "er werde zurückkommen", "Jens Harlinghaus"), (DIR, "Ich komme stärker zurück", "Marco Vidal")]),
    # round 25: "der Sprecher" after a named spokesman and an unnamed one stays the named one
    ("Regierungssprecher Steffen Seibert sagte, das sei gut. Das sei falsch, sagte ein Sprecher. Es bleibe dabei, "
     "sagte der Sprecher.",
     [(IND, "das sei gut", "Steffen Seibert"), (IND, "Das sei falsch", "Sprecher"),
      (IND, "Es bleibe dabei", "Steffen Seibert")]),
    # a compound of the other gender is no one's
    ("Ein Polizeisprecher sagte, man prüfe den Fall. Weitere Angaben mache man nicht, sagte die Sprecherin.",
     [(IND, "man prüfe den Fall", "Polizeisprecher"), (IND, "Weitere Angaben mache man nicht", "Sprecherin")]),
    # a plural body keeps its "-en"; a nominative stays
    ("Nach Angaben der Vereinten Nationen steigen die Preise.", [(IND, "steigen die Preise", "Vereinten Nationen")]),
    ("Der Deutsche Wetterdienst teilte mit, es bleibe trocken.", [(IND, "es bleibe trocken", "Deutsche Wetterdienst")]),
    ("Laut Greenpeace steigen die Preise.", [(IND, "steigen die Preise", "Greenpeace")]),
    # a nominative title after "ihrem" stays as it was
    ("Laut ihrem Anwalt Tobias Frenzel war sie krank. Dem Anwalt zufolge geht es ihr besser.",
     [(IND, "war sie krank", "Tobias Frenzel"), (IND, "geht es ihr besser", "Tobias Frenzel")]),
    # hearsay "soll … sein" opening a paragraph, and a scheduling clause inside the paragraph, stay reported
    ("Georg Hallmann sagte, sie sei friedlich eingeschlafen. Die Beisetzung soll im engsten Familienkreis stattfinden.",
     [(IND, "sie sei friedlich eingeschlafen", "Georg Hallmann"),
      (IND, "Die Beisetzung soll im engsten Familienkreis stattfinden", "Georg Hallmann")]),
    ("Georg Hallmann sagte, sie sei friedlich eingeschlafen.\n\nDer Täter soll geflohen sein.",
     [(IND, "sie sei friedlich eingeschlafen", "Georg Hallmann"), (IND, "Der Täter soll geflohen sein", "Georg Hallmann")]),
]


@pytest.mark.parametrize(("text", "want"), FIXES + GUARDS)
def test_quotes_r52_deleft(text: str, want: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == want
