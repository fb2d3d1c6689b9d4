"""Round 44 (helper enmarkets): English financial-markets and central-bank news. Sentences written for these tests in
the style of wire market reports, earnings stories and analyst coverage (see docs/quotes.md)."""

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
    # fixes: a data attribution is no company a later "the company"/"the lender" stands for
    ("Quarterly profit topped forecasts, according to LSEG data. The company said it expects full-year sales of "
     "$8.1 billion.",
     [("Quarterly profit topped forecasts", IND, "LSEG data", "LSEG data", "according to"),
      ("it expects full-year sales of $8.1 billion", IND, "company", "The company", "said")]),
    ("Data from FactSet showed that margins narrowed in the quarter. The company said it would cut 500 jobs.",
     [("it would cut 500 jobs", IND, "company", "The company", "said"),
      ("margins narrowed in the quarter", IND, "Data from FactSet", "Data from FactSet", "showed")]),
    ("Revenue beat estimates, according to Refinitiv estimates. The lender said loan growth would slow next year.",
     [("Revenue beat estimates", IND, "Refinitiv", "Refinitiv", "according to"),
      ("loan growth would slow next year", IND, "lender", "The lender", "said")]),
    # fixes: a report's participle before a subject with its postmodifier and a past verb
    ("The brewer cut its annual outlook, saying demand in Latin America remained soft.",
     [("demand in Latin America remained soft", IND, "brewer", "The brewer", "saying")]),
    ("The insurer posted a record profit, noting claims from the spring storms came in lower than feared.",
     [("claims from the spring storms came in lower than feared", IND, "insurer", "The insurer", "noting")]),
    # fixes: a market's figure is no speaker of a participle after an "after"/"as" clause: that clause's subject is
    ("Shares of Halvern Foods fell 6% after the company lowered its outlook, saying that shoppers had cut back on "
     "snacks.",
     [("shoppers had cut back on snacks", IND, "company", "the company", "saying")]),
    ("The stock jumped 9% as the chipmaker raised its guidance, saying orders from cloud providers had doubled.",
     [("orders from cloud providers had doubled", IND, "chipmaker", "the chipmaker", "saying")]),
    ("Oil prices climbed after Saudi Arabia extended its output cuts, saying the market still needed support.",
     [("the market still needed support", IND, "Saudi Arabia", "Saudi Arabia", "saying")]),
])
def test_r44_enmarkets_fixes(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # guards: a company named before still stands behind "the company"; other participles and sources stay
    ("Halvern Foods said on Tuesday that sales rose 4%. The company said it expects a stronger second half.",
     [("it expects a stronger second half", IND, "Halvern Foods", "The company", "said"),
      ("sales rose 4%", IND, "Halvern Foods", "Halvern Foods", "said")]),
    ("The bank held its key rate at 4%, adding inflation in the services sector was still too high.",
     [("inflation in the services sector was still too high", IND, "bank", "The bank", "adding")]),
    ("The dollar slipped after the data, and traders said the Fed was likely to cut in June.",
     [("the Fed was likely to cut in June", IND, "traders", "traders", "said")]),
    ("Analysts at Jefferies said in a research note that the selloff looked overdone.",
     [("the selloff looked overdone", IND, "Analysts at Jefferies", "Analysts at Jefferies", "said")]),
    ("I am not saying mean things to the players.", []),
    ('"Liquidity is thin ahead of the holiday," one dealer said.',
     [("Liquidity is thin ahead of the holiday,", DIR, "one dealer", "one dealer", "said")]),
])
def test_r44_enmarkets_guards(text, expected):
    assert _got(text) == expected
