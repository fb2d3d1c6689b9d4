"""Round 50, family enleft16: English leftovers of round 50. A noun in apposition with a zero relative whose subject is
the source ("…$1.2 million, money prosecutors said she spent on horses": the speaker is "prosecutors", en.yaml
`gap_object_verbs`); the cue's time inside a relative with a subject gap ("which Bloomberg News reported last week was
attracting interest" reports 'was attracting interest'); the rest of a sentence split by a parenthetical attribution as
a two-word clause ("When …, she said, everything changed."); a headline label with an age ("'…': Tom Reed, 71"); a
he/she after a "The" description opening the sentence before, no person of that sex named before ("The man was
arrested. He said …"); a second speech act of the same subject after "and"/"but" ("praised the report but warned
against …"); "it" before a quotation that opens with its verb ('said it "remains confident" and would …')."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"

FIXES = [
    # an apposition's zero relative: its own subject speaks
    ("She was convicted of stealing $1.2 million, money prosecutors said she spent on horses.",
     [(IND, "she spent on horses", "prosecutors")]),
    ("He admitted taking the paintings, works investigators said he hid in a barn.",
     [(IND, "he hid in a barn", "investigators")]),
    ("The fund lost $40 million, cash auditors say was moved offshore.",
     [(IND, "was moved offshore", "auditors")]),
    # the cue's time in a relative with a subject gap
    ("Investors are eyeing the deal, which Bloomberg News reported last week was attracting interest.",
     [(IND, "was attracting interest", "Bloomberg News")]),
    ("The deal, which analysts said last week was flawed, collapsed.", [(IND, "was flawed", "analysts")]),
    ("The plan that critics said last week was flawed passed.", [(IND, "was flawed", "critics")]),
    ("Investors are eyeing the deal, which analysts said yesterday was attracting interest.",
     [(IND, "was attracting interest", "analysts")]),
    # a two-word rest after a parenthetical attribution
    ("When the book became a surprise bestseller, she said, everything changed.",
     [(IND, "When the book became a surprise bestseller", None), (IND, "everything changed", None)]),
    # a headline label with the person's age
    ("'I stopped trying to please everyone': Tom Reed, 71\n\nTom Reed ran marathons for 40 years. He retired in May.",
     [(DIR, "I stopped trying to please everyone", "Tom Reed")]),
    ("'I stopped trying to please everyone': Tom Reed, 71, on running\n\nTom Reed ran marathons.",
     [(DIR, "I stopped trying to please everyone", "Tom Reed")]),
    # a "The" description opening the sentence before a he/she
    ("The man was arrested on Monday. He said he acted alone.", [(IND, "he acted alone", "man")]),
    ("The woman was injured on Monday. She said the roof collapsed.", [(IND, "the roof collapsed", "woman")]),
    ("The teacher was injured in the blast. She said the roof collapsed.", [(IND, "the roof collapsed", "teacher")]),
    # a second act of the same subject after "but"/"and"
    ("The minister praised the report but warned against drawing conclusions too quickly.",
     [(IND, "The minister praised the report", "minister"),
      (IND, "warned against drawing conclusions too quickly", "minister")]),
    ("The minister criticized the plan and warned of rising prices.",
     [(IND, "The minister criticized the plan", "minister"), (IND, "warned of rising prices", "minister")]),
    # "it" before a quotation opening with its verb
    ('The company said it "remains confident" and would provide more detail.',
     [(IND, 'it "remains confident" and would provide more detail', "company"), (DIR, "remains confident", "company")]),
]

GUARDS = [
    # a compound source noun, no gap after the cue
    ("The fire destroyed the barn, state officials said it started in the kitchen.",
     [(IND, "it started in the kitchen", "state officials")]),
    ("She was convicted of fraud, state prosecutors said.", [(IND, "She was convicted of fraud", "state prosecutors")]),
    ("She stole the money, state prosecutors said she spent it on horses.",
     [(IND, "she spent it on horses", "state prosecutors")]),
    # no relative: the time phrase is the content's subject
    ("He said last week was a disaster.", [(IND, "last week was a disaster", None)]),
    ("The minister said last week the plant would close.", [(IND, "the plant would close", "minister")]),
    ("The deal, which analysts said was flawed, collapsed.", [(IND, "was flawed", "analysts")]),
    # parentheticals as before
    ("When the flood came, she said, everybody fled.",
     [(IND, "When the flood came", None), (IND, "everybody fled", None)]),
    ("The economy, she said, is growing.", [(IND, "The economy", None), (IND, "is growing", None)]),
    ("It was over, said Smith, the director.", [(IND, "It was over", "Smith")]),
    ("The plan was dead, she said, citing costs.", [(IND, "The plan was dead", None)]),
    # a headline label that is a place, or no age
    ("'We will rebuild every single house': Harbor City, 2024\n\nHarbor City was hit hard.",
     [(DIR, "We will rebuild every single house", None)]),
    ("'I stopped trying to please everyone': Tom Reed\n\nTom Reed ran marathons for 40 years. He retired in May.",
     [(DIR, "I stopped trying to please everyone", "Tom Reed")]),
    # "The" description: a person named before, or in between, or the wrong sex, or a thing
    ("John Smith, 45, was charged. The man was arrested on Monday. He said he acted alone.",
     [(IND, "he acted alone", "John Smith")]),
    ("The man was arrested by Officer John Lee. He said the man acted alone.", [(IND, "the man acted alone", "John Lee")]),
    ("The man was arrested on Monday. She said he acted alone.", [(IND, "he acted alone", None)]),
    ("The crash happened on Monday. He said the brakes failed.", [(IND, "the brakes failed", None)]),
    ("The company was fined on Monday. It said it would appeal.", [(IND, "it would appeal", "company")]),
    # a second verb after a content clause or a verb that is no act
    ("The mayor warned that the bridge was unsafe and called for an inspection.",
     [(IND, "the bridge was unsafe", "mayor")]),
    ("The minister visited the plant but warned of rising prices.",
     [(IND, "The minister visited the plant but warned of rising prices", "minister")]),
    ("The minister welcomed the report but warned of rising prices.",
     [(IND, "The minister welcomed the report but warned of rising prices", "minister")]),
    # "it" before a quotation that is no clause, or an auxiliary opening it (as before)
    ('The company said it "was misled" by the report.',
     [(IND, 'it "was misled" by the report', "company"), (DIR, "was misled", "company")]),
    ('She called it "a disgrace" on Monday.', [(DIR, "a disgrace", None)]),
    ('The company said it "remains confident".', [(DIR, "remains confident", "company")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r50_enleft16_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r50_enleft16_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
