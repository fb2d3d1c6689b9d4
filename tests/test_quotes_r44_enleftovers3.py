"""Round 44 (helper enleftovers3): English leftovers of the second wave. Sentences written for these tests in the style
of wire market and incident reports (see docs/quotes.md)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for q in ann.spans:
        if q.label not in (IND, DIR):
            continue
        cue = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "cue"), None)
        speaker = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "said_by"), None)
        out.append((q.text, q.label, q.attrs.get("speaker"), speaker, cue))
    return sorted(out)


@pytest.mark.parametrize("text,expected", [
    # fixes: a fronted subject and its finite past verb before a trailing source are a whole clause
    ("Copper slipped, dealers said.",
     [("Copper slipped", IND, "dealers", "dealers", "said")]),
    ("Negotiations stalled, two diplomats said.",
     [("Negotiations stalled", IND, "two diplomats", "two diplomats", "said")]),
    ("Bonds rallied, traders said, as investors sought safety.",
     [("Bonds rallied", IND, "traders", "traders", "said")]),
    ("Turnout fell, election officials said on Sunday.",
     [("Turnout fell", IND, "election officials", "election officials", "said")]),
    ("The ferry was late again. Passengers waited, the operator said.",
     [("Passengers waited", IND, "operator", "the operator", "said")]),
])
def test_r44_enleftovers3_fixes(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # guards: a fronted adverbial or participle phrase of two words is no content
    ("Once elected, he said he would cut taxes.",
     [("he would cut taxes", IND, None, "he", "said")]),
    ("Last week, the minister said the plan was dead.",
     [("the plan was dead", IND, "minister", "the minister", "said")]),
    ("Newly elected, she said she would serve every resident.",
     [("she would serve every resident", IND, None, "she", "said")]),
    ("When asked, officials said nothing.", []),
    # guards: a longer fronted clause keeps its report as before
    ("Stocks fell sharply, traders said.",
     [("Stocks fell sharply", IND, "traders", "traders", "said")]),
    # guards: a present-tense verb is not taken (it may be a noun: "Talks continue" vs "Price rises")
    ("Prices climb, analysts said.", []),
])
def test_r44_enleftovers3_guards(text, expected):
    assert _got(text) == expected
