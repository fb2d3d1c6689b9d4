"""Round 48, family auditcomments2: a second audit of reader comments (a TRAIN sample, seed 4848), rows written as our
own sentences. A cue form before a word that makes it no report says nothing ("It just adds to how foolish you will
look", "the fear mongering would have you believe"; en.yaml `not_cue_before`); "you", its clitic auxiliary and one word
are a whole clause ("I said you're disgusting."); an adverb between a pseudo-cleft's copula and "that" ("What Trump said
is basically that …"); an addressee's passive with a clause and no "that" ("They were told their plan was idiotic.")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a cue form before a word that makes it no report
    ("It just adds to how foolish you will look very soon.", []),
    ("The new tax only adds to how hard life already is.", []),
    ("The xenophobic fear mongering would have you believe the border is open.", []),
    # "you", its clitic auxiliary and one word
    ("Yeah, I said you're disgusting.", [(IND, "you're disgusting", "I")]),
    ("Smith said you're wrong.", [(IND, "you're wrong", "Smith")]),
    ("The coach said you've won.", [(IND, "you've won", "coach")]),
    # an adverb between a pseudo-cleft's copula and "that"
    ("What Trump just said is basically that the problem isn't too many guns.",
     [(IND, "the problem isn't too many guns", "Trump")]),
    ("What the mayor said was simply that the budget was balanced.", [(IND, "the budget was balanced", "mayor")]),
    # an addressee's passive with a clause and no "that"
    ("They were told their plan was idiotic.", [(IND, "their plan was idiotic", None)]),
    ("The workers were told their jobs would be safe.", [(IND, "their jobs would be safe", None)]),
    ("We were told we would have a balanced budget by 1983.", [(IND, "we would have a balanced budget by 1983", None)]),
    ("Residents were assured the water was safe.", [(IND, "the water was safe", None)]),
    ("The jury was told the defendant had lied.", [(IND, "the defendant had lied", None)]),
]

GUARDS = [
    ("The mayor added that the budget was balanced.", [(IND, "the budget was balanced", "mayor")]),
    ("The mayor added to his remarks that the budget was balanced.", [(IND, "the budget was balanced", "mayor")]),
    ('The mayor added, "To be clear, we won."', [(DIR, "To be clear, we won.", "mayor")]),
    ("The report adds how the money was spent.", [(IND, "how the money was spent", "report")]),
    ("The scandal adds to the pressure on the mayor.", []),
    ("Officials fear the virus will spread.", [(IND, "the virus will spread", "Officials")]),
    ("Smith said he's sorry.", [(IND, "he's sorry", "Smith")]),
    ("I think you're wrong.", []),
    ("Nobody said you're just saying it.", []),
    ("What Trump said is that the problem isn't too many guns.", [(IND, "the problem isn't too many guns", "Trump")]),
    ("What Smith said is basically true.", []),
    ("What Smith said is actually that bad.", []),
    ("We were told that the plan works.", [(IND, "the plan works", None)]),
    ("They were told their rights.", []),
    ("They were told the truth.", []),
    ("The children were told the story of the flood.", []),
    ("The story was told the way it happened.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_auditcomments2_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_auditcomments2_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
