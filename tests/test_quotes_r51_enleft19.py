"""Round 51, enleft19: three English speaker and quotation families. (1) A full name whose first name the shipped lists
lack is a person's when the text says so (a person's role or age in apposition, "Mr"/"Ms" with its surname, a quotation
it reports): a later "he"/"she" may stand for it ("Luka Brennock, the club's captain, … On transfers, Brennock was more
guarded. “…,” he said." was another man named before); a bare surname opening the sentence before, also after a fronted
prepositional phrase, is the antecedent; not an organisation's or a place's name ("Asante Holdings", "Brennock Park").
(2) A quantifier pronoun ("Nobody", "Everyone", "Somebody") is never a speaker a later quotation continues. (3) A
plural possessive's apostrophe inside a ‘…’ quotation ("two days’ pay") does not close it when a ’ after the
quotation's own comma or sentence mark closes it later."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ("Kwame Asante, the chairman, said the club was in good shape. Luka Brennock, the club's captain, said the team was ready. On transfers, Brennock was more guarded. “We are always looking,” he said.",
     [(IND, 'the club was in good shape', 'Kwame Asante'), (IND, 'the team was ready', 'Luka Brennock'), (DIR, 'We are always looking,', 'Luka Brennock')]),
    ('Philip Danvers said the season had been long. Luka Brennock, the 31-year-old, joined in 2019. Brennock smiled. “No,” he said.',
     [(IND, 'the season had been long', 'Philip Danvers'), (DIR, 'No,', 'Luka Brennock')]),
    ('Philip Danvers said the season had been long. Luka Brennock, 31, joined in 2019. Brennock smiled. “No,” he said.',
     [(IND, 'the season had been long', 'Philip Danvers'), (DIR, 'No,', 'Luka Brennock')]),
    ('Kwame Asante said the club was fine. Mr Brennock joined in 2019. Luka Brennock was more guarded. “We are always looking,” he said.',
     [(IND, 'the club was fine', 'Kwame Asante'), (DIR, 'We are always looking,', 'Luka Brennock')]),
    ('Kwame Asante said the club was fine. “We are ready,” said Luka Brennock. On transfers, Brennock was more guarded. “We are always looking,” he said.',
     [(IND, 'the club was fine', 'Kwame Asante'), (DIR, 'We are ready,', 'Luka Brennock'), (DIR, 'We are always looking,', 'Luka Brennock')]),
    ('Kwame Asante said the club was fine. “We are ready,” Luka Brennock said. Brennock was more guarded. “We are always looking,” he said.',
     [(IND, 'the club was fine', 'Kwame Asante'), (DIR, 'We are ready,', 'Luka Brennock'), (DIR, 'We are always looking,', 'Luka Brennock')]),
    ('Philip Danvers said the season had been long. Torben Halloway joined in 2019. Halloway was more guarded. “We are always looking,” he said.',
     [(IND, 'the season had been long', 'Philip Danvers'), (DIR, 'We are always looking,', 'Torben Halloway')]),
    ('Philip Danvers said the season had been long. Torben Halloway joined in 2019. On transfers, Halloway was more guarded. “We are always looking,” he said.',
     [(IND, 'the season had been long', 'Philip Danvers'), (DIR, 'We are always looking,', 'Torben Halloway')]),
    ('The mayor, Ann Lee, said the plan would work. Nobody asked about the flow of people. “It is a good plan,” she added. “We will see.”',
     [(IND, 'the plan would work', 'Ann Lee'), (DIR, 'It is a good plan,', 'Ann Lee'), (DIR, 'We will see.', 'Ann Lee')]),
    ('“The plan will work,” said Ann Lee. Nobody asked about the flow of people. “It is a good plan.”',
     [(DIR, 'The plan will work,', 'Ann Lee'), (DIR, 'It is a good plan.', None)]),
    ('“The plan will work,” said Ann Lee. Everyone said the plan was good. “It is a good plan.”',
     [(DIR, 'The plan will work,', 'Ann Lee'), (IND, 'the plan was good', 'Everyone'), (DIR, 'It is a good plan.', None)]),
    ('“The plan will work,” said Ann Lee. Somebody asked whether it would work. “It is a good plan,” she said.',
     [(DIR, 'The plan will work,', 'Ann Lee'), (IND, 'it would work', 'Somebody'), (DIR, 'It is a good plan,', 'Ann Lee')]),
    ('‘I support the drivers, but I’ve lost two days’ pay this month,’ said Mina Royce.',
     [(DIR, 'I support the drivers, but I’ve lost two days’ pay this month,', 'Mina Royce')]),
    ('‘The workers’ union will not back down now,’ said Mina Royce.',
     [(DIR, 'The workers’ union will not back down now,', 'Mina Royce')]),
    ('‘We are ready,’ said Mina Royce. ‘The players’ morale is high.’',
     [(DIR, 'We are ready,', 'Mina Royce'), (DIR, 'The players’ morale is high.', 'Mina Royce')]),
]

GUARDS = [
    ("Philip Danvers said the season had been long. Asante Holdings, the club's owner, bought the land. “No,” he said.",
     [(IND, 'the season had been long', 'Philip Danvers'), (DIR, 'No,', 'Philip Danvers')]),
    ("Philip Danvers said the season had been long. Brennock Park, the club's home, was full. “No,” he said.",
     [(IND, 'the season had been long', 'Philip Danvers'), (DIR, 'No,', 'Philip Danvers')]),
    ('Kwame Asante said the club was fine. Tarvo Energy, the largest supplier, raised prices. “We are always looking,” he said.',
     [(IND, 'the club was fine', 'Kwame Asante'), (DIR, 'We are always looking,', 'Kwame Asante')]),
    ('Kwame Asante said the club was fine. Velmar Rovers, the league leaders, won again. “We are always looking,” he said.',
     [(IND, 'the club was fine', 'Kwame Asante'), (DIR, 'We are always looking,', 'Kwame Asante')]),
    ('Philip Danvers said the season had been long. Torben Halloway joined in 2019. On Monday, Halloway Park was full. “We are always looking,” he said.',
     [(IND, 'the season had been long', 'Philip Danvers'), (DIR, 'We are always looking,', 'Philip Danvers')]),
    ('Philip Danvers said the season had been long. Asante Holdings bought the club. Holdings was more guarded. “We are always looking,” he said.',
     [(IND, 'the season had been long', 'Philip Danvers'), (DIR, 'We are always looking,', 'Philip Danvers')]),
    ('Philip Danvers said the season had been long. Torben Halloway joined in 2019. Halloway smiled. “No,” he said.',
     [(IND, 'the season had been long', 'Philip Danvers'), (DIR, 'No,', 'Torben Halloway')]),
    ('Nobody said a word.',
     []),
    ('“The plan will work,” said Ann Lee. Nobody else spoke. “It is a good plan,” she added.',
     [(DIR, 'The plan will work,', 'Ann Lee'), (DIR, 'It is a good plan,', 'Ann Lee')]),
    ('Everyone said the plan was good.',
     [(IND, 'the plan was good', 'Everyone')]),
    ('Ann Lee said the plan would work. No one asked about the flow of people.',
     [(IND, 'the plan would work', 'Ann Lee')]),
    ('He called the ‘new rules’ plan a disaster. ‘It is bad,’ said Mina Royce.',
     [(DIR, 'It is bad,', 'Mina Royce')]),
    ('‘I support the drivers,’ said Mina Royce, who has lost two days’ pay this month.',
     [(DIR, 'I support the drivers,', 'Mina Royce')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r51_enleft19_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r51_enleft19_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
