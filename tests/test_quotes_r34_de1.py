"""Round 34, helper de1 (German state-election coverage): name runs that took a common noun, "nach" phrases
that are no source, and a second predicate after a comma whose object was taken as its speaker."""
import pytest

from tests.test_quotes import assert_de_structures, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # a common noun before a full name is no part of the name: a later "er" is the subject, not "Wahlkampf Petra Lindner"
    ("Zugleich schlug Bergmann, der im Wahlkampf Petra Lindner scharf angegriffen hatte, versöhnliche Töne an. "
     "„Wir müssen jetzt miteinander reden“, sagte er.",
     [("Wir müssen jetzt miteinander reden", "DIRECT_QUOTE", "Bergmann")]),
    # nor a noun joined to it by "zu" ("Fraktion zu Sabine Kraus")
    ("Zugleich betonte Hofmann die Distanz seiner Fraktion zu Sabine Kraus. „Eine Koalition schließe ich aus“, "
     "sagte er dem Sender.",
     [("Zugleich betonte Hofmann die Distanz seiner Fraktion zu Sabine Kraus", "INDIRECT_QUOTE", "Hofmann"),
      ("Eine Koalition schließe ich aus", "DIRECT_QUOTE", "Hofmann")]),
    # "nach" after the article's head noun, or after another preposition's phrase, opens no source
    ("Wenige Minuten nach der Bekanntgabe der ersten Hochrechnung verließ die Kandidatin den Saal.", []),
    ("Kurz nach der Veröffentlichung der neuen Hochrechnungen trat der Landesvorsitzende vor die Presse.", []),
    ("Die Partei liegt in den Umfragen nach SPD und CDU auf dem dritten Platz.", []),
    ("Die Liste kam in den Hochrechnungen nach den Grünen auf Rang vier.", []),
    # a second predicate after a comma with a feminine thing as its object: the main clause's subject speaks
    ("Schneider zeigte sich zurückhaltend, schloss eine Zusammenarbeit aber nicht grundsätzlich aus.",
     [("Schneider zeigte sich zurückhaltend, schloss eine Zusammenarbeit aber nicht grundsätzlich aus",
       "INDIRECT_QUOTE", "Schneider")]),
    ("Die Ministerin lobte den Kompromiss, kündigte eine Überprüfung der Kosten an.",
     [("Die Ministerin lobte den Kompromiss, kündigte eine Überprüfung der Kosten an", "INDIRECT_QUOTE", "Ministerin")]),
    ("Der Landrat besuchte die Flutgebiete, forderte eine Aufstockung der Hilfen.",
     [("Der Landrat besuchte die Flutgebiete, forderte eine Aufstockung der Hilfen", "INDIRECT_QUOTE", "Landrat")]),
    # a bare plural after adverbs is the object of a singular verb; the name opening the sentence speaks
    ("Brenner forderte erneut Neuwahlen im Land.",
     [("Brenner forderte erneut Neuwahlen im Land", "INDIRECT_QUOTE", "Brenner")]),
    ("Seidel kündigte zudem Gespräche mit der Opposition an.",
     [("Seidel kündigte zudem Gespräche mit der Opposition an", "INDIRECT_QUOTE", "Seidel")]),
    # a fronted object, a verb and a lone surname closing the sentence: the surname speaks the quotation after it
    ("Bundespolitische Pläne für den Fall eines Sieges von Anna Weber verneinte Kessler. „Mein Platz ist hier im Land.“",
     [("Mein Platz ist hier im Land.", "DIRECT_QUOTE", "Kessler")]),
    # (also after a quotation that closed the sentence before: the adjective opening the sentence is no first name)
    ("Nach der Wahl sprach Kessler von einem klaren Auftrag. „Eine Koalition ist der bessere Weg.“\n\n"
     "Bundespolitische Pläne für den Fall eines Sieges von Anna Weber verneinte Kessler. „Mein Platz ist hier im Land.“",
     [("Nach der Wahl sprach Kessler von einem klaren Auftrag", "INDIRECT_QUOTE", "Kessler"),
      ("Eine Koalition ist der bessere Weg.", "DIRECT_QUOTE", "Kessler"),
      ("Mein Platz ist hier im Land.", "DIRECT_QUOTE", "Kessler")]),
])
def test_de_round34_de1(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # a plural or abstract noun after a full name ends the name ("Thomas Brenner Bedingungen")
    ("Vor der Abstimmung stellt Fraktionschef Thomas Brenner Bedingungen für eine Einigung. "
     "„Ohne Zusagen gibt es kein Ja“, sagte er.", "Ohne Zusagen gibt es kein Ja", "Thomas Brenner"),
    ("Im Interview nannte Landrätin Julia Seidel Forderungen an den Bund. „Wir brauchen mehr Geld“, sagte sie.",
     "Wir brauchen mehr Geld", "Julia Seidel"),
])
def test_de_round34_de1_canonical(text, quote, speaker):
    ann = run(text, lang="de")
    q = next(q for q in quotes(ann) if q.text == quote)
    assert q.attrs["speaker"] == speaker, q.attrs


def test_de_round34_de1_guards():
    # real sources with "nach" stay
    assert [q.text for q in quotes(run("Nach Angaben der Polizei wurde niemand verletzt.", lang="de"))] == [
        "wurde niemand verletzt"]
    assert [q.text for q in quotes(run("Den Umfragen nach liegt die CDU knapp vorn.", lang="de"))] == [
        "liegt die CDU knapp vorn"]
    # a trailing attribution with a speaking body after the verb is unchanged
    ann = run("Die Reform sei gescheitert, kritisierte die Opposition.", lang="de")
    assert [(q.text, q.attrs["speaker"]) for q in quotes(ann)] == [("Die Reform sei gescheitert", "Opposition")]
    # a subject after the verb and adverbs stays the speaker
    for text, name in [("Am Abend kritisierte zudem Gewerkschaftschefin Anna Roth den Beschluss.", "Anna Roth"),
                       ("Danach erklärte auch Christiansen, die Lage sei ernst.", "Christiansen")]:
        assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == [name]
    # an article opening the sentence: the name after the verb is its object
    ann = run("Die Kanzlerin lobte Müller. „Er hat gute Arbeit geleistet.“", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Kanzlerin", "Kanzlerin"]
    # names ending like nouns, and "zu" in a name, are kept whole
    for text, name in [("Verteidigungsminister Franz Josef Jung sagte, die Mission sei sicher.", "Franz Josef Jung"),
                       ("Der frühere Minister Karl-Theodor zu Guttenberg sagte, die Lage sei ernst.",
                        "Karl-Theodor zu Guttenberg")]:
        assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == [name]
