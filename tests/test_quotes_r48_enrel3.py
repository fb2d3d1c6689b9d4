"""Round 48, family enrel3: English restrictive relatives left by enrel2: a restrictive relative closing the sentence
with a past verb in its gap or without a relative pronoun ("Police arrested a man who witnesses said fired the
shots.", "Lawmakers passed a plan critics say is flawed."), a pronoun's zero relative with its gap in the infinitive
mid-sentence ("The program for farmers he threatened to veto was popular."), a speech act whose object is the
relative's gap ("The deal that officials announced on Monday collapsed." reports nothing), the head of an object
relative in the subject as the speaker ("The report that the ministry released on Monday said …", "The group he
founded said …"), and a time phrase before the subject ("This week officials said …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a restrictive relative closing the sentence, its predicate a past verb (was no report)
    ("Police arrested a man who witnesses said fired the shots.", [(IND, "fired the shots", "witnesses")]),
    ("Police arrested a man that witnesses say stole the car.", [(IND, "stole the car", "witnesses")]),
    ("Officials detained a woman who neighbors said started the fire.", [(IND, "started the fire", "neighbors")]),
    # the same without a relative pronoun (was no report)
    ("Lawmakers passed a plan critics say is flawed.", [(IND, "is flawed", "critics")]),
    ("Police arrested a man witnesses say was armed.", [(IND, "was armed", "witnesses")]),
    ("Police arrested a man the witnesses say was armed.", [(IND, "was armed", "witnesses")]),
    # a pronoun's zero relative mid-sentence, the gap in the infinitive (was 'to veto was popular')
    ("The program for farmers he threatened to veto was popular.", []),
    ("The fund for veterans she vowed to protect was cut.", []),
    # an act whose object is the relative's gap: no whole-sentence report
    ("The deal that officials announced on Monday collapsed.", []),
    ("The deal officials announced on Monday collapsed.", []),
    ("Lawmakers rejected the deal that officials announced on Monday.", []),
    ("Lawmakers rejected the deal officials announced on Monday.", []),
    ("The measures the minister announced will cost billions.", []),
    ("The sanctions that Washington announced on Friday target banks.", []),
    # the head of an object relative in the subject speaks (was the relative's subject and verb, or nothing)
    ("The report that the ministry released on Monday said the economy grew.", [(IND, "the economy grew", "report")]),
    ("The report the police released Monday said two people died.", [(IND, "two people died", "report")]),
    ("The group he founded said it would sue.", [(IND, "it would sue", "group")]),
    ("The company that Musk founded said it would appeal.", [(IND, "it would appeal", "company")]),
    ("The firm she runs said profits fell sharply.", [(IND, "profits fell sharply", "firm")]),
    ("The newspaper that Murdoch owns reported that the talks failed.", [(IND, "the talks failed", "newspaper")]),
    # a time phrase opening the sentence is no part of the speaker (was "This week officials")
    ("This week officials said the plan was dead.", [(IND, "the plan was dead", "officials")]),
    ("This morning officials said the plan was dead.", [(IND, "the plan was dead", "officials")]),
    ("Last month officials said the plan was dead.", [(IND, "the plan was dead", "officials")]),
    ("Last week police said two people died.", [(IND, "two people died", "police")]),
]

GUARDS = [
    ("Lawmakers passed a plan that critics say is flawed.", [(IND, "is flawed", "critics")]),
    ("Police arrested a man who witnesses say was armed with a knife.", [(IND, "was armed with a knife", "witnesses")]),
    ("Officials seized a ship that they said was carrying weapons.", [(IND, "was carrying weapons", None)]),
    ("The bill he threatened to veto passed the Senate.", []),
    ("The man police say fired the shots was arrested.", [(IND, "fired the shots", "police")]),
    ("The plan that he said would fail was adopted.", [(IND, "would fail", None)]),
    ("The witness who claimed to have seen the attack was questioned.", []),
    ("Officials announced the deal on Monday.", [(IND, "Officials announced the deal on Monday", "Officials")]),
    ("The union officials announced on Monday.", [(IND, "The union officials announced on Monday", "union officials")]),
    ("Union officials announced a strike on Monday.",
     [(IND, "Union officials announced a strike on Monday", "Union officials")]),
    ("The company that officials announced would build the plant is based in Ohio.",
     [(IND, "would build the plant", "officials")]),
    ("Last week Smith said the plan was dead.", [(IND, "the plan was dead", "Smith")]),
    ("He said the union officials announced on Monday.", [(IND, "the union officials announced on Monday", None)]),
    ("This week the ministry said the economy grew.", [(IND, "the economy grew", "ministry")]),
    ("The company that owns the plant said it would close.", [(IND, "it would close", "company")]),
    ("The report said prices rose.", [(IND, "prices rose", "report")]),
    ("The official who said the plan was dead resigned on Friday.", [(IND, "the plan was dead", "official")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_enrel3(text, expected):
    assert sorted(run(text)) == sorted(expected)
