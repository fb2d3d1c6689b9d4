"""Round 46, family enwhich: English relative and fronted shapes (a non-restrictive "which" as a cue's subject, a lone
name with a relative clause or an age before a trailing cue, a fronted two-word clause with a short past in -ied, a count
as its subject or an inverted source after it, and the question of a fronted "Asked …")."""

import pytest

from tests.quote_cases import quotes_of


def _reports(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "en")


CASES = [
    # fixes: a non-restrictive "which" after a speaking body, a company, a name or a document is the cue's subject
    ("The company, which said that profits would fall, cut 200 jobs.", [("profits would fall", "company")]),
    ("The company, which has said that profits would fall, cut 200 jobs.", [("profits would fall", "company")]),
    ("The ministry, which announced that the plant would close, gave no date.",
     [("the plant would close", "ministry")]),
    ("Siemens, which said in March that it would cut jobs, hired 500 workers.", [("it would cut jobs", "Siemens")]),
    ("The White House, which said on Monday that the talks would resume, gave no details.",
     [("the talks would resume", "White House")]),
    ("The letter, which argued that the law was unconstitutional, was signed by 40 senators.",
     [("the law was unconstitutional", "letter")]),
    ("The report, which said that the reform had failed, was published on Monday.",
     [("the reform had failed", "report")]),
    ("Apple cited a statement, which said the phone was safe.", [("the phone was safe", "statement")]),
    # fixes: a lone name with a relative clause or an age between the report and its trailing cue
    ("The plan was dead, Smith, who chairs the committee, said.", [("The plan was dead", "Smith")]),
    ("The plan was dead, Siemens, which employs 500 people, said.", [("The plan was dead", "Siemens")]),
    ("The plan is dead, Smith, who chairs the committee, says.", [("The plan is dead", "Smith")]),
    ("The plan was dead, Smith, 45, said.", [("The plan was dead", "Smith")]),
    ("The plan was dead, Smith, who chairs the committee, told reporters.", [("The plan was dead", "Smith")]),
    # fixes: a fronted two-word clause with a four-letter past in -ied, a count as its subject, an inverted source
    ("Trump lied, Clinton said.", [("Trump lied", "Clinton")]),
    ("Smith lied, prosecutors say.", [("Smith lied", "prosecutors")]),
    ("Two died, police said.", [("Two died", "police")]),
    ("Dozens fled, officials said on Monday.", [("Dozens fled", "officials")]),
    ("Two died, said police.", [("Two died", "police")]),
    ("Stocks fell, said traders.", [("Stocks fell", "traders")]),
    # guards: "which" after a clause, a weekday or a word of another kind reports nothing of its own
    ("Prices fell, which suggests that demand is weak.", []),
    ("He resigned, which said a lot about the party.", []),
    # (round 47, enobjrel: the two-word predicate of an object relative reports, as the longer one did; was [])
    ("The plan, which analysts said would fail, passed.", [("would fail", "analysts")]),
    ("The bill, which Democrats say would cut taxes, passed.", [("would cut taxes", "Democrats")]),
    ("Smith, who said that the plan was dead, voted for it.", [("the plan was dead", "Smith")]),
    # guards: a "which" subject reports a content clause only, no act of its own
    ("Reuters, which first reported the deal, cited two sources.", []),
    ("The company, which denies wrongdoing, appealed.", []),
    ("The company said in a statement, which was released on Monday, that profits would fall.",
     [("profits would fall", "company")]),
    # guards: the trailing attributions that worked already, and a title as a lone vocative
    ("The plan was dead, John Smith, who chairs the committee, said.", [("The plan was dead", "John Smith")]),
    ("The plan was dead, the company, which employs 500 people, said.", [("The plan was dead", "company")]),
    ("The plan was dead, said Smith, who chairs the committee.", [("The plan was dead", "Smith")]),
    ("The plan was dead, Governor, 45, said.", []),
    ("Prices will rise, analysts, who expect a slowdown, said.", []),
    # guards: other quantifiers, no trailing source, a coordinated clause
    ("Some agreed, others said.", []),
    ("Both agreed, officials said.", []),
    ("Two died.", []),
    ("Two died, and police said the road was closed.", [("the road was closed", "police")]),
    ("Two people died, police said.", [("Two people died", "police")]),
    # guards: the question of a fronted "Asked …" is no report, the answer is
    ("Asked whether she would run again, Smith said she had not decided.", [("she had not decided", "Smith")]),
    ("Asked about the remarks, Smith said he regretted them.", [("he regretted them", "Smith")]),
    ("Asked whether the report said that the plan was dead, Smith said it did.", [("it did", "Smith")]),
    ("Asked about the vote, Smith declined to comment.", []),
    ("Smith, asked whether she would run again, said she had not decided.", [("she had not decided", "Smith")]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_enwhich(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _reports(text) == expected
