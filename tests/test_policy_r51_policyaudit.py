"""Round 51 (policyaudit): the group+hostile rule marked the whole stretch between a group word and a
single hostile word up to 60 characters apart; with more than two words between them the hostile word
is seldom said of the group ("the Muslim villagers from the armed terrorists"), and TRAIN's raters
marked 10 % of those stretches' characters. A hostile phrase ("welcome to go") keeps the wide window.
All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def identity_spans(annotator: PolicyAnnotator, text: str) -> list[str]:
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return [text[s.start:s.end] for s in ann.spans if s.label == "IDENTITY_ATTACK"]


# (text, group word, hostile word): no IDENTITY_ATTACK span holds both any more (the base marked the stretch)
FIXES = [
    ("They protect the Muslim villagers from the armed terrorists in the hills.", "Muslim", "terrorists"),
    ("The scum who robbed the store drove off toward the Mexican border.", "scum", "Mexican"),
    ("Catholic volunteers handed out blankets to the sick.", "Catholic", "sick"),
    ("The terrorists were stopped before they reached the Jewish school.", "terrorists", "Jewish"),
    ("Hindu families fled the region after the criminals burned their fields.", "Hindu", "criminals"),
]

# (text, stretch): marked on the base and now (at most two words between, or a hostile phrase)
GUARDS = [
    ("Muslims are all terrorists.", "Muslims are all terrorists"),
    ("Mexicans are rapists.", "Mexicans are rapists"),
    ("Chinese investors are parasites.", "Chinese investors are parasites"),
    ("Immigrant criminals should be jailed like anyone else.", "Immigrant criminals"),
    ("Azeris do have a homeland and they are welcome to go.", "Azeris do have a homeland and they are welcome to go"),
]


@pytest.mark.parametrize("text, group, hostile", FIXES)
def test_far_hostile_word_not_a_stretch(annotator, text, group, hostile):
    spans = identity_spans(annotator, text)
    assert not any(group in s and hostile in s for s in spans), spans


@pytest.mark.parametrize("text, stretch", GUARDS)
def test_near_or_phrase_still_marked(annotator, text, stretch):
    assert stretch in identity_spans(annotator, text)
