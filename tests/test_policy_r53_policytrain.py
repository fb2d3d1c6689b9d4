"""Round 53 (policytrain): a disagreement study of the policy annotator on TRAIN toxic spans, and its one fix.

400 TRAIN posts (seed 53, lines 200 on), then all of TRAIN, were compared with their gold character spans and every
disagreement sorted into families (docs/policy.md, v9, "Round 53").

Fixed (threats_phrases.txt): a blow to a body part urged, ordered, promised or wished ("Somebody should kick him in
the balls", "Kick her in the stomach", "I'd knee him in the groin", "You need a punch in the face", "I hope he gets
kicked in the balls") is one THREAT phrase; the token model had marked the verb and the body part apart, or nothing.
The body part is required: "kick the can down the road", "a kick in the pants", reports of a blow are no threats.

Simulated on TRAIN and rejected (guards below pin the conventions kept):

* widening a marked insult to an intensifier or article before it ("so stupid", "such a loser"), to a political
  group word beside it ("liberal idiot") or over a comma/"and" between two marked words: the gold keeps single words;
* dropping mild words the raters often leave unmarked ("ignorant", "pathetic", "crap", "damn"): it gains only on
  TRAIN's posts without a majority span and loses more on posts with gold spans.

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def spans_r53_policytrain(annotator: PolicyAnnotator, text: str) -> list[tuple[str, str]]:
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, THREAT span text): the blow and its body part are one THREAT span now
FIXES_R53_BODY_BLOW = [
    ("Somebody should kick that referee in the teeth.", "Somebody should kick that referee in the teeth"),
    ("Kick him in the stomach and walk away.", "Kick him in the stomach"),
    ("I'd knee him in the groin if I met him.", "I'd knee him in the groin"),
    ("We should smack the organisers in the mouth.", "We should smack the organisers in the mouth"),
    ("That landlord needs a punch in the face.", "punch in the face"),
    ("Honestly he could use a swift kick in the head.", "swift kick in the head"),
    ("I hope the driver gets kicked in the nuts.", "I hope the driver gets kicked in the nuts"),
]

# (text, THREAT span texts): no new THREAT span (none, or the same as the base)
GUARDS_R53_BODY_BLOW = [
    ("We need to kick the can down the road on pensions.", []),
    ("The economy needs a kick in the pants.", []),
    ("Police said he tried to punch an officer in the face.", []),
    ("The striker was kicked in the face by a defender, the referee said.", []),
    ("Nobody should punch him in the face over a parking spot.", []),
    ("The ruling was a slap in the face to tenants.", []),
    ("You hit the nail on the head.", []),
]

# (text, span texts): the single insult word is the span, not its intensifier, article or "what a"
GUARDS_R53_SINGLE_WORD = [
    ("Your plan is so stupid.", ["stupid"]),
    ("The mayor is really ignorant about roads.", ["ignorant"]),
    ("Councillors are such sore losers.", ["losers"]),
    ("That was a pretty pathetic answer, Dave.", ["pathetic"]),
    ("You clowns never learn.", ["clowns"]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES_R53_BODY_BLOW)
def test_r53_policytrain_body_blow_fix(annotator: PolicyAnnotator, text: str, expected: str) -> None:
    assert expected in [t for lab, t in spans_r53_policytrain(annotator, text) if lab == "THREAT"]


@pytest.mark.parametrize(("text", "expected"), GUARDS_R53_BODY_BLOW)
def test_r53_policytrain_body_blow_guard(annotator: PolicyAnnotator, text: str, expected: list[str]) -> None:
    assert [t for lab, t in spans_r53_policytrain(annotator, text) if lab == "THREAT"] == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS_R53_SINGLE_WORD)
def test_r53_policytrain_single_word_guard(annotator: PolicyAnnotator, text: str, expected: list[str]) -> None:
    assert [t for _, t in spans_r53_policytrain(annotator, text)] == expected
