"""Round 46 (encomm): English communication verbs in their four frames (with "that", bare, trailing, after a
quotation): manner-of-speaking and reply tags after a quotation, tag verbs that also report "that", retort particles,
"wondered whether"; guards for the same words as no speech."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def reports(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "en")


# fix rows: each failed before (round 46, encomm)
FIXES = [
    # manner-of-speaking and reply tags right after a quotation
    ('"We will appeal," Smith protested.', [("We will appeal,", "Smith")]),
    ('"This is unfair," protested Smith, the union leader.', [("This is unfair,", "Smith")]),
    ('"That is not true," the lawyer objected.', [("That is not true,", "lawyer")]),
    ('"We need more time," Smith pleaded.', [("We need more time,", "Smith")]),
    ('"We were robbed," the coach grumbled after the game.', [("We were robbed,", "coach")]),
    ('"We did it," Smith crowed.', [("We did it,", "Smith")]),
    ('"Let me finish," the senator interjected.', [("Let me finish,", "senator")]),
    ('"I did nothing wrong," Smith swore.', [("I did nothing wrong,", "Smith")]),
    ('"Let me be clear," the minister elaborated.', [("Let me be clear,", "minister")]),
    ('"Is this legal?" inquired Senator Jane Doe.', [("Is this legal?", "Jane Doe")]),
    ('"Has the plan failed?" the minister wondered.', [("Has the plan failed?", "minister")]),
    ('"Rates will rise," the economist ventured.', [("Rates will rise,", "economist")]),
    # retort particles
    ('"The plan has failed," the minister cut in.', [("The plan has failed,", "minister")]),
    ('"The plan has failed," the minister broke in.', [("The plan has failed,", "minister")]),
    ('"The plan has failed," the minister piped up.', [("The plan has failed,", "minister")]),
    ('"Rates will rise," the economist summed up.', [("Rates will rise,", "economist")]),
    # tag verbs that also report a "that" clause
    ("The minister protested that the plan was fair.", [("the plan was fair", "minister")]),
    ("The minister objected that the plan was unfair.", [("the plan was unfair", "minister")]),
    ("The minister grumbled that the plan had failed.", [("the plan had failed", "minister")]),
    ("The minister fretted that the plan had failed.", [("the plan had failed", "minister")]),
    ("Smith swore that he was innocent.", [("he was innocent", "Smith")]),
    ("The economist surmised that rates would rise.", [("rates would rise", "economist")]),
    ("The minister concurred that the plan had failed.", [("the plan had failed", "minister")]),
    # a question of thought with whether/if, after a third person
    ("The minister wondered whether the plan had failed.", [("the plan had failed", "minister")]),
    ("The minister wondered if the plan had failed.", [("the plan had failed", "minister")]),
]

# guard rows: near misses that stay as they were
GUARDS = [
    ("Thousands protested in the capital on Sunday.", []),
    ("The union protested the closure of the plant.", []),
    ("Police fired tear gas, and thousands protested.", []),
    ("The union protested that decision.", []),
    ("The company offered a settlement of $2 million.", []),
    ("She cried at the funeral of her father.", []),
    ("The company corrected the error on Monday.", []),
    ("Residents objected to the plan at a meeting.", []),
    ("Smith pleaded guilty to fraud on Monday.", []),
    ("Smith swore in a new cabinet on Monday.", []),
    ("Thieves broke in and stole a laptop.", []),
    ("I wondered whether the plan had failed.", []),
    ("We have often wondered how the plan failed.", []),
    ("The economist ventured that rates would rise.", []),
    ('He is an insignificant "volunteer", you should read what he pleaded guilty to.', []),
    # a named subject of a tag already speaks by its name
    ('"Where is my son?" Maria Lopez sobbed.', [("Where is my son?", "Maria Lopez")]),
    ('"We will win," Smith fired back.', [("We will win,", "Smith")]),
    ("The minister pointed out that the plan had failed.", [("the plan had failed", "minister")]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), [("fix", *r) for r in FIXES] + [("guard", *r) for r in GUARDS])
def test_r46_encomm(kind: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert reports(text) == expected
