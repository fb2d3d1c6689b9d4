"""Round 50 (policyidentity2): more hostile generalisations about groups without a slur
(policy_rules.generalising_hits, lists in data/policy/identity_generalising.txt): "they" right after a
group was named, dehumanising nouns (trash, garbage, filth, scum), removal and distrust predicates,
control and "belong in the kitchen" tropes, "go back from where you came", sarcasm about "a peaceful
religion"; and guards: a generalisation reported as someone else's or called false is none. All
sentences written for this test."""

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


# (comment, a phrase an IDENTITY_ATTACK span must contain); each failed on the base sources
FIXES = [
    # dehumanising nouns not in the list before
    ("Honestly, Mexicans are worthless garbage.", "Mexicans are worthless garbage"),
    ("Catholics in this state are trash.", "Catholics in this state are trash"),
    # removal and distrust
    ("Muslims should be removed from every school board.", "Muslims should be removed"),
    ("Hindus can never be trusted.", "Hindus can never be trusted"),
    # tropes
    ("Everyone knows Jews control the media.", "Jews control the media"),
    ("Women belong in the kitchen, period.", "Women belong in the kitchen"),
    # go back / get out, no group word needed
    ("Nobody asked you, go back from where you came.", "go back from where you came"),
    # slur phrases added to identity.txt
    ("Nobody wants those towel heads in our town.", "towel heads"),
    ("Quiet down, zipperhead.", "zipperhead"),
    # "females" is the subject here, unlike "tattoos on females" (guard below)
    ("Females are trash at driving.", "Females are trash"),
    # sarcasm about a religion
    ("Oh look, more terrorist followers of the religion of peace.", "terrorist followers of the religion of peace"),
]

# (comment, a phrase no IDENTITY_ATTACK span may contain); the base sources marked it
FIXED_GUARDS = [
    # reported as someone else's generalisation and called false
    ("My uncle said Muslims are a threat, which is false.", "threat"),
    ("The myth that immigrants are parasites was debunked long ago.", "parasites"),
    ("The senator claimed on TV that Mexicans were criminals.", "criminals"),
    ("I am not saying that Muslims are terrorists.", "are terrorists"),
]

# (comment, a phrase no IDENTITY_ATTACK span may contain): neutral, defending or unrelated
GUARDS = [
    ("Muslims make up about five percent of the population.", "percent"),
    ("Muslims are a minority here. They are good neighbours.", "neighbours"),
    # "they" is no group noun (left out on TRAIN evidence)
    ("The refugees were robbed by local gangs. They are animals.", "animals"),
    ("Immigrants should be given a fair hearing.", "hearing"),
    ("The Lakers are trash this season.", "trash"),
    ("Neck tattoos on females are trash.", "females are trash"),
    ("You men are trash if you let him drive home drunk.", "men are trash"),
    ("Central banks control the money supply.", "control"),
    ("Muslims keep coming to the food bank. They are a blessing to it.", "blessing"),
    ("Not all Muslims can be trusted with state secrets, nor can all Christians.", "trusted"),
    ("Sikhs were removed from the list of suspects.", "removed"),
]


@pytest.mark.parametrize("text,phrase", FIXES)
def test_fixes(annotator: PolicyAnnotator, text: str, phrase: str) -> None:
    spans = attack_spans(annotator, text)
    assert any(phrase in s for s in spans), spans


@pytest.mark.parametrize("text,phrase", FIXED_GUARDS + GUARDS)
def test_guards(annotator: PolicyAnnotator, text: str, phrase: str) -> None:
    spans = attack_spans(annotator, text)
    assert not any(phrase in s for s in spans), spans
