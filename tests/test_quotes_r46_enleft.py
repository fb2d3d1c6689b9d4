"""Round 46, family enleft: English shapes earlier helpers left: "In Smith's words, “…”" (the owner speaks, as in "In
the words of Smith"), and a retort on a claim ("pushed back on claims that …", "hit back at accusations that …": the
content goes to the subject, as after "denied claims that …")."""

import pytest

from tests.quote_cases import quotes_of


def _reports(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "en")


CASES = [
    # fixes: "In X's (own) words" opening the sentence or after a quotation
    ('In Smith\'s words, "the plan is dead on arrival."', [("the plan is dead on arrival.", "Smith")]),
    ('In the minister\'s words, "the plan is dead on arrival."', [("the plan is dead on arrival.", "minister")]),
    ('In Smith\'s own words, "the plan is dead on arrival."', [("the plan is dead on arrival.", "Smith")]),
    ('In Trump\'s words: "We will build the wall."', [("We will build the wall.", "Trump")]),
    ('"The plan is dead on arrival," in Smith\'s words.', [("The plan is dead on arrival,", "Smith")]),
    ("In Smith's words, the plan is dead on arrival.", [("the plan is dead on arrival", "Smith")]),
    # fixes: a retort on a claim noun and its "that" clause
    ("The company pushed back on claims that it broke the law.", [("it broke the law", "company")]),
    ("The company hit back at accusations that it broke the law.", [("it broke the law", "company")]),
    ("The company pushed back against reports that it broke the law.", [("it broke the law", "company")]),
    ("The White House pushed back on reports that the president was ill.", [("the president was ill", "White House")]),
    ("The minister pushed back on suggestions that the reform was late.", [("the reform was late", "minister")]),
    ("The senator is pushing back on claims that he lied.", [("he lied", "senator")]),
    ("Smith hits back at claims that he had lied.", [("he had lied", "Smith")]),
    # guards
    ('In the words of Smith, "the plan is dead on arrival."', [("the plan is dead on arrival.", "Smith")]),
    ('In other words, "the plan is dead on arrival."', [("the plan is dead on arrival.", None)]),
    ('In the plan\'s words, "members must vote."', []),
    ("The minister said, in Smith's words, that the plan was dead.", [("the plan was dead", "minister")]),
    ("The company denied claims that it broke the law.", [("it broke the law", "company")]),
    ("The company rejected claims that it broke the law.", [("it broke the law", "company")]),
    ("Smith pushed back on the claims.", []),
    ("The launch was pushed back to May after reports that the rocket had failed.", []),
    ("The company pushed back the launch to next year, saying that demand was weak.", [("demand was weak", "company")]),
    ("The company pushed back on the idea that prices would rise.", []),
    ("Mourinho hit back at the pundits on Sunday.", []),
    ("The soldiers fired back at the attackers.", []),
    ('The launch was pushed back, "we are disappointed," said Smith.', [("we are disappointed,", "Smith")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_enleft(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _reports(text) == expected
