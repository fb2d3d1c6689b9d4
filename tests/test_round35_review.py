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
