"""Round 48, family audittweets: a precision audit on posts (retweets and quoted posts): a retweet marker is no
speaker's word, a retweet that is one quotation is one quote of its handle without the marks, a quoted post of a link
alone is no quote, and a handle signs a quotation after a dash as a name does."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


DIR = "DIRECT_QUOTE"
IND = "INDIRECT_QUOTE"

FIXES = [
    # the words before a retweet marker are no speaker of a quotation inside the retweet (was "Agreed RT", "RT")
    ('Agreed RT @citydesk: "We will reopen the bridge on Monday" http://t.co/abc',
     [(DIR, '"We will reopen the bridge on Monday" http://t.co/abc', "citydesk"),
      (DIR, "We will reopen the bridge on Monday", None)]),
    ("Agreed RT @citydesk: “We will reopen the bridge on Monday” http://t.co/abc",
     [(DIR, "“We will reopen the bridge on Monday” http://t.co/abc", "citydesk"),
      (DIR, "We will reopen the bridge on Monday", None)]),
    ('RT @citydesk: When I saw officials saying "the bridge is safe" I laughed',
     [(DIR, 'When I saw officials saying "the bridge is safe" I laughed', "citydesk"),
      (DIR, "the bridge is safe", None)]),
    # a retweet that is one quotation: one quote of the handle, without the marks (was the words with their marks and
    # again without them, spoken by nobody)
    ('RT @citydesk: "We will reopen the bridge on Monday"', [(DIR, "We will reopen the bridge on Monday", "citydesk")]),
    ("RT @citydesk: “The bridge is safe for all drivers”", [(DIR, "The bridge is safe for all drivers", "citydesk")]),
    ('Mayor Smith RT @citydesk: "The bridge is safe for all drivers"',
     [(DIR, "The bridge is safe for all drivers", "citydesk")]),
    ('RT @citydesk: "The bridge is safe for all drivers"\n\nNot so fast, says the union.',
     [(DIR, "The bridge is safe for all drivers", "citydesk"), (IND, "Not so fast", "union")]),
    # a retweet marker ends no speaker of a later paragraph's quotation either (was "Wow RT")
    ('Wow RT @citydesk: "We will reopen the bridge on Monday"\n\n"Drivers will pay a toll"',
     [(DIR, "We will reopen the bridge on Monday", "citydesk"), (DIR, "Drivers will pay a toll", None)]),
    # a quoted post of a link alone is no one's words (was a quote "@citydesk: http://…" with no speaker)
    ("“@citydesk: http://t.co/abc123” wow", []),
    ('"@citydesk: http://t.co/abc123" look at this bridge', []),
    ("“@citydesk: #bridge http://t.co/abc123” finally", []),
    ("RT @metrodesk: “@citydesk: http://t.co/abc123” wow look at this",
     [(DIR, "“@citydesk: http://t.co/abc123” wow look at this", "metrodesk")]),
    # a handle after a dash signs the quotation as a name does (the handle without "@")
    ('"We will reopen the bridge on Monday" - @citydesk', [(DIR, "We will reopen the bridge on Monday", "citydesk")]),
    ('"We will reopen the bridge on Monday" -@citydesk', [(DIR, "We will reopen the bridge on Monday", "citydesk")]),
    ('"We will reopen the bridge on Monday." — @city_desk2', [(DIR, "We will reopen the bridge on Monday.", "city_desk2")]),
    ('"We will reopen the bridge on Monday" - @citydesk #news', [(DIR, "We will reopen the bridge on Monday", "citydesk")]),
    ('"Why would anyone close a bridge?" - @citydesk http://t.co/abc',
     [(DIR, "Why would anyone close a bridge?", "citydesk")]),
    ('"We will reopen the bridge on Monday" - @citydesk, city hall reporter',
     [(DIR, "We will reopen the bridge on Monday", "citydesk")]),
    ('"We will reopen the bridge on Monday."\n\n-@citydesk', [(DIR, "We will reopen the bridge on Monday.", "citydesk")]),
]

GUARDS = [
    # a speaker inside the retweet keeps its quotation
    ("Agreed RT @citydesk: The mayor said “the bridge is safe” on Monday",
     [(DIR, "The mayor said “the bridge is safe” on Monday", "citydesk"), (DIR, "the bridge is safe", "mayor")]),
    ("Wow RT @citydesk: “We will reopen the bridge,” the mayor said.",
     [(DIR, "“We will reopen the bridge,” the mayor said.", "citydesk"), (DIR, "We will reopen the bridge,", "mayor")]),
    # a retweet with more than its quotation keeps the whole post
    ('RT @citydesk: "The bridge is safe." Not so fast.',
     [(DIR, '"The bridge is safe." Not so fast.', "citydesk"), (DIR, "The bridge is safe.", None)]),
    # a quoted post with words after its link stays the handle's
    ("“@citydesk: Bridge reopens Monday http://t.co/abc123” finally",
     [(DIR, "Bridge reopens Monday http://t.co/abc123", "citydesk")]),
    # a handle after a dash that goes on with words, or without a dash, signs nothing
    ('"We will reopen the bridge on Monday" - @citydesk what do you think?',
     [(DIR, "We will reopen the bridge on Monday", None)]),
    ('"We will reopen the bridge on Monday" @citydesk', [(DIR, "We will reopen the bridge on Monday", None)]),
    ("Thanks for the update - @citydesk", []),
    # names after a dash as before
    ('"We will reopen the bridge on Monday." - Mayor John Smith',
     [(DIR, "We will reopen the bridge on Monday.", "John Smith")]),
    ('The mayor wrote "we will reopen" - @citydesk', [(DIR, "we will reopen", "mayor")]),
    ('"We will reopen the bridge," @citydesk tweeted.', [(DIR, "We will reopen the bridge,", "citydesk")]),
    ("Great news RT“@citydesk: The bridge reopens Monday”", [(DIR, "The bridge reopens Monday", "citydesk")]),
    ("So true RT @citydesk: The bridge reopens Monday", [(DIR, "The bridge reopens Monday", "citydesk")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_audittweets_fixes(text, expected):
    assert sorted(run(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_audittweets_guards(text, expected):
    assert sorted(run(text), key=str) == sorted(expected, key=str)
