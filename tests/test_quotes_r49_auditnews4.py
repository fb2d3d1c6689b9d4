"""Round 49, family auditnews4: English shapes left by the previous news audit (probe sentences written for this
round): a pronoun far from any report continues no speaker several paragraphs back; a commitment's as-clause after a
negation ("did not, as it promised, …") is the writer's; a cue inside a fronted conditional after a sentence adverb
reports up to the clause's comma; a one-word company before a predicate naming it ("Boeing is one of the companies …,
and confirmed that …"); a policy's quoted name after "for"/"against" or a verb of stance, and a word the writer
defines ("defined as"), are no quotes; a group's imagined outcry in a "the more …, the more …" clause is no quote; the
writer's ordering of the piece ("We'll start by noting that …", "I want to begin by saying …") is no report; a he/she after a
fronted adverbial clause naming one person is that person ("While the plan did not appeal to Julie Graham, …, she
said …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FAR = ('The whistleblower claimed that he was told by an anonymous aide that the deal was done. Would there have been '
       'hearings?\n\nMost significantly, the senator is now working against the clock.\n\nEach day closer to the vote is '
       'one day nearer. The senator has decided to skip the campaign.\n\nDay by day the noise has created a blackout. '
       'The race is well under way.\n\n')

FIXES = [
    (FAR + 'Since January, it has said that trade talks would wait.',
     [(IND, 'he was told by an anonymous aide that the deal was done', 'whistleblower'),
      (IND, 'the deal was done', 'anonymous aide'), (IND, 'trade talks would wait', None)]),
    ('The company did not, as it promised, close the plant.',
     []),
    ("The mayor didn't, as he had pledged, cut taxes.",
     []),
    ('Certainly, if they really believed that the plan was bad, the better strategy would have been to step aside.',
     [(IND, 'the plan was bad', None)]),
    ('Boeing is one of the companies bidding on the program, and confirmed that its approach makes use of the rocket.',
     [(IND, 'its approach makes use of the rocket', 'Boeing')]),
    ('Velto is a Seattle-based startup, and said that it would hire 50 people.',
     [(IND, 'it would hire 50 people', 'Velto')]),
    ('The company is one of the firms bidding on the program, and confirmed that its approach uses the rocket.',
     [(IND, 'its approach uses the rocket', 'company')]),
    ('The rivals grew louder, from Lane declaring an end to the raids to Ward dreaming up a new tax to pay for “Medicare for all.”',
     []),
    ('She said she backs “Medicare for all.”',
     [(IND, 'she backs “Medicare for all.”', None)]),
    ('He claimed that Putin would give “space” to Obama before the vote — with “space” perhaps defined as keeping quiet.',
     [(IND, 'Putin would give “space” to Obama before the vote — with “space” perhaps defined as keeping quiet', None),
      (DIR, 'space', None)]),
    ('The more he pushes, the more the public will cover its ears and scream, “Make it all go away.”',
     []),
    ('The more he pushes, the more the people shrug and think, “Enough already, just vote.”',
     []),
    ('We’ll start by noting that the data concern drugs seized at the border.',
     []),
    ('I want to begin by saying that the plan is bad.',
     []),
    ('“We like it,” Michelle Hege said. While the campaign did not appeal to Julie Graham, a public information officer, '
     'she said she did not want to judge it.',
     [(DIR, 'We like it,', 'Michelle Hege'), (IND, 'she did not want to judge it', 'Julie Graham')]),
]

GUARDS = [
    ('The union said the strike would go on. Talks resumed on Monday. It said the offer was too low.',
     [(IND, 'the strike would go on', 'union'), (IND, 'the offer was too low', 'union')]),
    ('The company will, as it promised, close the plant.',
     [(IND, 'The company will', 'company'), (IND, 'close the plant', 'company')]),
    ('The mayor has never, as critics claim, taken a bribe.',
     [(IND, 'The mayor has never', 'critics'), (IND, 'taken a bribe', 'critics')]),
    ('However, the mayor said the plan was bad, and the council agreed.',
     [(IND, 'the plan was bad', 'mayor')]),
    ('If the mayor believes that the plan is bad, the council should vote no.',
     [(IND, 'the plan is bad', 'mayor')]),
    ('Tuesday is one of the busiest days, and officials said that traffic would be heavy.',
     [(IND, 'traffic would be heavy', 'officials')]),
    ('Boeing confirmed that its approach makes use of the rocket.',
     [(IND, 'its approach makes use of the rocket', 'Boeing')]),
    ('She warned of “Grave danger ahead.”',
     [(DIR, 'Grave danger ahead.', None)]),
    ('He called the plan “flawed” and said it should be scrapped.',
     [(DIR, 'flawed', None), (IND, 'it should be scrapped', None)]),
    ('The crowd screamed, “Make it go away.”',
     [(DIR, 'Make it go away.', 'crowd')]),
    ('The more he pushed, the more Smith said, “I am fine.”',
     [(DIR, 'I am fine.', 'Smith')]),
    ('The crowd will chant, “Four more years.”',
     [(DIR, 'Four more years.', 'crowd')]),
    ('I’d note that the plan is bad.',
     [(IND, 'the plan is bad', None)]),
    ('We noted that the plan was bad.',
     [(IND, 'the plan was bad', None)]),
    ('The mayor will start by noting that the plan is bad.',
     [(IND, 'the plan is bad', 'mayor')]),
    ('“We will add that the plan is bad,” Smith said.',
     [(DIR, 'We will add that the plan is bad,', 'Smith')]),
    ('“We like it,” Michelle Hege said. While the campaign was running, she said she liked it.',
     [(DIR, 'We like it,', 'Michelle Hege'), (IND, 'she liked it', 'Michelle Hege')]),
    ('Young did criticize what he called “experiments” in procurement.',
     [(IND, 'what he called “experiments” in procurement', 'Young'), (DIR, 'experiments', 'Young')]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_auditnews4(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
