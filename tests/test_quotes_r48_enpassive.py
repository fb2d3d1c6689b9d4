"""Round 48, family enpassive: English passive and agentless reports (an impersonal belief passive "It is thought that
…", adverbs before an impersonal stance passive, a bare means after "by", an adjunct between a passive's agent and its
"that"; a trailing "…, it was reported.")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # an impersonal belief passive reports as "It is believed that …" does, without a speaker (was nothing)
    ("It is thought that the fire started in the kitchen.", [(IND, "the fire started in the kitchen", None)]),
    ("It was thought that the virus had been contained.", [(IND, "the virus had been contained", None)]),
    ("It is suspected that the fire was arson.", [(IND, "the fire was arson", None)]),
    # adverbs before an impersonal stance passive: no one's report, as "It's now understood that …" (had the speaker
    # "It" or a quote)
    ("It is now understood that the club will appeal.", []),
    ("It is widely understood that the club will appeal.", []),
    ("It was widely expected that the bill would pass.", []),
    # a bare means after "by" is no agent (had the speakers "phone", "letter", "email", "text message")
    ("Staff were told by phone that the plant would close.", [(IND, "the plant would close", None)]),
    ("Staff were informed by letter that the plant would close.", [(IND, "the plant would close", None)]),
    ("It was announced by email that the plant would close.", [(IND, "the plant would close", None)]),
    ("He was told by text message that he had been fired.", [(IND, "he had been fired", None)]),
    # an adjunct between the agent and the "that" of an impersonal passive (was nothing)
    ("It was announced by the ministry on Monday that the plant would close.",
     [(IND, "the plant would close", "ministry")]),
    ("It was confirmed by police on Friday that the suspect had fled.", [(IND, "the suspect had fled", "police")]),
    ("It was reported by the BBC at the weekend that the talks had collapsed.",
     [(IND, "the talks had collapsed", "BBC")]),
    # an agentless impersonal passive closing the sentence after a comma reports the clause before it (was nothing)
    ("The minister had lied about the payments, it was reported.",
     [(IND, "The minister had lied about the payments", None)]),
    ("The plant will close next year, it was announced yesterday.", [(IND, "The plant will close next year", None)]),
    ("The minister had lied about the payments, it has been alleged.",
     [(IND, "The minister had lied about the payments", None)]),
    ("The talks had failed, it is believed.", [(IND, "The talks had failed", None)]),
]

GUARDS = [
    # agentless passive reports (round 8) and beliefs that already reported
    ("It was reported that the talks had collapsed.", [(IND, "the talks had collapsed", None)]),
    ("It was announced on Monday that the plant would close.", [(IND, "the plant would close", None)]),
    ("It is widely believed that the election was rigged.", [(IND, "the election was rigged", None)]),
    ("It is feared that dozens of people died in the blast.", [(IND, "dozens of people died in the blast", None)]),
    ("It is widely thought that the election was rigged.", [(IND, "the election was rigged", None)]),
    ("Police suspect that the fire was arson.", [(IND, "the fire was arson", "Police")]),
    # the other stance passives stay no report (round 33)
    ("It is understood that the club will appeal.", []),
    ("It is expected that the bill will pass.", []),
    ("It is known that the bank had lied.", []),
    # a subject "is said / believed / thought to" + a state or deed reports nothing (round 5); a speech act does
    ("Trump is said to be furious with his staff.", []),
    ("Clinton is believed to have deleted the emails.", []),
    ("The minister is thought to be considering resignation.", []),
    ("The fire is thought to have started in the kitchen.", []),
    ("Smith is said to have told aides that the deal was dead.", [(IND, "the deal was dead", "Smith")]),
    # agents after "by", with and without an article
    ("Journalists were told by a spokesman that the plant would close.", [(IND, "the plant would close", "spokesman")]),
    ("The mayor was told by police that the suspect had fled.", [(IND, "the suspect had fled", "police")]),
    ("It was reported by Reuters that the talks had collapsed.", [(IND, "the talks had collapsed", "Reuters")]),
    # a relative "that" after the agent's adjunct, or a passive with a non-"it" subject
    ("It was announced by the ministry at a meeting that lasted two hours.", []),
    ("The plan was announced by the ministry on Monday that would cut taxes.", []),
    # the trailing passive: not after a condition, a relative fragment or a stance passive, not mid-sentence
    ("If the talks fail, it was said.", []),
    ("The money, which was stolen, it was reported.", []),
    ("The minister had lied about the payments, it was understood.", []),
    ("He lied, it was said, and nobody believed him.", []),
    # hearsay adverbs keep the subject as the speaker
    ("Trump reportedly told aides that the plan was dead.", [(IND, "the plan was dead", "Trump")]),
    ('"The deal is dead," Smith allegedly told aides.', [(DIR, "The deal is dead,", "Smith")]),
    ("Smith was quoted as saying that the deal was dead.", [(IND, "the deal was dead", "Smith")]),
    # non-report passives and orders
    ("The bill was passed by the Senate.", []),
    ("He was told to leave the building.", []),
    ("The company is expected to announce layoffs.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_enpassive_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_enpassive_guards(text, expected):
    assert run(text) == expected
