"""Round 46, family enforms: English reports in other verb forms and constructions (a perfect with "since", a fronted
participle after a subordinator or preposition, an agentless passive with an adjunct before "that", the perfect
"has written that", a progressive in a non-restrictive who-clause)."""

import pytest

from tests.quote_cases import quotes_of


def _reports(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "en")


CASES = [
    # fixes: "since" between a perfect's auxiliary and its participle is an adverb
    ("The company has since said that it will appeal.", [("it will appeal", "company")]),
    ("The company has since denied that it broke the law.", [("it broke the law", "company")]),
    ("Smith has since told reporters that he regrets the remarks.", [("he regrets the remarks", "Smith")]),
    ("The company had since said that it would appeal.", [("it would appeal", "company")]),
    # fixes: a fronted participle after a subordinator or preposition is spoken by the main clause's subject
    ("While acknowledging that the reform was late, the minister said it would pass.",
     [("the reform was late", "minister"), ("it would pass", "minister")]),
    ("After claiming that the vote was rigged, the senator demanded a recount.", [("the vote was rigged", "senator")]),
    ("Despite insisting that the plan was sound, Smith voted against it.", [("the plan was sound", "Smith")]),
    ("After saying that the reform was on track, Smith left.", [("the reform was on track", "Smith")]),
    # fixes: a time or place adjunct before an agentless passive's "that"
    ("It was announced on Monday that the minister had resigned.", [("the minister had resigned", None)]),
    ("It was confirmed late Tuesday that the minister had resigned.", [("the minister had resigned", None)]),
    ("It was also reported last week that the minister had resigned.", [("the minister had resigned", None)]),
    # fixes: the perfect "has written that"
    ("Smith has written that the remarks were wrong.", [("the remarks were wrong", "Smith")]),
    ("Smith had written in a column that the remarks were wrong.", [("the remarks were wrong", "Smith")]),
    # fixes: a progressive in a non-restrictive who-clause
    ("The senator, who has been arguing that the plan is dead, voted for it.", [("the plan is dead", "senator")]),
    ("Senator Jane Doe, who has been saying for months that the plan is dead, voted for it.",
     [("the plan is dead", "Jane Doe")]),
    # guards
    ("Nothing has changed since said law passed.", []),
    ("The company has long said that it will appeal.", [("it will appeal", "company")]),
    ("Without saying that the reform was on track, Smith left.", []),
    ("While waiting for the verdict, Smith said the trial was unfair.", [("the trial was unfair", "Smith")]),
    ("While the minister acknowledged that the reform was late, Smith defended it.",
     [("the reform was late", "minister")]),
    ("The plan was announced on Monday that would cut taxes.", []),
    ("The decision was announced on the day that the minister resigned.", []),
    ("The bill was signed on Monday that the governor had vetoed.", []),
    ("It was announced that the minister had resigned.", [("the minister had resigned", None)]),
    ("A written statement said the company would appeal.", [("the company would appeal", "written statement")]),
    ("The rules, written in 1990, say that members must vote.", [("members must vote", "rules")]),
    ("Smith has written a book about the war.", []),
    ("It is written that the meek shall inherit the earth.", []),
    ("The same hippies who were saying that the war was lost now back it.", []),
    ("The senator, who argued that the plan is dead, voted for it.", [("the plan is dead", "senator")]),
    ("The minister did not say whether the reform would be delayed.", []),
    ("The minister is said to have resigned.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_enforms(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _reports(text) == expected
