"""Round 46, family ennominal: English noun-phrase attributions (a document from a counted or bare plural body, an owned
view or claim before "is/was that")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

CASES = [
    # fixes: a document from a counted or bare plural body speaks
    ("A letter from 40 senators said the agreement violated federal law.",
     [(IND, "the agreement violated federal law", "letter from 40 senators")]),
    ("A letter from senators said the agreement violated federal law.",
     [(IND, "the agreement violated federal law", "letter from senators")]),
    ("A letter signed by more than 100 lawmakers said the agreement violated federal law.",
     [(IND, "the agreement violated federal law", "letter signed by more than 100 lawmakers")]),
    ("A statement from 12 groups said the agreement violated federal law.",
     [(IND, "the agreement violated federal law", "statement from 12 groups")]),
    ("A letter signed by White House counsel said the agreement violated federal law.",
     [(IND, "the agreement violated federal law", "letter signed by White House counsel")]),
    # fixes: an owned view or claim before "is/was that"
    ("Merkel's view is that the euro must be defended at all costs.",
     [(IND, "the euro must be defended at all costs", "Merkel")]),
    ("The company's position was that it owed nothing to the workers.",
     [(IND, "it owed nothing to the workers", "company")]),
    ("But the ministry's position is that the troops never crossed the border.",
     [(IND, "the troops never crossed the border", "ministry")]),
    ("Smith's point was that the deal was unfair to workers.",
     [(IND, "the deal was unfair to workers", "Smith")]),
    # guards: unchanged
    ("A letter from the senators said the agreement violated federal law.",
     [(IND, "the agreement violated federal law", "letter from the senators")]),
    ("Support from voters says a lot about the campaign.", []),
    ("Her hope is that the talks will succeed.", []),
    ("The problem is that the law is unconstitutional.", []),
    ("The main argument is that the law is unconstitutional.", []),
    ("The reality of his position is that he has no votes.", []),
    ("Smith repeated his claim that the vote was rigged.", [(IND, "the vote was rigged", "Smith")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_ennominal(text: str, expected: list) -> None:
    assert run(text) == expected
