"""Round 46, family enparen2: English sources between commas with a finding cue, predicates read as appositions
after an interrupting attribution, and a bare clause after an addressee."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def reports(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "en")


# fix rows: each failed before (round 46, enparen2)
FIXES = [
    # a finding cue between the subject and its predicate
    ("Many voters, the survey found, remain undecided.", [("Many voters", "survey"), ("remain undecided", "survey")]),
    ("Wages, the data show, grew 2.5 percent.", [("Wages", "data"), ("grew 2.5 percent", "data")]),
    ("Unemployment, the data showed, fell in May.", [("Unemployment", "data"), ("fell in May", "data")]),
    ("Inflation, the figures indicate, has peaked.", [("Inflation", "figures"), ("has peaked", "figures")]),
    ("Most patients, the study suggests, recover within a week.",
     [("Most patients", "study"), ("recover within a week", "study")]),
    ("Most voters, polls show, oppose the plan.", [("Most voters", "polls"), ("oppose the plan", "polls")]),
    ("The company, the report found, had misled investors.",
     [("The company", "report"), ("had misled investors", "report")]),
    ("The company, an audit found, had misled investors.", [("The company", "audit"), ("had misled investors", "audit")]),
    ("The drug, researchers found, cut deaths by half.",
     [("The drug", "researchers"), ("cut deaths by half", "researchers")]),
    ("The evidence, the judge found, was obtained illegally.",
     [("The evidence", "judge"), ("was obtained illegally", "judge")]),
    # people and inquiries as finders after the content
    ("The drug cut deaths by half, researchers found.", [("The drug cut deaths by half", "researchers")]),
    ("The company had misled investors, an audit found.", [("The company had misled investors", "audit")]),
    # a verb and its object after an interrupting attribution is the predicate, no apposition
    ("The company, analysts said, needs a new chief executive.",
     [("The company", "analysts"), ("needs a new chief executive", "analysts")]),
    ("The company, the analyst said, needed a new boss.",
     [("The company", "analyst"), ("needed a new boss", "analyst")]),
    ("Wages, the minister said, grew 2.5 percent.", [("Wages", "minister"), ("grew 2.5 percent", "minister")]),
    # a bare subject and its past verb after an addressee
    ("The minister told reporters prices rose.", [("prices rose", "minister")]),
    ("The minister told reporters costs increased sharply.", [("costs increased sharply", "minister")]),
    ("The minister told Reuters inflation rose in March.", [("inflation rose in March", "minister")]),
]

# guard rows: near misses that stay as they were
GUARDS = [
    ("Prices rose, the survey found, in most regions.", []),
    ("The drug works, which researchers found surprising.", []),
    ("The effect was small, which researchers found.", []),
    ("Many of the ideas the study found were wrong.", []),
    ("The judge found the defendant guilty.", []),
    ("The bodies, police found, were badly burned.", []),
    ("The economy, the report concluded, grew faster than expected.",
     [("The economy", "report"), ("grew faster than expected", "report")]),
    ("The company, the analyst said, faces a new lawsuit.",
     [("The company", "analyst"), ("faces a new lawsuit", "analyst")]),
    ("The minister told reporters that prices rose.", [("prices rose", "minister")]),
    ("The minister told reporters gathered outside that he was innocent.", [("he was innocent", "minister")]),
    ("I tell the baddest players beat it.", []),
    ("The minister told reporters inflation was rising.", [("inflation was rising", "minister")]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), [("fix", *r) for r in FIXES] + [("guard", *r) for r in GUARDS])
def test_r46_enparen2(kind: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert reports(text) == expected


def test_guard_noun_cue_keeps_its_reading():
    # "states" is a noun here, no said-type cue: the verb phrase after it is no new report (a TRAIN comment)
    text = "Florida and Pennsylvania, the strongest pro-gun states, turned the election, and, still, the pundits are missing it."
    assert not any(t.startswith("turned") for t, _ in reports(text))
