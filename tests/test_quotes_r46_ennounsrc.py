"""Round 46, family ennounsrc: English speech nouns with an owner (comments, remarks, criticism; the noun no verb after a
possessive; the end of a subject's "that" clause after a passive or an -ly word)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # owned comments, remarks and criticism (the verb "comments" ran on, its speaker "Johnson's")
    ("Johnson's comments that the economy was recovering drew criticism.",
     [(IND, "the economy was recovering", "Johnson")]),
    ("The minister's comments that the economy was recovering drew criticism.",
     [(IND, "the economy was recovering", "minister")]),
    ("Smith's comment that the plan was flawed went viral.",
     [(IND, "the plan was flawed", "Smith")]),
    ("The minister's remark that the economy was recovering drew criticism.",
     [(IND, "the economy was recovering", "minister")]),
    ("Critics attacked Johnson's comments that the economy was recovering.",
     [(IND, "the economy was recovering", "Johnson")]),
    ("Johnson's comments that the economy was recovering were widely reported.",
     [(IND, "the economy was recovering", "Johnson")]),
    ("Criticism from the opposition that the budget was unfair grew louder.",
     [(IND, "the budget was unfair", "opposition")]),
    ("Comments by the minister that the economy was recovering drew criticism.",
     [(IND, "the economy was recovering", "minister")]),
    # the noun before a relative "that" is no verb
    ("The senator's comments that angered voters were deleted.", []),
    # the subject's clause ends after a passive or an -ly adjective
    ("Smith's complaint that he had been treated unfairly was rejected.",
     [(IND, "he had been treated unfairly", "Smith")]),
    ("Johnson's criticism that the plan was too costly was echoed by others.",
     [(IND, "the plan was too costly", "Johnson")]),
    ("The mayor's claim that the bridge had been repaired was false.",
     [(IND, "the bridge had been repaired", "mayor")]),
]

GUARDS = [
    ("Donald Trump's claims that NATO is obsolete alarmed allies.", [(IND, "NATO is obsolete", "Donald Trump")]),
    ("The mayor's remarks that the city was safe drew laughter.", [(IND, "the city was safe", "mayor")]),
    ("The company's statements that it followed the law were false.", [(IND, "it followed the law", "company")]),
    ("The ministry's reports that troops had withdrawn were confirmed.", [(IND, "troops had withdrawn", "ministry")]),
    ("The senator made comments that angered voters.", []),
    ("Smith comments that the plan is flawed.", [(IND, "the plan is flawed", "Smith")]),
    ("Merkel's assertion that Germany would cope was widely quoted.", [(IND, "Germany would cope", "Merkel")]),
    ("Her claim that prices had sharply risen was rejected.", [(IND, "prices had sharply risen", None)]),
    ("Smith's claim that the plan was badly flawed was rejected.", [(IND, "the plan was badly flawed", "Smith")]),
    ("Criticism of the plan grew louder.", []),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r46_ennounsrc(text, expected):
    assert sorted(run(text)) == sorted(expected)
