"""Round 53 (policy2left): leftovers of the round-53 comment audit policyaudit2.

* A word of praise right after a swear word used as an intensifier is no insult ("The camera is effing incredible":
  the type model marked «incredible» INSULT beside the marked «effing»; TRAIN's raters mark "incredible" 0 of 20
  times); not before an insult word ("an effing incredible idiot").
* A gendered claim of incompetence is an identity attack (`identity_generalising.txt`): "Typical woman driver",
  "typical female logic", "Women can't drive", "Women are terrible drivers"; not a law or a condition ("Women can't
  drive in Saudi Arabia until 2018", "can't drive for six weeks after surgery"), a possessive ("a typical woman's
  day") or a statistic ("The typical woman driver pays less").

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r53_p2left(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, sorted((s.label, text[s.start:s.end]) for s in ann.spans)


# (text, exact spans); each failed on the base
FIXES_R53_P2LEFT = [
    ("The camera is effing incredible in low light.", [("PROFANITY", "effing")]),
    ("Her voice is effing incredible.", [("PROFANITY", "effing")]),
    ("The view from the top is effing incredible.", [("PROFANITY", "effing")]),
    ("Typical woman driver, should never have been given a licence.", [("IDENTITY_ATTACK", "Typical woman driver")]),
    ("Typical female logic, no idea what she wants.", [("IDENTITY_ATTACK", "Typical female logic")]),
    ("Women can't drive.", [("IDENTITY_ATTACK", "Women can't drive")]),
    ("Women are terrible drivers, always have been.", [("IDENTITY_ATTACK", "Women are terrible drivers")]),
    ("Women can't even park, let alone drive.", [("IDENTITY_ATTACK", "Women can't even park")]),
]

# (text, exact spans); the same on the base
GUARDS_R53_P2LEFT = [
    ("You are an effing incredible idiot.", [("INSULT", "incredible idiot"), ("PROFANITY", "effing")]),
    ("The service was effing terrible.", [("INSULT", "terrible"), ("PROFANITY", "effing")]),
    ("Honestly the food here is f***ing amazing.", [("PROFANITY", "f***ing")]),
    ("The camera is incredible in low light.", []),
    ("He is a stupid Muslim idiot.", [("IDENTITY_ATTACK", "Muslim"), ("INSULT", "idiot"), ("INSULT", "stupid")]),
    ("It was a typical woman's day in the lab.", []),
    ("The typical woman driver pays less for insurance.", []),
    ("Women can't drive in Saudi Arabia until 2018.", []),
    ("Men can't drive for six weeks after this surgery.", []),
    ("What a typical Tuesday, the train was late again.", []),
]


@pytest.mark.parametrize(("text", "spans"), FIXES_R53_P2LEFT)
def test_policy_r53_p2left_fixes(annotator, text, spans):
    assert annotate_r53_p2left(annotator, text)[1] == sorted(spans)


@pytest.mark.parametrize(("text", "spans"), GUARDS_R53_P2LEFT)
def test_policy_r53_p2left_guards(annotator, text, spans):
    labels, got = annotate_r53_p2left(annotator, text)
    assert got == sorted(spans)
    if not spans:
        assert labels["verdict"] == "acceptable"
