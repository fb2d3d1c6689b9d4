"""Round 47, family enheadlines: English headlines, captions, social posts and short news formats (a post's handle as
the speaker of a cue or of a label before its quotation; headline surnames resolved to the body's full name, headline
labels, tweets quoted in articles, bullet lists and Q/A lines as guards)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a handle before the cue, after the quotation or opening the line (no speaker: the handle is no capitalised name)
    ('"We will build the wall," @realDonaldTrump tweeted on Tuesday.',
     [(DIR, "We will build the wall,", "realDonaldTrump")]),
    ('"We will build the wall," @realDonaldTrump said.', [(DIR, "We will build the wall,", "realDonaldTrump")]),
    ('@realDonaldTrump tweeted: "We will build the wall."', [(DIR, "We will build the wall.", "realDonaldTrump")]),
    ('"Great job," @realDonaldTrump wrote about @FLOTUS.', [(DIR, "Great job,", "realDonaldTrump")]),
    ('@westernPatriot said; "The Queen is merely a figurehead and has no legal authority."',
     [(DIR, "The Queen is merely a figurehead and has no legal authority.", "westernPatriot")]),
    # an inverted cue's handle
    ('"We will build the wall," tweeted @realDonaldTrump on Tuesday.',
     [(DIR, "We will build the wall,", "realDonaldTrump")]),
    ('"We will win," tweeted @realDonaldTrump, adding that the polls were fake.',
     [(DIR, "We will win,", "realDonaldTrump"), (IND, "the polls were fake", "realDonaldTrump")]),
    # a handle as a label before its quotation
    ('@SenSanders: "Healthcare is a human right."', [(DIR, "Healthcare is a human right.", "SenSanders")]),
    ('Sanders tweeted:\n\n@SenSanders: "Healthcare is a human right."',
     [(DIR, "Healthcare is a human right.", "SenSanders")]),
]

GUARDS = [
    # handles elsewhere stay no speakers
    ('"Thanks to @nytimes for the story," Smith tweeted.', [(DIR, "Thanks to @nytimes for the story,", "Smith")]),
    ('Follow @AP for updates. "We will rebuild," the mayor said.', [(DIR, "We will rebuild,", "mayor")]),
    ('"Healthcare is a human right," wrote Sanders (@SenSanders).', [(DIR, "Healthcare is a human right,", "Sanders")]),
    # headlines: a surname resolved to the body's full name, a label, a present-tense cue without "that"
    ("Trump: 'We will win'\n\nPresident Donald Trump told supporters in Ohio on Tuesday that his party would keep the "
     "Senate.", [(DIR, "We will win", "Donald Trump"), (IND, "his party would keep the Senate", "Donald Trump")]),
    ("Clinton says economy is strong\n\nHillary Clinton said on Monday that the U.S. economy was in good shape.",
     [(IND, "economy is strong", "Hillary Clinton"), (IND, "the U.S. economy was in good shape", "Hillary Clinton")]),
    ("Obama says he will veto bill\n\nPresident Barack Obama said Tuesday he would veto the Republican bill.",
     [(IND, "he will veto bill", "Barack Obama"), (IND, "he would veto the Republican bill", "Barack Obama")]),
    # (round 48, enleft5) the body's "called … a witch hunt" is a naming act over its sentence, as "labeled"
    ("Trump on Mueller: 'It is a witch hunt'\n\nPresident Donald Trump called the investigation a witch hunt.",
     [(DIR, "It is a witch hunt", "Donald Trump"),
      (IND, "President Donald Trump called the investigation a witch hunt", "Donald Trump")]),
    ("VIDEO: Biden says 'we will rebuild'\n\nPresident Joe Biden spoke in Florida on Friday.",
     [(DIR, "we will rebuild", "Joe Biden")]),
    ("WATCH: Obama on the future of the Democratic Party\n\nFormer President Barack Obama spoke at a rally in Chicago.", []),
    # tweets and posts quoted in articles
    ('Trump tweeted: "The Fake News Media is the enemy of the people!"',
     [(DIR, "The Fake News Media is the enemy of the people!", "Trump")]),
    ("Trump tweeted Tuesday that he would sign the bill.", [(IND, "he would sign the bill", "Trump")]),
    ('Mary Smith was at the scene. In a Facebook post, she wrote: "I am heartbroken by this loss."',
     [(DIR, "I am heartbroken by this loss.", "Mary Smith")]),
    ("The president, @realDonaldTrump, tweeted that the wall would be built.", []),
    ('Johnson said:\n\n- "We will cut taxes."\n\n- "We will build more homes."',
     [(DIR, "We will cut taxes.", "Johnson"), (DIR, "We will build more homes.", "Johnson")]),
    ("Q: Will you run again?\n\nA: I have not decided yet.", []),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r47_enheadlines(text, expected):
    assert sorted(run(text)) == sorted(expected)
