"""Round 48, family ennounverb: English cue words used as nouns (a plural "reports"/"claims"/"notes" after an article
and names: joined names, a preposition opening the sentence, a relative "which" after it)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # two names joined by "and" before the plural: a verb after a joined subject would be "report"
    ("Nancy Pelosi wants to finish before the Horowitz and Durham reports, before the public gets bored.", []),
    ("She wants to finish before the Horowitz and Durham reports.", []),
    ("The Horowitz and Durham reports, released last year, found errors.", []),
    # a preposition opening the sentence before the article and the name(s)
    ("After the CNN reports, the senator resigned.", []),
    ("Before the Durham reports, few knew of the case.", []),
    ("Since the Post reports, the agency has been under pressure.", []),
    ("Following the Reuters reports, shares fell.", []),
    ("Unlike the BBC reports, the Guardian account named the victim.", []),
    ("After CNN reports, the senator resigned.", []),
    # the content is the speech act of the real subject, no longer the "reports" phrase's
    ("Despite the Reuters reports, the company denied any wrongdoing.",
     [(IND, "Despite the Reuters reports, the company denied any wrongdoing", "company")]),
    ("In Politico reports, officials denied the claim.",
     [(IND, "In Politico reports, officials denied the claim", "officials")]),
    # a relative "which" after the comma follows a noun
    ("The CNN reports, which cited anonymous sources, were denied.", []),
    ("The Post reports, which were denied by the White House, cited sources.", []),
]

GUARDS = [
    ("Durham reports that the FBI erred.", [(IND, "the FBI erred", "Durham")]),
    ("The Times reports that the deal collapsed on Friday.", [(IND, "the deal collapsed on Friday", "Times")]),
    ("As CNN reports, the senator resigned on Friday.", [(IND, "the senator resigned on Friday", "CNN")]),
    ("As the Times reports, the deal collapsed.", [(IND, "the deal collapsed", "Times")]),
    ("The deal collapsed, the Times reports.", [(IND, "The deal collapsed", "Times")]),
    ("The deal collapsed, CNN reports.", [(IND, "The deal collapsed", "CNN")]),
    ("The Times reports, citing officials, that the deal collapsed.", [(IND, "the deal collapsed", "Times")]),
    ("Procter and Gamble reports that sales rose.", [(IND, "sales rose", "Procter and Gamble")]),
    ("The White House notes that the president has met the leader twice.",
     [(IND, "the president has met the leader twice", "White House")]),
    ("Several FBI reports said the suspect had fled the country.",
     [(IND, "the suspect had fled the country", "Several FBI reports")]),
    ("Trump said the CNN reports were fake.", [(IND, "the CNN reports were fake", "Trump")]),
    ("The company reported a loss of $304 million in the third quarter.", []),
    ("The stated goal of the program is to reduce emissions by half.", []),
    ("All told, the storm killed 40 people and destroyed 2,000 homes.", []),
    ("The company sold the said property to a developer in 2019.", []),
    ("The reported cases rose to 400 on Tuesday.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text, expected):
    assert run(text) == expected
