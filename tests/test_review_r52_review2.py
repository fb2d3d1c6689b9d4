"""Round 52 review (review2) of the round's later claims and policy rules. All sentences written for this test.

* claims (`claims_lines._plain_attribution`): an attribution with a semicolon or a colon in it carries a clause of
  its own ('"We are proud of this team," Okafor said; unemployment in the county doubled last year.'), yet only the
  quoted words were scored, so the whole sentence lost its claim.
* policy (`policy_rules.work_titles`): a work word of names.txt [work] used as a verb after a subject pronoun, a
  modal or "to" ('They show "Death To All Muslims" on their banners') made a Title Case chant a work's title, and
  every span in it was blanked.
* policy (names.txt, calling oneself names): "I am a moron like you" compares the writer with the one addressed;
  it is no self-deprecation (the insult was blanked).
"""

from __future__ import annotations

import pytest

from spanbank.annotators.claims import ClaimAnnotator
from spanbank.annotators.claims_lines import quoted_content
from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def policy_r52_review2() -> PolicyAnnotator:
    return PolicyAnnotator()


@pytest.fixture(scope="module")
def claims_r52_review2() -> ClaimAnnotator:
    return ClaimAnnotator()


def policy_spans_r52_review2(annotator: PolicyAnnotator, text: str) -> list[tuple[str, str]]:
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return [(s.label, text[s.start:s.end]) for s in ann.spans]


def claim_count_r52_review2(annotator: ClaimAnnotator, text: str) -> int:
    return len(annotator.annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"})).spans)


# (sentence, quoted content or None)
QUOTED_FIXES_R52_REVIEW2 = [
    ('"We are proud of this team," Okafor said; unemployment in the county doubled last year.', None),
    ('"We love this town," the mayor said: the state cut school funding sharply last year.', None),
    ('Jobs fell; Okafor said: "We are proud of this team."', None),
]
QUOTED_GUARDS_R52_REVIEW2 = [
    ('"This is a responsible budget for difficult times," Mayor Okafor said after the vote.',
     "This is a responsible budget for difficult times."),
    ('Okafor said: "We will win this fight."', "We will win this fight."),
    ('"We will win," said Okafor, but the council voted.', None),
    ('Unemployment in the county doubled; Okafor said: "We are proud of this team."', None),
]


@pytest.mark.parametrize("sentence,content", QUOTED_FIXES_R52_REVIEW2 + QUOTED_GUARDS_R52_REVIEW2)
def test_quoted_content_r52_review2(sentence: str, content: str | None) -> None:
    assert quoted_content(sentence) == content


def test_claim_with_clause_after_attribution_r52_review2(claims_r52_review2: ClaimAnnotator) -> None:
    text = '"We are proud of this team," Okafor said; unemployment in the county doubled last year.'
    assert claim_count_r52_review2(claims_r52_review2, text) == 1


# (comment, a (label, span text) pair that must be marked)
POLICY_FIXES_R52_REVIEW2 = [
    ('They show "Death To All Muslims" on their banners.', ("IDENTITY_ATTACK", "Muslims")),
    ("I am a moron like you", ("INSULT", "moron")),
]
# comments with no span
POLICY_GUARDS_R52_REVIEW2 = [
    'Her song "I Will Kill You With Kindness" is great',
    'They will play the song "Kill The Traitors" again',
    'the film "Kill Bill" is a classic',
    "I'm such an idiot, I missed it",
    "I'm such an idiot like always",
]


@pytest.mark.parametrize("text,span", POLICY_FIXES_R52_REVIEW2)
def test_policy_fixes_r52_review2(policy_r52_review2: PolicyAnnotator, text: str, span: tuple[str, str]) -> None:
    assert span in policy_spans_r52_review2(policy_r52_review2, text)


@pytest.mark.parametrize("text", POLICY_GUARDS_R52_REVIEW2)
def test_policy_guards_r52_review2(policy_r52_review2: PolicyAnnotator, text: str) -> None:
    assert policy_spans_r52_review2(policy_r52_review2, text) == []
