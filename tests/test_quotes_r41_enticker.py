"""Round 41 (enticker): English company names with stock tickers (sentences written for these tests)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
        cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                    None if sp is None else text[sp.start : sp.end], None if cue is None else text[cue.start : cue.end]))
    return sorted(out)


def assert_exact(text, expected):
    """Exactly these quotes (text, label), each with its speaker name, SPEAKER span and CUE span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert by_text[(t, lab)] == rest, (t, by_text[(t, lab)])


# fixes: each row fails against the frozen tree (2fa41d7)
@pytest.mark.parametrize(("text", "expected"), [
    # a ticker's colon before a relative clause on the subject is no clause boundary (the subject was the quote and
    # the content the speaker)
    ("Harbor Foods (NYSE: HBF), which owns the Sunny Farms brand, said quarterly revenue rose 4 percent.",
     [("quarterly revenue rose 4 percent", IND, "Harbor Foods", "Harbor Foods (NYSE: HBF)", "said")]),
    ("Norland Media (NASDAQ:NRLD), which publishes 40 regional papers, said it would cut 300 jobs by the end of the year.",
     [("it would cut 300 jobs by the end of the year", IND, "Norland Media", "Norland Media (NASDAQ:NRLD)", "said")]),
    ("Brightwater Energy (TSX: BWE), the Calgary-based pipeline operator, said it expects output to rise this year.",
     [("it expects output to rise this year", IND, "Brightwater Energy", "Brightwater Energy (TSX: BWE)", "said")]),
    ("Pinecrest Bank (NASDAQ: PCB; TSX: PCB), which has 200 branches, said net income fell 8 percent in the quarter.",
     [("net income fell 8 percent in the quarter", IND, "Pinecrest Bank", "Pinecrest Bank (NASDAQ: PCB; TSX: PCB)",
       "said")]),
    # an empty ticker left by a web page's markup
    ("Delmar Foods (NYSE:), which owns three dairies, said in a statement that quarterly revenue rose 6 percent.",
     [("quarterly revenue rose 6 percent", IND, "Delmar Foods", "Delmar Foods (NYSE:)", "said")]),
])
def test_r41_enticker_fixes(text, expected):
    assert_exact(text, expected)


# fixes of an act's extent: a ticker's colon after the cue does not end the act (it ended at "(NYSE")
@pytest.mark.parametrize(("text", "end"), [
    ("Corvus Holdings (NYSE: CVH) announced a proposal to acquire Delta Mills (NYSE: DML) for $30 a share in cash.",
     "for $30 a share in cash"),
    ("Stellar Networks announced a plan to buy Orbit Systems (Nasdaq: ORBS) for $1.2 billion.", "for $1.2 billion"),
])
def test_r41_enticker_act_extent(text, end):
    got = _quotes(text)
    assert len(got) == 1 and got[0][0].endswith(end), got


# guards: pass on the frozen tree and after the fixes
@pytest.mark.parametrize(("text", "expected"), [
    ("Harbor Foods (NYSE: HBF) said quarterly revenue rose 4 percent.",
     [("quarterly revenue rose 4 percent", IND, "Harbor Foods", "Harbor Foods (NYSE: HBF)", "said")]),
    ("Harbor Foods, which owns the Sunny Farms brand, said quarterly revenue rose 4 percent.",
     [("quarterly revenue rose 4 percent", IND, "Harbor Foods", "Harbor Foods", "said")]),
    # a colon that opens the company's own words still ends the act before them
    ("The company announced a new target: it expects to double its sales by 2030.",
     [("it expects to double its sales by 2030", IND, "company", "The company", "announced")]),
    # a colon after a bracketed word that is no ticker is left as it was
    ("Acme said it would buy Beta Inc (the maker of anvils) for $3 billion in cash and stock.",
     [("it would buy Beta Inc (the maker of anvils) for $3 billion in cash and stock", IND, "Acme", "Acme", "said")]),
])
def test_r41_enticker_guards(text, expected):
    assert_exact(text, expected)
