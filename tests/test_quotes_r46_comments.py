"""Round 46, family comments: reader comments quoting the article, other commenters and public figures.

Each "fix" row fails against the base commit b600fcd; "guard" rows are near misses that must stay as they are.
"""

import pytest

from tests.quote_cases import quotes_of


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "en", kind="comment")


ROWS = [
    # fix: a demonstrative object of a restrictive relative clause opening the subject is no reported clause
    ("fix", "The person who wrote this should be fired.", []),
    ("fix", "Anyone who says that is a liar.", []),
    ("fix", "Those who believe this are fools.", []),
    ("fix", "The guy who wrote this article says the mayor has no plan.", [("the mayor has no plan", "guy")]),
    ("fix", "The person who wrote this article thinks the mayor has no plan.", [("the mayor has no plan", "person")]),
    ("fix", "The man who wrote this says the mayor has no plan.", []),  # (the false report gone; "says" misses)
    # fix: the main clause's plural cue after "now"/"still" ends the relative clause's report
    ("fix", "The same people who said Trump would lose now say he will win.",
     [("Trump would lose", "same people"), ("he will win", "same people")]),
    ("fix", "The people who told us the war would be quick now say it will take years.",
     [("the war would be quick", "people"), ("it will take years", "people")]),
    ("fix", "The people who said the plan would work still say it will.",
     [("the plan would work", "people"), ("it will", "people")]),
    # guards
    ("guard", "Those who say this is a scandal are right.", [("this is a scandal", None)]),
    ("guard", "They're not going to follow somebody who says this is the wrong war.", [("this is the wrong war", None)]),
    ("guard", "The analyst who wrote this week that prices would fall was right.", [("prices would fall", "analyst")]),
    ("guard", "Everyone who said the mayor would win was wrong.", [("the mayor would win", "Everyone")]),
    ("guard", "The woman who told reporters that the plan failed was fired.", [("the plan failed", "woman")]),
    ("guard", "Whoever wrote this article is an idiot.", []),
    ("guard", "The same people who said Trump would lose are now saying he will win.",
     [("Trump would lose", "same people"), ("he will win", "same people")]),
    ("guard", "Officials said the plan would work and now say it will.",
     [("the plan would work and now say it will", "Officials"), ("it will", "Officials")]),
    ("guard", 'Trump said "we will build a wall and Mexico will pay for it." He lied.',
     [("we will build a wall and Mexico will pay for it.", "Trump")]),
    ("guard", "As the article says, the mayor has no plan for the budget.",
     [("the mayor has no plan for the budget", "article")]),
    ("guard", "Hillary called them a \"basket of deplorables\" and now she wonders why she lost.",
     [("basket of deplorables", "Hillary")]),
]


@pytest.mark.parametrize("kind,text,expected", ROWS, ids=[f"{r[0]}-{i}" for i, r in enumerate(ROWS)])
def test_r46_comments(kind: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted(_quotes(text), key=str) == sorted(expected, key=str)
