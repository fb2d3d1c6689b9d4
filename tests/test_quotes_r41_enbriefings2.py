"""Quote pre-annotator, round 41 (helper enbriefings2): English briefings, joint statements and subjects with modifiers.

A document that "read(s)" after a quotation and before its noun phrase reports it ('"We, the leaders of …," read a
statement by the three countries' had no speaker and no cue); a declaration and a communique are documents. A plural
title with "of" and a bare noun is one head ("heads of state", "chiefs of staff": "The heads of state said" reported
nothing, '"…," said the heads of state' was "heads"). An apposition between dashes after a quotation ('"…," France,
Britain and Germany — the so-called E3 — said') and a dash typed as two hyphens keep the subject before it. A place or a
name inside a participle's phrase after plural people is no speaker ("Officials attending the summit in Brussels said"
was "Brussels"). "feel reassured that" is a state, no report. Sentences written for these tests (names invented), in
the style of wire copy on summits, joint statements and State Department briefings.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out)


def assert_exact(text, expected):
    assert _quotes(text) == sorted(expected), _quotes(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a document that "read(s)" after the quotation (no speaker, no cue)
    ('"We, the foreign ministers of Chile, Peru and Bolivia, reaffirm our commitment to the treaty," read a statement by '
     'the three governments.',
     [("We, the foreign ministers of Chile, Peru and Bolivia, reaffirm our commitment to the treaty,", DIR,
       "statement by the three governments", "read")]),
    ('"All parties must return to the table," reads the joint communique issued after the talks.',
     [("All parties must return to the table,", DIR, "joint communique", "reads")]),
    ('"We will not abandon our partners," the final declaration reads.',
     [("We will not abandon our partners,", DIR, "final declaration", "reads")]),
    # a plural title with "of" and a bare noun (nothing reported, or "heads")
    ("The heads of state agreed on Friday that the pipeline would be finished by 2027.",
     [("the pipeline would be finished by 2027", IND, "heads of state", "agreed")]),
    ('"This is a historic day for the region," said the heads of state of Kenya, Uganda and Tanzania.',
     [("This is a historic day for the region,", DIR, "heads of state of Kenya, Uganda and Tanzania", "said")]),
    ('"The border will stay open," said the heads of state.',
     [("The border will stay open,", DIR, "heads of state", "said")]),
    ("The chiefs of staff warned that the troops were exhausted.",
     [("the troops were exhausted", IND, "chiefs of staff", "warned")]),
    # an apposition between dashes after a quotation (no speaker, no cue)
    ('"The enrichment has no civilian purpose," Spain, Italy and Portugal — the so-called southern group — said in a '
     'joint statement.',
     [("The enrichment has no civilian purpose,", DIR, "Spain, Italy and Portugal", "said")]),
    ('"We expect a reply this week," Dolores Ferraz -- the bloc\'s chief negotiator -- told reporters.',
     [("We expect a reply this week,", DIR, "Dolores Ferraz", "told")]),
    # a place or a name inside a participle's phrase (was "Vienna", "Ohio")
    ("Diplomats attending the conference in Vienna said a deal was within reach.",
     [("a deal was within reach", IND, "Diplomats attending the conference in Vienna", "said")]),
    ("Farmers living near the dam in Ohio said the river had risen overnight.",
     [("the river had risen overnight", IND, "Farmers living near the dam in Ohio", "said")]),
    # "feel reassured that" is a state (the speaker was "Filipinos should feel")
    ("The Filipinos should feel reassured that we will honor every commitment we have made.", []),
])
def test_r41_enbriefings2_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # unchanged: a reading act, a title in the singular, a comma apposition, "reassured" with its object
    ("The minister read the statement to reporters on Monday.", []),
    ('"The border will stay open," said the head of state.',
     [("The border will stay open,", DIR, "head of state", "said")]),
    ('"Iran must comply," the envoy, a veteran diplomat, said.',
     [("Iran must comply,", DIR, "envoy", "said")]),
    ("The governor reassured residents that the water was safe.",
     [("the water was safe", IND, "governor", "reassured")]),
    ("Lawyers representing the family said the deal was close.",
     [("the deal was close", IND, "Lawyers representing the family", "said")]),
    ("The timing of the move -- right after the vote -- suggests that it was planned.", []),
])
def test_r41_enbriefings2_guards(text, expected):
    assert_exact(text, expected)
