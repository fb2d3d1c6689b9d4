"""Round 53 (found by review1 at the merge): two threat phrases of the round-53 comment audit fired on harmless
requests.

* Stalking urged on someone needs where the person lives or sleeps, or where they work *and* a visit; a harmless
  errand after "and" ends it ("Someone should find out where the manager works and ask her for a refund" was a
  THREAT).
* Arson or bombing of a building needs the building itself, not a compound noun it starts ("Somebody should bomb the
  school board office with complaints" was a THREAT on «bomb the school»).

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def threat_spans(annotator: PolicyAnnotator, text: str) -> list[str]:
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return [text[s.start:s.end] for s in ann.spans if s.label == "THREAT"]


FIXES = [  # no THREAT now (the base marked each one)
    "Someone should find out where the manager works and ask her for a refund.",
    "Somebody should find out where he lives and send him a thank-you card.",
    "Somebody should bomb the school board office with complaints.",
    "You should bomb the hotel manager with complaints until they refund you.",
    "People should torch the school district budget at the next meeting.",
]

GUARDS = [  # still a THREAT
    ("Somebody needs to find out where that judge lives and pay him a visit.",
     "Somebody needs to find out where that judge lives and pay him a visit"),
    ("Someone should find out where he lives.", "Someone should find out where he lives"),
    ("Someone should find out where she works and pay her a little visit.",
     "Someone should find out where she works and pay her a little visit"),
    ("Someone should torch that school.", "Someone should torch that school"),
    ("Somebody should bomb the clinic.", "Somebody should bomb the clinic"),
]


@pytest.mark.parametrize("text", FIXES)
def test_policy_r53_merge_no_threat(annotator: PolicyAnnotator, text: str) -> None:
    assert threat_spans(annotator, text) == []


@pytest.mark.parametrize("text,span", GUARDS)
def test_policy_r53_merge_threat_kept(annotator: PolicyAnnotator, text: str, span: str) -> None:
    assert span in threat_spans(annotator, text)
