"""Round 51, family enleft20: leftovers of the English article audit. A person's name in apposition to a
description is the speaker also with an unlisted first name before "of" and a firm's name with "and" ("Another analyst,
Sofia Brandt of Teller and Hume, wrote …") and after a role with its owner ("A second defence witness, the charity's
former chairman Colin Weatherby, said …"); abstract reasoning nouns after "according to" are no source ("According to
that logic, …"); a reported clause stops before the speaker's own next act after "and" ("told the jury that they had
returned a verdict and thanked them …", "said the firm would cut jobs and closed the meeting")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('Another analyst, Sofia Brandt of Morrow Keane, wrote that margins would shrink.',
     [(IND, 'margins would shrink', 'Sofia Brandt')]),
    ('Another analyst, Sofia Brandt of Teller and Hume, wrote that margins would shrink.',
     [(IND, 'margins would shrink', 'Sofia Brandt')]),
    ("A second defence witness, the charity's former chairman Colin Weatherby, said the accounts were sound.",
     [(IND, 'the accounts were sound', 'Colin Weatherby')]),
    ('A second witness, her longtime lawyer Anna Reyes, said the accounts were sound.',
     [(IND, 'the accounts were sound', 'Anna Reyes')]),
    ('According to that logic, the tax would pay for itself.',
     []),
    ('According to this reasoning, the tax would pay for itself.',
     []),
    ('According to that argument, prices would fall.',
     []),
    ('The judge told the jury that they had returned a verdict and thanked them for their service.',
     [(IND, 'they had returned a verdict', 'judge')]),
    ('Smith said the firm would cut jobs and closed the meeting.',
     [(IND, 'the firm would cut jobs', 'Smith')]),
]

GUARDS = [
    ('Another analyst, Tom Brandt, wrote that margins would shrink.',
     [(IND, 'margins would shrink', 'Tom Brandt')]),
    ('Another lender, Royal Bank of Canada, said that margins would shrink.',
     []),
    ('A second witness, the former chairman, said the accounts were sound.',
     [(IND, 'the accounts were sound', 'second witness')]),
    ('According to the police, the man fled.',
     [(IND, 'the man fled', 'police')]),
    ('Smith said they had met the players and thanked them.',
     [(IND, 'they had met the players and thanked them', 'Smith')]),
    ('Smith said the firm had cut jobs and closed plants.',
     [(IND, 'the firm had cut jobs and closed plants', 'Smith')]),
    ('Smith said it would be sold and used to fund schools.',
     [(IND, 'it would be sold and used to fund schools', 'Smith')]),
    ('The judge said that the jury had returned a verdict and added that it was fair.',
     [(IND, 'it was fair', 'judge'), (IND, 'the jury had returned a verdict', 'judge')]),
    ('Rep. Trey Gowdy of South Carolina said the report was flawed.',
     [(IND, 'the report was flawed', 'Trey Gowdy')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r51_enleft20_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r51_enleft20_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
