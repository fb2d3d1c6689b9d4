"""Round 34 (w2f): German environment, climate and energy news (reactor shutdown, heating law, COP28/29, climate
protests, the June 2024 floods, wolves). Shouting verbs and perfect participles after a quotation, "drohen" after an
infinitive with "zu" inside, a quotation inside an earlier cue's dass-clause, plural bodies after a relative pronoun,
a span of time after the cue, "gestanden" in a set phrase of standing, a fronted thing before "sie", "er" and a plural
group. Sentences written for these tests."""
import pytest

from tests.test_quotes import assert_de_structures, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # "rief" without its particle, right after a quotation, is the quotation's attribution
    ("„Wir brauchen endlich Hilfe“, rief eine Winzerin.",
     [("Wir brauchen endlich Hilfe", "DIRECT_QUOTE", "Winzerin")]),
    ("Als die Ministerin das Festzelt betrat, wurde sie ausgepfiffen, „Tun Sie endlich etwas“, rief ein Imker aus dem "
     "Publikum.",
     [("Tun Sie endlich etwas", "DIRECT_QUOTE", "Imker")]),
    ("„Kommt alle mit“, rief sie und lief los.", [("Kommt alle mit", "DIRECT_QUOTE", "sie")]),
    # shouting and sobbing right after a quotation
    ("„Der Deich hält nicht mehr“, brüllte ein Feuerwehrmann.",
     [("Der Deich hält nicht mehr", "DIRECT_QUOTE", "Feuerwehrmann")]),
    ("„Alles ist weg“, schluchzte eine Anwohnerin.", [("Alles ist weg", "DIRECT_QUOTE", "Anwohnerin")]),
    # the participle of such a verb closing a perfect after a quotation
    ("„Das ist ein Armutszeugnis“, hat Landrat Peter Kolb am Dienstag im Kreistag geschimpft.",
     [("Das ist ein Armutszeugnis", "DIRECT_QUOTE", "Peter Kolb")]),
    ("„Endlich ist das Gesetz durch“, hat die Verbandschefin Maria Lenz nach der Abstimmung gejubelt.",
     [("Endlich ist das Gesetz durch", "DIRECT_QUOTE", "Maria Lenz")]),
    # "drohen" after an infinitive with its "zu" inside is a risk, no threat
    ("Die Feuerwehr räumte die Siedlung, weil der Damm einzustürzen drohte.", []),
    ("Die Stadt sperrte die Brücke, da das Ufer abzubrechen drohte.", []),
    # a quotation inside the dass-clause of an earlier cue is that cue's, not the later one's
    ("Die Veranstalter versicherten, dass alle Teilnehmer aus der Region mit dem Fahrrad gekommen seien und den Platz "
     "„sauber verlassen“ hätten, bestätigte die Polizei dagegen nicht.",
     [("alle Teilnehmer aus der Region mit dem Fahrrad gekommen seien und den Platz „sauber verlassen“ hätten",
       "INDIRECT_QUOTE", "Veranstalter"),
      ("sauber verlassen", "DIRECT_QUOTE", "Veranstalter")]),
    # a plural body after the relative pronoun speaks (was the pronoun "die")
    ("Der Betrag lag weit unter den 800 Milliarden Euro, die die Inselstaaten gefordert hatten.",
     [("die die Inselstaaten gefordert hatten", "INDIRECT_QUOTE", "Inselstaaten")]),
    ("Die Zusage blieb hinter den Summen zurück, die die Umweltverbände verlangt hatten.",
     [("die die Umweltverbände verlangt hatten", "INDIRECT_QUOTE", "Umweltverbände")]),
    # a span of time after the cue is no subject
    ("Das bestätigte wenige Stunden später die Kreisverwaltung.", [("Das", "INDIRECT_QUOTE", "Kreisverwaltung")]),
    ("Das teilte kurze Zeit danach auch ein Sprecher der Bahn mit.", [("Das", "INDIRECT_QUOTE", "Sprecher der Bahn")]),
    # "gestanden" in a set phrase of standing is no confession: the Konjunktiv continues the speaker before
    ("Die Anwohner seien in Sicherheit, betonte Landrätin Ute Brandl. Die Schäden hätten im Zusammenhang mit dem "
     "Starkregen gestanden. Weitere Evakuierungen seien nicht geplant.",
     [("Die Anwohner seien in Sicherheit", "INDIRECT_QUOTE", "Ute Brandl"),
      ("Die Schäden hätten im Zusammenhang mit dem Starkregen gestanden. Weitere Evakuierungen seien nicht geplant",
       "INDIRECT_QUOTE", "Ute Brandl")]),
    # a fronted thing before "sie": the pronoun speaks
    ("Umweltministerin Jana Keller besuchte den Deich. Die Flut nannte sie eine „Warnung der Natur“.",
     [("Warnung der Natur", "DIRECT_QUOTE", "Jana Keller")]),
    ("Ministerin Clara Voss sprach in Bonn. Die Einigung bezeichnete sie als „historisch“.",
     [("historisch", "DIRECT_QUOTE", "Clara Voss")]),
])
def test_de_round34_w2f(text, expected):
    assert_de_structures(text, expected)


def test_de_round34_w2f_er_is_no_plural_group():
    # "er" after a report by a plural group ("Medien") is not that group
    ann = run("Die Medien hatten berichtet, dass der Konzernchef den Verkauf stoppen wolle. Er soll die Aktionäre dazu "
              "aufgerufen haben, gegen den Plan zu stimmen.", lang="de")
    q = next(q for q in quotes(ann) if q.text == "gegen den Plan zu stimmen")
    assert q.attrs["speaker"] != "Medien", q.attrs


def test_de_round34_w2f_guards():
    # limits: "rief … auf" with its particle stays a speech act; a threat with its own clause still reports; a speaking
    # body before "sie" stays the subject; a lone surname still takes "er"; "gestanden" with an object is a confession
    assert [q.text for q in quotes(run("Die Polizei rief die Anwohner zur Vorsicht auf.", lang="de"))] == [
        "Die Polizei rief die Anwohner zur Vorsicht auf"]
    assert [q.text for q in quotes(run("Die Gemeinde drohte, gegen den Bescheid zu klagen.", lang="de"))] == [
        "gegen den Bescheid zu klagen"]
    ann = run("Die Regierung nannte sie eine „Gefahr für die Demokratie“.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Regierung"]
    ann = run("Röttgen kritisierte den Plan. Er sagte, die Regierung habe versagt.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Röttgen", "Röttgen"]
    ann = run("Er habe gestanden, dass er im Zusammenhang mit dem Brand Geld erhalten habe, sagte der Richter.", lang="de")
    assert "er im Zusammenhang mit dem Brand Geld erhalten habe" in [q.text for q in quotes(ann)]
