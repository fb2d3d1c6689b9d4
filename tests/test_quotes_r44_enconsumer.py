"""Round 44 (helper enconsumer): English consumer, personal-finance and housing news. Sentences written for these tests
in the style of service journalism and housing-market reports (see docs/quotes.md)."""

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
    # fixes: after a quotation, "according to <source>," followed only by the source's apposition or a relative
    # clause on the source reports nothing more (the apposition was read as an indirect quote)
    ("\u201cMost families underestimate what they spend on groceries,\u201d according to Maria Lopez, a certified "
     "financial planner and founder of Bright Path Wealth in Denver.",
     [("Most families underestimate what they spend on groceries,", DIR, "Maria Lopez", "Maria Lopez",
       "according to")]),
    ("\u201cBuyers finally have some leverage,\u201d according to Nora Blake, a senior economist at HomeScope.",
     [("Buyers finally have some leverage,", DIR, "Nora Blake", "Nora Blake", "according to")]),
    ("\u201cRenters are squeezed from every direction,\u201d according to Ivan Petrov, chief economist at RentPulse, "
     "who tracks rents in 80 cities.",
     [("Renters are squeezed from every direction,", DIR, "Ivan Petrov", "Ivan Petrov", "according to")]),
    ("\u201cOur rent went up $300 in a single year,\u201d according to Dana, a teacher who rents a one-bedroom in "
     "Queens.",
     [("Our rent went up $300 in a single year,", DIR, "Dana", "Dana", "according to")]),
    ("\u201cThe typical buyer now needs an income of $110,000,\u201d according to the report, which was released "
     "Tuesday.",
     [("The typical buyer now needs an income of $110,000,", DIR, "report", "the report", "according to")]),
    ("\u201cYou have to commit and stick to a budget,\u201d according to Ben Ortiz, a certified public accountant "
     "(CPA) with his own practice in Tucson, Arizona.",
     [("You have to commit and stick to a budget,", DIR, "Ben Ortiz", "Ben Ortiz", "according to")]),
])
def test_r44_enconsumer_fixes(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # guards: a clause after the source still reports; "says" with an apposition and plain sources stay
    ("Rents rose 4% last year, according to Maria Chen, a senior economist at HomeScope.",
     [("Rents rose 4% last year", IND, "Maria Chen", "Maria Chen", "according to")]),
    ("According to Tom Reyes, a planner in Phoenix, many savers have kept too much in cash.",
     [("many savers have kept too much in cash", IND, "Tom Reyes", "Tom Reyes", "According to")]),
    ("\u201cStart with an emergency fund,\u201d says Kevin Park, a CFP and the founder of Park Financial in Austin.",
     [("Start with an emergency fund,", DIR, "Kevin Park", "Kevin Park", "says")]),
    ("\u201cWe are renting until prices come down,\u201d says Marcus, 41, a nurse in Chicago.",
     [("We are renting until prices come down,", DIR, "Marcus", "Marcus", "says")]),
    ("A new report from Redfin found that home prices rose 5% in May.",
     [("home prices rose 5% in May", IND, "new report from Redfin", "A new report from Redfin", "found")]),
])
def test_r44_enconsumer_guards(text, expected):
    assert _got(text) == expected
