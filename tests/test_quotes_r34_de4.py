"""Quote round 34, helper de4 (German news on the Middle East 2023-2024: Gaza, hostages, Lebanon, Iran, aid, UN,
Bundestag and German debates). Every sentence is written here; every table row fails against 50ed42e's src/."""
import pytest

from tests.test_quotes import assert_de_structures, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # "laut eigenen Angaben" and "eigenen Angaben zufolge" are the clause subject's, as "nach eigenen Angaben" was
    # (the canonical speaker was "Angaben")
    ("Die Miliz feuerte laut eigenen Angaben mehr als 40 Raketen auf den Norden ab.",
     [("Die Miliz feuerte", "INDIRECT_QUOTE", "Miliz"),
      ("mehr als 40 Raketen auf den Norden ab", "INDIRECT_QUOTE", "Miliz")]),
    ("Die Reederei hat eigenen Angaben zufolge alle Fahrten durch das Rote Meer gestoppt.",
     [("Die Reederei hat", "INDIRECT_QUOTE", "Reederei"),
      ("alle Fahrten durch das Rote Meer gestoppt", "INDIRECT_QUOTE", "Reederei")]),
    ("Laut eigenen Angaben hat das Hilfswerk 30 Lastwagen in die Region geschickt.",
     [("hat das Hilfswerk 30 Lastwagen in die Region geschickt", "INDIRECT_QUOTE", "Hilfswerk")]),
    # adjuncts after the speaker's apposition, with a participle phrase in a later adjunct, are no second content
    ("Die Versorgung sei gesichert, sagte der Sprecher der Marine, Ron Alon, am Freitag in einer vom Militär "
     "verbreiteten Erklärung.",
     [("Die Versorgung sei gesichert", "INDIRECT_QUOTE", "Ron Alon")]),
    ("Es habe keine Verletzten gegeben, teilte die Sprecherin der Polizei, Lea Brandt, am Sonntag in einer im "
     "Internet veröffentlichten Mitteilung mit.",
     [("Es habe keine Verletzten gegeben", "INDIRECT_QUOTE", "Lea Brandt")]),
    # a genitive after the speaker's comma continues its owner (a list or an apposition); it opens no content
    ("Die Vorräte reichten nur noch wenige Tage, erklärten die Leiter des Roten Kreuzes, des Hilfswerks Caritas und "
     "der Diakonie am Dienstag.",
     [("Die Vorräte reichten nur noch wenige Tage", "INDIRECT_QUOTE", "Leiter des Roten Kreuzes")]),
    ("Die Klinik sei überlastet, sagte der Direktor des Nasser-Krankenhauses, des größten im Süden, am Mittwoch.",
     [("Die Klinik sei überlastet", "INDIRECT_QUOTE", "Direktor des Nasser-Krankenhauses")]),
    ("Das bestätigte der Leiter des Klinikums, des größten Krankenhauses der Region, am Dienstag.",
     [("Das", "INDIRECT_QUOTE", "Leiter des Klinikums")]),
    # "fuhr … fort" is a cue with its particle closing the clause
    ("„Wir bleiben im Dialog“, fuhr die Rektorin fort.", [("Wir bleiben im Dialog", "DIRECT_QUOTE", "Rektorin")]),
    ("Die Gespräche würden fortgesetzt, fährt der Unterhändler fort.",
     [("Die Gespräche würden fortgesetzt", "INDIRECT_QUOTE", "Unterhändler")]),
    # an adjective in -te before its noun after a quotation is no inverted verb ("weite" was a cue with the speaker
    # "Teile"); the Konjunktiv sentence continues the speaker before it
    ("„Wir haben lange gewartet“, sagte die Helferin Mira Sand. In den Lagern fehle „es an allem“, weite Teile der "
     "Region seien „kaum noch bewohnbar“.",
     [("Wir haben lange gewartet", "DIRECT_QUOTE", "Mira Sand"),
      ("In den Lagern fehle „es an allem“, weite Teile der Region seien „kaum noch bewohnbar“", "INDIRECT_QUOTE",
       "Mira Sand"),
      ("es an allem", "DIRECT_QUOTE", "Mira Sand"),
      ("kaum noch bewohnbar", "DIRECT_QUOTE", "Mira Sand")]),
    # military ranks are titles: "Oberst Barak" resolves to the full name named before
    ("Generalleutnant Ilan Barak erklärte, die Truppe sei bereit. „Wir warten ab“, sagte Oberst Barak.",
     [("die Truppe sei bereit", "INDIRECT_QUOTE", "Ilan Barak"), ("Wir warten ab", "DIRECT_QUOTE", "Ilan Barak")]),
])
def test_de_round34_de4(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "name"), [
    # a rank compound before a name is no part of the canonical name
    ("Der Sprecher der Armee, Brigadegeneral Amir Doron, sagte, die Lage sei ernst.", "Amir Doron"),
    ("Generalleutnant Herzi Halevi sagte, die Angriffe würden fortgesetzt.", "Herzi Halevi"),
])
def test_de_round34_de4_rank_titles(text, name):
    assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == [name]


def test_de_round34_de4_guards():
    # "fuhr … fort" without a report or a quotation reports nothing
    assert [q.text for q in quotes(run("Der Zug fuhr am Morgen fort.", lang="de"))] == []
    assert [q.text for q in quotes(run("Die Armee fährt mit ihren Angriffen fort.", lang="de"))] == []
    # "des Weiteren" with a clause of its own after the speaker stays a content
    assert [q.text for q in quotes(run("Die Lage sei ernst, sagte der Sprecher, des Weiteren seien neue Kämpfe "
                                       "ausgebrochen.", lang="de"))] == [
        "Die Lage sei ernst", "des Weiteren seien neue Kämpfe ausgebrochen"]
    # "General" alone is no title: company names keep it
    assert [q.attrs["speaker"] for q in quotes(run("General Motors teilte mit, die Produktion werde gekürzt.",
                                                   lang="de"))] == ["General Motors"]
    # "nach eigenen Angaben" as before
    assert [q.attrs["speaker"] for q in quotes(run("Die Armee hat nach eigenen Angaben mehrere Stellungen zerstört.",
                                                   lang="de"))] == ["Armee", "Armee"]
