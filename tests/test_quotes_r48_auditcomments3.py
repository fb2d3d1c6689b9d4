"""Round 48, family auditcomments3: a third audit of reader comments (a TRAIN sample, seed 777), rows written as our own
sentences. An indefinite pronoun as an addressee verb's object, before the reported clause's own subject, is the
addressee, not the content's start ("Trump has told everyone he is a billionaire" gave "everyone he is a billionaire")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    ("Trump has told everyone he is a billionaire.", [(IND, "he is a billionaire", "Trump")]),
    ("The mayor told everybody the budget was balanced.", [(IND, "the budget was balanced", "mayor")]),
    ("They told everybody it was over.", [(IND, "it was over", None)]),
    ("The senator told everyone they would vote no.", [(IND, "they would vote no", "senator")]),
    ("Smith told everyone his plan would work.", [(IND, "his plan would work", "Smith")]),
]

GUARDS = [
    ("He told everyone that the plan would work.", [(IND, "the plan would work", None)]),
    ("He told everyone the truth.", []),
    ("The teacher told everyone to sit down.", []),
    ("The coach asked everyone the same question.", []),
    ("The mayor told reporters the budget was balanced.", [(IND, "the budget was balanced", "mayor")]),
    ("He admitted nobody expected the win.", [(IND, "nobody expected the win", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
