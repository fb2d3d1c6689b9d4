"""Round 54 (poltrain): a disagreement study of the policy annotator on TRAIN toxic spans (posts 1200-1700 in
file order, then all of TRAIN), and its one fix.

Fixed (`policy_rules._flood_runs`): a run of one mark or symbol ("!!!!!!!!!!!!", "??????????", ten crying faces)
that ends a sentence of a comment with more to say is emphasis, not a SPAM flood. TRAIN's raters marked none of
the 34 such runs (the longest 42 marks); the schema's SPAM is advertising, link farms and promotional text. A
comment that is mostly the run ("wow!!!!!!!!!!!!!!!"), a run of 50 or more, and a letter run of 30 or more
stay floods.

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def spam_r54_poltrain(annotator: PolicyAnnotator, text: str) -> list[str]:
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return [text[s.start:s.end] for s in ann.spans if s.label == "SPAM"]


# emphasis after a sentence: SPAM on the base, none now
FIXES_R54_EMPHASIS_RUN = [
    "The council wants another roundabout on Main Street" + "!" * 14,
    "Who approved this budget" + "?" * 11 + " Somebody explain it to me.",
    "They raised the parking fees again" + "!" * 12 + "\nI am done with this town.",
    "Best match of the season, what a finish" + "!" * 25,
    "My nephew finally passed his driving test " + "\U0001F62D" * 10,
    "No more tax hikes" + "!" * 16 + " Vote them out in November" + "!" * 18,
]

# (text, SPAM span texts): the same on the base and now
GUARDS_R54_FLOODS = [
    ("wow" + "!" * 15, ["!" * 15]),
    ("Why" + "?" * 12, ["?" * 12]),
    ("Read this" + "!" * 60, ["!" * 60]),
    ("I love you" + "u" * 40, ["u" * 41]),
    ("Make $500 a day from home! Visit www.cash-now.biz today", ["Make $500 a day from home! Visit www.cash-now.biz today"]),
    ("They raised the parking fees again!!!", []),
    ("Well...................... that was a waste of an evening.", []),
]


@pytest.mark.parametrize("text", FIXES_R54_EMPHASIS_RUN)
def test_r54_poltrain_emphasis_run_is_no_spam(annotator: PolicyAnnotator, text: str) -> None:
    assert spam_r54_poltrain(annotator, text) == []


@pytest.mark.parametrize(("text", "expected"), GUARDS_R54_FLOODS)
def test_r54_poltrain_floods_kept(annotator: PolicyAnnotator, text: str, expected: list[str]) -> None:
    assert spam_r54_poltrain(annotator, text) == expected
