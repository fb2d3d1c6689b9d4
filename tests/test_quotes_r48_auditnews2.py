"""Round 48, family auditnews2: gaps found reading 20 other real English news articles (scrapinghub DEV text, no quote
gold; the first audit's 20 left out): an adverbial clause after a noun object is no reported clause ("Clifton added a
goal as the Bruins beat the Devils"), a gerund subject after "that" is no second cue ("Studies indicate that adding
exercise … could prevent …"), a relative clause on the addressee before "that" ("told a few thousand teachers who
covered the lawn that …", "told reporters who had gathered outside that …"), a month's abbreviation before "that"
("told investors on Oct. 31 that …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # (round 48, auditnews2) an adverbial clause after the noun object of "added" (reported 'a goal as the Bruins …')
    ('New Jersey native Connor Clifton added a goal as the Bruins beat the Devils for the eighth time in nine meetings.',
     []),
    ('Connor Clifton added a goal as the Bruins won.',
     []),
    # (round 48, auditnews2) a gerund subject after "that" (a second report without the gerund)
    ('Studies indicate that adding exercise to your routine could prevent binge eating.',
     [(IND, 'adding exercise to your routine could prevent binge eating', 'Studies')]),
    ('Several studies have found that maintaining a regular eating pattern is associated with less binge eating.',
     [(IND, 'maintaining a regular eating pattern is associated with less binge eating', 'Several studies')]),
    ('Reminds me of that saying... "Do the right thing, and let things work themselves out."',
     [(DIR, 'Do the right thing, and let things work themselves out.', None)]),
    # (round 48, auditnews2) a relative clause on the addressee, then "that" (reported nothing)
    ('Gambill told a few thousand teachers who covered the Statehouse lawn that the Legislature should act.',
     [(IND, 'the Legislature should act', 'Gambill')]),
    ('The minister told reporters who had gathered outside that the talks had failed.',
     [(IND, 'the talks had failed', 'minister')]),
    # (round 48, auditnews2) a month's abbreviation between the addressee and "that" (reported nothing)
    ('Reed told investors of New Media on Oct. 31 that the merger would allow the company to pay down debt.',
     [(IND, 'the merger would allow the company to pay down debt', 'Reed')]),
]

GUARDS = [
    ('Jones added two assists as the Bruins rallied to beat the Devils.',
     []),
    ('Smith added that the team would win.',
     [(IND, 'the team would win', 'Smith')]),
    ('Smith added a goal and Boston won.',
     []),
    ('He confirmed the company as a result would cut jobs.',
     [(IND, 'the company as a result would cut jobs', None)]),
    ('My mother thinks I am a stoner because she has someone watch my tweets.',
     [(IND, 'I am a stoner because she has someone watch my tweets', 'mother')]),
    ('Studies indicate that exercise could prevent binge eating.',
     [(IND, 'exercise could prevent binge eating', 'Studies')]),
    ('Smith said the plan had failed, adding that it would be revived.',
     [(IND, 'the plan had failed', 'Smith'), (IND, 'it would be revived', 'Smith')]),
    ('Gambill told teachers who covered the lawn that the Legislature should act.',
     [(IND, 'the Legislature should act', 'Gambill')]),
    ('The bus recording told us exactly who this man is.',
     []),
    ('Should I tell this woman who she looks like',
     []),
    ('Reed told investors on Oct. 31 that the merger would help.',
     [(IND, 'the merger would help', 'Reed')]),
    ('The official told members of the panel that voted against the bill that it would pass.',
     [(IND, 'it would pass', 'official')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_auditnews2_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_auditnews2_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
