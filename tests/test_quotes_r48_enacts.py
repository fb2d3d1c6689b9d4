"""Round 48, family enacts: English speech acts with an infinitive or an "as" complement (a threat's infinitive clause
as a commitment's, from a person or a body only; judging acts with an object and "as" over the whole sentence, as
"praised the deal as historic")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a threat reports its infinitive clause, as "vowed to" does
    ("Trump threatened to sue the newspaper.", [(IND, "to sue the newspaper", "Trump")]),
    ("Trump has repeatedly threatened to pull out of NATO.", [(IND, "to pull out of NATO", "Trump")]),
    ("Iran has threatened to close the Strait of Hormuz.", [(IND, "to close the Strait of Hormuz", "Iran")]),
    ("China threatens to retaliate against new tariffs.", [(IND, "to retaliate against new tariffs", "China")]),
    ("The mayor threatened to close the bridge if the state did not pay.",
     [(IND, "to close the bridge if the state did not pay", "mayor")]),
    ("Protesters threatened to storm the building.", [(IND, "to storm the building", "Protesters")]),
    # judging acts with an object and "as": the whole sentence
    ("Trump described the report as fake news.", [(IND, "Trump described the report as fake news", "Trump")]),
    ("Trump dismissed the report as a hoax.", [(IND, "Trump dismissed the report as a hoax", "Trump")]),
    ("Obama hailed the deal as historic.", [(IND, "Obama hailed the deal as historic", "Obama")]),
    ("The minister dismissed the allegations as baseless and politically motivated.",
     [(IND, "The minister dismissed the allegations as baseless and politically motivated", "minister")]),
    ("Trump described himself as a very stable genius.",
     [(IND, "Trump described himself as a very stable genius", "Trump")]),
    ("Critics slammed the plan as reckless.", [(IND, "Critics slammed the plan as reckless", "Critics")]),
    ("The White House dismissed the story as unfounded.",
     [(IND, "The White House dismissed the story as unfounded", "White House")]),
    ("Sanders branded the tax cut as a giveaway to the rich.",
     [(IND, "Sanders branded the tax cut as a giveaway to the rich", "Sanders")]),
]

GUARDS = [
    # commitments and requests as before
    ("Trump promised to repeal Obamacare.", [(IND, "to repeal Obamacare", "Trump")]),
    ("Sanders urged his supporters to vote for Clinton.", [(IND, "to vote for Clinton", "Sanders")]),
    ("Obama praised the deal as historic.", [(IND, "Obama praised the deal as historic", "Obama")]),
    # a threat from no one
    ("The storm threatened to flood the coastal towns.", []),
    ("The scandal threatened to engulf the White House.", []),
    ("The dispute threatens to derail the talks.", []),
    ("The flood waters threatened to breach the levee.", []),
    ("The fire threatened to spread to nearby homes.", []),
    ("The KKK threatens to and does murder people.", []),
    # no speech act: a refusal, a declined comment, a non-speech "described"/"dismissed"
    ("The minister declined to comment.", []),
    ("The senator refused to endorse Trump.", []),
    ("The area described by the map is large.", []),
    ("The judge dismissed the case.", []),
    ("She described the attack in detail.", []),
    ("The report described the agency as chaotic.", []),
    ("The report was described as fake news by the White House.", []),
    ("He described the meeting as well as the dinner.", []),
    ("Police described the scene as officers arrived.", []),
    ("The coach dismissed the player as the team struggled.", []),
    ("Trump predicted a landslide victory.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
