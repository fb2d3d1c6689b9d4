"""Round 47, family enleftovers: English shapes earlier helpers left (an interruption between dashes before "that", an
indefinite pronoun as the subject of a clause without "that", a person plural before a base-form cue, an amount after a
reported past verb, the past "worried" with a bare clause or "that")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # an interruption between dashes, as between commas
    ("Trump said — without evidence — that the election was rigged.", [(IND, "the election was rigged", "Trump")]),
    ("Trump claimed – without offering proof – that the vote was stolen.", [(IND, "the vote was stolen", "Trump")]),
    ("The minister said — and repeated on Tuesday — that the plan would go ahead.",
     [(IND, "the plan would go ahead", "minister")]),
    # an indefinite pronoun as the subject of a bare clause after an object verb
    ("He admitted nobody expected the win.", [(IND, "nobody expected the win", None)]),
    ("Smith conceded everyone knows the risks.", [(IND, "everyone knows the risks", "Smith")]),
    # a person plural ending in -ysts, -erts before a base-form cue
    ("Analysts estimate sales fell 5 percent.", [(IND, "sales fell 5 percent", "Analysts")]),
    ("Analysts estimate the company will lose money.", [(IND, "the company will lose money", "Analysts")]),
    ("Experts estimate prices will rise.", [(IND, "prices will rise", "Experts")]),
    # an amount after the reported past verb
    ("Officials estimated the storm caused $2 billion in damage.",
     [(IND, "the storm caused $2 billion in damage", "Officials")]),
    # the past "worried" with a bare clause or "that"
    ("Democrats worried the party had lost touch.", [(IND, "the party had lost touch", "Democrats")]),
    ("Smith worried that the party had lost touch.", [(IND, "the party had lost touch", "Smith")]),
    ("They worried that, if they got sick, they could go bankrupt.",
     [(IND, "if they got sick, they could go bankrupt", None)]),
]

GUARDS = [
    ("Trump said, without evidence, that the election was rigged.", [(IND, "the election was rigged", "Trump")]),
    ("Trump said — without evidence.", []),
    ("He said nobody expected the win.", [(IND, "nobody expected the win", None)]),
    ("He admitted that nobody expected the win.", [(IND, "nobody expected the win", None)]),
    ("Analysts estimated sales fell 5 percent.", [(IND, "sales fell 5 percent", "Analysts")]),
    ("Worried residents said the plant would close.", [(IND, "the plant would close", "Worried residents")]),
    ("Many worried residents say the plant will close.", [(IND, "the plant will close", "Many worried residents")]),
    ("The decision worried investors.", []),
    ("Parents worried about the cost of school meals.", []),
    ("They're worried that, if they get sick, they could go bankrupt.",
     [(IND, "if they get sick, they could go bankrupt", None)]),
    ("They are worried that the plant will close.", [(IND, "the plant will close", None)]),
    ("I hope Mr. Aliyev knows that, in case he attacks again, he will lose.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text, expected):
    assert run(text) == expected
