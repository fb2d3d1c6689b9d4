"""Round 36 (second wave, helper v4): German amateur, club and local news ("so X", "erzählte", quotations
after a colon, a writer's sentence between two quotations of one speaker). Every table row fails against the frozen
source 6044fc8; the guards hold on both."""

import pytest

from tests.test_quotes import assert_de_exact, linked, quotes, run

D, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


@pytest.mark.parametrize(("text", "expected"), [
    # a person opening the clause before a colon is the antecedent of the trailing "sagt er/sie" (had no speaker)
    ("Und Gisela Wehrmann trat ans Rednerpult: „Wir sind stolz auf unsere Jugend“, betonte sie.",
     [("Wir sind stolz auf unsere Jugend", D, "Gisela Wehrmann")]),
    ("„Das Fest war ein Erfolg“, sagte Vorsitzender Rainer Kolb. Und Heike Sommer ergriff das Wort: "
     "„Ohne die Helfer wäre das nicht gegangen“, fügte sie hinzu.",
     [("Das Fest war ein Erfolg", D, "Rainer Kolb"), ("Ohne die Helfer wäre das nicht gegangen", D, "Heike Sommer")]),
])
def test_de_colon_lead_antecedent(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a writer's sentence about a thing between two quotations: the quotation after it goes on with the speaker
    # before it (was "Grund", "Brauereien", "Ursache")
    ("„Die Nachfrage ist enorm“, sagt Tafelleiterin Gundula Pfeiffer. Grund sind die hohen Mietpreise in der Stadt. "
     "„Das wird so schnell nicht besser.“",
     [("Die Nachfrage ist enorm", D, "Gundula Pfeiffer"), ("Das wird so schnell nicht besser.", D, "Gundula Pfeiffer")]),
    ("„Wir brauchen mehr Platz“, sagt Vereinschef Bodo Reincke. Was fehlt, ist das Geld, das früher Brauereien und "
     "Metzgereien spendeten. „Die Stadt muss handeln.“",
     [("Wir brauchen mehr Platz", D, "Bodo Reincke"), ("Die Stadt muss handeln.", D, "Bodo Reincke")]),
    ("„Uns fehlen Hände“, sagt Vereinschef Bodo Reincke. Ursache ist der Umzug vieler Familien. "
     "„Wir suchen dringend Betreuer.“",
     [("Uns fehlen Hände", D, "Bodo Reincke"), ("Wir suchen dringend Betreuer.", D, "Bodo Reincke")]),
    # a call with its possessor before a colon ("ihr Aufruf") is what is said, not who (was "Aufruf")
    ("Hannelore Stiebitz berichtete von der Sammelaktion. Die Spenden gehen zurück. Daher ihr Aufruf: "
     "„Jede Tüte hilft den Familien im Ort.“",
     [("Hannelore Stiebitz berichtete von der Sammelaktion", IND, "Hannelore Stiebitz"),
      ("Jede Tüte hilft den Familien im Ort.", D, "Hannelore Stiebitz")]),
])
def test_de_quotation_after_writers_thing_sentence(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the dative "Herrn" is an address form, no part of the name (was "Herrn Kubitzki")
    ("Nach Aussage von Herrn Kubitzki seien alle Beete vergeben.", [("seien alle Beete vergeben", IND, "Kubitzki")]),
    ("Laut Herrn Ostermann habe der Verein inzwischen 120 Mitglieder.",
     [("habe der Verein inzwischen 120 Mitglieder", IND, "Ostermann")]),
    # an "ehe" clause after a wish is no reported content
    ("Ortsvorsteherin Jutta Lemke wünschte allen Gästen viel Vergnügen, ehe der Spielmannszug aufmarschierte.", []),
    # a sentence of the writer's about the speaker ("Sie trainiert …") closes the paragraph; the next one's Konjunktiv I
    # goes on with the report
    ("„Am Samstag war die Halle voll“, erzählt Jugendwartin Sabine Kröll. Sie trainiert seit zwölf Jahren die Bambini.\n"
     "Der Nachwuchs sei das Wichtigste im Verein.",
     [("Am Samstag war die Halle voll", D, "Sabine Kröll"), ("Der Nachwuchs sei das Wichtigste im Verein", IND, "Sabine Kröll")]),
])
def test_de_local_news_reports(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a second main clause after "und" without a comma, the first with a verb of its own: its own subject speaks (was
    # the first clause's subject, "Stimmung", "Saal")
    ("Die Stimmung war ausgelassen und die Jugendleiterin erzählte, die Kinder hätten drei Tage lang geprobt.",
     [("die Kinder hätten drei Tage lang geprobt", IND, "Jugendleiterin")]),
    ("Der Saal war bis auf den letzten Platz besetzt und Ortsbürgermeister Heinz Gruber sagte, das Fest sei ein Gewinn "
     "für das Dorf.",
     [("das Fest sei ein Gewinn für das Dorf", IND, "Heinz Gruber")]),
])
def test_de_second_clause_after_und(text, expected):
    assert_de_exact(text, expected)


def test_de_round37_v4_guards():
    # coordinated subjects before a plural verb stay one subject; a participle's second object is no subject
    ann = run("Die Feuerwehr und Ortsbürgermeister Heinz Gruber teilten mit, die Straße sei gesperrt.", lang="de")
    assert [x.text for x in quotes(ann)] == ["die Straße sei gesperrt"]
    assert linked(ann, quotes(ann)[0].id, "said_by").text == "Die Feuerwehr und Ortsbürgermeister Heinz Gruber"
    assert_de_exact("Der Vorstand hat den Kassenbericht und die Jahresplanung vorgestellt.", [])
    # an object named before the colon is no antecedent of "er"
    assert_de_exact("Der Vorsitzende lobte Karl Wendt: „Er ist unersetzlich“, sagte er.",
                    [("Er ist unersetzlich", D, None)])
    # a lone surname or a group of people opening the sentence between stays the speaker
    assert_de_exact("„Wir hatten Glück mit dem Wetter“, sagte Tanja Reuter. Gerber lachte. „Im Vorjahr hat es geregnet.“",
                    [("Wir hatten Glück mit dem Wetter", D, "Tanja Reuter"), ("Im Vorjahr hat es geregnet.", D, "Gerber")])
    assert_de_exact("„Die Jugendarbeit trägt Früchte“, sagt Ute Harms. Die Eltern sind begeistert. „Wir kommen gern wieder.“",
                    [("Die Jugendarbeit trägt Früchte", D, "Ute Harms"), ("Wir kommen gern wieder.", D, "Eltern")])
    # the noun "Ehe" is no subordinator; a reported "ehe" clause stays reported
    assert_de_exact("Die Ehe sei zerrüttet, sagte die Richterin.", [("Die Ehe sei zerrüttet", IND, "Richterin")])
    q = quotes(run("Pfarrer Hubert Freier sagte, ehe das Orchester spiele, wolle er noch beten.", lang="de"))
    assert [x.text for x in q] == ["ehe das Orchester spiele, wolle er noch beten"]
    # a writer's sentence about something else closes the paragraph: no report goes on
    assert_de_exact("„Am Samstag war die Halle voll“, erzählt Sabine Kröll. Die Halle hat 300 Plätze.\n"
                    "Der Nachwuchs sei das Wichtigste im Verein.",
                    [("Am Samstag war die Halle voll", D, "Sabine Kröll")])
