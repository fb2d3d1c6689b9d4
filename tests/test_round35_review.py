"""Quotes round 35: rows of the merge review (sentences written for these tests)."""
from __future__ import annotations

from tests.test_quotes import quotes, run


def test_de_round35_review_article_before_adverb_adjective():
    # (de4's demonstrative subject met de3's pages) an article before an adverb in -weit and an adjective with its noun
    # is no demonstrative pronoun: the speaker span is the whole description
    ann = run("Die Punktevergabe wird von Helene Fischer übernommen. Die deutschlandweit erfolgreiche Sängerin wird "
              "am Samstag die „zwölf Punkte“ verkünden.", lang="de")
    speakers = [s.text for s in ann.spans if s.label == "SPEAKER"]
    assert speakers == ["Die deutschlandweit erfolgreiche Sängerin"], speakers
    assert [q.text for q in quotes(ann)] == ["zwölf Punkte"]


def test_de_round35_review_academic_title_in_colon_lead():
    # (de5's academic titles met de7's pages) the subject before a colon runs over "Prof." to the name
    ann = run("Ökonom Prof. Jens Südekum will noch nicht viel Hoffnung machen: „So einfach ist es leider nicht.“",
              lang="de")
    assert [(q.text, q.attrs["speaker"]) for q in quotes(ann)] == [("So einfach ist es leider nicht.", "Jens Südekum")]


def test_de_round35_review_article_after_colon_opens_no_title():
    # (de3's work titles met de7's pages) a capitalised article after a colon opens a clause; the quotation after it
    # is a partial quotation, not a title after a noun
    ann = run("Auf Erleichterungen geht Stoph erst in zweiter Linie ein: Die „Normalisierung der Beziehungen zwischen "
              "beiden Staaten“ müsse vorangehen.", lang="de")
    assert "Normalisierung der Beziehungen zwischen beiden Staaten" in [q.text for q in quotes(ann, "DIRECT_QUOTE")]


def test_de_round35_review_second_subject_stops_before_the_object():
    # (de6's coordinated subjects met de5's pages) the verb's object after the second subject's full name is no part of
    # it, as de5 made it for the first
    ann = run("Am Ende des Tages zogen Parkleiter Wolfgang Rades und die Vorsitzende Anna Dorn Bilanz: „Es war ein guter "
              "Sommer.“", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Wolfgang Rades und Anna Dorn"]
