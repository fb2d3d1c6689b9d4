"""Round 48, family enroles5: English speaker names left by round 48's role and plural helpers (a role with "to" and
a titled name, "An adviser to President Volodymyr Zelensky said", is the adviser, as "A spokesman for X" is; a weekday
or month after the opening preposition is no name part, "On Monday Smith said"; "Both men", "The two men" and "The
couple" after a pair are the pair)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a role with "to" before a titled name is the role's holder's speech, not the name's (was the titled name)
    ("An adviser to Ukraine President Volodymyr Zelensky said the talks failed.",
     [(IND, "the talks failed", "adviser to Ukraine President Volodymyr Zelensky")]),
    ("An adviser to President Volodymyr Zelensky said the talks failed.",
     [(IND, "the talks failed", "adviser to President Volodymyr Zelensky")]),
    ("A senior adviser to Ukrainian President Volodymyr Zelensky said the talks failed.",
     [(IND, "the talks failed", "senior adviser to Ukrainian President Volodymyr Zelensky")]),
    ("An aide to Senator Chuck Schumer said the bill was dead.",
     [(IND, "the bill was dead", "aide to Senator Chuck Schumer")]),
    ('"The talks failed," an adviser to President Volodymyr Zelensky said.',
     [(DIR, "The talks failed,", "adviser to President Volodymyr Zelensky")]),
    ("An adviser to President Volodymyr Zelensky said the talks failed. He added that more talks were planned.",
     [(IND, "the talks failed", "adviser to President Volodymyr Zelensky"),
      (IND, "more talks were planned", "adviser to President Volodymyr Zelensky")]),
    # a weekday or month after the opening preposition is no name part (was "Monday Smith", "March Smith")
    ("On Monday Smith said the plan was dead.", [(IND, "the plan was dead", "Smith")]),
    ("In March Smith said the plan was dead.", [(IND, "the plan was dead", "Smith")]),
    ("Since January Smith has said the plan was dead.", [(IND, "the plan was dead", "Smith")]),
    ("On Monday Smith said the plan was dead. Smith added that talks would go on.",
     [(IND, "the plan was dead", "Smith"), (IND, "talks would go on", "Smith")]),
    # "Both men", "The two men", "The couple" after a pair opening the sentence before (were the words themselves)
    ("Anna Smith and Peter Jones met. Both men said the talks failed.",
     [(IND, "the talks failed", "Anna Smith and Peter Jones")]),
    ("Anna Smith and Peter Jones met. The two men said the talks failed.",
     [(IND, "the talks failed", "Anna Smith and Peter Jones")]),
    ("Anna Smith and Peter Jones married in 2010. The couple said the house was sold.",
     [(IND, "the house was sold", "Anna Smith and Peter Jones")]),
]

GUARDS = [
    # already right: a role with a modifier and a title before the name
    ("A top aide to Gov. Kathy Hochul told reporters that the plan was ready.",
     [(IND, "the plan was ready", "top aide to Gov. Kathy Hochul")]),
    ("A former lawyer for Donald Trump said the payments were legal.",
     [(IND, "the payments were legal", "former lawyer for Donald Trump")]),
    ("A lawyer for Alex Murdaugh said the verdict was wrong.", [(IND, "the verdict was wrong", "lawyer for Alex Murdaugh")]),
    ("A spokesman for President Joe Biden said the talks failed.",
     [(IND, "the talks failed", "spokesman for President Joe Biden")]),
    ("Advisers to President Joe Biden said the plan was ready.",
     [(IND, "the plan was ready", "Advisers to President Joe Biden")]),
    ("The envoy to Ukraine Kurt Volker said the meeting was routine.", [(IND, "the meeting was routine", "Kurt Volker")]),
    ("Senior adviser to the president Jared Kushner said the plan was ready.",
     [(IND, "the plan was ready", "Jared Kushner")]),
    ("Special adviser to President Joe Biden Anita Dunn said the plan was ready.",
     [(IND, "the plan was ready", "Anita Dunn")]),
    ("An adviser to the president said the plan was ready.", [(IND, "the plan was ready", "adviser to the president")]),
    ("On Tuesday John Smith said the plan was dead.", [(IND, "the plan was dead", "John Smith")]),
    ("On Monday Gov. Gavin Newsom said the plan was dead.", [(IND, "the plan was dead", "Gavin Newsom")]),
    ("On Monday, Smith said the plan was dead.", [(IND, "the plan was dead", "Smith")]),
    ("April Jones said the plan was dead.", [(IND, "the plan was dead", "April Jones")]),
    ("In May the minister said the plan was dead.", [(IND, "the plan was dead", "minister")]),
    ("The couple said the house was sold.", [(IND, "the house was sold", "couple")]),
    ("John Smith met reporters. Both men said the talks failed.", [(IND, "the talks failed", "Both men")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
