"""Round 42 (enwire3): English wire copy leftovers (sentences written for these tests in the style of Reuters, AP and
Bloomberg business wire copy; see docs/quotes.md)."""

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


# fixes: each row fails against the frozen tree (5b591c6)
@pytest.mark.parametrize(("text", "expected"), [
    # a company description before a name with "of": the speaker was the last word ("Montreal", "America")
    ("Canadian lender Bank of Halifax said on Wednesday its quarterly profit rose 7 percent on higher fee income.",
     [("its quarterly profit rose 7 percent on higher fee income", IND, "Bank of Halifax",
       "Canadian lender Bank of Halifax", "said")]),
    ("U.S. lender Bank of Denver said on Monday it would close 30 branches in the Midwest.",
     [("it would close 30 branches in the Midwest", IND, "Bank of Denver", "U.S. lender Bank of Denver", "said")]),
    ("Irish bank Bank of Galway said it had repaid the last of its state aid.",
     [("it had repaid the last of its state aid", IND, "Bank of Galway", "Irish bank Bank of Galway", "said")]),
    ("TORONTO, March 3 (Reuters) - Canadian insurer Mutual Bank of Ontario said on Tuesday its first-quarter profit "
     "fell 12 percent.",
     [("its first-quarter profit fell 12 percent", IND, "Mutual Bank of Ontario",
       "Canadian insurer Mutual Bank of Ontario", "said")]),
    # a name with an Italian articled particle: the speaker was "Paschi di Siena"
    ("MILAN, May 6 Banca Agricola dei Colli Euganei said on Thursday it was in talks with two possible buyers.",
     [("it was in talks with two possible buyers", IND, "Banca Agricola dei Colli Euganei",
       "Banca Agricola dei Colli Euganei", "said")]),
    ("Italian lender Cassa della Riviera said it would cut 400 jobs by 2027.",
     [("it would cut 400 jobs by 2027", IND, "Cassa della Riviera", "Italian lender Cassa della Riviera", "said")]),
    # a time adjective before a noun that is also a cue verb inside the adjunct after the cue ("early" ended the
    # adjunct and "estimate" was taken for a verb: nothing was reported)
    ("The statistics office said on Friday in an early estimate that the economy grew 0.3 percent in the quarter.",
     [("the economy grew 0.3 percent in the quarter", IND, "statistics office", "The statistics office", "said")]),
    ("The central bank said in its early estimates that inflation would peak at 4 percent next spring.",
     [("inflation would peak at 4 percent next spring", IND, "central bank", "The central bank", "said")]),
    ("The agency said in a late report that two more bodies had been recovered from the river.",
     [("two more bodies had been recovered from the river", IND, "agency", "The agency", "said")]),
])
def test_r42_enwire3_fixes(text, expected):
    assert_exact(text, expected)


# guards: pass on the frozen tree and after the fixes
@pytest.mark.parametrize(("text", "expected"), [
    ("Bank of Halifax said on Wednesday its quarterly profit rose 7 percent.",
     [("its quarterly profit rose 7 percent", IND, "Bank of Halifax", "Bank of Halifax", "said")]),
    ("Canadian lender Royal Harbour Bank said on Wednesday its quarterly profit rose 7 percent.",
     [("its quarterly profit rose 7 percent", IND, "Royal Harbour Bank", "Canadian lender Royal Harbour Bank", "said")]),
    # a role for the bank stays the role's ("A spokesman for Bank of X")
    ("A spokesman for Bank of Halifax said the bank would appeal the ruling.",
     [("the bank would appeal the ruling", IND, "spokesman for Bank of Halifax", "A spokesman for Bank of Halifax",
       "said")]),
    ("The University of Leeds said the course would close next year.",
     [("the course would close next year", IND, "University of Leeds", "The University of Leeds", "said")]),
    # "early" as the content's first word stays the content's
    ("The company said early results from the trial were encouraging.",
     [("early results from the trial were encouraging", IND, "company", "The company", "said")]),
    ("The company said in an earlier statement that it would appeal.",
     [("it would appeal", IND, "company", "The company", "said")]),
    ("The bureau said in its early forecast that the harvest would be poor.",
     [("the harvest would be poor", IND, "bureau", "The bureau", "said")]),
])
def test_r42_enwire3_guards(text, expected):
    assert_exact(text, expected)
