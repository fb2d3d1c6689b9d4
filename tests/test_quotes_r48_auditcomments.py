"""Round 48, family auditcomments: an audit of reader comments (a TRAIN sample), rows written as our own sentences. The
cue of an object relative on an indefinite pronoun reports nothing ("Nothing the mayor says warrants …" reported
"warrants …"; en.yaml `object_relative_heads`); a source phrase in brackets reports what the brackets hold; a short
quotation takes no cue of a later clause after a comma and a subordinator; "Says the man that …" is a retort; "Maybe"
and other sentence adverbs are no speaker (en.yaml `not_subjects`, `subject_adverbs`); a pronoun, its clitic
auxiliary and one word are a whole clause ("Smith said he's sorry." reported nothing)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # an object relative on an indefinite pronoun: the verb after the cue is the main clause's
    ("Nothing the mayor says warrants such a reaction.", []),
    ("Most everything the president says can be reduced to one idea.", []),
    ("Everything Johnson says is a lie.", []),
    ("Anything the governor says these days is news.", []),
    # a source phrase in brackets
    ("The mayor did the same with the budget (it is a disaster according to Smith) and the council agreed.",
     [(IND, "it is a disaster", "Smith")]),
    ("The plan will fail (he is wrong according to Smith).", [(IND, "he is wrong", "Smith")]),
    ("The council passed the budget (according to critics, the plan will fail) on Monday.",
     [(IND, "the plan will fail", "critics")]),
    # a short quotation before a later clause's cue
    ('My "snappy" comment was not about the article, yet this paper writes nothing more about her.', []),
    ('I doubt the writer knows what a "white savior complex" is, since people have told him so often.', []),
    # a retort naming its speaker by a relative clause
    ("Says the man that lost the election.", []),
    ("Says the senator that voted for the war.", []),
    # a sentence adverb is no speaker
    ("Maybe Smith said the plan works.", [(IND, "the plan works", "Smith")]),
    ("Maybe you should stop saying the plan works.", []),
    # a pronoun, its clitic auxiliary and one word
    ("Smith said he's sorry.", [(IND, "he's sorry", "Smith")]),
    ("The minister said she'll resign.", [(IND, "she'll resign", "minister")]),
    ("The coach said they'd won.", [(IND, "they'd won", "coach")]),
    ("The spokesman said it's over.", [(IND, "it's over", "spokesman")]),
]

GUARDS = [
    ("Smith says nothing is wrong.", [(IND, "nothing is wrong", "Smith")]),
    ("The mayor says everything is fine.", [(IND, "everything is fine", "mayor")]),
    ("All officials said the plan failed.", [(IND, "the plan failed", "All officials")]),
    ("Nothing she says is true.", []),
    ("Voters doubt that anything the senator says is true.",
     [(IND, "anything the senator says is true", "Voters")]),
    ("I agree with everything Smith said.", []),
    ("According to Smith, the plan will fail.", [(IND, "the plan will fail", "Smith")]),
    ("The plan will fail, according to Smith (a former mayor).", [(IND, "The plan will fail", "Smith")]),
    ('The "reform" was a failure, the paper wrote on Monday.',
     [(IND, 'The "reform" was a failure', "paper"), (DIR, "reform", "paper")]),
    ('"Nonsense," Smith said, although he later apologised.', [(DIR, "Nonsense,", "Smith")]),
    ('He called it "a mess," but Smith said the plan had improved.',
     [(DIR, "a mess,", None), (IND, "the plan had improved", "Smith")]),
    ("Says the man who lost the election.", []),
    ("Perhaps Smith said the plan works.", [(IND, "the plan works", "Smith")]),
    ("Maybe Joe Ellis can call him and tell him the deal is off.", [(IND, "the deal is off", "Joe Ellis")]),
    ("Smith said he was ready.", [(IND, "he was ready", "Smith")]),
    ("Anybody who thinks I'm just saying it is wrong.", []),
    ("Smith said he's Jones.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_auditcomments_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_auditcomments_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
