"""Round 47, family enroles2: English role descriptions (a role noun or an honorific of one sex names no one of the
other; "the former president" is no one seen as the current holder, and "former" before an abbreviated title is kept;
"the Washington senator" names the state)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a role noun of one sex names no one of the other (was the one person named before)
    ("Rep. John Lewis spoke Monday. The congresswoman said the bill would pass.",
     [(IND, "the bill would pass", "congresswoman")]),
    ('Rep. John Lewis spoke Monday. "We will win," the congresswoman said.', [(DIR, "We will win,", "congresswoman")]),
    ("Chairman Jerome Powell spoke Monday. The chairwoman said rates would rise.",
     [(IND, "rates would rise", "chairwoman")]),
    ("Councilman John Smith spoke Monday. The councilwoman said the vote was rigged.",
     [(IND, "the vote was rigged", "councilwoman")]),
    ('Pop star Tom Jones spoke Monday. "I loved it," the actress said.', [(DIR, "I loved it,", "actress")]),
    ("Barack Obama spoke Monday. The former first lady said the campaign was over.",
     [(IND, "the campaign was over", "former first lady")]),
    # of a man and a woman named, the one of the role's sex (was no one)
    ("Councilman John Smith met Mary Jones on Monday. The councilwoman said the vote was rigged.",
     [(IND, "the vote was rigged", "Mary Jones")]),
    ("Councilwoman Mary Jones met John Smith on Monday. The councilman said the vote was rigged.",
     [(IND, "the vote was rigged", "John Smith")]),
    # an honorific of the other sex: the surname alone (was the one person of that surname named)
    ("Hillary Clinton spoke Monday. Mr. Clinton said the campaign was over.",
     [(IND, "the campaign was over", "Clinton")]),
    ('Hillary Clinton spoke Monday. "We will win," said Mr. Clinton.', [(DIR, "We will win,", "Clinton")]),
    ("Bill Clinton spoke Monday. Mrs. Clinton said the campaign was over.",
     [(IND, "the campaign was over", "Clinton")]),
    ('Donald Trump spoke Monday. "We will win," Mrs. Trump said.', [(DIR, "We will win,", "Trump")]),
    # the former holder is not the one seen as the current one (was Biden)
    ("Donald Trump met President Joe Biden on Monday. The former president said the election was rigged.",
     [(IND, "the election was rigged", "Donald Trump")]),
    ('Donald Trump met President Joe Biden on Monday. "It was rigged," the former president said.',
     [(DIR, "It was rigged,", "Donald Trump")]),
    ("Mr. Obama met President Joe Biden on Monday. The former president said the economy was strong.",
     [(IND, "the economy was strong", "former president")]),
    ("Gov. Kathy Hochul spoke Monday. The former governor said the state would sue.",
     [(IND, "the state would sue", "former governor")]),
    ("Former President Barack Obama spoke Monday. The president said the economy was strong.",
     [(IND, "the economy was strong", "president")]),
    ('President Joe Biden said the economy was strong. "We are winning," the former president added.',
     [(IND, "the economy was strong", "Joe Biden"), (DIR, "We are winning,", "former president")]),
    ('Former President Barack Obama said the economy was strong. "We are winning," the president added.',
     [(IND, "the economy was strong", "Barack Obama"), (DIR, "We are winning,", "president")]),
    # "former" before an abbreviated title ("Former Gov.", "former U.S. Sen.") is kept with the name
    ("Former Gov. Andrew Cuomo and Gov. Kathy Hochul spoke Monday. The former governor said the state would sue.",
     [(IND, "the state would sue", "Andrew Cuomo")]),
    ("Former New York Gov. Andrew Cuomo and Gov. Kathy Hochul spoke Monday. The former governor said the state would "
     "sue.", [(IND, "the state would sue", "Andrew Cuomo")]),
    # the state of Washington as a place of a description
    ("Washington Gov. Jay Inslee and California Gov. Gavin Newsom met Monday. The Washington governor said the state "
     "would sue.", [(IND, "the state would sue", "Jay Inslee")]),
    ("Sen. Patty Murray, D-Wash., and Sen. Ted Cruz, R-Texas, spoke Monday. The Washington senator said the bill was "
     "flawed.", [(IND, "the bill was flawed", "Patty Murray")]),
    ("Sen. Patty Murray, D-Wash., and Sen. Ted Cruz, R-Texas, spoke Monday. The Washington Democrat said the bill was "
     "flawed.", [(IND, "the bill was flawed", "Patty Murray")]),
]

GUARDS = [
    ("Rep. Nancy Pelosi spoke Monday. The congresswoman said the bill would pass.",
     [(IND, "the bill would pass", "Nancy Pelosi")]),
    ("Rep. Nancy Pelosi met Rep. John Lewis on Monday. The congresswoman said the bill would pass.",
     [(IND, "the bill would pass", "Nancy Pelosi")]),
    ("Rep. Nancy Pelosi met Rep. John Lewis on Monday. The congressman said the bill would pass.",
     [(IND, "the bill would pass", "John Lewis")]),
    ("Gov. Kathy Hochul spoke Monday. The governor said the state would sue.",
     [(IND, "the state would sue", "Kathy Hochul")]),
    ("Mayor Karen Bass spoke Monday. The mayor said the city was safe.", [(IND, "the city was safe", "Karen Bass")]),
    ("Chair Janet Yellen spoke Monday. The chairwoman said rates would rise.", [(IND, "rates would rise", "Janet Yellen")]),
    ("White House spokeswoman Karine Jean-Pierre spoke Monday. The spokeswoman said the talks were over.",
     [(IND, "the talks were over", "Karine Jean-Pierre")]),
    ("White House spokesman John Kirby spoke Monday. The spokeswoman said the talks were over.",
     [(IND, "the talks were over", "spokeswoman")]),
    ('Jennifer Lawrence spoke Monday. "I loved it," the actress said.', [(DIR, "I loved it,", "Jennifer Lawrence")]),
    ("Michelle Obama spoke Monday. The former first lady said the campaign was over.",
     [(IND, "the campaign was over", "Michelle Obama")]),
    ("Hillary Clinton spoke Monday. Mrs. Clinton said the campaign was over.",
     [(IND, "the campaign was over", "Hillary Clinton")]),
    ("Hillary Clinton met Bill Clinton. Mr. Clinton said the campaign was over.",
     [(IND, "the campaign was over", "Bill Clinton")]),
    ("Barack Obama spoke Monday. Mr. Obama said the economy was strong.", [(IND, "the economy was strong", "Barack Obama")]),
    # a first name both sexes bear tells nothing
    ("Chris Evert spoke Monday. Ms. Evert said the match was over.", [(IND, "the match was over", "Chris Evert")]),
    ("Former President Barack Obama and President Joe Biden met. The former president said the economy was strong.",
     [(IND, "the economy was strong", "Barack Obama")]),
    ("Former President Barack Obama and President Joe Biden met. The president said the economy was strong.",
     [(IND, "the economy was strong", "Joe Biden")]),
    ("Former President Barack Obama spoke Monday. The former president said the economy was strong.",
     [(IND, "the economy was strong", "Barack Obama")]),
    ('President Joe Biden said the economy was strong. "We are winning," the president added.',
     [(IND, "the economy was strong", "Joe Biden"), (DIR, "We are winning,", "Joe Biden")]),
    ("Joe Biden spoke Monday. The former president said the economy was strong.",
     [(IND, "the economy was strong", "Joe Biden")]),
    ("Former Mayor Bill de Blasio and Mayor Eric Adams spoke Monday. The mayor said the city was safe.",
     [(IND, "the city was safe", "Eric Adams")]),
    ("Georgia Gov. Brian Kemp and Florida Gov. Ron DeSantis met. The Georgia governor said the election was fair.",
     [(IND, "the election was fair", "Brian Kemp")]),
    ("Washington Gov. Jay Inslee and California Gov. Gavin Newsom met Monday. The California governor said the state "
     "would sue.", [(IND, "the state would sue", "Gavin Newsom")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
