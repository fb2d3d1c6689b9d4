"""Round 48, family auditcomments4: comment shapes left by the third comment audit, rows written as our own sentences.
A say-participle after the object of a verb of perceiving or of a recording belongs to that object ("I see people saying
…", "a video of the senator saying …"); a fronted time phrase without its comma is no subject ("Years later Liberal Scott
Reid saying …"); a present verb in -s after a short subject gives a restrictive relative's reported clause its own verb,
so the main predicate ends it ("Anyone who thinks Trump knows anything about budgeting | is an idiot"); "believe in" is
faith, no report; a noun object ("said no such thing", "said the word moron") is no content; "…, (most) others say …"
opens another group's report."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    ("Years later Liberal Scott Reid saying Alberta should pay.", [(IND, "Alberta should pay", "Scott Reid")]),
    ("Last week Premier Notley was quoted saying the pipeline would be built.",
     [(IND, "the pipeline would be built", "Notley")]),
    ("Besides, I see people saying the vote was rigged.", [(IND, "the vote was rigged", "people")]),
    ("I keep hearing experts saying the economy is fine.", [(IND, "the economy is fine", "experts")]),
    ("We saw a video of the senator saying the wall would be built.", [(IND, "the wall would be built", "senator")]),
    ("I heard the mayor saying the budget was balanced.", [(IND, "the budget was balanced", "mayor")]),
    ("Anyone who thinks Trump knows anything about budgeting is an idiot.",
     [(IND, "Trump knows anything about budgeting", "Anyone")]),
    ("Anyone who thinks he cares about you is a fool.", [(IND, "he cares about you", "Anyone")]),
    ("Anyone who thinks the plan works is naive.", [(IND, "the plan works", "Anyone")]),
    ("The man who said Trump knows the law was wrong.", [(IND, "Trump knows the law", "man")]),
    ("Anyone who believes in this nonsense is a fool.", []),
    ("Anyone who believes in Santa is a child.", []),
    ("It will say no such thing.", []),
    ("He said no such thing to reporters.", []),
    ("He got fired when he said the word moron.", []),
    ("Some say the plan will work, others say it will fail.",
     [(IND, "the plan will work", "Some"), (IND, "it will fail", "others")]),
    ("Some say the plan will work, most others agree it will fail.", [(IND, "the plan will work", "Some")]),
]

GUARDS = [
    ("Years later, Scott Reid was on television saying Alberta should pay.", [(IND, "Alberta should pay", "Scott Reid")]),
    ("Last week Smith said taxes would rise.", [(IND, "taxes would rise", "Smith")]),
    ("Two years later Smith told reporters the deal was dead.", [(IND, "the deal was dead", "Smith")]),
    ("I saw the report saying the plan failed.", [(IND, "the plan failed", "report")]),
    ("Anyone who says Trump is smart is wrong.", [(IND, "Trump is smart", "Anyone")]),
    ("He said Trump knows the rules.", [(IND, "Trump knows the rules", None)]),
    ("A person who believes that the funds providing a subsidy were the result of the ACA is confused.",
     [(IND, "the funds providing a subsidy were the result of the ACA", "person")]),
    ("The minister said no such thing existed.", [(IND, "no such thing existed", "minister")]),
    ("He said the word was out.", [(IND, "the word was out", None)]),
    ("Smith says the plan will work, Jones says it will fail.",
     [(IND, "the plan will work", "Smith"), (IND, "it will fail", "Jones")]),
    ("Some believe taxes will rise, many others think they will fall.",
     [(IND, "taxes will rise", "Some"), (IND, "they will fall", "many others")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
