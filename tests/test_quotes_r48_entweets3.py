"""Round 48, family entweets3: tweet shapes left by round 48's two tweet audits: a demonstrative "that" before a
tell-verb's addressee ("I told that reporter he was wrong"), "who ever" before a cue (no relative on a speaker), a kin
noun with a perfect's auxiliary before its cue ("my neighbor has declared: "…""), a first name with its epithet
("Tyler the Creator"), and bare retweet markers closing a retweet ("… RT RT")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


DIR = "DIRECT_QUOTE"
IND = "INDIRECT_QUOTE"

FIXES = [
    # a demonstrative "that" before the addressee of a tell-verb (was the content "reporter he was wrong …")
    ("I told that reporter he was wrong about the bridge.", [(IND, "he was wrong about the bridge", None)]),
    ("She told that reporter the bridge was closed.", [(IND, "the bridge was closed", None)]),
    ("Smith told that officer he had done nothing wrong.", [(IND, "he had done nothing wrong", "Smith")]),
    # "who ever" before a cue is "whoever" or a question, no relative on a speaker (was a report by citydesk, "Who")
    ("@citydesk who ever said this is so dumb.", []),
    ("Who ever said the bridge was safe is wrong.", []),
    # a perfect's auxiliary or an adverb between "my" and its kin noun and the cue (was no speaker)
    ('Re: the bridge closure, my neighbor has declared: "we will never drive again"',
     [(DIR, "we will never drive again", "neighbor")]),
    ('My mother has said: "we will never drive again"', [(DIR, "we will never drive again", "mother")]),
    ("My neighbor has also said the bridge is unsafe.", [(IND, "the bridge is unsafe", "neighbor")]),
    # a first name with its epithet is one name (was "Creator", "Great")
    ("Tyler the Creator said the bridge was overrated.", [(IND, "the bridge was overrated", "Tyler the Creator")]),
    ("Alexander the Great wrote that the bridge was overrated.",
     [(IND, "the bridge was overrated", "Alexander the Great")]),
    ('"The bridge is overrated," Tyler the Creator said.', [(DIR, "The bridge is overrated,", "Tyler the Creator")]),
    # bare retweet markers closing a retweet are no words of the post (the quote ran on over "RT RT")
    ("RT @citydesk: The bridge reopens Monday RT RT", [(DIR, "The bridge reopens Monday", "citydesk")]),
    ("RT @citydesk: The bridge reopens Monday MT", [(DIR, "The bridge reopens Monday", "citydesk")]),
    ('RT @citydesk: "The bridge reopens Monday" RT RT', [(DIR, "The bridge reopens Monday", "citydesk")]),
]

GUARDS = [
    ("I told this reporter the bridge was safe.", [(IND, "the bridge was safe", None)]),
    ("He said that reporter was wrong about the bridge.", [(IND, "reporter was wrong about the bridge", None)]),
    ("I told them that reporter was wrong.", [(IND, "reporter was wrong", None)]),
    ("The mayor, who said the bridge was safe, lied.", [(IND, "the bridge was safe", "mayor")]),
    ("@citydesk whoever said this is so dumb.", []),
    ("The mayor has declared: \"we will never drive again\"", [(DIR, "we will never drive again", "mayor")]),
    ("His lawyer has said the bridge is unsafe.", [(IND, "the bridge is unsafe", "lawyer")]),
    ("Yesterday the Mayor said the bridge was overrated.", [(IND, "the bridge was overrated", "Mayor")]),
    ("John the President said the bridge was overrated.", [(IND, "the bridge was overrated", "President")]),
    ("RT @citydesk: Vote for me, please RT", [(DIR, "Vote for me, please RT", "citydesk")]),
    ("RT @citydesk: The bridge reopens Monday ART", [(DIR, "The bridge reopens Monday ART", "citydesk")]),
    ("RT @citydesk: The bridge reopens Monday", [(DIR, "The bridge reopens Monday", "citydesk")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_entweets3_fixes(text, expected):
    assert sorted(run(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_entweets3_guards(text, expected):
    assert sorted(run(text), key=str) == sorted(expected, key=str)
