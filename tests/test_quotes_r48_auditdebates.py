"""Round 48, family auditdebates: spoken debate sentences (a prepositional adjunct between a perfect auxiliary and its
cue, "He has, in effect, said that …"; a time phrase before the content's "that", "said at that time that …", "said a
few minutes ago, Peter, that …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # an adjunct between the perfect auxiliary and the cue (nothing was reported, or the speaker was the adjunct's noun)
    ("He has, in effect, said that he would veto the bill.", [(IND, "he would veto the bill", None)]),
    ("He has in effect said that he would veto the bill.", [(IND, "he would veto the bill", None)]),
    ("The governor has, in fact, said that taxes will rise.", [(IND, "taxes will rise", "governor")]),
    ("The mayor had, in fact, announced that the plant would close.", [(IND, "the plant would close", "mayor")]),
    ("The president has, on several occasions, said that he would sign it.", [(IND, "he would sign it", "president")]),
    ("Senator Smith has in the past claimed that the program works.", [(IND, "the program works", "Smith")]),
    ("They have at last said that the war is over.", [(IND, "the war is over", None)]),
    # a time phrase before the complementizer (the content began at "time that", "a few minutes ago …")
    ("I said at that time that we could save five billion dollars.", [(IND, "we could save five billion dollars", None)]),
    ("The senator said at that point that the deal was off.", [(IND, "the deal was off", "senator")]),
    ("She told reporters at that moment that the talks had failed.", [(IND, "the talks had failed", None)]),
    ("He said a few minutes ago that we could save money.", [(IND, "we could save money", None)]),
    ("He said a few minutes ago, Peter, that we could save money.", [(IND, "we could save money", None)]),
    ("The governor said a couple of weeks ago that the budget was balanced.",
     [(IND, "the budget was balanced", "governor")]),
]

GUARDS = [
    ("He, in effect, said that he would veto the bill.", [(IND, "he would veto the bill", None)]),
    ("He has repeatedly said that he would veto the bill.", [(IND, "he would veto the bill", None)]),
    ("He has in the past been accused of lying.", []),
    ("The senator has, in fact, a plan of his own.", []),
    ("She said at the time that the program would cost too much.", [(IND, "the program would cost too much", None)]),
    ("He said that time is running out.", [(IND, "time is running out", None)]),
    ("He said two days ago, Peter, that we could save money.", [(IND, "we could save money", None)]),
    ("He revealed the papers that were given to him a week ago.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
