"""Round 49 review fixes (fixreview) of the claims page-furniture rules (claims_lines.py).

FIX rows are sentences the first round-49 rules wrongly took for page furniture; they now stay with the
model (`not_a_claim` is None): a numbered line whose first word ends in -ing but which holds a finite verb
is a sentence, not a list heading; a politician's party and state in brackets is no product spec and a
title-case headline verb after a name ("Endorses", "Approves") makes a headline, not a shop listing; "By"
followed by more than a name (a long capitalised run, a verb) is no byline. GUARD rows keep the furniture
shapes of the same look. Sentences written for this file.
"""

import pytest

from spanbank.annotators.claims import not_a_claim

FIXES = [
    # list heading: a gerund or noun subject with a finite verb
    "3. Spending on schools fell by a third",
    "2) Housing costs have doubled in a decade",
    "4. Funding for the program was cut twice",
    "5. Spending increased by a third",
    "6) Housing costs've risen every year",
    "7. Heating bills rose in every state",
    # shop listing: a party and state, a title-case headline verb
    "Senator Warren (D, Mass.) Endorses Sanders",
    "Trump Approves Aid Package for $2",
    "Governor Abbott (R, Texas) Signs Budget",
    "Senator Cruz (R-Texas) Signs Pledge for $2",
    "Mayor Lopez Approves Bond Deal for $40",
    # byline: a headline in title case after "By"
    "By Election Day Most Voters Decided",
    "By Monday Officials Decided",
    "By Sunday Most Polls Closed Early",
]

GUARDS = [
    # (sentence, shape that must still be named)
    ("3. Cooking at home more often", "list heading"),
    ("4. Drink more water before meals", "list heading"),
    ("5. Getting started with yoga", "list heading"),
    ("6. Avoid processed foods", "list heading"),
    ("9) Keep a sleep diary", "list heading"),
    ("Apple AirPods with Wireless Charging Case (Latest Model)", "shop listing"),
    ("Amazon Echo Buds for $130", "shop listing"),
    ("Bose QuietComfort Earbuds (Black, Latest Model)", "shop listing"),
    ("Samsung Galaxy Tab S6, Wi-Fi, 128GB – Mountain Gray (Renewed)", "shop listing"),
    ("Sony Wireless Headphones (Blue, 2021 Edition) for $99", "shop listing"),
    ("By Anna Kowalski and Peter Brandt", "byline"),
    ("By Jane Doe, Staff Writer", "byline"),
    ("By Jane Doe and John Roe | Reuters", "byline"),
    ("By Ahmed Hassan", "byline"),
    ("By Ana de la Cruz", "byline"),
    ("By Lena Q. Ortiz, Associated Press", "byline"),
]


@pytest.mark.parametrize("sentence", FIXES)
def test_claims_r49_fixreview_fix(sentence):
    assert not_a_claim(sentence) is None


@pytest.mark.parametrize(("sentence", "why"), GUARDS)
def test_claims_r49_fixreview_guard(sentence, why):
    assert not_a_claim(sentence) == why
