"""Round 48, family ennested: English nested and stacked attributions. A report inside a report whose inner verb takes
"that" within the outer cue's reach ("Smith said Jones told him that …", "Police said witnesses reported that …") gives
the outer speaker the whole inner clause (the outer content had been only the inner one's "that" clause), and the inner
verb its own nested report; a body's conviction inside a report ("Fallon said the campaign was confident that …") is the
outer speaker's report only (it gave a second, overlapping report by "campaign"); a person's stays nested."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a report inside the report: the outer content is the inner clause, the inner verb reports its own (was only "the
    # deal was dead" for Smith)
    ("Smith said Jones told him that the deal was dead.",
     [(IND, "Jones told him that the deal was dead", "Smith"), (IND, "the deal was dead", "Jones")]),
    ("Smith said Jones warned him that the deal was dead.",
     [(IND, "Jones warned him that the deal was dead", "Smith"), (IND, "the deal was dead", "Jones")]),
    ("Smith said Jones announced that the deal was dead.",
     [(IND, "Jones announced that the deal was dead", "Smith"), (IND, "the deal was dead", "Jones")]),
    ("Smith announced Jones told him that the deal was dead.",
     [(IND, "Jones told him that the deal was dead", "Smith"), (IND, "the deal was dead", "Jones")]),
    ("Smith said Jones says that the deal is dead.",
     [(IND, "Jones says that the deal is dead", "Smith"), (IND, "the deal is dead", "Jones")]),
    ("Officials say Russia claims that the strike hit a depot.",
     [(IND, "Russia claims that the strike hit a depot", "Officials"), (IND, "the strike hit a depot", "Russia")]),
    ("Aides said Trump was convinced that the election had been stolen.",
     [(IND, "Trump was convinced that the election had been stolen", "Aides"), (IND, "the election had been stolen", "Trump")]),
    ("Smith said she believes that the deal is dead.",
     [(IND, "she believes that the deal is dead", "Smith"), (IND, "the deal is dead", "Smith")]),
    # a bare body's report inside it: the outer clause (round 48, ennested2: and the inner report by the bare plural,
    # which had been left without a speaker)
    ("Police said witnesses reported that the car was speeding.",
     [(IND, "witnesses reported that the car was speeding", "Police"), (IND, "the car was speeding", "witnesses")]),
    ("The report says investigators concluded that the fire was arson.",
     [(IND, "investigators concluded that the fire was arson", "report"), (IND, "the fire was arson", "investigators")]),
    ("The mayor said police believe that the fire was set deliberately.",
     [(IND, "police believe that the fire was set deliberately", "mayor"), (IND, "the fire was set deliberately", "police")]),
    ("Smith said Jones told him that.", [(IND, "Jones told him that", "Smith")]),
    # a body's conviction inside a report: one report (was a second one by "campaign", "company", …)
    ("Fallon said the campaign was confident that voters would see through the attacks.",
     [(IND, "the campaign was confident that voters would see through the attacks", "Fallon")]),
    ("Brian Fallon said the campaign was confident that voters would see through the attacks.",
     [(IND, "the campaign was confident that voters would see through the attacks", "Brian Fallon")]),
    ("Fallon said his campaign was confident that voters would see through the attacks.",
     [(IND, "his campaign was confident that voters would see through the attacks", "Fallon")]),
    ("Fallon said the Clinton campaign was confident that voters would see through the attacks.",
     [(IND, "the Clinton campaign was confident that voters would see through the attacks", "Fallon")]),
    ("Fallon said that the campaign was confident that voters would see through the attacks.",
     [(IND, "the campaign was confident that voters would see through the attacks", "Fallon")]),
    ("Smith said the company was sure that the deal would close.",
     [(IND, "the company was sure that the deal would close", "Smith")]),
    ("The ministry said the government was confident that the deal would hold.",
     [(IND, "the government was confident that the deal would hold", "ministry")]),
    ("Smith said the party is hopeful that the vote will pass.",
     [(IND, "the party is hopeful that the vote will pass", "Smith")]),
    ("The minister said the union was certain that the strike would go ahead.",
     [(IND, "the union was certain that the strike would go ahead", "minister")]),
]

GUARDS = [
    # adjuncts before the outer "that" stay adjuncts
    ("Smith said Tuesday that the deal was dead.", [(IND, "the deal was dead", "Smith")]),
    ("Smith said in a statement that the deal was dead.", [(IND, "the deal was dead", "Smith")]),
    ("Smith said last week that the deal was dead.", [(IND, "the deal was dead", "Smith")]),
    ("Smith said the company that he founded had failed.", [(IND, "the company that he founded had failed", "Smith")]),
    # the nested reports that already worked
    ("Smith said Jones told him the deal was dead.",
     [(IND, "Jones told him the deal was dead", "Smith"), (IND, "the deal was dead", "Jones")]),
    ("Smith said that Jones told him that the deal was dead.",
     [(IND, "Jones told him that the deal was dead", "Smith"), (IND, "the deal was dead", "Jones")]),
    ("Officials said the company claimed that it had paid.",
     [(IND, "the company claimed that it had paid", "Officials"), (IND, "it had paid", "company")]),
    ("According to Reuters, the minister said the talks had stalled.",
     [(IND, "the minister said the talks had stalled", "Reuters"), (IND, "the talks had stalled", "minister")]),
    # a person's conviction stays nested; a body's outside a report stays a report
    ("Aides said the president was convinced that the election had been stolen.",
     [(IND, "the president was convinced that the election had been stolen", "Aides"),
      (IND, "the election had been stolen", "president")]),
    ("Smith said he was confident that voters would see through the attacks.",
     [(IND, "he was confident that voters would see through the attacks", "Smith"),
      (IND, "voters would see through the attacks", "Smith")]),
    ("The campaign was confident that voters would see through the attacks.",
     [(IND, "voters would see through the attacks", "campaign")]),
    ("The company said it was confident that the merger would be approved.",
     [(IND, "it was confident that the merger would be approved", "company")]),
    ("The senator is convinced that the bill will pass.", [(IND, "the bill will pass", "senator")]),
    # a report inside a direct quote gives no indirect content
    ('"He told me the deal was dead," Smith said.', [(DIR, "He told me the deal was dead,", "Smith")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_ennested(text, expected):
    assert sorted(run(text)) == sorted(expected)
