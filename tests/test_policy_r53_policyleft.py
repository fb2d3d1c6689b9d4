"""Round 53 (policyleft): leftovers of the round-53 comment-section audit (policyaudit).

* A word of contempt said of a statement, speech, decision or policy is criticism of a thing, not an insult to a
  person ("What a pathetic resignation speech", "The minister's statement was cowardly and pathetic"): `names.txt
  [sense]`; said of a person, or of an "attempt"/"response"/"comment" (TRAIN's raters mark those about half the
  time), it keeps its span.
* A factual or supportive statement about a group is no identity attack (`identity_generalising.txt [defended]`):
  higher rates of bullying, facing discrimination, underrepresented, deserving justice or equal rights ("Gay and
  bisexual pupils report higher rates of bullying", "Black families deserve justice"); a group adjective before a
  noun for people counts as the group ("Gay teens").
* Span details: a threat's object runs on from a modifier to its plural noun ("String up the lying journalists"),
  and new top-level domains are links ("flirtzone.club").

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r53_left(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# acceptable now (the base flagged each one)
FIXES_R53_LEFT_ACCEPTABLE = [
    "What a pathetic resignation speech from the council leader.",
    "The minister's statement last night was cowardly and pathetic.",
    "Gay and bisexual pupils report higher rates of bullying than their classmates.",
    "Black families deserve justice after what happened.",
    "Gay teens are more likely to be bullied at school.",
]

# (text, label, span text): this span is marked now (the base marked another one, or none)
FIXES_R53_LEFT_SPANS = [
    ("String up the lying journalists.", "THREAT", "String up the lying journalists"),
    ("We should hang the thieving bankers.", "THREAT", "hang the thieving bankers"),
    ("Shoot the corrupt politicians.", "THREAT", "Shoot the corrupt politicians"),
    ("Lonely tonight? Sign up free at flirtzone.club and meet singles near you", "SPAM",
     "Sign up free at flirtzone.club and meet singles near you"),
    ("Earn from home, sign up free at quickcash.online", "SPAM", "Earn from home, sign up free at quickcash.online"),
]

# (text, violations that must stay, a span text that must stay or None)
GUARDS_R53_LEFT = [
    ("The council leader is pathetic and cowardly.", "INSULT", "pathetic and cowardly"),
    ("What a pathetic excuse for a councillor.", "INSULT", "pathetic"),
    ("His pathetic attempt to dodge the question says it all.", "INSULT", "pathetic"),
    ("Muslims deserve to be deported.", "IDENTITY_ATTACK", "Muslims deserve to be deported"),
    ("Gays deserve what they get.", "IDENTITY_ATTACK", None),
    ("Gay men have higher rates of disease.", "IDENTITY_ATTACK", None),
    ("Mexicans are rapists and thieves.", "IDENTITY_ATTACK", None),
    ("Muslims are a disease.", "IDENTITY_ATTACK", "Muslims are a disease"),
    ("Shoot the messenger.", "THREAT", "Shoot the messenger"),
    ("Hang the traitors.", "THREAT", "Hang the traitors"),
]

# acceptable before and after
GUARDS_R53_LEFT_ACCEPTABLE = [
    "A disgraceful decision by the planning committee.",
    "Muslims face discrimination at airports every week.",
    "Women are underrepresented on the board.",
    "Jews deserve the same protection as anyone else.",
    "Immigrants are more likely to be victims of crime than perpetrators.",
    "I read it on the club's website, good article.",
    "The election result is online.",
]


@pytest.mark.parametrize("text", FIXES_R53_LEFT_ACCEPTABLE)
def test_policy_r53_left_fix_acceptable(annotator, text):
    labels, spans = annotate_r53_left(annotator, text)
    assert labels["verdict"] == "acceptable", (labels, spans)
    assert spans == []


@pytest.mark.parametrize("text,label,span", FIXES_R53_LEFT_SPANS)
def test_policy_r53_left_fix_spans(annotator, text, label, span):
    labels, spans = annotate_r53_left(annotator, text)
    assert (label, span) in spans, spans
    assert label in labels["violations"]


@pytest.mark.parametrize("text,label,span", GUARDS_R53_LEFT)
def test_policy_r53_left_guard(annotator, text, label, span):
    labels, spans = annotate_r53_left(annotator, text)
    assert label in labels["violations"], (labels, spans)
    if span is not None:
        assert (label, span) in spans, spans


@pytest.mark.parametrize("text", GUARDS_R53_LEFT_ACCEPTABLE)
def test_policy_r53_left_guard_acceptable(annotator, text):
    labels, spans = annotate_r53_left(annotator, text)
    assert labels["verdict"] == "acceptable", (labels, spans)
