"""Round 54, family deleft2 (leftovers of this round's German audits): "Wie der „Spiegel“ berichtet, … „…“, schrieb
er" is no report of the paper's when a person was named before (a name seen only in quotation marks after its article
is no antecedent of "er", of either gender); an age after a surname alone close before ("… Torwart Jonas Roth …
(paragraphs) … Roth selbst reagierte enttäuscht. „…“, schrieb der 29-Jährige") is that person; "er" after a sentence
opened by a definite role no name bears ("Der Angeklagte selbst schwieg.") is that role; the expectation "rechnet mit
…, Konjunktiv" is the subject's ("Der Wetterdienst rechnet mit Schauern, es könne …"); "zitieren Sie den Landrat mit
den Worten, …" and "zitiert … mit der Aussage, …" are the one quoted."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a masculine paper's name in quotation marks before a later "er" (was "Spiegel")
    ("Der Sänger Max Berg hat alle Termine abgesagt. Wie der „Spiegel“ berichtet, plant er eine lange Pause. "
     "„Ich brauche jetzt Ruhe“, schrieb er auf Instagram.",
     [(IND, "plant er eine lange Pause", "Spiegel"), (DIR, "Ich brauche jetzt Ruhe", "Max Berg")]),
    ("Der Koch Paul Wendt schließt sein Restaurant. Das „Tageblatt“ hatte zuerst darüber berichtet. "
     "„Es war eine schöne Zeit“, sagte er.",
     [(IND, "darüber", "Tageblatt"), (DIR, "Es war eine schöne Zeit", "Paul Wendt")]),
    # an age after the surname alone, the full name two paragraphs back (was "29-Jährige")
    ("Trainer Uwe Hahn hat den Kader benannt. Torwart Jonas Roth fehlt, sagte Hahn.\n\n"
     "Co-Trainer Bernd Stahl stellte sich hinter ihn. Man habe lange diskutiert, sagte er. Auf die Frage, ob es "
     "Ärger gebe, antwortete Stahl nur knapp: „Nein.“\n\n"
     "Roth selbst reagierte enttäuscht. „Ich kann das nicht nachvollziehen“, schrieb der 29-Jährige auf Instagram.",
     [(IND, "Torwart Jonas Roth fehlt", "Uwe Hahn"), (IND, "Man habe lange diskutiert", "Bernd Stahl"),
      (DIR, "Nein.", "Bernd Stahl"), (DIR, "Ich kann das nicht nachvollziehen", "Jonas Roth")]),
    # "er" after a sentence opened by a definite role no name bears (was the expert quoted before)
    ("Ein Gutachter erklärte, die Bremsen seien manipuliert worden. Der Angeklagte selbst schwieg bis zuletzt. "
     "Am Ende sagte er nur: „Ich habe nichts getan.“",
     [(IND, "die Bremsen seien manipuliert worden", "Gutachter"), (DIR, "Ich habe nichts getan.", "Angeklagte")]),
    # the expectation "rechnet mit …, Konjunktiv" (was the fire brigade's spokesman)
    ("„Wir waren die ganze Nacht unterwegs“, sagte Feuerwehrsprecher Tim Kolb.\n\n"
     "Der Wetterdienst rechnet mit neuen Gewittern, in der Nacht könne es erneut Hagel geben.",
     [(DIR, "Wir waren die ganze Nacht unterwegs", "Tim Kolb"),
      (IND, "in der Nacht könne es erneut Hagel geben", "Wetterdienst")]),
    # "zitieren" in the present plural, with the inverted subject pronoun first (was no one)
    ("In Ihrem Artikel zitieren Sie den Bürgermeister mit den Worten, die Brücke sei nicht mehr zu retten.",
     [(IND, "die Brücke sei nicht mehr zu retten", "Bürgermeister")]),
    ("Mehrere Medien zitieren den Trainer mit den Worten, die Saison sei noch nicht verloren.",
     [(IND, "die Saison sei noch nicht verloren", "Trainer")]),
    # "mit der Aussage" (was the paper)
    ("Die Zeitung zitiert eine Sprecherin mit der Aussage, man prüfe den Vorgang.",
     [(IND, "man prüfe den Vorgang", "Sprecherin")]),
]

GUARDS = [
    # a paper named with no person before it keeps a later "er"
    ("Wie der „Spiegel“ berichtet, liegen dem Magazin interne Papiere vor. Er beruft sich auf mehrere Quellen.",
     [(IND, "liegen dem Magazin interne Papiere vor", "Spiegel")]),
    # the feminine paper (round 54, desocial) still works
    ("Der Sänger Finn Albers sagte alle Konzerte ab. Wie die „Bild“ berichtet, ist er erkrankt. "
     "„Es tut mir leid“, schrieb er.",
     [(IND, "ist er erkrankt", "Bild"), (DIR, "Es tut mir leid", "Finn Albers")]),
    # an age naming the person quoted just before stays hers
    ("Torhüterin Lea Brandt fehlt im Kader. „Ich bin enttäuscht“, sagte Brandt. „Ich gebe nicht auf“, sagte die 31-Jährige.",
     [(DIR, "Ich bin enttäuscht", "Lea Brandt"), (DIR, "Ich gebe nicht auf", "Lea Brandt")]),
    # a definite role a named person bears is that person's
    ("Verteidiger Markus Olbrich hielt sein Plädoyer. Der Verteidiger sah das anders. Er sagte: „Die Beweise fehlen.“",
     [(DIR, "Die Beweise fehlen.", "Markus Olbrich")]),
    # an unnamed role with "Ein" (round 54, depolitics) unchanged
    ("„Das ist ein Fehler“, sagte Jens Spahn. Ein Sprecher des Ministeriums wollte das nicht bestätigen. Er sagte, man "
     "prüfe den Vorgang.",
     [(DIR, "Das ist ein Fehler", "Jens Spahn"), (IND, "man prüfe den Vorgang", "Sprecher des Ministeriums")]),
    # "rechnet mit" alone reports nothing; "rechnet damit, dass" unchanged
    ("Die Stadt rechnet mit höheren Kosten für den Neubau.", []),
    ("Experten rechnen damit, dass die Preise weiter steigen.",
     [(IND, "die Preise weiter steigen", "Experten")]),
    # "zitierte ihn" (no object phrase) and a quoting verb without "Worten" unchanged
    ("Gestern zitierte er den Bericht, die Lage sei ernst.", [(IND, "die Lage sei ernst", None)]),
    ("Die Zeitung zitierte den Minister mit den Worten, man werde nicht nachgeben.",
     [(IND, "man werde nicht nachgeben", "Minister")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_quotes_r54_deleft2_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_quotes_r54_deleft2_guards(text, expected):
    assert run(text) == expected
