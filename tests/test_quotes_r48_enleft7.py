"""Round 48, family enleft7: English leftovers of the sixth wave: a subject pronoun in a relative clause without its
gap ("Police arrested a man who they say was armed." reported nothing); a question inside a report ("He said reporters
asked whether he would run." had only the inner 'he would run'); a document noun alone after a time's possessive or a
one-word time adverb ("Last week's report said …" reported nothing, "Earlier reports said" was spoken by "Earlier
reports"); a clause of its own after a comma ends a speech act ("Officials announced the deal, markets rose." was the
act as a whole); a bare plural of persons after a fronted phrase as an act's subject ("On Monday, critics called the
plan a disaster." reported nothing); "according to" before a possessive and a document's noun ("According to CNN's
reports, …" was spoken by "CNN's"; "According to Smith's report, …" reported 'report, …') or before a report in a news
outlet ("According to reports in the Times, …" reported nothing)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a subject pronoun in a relative clause whose gap opens the content (was nothing)
    ("Police arrested a man who they say was armed.", [(IND, "was armed", None)]),
    ("Police arrested a man who she said was armed.", [(IND, "was armed", None)]),
    ("The man who they say fired the shots was arrested.", [(IND, "fired the shots", None)]),
    ("Smith praised the officer who he said saved his life.", [
        (IND, "Smith praised the officer who he said saved his life", "Smith"), (IND, "saved his life", "Smith")]),
    # a question inside the report (the outer content was only the inner one)
    ("He said reporters asked whether he would run.",
     [(IND, "reporters asked whether he would run", None), (IND, "he would run", "reporters")]),
    ("Smith said voters asked whether taxes would rise.",
     [(IND, "voters asked whether taxes would rise", "Smith"), (IND, "taxes would rise", "voters")]),
    ("Smith said Jones asked whether he would run.",
     [(IND, "Jones asked whether he would run", "Smith"), (IND, "he would run", "Jones")]),
    ("Smith said reporters asked him whether he would run.",
     [(IND, "reporters asked him whether he would run", "Smith"), (IND, "he would run", "reporters")]),
    # a document noun alone after a time's possessive (was nothing) or a one-word time adverb (was "Earlier reports")
    ("Last week's report said the fire was out.", [(IND, "the fire was out", "report")]),
    ("Last year's report said the economy grew.", [(IND, "the economy grew", "report")]),
    ("Last year's report found that the economy grew.", [(IND, "the economy grew", "report")]),
    ("Earlier reports said the deal collapsed.", [(IND, "the deal collapsed", "reports")]),
    # a clause of its own after a comma ends the act (the act ran on over it)
    ("Officials announced the deal, markets rose.", [(IND, "Officials announced the deal", "Officials")]),
    ("Officials announced the deal, investors cheered.", [(IND, "Officials announced the deal", "Officials")]),
    ("Pelosi calls Trump a coward, she is a fool", [(IND, "Pelosi calls Trump a coward", "Pelosi")]),
    ("Smith criticized the plan, he was angry.", [(IND, "Smith criticized the plan", "Smith")]),
    # a bare plural of persons after a fronted phrase (was nothing)
    ("On Monday, critics called the plan a disaster.",
     [(IND, "On Monday, critics called the plan a disaster", "critics")]),
    # "according to" a possessive and a document's noun: the owner (was "CNN's"; the content began at the noun)
    ("According to CNN's reports, the deal collapsed.", [(IND, "the deal collapsed", "CNN")]),
    ("According to CNN's report, the deal collapsed.", [(IND, "the deal collapsed", "CNN")]),
    ("According to Smith's report, the deal collapsed.", [(IND, "the deal collapsed", "Smith")]),
    ("According to Smith's account, the police arrived late.", [(IND, "the police arrived late", "Smith")]),
    ("According to the ministry's latest report, the deal collapsed.", [(IND, "the deal collapsed", "ministry")]),
    ("According to Reuters' reporting, the deal collapsed.", [(IND, "the deal collapsed", "Reuters")]),
    # a report in a news outlet (was nothing, or the speaker "a report")
    ("According to reports in the Times, the deal collapsed.", [(IND, "the deal collapsed", "Times")]),
    ("According to a report in the New York Times, the deal collapsed.", [(IND, "the deal collapsed", "New York Times")]),
    ("According to an article in the Guardian, the minister resigned.", [(IND, "the minister resigned", "Guardian")]),
]

GUARDS = [
    ("Police arrested a man police say was armed.", [(IND, "was armed", "police")]),
    ("Police arrested a man who police say was armed.", [(IND, "was armed", "police")]),
    ("Police arrested a man they say was armed.", [(IND, "was armed", None)]),
    ("Police arrested a man who they say they saw.", []),
    ("Smith asked whether he would run.", [(IND, "he would run", "Smith")]),
    ("Smith said he was asked whether he would run.", [(IND, "he was asked whether he would run", "Smith")]),
    ("This week's report said the economy grew.", [(IND, "the economy grew", "report")]),
    ("Earlier officials said the fire was out.", [(IND, "the fire was out", "officials")]),
    ("Critics called the plan a disaster.", [(IND, "Critics called the plan a disaster", "Critics")]),
    ("Officials announced the deal, saying it would help.",
     [(IND, "Officials announced the deal", "Officials"), (IND, "it would help", "Officials")]),
    ("Officials announced the deal, which markets welcomed.",
     [(IND, "Officials announced the deal", "Officials")]),
    ("He described unions as a tumor and like any cancer, they had to be removed.",
     [(IND, "He described unions as a tumor and like any cancer, they had to be removed", None)]),
    ("On Monday, prices called the plan a disaster.", []),
    ("On Monday, analysts called the plan a gamble.", [(IND, "On Monday, analysts called the plan a gamble", "analysts")]),
    ("Officials said critics called the plan a disaster.", [(IND, "critics called the plan a disaster", "Officials")]),
    ("According to the plan's authors, the deal collapsed.", [(IND, "the deal collapsed", "plan's authors")]),
    ("According to Smith's lawyer, the deal collapsed.", [(IND, "the deal collapsed", "Smith's lawyer")]),
    ("According to police records, the man was armed.", [(IND, "the man was armed", "police records")]),
    ("According to a report by the Times, the deal collapsed.", [(IND, "the deal collapsed", "report by the Times")]),
    ("According to reports in Britain, the deal collapsed.", []),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_enleft7(text, expected):
    assert sorted(run(text)) == sorted(expected)
