"""Round 46, family enclauses: English content clauses after a reporting verb (two-word clauses with a short past
in -ied, after a time word or an addressee and "that"; a commitment's short infinitive)."""

import pytest

from tests.quote_cases import quotes_of


def _reports(text: str) -> list[str]:
    return [t for t, _ in quotes_of(text, "en")]


CASES = [
    # fixes: a two-word clause with a short past in -ied
    ("Police said two died.", ["two died"]),
    ("She said Trump lied.", ["Trump lied"]),
    ("Police said four died.", ["four died"]),
    # fixes: a day or a time adjunct before the two-word clause
    ("He said Monday prices rose.", ["prices rose"]),
    ("He said on Monday prices rose.", ["prices rose"]),
    ("Police said Friday two died.", ["two died"]),
    # fix: an addressee and "that" before it
    ("He told reporters that prices rose.", ["prices rose"]),
    # fixes: a commitment's short infinitive (was the whole sentence)
    ("She promised to cut taxes.", ["to cut taxes"]),
    ("The president vowed to fight corruption.", ["to fight corruption"]),
    ("He has promised to step down.", ["to step down"]),
    # guards
    ("He said Monday ended.", []),
    ("He said nothing changed.", []),
    ("Police said the man died.", ["the man died"]),
    ("He told the story children loved.", []),
    ("He said the bed.", []),
    ("The minister pledged to build homes.", ["to build homes"]),
    ("The governor promised to veto the bill.", ["to veto the bill"]),
    ("He said Trump lied about the deal.", ["Trump lied about the deal"]),
    ("He said late Tuesday that the talks had collapsed.", ["the talks had collapsed"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_enclauses(text: str, expected: list[str]) -> None:
    assert _reports(text) == expected
