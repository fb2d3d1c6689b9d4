"""Round 51, family enarticles5: gaps found reading six English news articles of new genres (a hurricane with officials,
residents and a forecaster; a medical study with its lead author and an outside expert; a campaign rally with a heckler
and a rival's written statement; a singer's hiatus told on Instagram and in an old interview; a summit with a joint
statement and an anonymous official; a burglary case with police, a neighbour and a complaint; all written for the
audit): a lower-case role before the name in an apposition ("Her neighbor, retired firefighter Gene Pollard, told" was
"neighbor"); "she"/"he" never stands for a company or a label ("Her record label, Northlight Records, said …" then
'"…," she told Rolling Stone' was Northlight Records); "the forecaster" is the meteorologist named before; a bare "the
official" after "A senior administration official" spoke is that official; a modal right after "say" opens a relative
clause's subject gap, not the content of a later wh-word ("a finding researchers say could change how doctors treat …"
reported "how doctors treat …")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a lower-case role before the name in an apposition (was the description, or nothing)
    ("Her neighbor, retired firefighter Gene Pollard, told the Courier that he had never seen it.",
     [(IND, 'he had never seen it', 'Gene Pollard')]),
    ("Marsh's attorney, public defender Alicia Romero, said her client would plead not guilty.",
     [(IND, 'her client would plead not guilty', 'Alicia Romero')]),
    ("The landlord, firefighter Dan Ortiz, said the rent was fair.",
     [(IND, 'the rent was fair', 'Dan Ortiz')]),
    ("The coach, head coach Tom Hale, said the team was ready.",
     [(IND, 'the team was ready', 'Tom Hale')]),
    # "she"/"he" is no company or label (was the label)
    ('Singer Mara Quinn is taking a break. Her record label, Northlight Records, said in a statement that it supports '
     'her. Quinn rose to fame in 2016. She has spoken about fame before. "Sometimes I am not sure which one is real," '
     'she told Rolling Stone in 2019.',
     [(IND, 'it supports her', 'Northlight Records'), (DIR, 'Sometimes I am not sure which one is real,', 'Mara Quinn')]),
    ('Director Ana Ruiz left the film. Her studio, Bluefin Studios, said it had parted ways with her. "I am sad," she '
     'told Variety.',
     [(IND, 'it had parted ways with her', 'Bluefin Studios'), (DIR, 'I am sad,', 'Ana Ruiz')]),
    # the weather desk's two words for one job (was "forecaster", "meteorologist")
    ('Dr. Alan Whitcomb, a meteorologist at the center, said the storm would drift. "It is moving at a crawl," the '
     'forecaster said.',
     [(IND, 'the storm would drift', 'Alan Whitcomb'), (DIR, 'It is moving at a crawl,', 'Alan Whitcomb')]),
    ('Tom Reyes, a forecaster at the weather service, said the storm would drift. "It is moving at a crawl," the '
     'meteorologist said.',
     [(IND, 'the storm would drift', 'Tom Reyes'), (DIR, 'It is moving at a crawl,', 'Tom Reyes')]),
    # a bare "the official" after an unnamed official spoke (was "official")
    ('A senior administration official said the talks went well. "We nearly lost it on Thursday," the official said.',
     [(IND, 'the talks went well', 'senior administration official'),
      (DIR, 'We nearly lost it on Thursday,', 'senior administration official')]),
    ('A State Department official said the talks went well. The official added that Washington was ready to help.',
     [(IND, 'the talks went well', 'State Department official'),
      (IND, 'Washington was ready to help', 'State Department official')]),
    # a modal after "say" opens a subject gap's verb phrase (was the wh-clause, or nothing)
    ('The study found a drop, a finding researchers say could change how doctors treat patients.',
     [(IND, 'could change how doctors treat patients', 'researchers')]),
    ('It was a change experts say would reshape how banks lend.',
     [(IND, 'would reshape how banks lend', 'experts')]),
]

GUARDS = [
    ("Her neighbor, Gene Pollard, told the Courier that he had never seen it.",
     [(IND, 'he had never seen it', 'Gene Pollard')]),
    ("Her neighbor, a retired firefighter, said he had never seen it.",
     [(IND, 'he had never seen it', 'neighbor')]),
    ('Northlight Records said it supports her. "We are proud," the label said.',
     [(IND, 'it supports her', 'Northlight Records'), (DIR, 'We are proud,', 'label')]),
    ('John Smith said the talks went well. The official added that Washington was ready.',
     [(IND, 'the talks went well', 'John Smith'), (IND, 'Washington was ready', 'official')]),
    ('Two officials said the talks went well. "We nearly lost it," the official said.',
     [(IND, 'the talks went well', 'Two officials'), (DIR, 'We nearly lost it,', 'official')]),
    ('Officials said how the money would be spent.',
     [(IND, 'how the money would be spent', 'Officials')]),
    ('Researchers say the drug could change how doctors treat patients.',
     [(IND, 'the drug could change how doctors treat patients', 'Researchers')]),
]


@pytest.mark.parametrize("text,want", FIXES + GUARDS)
def test_quotes_r51_enarticles5(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE = Path(__file__).parent / "data" / "quotes_r51_hurricane_article.txt"


def test_quotes_r51_hurricane_article_key_spans() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    got = run(text)
    assert (IND, 'he had never seen the river rise so quickly', 'Gene Pollard') in got
    assert (DIR, 'In 1999 we had a bad one, but nothing like this,', 'Gene Pollard') in got
    assert (DIR, 'Delia is moving at about three miles an hour, which is essentially a crawl,', 'Alan Whitcomb') in got
    assert (IND, 'rivers in the region would likely not crest until the weekend, even after the rain stops',
            'Alan Whitcomb') in got
    assert (DIR, 'We heard the water coming under the door, and then it was just everywhere,', 'Marisol Vega') in got
    assert (IND, 'the National Guard had deployed 600 troops and 40 high-water vehicles', 'Patricia Henley') in got
    assert (DIR, 'and I\'m asking everyone to look out for their neighbors.', 'Patricia Henley') in got
