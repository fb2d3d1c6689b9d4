"""Round 49 (policynews): false positives of the comment-policy annotator on clean news prose.

FIXES: clean text the base annotator flagged; each now comes out `acceptable` with no span
(every row fails on the base sources). GUARDS: real violations that must keep their label, and
near misses of the fixes (the same word used as an insult, a wish instead of a report, a threat
said by the commenter). Sentences written for this file.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document

FIXES = [
    # a profane word written as a name: Title case next to another name or an initial
    "Senator Dick Durbin said on Tuesday that the vote would be delayed.",
    "Dick Cheney was vice president for eight years.",
    "She reread Moby Dick on the train.",
    "Philip K. Dick wrote the novel in 1968.",
    # a name form that begins like a profanity
    "The Fukushima plant was shut down after the earthquake.",
    # an embedded tweet's attribution line: a group word in a handle's name, no content
    "\u2014 The Mexican Embassy (@EmbaMex) June 4, 2019",
    # a proper name holding a group word
    "The Black Friday rush began before dawn.",
    "Historians still argue about how the Black Death spread through the ports.",
    # violence reported, not threatened
    "Both illnesses are linked to the Black Death, a pandemic that killed an estimated 25 million people.",
    "A local man pleaded guilty on Friday to threatening to kill a county judge, prosecutors said.",
]

GUARDS = [
    # (text, label that must be among the violations)
    ("Dick, you are a moron", "INSULT"),
    ("Dick is a moron.", "PROFANITY"),
    ("What A Dick Move", "PROFANITY"),
    ("you're a Dick Head", "PROFANITY"),
    ("Dick Cheney is a dick.", "PROFANITY"),
    ("I will kill you", "THREAT"),
    ("I threaten to kill you", "THREAT"),
    ("He threatened to kill you", "THREAT"),
    ("Hopefully some liberals were killed!!!", "THREAT"),
    ("They should be killed.", "THREAT"),
    ("Muslims should all be deported", "IDENTITY_ATTACK"),
    ("Black people are filth.", "IDENTITY_ATTACK"),
]


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def run(annotator: PolicyAnnotator, text: str):
    return annotator.annotate(Document(id="t#c1", kind="comment", text=text, meta={"lang": "en"}))


@pytest.mark.parametrize("text", FIXES)
def test_policy_r49_policynews_fix(annotator: PolicyAnnotator, text: str) -> None:
    ann = run(annotator, text)
    assert ann.labels["verdict"] == "acceptable", (ann.labels, [(s.label, text[s.start : s.end]) for s in ann.spans])
    assert ann.spans == []


@pytest.mark.parametrize(("text", "label"), GUARDS)
def test_policy_r49_policynews_guard(annotator: PolicyAnnotator, text: str, label: str) -> None:
    ann = run(annotator, text)
    assert ann.labels["verdict"] == "violates_policy"
    assert label in ann.labels["violations"]


def test_policy_r49_policynews_spans_keep_offsets(annotator: PolicyAnnotator) -> None:
    # a blanked name does not shift the spans after it, and the span reads the original text
    text = "Senator Dick Durbin called him a moron."
    ann = run(annotator, text)
    assert [(s.label, text[s.start : s.end]) for s in ann.spans] == [("INSULT", "moron")]


def test_policy_r49_policynews_reported_killing_is_no_threat_span(annotator: PolicyAnnotator) -> None:
    # "killed an estimated ..." reports deaths: no THREAT span (the group word "Black" next to the
    # hostile word "disease" is another rule's mark, left as it is)
    text = "Black smallpox was a disease that killed an estimated million people."
    ann = run(annotator, text)
    assert "THREAT" not in {s.label for s in ann.spans}
