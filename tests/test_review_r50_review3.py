"""Review of round 50 (review3): the removal predicates of identity_generalising.txt ("should be removed",
"run out") also read a rescue or a release ("Refugees must be removed from harm's way", "Immigrants should be
removed from detention centers", "Refugees have to run out of their burning homes") as a hostile generalisation;
"removed from" no longer counts before a danger, a confinement or a hardship (harm, danger, detention, custody,
poverty, camps, cages, …) and "run out" only in the passive ("be run out of town"). The control trope fired on any
group running or owning banks, money or a "media lab": "run/own" now need "all" or "secretly", "control" keeps media,
banks, Hollywood and the financial system but "money" only with "all", and a noun after the object ("media lab") ends
it. All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def rule_spans(annotator: PolicyAnnotator, text: str) -> list[str]:
    ann = annotator.annotate(Document(id="t/a#c1", kind="comment", text=text, article_id="t/a", position=1))
    return [s.text for s in ann.spans if s.label == "IDENTITY_ATTACK"]


# (comment, a phrase no IDENTITY_ATTACK span may contain): defending or neutral; 3deb185 marked each
FIXES = [
    ("Refugees must be removed from harm's way as soon as possible.", "removed"),
    ("Immigrants should be removed from detention centers and reunited with their families.", "removed"),
    ("Women need to be removed from poverty through better wages.", "removed"),
    ("Refugees have to run out of their burning homes.", "run out"),
    # the control trope: "control/run/own" + media/banks/money fired on any group as subject
    ("Women control the money in most households, according to the survey.", "control the money"),
    ("Women run the banks in Iceland now, which is great.", "run the banks"),
    ("Immigrants run the media lab at my university.", "run the media"),
    ("Jews control the media lab budget.", "control the media"),
]

# (comment, a phrase an IDENTITY_ATTACK span must contain): still attacks
GUARDS = [
    ("Muslims should be removed from this country.", "removed from this country"),
    ("Immigrants must be removed.", "Immigrants must be removed"),
    ("Refugees need to be removed from Europe.", "removed from Europe"),
    ("Gypsies should be run out of town.", "run out of town"),
    ("Muslims must be removed from our country immediately.", "removed from our country"),
    ("Everyone knows Jews control the media.", "Jews control the media"),
    ("Jews secretly run the banks.", "secretly run the banks"),
    ("The Jews own all the money.", "own all the money"),
    ("Muslims control our media.", "control our media"),
]


@pytest.mark.parametrize("text,phrase", FIXES)
def test_fixes(annotator: PolicyAnnotator, text: str, phrase: str) -> None:
    spans = rule_spans(annotator, text)
    assert not any(phrase in s for s in spans), spans


@pytest.mark.parametrize("text,phrase", GUARDS)
def test_guards(annotator: PolicyAnnotator, text: str, phrase: str) -> None:
    spans = rule_spans(annotator, text)
    assert any(phrase in s for s in spans), spans
