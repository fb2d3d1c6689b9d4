"""Round 54, family enleft: the leftovers of the English court and science audits and four new wire stories (a lawsuit,
a product recall, a city council vote, a hospital strike). A ", while" clause with its own lower-case subject and past
verb goes on with a report after a past cue ("said net sales rose 6% to $3.1 billion, while organic volume grew 2%",
ended at "billion"; not "…, while its shares fell 2% in early trading", "…, while Jones disagreed"); an attributive
participle inside a subject's postmodifier ("said sales of the affected lots fell", reported nothing); the head of "person
familiar with …"/"source close to …" before its adjective ("The person said" was "person"); a relative clause's verb of
making ("The company that makes the software said", was "the software"); a named person's surname is no company ("The
company that operates the plant said" after "said Rachel Ortiz … Ortiz said", was Ortiz); bare compound and comparative
subjects ("Critics say later start times just mean later bedtimes", reported nothing); "Your critics say …"; a bare
plural of membership between commas ("The nurses, members of the Minnesota Nurses Association, say …"); the agent of
"by" after a company noun ("released by drugmaker Alvera Therapeutics. … the company said", was "company"); an apology
after a relative clause of up to twenty words; a possessive role after another person was named ("His attorney said
Ebner …" after "defense attorney Victor Hahn", was Hahn); a title-case headline's subject and past verb is no name
("Man Arrested in Connection With …", a later "she" took "Man Arrested")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


FIXES_R54_ENLEFT = [
    ('Northwind said in a statement that net sales rose 6% to $3.1 billion, while organic volume grew 2%.',
     [(IND, 'net sales rose 6% to $3.1 billion, while organic volume grew 2%', 'Northwind')]),
    ('Harlow said it had stopped production at its plant, while it investigates the source of the problem.',
     [(IND, 'it had stopped production at its plant, while it investigates the source of the problem', 'Harlow')]),
    ('The company said sales of the affected lots accounted for less than 5% of its revenue, while its other products remained on shelves.',
     [(IND, 'sales of the affected lots accounted for less than 5% of its revenue, while its other products remained on shelves', 'company')]),
    ('The company said sales of the affected lots fell.',
     [(IND, 'sales of the affected lots fell', 'company')]),
    ('Officials said residents of the flooded towns returned home.',
     [(IND, 'residents of the flooded towns returned home', 'Officials')]),
    ("A person familiar with the company's plans said Harlow expected to resume production. The person said the plant had passed an inspection.",
     [(IND, 'Harlow expected to resume production', "person familiar with the company's plans"), (IND, 'the plant had passed an inspection', "person familiar with the company's plans")]),
    ('A source close to the talks said a deal was near. The source said the plant had passed an inspection.',
     [(IND, 'a deal was near', 'source close to the talks'), (IND, 'the plant had passed an inspection', 'source close to the talks')]),
    ('"It is wrong," said Rachel Ortiz, a lawyer. Ortiz said the families are seeking damages. The company that operates the plant said it had cooperated fully.',
     [(DIR, 'It is wrong,', 'Rachel Ortiz'), (IND, 'the families are seeking damages', 'Rachel Ortiz'), (IND, 'it had cooperated fully', 'company')]),
    ('The firm that makes the software said profits fell.',
     [(IND, 'profits fell', 'firm')]),
    ('The lab that made the vaccine said it was safe.',
     [(IND, 'it was safe', 'lab')]),
    ('Critics say later start times just mean later bedtimes.',
     [(IND, 'later start times just mean later bedtimes', 'Critics')]),
    ('Critics say start times just mean later bedtimes.',
     [(IND, 'start times just mean later bedtimes', 'Critics')]),
    ('Analysts say cheaper energy costs help exporters.',
     [(IND, 'cheaper energy costs help exporters', 'Analysts')]),
    ('Doctors say longer shift hours often put patients at risk.',
     [(IND, 'longer shift hours often put patients at risk', 'Doctors')]),
    ('Your critics say later start times just mean later bedtimes.',
     [(IND, 'later start times just mean later bedtimes', 'critics')]),
    ('Your supporters say the plan failed.',
     [(IND, 'the plan failed', 'supporters')]),
    ('The nurses, members of the Minnesota Nurses Association, say chronic understaffing has put patients at risk.',
     [(IND, 'chronic understaffing has put patients at risk', 'nurses')]),
    ('The men, residents of the same village, told police they saw nothing.',
     [(IND, 'they saw nothing', 'men')]),
    ('Results were released on Monday by drugmaker Alvera Therapeutics.\n\nThe shot reduced hospitalizations by 79%, the company said.',
     [(IND, 'The shot reduced hospitalizations by 79%', 'Alvera Therapeutics')]),
    ('Judge Paul Esterhazy said Richard Tamm had lied. Tamm, who addressed the court for several minutes before he was sentenced on Friday, apologized to investors. "I am ashamed," he said.',
     [(IND, 'Richard Tamm had lied', 'Paul Esterhazy'), (DIR, 'I am ashamed,', 'Richard Tamm')]),
    ('"He has paid," defense attorney Victor Hahn told reporters. A co-defendant, former sales director Mark Ebner, is set to be sentenced next month. His attorney said Ebner was sorry.',
     [(DIR, 'He has paid,', 'Victor Hahn'), (IND, 'Ebner was sorry', 'attorney')]),
    ('Man Arrested in Connection With Pharmacy Thefts\n\nPolice said the man was 34. "We come in every morning scared," she said.',
     [(IND, 'the man was 34', 'Police'), (DIR, 'We come in every morning scared,', None)]),
    ('Woman Charged After Crash\n\n"It was awful," he said.',
     [(DIR, 'It was awful,', None)]),
    ('Reed Hastings Stepped Down From Netflix\n\n"It was awful," he said.',
     [(DIR, 'It was awful,', 'Reed Hastings')]),
    ('A person briefed on the talks said a deal was near. "It is close," the person said.',
     [(IND, 'a deal was near', 'person briefed on the talks'), (DIR, 'It is close,', 'person briefed on the talks')]),
]

GUARDS_R54_ENLEFT = [
    # a comparative and a noun before the plural already worked when the noun ends like an adjective
    ('Farmers say higher fuel prices hurt their margins.',
     [(IND, 'higher fuel prices hurt their margins', 'Farmers')]),
    ('The company said profit rose 10%, while its shares fell 2% in early trading.',
     [(IND, 'profit rose 10%', 'company')]),
    ('Smith said the plan was sound, while Jones disagreed.',
     [(IND, 'the plan was sound', 'Smith')]),
    ('Smith said the plan was sound, while the mayor argued it was too costly.',
     [(IND, 'the plan was sound', 'Smith'), (IND, 'it was too costly', 'mayor')]),
    ('The company said sales of the old lots fell.',
     [(IND, 'sales of the old lots fell', 'company')]),
    ('A spokesman for the ministry said the plant was safe. The spokesman said the plant had passed an inspection.',
     [(IND, 'the plant was safe', 'spokesman for the ministry'), (IND, 'the plant had passed an inspection', 'spokesman for the ministry')]),
    ('Apple reported record sales. The company said demand was strong.',
     [(IND, 'demand was strong', 'Apple')]),
    ('Regulators fined drugmaker Alvera Therapeutics on Monday.\n\nThe shot reduced hospitalizations, the company said.',
     [(IND, 'The shot reduced hospitalizations', 'company')]),
    ('Sorry I said your friends call you Stinky.',
     []),
    ('He said later the talks failed.',
     [(IND, 'the talks failed', None)]),
    ('His critics say the plan failed.',
     [(IND, 'the plan failed', 'critics')]),
    ('Defense attorney Victor Hahn said Richard Tamm was sorry. Tamm wept. His attorney said Tamm would appeal.',
     [(IND, 'Richard Tamm was sorry', 'Victor Hahn'), (IND, 'Tamm would appeal', 'Victor Hahn')]),
    ('He said the plan, parts of which were leaked, would fail.',
     [(IND, 'the plan, parts of which were leaked, would fail', None)]),
    ('The workers, most of them women, say the pay is too low.',
     [(IND, 'the pay is too low', 'workers')]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R54_ENLEFT + GUARDS_R54_ENLEFT)
def test_r54_enleft_rows(text: str, want: list) -> None:
    assert run(text) == want

