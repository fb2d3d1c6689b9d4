"""Round 50 (policyleft): leftovers of the threat rules and false positives on clean text.

* The older THREAT patterns (data/policy/threats.txt) get the negation check of the round-49 threat
  phrases ("No one should be shot"), and both skip a quotation attributed with a speech verb ('he
  said, "I'll put a bullet in her"'); the token model's THREAT words are no span in the same shapes
  ("We will never kill them", '"I will kill you," he told her').
* The `you are a <insult>` rule: a possessive 's ("one man's trash is ...") is not "is", and words
  that as readily describe things (insults_called.txt [thing]: "trash") need a person as subject.
* A listed word in a phrase of its harmless sense is blanked (names.txt [sense]: "Maine coon",
  "chinks in their armor", "20 fags", "tranny fluid", "Negro Leagues", "pussy willow").
* A group word and a hostile word with a clause break between them are not one identity attack
  ("mock Christianity, embrace perversion").

Sentences are written for these tests. FIXES fail against the base sources (ce19edd) and pass now;
GUARDS pass on both.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.policy_rules import lexicon_hits
from spanbank.annotators.policy_text import tokens
from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator():
    return PolicyAnnotator()


def annotate(annotator, text: str):
    return annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))


# (comment, label, a span of that label it must have; None: no span of that label, and for THREAT and
# IDENTITY_ATTACK the label not among the violations either; "": no span of that label)
FIXES = [
    # older threat patterns, now negated like the phrases
    ("No one should be shot.", "THREAT", None),
    ("No one is going to be killed over a parking spot.", "THREAT", None),
    ("Nobody wants to put a bullet in him.", "THREAT", None),
    # the token model's threat word under a negation (a span; the verdict's category may stay)
    ("We will never kill them.", "THREAT", ""),
    # someone else's threat, quoted with a speech verb
    ('The caller said, "somebody ought to put a bullet in his head," the sheriff said.', "THREAT", None),
    ('"I will kill you," he told her.', "THREAT", ""),
    # an insult word of things said of a thing, a possessive
    ("One man's trash is another man's treasure.", "INSULT", None),
    ("That old man's trash can is full.", "INSULT", None),
    # harmless senses of listed words
    ("My cat is a Maine coon.", "IDENTITY_ATTACK", None),
    ("Too many chinks in their armor this season.", "IDENTITY_ATTACK", None),
    ("I only bought 20 fags this week.", "IDENTITY_ATTACK", None),
    ("Need to change the tranny fluid on my truck.", "IDENTITY_ATTACK", None),
    ("He played ball in the Negro Leagues.", "IDENTITY_ATTACK", None),
    ("Stop pussy footing around and decide.", "PROFANITY", None),
]

GUARDS = [
    ("Someone should shoot him.", "THREAT", "Someone should shoot him"),
    ("They should be shot.", "THREAT", "should be shot"),
    ("I will kill you.", "THREAT", "I will kill you"),
    ("I hope he dies.", "THREAT", "I hope he dies"),
    ("Nobody will stop me, I will kill you.", "THREAT", "I will kill you"),
    ('I say "someone should shoot him".', "THREAT", "someone should shoot him"),
    ("Nobody should be hurt over this.", "THREAT", None),
    ("No one deserves to die like that.", "THREAT", None),
    ("I would never hit anyone.", "THREAT", None),
    ("I would never kill you.", "THREAT", ""),
    ("He's trash.", "INSULT", "trash"),
    ("You look like trash.", "INSULT", "trash"),
    ("Chris is an idiot.", "INSULT", "idiot"),
    ("You coon.", "IDENTITY_ATTACK", "coon"),
    ("Go away you fags.", "IDENTITY_ATTACK", "fags"),
    ("Muslims are terrorists.", "IDENTITY_ATTACK", "Muslims are terrorists"),
]


def check(annotator, text: str, label: str, want: str | None) -> None:
    ann = annotate(annotator, text)
    got = [text[s.start : s.end] for s in ann.spans if s.label == label]
    if not want:
        assert got == [], (text, got)
        if want is None and label in ("THREAT", "IDENTITY_ATTACK"):
            assert label not in ann.labels["violations"], (text, ann.labels["violations"])
    else:
        assert want in got, (text, got)


@pytest.mark.parametrize(("text", "label", "want"), FIXES)
def test_policy_r50_policyleft_fixes(annotator, text, label, want):
    check(annotator, text, label, want)


@pytest.mark.parametrize(("text", "label", "want"), GUARDS)
def test_policy_r50_policyleft_guards(annotator, text, label, want):
    check(annotator, text, label, want)


# the `called` rule itself: (comment, insult words it marks)
CALLED_FIXES = [
    ("This weather is trash.", []),
    ("Their music is trash and so is the video.", []),
    ("The man's clown costume was great.", []),
    ("That old man's trash can is full.", []),
]
CALLED_GUARDS = [
    ("Those guys are trash.", ["trash"]),
    ("He's trash.", ["trash"]),
    ("You can act like trash all you want.", ["trash"]),
    ("Trump's stupid.", ["stupid"]),
    ("Chris is an idiot.", ["idiot"]),
]


@pytest.mark.parametrize(("text", "want"), CALLED_FIXES + CALLED_GUARDS)
def test_policy_r50_policyleft_called(text, want):
    got = [text[h.start : h.end] for h in lexicon_hits(text, tokens(text)) if h.rule == "called"]
    assert got == want
