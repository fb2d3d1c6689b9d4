"""Round 48, family enleft6: English leftovers of the fifth wave: a time phrase opening the sentence without its comma
before a bare plural ("Last night officials said …", "Yesterday officials said …", "On Monday police said …" reported
nothing; "Earlier officials said" was spoken by "Earlier officials"); a time's possessive opening the subject ("This
week's report said" was "week's report"); a time noun heading a relative clause without "when" ("The day officials
announced …" was spoken by "The day officials"); an adjective or a number before the plural subject of a report inside
the report ("Police said local witnesses reported that the car was red." gave the police only 'the car was red'); "her"
before an article is the addressee ("Voters told her the economy mattered most." reported 'her the economy …')."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a time phrase opening the sentence without its comma (was nothing)
    ("Last night officials said the fire was out.", [(IND, "the fire was out", "officials")]),
    ("Last night police said the fire was out.", [(IND, "the fire was out", "police")]),
    ("Yesterday officials said the fire was out.", [(IND, "the fire was out", "officials")]),
    ("Tonight officials said the fire was out.", [(IND, "the fire was out", "officials")]),
    ("On Monday police said the fire was out.", [(IND, "the fire was out", "police")]),
    ("Last night officials warned that the fire was spreading.", [(IND, "the fire was spreading", "officials")]),
    # a one-word time adverb is no part of the speaker (was "Earlier officials")
    ("Earlier officials said the fire was out.", [(IND, "the fire was out", "officials")]),
    # a time's possessive (was "week's report", nothing)
    ("This week's report said the economy grew.", [(IND, "the economy grew", "report")]),
    ("Last night's statement said the fire was out.", [(IND, "the fire was out", "statement")]),
    ("Last week's survey found that voters were angry.", [(IND, "voters were angry", "survey")]),
    # a time noun heading a relative clause (was "day officials", "moment officials")
    ("The moment officials announced that the plant would close, workers protested.",
     [(IND, "the plant would close", "officials")]),
    ("The night police said the suspect fled, residents stayed inside.",
     [(IND, "the suspect fled, residents stayed inside", "police")]),
    # an adjective or a number before the inner report's plural subject (the outer content was the inner one's)
    ("Police said local witnesses reported that the car was red.",
     [(IND, "local witnesses reported that the car was red", "Police"), (IND, "the car was red", "local witnesses")]),
    ("Police said two witnesses reported that the car was red.",
     [(IND, "two witnesses reported that the car was red", "Police"), (IND, "the car was red", "two witnesses")]),
    ("Officials said foreign investors complained that rules were unclear.",
     [(IND, "foreign investors complained that rules were unclear", "Officials"),
      (IND, "rules were unclear", "foreign investors")]),
    ("Police said local residents said the car was red.",
     [(IND, "local residents said the car was red", "Police"), (IND, "the car was red", "local residents")]),
    # "her" before an article is the addressee (the content began at "her")
    ("Voters told her the economy mattered most.", [(IND, "the economy mattered most", "Voters")]),
    ("Smith told her the deal was dead.", [(IND, "the deal was dead", "Smith")]),
    ("He said voters told her the economy mattered most.",
     [(IND, "voters told her the economy mattered most", None), (IND, "the economy mattered most", "voters")]),
]

GUARDS = [
    ("Last month officials said the fire was out.", [(IND, "the fire was out", "officials")]),
    ("Last night, residents said the fire was out.", [(IND, "the fire was out", "residents")]),
    ("Last night the mayor said the fire was out.", [(IND, "the fire was out", "mayor")]),
    ("Yesterday Smith said the fire was out.", [(IND, "the fire was out", "Smith")]),
    ("Last night officials said nothing.", []),
    ("The ministry's report said the economy grew.", [(IND, "the economy grew", "ministry's report")]),
    ("The day the mayor announced the deal was historic.", [(IND, "the deal was historic", "mayor")]),
    ("Police said the witnesses reported that the car was red.",
     [(IND, "the witnesses reported that the car was red", "Police"), (IND, "the car was red", "witnesses")]),
    ("Police said local witnesses saw the car.", [(IND, "local witnesses saw the car", "Police")]),
    ("Smith told her husband the deal was dead.", [(IND, "the deal was dead", "Smith")]),
    ("Voters told him the economy mattered most.", [(IND, "the economy mattered most", "Voters")]),
    ("Smith told her a lie.", []),
    ("She voiced her optimism the economy would recover.", []),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_enleft6(text, expected):
    assert sorted(run(text)) == sorted(expected)
