"""Round 44 (helper enleftovers): English leftovers of round 43 (inclusions in a subject, "responded saying"). Sentences
written for these tests in the style of rights-group statements and charity news (see docs/quotes.md)."""

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
    # fixes: an inclusion without commas names members, not the subject
    ("Rights groups including Amnesty International said the verdict was politically motivated.",
     [("the verdict was politically motivated", IND, "Rights groups", "Rights groups", "said")]),
    ("Several aid agencies including Oxfam and CARE warned that food stocks would run out by March.",
     [("food stocks would run out by March", IND, "Several aid agencies", "Several aid agencies", "warned")]),
    ("Twelve organisations such as Save the Children and Plan International said the cuts would cost lives.",
     [("the cuts would cost lives", IND, "Twelve organisations", "Twelve organisations", "said")]),
    # fixes: members after an inclusion between commas are members too
    ("In an open letter to the prime minister, the heads of several charities, including Shelter, Crisis, the "
     "Trussell Trust and Citizens Advice, said that families could not afford the winter.",
     [("families could not afford the winter", IND, "heads of several charities", "the heads of several charities",
       "said")]),
    ("The leaders of the main unions, including Unison, Unite, the GMB and the RCN, warned that strikes would "
     "spread to hospitals.",
     [("strikes would spread to hospitals", IND, "leaders of the main unions", "The leaders of the main unions",
       "warned")]),
    # fixes: an answering verb with a say-participle right after it gives one report, the participle's
    ("The ministry responded saying the report was outdated.",
     [("the report was outdated", IND, "ministry", "The ministry", "saying")]),
    ("The airline replied saying it had followed all safety procedures.",
     [("it had followed all safety procedures", IND, "airline", "The airline", "saying")]),
])
def test_r44_enleftovers_fixes(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # guards: inclusions that already worked, a named list, a comma before the participle, "denied saying"
    ("UN experts, including the special rapporteur on torture, said the detainees must be released.",
     [("the detainees must be released", IND, "UN experts", "UN experts", "said")]),
    ("Amnesty International and Human Rights Watch said the trial was deeply flawed.",
     [("the trial was deeply flawed", IND, "Amnesty International and Human Rights Watch",
       "Amnesty International and Human Rights Watch", "said")]),
    ("The ministry responded, saying the figures were outdated.",
     [("the figures were outdated", IND, "ministry", "The ministry", "saying")]),
    ("The minister responded by saying the report was biased.",
     [("the report was biased", IND, "minister", "The minister", "saying")]),
    ("Press freedom groups, including the Committee to Protect Journalists and PEN America, said the arrests were "
     "meant to intimidate reporters.",
     [("the arrests were meant to intimidate reporters", IND, "Press freedom groups", "Press freedom groups",
       "said")]),
])
def test_r44_enleftovers_guards(text, expected):
    assert _got(text) == expected
