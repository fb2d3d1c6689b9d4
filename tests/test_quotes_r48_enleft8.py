"""Round 48, family enleft8: English leftovers of the seventh wave: a subject and its past verb as the whole content of
an "according to" source ("According to the ministry's figures, unemployment rose." and "Prices rose, according to the
ministry's data." reported nothing: two words were filtered as too short); a plural of persons after "the" as a speech
act's subject ("On Monday, the critics called the plan a disaster.", "The critics called the plan a disaster." reported
nothing) and a bare plural of persons after a fronted phrase before a judging act's "as" ("In a statement, lawmakers
described the bill as reckless." reported nothing); a fronted phrase of place or medium is no report ("In a letter,
Smith urged the president to resign." reported 'In a letter')."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a subject and its past verb after "according to" and its comma, or before them (was nothing)
    ("According to the ministry's figures, unemployment rose.", [(IND, "unemployment rose", "ministry")]),
    ("According to the ministry, prices fell.", [(IND, "prices fell", "ministry")]),
    ("According to police, two died.", [(IND, "two died", "police")]),
    ("According to CNN, Trump lied.", [(IND, "Trump lied", "CNN")]),
    ("According to the data, exports increased.", [(IND, "exports increased", "data")]),
    ("Prices rose, according to the ministry's data.", [(IND, "Prices rose", "ministry's data")]),
    ("Stocks fell, according to traders.", [(IND, "Stocks fell", "traders")]),
    # a plural of persons after "the" as an act's subject (was nothing)
    ("On Monday, the critics called the plan a disaster.",
     [(IND, "On Monday, the critics called the plan a disaster", "critics")]),
    ("The critics called the plan a disaster.", [(IND, "The critics called the plan a disaster", "critics")]),
    ("In the end, the critics described the film as a failure.",
     [(IND, "In the end, the critics described the film as a failure", "critics")]),
    # a bare plural of persons after a fronted phrase before a judging act's "as" (was nothing)
    ("In a statement, lawmakers described the bill as reckless.",
     [(IND, "In a statement, lawmakers described the bill as reckless", "lawmakers")]),
    ("On Monday, lawmakers described the bill as reckless.",
     [(IND, "On Monday, lawmakers described the bill as reckless", "lawmakers")]),
    # a fronted phrase of place or medium is no report (was the content)
    # ((round 48, ennews3) the request after it is reported, as without the fronted phrase)
    ("In a letter, Smith urged the president to resign.", [(IND, "to resign", "Smith")]),
    ("In a letter to Congress, Smith urged the president to resign.", [(IND, "to resign", "Smith")]),
    ("In his speech, Smith warned.", []),
    ("At current rates, Smith wrote.", []),
]

GUARDS = [
    ("At one point, the source said, the man began running toward the officers.",
     [(IND, "At one point", "source"), (IND, "the man began running toward the officers", "source")]),
    ("According to the report, it rose.", []),
    ("According to him, nothing changed.", []),
    ("According to the report, Monday ended.", []),
    ("According to the ministry's figures, unemployment rose sharply last year.",
     [(IND, "unemployment rose sharply last year", "ministry")]),
    ("According to police, the man fled.", [(IND, "the man fled", "police")]),
    ("Stocks fell, traders said.", [(IND, "Stocks fell", "traders")]),
    ("On Monday, the prices called the plan a disaster.", []),
    ("The prices called the plan a disaster.", []),
    ("The map described the area as dangerous.", []),
    ("On Monday, the residents called the police.", []),
    ("On Monday, critics called the plan a disaster.", [(IND, "On Monday, critics called the plan a disaster", "critics")]),
    ("In a statement, lawmakers said the bill was reckless.", [(IND, "the bill was reckless", "lawmakers")]),
    ("In a letter, Smith said the plan failed.", [(IND, "the plan failed", "Smith")]),
    ("In Syria the war continued, he said.", [(IND, "In Syria the war continued", None)]),
    ("Without reform, the system will collapse, he warned.",
     [(IND, "Without reform, the system will collapse", None)]),
    ("Of the dead, most were civilians, police said.", [(IND, "Of the dead, most were civilians", "police")]),
    ("At the hospital, doctors warned the patient could die.", [(IND, "the patient could die", "doctors")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text, expected):
    assert run(text) == expected
