"""Quote pre-annotator, round 38 (helper enprec): English precision (scare quotes, "No 10 said").

Sentences written for these tests (names invented), in the style of UK and US opinion pages, Westminster lobby
reports and reader comments: "No 10" / "No. 10" as the source of a report (read as a negation, nothing was reported),
and a scare quote after an article inside the subject of a later cue ('the "woke" crowd claim that …', which was a
direct quote of that speaker)."""

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
    # (round 38, enprec) "No" before a number is the number sign: "No 10" (Downing Street) is the source
    ("No 10 said the chancellor still had the full backing of the cabinet.",
     [("the chancellor still had the full backing of the cabinet", IND, "No 10")]),
    ("No. 10 insisted the timetable for the bill had not slipped.",
     [("the timetable for the bill had not slipped", IND, "No. 10")]),
    ("Asked about the leak, No 10 sources said an inquiry would be launched within days.",
     [("an inquiry would be launched within days", IND, "No 10 sources")]),
    ("The minister resigned on Tuesday night. No 10 said he had done the honourable thing.",
     [("he had done the honourable thing", IND, "No 10")]),
    ("No.10 denied that the prime minister had been warned about the donations.",
     [("the prime minister had been warned about the donations", IND, "No.10")]),
])
def test_round38_enprec_number_ten(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, enprec) a scare quote after an article inside the subject of a cue that follows: no one's words
    ('I am sick of the "woke" brigade claiming that every statue is offensive.',
     [("every statue is offensive", IND, None)]),
    ('And now the "moderate" senator says the bill is too expensive.',
     [("the bill is too expensive", IND, "senator")]),
    ('Funny how the "fiscally responsible" party says the deficit does not matter now.',
     [("the deficit does not matter now", IND, "party")]),
    ('The "independent" panel concluded that the scheme had been a success.',
     [("the scheme had been a success", IND, "panel")]),
])
def test_round38_enprec_scare_quote_in_subject(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, enprec) guards: what the new rules leave alone
    # a partial quotation in the content, before a trailing attribution after a comma
    ('The "historic" agreement will cut tariffs on steel, the trade secretary said.',
     [('The "historic" agreement will cut tariffs on steel', IND, "trade secretary"),
      ("historic", DIR, "trade secretary")]),
    # a partial quotation after the cue
    ('Lorna Haig described the report as a "whitewash" and said she would appeal.',
     [("whitewash", DIR, "Lorna Haig"), ("she would appeal", IND, "Lorna Haig")]),
    ('He said the deal was a "betrayal" of voters.',
     [("the deal was a \"betrayal\" of voters", IND, None), ("betrayal", DIR, None)]),
    # "No" as a negation and a spokesman's number
    ("No one said the plan would be easy.", []),
    ("Downing Street said the review would be published in the spring.",
     [("the review would be published in the spring", IND, "Downing Street")]),
])
def test_round38_enprec_guards(text, expected):
    assert_exact(text, expected)
