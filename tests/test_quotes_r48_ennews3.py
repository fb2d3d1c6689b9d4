"""Round 48, family ennews3: English news shapes left by round 48's news helpers: a research noun with its sample as the
subject ("One small study in 50 people showed that …", "A 2019 study in 120 adults found that …"; was no speaker, no
report) and a request after a fronted adjunct ("On Monday, lawmakers urged the president to resign.", "In his speech,
Smith urged …"; was nothing)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # (round 48, ennews3) a research noun with a sample postmodifier of numbers and lower-case words
    ("One small study in 50 people showed that yoga reduced binge eating.",
     [(IND, "yoga reduced binge eating", "One small study in 50 people")]),
    ("A 2019 study in 120 adults found that yoga reduced binge eating.",
     [(IND, "yoga reduced binge eating", "2019 study in 120 adults")]),
    ("A study of 40 patients showed that the drug worked.",
     [(IND, "the drug worked", "study of 40 patients")]),
    ("A study in mice showed that the drug worked.",
     [(IND, "the drug worked", "study in mice")]),
    ("A study of older adults found that the drug worked.",
     [(IND, "the drug worked", "study of older adults")]),
    ("A survey of 1,000 voters found that most backed the plan.",
     [(IND, "most backed the plan", "survey of 1,000 voters")]),
    ("Yesterday, a study of 40 patients found that the drug worked.",
     [(IND, "the drug worked", "study of 40 patients")]),
    # (round 48, ennews3) a request after a fronted adjunct
    ("On Monday, lawmakers urged the president to resign.",
     [(IND, "to resign", "lawmakers")]),
    ("In his speech, Smith urged the president to resign.",
     [(IND, "to resign", "Smith")]),
    ("In a letter, the senators urged the agency to reconsider.",
     [(IND, "to reconsider", "senators")]),
]

GUARDS = [
    ("A study found that yoga reduced binge eating.", [(IND, "yoga reduced binge eating", "study")]),
    ("A study of patients showed that the drug worked.", [(IND, "the drug worked", "study of patients")]),
    ("A 2019 study of adults found that the drug worked.", [(IND, "the drug worked", "2019 study of adults")]),
    ("A report by the agency found that prices rose.", [(IND, "prices rose", "report by the agency")]),
    ("Researchers released a study in mice showing that the drug worked.", []),
    ("Lawmakers urged the president to resign.", [(IND, "to resign", "Lawmakers")]),
    ("Smith on Monday urged the president to resign.", [(IND, "to resign", "Smith")]),
    ("Smith urged voters to reject the plan.", [(IND, "to reject the plan", "Smith")]),
    ("On Monday, Smith urged voters to reject the plan.", [(IND, "to reject the plan", "Smith")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
