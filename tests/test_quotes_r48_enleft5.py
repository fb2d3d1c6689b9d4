"""Round 48, family enleft5: English leftovers of sources and cue words (an outlet's bare name and "reports" after
"according to" (a bare "according to reports" stays nothing, as round 47's "Per reports"), a plural document noun
before "claim", a short past after an approximator, a group's "will argue" as a prediction, "called" as a naming act, judging adjectives of a naming act)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # an outlet's bare name and "reports": the span runs over the noun, the canonical name is the outlet's
    ("The deal collapsed, according to CNN reports.", [(IND, "The deal collapsed", "CNN")]),
    ("According to AP reports, the deal collapsed.", [(IND, "the deal collapsed", "AP")]),
    ("According to Fox News reports, the deal collapsed.", [(IND, "the deal collapsed", "Fox News")]),
    ("According to Politico reports, the deal collapsed.", [(IND, "the deal collapsed", "Politico")]),
    ("According to New York Times reports, the deal collapsed.", [(IND, "the deal collapsed", "New York Times")]),
    ("According to Russian media reports, the deal collapsed.",
     [(IND, "the deal collapsed", "Russian media reports")]),
    ("The deal collapsed, according to Israeli media reports.",
     [(IND, "The deal collapsed", "Israeli media reports")]),
    # a plural document noun before a base-form "claim"
    ("Local reports claim the general was killed.", [(IND, "the general was killed", "Local reports")]),
    ("Reports claim the general was killed.", [(IND, "the general was killed", "Reports")]),
    # a short past after an approximator, and "made" as a past
    ("Local reports claim at least 20 people died.", [(IND, "at least 20 people died", "Local reports")]),
    ("Officials say at least 20 people died.", [(IND, "at least 20 people died", "Officials")]),
    ("Horowitz reports the FBI made 17 errors.", [(IND, "the FBI made 17 errors", "Horowitz")]),
    # a group's bare "will argue/claim" is a prediction, as round 47's "Democrats will say …"
    ("Opponents will argue that the law is unconstitutional.", []),
    ("Critics will claim that the law is unconstitutional.", []),
    ("Democrats will argue the law is unconstitutional.", []),
    # "called" names its object by a second noun phrase or a judging adjective, as "labeled"
    ("Trump called the media the enemy of the people.",
     [(IND, "Trump called the media the enemy of the people", "Trump")]),
    ("Critics called the plan a disaster.", [(IND, "Critics called the plan a disaster", "Critics")]),
    ("Smith called Jones a liar.", [(IND, "Smith called Jones a liar", "Smith")]),
    ("The minister called the talks productive.",
     [(IND, "The minister called the talks productive", "minister")]),
    # a naming act's adjective is a listed judgement, no longer any adjective ending
    ("The company labeled the product organic.", []),
]

GUARDS = [
    # a bare "reports" is no source, as round 47's "Per reports, …" (nothing)
    ("The deal collapsed, according to reports.", []),
    ("According to reports, the deal collapsed.", []),
    ("The documents claim the company knew of the risks.",
     [(IND, "the company knew of the risks", "documents")]),
    ("Left a message so he deleted the comment where he called me a liar.", []),
    ("Opponents will argue in court on Tuesday that the law is unconstitutional.",
     [(IND, "the law is unconstitutional", "Opponents")]),
    ("The deal collapsed, according to a CNN report.", [(IND, "The deal collapsed", "CNN report")]),
    ("According to the CNN reports, the deal collapsed.", [(IND, "the deal collapsed", "CNN reports")]),
    ("The deal collapsed, according to CNN and Fox reports.", [(IND, "The deal collapsed", "CNN and Fox")]),
    ("The deal collapsed, according to media reports.", [(IND, "The deal collapsed", "media reports")]),
    ("The deal collapsed, according to several reports.", [(IND, "The deal collapsed", "several reports")]),
    ("According to Reuters, the deal collapsed.", [(IND, "the deal collapsed", "Reuters")]),
    ("The New York Times reports, citing officials, that the deal collapsed.",
     [(IND, "the deal collapsed", "New York Times")]),
    ("After CNN reports, the senator resigned.", []),
    ("Opponents claim the law is unconstitutional.", [(IND, "the law is unconstitutional", "Opponents")]),
    ("Officials said at least 20 people were killed.", [(IND, "at least 20 people were killed", "Officials")]),
    ("Durham reports that the FBI erred.", [(IND, "the FBI erred", "Durham")]),
    ("The company reported a loss of $304 million in the third quarter.", []),
    ("Democrats will say that this is fine.", []),
    ("Biden will tell Congress on Tuesday that the economy is strong.", [(IND, "the economy is strong", "Biden")]),
    ("Biden will say in a speech on Tuesday that the economy is strong.", [(IND, "the economy is strong", "Biden")]),
    ("Trump would later claim that he had never met the woman.", [(IND, "he had never met the woman", "Trump")]),
    ("Trump called the police.", []),
    ("Trump called a meeting.", []),
    ("The doorman called him a cab.", []),
    ("Trump called the police a second time.", []),
    ("She called the office the next day.", []),
    ("He called himself a Democrat.", []),
    ("The group, which calls itself the Patriots, held a rally.", []),
    ("The minister called the talks off.", []),
    ("The company called the product Sunrise.", []),
    ("Trump labeled the media the enemy of the people.",
     [(IND, "Trump labeled the media the enemy of the people", "Trump")]),
    ("Critics branded the law unconstitutional.", [(IND, "Critics branded the law unconstitutional", "Critics")]),
    ("Critics labeled the remarks racist and offensive.",
     [(IND, "Critics labeled the remarks racist and offensive", "Critics")]),
    ("The FDA labeled the drug safe.", []),
    ("Products labeled organic cost more.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text, expected):
    assert run(text) == expected
