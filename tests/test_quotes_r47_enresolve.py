"""Round 47, family enresolve: English speaker resolution across sentences and paragraphs (an honorific's sex between
two people of one surname, a one-sex role noun for a member of the House, "the department" after a body's name opened
with "The")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # the honorific tells which of two people of one surname (was the latest, Hillary Clinton)
    ("Bill Clinton and Hillary Clinton appeared in Ohio. Mr. Clinton said the economy was strong.",
     [(IND, "the economy was strong", "Bill Clinton")]),
    ("Bill Clinton and Hillary Clinton appeared in Ohio.\n\n\"The economy is strong,\" Mr. Clinton said.",
     [(DIR, "The economy is strong,", "Bill Clinton")]),
    ("Hillary Clinton and Bill Clinton appeared in Ohio. Mrs. Clinton said the economy was strong.",
     [(IND, "the economy was strong", "Hillary Clinton")]),
    # a member of the House by another word, of the right sex (was "congresswoman", or the latest fitting name)
    ("Rep. Nancy Pelosi met with Sen. Chuck Schumer on Monday. The congresswoman said the bill would pass.",
     [(IND, "the bill would pass", "Nancy Pelosi")]),
    ("Rep. Nancy Pelosi met Rep. John Lewis on Monday. The congresswoman said the bill would pass.",
     [(IND, "the bill would pass", "Nancy Pelosi")]),
    ("Rep. John Lewis met Rep. Nancy Pelosi on Monday. The congressman said the bill would pass.",
     [(IND, "the bill would pass", "John Lewis")]),
    # a body's name after "The" opening the sentence before (was "department")
    ("The Department of Justice opened an investigation on Monday. The department said it would take months.",
     [(IND, "it would take months", "Department of Justice")]),
    ("The Department of Justice opened an investigation on Monday.\n\n\"We take this seriously,\" the department said.",
     [(DIR, "We take this seriously,", "Department of Justice")]),
    ("The Justice Department opened an investigation on Monday. The department said it would take months.",
     [(IND, "it would take months", "Justice Department")]),
    ("The Bank of England raised rates on Thursday. The bank said inflation was too high.",
     [(IND, "inflation was too high", "Bank of England")]),
]

GUARDS = [
    ("Hillary Clinton and Bill Clinton appeared in Ohio.\n\n\"The economy is strong,\" Mr. Clinton said.",
     [(DIR, "The economy is strong,", "Bill Clinton")]),
    ("Bill Clinton and Hillary Clinton appeared in Ohio. Mrs. Clinton said the economy was strong.",
     [(IND, "the economy was strong", "Hillary Clinton")]),
    ("Hillary Clinton and Bill Clinton appeared in Ohio. Clinton said the economy was strong.",
     [(IND, "the economy was strong", "Bill Clinton")]),
    ("Mr. Smith and Mrs. Jones met on Tuesday. She said the talks had gone well.",
     [(IND, "the talks had gone well", "Jones")]),
    ("Senate Majority Leader Mitch McConnell spoke on Tuesday.\n\n\"We will not move forward,\" the majority leader said.",
     [(DIR, "We will not move forward,", "Mitch McConnell")]),
    ("Hillary Clinton, the former secretary of state, spoke in Ohio on Monday.\n\n\"We need jobs,\" the former "
     "secretary of state said.", [(DIR, "We need jobs,", "Hillary Clinton")]),
    ("Donald Trump held a rally in Ohio on Monday.\n\nMr. Trump said the election was rigged.",
     [(IND, "the election was rigged", "Donald Trump")]),
    ("Sen. Bernie Sanders campaigned in Iowa. The Vermont senator said the system was rigged.",
     [(IND, "the system was rigged", "Bernie Sanders")]),
    ("Donald Trump held a rally in Ohio. \"We will win,\" a senior aide said.", [(DIR, "We will win,", "senior aide")]),
    ("Jane Doe, a spokeswoman for the company, met John Roe, a spokesman for the union. The spokeswoman said talks "
     "were over.", [(IND, "talks were over", "Jane Doe")]),
    ("The Environmental Protection Agency issued a new rule on Monday. The agency said the rule would cut emissions.",
     [(IND, "the rule would cut emissions", "Environmental Protection Agency")]),
    ("The White House opened a review. The department said the review would take months.",
     [(IND, "the review would take months", "department")]),
    ("The New York Times published the report. The company said the story was accurate.",
     [(IND, "the story was accurate", "company")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
