"""Round 48, family enrel2: English reports inside restrictive relatives opening the sentence, with or without a
relative pronoun ("The bill that Trump threatened to veto passed the Senate.", "The man police say fired the shots was
arrested.", "The money officials believe was stolen has not been recovered."), and a restrictive relative closing the
sentence ("Lawmakers passed a plan that critics say is flawed.")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # the relative's object gap lies in the infinitive: no report (was 'to veto passed the Senate')
    ("The bill that Trump threatened to veto passed the Senate.", []),
    ("The bill Trump threatened to veto passed the Senate.", []),
    ("The bill that Trump vowed to veto passed the Senate.", []),
    ("The bill that the president promised to sign stalled in the House.", []),
    ("The bill that Trump threatened to veto was signed.", []),
    # an object gap in a clause with its own subject: the clause up to the main verb
    ("The bill that Obama said he would sign passed the House.", [(IND, "he would sign", "Obama")]),
    ("The bill Obama said he would sign passed the House.", [(IND, "he would sign", "Obama")]),
    # zero relatives and "who" + a name: the relative's subject speaks, the report ends before the main verb
    ("The man police say fired the shots was arrested.", [(IND, "fired the shots", "police")]),
    ("The man who Smith says fired the shots was arrested.", [(IND, "fired the shots", "Smith")]),
    ("The money officials believe was stolen has not been recovered.", [(IND, "was stolen", "officials")]),
    ("The weapon investigators think was used in the attack was found.",
     [(IND, "was used in the attack", "investigators")]),
    ("The ship the navy said was carrying weapons was seized.", [(IND, "was carrying weapons", "navy")]),
    ("The woman prosecutors say ran the scheme pleaded guilty.", [(IND, "ran the scheme", "prosecutors")]),
    ("The woman who prosecutors say ran the scheme pleaded guilty.", [(IND, "ran the scheme", "prosecutors")]),
    ("The team officials said was responsible has left.", [(IND, "was responsible", "officials")]),
    # a restrictive relative closing the sentence: its short predicate
    ("Lawmakers passed a plan that critics say is flawed.", [(IND, "is flawed", "critics")]),
    ("Police arrested a man who witnesses say was armed.", [(IND, "was armed", "witnesses")]),
]

GUARDS = [
    ("The money that officials believe was stolen has not been recovered.", [(IND, "was stolen", "officials")]),
    ("The man that police say fired the shots was arrested.", [(IND, "fired the shots", "police")]),
    ("The plan that critics say is flawed passed.", [(IND, "is flawed", "critics")]),
    ("The drug that doctors say saved his life is expensive.", [(IND, "saved his life", "doctors")]),
    ("The senator backed a bill that critics say will raise costs.", [(IND, "will raise costs", "critics")]),
    ("The suspect, who police said was armed, fled.", [(IND, "was armed", "police")]),
    ("Trump threatened to veto the bill.", [(IND, "to veto the bill", "Trump")]),
    ("The state police said the road was closed.", [(IND, "the road was closed", "state police")]),
    ("The company Apple said it would sign a deal.", [(IND, "it would sign a deal", "Apple")]),
    ("The family lawyers said they would appeal.", [(IND, "they would appeal", "family lawyers")]),
    ("An official who spoke on condition of anonymity said the plan failed.", [(IND, "the plan failed", "official")]),
    ("The company that owns the plant said it would close.", [(IND, "it would close", "company")]),
    ("The official who said the plan was dead resigned on Friday.", [(IND, "the plan was dead", "official")]),
    ("Smith, who told aides that he would quit, denied the report.", [(IND, "he would quit", "Smith")]),
    ("Lawmakers passed a plan that critics say.", []),
    ("The reforms the minister promised have not materialized.", []),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_enrel2(text, expected):
    assert sorted(run(text)) == sorted(expected)
