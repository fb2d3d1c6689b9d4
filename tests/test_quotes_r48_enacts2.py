"""Round 48, family enacts2: English speech acts left by round 48's enacts helper (offers with an infinitive, negated
threats, two-word infinitives, naming acts without "as", concessions and "insisted on" as acts over the sentence, and no
content that is only its own speaker and apposition)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # an offer to act reports its infinitive clause, as a commitment does
    ("Merkel offered to mediate between the two sides.", [(IND, "to mediate between the two sides", "Merkel")]),
    ("The company offered to pay the fine.", [(IND, "to pay the fine", "company")]),
    ("Iran offered to swap prisoners with the United States.",
     [(IND, "to swap prisoners with the United States", "Iran")]),
    ("The minister offered to step down if the probe found wrongdoing.",
     [(IND, "to step down if the probe found wrongdoing", "minister")]),
    ("The senator offered not to run again.", [(IND, "not to run again", "senator")]),
    # a negated threat, as "vowed not to"
    ("The senator threatened not to vote for the bill.", [(IND, "not to vote for the bill", "senator")]),
    ("The senator threatened never to vote for the bill.", [(IND, "never to vote for the bill", "senator")]),
    # a two-word infinitive at the sentence end
    ("Trump vowed to sue.", [(IND, "to sue", "Trump")]),
    ("Trump threatened to sue.", [(IND, "to sue", "Trump")]),
    ("Workers threatened to strike.", [(IND, "to strike", "Workers")]),
    ("Merkel promised to return.", [(IND, "to return", "Merkel")]),
    ("The government offered to help.", [(IND, "to help", "government")]),
    # naming acts without "as": the whole sentence
    ("Trump labeled the media the enemy of the people.",
     [(IND, "Trump labeled the media the enemy of the people", "Trump")]),
    ("Critics branded the law unconstitutional.", [(IND, "Critics branded the law unconstitutional", "Critics")]),
    ("Republicans branded him a traitor.", [(IND, "Republicans branded him a traitor", "Republicans")]),
    ("Critics labeled the remarks racist and offensive.",
     [(IND, "Critics labeled the remarks racist and offensive", "Critics")]),
    # a concession and a demand with "on": the whole sentence
    ("Clinton conceded defeat.", [(IND, "Clinton conceded defeat", "Clinton")]),
    ("Gore conceded the race to Bush.", [(IND, "Gore conceded the race to Bush", "Gore")]),
    ("Clinton conceded defeat on Wednesday.", [(IND, "Clinton conceded defeat on Wednesday", "Clinton")]),
    ("Sanders insisted on a recount.", [(IND, "Sanders insisted on a recount", "Sanders")]),
    ("The union insists on higher wages.", [(IND, "The union insists on higher wages", "union")]),
    # no content that is only the speaker and its apposition
    ("Kurt Volker, the former special envoy to Ukraine, testified Tuesday.", []),
    ("John Smith, a Republican from Ohio, told reporters.", []),
    ("Smith, a senator, testified before the committee on Tuesday.", []),
]

GUARDS = [
    ("Trump vowed to sue the New York Times.", [(IND, "to sue the New York Times", "Trump")]),
    ("The senator vowed not to vote for the bill.", [(IND, "not to vote for the bill", "senator")]),
    ("Trump threatened to fire Mueller.", [(IND, "to fire Mueller", "Trump")]),
    # no offer from no one, no offer to someone, no offer of a thing
    ("The plan offered to cut costs by half.", []),
    ("The deal offered to shareholders was rejected.", []),
    ("The bonus offered to staff was small.", []),
    ("He offered his resignation.", []),
    ("The price offered to investors was low.", []),
    ("The storm threatened to flood the coastal towns.", []),
    # naming in a passive, a physical brand
    ("The boxes were labeled fragile.", []),
    ("Products labeled organic cost more.", []),
    ("Nike branded the shoes with a new logo.", []),
    # a goal conceded, a concession with content, a gerund or pronoun after "insisted on"
    ("The team conceded a goal in the final minute.", []),
    ("Arsenal conceded two goals.", []),
    ("Clinton conceded that she had lost.", [(IND, "she had lost", "Clinton")]),
    ("She insisted on going alone.", []),
    ("She insisted on it.", []),
    # a fronted clause before its speaker stays
    ("Prices rose sharply, analysts said Tuesday.", [(IND, "Prices rose sharply", "analysts")]),
    ("Kurt Volker, the former special envoy to Ukraine, testified Tuesday that he had warned Giuliani.",
     [(IND, "he had warned Giuliani", "Kurt Volker")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
