"""Round 49 (policyidentity): IDENTITY_ATTACK without a slur or a listed hostile word, by a group
noun with a generalising hostile predicate (policy_rules.generalising_hits, lists in
data/policy/identity_generalising.txt), and negation guards. All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def attack_spans(annotator: PolicyAnnotator, text: str) -> list[str]:
    ann = annotator.annotate(Document(id="t/a#c1", kind="comment", text=text, article_id="t/a", position=1))
    return [s.text for s in ann.spans if s.label == "IDENTITY_ATTACK"]


# (comment, a phrase the IDENTITY_ATTACK span must contain); each failed before this round
FIXES = [
    # a hostile act with the group as its object, no hostile word listed
    ("You could just expel the Muslims as well.", "expel the Muslims"),
    # "too <adjective> to" said of a whole gender
    ("Honestly, women are too emotional to run a company.", "women are too emotional"),
    # telling someone to leave the country: no group word needed
    ("If you hate it here so much, go back to your own country.", "go back to your own country"),
    # a plural demonym not in identity.txt with a modal of removal
    ("Somalis should all be deported.", "Somalis should all be deported"),
    # "these people" after a group was named, with a dehumanising verb
    ("More Pakistanis moved into town. These people breed like rabbits.", "These people breed like"),
    # quantified generalisation with a non-listed predicate
    ("Let me be honest: Haitians are all lazy.", "Haitians are all lazy"),
    # takeover / trust predicates
    ("Refugees are slowly taking over every town in the province.", "Refugees are slowly taking over"),
    ("Jews can't be trusted with money.", "Jews can't be trusted"),
    ("Women have no place in the military.", "Women have no place"),
]

# (comment, a phrase no IDENTITY_ATTACK span may contain): neutral or positive statements
GUARDS = [
    ("Muslims are a minority in Texas.", "minority"),
    ("Mexicans voted in record numbers this fall.", "voted"),
    ("Immigrants should be welcomed and helped.", "welcomed"),
    ("Refugees want to return home once the war is over.", "return home"),
    ("The court struck down the ban on Muslims entering the country.", "ban on Muslims"),
    ("Syrians are resilient people who rebuilt their city.", "resilient"),
    ("Koreans should be proud of their athletes.", "proud"),
    ("Those people at the town hall meeting were loud.", "loud"),
    ("Women are underrepresented on corporate boards.", "underrepresented"),
    # a policy reported, not wished; particular men, not the gender
    ("The plan would ban immigrants from receiving benefits.", "ban immigrants"),
    ("The men should be locked up for what they did.", "locked up"),
    ("Women are a threat to nobody.", "threat"),
]

# a negation between the group and a listed hostile word: no longer an attack (base marked these)
NEGATED = [
    ("Muslims are not terrorists, they are neighbours.", "terrorists"),
    ("Immigrants aren't invaders.", "invaders"),
]


@pytest.mark.parametrize(("text", "phrase"), FIXES)
def test_generalising_attack_found(annotator, text, phrase):
    assert any(phrase in s for s in attack_spans(annotator, text)), attack_spans(annotator, text)


@pytest.mark.parametrize(("text", "phrase"), GUARDS)
def test_neutral_statement_not_attack(annotator, text, phrase):
    assert not any(phrase in s for s in attack_spans(annotator, text)), attack_spans(annotator, text)


@pytest.mark.parametrize(("text", "phrase"), NEGATED)
def test_negated_generalisation_not_attack(annotator, text, phrase):
    assert not any(phrase in s for s in attack_spans(annotator, text)), attack_spans(annotator, text)
