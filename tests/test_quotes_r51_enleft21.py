"""Round 51, family enleft21: English leftovers. A list of names with their ages in apposition to the subject is no
second clause ("The families of the two men who died, Darren Cole, 39, and Piotr Nowak, 44, have called for …" gave
"Piotr Nowak" and the content 'Piotr Nowak, 44, have called …'); a short relative clause before the apposition keeps its
head ("… who died, Darren Cole and Piotr Nowak, have …" gave nothing); "the witness" names the one person seen giving
evidence ("told the court", "testified"), a nationality the one person described with it ("Ivan Horvat, the Croatian
midfielder, … Luka Petric also played. … the Croatian said" gave Petric); a reported clause without "that" whose verb
stands before a partial quotation keeps its INDIRECT_QUOTE ('Tom Hale said staff felt "betrayed".' gave only the
quotation, as 'said that staff felt "betrayed"' did not)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a list of names with their ages in apposition
    ('The families of the two men who died, Darren Cole, 39, and Piotr Nowak, 44, have called for an inquiry.',
     [(IND, 'The families of the two men who died, Darren Cole, 39, and Piotr Nowak, 44, have called for an inquiry',
       'families of the two men')]),
    ('The relatives of the two victims, Darren Cole, 39, and Piotr Nowak, 44, said they wanted answers.',
     [(IND, 'they wanted answers', 'relatives of the two victims')]),
    ('The families of Maria Lopez, 28, and Ann Wells, 31, said they were heartbroken.',
     [(IND, 'they were heartbroken', 'families')]),
    ('Two survivors, Tom Reed, 52, Ann Wells, 31, and Piotr Nowak, 44, said they were recovering.',
     [(IND, 'they were recovering', 'Two survivors')]),
    ('Darren Cole, 39, and Piotr Nowak, 44, said they wanted answers.',
     [(IND, 'they wanted answers', 'Darren Cole and Piotr Nowak')]),  # (at the merge: the two people, as "John Thune and Chuck Schumer")
    ('The families of the two men who died, Darren Cole and Piotr Nowak, have called for an inquiry.',
     [(IND, 'The families of the two men who died, Darren Cole and Piotr Nowak, have called for an inquiry',
       'families of the two men')]),
    # role descriptions
    ('Ms Pryce, a neighbour, told the court she heard shouting. "It went on for hours," the witness said.',
     [(DIR, 'It went on for hours,', 'Pryce'), (IND, 'she heard shouting', 'Pryce')]),
    ('Mr Hale testified on Monday. "I saw nothing," the witness said.',
     [(DIR, 'I saw nothing,', 'Hale')]),
    ('In the second half Ivan Horvat, the Croatian midfielder, scored twice. Luka Petric also played. "We were lucky," '
     'the Croatian said.',
     [(DIR, 'We were lucky,', 'Ivan Horvat')]),
    # a reported clause ending in a partial quotation
    ('Tom Hale said staff felt "betrayed".',
     [(DIR, 'betrayed', 'Tom Hale'), (IND, 'staff felt "betrayed"', 'Tom Hale')]),
    ('Tom Hale said workers felt "very betrayed" by the decision.',
     [(DIR, 'very betrayed', 'Tom Hale'), (IND, 'workers felt "very betrayed" by the decision', 'Tom Hale')]),
    ('The union says members feel "let down".',
     [(DIR, 'let down', 'union'), (IND, 'members feel "let down"', 'union')]),
    ('Tom Hale said workers looked "shocked" when they heard.',
     [(DIR, 'shocked', 'Tom Hale'), (IND, 'workers looked "shocked" when they heard', 'Tom Hale')]),
]

GUARDS = [
    ('The game ended 3-1, and Piotr Nowak, 44, said he was relieved.',
     [(IND, 'he was relieved', 'Piotr Nowak')]),
    ('Her mother, Jane Cole, 64, said she wanted answers.',
     [(IND, 'she wanted answers', 'Jane Cole')]),
    ('A man who lives nearby, John Smith, said he heard shouting.',
     [(IND, 'he heard shouting', 'John Smith')]),
    ('Unions have called for an inquiry.',
     [(IND, 'Unions have called for an inquiry', 'Unions')]),
    # two people gave evidence, or no one did: the description stays
    ('Ms Pryce, a neighbour, told the court she heard shouting. Tom Hale also gave evidence. "It went on for hours," '
     'the witness said.',
     [(DIR, 'It went on for hours,', 'witness'), (IND, 'she heard shouting', 'Pryce')]),
    ('Ms Pryce, a neighbour, spoke to police. "It went on for hours," the witness said.',
     [(DIR, 'It went on for hours,', 'witness')]),
    ('Ms Pryce, a neighbour, said she heard shouting. Tom Hale also spoke to police. "It went on for hours," the '
     'neighbour said.',
     [(DIR, 'It went on for hours,', 'Pryce'), (IND, 'she heard shouting', 'Pryce')]),
    # two people described with the nationality: open; no one described: the person just named (round 36)
    ('Ivan Horvat, the Croatian midfielder, scored twice. Luka Petric, a Croatian defender, also played. "We were '
     'lucky," the Croatian said.',
     [(DIR, 'We were lucky,', 'Croatian')]),
    ('Alexis Sanchez scored twice. "We were lucky," said the Chilean.',
     [(DIR, 'We were lucky,', 'Alexis Sanchez')]),
    # partial quotations inside reported clauses as before
    ('Tom Hale said that staff felt "betrayed".',
     [(DIR, 'betrayed', 'Tom Hale'), (IND, 'staff felt "betrayed"', 'Tom Hale')]),
    ('Tom Hale said the plan was "a disaster".',
     [(DIR, 'a disaster', 'Tom Hale'), (IND, 'the plan was "a disaster"', 'Tom Hale')]),
    # (round 51, enleft23) a bare plural subject before a quotation opening with its verb keeps the report too, as
    # 'said staff felt "betrayed"' does (was the quotation only)
    ('The report said residents "felt betrayed".',
     [(DIR, 'felt betrayed', 'report'), (IND, 'residents "felt betrayed"', 'report')]),
    ('Tom Hale told reporters gathered outside that staff felt "betrayed".',
     [(DIR, 'betrayed', 'Tom Hale'), (IND, 'staff felt "betrayed"', 'Tom Hale')]),
    # a rejected claim reports for the subject, as "denied that" and "rejected claims that" do (docs/quotes.md, enleft)
    ('Tom Hale rejected the claim that the union was acting for political reasons.',
     [(IND, 'the union was acting for political reasons', 'Tom Hale')]),
    ('Tom Hale denied that the union was acting for political reasons.',
     [(IND, 'the union was acting for political reasons', 'Tom Hale')]),
    ('Tom Hale rejected claims that the union was acting for political reasons.',
     [(IND, 'the union was acting for political reasons', 'Tom Hale')]),
    ('Tom Hale rejected the claim.',
     []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r51_enleft21_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r51_enleft21_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
