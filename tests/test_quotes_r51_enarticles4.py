"""Round 51, family enarticles4: gaps found reading six English news articles of new genres (a transport strike, an
earnings story, a trial, a football press conference, an investigation with anonymous sources, a Q&A interview; all
written for the audit): an organisation's name runs on over a plural possessive's apostrophe ("The National Farmers'
Union said" was "Union"); an age description ("The 57-year-old added") names the person quoted just before even when
the sentence before is the rest of that person's quotation; a partial quotation inside a reported clause is no word of
a cue in an adverbial clause after it ('Baines said members had been "made to feel like troublemakers" when they
raised concerns' was "they"'s)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ("The National Farmers' Union said prices fell.",
     [(IND, 'prices fell', "National Farmers' Union")]),
    ("The Harbour Dockers’ Association said the port would close on Friday.",
     [(IND, 'the port would close on Friday', "Harbour Dockers’ Association")]),
    ("The Ashford Rovers Supporters' Trust said it would hold a meeting.",
     [(IND, 'it would hold a meeting', "Ashford Rovers Supporters' Trust")]),
    ('Dennis Oyelaran told a rally that drivers were angry.\n\n“We have been at the table,” Oyelaran said. “Every '
     'time we get close, the company moves.”\n\nThe 57-year-old added that the union was ready.',
     [(IND, 'drivers were angry', 'Dennis Oyelaran'), (DIR, 'We have been at the table,', 'Dennis Oyelaran'),
      (DIR, 'Every time we get close, the company moves.', 'Dennis Oyelaran'),
      (IND, 'the union was ready', 'Dennis Oyelaran')]),
    ('Leanne Cole spoke to us. Stuart Baines said members had been "made to feel like troublemakers" when they raised '
     'concerns.',
     [(IND, 'members had been "made to feel like troublemakers" when they raised concerns', 'Stuart Baines'),
      (DIR, 'made to feel like troublemakers', 'Stuart Baines')]),
    ('Ann Cole spoke first. Tom Hale said workers were "treated like dirt" after they complained about pay.',
     [(IND, 'workers were "treated like dirt" after they complained about pay', 'Tom Hale'),
      (DIR, 'treated like dirt', 'Tom Hale')]),
]

GUARDS = [
    ("Tom Hale said the Jones' House was sold.",
     [(IND, "the Jones' House was sold", 'Tom Hale')]),
    ("Britain’s Teachers Union said pay was low.",
     [(IND, 'pay was low', 'Britain’s Teachers Union')]),
    ('Sarah Smith won the race. “I am thrilled,” the 27-year-old said.',
     [(DIR, 'I am thrilled,', 'Sarah Smith')]),
    ('“We are fine,” Tom Hale said when reporters asked him.',
     [(DIR, 'We are fine,', 'Tom Hale')]),
    # (round 51, enleft21: the reported clause before the partial quotation is kept too, as with "were" below)
    ('Tom Hale said staff felt "betrayed" after managers announced the cuts.',
     [(IND, 'staff felt "betrayed" after managers announced the cuts', 'Tom Hale'), (DIR, 'betrayed', 'Tom Hale')]),
    ('The union said members were "ignored" after they raised the issue.',
     [(IND, 'members were "ignored" after they raised the issue', 'union'), (DIR, 'ignored', 'union')]),
]


@pytest.mark.parametrize("text,want", FIXES + GUARDS)
def test_quotes_r51_enarticles4(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE = Path(__file__).parent / "data" / "quotes_r51_strike_article.txt"


def test_quotes_r51_strike_article_key_spans() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    got = run(text)
    assert (IND, '94 per cent of its members at Northvale Rail had backed the action',
            "Amalgamated Rail Workers' Union") in got
    assert (IND, 'the union was ready to resume talks "tomorrow morning" if the company dropped its plan to extend shifts '
                 'to ten hours', 'Dennis Oyelaran') in got
    assert (DIR, 'tomorrow morning', 'Dennis Oyelaran') in got
    assert (DIR, 'We have been at the table for eleven months,', 'Dennis Oyelaran') in got
    assert (DIR, 'We have made a fair and affordable offer,', 'Priya Lindqvist') in got
    assert (DIR, 'Both sides need to get back in a room today. Passengers cannot be collateral damage.',
            'Harriet Okafor') in got
    assert (IND, 'it had offered a 4.5 per cent rise over two years and that the new rosters were needed to run a '
                 'reliable service', 'Northvale Rail') in got
