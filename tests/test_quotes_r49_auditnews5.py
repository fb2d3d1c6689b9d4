"""Round 49, family auditnews5: English shapes found by an audit of the news pages (probe sentences written for this
round): a trailing attribution followed by the occasion of the saying ("…, Smith said while visiting the plant.");
"added" before a subject with a postmodifier and its past verb ("but added the motive for the attack remained
unclear"); "that" + a present or an irregular past after a speech act's object is a relative pronoun ("reported
details of the tour that opens in May", "profits that beat forecasts"); an outlet's noun and name after a source's
participle and "by" ("according to sources cited by Korean newspaper ETNews"); a piece's title after a verb of
performing ('to perform "Born to Run."'); a double opening mark with a stray space after it at a paragraph's or a
sentence's start ('" You have done a great job."'); "hinting that" is a cue; a quotation used as a noun phrase before
a cue in a later relative clause is no one's words ('"Save water" is rolling out on billboards in which children
say, …')."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('Workers began leaving the town, Smith said while visiting the mayor.',
     [(IND, 'Workers began leaving the town', 'Smith')]),
    ('Prices will rise next year, the minister told reporters before boarding the plane.',
     [(IND, 'Prices will rise next year', 'minister')]),
    ('The ministry said four people had been arrested, but added the motive for the attack remained unclear.',
     [(IND, 'four people had been arrested', 'ministry'), (IND, 'the motive for the attack remained unclear', 'ministry')]),
    ('The coach added the start of the season looked difficult.',
     [(IND, 'the start of the season looked difficult', 'coach')]),
    ('The magazine reported details of the new tour that opens in Denver on May 3.',
     [(IND, 'The magazine reported details of the new tour that opens in Denver on May 3', 'magazine')]),
    ('The retailer reported quarterly profits that beat forecasts as sales slowed.',
     [(IND, 'The retailer reported quarterly profits that beat forecasts as sales slowed', 'retailer')]),
    ('Apple will cut prices, according to sources cited by Korean newspaper ETNews.',
     [(IND, 'Apple will cut prices', 'sources cited by Korean newspaper ETNews')]),
    ('The phone will ship in May, according to analysts quoted by little-known Dutch publication Techblad.',
     [(IND, 'The phone will ship in May', 'analysts quoted by little-known Dutch publication Techblad')]),
    ('The band brought out the singer during an encore to perform “Takin’ Care of Business.”',
     []),
    ('The group announced its tour at the end of its show, bringing out Smith to perform “Born to Run.”',
     [(IND, 'The group announced its tour at the end of its show, bringing out Smith to perform “Born to Run.”', 'group')]),
    ('"I drive to work every day. I have for years," Jane Ross told the mayor. " You have done a great job."',
     [(DIR, 'I drive to work every day. I have for years,', 'Jane Ross'), (DIR, 'You have done a great job.', 'Jane Ross')]),
    ('"We start at noon," Tom Reyes said.\n\n" Nobody will be late."',
     [(DIR, 'We start at noon,', 'Tom Reyes'), (DIR, 'Nobody will be late.', 'Tom Reyes')]),
    ('A letter was denied by Jane Ross, hinting that it was forged.',
     [(IND, 'it was forged', 'Jane Ross')]),
    ('The lawyer warned that the senator could face charges.\n\nA letter was denied by Jane Ross, hinting that it was forged.\n\nBut the oddest part was her claim that she had never met him.',
     [(IND, 'the senator could face charges', 'lawyer'), (IND, 'it was forged', 'Jane Ross'), (IND, 'she had never met him', 'Jane Ross')]),
    ('The agency said the plan worked. “Save water. Save life” is rolling out on billboards in which children say, “I save water.”',
     [(IND, 'the plan worked', 'agency'), (DIR, 'I save water.', 'children')]),
    ('Smith is hinting that he will run.',
     [(IND, 'he will run', 'Smith')]),
    ('Prices will rise next year, the minister said before boarding the plane.',
     [(IND, 'Prices will rise next year', 'minister')]),
]
GUARDS = [
    ('After the plant closed, families moved away, forcing the school to shrink, the mayor said after meeting union leaders.',
     [(IND, 'After the plant closed, families moved away, forcing the school to shrink', 'mayor')]),
    ('The choir sang their hit “Walking in the Rain” on Sunday.',
     []),
    ('“We will win,” said Smith, who leads the party.',
     [(DIR, 'We will win,', 'Smith')]),
    ('Workers began leaving the town, Smith said.',
     [(IND, 'Workers began leaving the town', 'Smith')]),
    ('Smith said while visiting the plant that workers were leaving.',
     [(IND, 'workers were leaving', 'Smith')]),
    ('Smith spoke while visiting the plant.',
     []),
    ('Smith added a goal in the second period.',
     []),
    ('The ministry added the motive remained unclear.',
     [(IND, 'the motive remained unclear', 'ministry')]),
    ('The agency told reporters that prices remain high.',
     [(IND, 'prices remain high', 'agency')]),
    ('The agency warned the board that costs would rise.',
     [(IND, 'costs would rise', 'agency')]),
    ('The retailer reported quarterly profits that missed forecasts.',
     [(IND, 'The retailer reported quarterly profits that missed forecasts', 'retailer')]),
    ('Apple will cut prices, according to a report published by People magazine.',
     [(IND, 'Apple will cut prices', 'report published by People magazine')]),
    ('Apple will cut prices, according to a report published by the newspaper on Monday.',
     [(IND, 'Apple will cut prices', 'report published by the newspaper')]),
    ('He played the tape and said, “We are not done yet.”',
     [(DIR, 'We are not done yet.', None)]),
    ('The coach told them to play “like their lives depended on it.”',
     [(IND, 'to play “like their lives depended on it.”', 'coach'), (DIR, 'like their lives depended on it.', 'coach')]),
    ('" get up off the floor "',
     []),
    ('He left. " fine "',
     []),
    ('She kept hinting at a comeback.',
     []),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_auditnews5_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_auditnews5_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected

