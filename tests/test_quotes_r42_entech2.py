"""Round 42 (entech2): English technology and business news leftovers (sentences written for these tests in the style
of wire and tech-site earnings copy; see docs/quotes.md)."""

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


# fixes: each row fails against the frozen tree (187a121)
@pytest.mark.parametrize(("text", "expected"), [
    # a brand with a lower-case initial opening a content without "that", before a prepositional phrase
    ("Apple said iPhone revenue in Greater China fell 11 percent in the quarter.",
     [("iPhone revenue in Greater China fell 11 percent in the quarter", IND, "Apple", "Apple", "said")]),
    ("The retailer said eBay listings of used consoles in Britain had doubled since March.",
     [("eBay listings of used consoles in Britain had doubled since March", IND, "retailer", "The retailer", "said")]),
    # "Prime" before no title is a name's word ("Prime Video"), not the "Prime" of "Prime Minister"
    ("Amazon Prime Video said it would add more live sports next season.",
     [("it would add more live sports next season", IND, "Amazon Prime Video", "Amazon Prime Video", "said")]),
    ("Vice Media said it would close its Canadian newsroom.",
     [("it would close its Canadian newsroom", IND, "Vice Media", "Vice Media", "said")]),
    # a company and a lower-case role before the name after a quotation belong to the SPEAKER span
    ('"We are reviewing the findings," Amazon spokesperson Kelly Nantel said.',
     [("We are reviewing the findings,", DIR, "Kelly Nantel", "Amazon spokesperson Kelly Nantel", "said")]),
    ('"Demand for our chips is extraordinary," Nvidia chief executive Jensen Huang said on a call with analysts.',
     [("Demand for our chips is extraordinary,", DIR, "Jensen Huang", "Nvidia chief executive Jensen Huang", "said")]),
    # "the company" after a sentence whose subject is a company named elsewhere in the text too
    ("Shares of Nvidia rose 3 percent after hours. Nvidia reported revenue of $30 billion for the quarter. The company "
     "said demand for its data center chips remained strong.",
     [("demand for its data center chips remained strong", IND, "Nvidia", "The company", "said")]),
    ("Investors had hoped for more from Intel. However, Intel issued a forecast below estimates. The company said "
     "it expected revenue of $13 billion.",
     [("it expected revenue of $13 billion", IND, "Intel", "The company", "said")]),
    # a superlative subject ranked "by" a measure
    ("The largest U.S. bank by assets said net income rose 6 percent in the second quarter.",
     [("net income rose 6 percent in the second quarter", IND, "largest U.S. bank by assets",
       "The largest U.S. bank by assets", "said")]),
    ("The world's biggest contract chipmaker by revenue said it would raise prices next year.",
     [("it would raise prices next year", IND, "world's biggest contract chipmaker by revenue",
       "The world's biggest contract chipmaker by revenue", "said")]),
])
def test_entech2_fixes(text, expected):
    assert_exact(text, expected)


# guards: each row passes on both trees
@pytest.mark.parametrize(("text", "expected"), [
    ("Prime Minister Keir Starmer said the tariffs would hurt British carmakers.",
     [("the tariffs would hurt British carmakers", IND, "Keir Starmer", "Prime Minister Keir Starmer", "said")]),
    ("Vice President JD Vance said the deal would be signed soon.",
     [("the deal would be signed soon", IND, "JD Vance", "Vice President JD Vance", "said")]),
    ('"We are looking into it," a Google spokesperson said.',
     [("We are looking into it,", DIR, "Google spokesperson", "a Google spokesperson", "said")]),
    # no company named before: the description stays itself
    ("Revenue rose 5 percent to $4 billion. The company said demand remained strong.",
     [("demand remained strong", IND, "company", "The company", "said")]),
    # "by" after no superlative is no ranking: still nothing reported
    ("A report by analysts said demand would stay strong.", []),
])
def test_entech2_guards(text, expected):
    assert_exact(text, expected)
