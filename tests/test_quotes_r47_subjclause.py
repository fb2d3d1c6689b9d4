"""Round 47, by hand: where a speech noun's "that" clause ends when the noun phrase is the sentence's subject, with a
participle inside the clause ("that she never sent classified emails has been disputed"); a relative "that" after a
pronoun addressee and a direct object ("He told me things that I knew were not quite accurate")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"

FIXES = [
    # a participle right after the clause's verb modifies its object (the content stopped before it)
    ("Clinton's claim that she never sent classified emails has been disputed.",
     [(IND, "she never sent classified emails", "Clinton")]),
    ("Clinton's claim that she used armed guards was false.", [(IND, "she used armed guards", "Clinton")]),
    ("The mayor's claim that the army killed armed civilians was rejected.",
     [(IND, "the army killed armed civilians", "mayor")]),
    # a participle right before an auxiliary closes a noun phrase of the clause
    ("The company's claim that it paid all taxes owed was rejected by the court.",
     [(IND, "it paid all taxes owed", "company")]),
]

GUARDS = [
    # the main verb after the clause still ends it
    ("Trump's claim that he opposed the war has been debunked.", [(IND, "he opposed the war", "Trump")]),
    ("Trump's claim that the election was rigged was rejected.", [(IND, "the election was rigged", "Trump")]),
    ("Smith's complaint that he had been treated unfairly was rejected.",
     [(IND, "he had been treated unfairly", "Smith")]),
    ("The mayor's warning that the dam could fail went unheeded.", [(IND, "the dam could fail", "mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_subject_clause_end(text: str, expected: list) -> None:
    assert quotes_of(text, "en", with_label=True) == expected


IND_FIXES = [
    # a direct object after a pronoun addressee: the "that" opens its relative clause, no content
    ("He told me things that I knew were not quite accurate.", []),
    ("He told me stories that made me cry.", []),
    ("He used to tell me things that I knew were not quite accurate.", []),
]

IND_GUARDS = [
    ("He told me that things were fine.", [(IND, "things were fine", None)]),
    ("He told me last week that things were fine.", [(IND, "things were fine", None)]),
    ("He told me privately that things were fine.", [(IND, "things were fine", None)]),
    ("She told them repeatedly that the plan had failed.", [(IND, "the plan had failed", None)]),
    ("He told us two years ago that the plant would close.", [(IND, "the plant would close", None)]),
    ("He told them all that the plan had failed.", [(IND, "the plan had failed", None)]),
    ("She told us both that she would leave.", [(IND, "she would leave", None)]),
    ("He assured me that the plan had failed.", [(IND, "the plan had failed", None)]),
]


@pytest.mark.parametrize(("text", "expected"), IND_FIXES + IND_GUARDS)
def test_object_then_relative(text: str, expected: list) -> None:
    assert quotes_of(text, "en", with_label=True) == expected
