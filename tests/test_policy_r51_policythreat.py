"""Round 51 (policythreat): threat shapes no pattern matched.

* Double negation: "Don't think I won't hurt you", "Don't make me come over there and hurt you" (the
  negation opens the phrase, so it does not cancel it). Not "Don't think I won't help you", "I won't
  hurt you", "Don't make me laugh".
* Nothing stops the threat: "Nobody will stop me from shooting you". Not "Nothing will stop me from
  voting", "Nothing will stop me from finding her".
* Mutilation ordered at a sentence opening ("Cut off that creep's hands") and first-person annihilation
  ("we will wipe them off the map"), the two general shapes of TRAIN's missed THREAT spans whose
  matches on even post ids were all THREAT gold. Not "Cut off the head of the snake", "Israel wants to
  wipe them off the map".

Sentences are written for these tests. FIXES fail against the base sources (37a814a) and pass now;
GUARDS pass on both.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator():
    return PolicyAnnotator()


def threat_spans(annotator, text: str) -> tuple[list[str], list[str]]:
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return [text[s.start : s.end] for s in ann.spans if s.label == "THREAT"], ann.labels["violations"]


# (comment, the THREAT span it must have)
FIXES = [
    ("Don't think I won't hurt you.", "Don't think I won't hurt you"),
    ("Don't think we won't find you.", "Don't think we won't find you"),
    ("Do not think for a second that I won't come for you.", "Do not think for a second that I won't come for you"),
    ("Never believe we wouldn't break your legs.", "Never believe we wouldn't break your legs"),
    ("Don't make me come over there and hurt you.", "Don't make me come over there and hurt you"),
    ("Don't make us hunt you down.", "Don't make us hunt you down"),
    ("Nobody will stop me from shooting you.", "Nobody will stop me from shooting you"),
    ("Nothing will stop me from killing him.", "Nothing will stop me from killing him"),
    ("No cop is going to stop us from hunting them down.", "No cop is going to stop us from hunting them down"),
    ("Cut off that creep's hands.", "Cut off that creep's hands"),
    ("They steal. So just chop off their hands!", "chop off their hands"),
    ("If they attack, we will wipe them off the map.", "we will wipe them off the map"),
    ("We'll blow you off the face of the earth.", "We'll blow you off the face of the earth"),
]

# comments with no THREAT span nor THREAT violation
GUARDS = [
    "Don't think I won't help you.",
    "Don't think I won't call you tomorrow.",
    "I won't hurt you.",
    "Don't worry, nobody will hurt you.",
    "Don't make me laugh.",
    "Nothing will stop me from voting.",
    "Nobody can stop me from leaving.",
    "Nothing will stop me from finding her.",
    "Nobody can stop me from killing time.",
    "Cut off the head of the snake.",
    "Cut off their funding.",
    "Israel wants to wipe them off the map.",
]


@pytest.mark.parametrize(("text", "want"), FIXES)
def test_policy_r51_policythreat_fixes(annotator, text, want):
    got, violations = threat_spans(annotator, text)
    assert want in got, (text, got)
    assert "THREAT" in violations


@pytest.mark.parametrize("text", GUARDS)
def test_policy_r51_policythreat_guards(annotator, text):
    got, violations = threat_spans(annotator, text)
    assert got == [], (text, got)
    assert "THREAT" not in violations, (text, violations)
