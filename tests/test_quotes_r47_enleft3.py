"""Round 47, family enleft3: shapes earlier helpers left (a "both" opening a speaker pair, "the campaign" after "the
Trump campaign", "the union" after a union's plural name, "was heard to say that …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # "both" opening a coordinated pair is no part of its canonical name
    ("Both Smith and Jones said the deal was dead.", [(IND, "the deal was dead", "Smith and Jones")]),
    ("Both Merkel and Macron said the deal was dead.", [(IND, "the deal was dead", "Merkel and Macron")]),
    ("Both the mayor and the governor said the deal was dead.", [(IND, "the deal was dead", "mayor and the governor")]),
    # "the campaign" is the named campaign before it (an organisation, never the person)
    ("The Trump campaign filed a lawsuit on Monday. The campaign said the vote count was flawed.",
     [(IND, "the vote count was flawed", "Trump campaign")]),
    ("The Biden campaign released a statement. The campaign said the ads were false.",
     [(IND, "the ads were false", "Biden campaign")]),
    ("The Trump campaign filed a lawsuit. Trump held a rally in Ohio. The campaign said the vote count was flawed.",
     [(IND, "the vote count was flawed", "Trump campaign")]),
    # "the union" after a union's plural name
    ("The United Auto Workers called a strike. The union said the talks had failed.",
     [(IND, "the talks had failed", "United Auto Workers")]),
    # a passive of hearing before the infinitive cue: its subject speaks
    ("The minister was heard to say that the deal was dead.", [(IND, "the deal was dead", "minister")]),
    ("The minister was overheard to remark that the deal was dead.", [(IND, "the deal was dead", "minister")]),
]

GUARDS = [
    ("Smith and Jones said the deal was dead.", [(IND, "the deal was dead", "Smith and Jones")]),
    ("Smith and Jones both said the deal was dead.", [(IND, "the deal was dead", "Smith and Jones")]),
    ("Both the leaders said the deal was dead.", [(IND, "the deal was dead", "leaders")]),
    ("Both leaders said the deal was dead.", [(IND, "the deal was dead", "Both leaders")]),
    ("Both of them said the deal was dead.", [(IND, "the deal was dead", "Both of them")]),
    ("Both said the deal was dead.", [(IND, "the deal was dead", "Both")]),
    ("The Trump campaign said the vote count was flawed.", [(IND, "the vote count was flawed", "Trump campaign")]),
    ("Trump filed a lawsuit on Monday. The campaign said the vote count was flawed.",
     [(IND, "the vote count was flawed", "campaign")]),
    ("The Trump campaign filed a lawsuit. His rival's presidential campaign mocked it. The campaign said the suit was "
     "baseless.", [(IND, "the suit was baseless", "campaign")]),
    ("The workers walked out. The union said the talks had failed.", [(IND, "the talks had failed", "union")]),
    ("The minister went on to say that the deal was dead.", [(IND, "the deal was dead", "minister")]),
    ("No one was heard to say that the deal was dead.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
