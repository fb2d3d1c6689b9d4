"""Round 48, family enappos: English names introduced with a description in apposition ("Unite, Britain's largest
union, …", "Harlow, a grocery company, …", "Unite, which is Britain's largest union, …") and later referred to by the
description's head noun ("The union said", "the firm said", "The widget maker said", a following "It said"); a head
two names were given, a coordinated name after the apposition or another organisation speaking last leave the
description as it is."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ("Unite, Britain's largest union, called the strike on Monday. The union said it would continue the action.",
     [(IND, 'it would continue the action', 'Unite')]),
    ("Verdi, the service workers' union, called a strike at airports. The union said the talks had failed.",
     [(IND, 'the talks had failed', 'Verdi')]),
    ('Harlow, a grocery company, cut prices on Tuesday. The company said sales had fallen for three months.',
     [(IND, 'sales had fallen for three months', 'Harlow')]),
    ('Moderna, the Massachusetts biotech firm, reported strong sales. The firm said its vaccine sales would fall next year.',
     [(IND, 'its vaccine sales would fall next year', 'Moderna')]),
    ('Frontex, the EU border agency, released new figures. The agency said crossings had risen sharply.',
     [(IND, 'crossings had risen sharply', 'Frontex')]),
    ("Likud, Netanyahu's right-wing party, won the most seats. The party said it would form a government.",
     [(IND, 'it would form a government', 'Likud')]),
    ("Tesco, Britain's biggest supermarket, raised prices. The supermarket said costs had risen.",
     [(IND, 'costs had risen', 'Tesco')]),
    ('Boeing, the aircraft manufacturer, delayed deliveries. The manufacturer said supply problems persisted.',
     [(IND, 'supply problems persisted', 'Boeing')]),
    ("Ryanair, Europe's largest low-cost airline, cancelled flights. The airline said the strike had forced it to act.",
     [(IND, 'the strike had forced it to act', 'Ryanair')]),
    ("Unite, which is Britain's largest union, called the strike. The union said it would continue.",
     [(IND, 'it would continue', 'Unite')]),
    ('Al Jazeera, the Qatar-based network, aired the footage. The network said its reporters had been detained.',
     [(IND, 'its reporters had been detained', 'Al Jazeera')]),
    ('The Guardian, a British newspaper, published the documents. The newspaper said the files were authentic.',
     [(IND, 'the files were authentic', 'Guardian')]),
    ("The NAACP, the nation's oldest civil rights organization, sued the state. The organization said the map was unlawful.",
     [(IND, 'the map was unlawful', 'NAACP')]),
    ("Vitol, the world's biggest independent oil trader, bought the stake. The trader said the deal would close in March.",
     [(IND, 'the deal would close in March', 'Vitol')]),
    ('Acme, the widget maker, cut jobs. The maker said demand had collapsed.',
     [(IND, 'demand had collapsed', 'Acme')]),
    ('Moderna, the Massachusetts biotech firm, reported strong sales. "Demand will fall," the firm said.',
     [(DIR, 'Demand will fall,', 'Moderna')]),
    ('Unite, Britain\'s largest union, called the strike. The union said, "We will not back down."',
     [(DIR, 'We will not back down.', 'Unite')]),
    ("Unite, Britain's largest union, called the strike against Harlow, a grocery company. The company said it was disappointed.",
     [(IND, 'it was disappointed', 'Harlow')]),
    ("Unite, Britain's largest union, called the strike against Harlow, a grocery company. The union said it would continue.",
     [(IND, 'it would continue', 'Unite')]),
    ("Unite, Britain's largest union, called the strike. Its leader, Sharon Graham, said pay was too low. The union said talks had failed.",
     [(IND, 'pay was too low', 'Sharon Graham'), (IND, 'talks had failed', 'Unite')]),
    ("The strike was called by Unite, Britain's largest union. The union said it would continue until pay rose.",
     [(IND, 'it would continue until pay rose', 'Unite')]),
    ('Lee, who is a professor of economics, studied the data. The professor said growth would slow.',
     [(IND, 'growth would slow', 'Lee')]),
    ("Unite, Britain's largest union, called the strike. It said the action would continue.",
     [(IND, 'the action would continue', 'Unite')]),
    ('Moderna, the Massachusetts biotech firm, reported strong sales. It said its vaccine sales would fall.',
     [(IND, 'its vaccine sales would fall', 'Moderna')]),
    ('Harlow, a grocery company, cut prices, it said.',
     [(IND, 'Harlow, a grocery company, cut prices', 'Harlow')]),
]

GUARDS = [
    ("Unite, Britain's largest union, called the strike. The company said it was disappointed.",
     [(IND, 'it was disappointed', 'company')]),
    ("Unite, Britain's largest union, called the strike. The rival union said it would not join.",
     [(IND, 'it would not join', 'rival union')]),
    ('Unite, a union, called the strike. GMB, another union, joined it. The union said the talks had failed.',
     [(IND, 'the talks had failed', 'union')]),
    ("Unite, Britain's largest union, and GMB called the strike. The union said it would continue.",
     [(IND, 'it would continue', 'union')]),
    ('Meanwhile, the union, which represents 5,000 workers, called a strike. The union said it would continue.',
     [(IND, 'it would continue', 'union')]),
    ('Still, the company, which employs 300 people, cut prices. The company said costs had risen.',
     [(IND, 'costs had risen', 'company')]),
    ("Jones, the union's leader, called the strike. The union said talks had failed.",
     [(IND, 'talks had failed', 'union')]),
    ('Smith, a union member, joined the strike. The union said talks had failed.',
     [(IND, 'talks had failed', 'union')]),
    ('Mary Barra, the chief executive of GM, spoke on Monday. The company said sales rose.',
     [(IND, 'sales rose', 'company')]),
    ("Likud, Netanyahu's right-wing party, won the most seats. Labor, the center-left party, came second. The party said it would join the opposition.",
     [(IND, 'it would join the opposition', 'party')]),
    ('Harlow, a grocery company, cut prices. The bank said the cuts would hurt margins.',
     [(IND, 'the cuts would hurt margins', 'bank')]),
    ('Acme, the widget maker, cut jobs. The widget company said demand had collapsed.',
     [(IND, 'demand had collapsed', 'widget company')]),
    ('In London, the capital, workers marched. The union said the march was peaceful.',
     [(IND, 'the march was peaceful', 'union')]),
    ("Unite, Britain's largest union, called the strike against Harlow. GMB said it would join. The union said talks had failed.",
     [(IND, 'it would join', 'GMB'), (IND, 'talks had failed', 'GMB')]),
    ('John Smith, a retired teacher, joined the protest. The teacher said the schools were underfunded.',
     [(IND, 'the schools were underfunded', 'John Smith')]),
    ('Hamas, the militant group that controls Gaza, rejected the plan. The group said the proposal was unacceptable.',
     [(IND, 'the proposal was unacceptable', 'Hamas')]),
    ('Then-Secretary of State Hillary Clinton visited Beijing in 2010. The former secretary of state said the talks were productive.',
     [(IND, 'the talks were productive', 'Hillary Clinton')]),
    ('Then-President Barack Obama signed the bill. The former president said it would help families.',
     [(IND, 'it would help families', 'Barack Obama')]),
    ('John Smith, a retired teacher, joined the protest. It said nothing new.',
     []),
    ('Apple and Google, the tech giants, face new rules. The giants said they would comply.',
     [(IND, 'they would comply', 'giants')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_enappos_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_enappos_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
