"""Round 48, family enpassive3: English passive reports left by enpassive and enpassive2 (a belief passive between commas
or closing the sentence without "that": "The fire, it is thought, started in the kitchen."; a connective or an opening
prepositional or time phrase before the parenthetical: "Moreover, it was reported, …", "In 2019, it was reported, …";
the trailing passive with its agent or a bare means: "…, it was claimed by critics.", "…, it was announced by email.";
a short quotation tagged by an agentless impersonal passive: '"We will appeal," it was announced.')."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a belief passive without "that" between commas or closing the sentence (was nothing)
    ("The fire, it is thought, started in the kitchen.", [(IND, "The fire", None), (IND, "started in the kitchen", None)]),
    ("The fire, it is suspected, was arson.", [(IND, "The fire", None), (IND, "was arson", None)]),
    ("The fire started in the kitchen, it is thought.", [(IND, "The fire started in the kitchen", None)]),
    ("Under the plan, it is thought, taxes would rise.", [(IND, "taxes would rise", None)]),
    # a connective, or an opening prepositional or time phrase, before the parenthetical (was nothing)
    ("Moreover, it was reported, the minister had lied.", [(IND, "the minister had lied", None)]),
    ("Furthermore, it is alleged, the minister took bribes.", [(IND, "the minister took bribes", None)]),
    ("In addition, it was reported, the minister had lied.", [(IND, "the minister had lied", None)]),
    ("In 2019, it was reported, the minister resigned.", [(IND, "the minister resigned", None)]),
    ("Last year, it was alleged, the company paid bribes.", [(IND, "the company paid bribes", None)]),
    ("On Monday, it was announced, the plant would close.", [(IND, "the plant would close", None)]),
    ("After the vote, it was reported, the minister resigned.", [(IND, "the minister resigned", None)]),
    # the trailing passive with its agent, whose agent speaks, or with a bare means (was nothing)
    ("The minister had lied, it was claimed by critics.", [(IND, "The minister had lied", "critics")]),
    ("The minister had lied, it was reported by the BBC.", [(IND, "The minister had lied", "BBC")]),
    ("The plant will close, it was announced by the ministry on Monday.", [(IND, "The plant will close", "ministry")]),
    ("He was arrested, it was confirmed by police.", [(IND, "He was arrested", "police")]),
    ("The plant will close, it was announced by email.", [(IND, "The plant will close", None)]),
    # a short quotation tagged by an agentless impersonal passive, as a longer one already was (was nothing)
    ('"We will appeal," it was announced.', [(DIR, "We will appeal,", None)]),
    ('"We will appeal," it was announced on Monday.', [(DIR, "We will appeal,", None)]),
    ('"We will appeal," it was later claimed.', [(DIR, "We will appeal,", None)]),
    ('"The minister lied," it is alleged.', [(DIR, "The minister lied,", None)]),
]

GUARDS = [
    # the parenthetical after a clause, a stance passive, a subordinate clause
    ("After he lost the vote, it was reported, the minister resigned.", []),
    ("The company, it is understood, will appeal.", []),
    ("He lied, it was said, and nobody believed him.", []),
    ("If the talks fail, it was said, the plant will close.", []),
    ("However, it was reported, the minister had lied.", [(IND, "the minister had lied", None)]),
    ("It is thought that the fire started in the kitchen.", [(IND, "the fire started in the kitchen", None)]),
    ("The fire is thought to have started in the kitchen.", []),
    ("He thought, for a moment, that the fire was out.", []),
    # the trailing passive with an agent: not a non-report passive, a stance passive, a condition or a fragment
    ("The bill passed, it was approved by the Senate.", []),
    ("The minister had lied, it was understood by police.", []),
    ("If the talks fail, it was said by critics.", []),
    ("The money, which was stolen, it was reported by police.", []),
    # a quotation tag with an agent, a name given, a stance passive, a tag going on
    ('"We will appeal," it was announced by the club.', [(DIR, "We will appeal,", "club")]),
    ('"Crimes against humanity," it was called.', []),
    ('"We will appeal," it was understood.', []),
    ('"We will appeal," it was announced, and fans cheered.', []),
    # a subject "is said to" + a state stays none (round 5)
    ("Smith is said to be furious.", []),
    ("The suspect was said by officials to be armed.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_enpassive3_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_enpassive3_guards(text, expected):
    assert run(text) == expected
