"""Round 44 (enaviation): English transport, aviation, accident-investigation and automotive news; sentences written
for these tests (see docs/quotes.md)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got_enaviation(text):
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
    # fixes: "that" + a time noun after an act's noun is a demonstrative, no complementizer (the content began at the
    # time noun: "morning about the smell of smoke")
    ("A flight attendant said several passengers had voiced concerns that morning about the smell of smoke.",
     [("several passengers had voiced concerns that morning about the smell of smoke", IND, "flight attendant",
       "A flight attendant", "said")]),
    ("Residents near the airport expressed fears that week about low-flying jets.", []),
    ("Pilots voiced concerns that day about the new software.",
     [("Pilots voiced concerns that day about the new software", IND, "Pilots", "Pilots", "voiced")]),
    # fixes: a recording's passive of perception before the gerund cue: its subject speaks (no speaker before)
    ('"Tower, we have a problem," the captain can be heard saying on the recording.',
     [("Tower, we have a problem,", DIR, "captain", "the captain", "saying")]),
    ('"Hold short of runway two-two," a controller could be heard telling the pilots.',
     [("Hold short of runway two-two,", DIR, "controller", "a controller", "telling")]),
    ('"We\'re losing altitude," the co-pilot is heard saying in the cockpit audio.',
     [("We're losing altitude,", DIR, "co-pilot", "the co-pilot", "saying")]),
    # fixes: a report or a probe "into" the event: the event is no source (nothing was found, or the event spoke)
    ("A report by investigators into the derailment found that the brakes had not been inspected.",
     [("the brakes had not been inspected", IND, "report by investigators into the derailment",
       "A report by investigators into the derailment", "found")]),
    ("An interim report from the board into the derailment said the brakes had been checked.",
     [("the brakes had been checked", IND, "interim report from the board into the derailment",
       "An interim report from the board into the derailment", "said")]),
])
def test_r44_enaviation_fixes(text, expected):
    assert _got_enaviation(text) == expected


@pytest.mark.parametrize("text,expected", [
    # guards: a real "that" clause after the act's noun; a gerund cue after "be" and after "keep"; a report "by" the
    # agency; people "into" nothing; "seen" with no speech
    ("The passengers expressed concerns that the flight had been delayed for hours.",
     [("the flight had been delayed for hours", IND, "passengers", "The passengers", "expressed")]),
    ("The pilot can be heard saying that the left engine had failed.",
     [("the left engine had failed", IND, "pilot", "The pilot", "saying")]),
    ('"We are turning back," the pilot said, according to a transcript.',
     [("We are turning back,", DIR, "pilot", "the pilot", "said")]),
    ("A preliminary report by the NTSB said the engine lost power shortly after takeoff.",
     [("the engine lost power shortly after takeoff", IND, "preliminary report by the NTSB",
       "A preliminary report by the NTSB", "said")]),
    ("Investigators into the crash said the wreckage was spread over a mile.",
     [("the wreckage was spread over a mile", IND, "Investigators", "Investigators", "said")]),
    ("The mechanic was seen leaving the hangar shortly before takeoff.", []),
    ('"It was terrifying," one passenger told CNN.',
     [("It was terrifying,", DIR, "one passenger", "one passenger", "told")]),
])
def test_r44_enaviation_guards(text, expected):
    assert _got_enaviation(text) == expected
