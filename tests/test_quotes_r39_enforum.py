"""Quote pre-annotator, round 39 (helper enforum): quotations in reader comments and forum posts.

Sentences written for these tests (names invented), in the style of forum threads and news comment sections: a longer
phrase quoted as the modifier of a noun between a determiner and that noun ('a "…" article', 'the "…" crowd') is a
mention, not anyone's words (it was a DIRECT_QUOTE with no speaker). Guards: real quotations stay.
"""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "en"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_exact(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # (round 39, enforum) a phrase quoted as a noun's modifier, no cue: a mention, no direct quote (was one, no speaker)
    ("Honestly this is just another “some guy on the internet thinks the moon is fake” article.", []),
    ("I moved my reply over from the \"Why is the bus always late\" thread since it fits better here.", []),
    ("Spare me the \"we need to listen to both sides of this\" routine, we have heard it for years.", []),
    ("Typical of this paper to run a “local man is upset about potholes again” story on the front page.", []),
    ("Not this \"back in my day things were better\" nonsense again, please.", []),
    ("We keep getting the same “nobody could have seen this coming” excuse from city hall.", []),
    # guards: speech stays
    ("Carla said the council had \"no intention of raising taxes this year\" and then raised them.",
     [("no intention of raising taxes this year", DIR, "Carla"),
      ("the council had \"no intention of raising taxes this year\" and then raised them", IND, "Carla")]),
    ("The mayor told us, \"We will fix every road by the summer.\" Nothing happened.",
     [("We will fix every road by the summer.", DIR, "mayor")]),
    ("\"You clearly did not read the article,\" another commenter replied.",
     [("You clearly did not read the article,", DIR, "another commenter")]),
    # guards: short scare quotes were already dropped, and stay dropped
    ("The so-called \"experts\" got it wrong again.", []),
    ("Their \"independent\" review found nothing at all.", []),
])
def test_round39_enforum_quoted_modifier(text, expected):
    assert_exact(text, expected)
