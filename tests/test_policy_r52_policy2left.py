"""Round 52 (policy2left): leftovers of the second policy audit (a mosque extension, an esports scandal, a
celebrity's weight-loss interview).

* the type model's label yields to a rule that covers the token (`violations.rule_typed_tokens`): a group or
  hostile word inside an identity-attack rule hit is the attack's ("Muslims are all terrorists": «terrorists»
  was also THREAT), a group word is never PROFANITY ("These Hollywood women ...": «women»), and a run of marked
  tokens in a listed insult phrase is INSULT ("Shut up already" was also THREAT); the verdict's category too;
* a word naming a person typed THREAT with no other threat in its sentence is no span ("Damn girl, you look
  amazing!": «girl»; reported.txt [person_noun], `violations.lone_person_threats`);
* a generalisation's span stops before a subordinate clause or a new clause with its own subject ("Muslims are
  all terrorists and this extension ...", "Go back to your own country if you want ...";
  `policy_rules._ATTACK_TAIL_BREAK`);
* a wish of harm coordinated after five words ("I hope she gains it all back and chokes on a cheeseburger");
* a group shut out of a field of life or the vote ("Women shouldn't be allowed in pro leagues") and "are all
  shallow / fake / gold diggers" (identity_generalising.txt [predicate]).

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r52_policy2left(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, expected violations, expected spans): exact, and different on the base
FIXES_R52_POLICY2LEFT = [
    ("Damn girl, you look amazing!", ["PROFANITY"], [("PROFANITY", "Damn")]),
    ("These Hollywood women are all shallow and fake", ["IDENTITY_ATTACK"],
     [("IDENTITY_ATTACK", "women are all shallow and fake")]),
    ("Women are all gold diggers.", ["IDENTITY_ATTACK"], [("IDENTITY_ATTACK", "Women are all gold diggers")]),
    ("Shut up already", ["INSULT"], [("INSULT", "Shut up already")]),
    ("Muslims are all terrorists and this extension should be stopped", ["IDENTITY_ATTACK"],
     [("IDENTITY_ATTACK", "Muslims are all terrorists")]),
    ("Muslims are all terrorists and they should leave.", ["IDENTITY_ATTACK"],
     [("IDENTITY_ATTACK", "Muslims are all terrorists")]),
    ("Go back to your own country if you want to live like that.", ["IDENTITY_ATTACK"],
     [("IDENTITY_ATTACK", "Go back to your own country")]),
    ("Go back to your own country because nobody wants you.", ["IDENTITY_ATTACK"],
     [("IDENTITY_ATTACK", "Go back to your own country")]),
    ("I hope she gains it all back and chokes on a cheeseburger", ["THREAT"],
     [("THREAT", "I hope she gains it all back and chokes")]),
    ("Women shouldn't be allowed in pro leagues anyway, they can't handle the pressure", ["IDENTITY_ATTACK"],
     [("IDENTITY_ATTACK", "Women shouldn't be allowed in pro leagues anyway")]),
    ("Women shouldn't be allowed to vote.", ["IDENTITY_ATTACK"],
     [("IDENTITY_ATTACK", "Women shouldn't be allowed to vote")]),
]

# same output on the base and now
GUARDS_R52_POLICY2LEFT = [
    ("Damn girl, that dress is fire.", ["PROFANITY"], [("PROFANITY", "Damn")]),
    ("Mexicans are all lazy and stupid.", ["IDENTITY_ATTACK", "INSULT"],
     [("IDENTITY_ATTACK", "Mexicans are all lazy and stupid"), ("INSULT", "lazy"), ("INSULT", "stupid")]),
    ("Go back to your country, you filthy animal.", ["IDENTITY_ATTACK", "INSULT"],
     [("IDENTITY_ATTACK", "Go back to your country"), ("INSULT", "filthy animal")]),
    ("I hope he loses his job and dies alone.", ["THREAT"], [("THREAT", "I hope he loses his job and dies")]),
    ("Shut up, you idiot.", ["INSULT"], [("INSULT", "Shut up"), ("INSULT", "idiot")]),
    ("Those terrorists should be shot.", ["THREAT"], [("THREAT", "should be shot")]),
]

# acceptable on the base and now
CLEAN_R52_POLICY2LEFT = [
    "I hope they win the game and nobody chokes this time.",
    "I hope she gains it all back and enjoys every cheeseburger.",
    "Women should be allowed to vote.",
    "Men shouldn't be allowed in the women's locker room.",
    "Kids shouldn't be allowed in pro leagues.",
]


@pytest.mark.parametrize(("text", "violations", "spans"), FIXES_R52_POLICY2LEFT + GUARDS_R52_POLICY2LEFT)
def test_policy_r52_policy2left_spans(annotator, text, violations, spans):
    labels, got = annotate_r52_policy2left(annotator, text)
    assert labels["violations"] == violations
    assert got == spans


@pytest.mark.parametrize("text", CLEAN_R52_POLICY2LEFT)
def test_policy_r52_policy2left_clean(annotator, text):
    labels, got = annotate_r52_policy2left(annotator, text)
    assert labels["verdict"] == "acceptable"
    assert got == []
