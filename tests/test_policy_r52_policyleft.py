"""Round 52 (policyleft): leftovers of the round's policy audit.

* British insult nouns called a person (insults_called.txt [noun], read by the `called` rule only):
  "You are such a muppet", "What a numpty"; an insult word runs on to such a head noun ("is a brainless
  muppet" -> «brainless muppet»). Not the mild nouns TRAIN's raters leave unmarked even of a person
  ("a hack", "a spoiled brat", "a disgrace": see insults_called.txt).
* A first-person threat's object after a determiner runs to its noun ("I will smash every one of their
  windows", "I'll destroy your career"), not the determiner alone (policy_rules.threat_objects, on the spans
  after the models read the rules' hits), nor on to an address after it ("your ass bitch").
* A comment with no span that reports a threat or a slur and condemns it is acceptable ("The mayor received
  death threats after the vote, which is disgusting"; condemned.txt, policy_rules.condemned_report): the
  verdict models had named a category from the words about the abuse.

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r52_left(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, label, span text): this span is marked now (the base marked none, or a shorter one)
FIXES_R52_LEFT = [
    ("Anyone who defends that ref is a brainless muppet.", "INSULT", "brainless muppet"),
    ("You are such a muppet.", "INSULT", "muppet"),
    ("He's a total plonker.", "INSULT", "plonker"),
    ("What a numpty.", "INSULT", "numpty"),
    ("You absolute pillock.", "INSULT", "pillock"),
    ("I swear I will smash every one of their windows.", "THREAT", "I will smash every one of their windows"),
    ("I'll destroy your career.", "THREAT", "I'll destroy your career"),
    ("We will destroy every one of you.", "THREAT", "We will destroy every one of you"),
    ("We will hunt every last one of them.", "THREAT", "We will hunt every last one of them"),
    ("I will smash your face.", "THREAT", "I will smash your face"),
    ("We will kill all the traitors.", "THREAT", "We will kill all the traitors"),
    ("Say that again and I will beat your ass bitch", "THREAT", "I will beat your ass"),  # not the address
]

# texts the base flagged (a category without a span) that are acceptable now: abuse reported and condemned
FIXES_R52_LEFT_CLEAN = [
    "The mayor received death threats after the vote, which is disgusting.",
    'Someone called them "invaders" at the meeting, and that language is hateful.',
    "A man shouted racial slurs at the bus driver, absolutely appalling.",
    "My sister got rape threats online for her article, and it's sickening.",
]

# (text, label, span text): marked on both
GUARDS_R52_LEFT = [
    ("The linesman is a useless prat.", "INSULT", "useless prat"),
    ("I will kill you tomorrow.", "THREAT", "I will kill you"),
    ("I will break your legs and your arms.", "THREAT", "I will break your legs"),
    ("You deserve the death threats you get, you disgusting pig.", "INSULT", "disgusting pig"),
    ("The slurs were deserved, you disgusting creep.", "INSULT", "disgusting creep"),
    ("Someone called them \"invaders\" and they are right, these people are animals.", "IDENTITY_ATTACK", "animals"),
]

# acceptable on both: no insult of a person, no threat, a report without condemnation is no verdict either
GUARDS_R52_LEFT_CLEAN = [
    "The plan is a disgrace.",
    "Someone posted a hack of the council's website.",
    "You sound like a doctor.",
    "The Muppets is a great show.",
    "I watched the Muppets with my kids.",
    "I would never smash their windows.",
    "The mayor received death threats after the vote.",
    "Threats against council staff are never okay.",
    "It rained all weekend, typical British summer.",
]

# a verdict without a condemned report keeps its category (no span on both)
GUARDS_R52_LEFT_UNMARKED = [
    ("That decision is disgusting.", "INSULT"),
]


@pytest.mark.parametrize(("text", "label", "span"), FIXES_R52_LEFT + GUARDS_R52_LEFT)
def test_policy_r52_left_spans(annotator, text, label, span):
    labels, spans = annotate_r52_left(annotator, text)
    assert (label, span) in spans, spans
    assert labels["verdict"] == "violates_policy"


@pytest.mark.parametrize("text", FIXES_R52_LEFT_CLEAN + GUARDS_R52_LEFT_CLEAN)
def test_policy_r52_left_clean(annotator, text):
    labels, spans = annotate_r52_left(annotator, text)
    assert labels["verdict"] == "acceptable", (labels, spans)
    assert spans == []


@pytest.mark.parametrize(("text", "label"), GUARDS_R52_LEFT_UNMARKED)
def test_policy_r52_left_unmarked(annotator, text, label):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    assert ann.labels["violations"] == [label]
    assert ann.meta.get("unmarked_violation") == label
