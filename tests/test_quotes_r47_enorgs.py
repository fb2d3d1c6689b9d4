"""Round 47, family enorgs: English organisations as speakers and their canonical names (a company's "& Co.", a title
opening a company's name, a body's name with "and", a one-word company opening the sentence before "the airline" or
"it")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # "& Co." before the cue (gave no report)
    ("JPMorgan Chase & Co. said it would open 400 branches.",
     [(IND, "it would open 400 branches", "JPMorgan Chase & Co")]),
    ("Goldman Sachs & Co. said sales fell.", [(IND, "sales fell", "Goldman Sachs & Co")]),
    ('"Sales fell," JPMorgan Chase & Co. said.', [(DIR, "Sales fell,", "JPMorgan Chase & Co")]),
    # a title opening a company's name (was "Motors", "Electric")
    ("General Motors said it would cut 4,000 jobs.", [(IND, "it would cut 4,000 jobs", "General Motors")]),
    ("General Electric said it would split into three companies.",
     [(IND, "it would split into three companies", "General Electric")]),
    ("General Dynamics Corp. said it won the contract.", [(IND, "it won the contract", "General Dynamics Corp")]),
    ('"We will build more trucks," General Motors said.', [(DIR, "We will build more trucks,", "General Motors")]),
    # a body's name with "and" (was "agency", "regulator")
    ("The Food and Drug Administration approved the drug on Friday. The agency said the benefits outweighed the risks.",
     [(IND, "the benefits outweighed the risks", "Food and Drug Administration")]),
    ("The Securities and Exchange Commission (SEC) charged the firm with fraud. The regulator said investors had lost "
     "millions.", [(IND, "investors had lost millions", "Securities and Exchange Commission")]),
    # a one-word company opening the sentence before, with a company's act (was "company", "airline", no one)
    ("Apple reported record profits on Thursday. The company said demand for the iPhone had been strong.",
     [(IND, "demand for the iPhone had been strong", "Apple")]),
    ("Lufthansa cancelled 800 flights. The airline said the strike would affect 130,000 passengers.",
     [(IND, "the strike would affect 130,000 passengers", "Lufthansa")]),
    ("HSBC raised its dividend. The bank said capital levels were strong.",
     [(IND, "capital levels were strong", "HSBC")]),
    ("Santander raised its forecast. The lender said loan demand was robust.",
     [(IND, "loan demand was robust", "Santander")]),
    ("Ford cut 3,000 jobs. The carmaker said the cuts were necessary.", [(IND, "the cuts were necessary", "Ford")]),
    ("Boeing delivered 30 jets in March. It said production would rise later in the year.",
     [(IND, "production would rise later in the year", "Boeing")]),
    ("Apple reported record profits on Thursday. It said demand for the iPhone had been strong.",
     [(IND, "demand for the iPhone had been strong", "Apple")]),
]

GUARDS = [
    ("Acme & Sons said sales fell.", [(IND, "sales fell", "Acme & Sons")]),
    ("Johnson & Johnson said it would appeal the verdict.", [(IND, "it would appeal the verdict", "Johnson & Johnson")]),
    ("Acme Co. said sales fell.", [(IND, "sales fell", "Acme Co")]),
    ("General Mark Milley said the troops would stay.", [(IND, "the troops would stay", "Mark Milley")]),
    ("Attorney General Merrick Garland said the department would investigate.",
     [(IND, "the department would investigate", "Merrick Garland")]),
    ("The Attorney General said the department would investigate.",
     [(IND, "the department would investigate", "Attorney General")]),
    ("Apple and Google were fined by the European Commission. The company said it would appeal.",
     [(IND, "it would appeal", "company")]),
    ("The Federal Bureau of Investigation said the suspect had acted alone.",
     [(IND, "the suspect had acted alone", "Federal Bureau of Investigation")]),
    ("The Environmental Protection Agency (EPA) said the water was safe. The agency said it would test again next month.",
     [(IND, "the water was safe", "Environmental Protection Agency"),
      (IND, "it would test again next month", "Environmental Protection Agency")]),
    ("Deutsche Bank said it would cut 18,000 jobs. The lender said the restructuring would cost 7.4 billion euros.",
     [(IND, "it would cut 18,000 jobs", "Deutsche Bank"),
      (IND, "the restructuring would cost 7.4 billion euros", "Deutsche Bank")]),
    ("Royal Dutch Shell plc said oil prices would remain volatile.",
     [(IND, "oil prices would remain volatile", "Royal Dutch Shell plc")]),
    # no common word, plural, country or other description for the one-word company
    ("Revenue rose 5 percent. The company said demand was strong.", [(IND, "demand was strong", "company")]),
    ("Shares posted gains. The company said demand was strong.", [(IND, "demand was strong", "company")]),
    ("Analysts cut their forecasts. The company said demand was strong.", [(IND, "demand was strong", "company")]),
    ("Demand cut into margins. The company said prices would rise.", [(IND, "prices would rise", "company")]),
    ("China raised tariffs on soybeans. The company said it would cut jobs.", [(IND, "it would cut jobs", "company")]),
    ("Microsoft hired 500 engineers. The Chinese company said it would fight the ban.",
     [(IND, "it would fight the ban", "Chinese company")]),
    ("Lufthansa cancelled 800 flights. The union said the strike would go on.",
     [(IND, "the strike would go on", "union")]),
    ("Congress passed the bill. It said the law would take effect in May.",
     [(IND, "the law would take effect in May", None)]),
    ("Mitsubishi recalled 100,000 cars. The carmaker said no injuries had been reported.",
     [(IND, "no injuries had been reported", "Mitsubishi")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r47_enorgs(text, expected):
    assert sorted(run(text)) == sorted(expected)
