"""Round 53, family auditen: gaps found auditing eight English wire articles written for the audit (a criminal trial,
an election night, an earthquake, a football match, quarterly earnings, a medical study, a diplomatic summit, a
stabbing). A jurisdiction word after the article's adjectives stays in the speaker ("The former state attorney general
said" reported nothing) and so does a title's "of" with its owner's "'s" ("The secretary of state's office said"); an
age opening a longer description names the one person just named ("The 47-year-old former state attorney general
said"); a titled full name the first-name lists lack is a person's (its position was its titles', so a later "he"
took the person quoted before); a surname alone before ", however," or its age between commas is the subject a "he"
continues; a surname before its relative clause is the one a later "the striker" names; a profession by its ending or
a survivor's, rescuer's or pensioner's role before a full name is no part of the name; a cue before its non-reporting
word ("added to") takes no quotation after it; "said" and the other past reporting forms head no noun phrase, and a
subject's start does not reach back over "that"; a trailing "according to" after a report with its "that" clause adds
no second report; an indefinite addressee ("urged anyone with information to come forward"); honours after a name
("Fiona Redgrave KC"); a lower-case role before the name and its affiliation ("said lead author Dr. Helen Marsh of the
University of Edinburgh"); the name a relative clause says the person gave ("A neighbour who gave only her first
name, Sandra, said")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('The former state party chair said the plan failed.',
     [(IND, 'the plan failed', 'former state party chair')]),
    ('The new state health minister said hospitals were full.',
     [(IND, 'hospitals were full', 'new state health minister')]),
    ("The secretary of state's office said that counting was smooth.",
     [(IND, 'counting was smooth', "secretary of state's office")]),
    ('Elena Rivera, 47, won on Tuesday. The 47-year-old lawyer said she would focus on water.',
     [(IND, 'she would focus on water', 'Elena Rivera')]),
    ('Foreign Minister Paul Girard said France was ready.\n\nTurkish Foreign Minister Ahmet Demirel struck a more '
     'optimistic note. "A deal is near," he said.',
     [(IND, 'France was ready', 'Paul Girard'), (DIR, 'A deal is near,', 'Ahmet Demirel')]),
    ('Manager Carlos Moreno praised the team. Captain Jordan Ellis said the club could win.\n\n"Why not us?" Ellis '
     'said.\n\nMoreno, however, refused to get carried away. "It is October," he said.',
     [(IND, 'Manager Carlos Moreno praised the team', 'Carlos Moreno'), (IND, 'the club could win', 'Jordan Ellis'),
      (DIR, 'Why not us?', 'Jordan Ellis'), (DIR, 'It is October,', 'Carlos Moreno')]),
    ('Manager Gary Pollard was unhappy. Chairman Neil Barr said fans were angry.\n\nPollard, 58, has won two of his '
     'last nine games. Asked about his future, he said: "That is not for me to decide."',
     [(IND, 'fans were angry', 'Neil Barr'), (DIR, 'That is not for me to decide.', 'Gary Pollard')]),
    ('Two goals from Sam Hartley sent Rovers top.\n\nHartley, who joined from Norwich, scored twice.\n\n'
     '"It is a dream," the striker told the BBC.',
     [(DIR, 'It is a dream,', 'Sam Hartley')]),
    ('Seismologist Naci Gorur warned that the region remained at risk.',
     [(IND, 'the region remained at risk', 'Naci Gorur')]),
    ('Survivor Ayse Kaya, 67, sat outside. "I lost everything," she said.',
     [(DIR, 'I lost everything,', 'Ayse Kaya')]),
    ("The Alzheimer's Society said in a statement that the study added to \"a growing body of evidence\" on health.",
     [(IND, 'the study added to "a growing body of evidence" on health', "Alzheimer's Society"),
      (DIR, 'a growing body of evidence', "Alzheimer's Society")]),
    ('The Kremlin said in a statement that Russia welcomed the deal but rejected "any outside solutions".',
     [(IND, 'Russia welcomed the deal but rejected "any outside solutions"', 'Kremlin'),
      (DIR, 'any outside solutions', 'Russia')]),
    ('The company said in a statement that revenue rose 18 percent, above estimates, according to LSEG data.',
     [(IND, 'revenue rose 18 percent, above estimates', 'company')]),
    ('Police urged anyone with information to come forward.',
     [(IND, 'to come forward', 'Police')]),
    ('Prosecutor Fiona Redgrave KC told jurors that the man lied.',
     [(IND, 'the man lied', 'Fiona Redgrave')]),
    ('"The message is simple," said lead author Dr. Helen Marsh of the University of Edinburgh.',
     [(DIR, 'The message is simple,', 'Helen Marsh')]),
    ('A neighbour who gave only her first name, Sandra, said she had heard shouting.',
     [(IND, 'she had heard shouting', 'Sandra')]),
]

GUARDS = [
    ('He said the former state party chair was wrong.',
     [(IND, 'the former state party chair was wrong', None)]),
    ('The state attorney general said she would run.',
     [(IND, 'she would run', 'state attorney general')]),
    ("The attorney general's office said that counting was smooth.",
     [(IND, 'counting was smooth', "attorney general's office")]),
    ('Elena Rivera beat John Dalton on Tuesday. The 47-year-old lawyer said she would focus on water.',
     [(IND, 'she would focus on water', '47-year-old lawyer')]),
    ('Smith said the plan failed. He added to reporters: "It was great."',
     [(IND, 'the plan failed', 'Smith'), (DIR, 'It was great.', 'Smith')]),
    ('The Kremlin said Russia rejected "any attempt to impose outside solutions".',
     [(IND, 'Russia rejected "any attempt to impose outside solutions"', 'Kremlin'),
      (DIR, 'any attempt to impose outside solutions', 'Russia')]),
    ('Revenue rose 18 percent, above estimates, according to LSEG data.',
     [(IND, 'Revenue rose 18 percent, above estimates', 'LSEG data')]),
    ('Police urged witnesses to come forward.',
     [(IND, 'to come forward', 'Police')]),
    ('The Labour MP said the plan failed.',
     [(IND, 'the plan failed', 'Labour MP')]),
    ('A friend of Judge Helen Marsh said the plan failed.',
     [(IND, 'the plan failed', 'friend of Judge Helen Marsh')]),
    ('Seismologist John Smith warned that the region remained at risk.',
     [(IND, 'the region remained at risk', 'John Smith')]),
    ('A neighbour, Sandra, said she had heard shouting.',
     [(IND, 'she had heard shouting', 'Sandra')]),
]


@pytest.mark.parametrize("text,want", FIXES + GUARDS)
def test_quotes_r53_auditen(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE = Path(__file__).parent / "data" / "quotes_r53_wire_article.txt"


def test_quotes_r53_wire_article_key_spans() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    got = run(text)
    assert (IND, 'he believed a framework agreement could be reached by the end of the year', 'Ahmet Demirel') in got
    assert (DIR, 'any attempt to impose outside solutions', 'Russia') in got
    assert (DIR, 'I am more hopeful today than I was yesterday,', 'Ahmet Demirel') in got
    assert (DIR, 'There was a stronger paragraph on monitoring,', 'One European diplomat') in got
    assert (IND, 'the final text had been "watered down" at the last minute after objections from one delegation',
            'One European diplomat') in got
    assert not any(s[2] == 'Kremlin said' for s in got)
