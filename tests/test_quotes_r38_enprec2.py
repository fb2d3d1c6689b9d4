"""Quote pre-annotator, round 38 (helper enprec2): English precision (scare-quoted subjects, titles, "for No 10").

Sentences written for these tests (names invented), in the style of opinion pages, reader comments, film reviews and
Westminster lobby reports: a subject in scare quotes ('The "experts" told us …', which reported nothing at all), a
title in title case with its minor words ("Gone with the Wind", a nickname between first name and surname; were
direct quotes), and "No 10" / "Number 10" closing a speaker's postmodifier ("A spokesman for No 10 said", reported
nothing)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


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
    # (round 38, enprec2) a subject in scare quotes keeps its report, and the scare quote is no direct quote
    ('For months the "experts" told us that masks were pointless.',
     [("masks were pointless", IND, "experts")]),
    ('The "economists" said the recession would be over by spring.',
     [("the recession would be over by spring", IND, "economists")]),
    ('Our "leaders" claimed the shortages were impossible to foresee.',
     [("the shortages were impossible to foresee", IND, "leaders")]),
    ('The so-called "analysts" predicted that the merger would create jobs.',
     [("the merger would create jobs", IND, "so-called analysts")]),
    # guards: a quotation before its inverted cue stays the speaker's words; a capitalised name is no scare quote
    ('"We never saw it coming," the experts said.',
     [("We never saw it coming,", DIR, "experts")]),
    ('The "moderate" senator says the bill is too expensive.',
     [("the bill is too expensive", IND, "senator")]),
])
def test_round38_enprec2_scare_subject(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, enprec2) a title in title case with minor words, no cue introducing it: not anyone's words
    ('Last night I watched "Gone with the Wind" again and it still holds up.', []),
    ('"Return of the Native Son" is the best thing on television this year.', []),
    ('She made her name in "A Night at the Opera" before moving to London.', []),
    ('My uncle Walter "Keep Off My Lawn" Henderson would have loved this article.', []),
    ('He told "The Evening Standard of London" that he would not stand again.',
     [("he would not stand again", IND, None)]),
    # guards: a cue with its comma or colon introduces a quotation; a sentence in it; one after its inverted cue
    ('The crowd chanted: "Give Us Our Jobs Back"', [("Give Us Our Jobs Back", DIR, "crowd")]),
    ('"We Will Fight for Every Vote," the candidate said.',
     [("We Will Fight for Every Vote,", DIR, "candidate")]),
    ('Mayor Ruth Calder said: "This is a sad day for the city."',
     [("This is a sad day for the city.", DIR, "Ruth Calder")]),
])
def test_round38_enprec2_titles(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, enprec2) "No 10" / "Number 10" closing the speaker's postmodifier
    ("A spokesman for No 10 said the prime minister had full confidence in the chancellor.",
     [("the prime minister had full confidence in the chancellor", IND, "spokesman for No 10")]),
    ("A spokeswoman for Number 10 said no decision had been taken on the date.",
     [("no decision had been taken on the date", IND, "spokeswoman for Number 10")]),
    ("A source close to No 10 insisted the reshuffle would not happen before summer.",
     [("the reshuffle would not happen before summer", IND, "source close to No 10")]),
    # guards: "No 10" as the subject itself, and a description before it, stay as they were
    ("No 10 said the talks had been constructive.", [("the talks had been constructive", IND, "No 10")]),
    ("A Number 10 spokeswoman said the bill would return to the Commons.",
     [("the bill would return to the Commons", IND, "Number 10 spokeswoman")]),
])
def test_round38_enprec2_number_ten(text, expected):
    assert_exact(text, expected)
