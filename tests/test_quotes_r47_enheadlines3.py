"""Round 47, family enheadlines3: English headlines (a headline quotation before a colon and a label whose verb is a
judging cue or a vow, also short ones: "'A disaster': Critics slam new policy", "'We will win': Biden vows to fight on";
base forms slam/blast/hail/decry/denounce/deride/lambast after plural subjects; a title-case "Police Say …" headline
above a lead whose cue names the same source)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a headline quotation, a colon and a label before a judging cue (quote-only cues) or a vow
    ("'A disaster': Critics slam new policy", [(DIR, "A disaster", "Critics")]),
    ('"A disaster": Critics slam new policy', [(DIR, "A disaster", "Critics")]),
    ("'A disaster': Mayor slams new policy", [(DIR, "A disaster", "Mayor")]),
    ("'Total failure': Republicans blast Obamacare", [(DIR, "Total failure", "Republicans")]),
    ("'Game changer': Analysts hail new drug", [(DIR, "Game changer", "Analysts")]),
    ("'Witch hunt': Trump slams probe\n\nPresident Donald Trump on Friday again attacked the special counsel "
     "investigation.", [(DIR, "Witch hunt", "Donald Trump")]),
    ("'I did nothing wrong': Smith defends spending", [(DIR, "I did nothing wrong", "Smith")]),
    ("'We will win': Biden vows to fight on", [(DIR, "We will win", "Biden"), (IND, "to fight on", "Biden")]),
    ("'We will fight': Biden vows comeback", [(DIR, "We will fight", "Biden")]),
    ("'We will win': Biden promises supporters", [(DIR, "We will win", "Biden")]),
    # base forms after a plural subject, with a quotation after them
    ("Critics slam new policy: 'A disaster'", [(DIR, "A disaster", "Critics")]),
    ('Democrats blast "reckless" tax plan', [(DIR, "reckless", "Democrats")]),
    # a title-case "Police Say …" headline above a lead whose cue names that source
    ("Police Say Suspect Fled On Foot\n\nPolice said the suspect fled on foot.",
     [(IND, "Suspect Fled On Foot", "Police"), (IND, "the suspect fled on foot", "Police")]),
    ("Officials Say Storm Killed 12\n\nState emergency officials said on Monday the storm killed 12 people.",
     [(IND, "Storm Killed 12", "State emergency officials"),
      (IND, "the storm killed 12 people", "State emergency officials")]),
    ("Experts Say Vaccine Is Safe\n\nThe vaccine is safe, experts said on Tuesday.",
     [(IND, "Vaccine Is Safe", "experts"), (IND, "The vaccine is safe", "experts")]),
    ("Study Says Coffee Is Good For You\n\nA new study says coffee may lower the risk of heart disease.",
     [(IND, "Coffee Is Good For You", "new study"), (IND, "coffee may lower the risk of heart disease", "new study")]),
]

GUARDS = [
    # titles in title case, single capitalised words (title-like, as decided), verbs that are no cue
    ("'Game of Thrones': Fans slam final season", []),
    ("'Frozen 2': Critics praise sequel", []),
    ("'Shameful': Pelosi blasts Trump remarks", []),
    ("'Devastating': Floods hit coastal towns", []),
    ("'Heartbroken': Fans mourn death of star", []),
    ("'Black Friday': Shoppers flock to stores", []),
    ("'I Did Nothing Wrong': Mayor Defends Spending", []),
    ("'A disaster' - critics slam new policy", []),
    # acts and headlines that are no quotes
    ("Pelosi slams GOP over health bill", []),
    ("Critics slam new policy", []),
    ("Stocks Rise As Fed Holds Rates", []),
    ("WATCH: Trump speaks at rally", []),
    ("Obama: We will get this done", []),
    # "Say" needs the lead's cue with the same source word
    ("Police Say Suspect Fled On Foot", []),
    ("Police Say Suspect Fled On Foot\n\nThe suspect fled on foot, witnesses said.",
     [(IND, "The suspect fled on foot", "witnesses")]),
    ("Fans Say Goodbye To Stadium\n\nFans said goodbye to the old stadium on Sunday.", []),
    ("Police Say\n\nPolice said the suspect fled.", [(IND, "the suspect fled", "Police")]),
    ("Smith Says Goodbye To Fans\n\nJohn Smith played his last game on Sunday.", []),
    # a cue of its own already
    ("'Not guilty': Smith denies charges", [(DIR, "Not guilty", "Smith")]),
    ("'Stay home': Governor urges residents", [(DIR, "Stay home", "Governor")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
