"""Round 48, family auditdebates2: a second audit of spoken debate sentences (an -ly adverb between commas after a
perfect auxiliary, "The senator has, frankly, said that …"; "then" opening the main clause after a fronted adverbial
clause that holds the cue, "But when people suggest that …, then we're not …", "If he says that …, then why …?")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # an -ly adverb between commas after a perfect auxiliary (nothing was reported)
    ("The senator has, frankly, said that he will vote against it.", [(IND, "he will vote against it", "senator")]),
    ("The governor has, clearly, stated that taxes will rise.", [(IND, "taxes will rise", "governor")]),
    # "then" opens the main clause after a fronted adverbial clause holding the cue (the content ran on)
    ("But when people suggest that I pal around with terrorists, then we're not talking about issues.",
     [(IND, "I pal around with terrorists", "people")]),
    ("If he says that the program works, then why is he cutting it?", [(IND, "the program works", None)]),
    ("When critics claim that the plan is too costly, then they ignore the savings.",
     [(IND, "the plan is too costly", "critics")]),
]

GUARDS = [
    ("The mayor had, repeatedly, claimed that the plant was safe.", [(IND, "the plant was safe", "mayor")]),
    ("The senator has frankly said that he will vote against it.", [(IND, "he will vote against it", "senator")]),
    ("The senator has, however, said that he will vote against it.", [(IND, "he will vote against it", "senator")]),
    ("When he said that the economy would grow, nobody believed him.", [(IND, "the economy would grow", None)]),
    ("He said that if the plan fails, then we will try again.", [(IND, "if the plan fails, then we will try again", None)]),
    ("She said that when the rain stops, then the work will resume.",
     [(IND, "when the rain stops, then the work will resume", None)]),
    ("After the mayor announced that the plant would close, workers protested.",
     [(IND, "the plant would close", "mayor")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
