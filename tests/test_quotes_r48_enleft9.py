"""Round 48, family enleft9: English leftovers of three waves: a person and their kin or aide as a coordinated subject
("John Smith and his wife said …" was John Smith; now the pair as written, as "Eric Holcomb and leaders of the
Legislature" is); a company or a body described in apposition after "at", "for" or "of" ("Workers at Harlow, a grocery
company in Ohio, walked out. The company said …" was "company"; now Harlow); a relative in the subject of an outer
say-verb's clause ends before the clause's main verb ("Smith said the officer who he said saved his life was a hero."
reported 'saved his life was a hero')."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a person and their kin or aide: the pair as written (was the person alone)
    ("John Smith and his wife said the house was lost.", [(IND, "the house was lost", "John Smith and his wife")]),
    ("Mary Jones and her husband said the fire started at night.",
     [(IND, "the fire started at night", "Mary Jones and her husband")]),
    ("John Smith and his lawyer said the charges were baseless.",
     [(IND, "the charges were baseless", "John Smith and his lawyer")]),
    ("Former Vice President Joe Biden and his son have denied wrongdoing.",
     [(IND, "Former Vice President Joe Biden and his son have denied wrongdoing", "Joe Biden and his son")]),
    # a company or a body in apposition after "at", "for", "of" (was the description's head)
    ("Workers at Harlow, a grocery company in Ohio, walked out. The company said wages were too low.",
     [(IND, "wages were too low", "Harlow")]),
    ("Employees at Acme, a software firm, were laid off. The firm said demand had fallen.",
     [(IND, "demand had fallen", "Acme")]),
    ("Employees of Acme, a software firm, were laid off. The firm said demand had fallen.",
     [(IND, "demand had fallen", "Acme")]),
    ("He worked for Acme, a software firm, for ten years. The firm said he was a model employee.",
     [(IND, "he was a model employee", "Acme")]),
    ("A strike at Unite, the union, ended. The union said members had voted.", [(IND, "members had voted", "Unite")]),
    # a relative in the subject of an outer say-verb's clause (the inner report ran on into the main predicate)
    ("Smith said the officer who he said saved his life was a hero.",
     [(IND, "the officer who he said saved his life was a hero", "Smith"), (IND, "saved his life", "Smith")]),
    ("Smith said that the officer who he said saved his life was a hero.",
     [(IND, "the officer who he said saved his life was a hero", "Smith"), (IND, "saved his life", "Smith")]),
    ("Police said the man who witnesses say fired the shots has been arrested.",
     [(IND, "the man who witnesses say fired the shots has been arrested", "Police"),
      (IND, "fired the shots", "witnesses")]),
    ("Smith said the plan that critics say is flawed will pass.",
     [(IND, "the plan that critics say is flawed will pass", "Smith"), (IND, "is flawed", "critics")]),
    ("Smith said the money officials believe was stolen has not been found.",
     [(IND, "the money officials believe was stolen has not been found", "Smith"), (IND, "was stolen", "officials")]),
]

GUARDS = [
    ("John Smith and Mary Jones said the house was lost.", [(IND, "the house was lost", "John Smith and Mary Jones")]),
    ("Police said John Smith and his wife were arrested.",
     [(IND, "John Smith and his wife were arrested", "Police")]),
    ("Gov. Eric Holcomb and leaders of the Legislature said they would wait.",
     [(IND, "they would wait", "Eric Holcomb and leaders of the Legislature")]),
    ("Protesters gathered at Paris, a city in France, on Monday. The city said the march was peaceful.",
     [(IND, "the march was peaceful", "city")]),
    ("Students at Oxford, the university, protested. The university said the rules were fair.",
     [(IND, "the rules were fair", "university")]),
    ("In London, the capital, prices rose. The company said demand was strong.",
     [(IND, "demand was strong", "company")]),
    ("Shares in Harlow, a grocery company, fell. The company said sales were weak.",
     [(IND, "sales were weak", "company")]),
    ("Smith said the officer who he said saved his life.",
     [(IND, "the officer who he said saved his life", "Smith"), (IND, "saved his life", "Smith")]),
    ("Smith said he met the officer who he said saved his life.",
     [(IND, "he met the officer who he said saved his life", "Smith"), (IND, "saved his life", "Smith")]),
    ("The plan that critics say is flawed passed.", [(IND, "is flawed", "critics")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
