"""Round 48, family audittweets2: a second precision audit on posts (2,000 TRAIN tweets, seed 4848): a capitalised
adverb or wh-word alone before the cue is no speaker ("Almost just said …", "When will …"), a request to anyone with a
bare verb reports nothing ("Somebody tell the mayor …"), and a report ends before the handles or hashtags a post closes
with."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


DIR = "DIRECT_QUOTE"
IND = "INDIRECT_QUOTE"

FIXES = [
    # a sentence adverb or wh-word alone before the cue is no speaker (was "Almost", "Honestly", "When", "Then")
    ("Almost just said the bridge was closed.", []),
    ("Honestly just said the bridge was closed.", []),
    ("When will the mayor stop telling us the bridge is safe", []),
    ("When will Smith stop saying the bridge is safe", [(IND, "the bridge is safe", "Smith")]),
    ("Please explain how the budget balances itself.", []),
    # a request to anyone with a bare speech verb reports nothing (was a report by "Somebody")
    ("Somebody tell the mayor the bridge is falling apart.", []),
    ("Someone tell Smith the bridge is closed", []),
    # a report ends before the handles or hashtags closing the post (after its punctuation, or two and more)
    ("The mayor said the bridge deserved it. @citydesk @metrodesk", [(IND, "the bridge deserved it", "mayor")]),
    ("The mayor said the bridge deserved it! @citydesk", [(IND, "the bridge deserved it!", "mayor")]),
    ("The mayor said the bridge deserved it @citydesk @metrodesk", [(IND, "the bridge deserved it", "mayor")]),
    ("The mayor told reporters the bridge is safe. #news #bridge", [(IND, "the bridge is safe", "mayor")]),
]

GUARDS = [
    ("Someone remind the mayor that the bridge is closed.", []),
    ("Perhaps Smith just said the bridge was closed.", [(IND, "the bridge was closed", "Smith")]),
    ("Why does the mayor keep saying the bridge is safe?", [(IND, "the bridge is safe?", "mayor")]),
    ("Someone told me the bridge is closed.", [(IND, "the bridge is closed", "Someone")]),
    ("Someone said the bridge is closed.", [(IND, "the bridge is closed", "Someone")]),
    ("Somebody says the bridge is closed.", [(IND, "the bridge is closed", "Somebody")]),
    # a single handle or hashtag right after a word may be the clause's object, and tags after a preposition are
    ("Smith says the council will vote on Monday @citydesk",
     [(IND, "the council will vote on Monday @citydesk", "Smith")]),
    ("Smith said he voted for @JohnDoe", [(IND, "he voted for @JohnDoe", "Smith")]),
    ("Smith said he voted for @JohnDoe @JaneDoe", [(IND, "he voted for @JohnDoe @JaneDoe", "Smith")]),
    ("Smith said he supports #BlackLivesMatter", [(IND, "he supports #BlackLivesMatter", "Smith")]),
    ('The mayor said "the bridge is safe." @citydesk @metrodesk', [(DIR, "the bridge is safe.", "mayor")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_audittweets2_fixes(text, expected):
    assert sorted(run(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_audittweets2_guards(text, expected):
    assert sorted(run(text), key=str) == sorted(expected, key=str)
