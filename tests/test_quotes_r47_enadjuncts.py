"""Round 47, family enadjuncts: English shapes earlier helpers left (a lawmaker after an abbreviated title with a
party-state tag, then "The Ohio Democrat said"; a company's clause with a past verb equal to its present, "higher costs
hurt margins"; a relative "who said" report whose own verb is an irregular past, "he saw the shooting | testified")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a name after an abbreviated title ("Sen.", "Rep.") whose first name the lists lack is a person a description by
    # place and party can name (was the description)
    ("Sen. Sherrod Brown, D-Ohio, spoke on Monday. The Ohio Democrat said it would hurt workers.",
     [(IND, "it would hurt workers", "Sherrod Brown")]),
    ("Sen. Lindsey Graham, R-S.C., spoke on Monday. The South Carolina Republican said it would hurt workers.",
     [(IND, "it would hurt workers", "Lindsey Graham")]),
    ("Rep. Ro Khanna (D-CA) spoke on Monday. The California Democrat said it would hurt workers.",
     [(IND, "it would hurt workers", "Ro Khanna")]),
    ("Sen. Sherrod Brown, D-Mass., toured a plant. The Massachusetts Democrat said the plant would close.",
     [(IND, "the plant would close", "Sherrod Brown")]),
    # past verbs equal to their present (reported nothing)
    ("Procter & Gamble said higher costs hurt margins.",
     [(IND, "higher costs hurt margins", "Procter & Gamble")]),
    ("Apple said rising costs hurt its margins.", [(IND, "rising costs hurt its margins", "Apple")]),
    ("Apple said higher costs put pressure on margins.", [(IND, "higher costs put pressure on margins", "Apple")]),
    # the report's own irregular past verb, then the main clause's (the report ran on)
    ("The man who said he saw the shooting testified on Monday.", [(IND, "he saw the shooting", "man")]),
    ("The woman who said she heard gunshots called police.", [(IND, "she heard gunshots", "woman")]),
    ("The officer who said he saw the suspect flee was praised.", [(IND, "he saw the suspect flee", "officer")]),
    ("The man who said he left the building early testified on Monday.", [(IND, "he left the building early", "man")]),
]

GUARDS = [
    ("Sen. Elizabeth Warren, D-Mass., spoke on Monday. The Massachusetts Democrat said it would hurt workers.",
     [(IND, "it would hurt workers", "Elizabeth Warren")]),
    ("Sen. Sherrod Brown, D-Ohio, spoke on Monday. The Texas Democrat said it would hurt workers.",
     [(IND, "it would hurt workers", "Texas Democrat")]),
    ("Sen. Sherrod Brown, D-Ohio, spoke on Monday. The Ohio Republican said it would hurt workers.",
     [(IND, "it would hurt workers", "Ohio Republican")]),
    ("Procter & Gamble said sales fell.", [(IND, "sales fell", "Procter & Gamble")]),
    ("Apple said costs hurt margins.", [(IND, "costs hurt margins", "Apple")]),
    ("Apple said higher costs had hurt margins.", [(IND, "higher costs had hurt margins", "Apple")]),
    ("The woman who said she had seen the crash spoke to police.", [(IND, "she had seen the crash", "woman")]),
    ("Apple said it sold more phones.", [(IND, "it sold more phones", "Apple")]),
    ("He said he had put the money in a trust.", [(IND, "he had put the money in a trust", None)]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r47_enadjuncts(text, expected):
    assert sorted(run(text)) == sorted(expected)
