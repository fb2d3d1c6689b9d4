"""Round 51 (policyleft): negation scope of threats, defended groups, protective "never be <hostile>".

* A threat with a pronoun subject is negated only from that subject on: a negation before it belongs
  to another verb ("Never forget that I will kill you", "I'm not joking I will kill you" are threats),
  unless that verb says or means the threat (reported.txt [denied_report]: "I never said I would kill
  him", "I don't think he deserves to die" are not). Subjects other than a pronoun keep the clause-wide
  check ("Nobody I know deserves to die").
* A group noun with a negated copula and a hostile noun or adjective defends the group
  (identity_generalising.txt [defended]: "Muslims are not terrorists"): the token model's
  IDENTITY_ATTACK / INSULT / THREAT words there are no spans. Not "not just criminals", "not human".
* A normative "never be <hostile word>" after a group is a protection (identity_generalising.txt
  [protective]: "Immigrants should never be deported without a hearing"); "should all be deported"
  stays an attack.

Sentences are written for these tests. FIXES fail against the base sources (47b4811) and pass now;
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
    # a negation of another verb before the threat's subject does not deny it
    ("Never forget that I will kill you.", "THREAT", "I will kill you"),
    ("Don't forget I will find you.", "THREAT", "I will find you"),
    ("I'm not joking I will kill you.", "THREAT", "I will kill you"),
    ("Mark my words and never doubt that we will hang them.", "THREAT", "we will hang them"),
    # a group defended: negated copula + hostile noun
    ("Muslims are not terrorists.", "IDENTITY_ATTACK", ""),
    ("Mexicans are not criminals.", "INSULT", ""),
    ("Mexicans are not criminals.", "IDENTITY_ATTACK", ""),
    ("Jews aren't animals.", "IDENTITY_ATTACK", ""),
    ("Jews aren't animals.", "THREAT", ""),
    ("Christians are not stupid.", "INSULT", ""),
    # a group protected: "never be <hostile>"
    ("Immigrants should never be deported without a hearing.", "IDENTITY_ATTACK", ""),
]

GUARDS = [
    ("I will kill you.", "THREAT", "I will kill you"),
    ("No one can stop me, I will kill you.", "THREAT", "I will kill you"),
    # denied or reported, in the threat's own clause or by a verb of saying or meaning
    ("I never said I would kill him.", "THREAT", ""),
    ("I would never hurt anyone.", "THREAT", None),
    ("I would never punch him.", "THREAT", ""),
    ("I don't think he deserves to die.", "THREAT", None),
    ("He does not deserve to die.", "THREAT", None),
    ("Nobody I know deserves to die.", "THREAT", None),
    ("Nobody deserves to die.", "THREAT", None),
    ("No one should be shot.", "THREAT", None),
    ("I'm not saying he should be shot.", "THREAT", None),
    ("No one is saying they should be hanged.", "THREAT", None),
    # attacks stay
    ("Muslims are terrorists.", "IDENTITY_ATTACK", "Muslims are terrorists"),
    ("Muslims are not human.", "IDENTITY_ATTACK", "Muslims are not human"),
    ("Mexicans are not just criminals, they are rapists.", "IDENTITY_ATTACK", "rapists"),
    ("Immigrants should all be deported.", "IDENTITY_ATTACK", "Immigrants should all be deported"),
    ("Immigrants should be deported.", "IDENTITY_ATTACK", "Immigrants should be deported"),
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
def test_policy_r51_policyleft_fixes(annotator, text, label, want):
    check(annotator, text, label, want)


@pytest.mark.parametrize(("text", "label", "want"), GUARDS)
def test_policy_r51_policyleft_guards(annotator, text, label, want):
    check(annotator, text, label, want)


# the group+hostile rule itself: (comment, spans it marks)
RULE_FIXES = [
    ("Immigrants should never be deported without a hearing.", []),
    ("Refugees should never ever be deported to a war zone.", []),
]
RULE_GUARDS = [
    ("Immigrants should all be deported.", ["Immigrants should all be deported"]),
    ("Refugees must be deported now.", ["Refugees must be deported"]),
    ("Muslims are not terrorists.", []),
    # "never" before a word that is no listed hostile one is not protective ("never be allowed", "never
    # have been let in" exclude)
    ("Muslims should never be allowed to invade us.", ["Muslims should never be allowed to invade"]),
    ("Refugees should never have been let in to breed here.", ["Refugees should never have been let in to breed"]),
]


@pytest.mark.parametrize(("text", "want"), RULE_FIXES + RULE_GUARDS)
def test_policy_r51_policyleft_group_hostile(text, want):
    got = [text[h.start : h.end] for h in lexicon_hits(text, tokens(text)) if h.rule == "group+hostile"]
    assert got == want
