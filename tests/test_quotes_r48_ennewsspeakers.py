"""Round 48, family ennewsspeakers: English speaker resolution errors of the kinds real news showed (probe sentences
written for the round): "the governor" after a newer surname-only subject mention of another fitting governor ("Gov.
Eric Holcomb … Kentucky Gov. Matt Bevin … Holcomb has avoided criticism. The governor said …" is Holcomb), a "he"
after sentences about another person than the continuing speaker (Sondland, not Biden), a newspaper whose name ends
in a title word ("according to the Sioux Falls Argus Leader" named a person), a name after a noun's "with" as the
subject ("One small study in 50 people with BED showed …" gave "BED"), a sentence-opening "One" before a noun ("One
campaign video featured … declaring, "…"" gave "One") and a heading glued to the first word ("Summary Studies show
…")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

_GOVS = ("Teachers rallied at the Statehouse on Tuesday. Gov. Eric Holcomb signed the bill on Monday. In Kentucky, "
         "Gov. Matt Bevin attacked teachers last year. ")

FIXES = [
    # (round 48, ennewsspeakers) the latest fitting person is the one named by surname as a subject after the other's
    # full name (was the latest full name, Bevin / Schumer)
    (_GOVS + "Holcomb has avoided criticism. The governor said the state would raise pay.",
     [(IND, 'the state would raise pay', 'Eric Holcomb')]),
    (_GOVS + 'Holcomb has avoided criticism. "We will raise pay," the governor said.',
     [(DIR, 'We will raise pay,', 'Eric Holcomb')]),
    ("Teachers rallied on Tuesday. Gov. Eric Holcomb signed the bill on Monday.\n\nKentucky Gov. Matt Bevin, who is "
     "running for re-election, has attacked teachers.\n\nHolcomb has avoided criticism.\n\nThe governor said the state "
     "would raise pay next year.",
     [(IND, 'the state would raise pay next year', 'Eric Holcomb')]),
    ("Sen. Mitch McConnell spoke on Monday. Sen. Chuck Schumer replied. McConnell later met with aides. The senator "
     "said the bill would pass.",
     [(IND, 'the bill would pass', 'Mitch McConnell')]),
    # (round 48, ennewsspeakers) a "he" after sentences about another person (was the continuing speaker, Biden)
    ("Gordon Sondland is the U.S. ambassador to the European Union.\n\nFormer Vice President Joe Biden and his son "
     "have denied wrongdoing.\n\nSondland met with Ukrainian officials in July. He later revised his testimony.\n\n"
     '"I now do recall," he said.',
     # (round 48, enleft9) the pair as written (was 'Joe Biden')
     [(IND, 'Former Vice President Joe Biden and his son have denied wrongdoing', 'Joe Biden and his son'),
      (DIR, 'I now do recall,', 'Gordon Sondland')]),
    # (round 48, ennewsspeakers) a newspaper's name ending in a title word is no description of a person (was John
    # Smith)
    ("John Smith was arrested on Friday. The charges were dropped, according to the Sioux Falls Argus Leader.",
     [(IND, 'The charges were dropped', 'Sioux Falls Argus Leader')]),
    # (round 48, ennewsspeakers) a name after a noun's "with" is no subject (was "BED", "PCOS")
    # ((round 48, ennews3) the study with its sample is the speaker now, not the name after "with")
    ('One small study in 50 people with BED showed that yoga reduced binge eating.',
     [(IND, 'yoga reduced binge eating', 'One small study in 50 people with BED')]),
    ('A study in 50 women with PCOS found that yoga reduced binge eating.',
     [(IND, 'yoga reduced binge eating', 'study in 50 women with PCOS')]),
    # (round 48, ennewsspeakers) a sentence-opening "One" before a noun is no name (was "One")
    ('One campaign video featured the candidate declaring, "We will win this state."',
     [(DIR, 'We will win this state.', None)]),
    # (round 48, ennewsspeakers) a heading glued to the first word (was "Summary Studies", "Summary Research")
    ('Summary Studies show that yoga can reduce binge eating.',
     [(IND, 'yoga can reduce binge eating', 'Studies')]),
    ('Summary Research shows that yoga can reduce binge eating.',
     [(IND, 'yoga can reduce binge eating', 'Research')]),
]

GUARDS = [
    # nearby shapes that must not change
    (_GOVS + "The governor said the state would raise pay.",
     [(IND, 'the state would raise pay', 'Matt Bevin')]),
    (_GOVS + "Bevin criticized Holcomb. The governor said the state would raise pay.",
     [(IND, 'Bevin criticized Holcomb', 'Matt Bevin'), (IND, 'the state would raise pay', 'Matt Bevin')]),
    ("Sen. Mitch McConnell spoke on Monday. Sen. Chuck Schumer replied. The senator said the bill would pass.",
     [(IND, 'the bill would pass', 'Chuck Schumer')]),
    ("Gordon Sondland testified last month. Joe Biden was mentioned in the call.\n\nSondland revised his testimony on "
     'Tuesday.\n\n"I now do recall," he said.',
     [(DIR, 'I now do recall,', 'Gordon Sondland')]),
    ('Sen. Tom Hale said the bill was dead. Jim Lane was not available. "It is over," he said.',
     [(IND, 'the bill was dead', 'Tom Hale'), (DIR, 'It is over,', 'Jim Lane')]),
    ("Gordon Sondland testified on Tuesday. State Department official David Holmes revealed the call, saying he "
     "recalled it vividly.",
     [(IND, 'he recalled it vividly', 'David Holmes')]),
    ('The man was arrested on Friday, according to the Sioux Falls Argus Leader.',
     [(IND, 'The man was arrested on Friday', 'Sioux Falls Argus Leader')]),
    ('Sen. Sherrod Brown spoke on Monday. The Ohio Senator said the bill would pass.',
     [(IND, 'the bill would pass', 'Sherrod Brown')]),
    ('Studies show that yoga can reduce binge eating.',
     [(IND, 'yoga can reduce binge eating', 'Studies')]),
    ('One official said the talks had failed.',
     [(IND, 'the talks had failed', 'One official')]),
    ('One said the talks had failed.',
     [(IND, 'the talks had failed', 'One')]),
    ("One actually said the gunman put the gun to his head.",
     [(IND, 'the gunman put the gun to his head', 'One')]),
    ('A campaign video featured the candidate declaring, "We will win this state."',
     [(DIR, 'We will win this state.', 'campaign video')]),
    ('Julie Graham, the company\'s chief officer, said the plan would work.',
     [(IND, 'the plan would work', 'Julie Graham')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_ennewsspeakers_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_ennewsspeakers_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
