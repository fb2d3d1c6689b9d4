"""Round 48, family enlong: English speaker resolution over long political news (a description resolves to the person
introduced with it: "Former Secretary of State Hillary Clinton … the former secretary of state", "Vermont Sen. Bernie
Sanders … the Vermont senator"; a party's description is no one introduced with another party's title)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # "former" before a title with its "of" complement is a title word of the name (was "former secretary of state", or
    # the person named in the sentence before)
    ('Former Secretary of State Hillary Clinton spoke in Ohio. "We will win," the former secretary of state said.',
     [(DIR, "We will win,", "Hillary Clinton")]),
    ("Former Secretary of State Hillary Clinton spoke in Ohio. The former secretary of state said she would win.",
     [(IND, "she would win", "Hillary Clinton")]),
    ('Former Secretary of State Hillary Clinton spoke in Ohio. Donald Trump spoke in Iowa. "We will win," the former '
     'secretary of state said.',
     [(DIR, "We will win,", "Hillary Clinton")]),
    ('Former U.S. Secretary of State Hillary Clinton spoke in Ohio. Donald Trump spoke in Iowa. "We will win," the '
     'former secretary of state said.',
     [(DIR, "We will win,", "Hillary Clinton")]),
    # ... so the current holder is not she (was Clinton, the latest with "secretary" and "state")
    ('Secretary of State John Kerry spoke. Former Secretary of State Hillary Clinton spoke in Ohio. "We will win," the '
     'secretary of state said.',
     [(DIR, "We will win,", "John Kerry")]),
    # the state before an abbreviated title is a title word of the name (was "Vermont senator")
    ('Vermont Sen. Bernie Sanders spoke in Iowa. Hillary Clinton spoke in Ohio. "We will win," the Vermont senator said.',
     [(DIR, "We will win,", "Bernie Sanders")]),
    ("New York Gov. Andrew Cuomo spoke on Monday. Sen. Chuck Schumer spoke in Buffalo. The New York governor said the "
     "budget was balanced.",
     [(IND, "the budget was balanced", "Andrew Cuomo")]),
    # a party's description names no one introduced with another party's title (was that person)
    ('Democratic nominee Hillary Clinton spoke in Ohio. "We will win," the Republican nominee said.',
     [(DIR, "We will win,", "Republican nominee")]),
    ('Republican nominee Donald Trump spoke in Iowa. "We will win," the Democratic nominee said.',
     [(DIR, "We will win,", "Democratic nominee")]),
    ('Republican Sen. John McCain spoke in Phoenix. "We will win," the Democratic senator said.',
     [(DIR, "We will win,", "Democratic senator")]),
    # ... and one introduced with it names that person (was "Democratic senator": two senators named)
    ('Democratic Sen. Joe Manchin met Sen. Mitt Romney. "We will win," the Democratic senator said.',
     [(DIR, "We will win,", "Joe Manchin")]),
]

GUARDS = [
    ("Secretary of State John Kerry met his counterpart. The secretary of state said talks were productive.",
     [(IND, "talks were productive", "John Kerry")]),
    ('Former Gov. Jeb Bush spoke in Iowa. Donald Trump spoke in Ohio. "We will win," the former governor said.',
     [(DIR, "We will win,", "Jeb Bush")]),
    ('Republican nominee Donald Trump spoke in Iowa. "We will win," the GOP nominee said.',
     [(DIR, "We will win,", "Donald Trump")]),
    ('Republican nominee Donald Trump spoke in Iowa. Hillary Clinton spoke in Ohio. "We will win," the Republican '
     'nominee said.',
     [(DIR, "We will win,", "Donald Trump")]),
    ('Texas Sen. Ted Cruz met Florida Sen. Marco Rubio. "We will win," the Florida senator said.',
     [(DIR, "We will win,", "Marco Rubio")]),
    ('Republican Sen. John McCain met Hillary Clinton. "We will win," the Republican senator said.',
     [(DIR, "We will win,", "John McCain")]),
    ('Hillary Clinton spoke in Ohio. "We will win," the former secretary of state said.',
     [(DIR, "We will win,", "Hillary Clinton")]),
    ('Vermont Sen. Bernie Sanders vowed to stay in the race. "We are going to fight for every vote," the Vermont '
     'senator told supporters.',
     [(IND, "to stay in the race", "Bernie Sanders"), (DIR, "We are going to fight for every vote,", "Bernie Sanders")]),
    ('Former Secretary of State Hillary Clinton and Vermont Sen. Bernie Sanders clashed on trade.\n\nSanders spoke in '
     'Flint. "We have lost millions of jobs," the Vermont senator said.\n\n"Secretary Clinton supported these deals.\n\n'
     '"I opposed them."',
     [(DIR, "We have lost millions of jobs,", "Bernie Sanders"), (DIR, "Secretary Clinton supported these deals.",
                                                                  "Bernie Sanders"),
      (DIR, "I opposed them.", "Bernie Sanders")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_r48_enlong_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_r48_enlong_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
