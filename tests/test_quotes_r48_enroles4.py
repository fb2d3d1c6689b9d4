"""Round 48, family enroles4: English speaker phrases left by enroles3 (a singular role with its preposition and
complement before a name after an inverted cue, '"…," said former special envoy to Ukraine Kurt Volker.'), a time
phrase opening the sentence without its comma ("This week officials said"), and the writer's "so-called" before a
speaker ('So-called "experts" say …')."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # an inverted cue before a role with its complement and the name (was the role: "former special envoy")
    ('"The meeting was routine," said former special envoy to Ukraine Kurt Volker.',
     [(DIR, "The meeting was routine,", "Kurt Volker")]),
    ('"The meeting was routine," said special envoy to Ukraine Kurt Volker.',
     [(DIR, "The meeting was routine,", "Kurt Volker")]),
    ('"We followed orders," said U.S. Ambassador to the European Union Gordon Sondland.',
     [(DIR, "We followed orders,", "Gordon Sondland")]),
    ("The deal is dead, said U.S. Ambassador to the European Union Gordon Sondland.",
     [(IND, "The deal is dead", "Gordon Sondland")]),
    ('"The policy was flawed," said former national security adviser to the president John Bolton.',
     [(DIR, "The policy was flawed,", "John Bolton")]),
    ('"The meeting was routine," said former special envoy to Ukraine Kurt Volker, who resigned.',
     [(DIR, "The meeting was routine,", "Kurt Volker")]),
    # a time phrase opening the sentence without its comma is no part of the subject (was "This week officials")
    ("This week officials said the plan was dead.", [(IND, "the plan was dead", "officials")]),
    ("Earlier this month officials said the plan was dead.", [(IND, "the plan was dead", "officials")]),
    ("This month investors said the plan was dead.", [(IND, "the plan was dead", "investors")]),
    # the writer's "so-called" is no part of the speaker (was "So-called experts")
    ('So-called "experts" say the plan will fail.', [(IND, "the plan will fail", "experts")]),
    ("So-called experts say the plan will fail.", [(IND, "the plan will fail", "experts")]),
    ("The so-called experts say the plan will fail.", [(IND, "the plan will fail", "experts")]),
]

GUARDS = [
    # a role for a titled person, a role before a name right after its preposition, a plural role, no name
    ('"The talks went well," said a spokesman for Secretary of State Antony Blinken.',
     [(DIR, "The talks went well,", "spokesman for Secretary of State Antony Blinken")]),
    ('"The verdict was wrong," said a lawyer for Alex Murdaugh.',
     [(DIR, "The verdict was wrong,", "lawyer for Alex Murdaugh")]),
    ('"The resolution failed," said the envoy to the United Nations.', [(DIR, "The resolution failed,", "envoy")]),
    ('"The meeting was routine," said Kurt Volker, former special envoy to Ukraine.',
     [(DIR, "The meeting was routine,", "Kurt Volker")]),
    ('"The meeting was routine," former special envoy to Ukraine Kurt Volker said.',
     [(DIR, "The meeting was routine,", "Kurt Volker")]),
    ("Former special envoy to Ukraine Kurt Volker said the meeting was routine.",
     [(IND, "the meeting was routine", "Kurt Volker")]),
    # time phrases already handled: after a comma, before a name or an article
    ("This week Smith said the plan was dead.", [(IND, "the plan was dead", "Smith")]),
    ("Last week, officials said the plan was dead.", [(IND, "the plan was dead", "officials")]),
    ("This week the minister told reporters that the plan was dead.", [(IND, "the plan was dead", "minister")]),
    ("The FAA last month said the plan was dead.", [(IND, "the plan was dead", "FAA")]),
    # a scare-quoted subject without "so-called" keeps its words
    ('Some "experts" say the plan will fail.', [(IND, "the plan will fail", "Some experts")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
