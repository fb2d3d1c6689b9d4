"""Round 48, family enrel4: English relatives left by enrel3: a cue verb inside an object relative on the sentence's
subject whose head speaks through a later cue ("The letter she wrote said the plan failed." gave 'said the plan failed'
by "she"); a content noun's object relative is no content clause ("The statement that the company issued said …"
reported nothing); "it" as the relative's subject ("The report it published said …"); a subject pronoun as the subject
of a restrictive relative closing the sentence ("Police arrested a man they say fired the shots." reported nothing)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a cue verb in the object relative: the head speaks (was 'said the plan failed' by "she")
    ("The letter she wrote said the plan failed.", [(IND, "the plan failed", "letter")]),
    ("The letter that she wrote said the plan failed.", [(IND, "the plan failed", "letter")]),
    ("The memo that he wrote on Friday said the deal was off.", [(IND, "the deal was off", "memo")]),
    ("The column she wrote argued that taxes should rise.", [(IND, "taxes should rise", "column")]),
    # a content noun with an object relative (was nothing)
    ("The statement that the company issued said it regretted the error.",
     [(IND, "it regretted the error", "statement")]),
    ("The statement that the ministry released on Monday said the economy grew.",
     [(IND, "the economy grew", "statement")]),
    # "it" as the relative's subject (was nothing)
    ("The report it published said the economy grew.", [(IND, "the economy grew", "report")]),
    ("The statement it issued said the talks had stalled.", [(IND, "the talks had stalled", "statement")]),
    # a subject pronoun in a restrictive relative closing the sentence (was nothing)
    ("Police arrested a man they say fired the shots.", [(IND, "fired the shots", None)]),
    ("Police arrested a man that they said fired the shots.", [(IND, "fired the shots", None)]),
    ("Police arrested a man he says stole the car.", [(IND, "stole the car", None)]),
    ("Police found the car they say was stolen.", [(IND, "was stolen", None)]),
]

GUARDS = [
    ("The statement the company issued said it regretted the error.", [(IND, "it regretted the error", "statement")]),
    ("The memo he sent said the project was over budget.", [(IND, "the project was over budget", "memo")]),
    ("The book she wrote became a bestseller.", []),
    ("The letter she wrote was published.", []),
    ("The claim that the senator lied said nothing.", []),
    ("The notion that the senator misspoke angered voters.", []),
    ("The statement that he issued on Monday was criticized.", []),
    ("Officials seized a ship that they said was carrying weapons.", [(IND, "was carrying weapons", None)]),
    ("Police arrested a man witnesses say was armed.", [(IND, "was armed", "witnesses")]),
    ("Police arrested a man they say.", []),
    ("The judge told the jury he said he was innocent.",
     [(IND, "he said he was innocent", "judge"), (IND, "he was innocent", None)]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_enrel4(text, expected):
    assert sorted(run(text)) == sorted(expected)
