"""Round 47, family bodies2: organisations as speakers (English): a public body's "of" name listing its fields as the
antecedent of "the department"/"the agency", and a named company's report doubled by a trailing "…, the company
said." (one report)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a body's "of" name with "and" or a comma list of fields (was cut at "and", or left as "agency")
    ("The Department of Health and Human Services issued new guidance. The department said hospitals must comply.",
     [(IND, "hospitals must comply", "Department of Health and Human Services")]),
    ("The Bureau of Alcohol, Tobacco, Firearms and Explosives opened an investigation. The agency said the gun was "
     "stolen.",
     [(IND, "the gun was stolen", "Bureau of Alcohol, Tobacco, Firearms and Explosives")]),
    # an "of" name ending in "Affairs" is no magazine title ("Foreign Affairs")
    ("The Department of Veterans Affairs issued new guidance. The department said hospitals must comply.",
     [(IND, "hospitals must comply", "Department of Veterans Affairs")]),
    ("The Ministry of Foreign Affairs summoned the ambassador. The ministry said the remarks were unacceptable.",
     [(IND, "the remarks were unacceptable", "Ministry of Foreign Affairs")]),
    # a named company's report doubled by a trailing description: one report (was a second with the whole clause)
    ("Tesla said deliveries fell in the second quarter, the company said.",
     [(IND, "deliveries fell in the second quarter", "Tesla")]),
    ("Tesla said on Monday that deliveries fell in the second quarter, the company said.",
     [(IND, "deliveries fell in the second quarter", "Tesla")]),
]

GUARDS = [
    # a second name after "and" is no field of the body's name
    ("The Department of Energy and Tesla signed a deal. The department said it would review the case.",
     [(IND, "it would review the case", "Department of Energy")]),
    ("The Department of Justice and Goldman Sachs reached a settlement. The department said it would review the case.",
     [(IND, "it would review the case", "Department of Justice")]),
    ("The Department of Justice opened an inquiry. The department said it would review the case.",
     [(IND, "it would review the case", "Department of Justice")]),
    ("Foreign Affairs published an essay by Smith. The magazine said the essay was popular.",
     [(IND, "the essay was popular", "magazine")]),
    # a person's words reported by a company, a medium's relay, another body: the trailing attribution keeps its report
    ("John Smith said he would resign, the company said.",
     [(IND, "John Smith said he would resign", "company"), (IND, "he would resign", "John Smith")]),
    ("The union said talks had failed, the company said.",
     [(IND, "The union said talks had failed", "company"), (IND, "talks had failed", "union")]),
    ("Tesla said deliveries fell in the second quarter, Reuters reported.",
     [(IND, "Tesla said deliveries fell in the second quarter", "Reuters"),
      (IND, "deliveries fell in the second quarter", "Tesla")]),
    ("Deliveries fell in the second quarter, the company said.",
     [(IND, "Deliveries fell in the second quarter", "company")]),
    # the opening cue reports nothing of its own: the trailing one keeps the sentence
    ("Tesla said deliveries fell, the company said.",
     [(IND, "Tesla said deliveries fell", "company")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
