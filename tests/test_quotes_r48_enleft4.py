"""Round 48, family enleft4: English shapes earlier rounds left alone (a hypothesis with "would"/"could" before a speech
verb, as "may"/"might" and round 39's "only an idiot would say"; a restrictive relative in the subject, "The plan that
critics say is flawed passed."; "who police say" naming the police; the title's full stop before a relative with a
partial quotation, 'Mr. Smith, who called the verdict "a travesty," said …'; a headline's clause closing its line)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # modal hypotheticals: "would"/"could" report nothing, as "may"/"might"/"should" did
    ("Trump could argue that the deal is bad.", []),
    ("Critics could argue that the plan is too expensive.", []),
    ("Some economists would argue that rates are too high.", []),
    ("Smith could tell investigators that he never met the ambassador.", []),
    ("Democrats could claim that the bill helps families.", []),
    ("Merkel would tell reporters that Germany will not pay.", []),
    ("One could effectively argue that the law is outdated.", []),
    # a restrictive relative in the subject ends before the main verb
    ("The plan that critics say is flawed passed.", [(IND, "is flawed", "critics")]),
    ("The plan that critics say is flawed passed the Senate on Tuesday.", [(IND, "is flawed", "critics")]),
    ("The drug that doctors say saved his life is expensive.", [(IND, "saved his life", "doctors")]),
    ("The bridge that engineers say is unsafe will close next week.", [(IND, "is unsafe", "engineers")]),
    ("A policy that experts say could harm children was approved.", [(IND, "could harm children", "experts")]),
    ("The company that analysts say is overvalued fell 5 percent.", [(IND, "is overvalued", "analysts")]),
    # "who" and the relative's own subject: that subject speaks
    ("The man who police say fired the shots was arrested.", [(IND, "fired the shots", "police")]),
    ("The man who police said fired the shots was arrested.", [(IND, "fired the shots", "police")]),
    ("A woman who witnesses say was driving the car fled.", [(IND, "was driving the car", "witnesses")]),
    # a title's full stop before the relative with a partial quotation
    ('Mr. Smith, who called the verdict "a travesty," said the court erred.',
     [(DIR, "a travesty,", "Smith"), (IND, "the court erred", "Smith")]),
    ('Sen. Warren, who called the bill "a giveaway," said she would vote no.',
     [(DIR, "a giveaway,", "Warren"), (IND, "she would vote no", "Warren")]),
    # a headline's clause closing its line without a stop
    ("Minister says prices rose\n\nThe finance minister said on Monday that prices rose.",
     [(IND, "prices rose", "Minister"), (IND, "prices rose", "finance minister")]),
    ("Police say suspect fled\n\nPolice said on Monday that the suspect fled.",
     [(IND, "suspect fled", "Police"), (IND, "the suspect fled", "Police")]),
]

GUARDS = [
    # "will" previews and narrative pasts stay reports
    ("Prosecutors will argue that Smith lied to investigators.", [(IND, "Smith lied to investigators", "Prosecutors")]),
    ("Biden will tell Congress on Tuesday that the war must end.", [(IND, "the war must end", "Biden")]),
    ("Trump would later claim that he had never met the woman.", [(IND, "he had never met the woman", "Trump")]),
    ("Smith said he would argue that the deal was fair.",
     [(IND, "he would argue that the deal was fair", "Smith"), (IND, "the deal was fair", "Smith")]),
    ("He'd just said the plan was dead.", [(IND, "the plan was dead", None)]),
    ("Trump may say the deal is bad.", []),
    ("Critics may argue that the plan is too expensive.", []),
    ("Most Americans would say that doesn't make any sense.", []),
    # non-restrictive and object-position relatives as before
    ("The plan, which critics say is flawed, passed.", [(IND, "is flawed", "critics")]),
    ("The senator backed a bill that critics say will raise costs.", [(IND, "will raise costs", "critics")]),
    ("The man, who police said fired the shots, was arrested.", [(IND, "fired the shots", "police")]),
    ("An official who spoke on condition of anonymity said the plan failed.", [(IND, "the plan failed", "official")]),
    ('John Smith, who called the verdict "a travesty," said the court erred.',
     [(DIR, "a travesty,", "John Smith"), (IND, "the court erred", "John Smith")]),
    ('Mr. Smith, who called the verdict "a travesty," resigned.', [(DIR, "a travesty,", "Smith")]),
    ("Minister says talks failed\n\nThe finance minister said on Monday that talks had failed.",
     [(IND, "talks failed", "Minister"), (IND, "talks had failed", "finance minister")]),
    ("Minister says prices\n\nThe minister said prices rose.", [(IND, "prices rose", "minister")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_enleft4(text, expected):
    assert sorted(run(text)) == sorted(expected)
