"""Round 42 (helper enleftovers): English business news leftovers (sentences written for these tests).

- "… said net income attributable to common shareholders fell …": a subject noun postmodified by an adjective in
  -able/-ible and "to" before its past verb is a report's subject (nothing was reported; "said net income fell" was).
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
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"), cue and text[cue.start : cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # an adjective in -able/-ible and "to" after the subject noun, then the past verb
    ("Canada's fourth-largest lender said net income attributable to common shareholders fell to C$1.2 billion.",
     [("net income attributable to common shareholders fell to C$1.2 billion", IND,
       "Canada's fourth-largest lender", "said")]),
    ("The insurer said profit attributable to equity holders rose 12 percent in the first half.",
     [("profit attributable to equity holders rose 12 percent in the first half", IND, "insurer", "said")]),
    ("Meridian Holdings said income available to common stockholders dropped sharply in the quarter.",
     [("income available to common stockholders dropped sharply in the quarter", IND, "Meridian Holdings", "said")]),
    ("The group said profit attributable to its owners climbed to $310 million.",
     [("profit attributable to its owners climbed to $310 million", IND, "group", "said")]),
])
def test_r42_enleftovers_attributable_subject(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: what worked stays as it was
    ("The lender said net income fell to $1.1 billion in the quarter.",
     [("net income fell to $1.1 billion in the quarter", IND, "lender", "said")]),
    ("The bank said net income attributable to shareholders was $5 million.",
     [("net income attributable to shareholders was $5 million", IND, "bank", "said")]),
    ("The bank said costs related to the merger rose to $5 million.",
     [("costs related to the merger rose to $5 million", IND, "bank", "said")]),
    # no report of a noun object after "said" without a verb
    ("The company said prayers for the victims of the crash.", []),
])
def test_r42_enleftovers_guards(text, expected):
    assert_exact(text, expected)
