"""Round 51, family enleft23: English leftovers. Two people, each a description in apposition to a name (maybe with an
age), joined by "and" before the cue speak together ("His brother, Tom Cole, 39, and his sister, Ann Cole, 44, said …"
gave "Ann Cole" alone; now "Tom Cole and Ann Cole", as "Darren Cole, 39, and Piotr Nowak, 44, said" gives both names);
a bare plural or mass noun before a partial quotation that opens with its past or auxiliary verb keeps the INDIRECT_QUOTE
('Tom Hale said workers "felt betrayed" by the decision.' gave only the quotation, as 'said staff felt "betrayed"' did
not); a "he"/"she" never stands for a company quoted before ('"We are ready," said Asante Holdings. "We will grow," he
said.' gave Asante Holdings: a legal form or a company's head ends its name, or an organisation's word ends a name that
is no person's). A bare surname opening the sentence before '"…," she said' keeps its full name (guards only: it
already did)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # two described people in apposition, joined by "and"
    ('His brother, Tom Cole, 39, and his sister, Ann Cole, 44, said they were shocked.',
     [(IND, 'they were shocked', 'Tom Cole and Ann Cole')]),
    ('Her husband, Mark Webb, and their son, Ben Webb, said the family was grateful.',
     [(IND, 'the family was grateful', 'Mark Webb and Ben Webb')]),
    ('The victim\'s brother, Tom Cole, and his sister, Ann Cole, told reporters they wanted answers.',
     [(IND, 'they wanted answers', 'Tom Cole and Ann Cole')]),
    ('Tom Cole, 39, and his sister, Ann Cole, 44, said they were shocked.',
     [(IND, 'they were shocked', 'Tom Cole and Ann Cole')]),
    ('Tom Cole and his sister, Ann Cole, said they were shocked.',
     [(IND, 'they were shocked', 'Tom Cole and Ann Cole')]),
    ('"We are heartbroken," his brother, Tom Cole, 39, and his sister, Ann Cole, 44, said.',
     [(DIR, 'We are heartbroken,', 'Tom Cole and Ann Cole')]),
    # a bare plural or mass subject before a quotation opening with its verb
    ('Tom Hale said workers "felt betrayed" by the decision.',
     [(IND, 'workers "felt betrayed" by the decision', 'Tom Hale'), (DIR, 'felt betrayed', 'Tom Hale')]),
    ('Tom Hale said local residents "felt ignored" by the council.',
     [(IND, 'local residents "felt ignored" by the council', 'Tom Hale'), (DIR, 'felt ignored', 'Tom Hale')]),
    ('Tom Hale said workers "felt betrayed."',
     [(IND, 'workers "felt betrayed."', 'Tom Hale'), (DIR, 'felt betrayed.', 'Tom Hale')]),
    ('Tom Hale said staff "were furious."',
     [(IND, 'staff "were furious."', 'Tom Hale'), (DIR, 'were furious.', 'Tom Hale')]),
    # "he"/"she" is no company quoted before
    ('“We are ready,” said Asante Holdings. “We will grow,” he said.',
     [(DIR, 'We are ready,', 'Asante Holdings'), (DIR, 'We will grow,', None)]),
    ('“We are ready,” said Northlight Records. “We will grow,” she said.',
     [(DIR, 'We are ready,', 'Northlight Records'), (DIR, 'We will grow,', None)]),
    ('“We are ready,” said Asante Group. “We will grow,” he said.',
     [(DIR, 'We are ready,', 'Asante Group'), (DIR, 'We will grow,', None)]),
    ('“We are ready,” said Asante Ltd. “We will grow,” he said.',
     [(DIR, 'We are ready,', 'Asante Ltd'), (DIR, 'We will grow,', None)]),
    ('“We are ready,” said Brennock Capital. “We will grow,” he said.',
     [(DIR, 'We are ready,', 'Brennock Capital'), (DIR, 'We will grow,', None)]),
    ('“We are ready,” said Asante Systems. “We will grow,” she said.',
     [(DIR, 'We are ready,', 'Asante Systems'), (DIR, 'We will grow,', None)]),
    ('Asante Holdings said it was ready. “We will grow,” he said.',
     [(IND, 'it was ready', 'Asante Holdings'), (DIR, 'We will grow,', None)]),
]

GUARDS = [
    # one described person, a plain pair, a reported clause before the apposition
    ('His sister, Ann Cole, 44, said they were shocked.',
     [(IND, 'they were shocked', 'Ann Cole')]),
    ('Darren Cole, 39, and Piotr Nowak, 44, said they were shocked.',
     [(IND, 'they were shocked', 'Darren Cole and Piotr Nowak')]),
    ('His brother Tom Cole and his sister Ann Cole said they were shocked.',
     [(IND, 'they were shocked', 'Tom Cole and Ann Cole')]),
    ("Fuel costs rose, and the agency's director, Tom Smith, said the cause was the war.",
     [(IND, 'the cause was the war', 'Tom Smith')]),
    ('"We are heartbroken," his sister, Ann Cole, 44, said.',
     [(DIR, 'We are heartbroken,', 'Ann Cole')]),
    # partial quotations: a pronoun, an adverb or an addressee before the quotation keeps only the quotation
    ('Tom Hale said staff felt "betrayed" by the decision.',
     [(IND, 'staff felt "betrayed" by the decision', 'Tom Hale'), (DIR, 'betrayed', 'Tom Hale')]),
    ('Tom Hale said the workers "felt betrayed" by the decision.',
     [(IND, 'the workers "felt betrayed" by the decision', 'Tom Hale'), (DIR, 'felt betrayed', 'Tom Hale')]),
    ('Tom Hale said it "felt wrong to him."',
     [(DIR, 'felt wrong to him.', 'Tom Hale')]),
    ('Tom Hale said simply "worked."',
     [(DIR, 'worked.', 'Tom Hale')]),
    ('Tom Hale told reporters "felt betrayed."',
     [(DIR, 'felt betrayed.', 'Tom Hale')]),
    ('Tom Hale called workers "overpaid and lazy."',
     [(DIR, 'overpaid and lazy.', 'Tom Hale')]),
    # a person's name ending in a word of a place or a company's name stays a person
    ('“We are ready,” said Luka Brennock. “We will grow,” he said.',
     [(DIR, 'We are ready,', 'Luka Brennock'), (DIR, 'We will grow,', 'Luka Brennock')]),
    ('“We are ready,” said Samantha Power. “We will grow,” she said.',
     [(DIR, 'We are ready,', 'Samantha Power'), (DIR, 'We will grow,', 'Samantha Power')]),
    ('“We are ready,” said Luka Park. “We will grow,” he said.',
     [(DIR, 'We are ready,', 'Luka Park'), (DIR, 'We will grow,', 'Luka Park')]),
    ('“We are ready,” said Asante Holdings. “We will grow,” it said.',
     [(DIR, 'We are ready,', 'Asante Holdings'), (DIR, 'We will grow,', 'Asante Holdings')]),
    ('Tom Reed spoke first. “We are ready,” said Asante Holdings. “We will grow,” he said.',
     [(DIR, 'We are ready,', 'Asante Holdings'), (DIR, 'We will grow,', 'Tom Reed')]),
    # a bare surname opening the sentence before '"…," she said' is the person named in full before
    ('Ellen Marsh, a folk singer, opened the festival. Ann Wells said the crowd was huge. Marsh wrote the song in 1971. '
     '"It came to me in a dream," she said.',
     [(IND, 'the crowd was huge', 'Ann Wells'), (DIR, 'It came to me in a dream,', 'Ellen Marsh')]),
    ('Ellen Marsh wrote the song in 1971. "It came to me in a dream," she said.',
     [(DIR, 'It came to me in a dream,', 'Ellen Marsh')]),
    ('Marsh wrote the song in 1971. "It came to me in a dream," she said.',
     [(DIR, 'It came to me in a dream,', None)]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r51_enleft23_fixes(text, expected):
    assert sorted(run(text), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r51_enleft23_guards(text, expected):
    assert sorted(run(text), key=str) == sorted(expected, key=str)
