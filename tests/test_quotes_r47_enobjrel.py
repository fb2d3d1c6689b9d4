"""Round 47, family enobjrel: English reports inside non-restrictive object relatives (the content is the relative's
predicate, its head the understood subject: "The plan, which critics say is flawed, passed." -> "is flawed"; a lone
past verb or a past verb with its object; "who police said"; no act of the whole sentence for an object relative's
speech act) and questions after an adjunct or pressed on an addressee ("asked in a letter to the minister whether …",
"pressed the minister on whether …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # the two-word predicate of an object relative: an auxiliary and one word (reported nothing)
    ("The plan, which critics say is flawed, passed.", [(IND, "is flawed", "critics")]),
    ("The tax, which economists argue is regressive, was repealed.", [(IND, "is regressive", "economists")]),
    ("The plan, which critics say will fail, passed.", [(IND, "will fail", "critics")]),
    ("The drug, which doctors say is safe, was approved.", [(IND, "is safe", "doctors")]),
    ("The bridge, which engineers warned was unsafe, collapsed.", [(IND, "was unsafe", "engineers")]),
    ("The policy, which Smith said had failed, was dropped.", [(IND, "had failed", "Smith")]),
    ("The policy, which the minister insists is working, was extended.", [(IND, "is working", "minister")]),
    ("The virus, which scientists fear could spread, was found in China.", [(IND, "could spread", "scientists")]),
    ("The plan, which critics have long said is flawed, passed.", [(IND, "is flawed", "critics")]),
    ("The plan, which critics say is flawed, passed on Monday.", [(IND, "is flawed", "critics")]),
    ("The man, whom police say was armed, fled.", [(IND, "was armed", "police")]),
    # "claim" after a plural noun that follows the relative pronoun is the verb (was taken for the noun)
    ("The plan, which opponents claim is illegal, passed.", [(IND, "is illegal", "opponents")]),
    ("The plan, which opponents claim is plainly illegal, passed.", [(IND, "is plainly illegal", "opponents")]),
    # a past verb in the relative's gap, alone or with its object
    ("The plan, which critics say failed, was dropped.", [(IND, "failed", "critics")]),
    ("The bomb, which police said killed three people, exploded at noon.", [(IND, "killed three people", "police")]),
    ("The storm, which officials said caused $2 billion in damage, hit Florida.",
     [(IND, "caused $2 billion in damage", "officials")]),
    ("The fire, which officials believe started in the kitchen, destroyed the house.",
     [(IND, "started in the kitchen", "officials")]),
    ("The report, which officials said contained errors, was withdrawn.", [(IND, "contained errors", "officials")]),
    ("The man, who police say opened fire, was shot.", [(IND, "opened fire", "police")]),
    # ", who police said …" ends at the relative's comma (ran over the main clause)
    ("The man, who police say was armed, fled.", [(IND, "was armed", "police")]),
    ("Smith, who police said was armed, was arrested.", [(IND, "was armed", "police")]),
    # an object relative's speech act is no act of the whole sentence
    ("The deal, which officials announced, collapsed.", []),
    ("The deal, which officials announced on Monday, collapsed.", []),
    ("The plan, which critics reported, passed.", []),
    # a question after an adjunct with its addressee
    ("Smith asked in a letter to the minister whether the funds had been spent.",
     [(IND, "the funds had been spent", "Smith")]),
    ("Smith asked in a letter to the minister if the funds had been spent.",
     [(IND, "the funds had been spent", "Smith")]),
    ("The senator asked in a letter to the Pentagon whether troops would be sent.",
     [(IND, "troops would be sent", "senator")]),
    ("Smith asked in a speech to supporters whether the party could win.", [(IND, "the party could win", "Smith")]),
    # a question pressed on an addressee
    ("Reporters pressed the minister on whether the talks would resume.", [(IND, "the talks would resume", "Reporters")]),
    ("Reporters pressed the minister about whether the talks would resume.",
     [(IND, "the talks would resume", "Reporters")]),
    ("Reporters pressed the minister over whether the talks would resume.",
     [(IND, "the talks would resume", "Reporters")]),
    ("Lawmakers grilled the CEO on why the data was leaked.", [(IND, "why the data was leaked", "Lawmakers")]),
    ("Reporters pressed the minister on when the talks would resume.",
     [(IND, "when the talks would resume", "Reporters")]),
]

GUARDS = [
    # relatives with no report, or no predicate after the cue
    ("The plan, which passed on Monday, cut taxes.", []),
    ("The plan, which critics say, passed.", []),
    ("The plan, which critics hate, passed.", []),
    ("The book, which he wrote in prison, sold well.", []),
    ("The statement, which he issued on Monday, was brief.", []),
    ("The law, which Congress passed in 2010, was repealed.", []),
    ("The plan, which he says, is flawed.", []),
    ("Smith, who police said, was arrested.", []),
    ("The vote, which critics called unfair, was held on Monday.", []),
    ("The plan, which critics say is flawed.", []),
    # the longer predicates and the subject relatives that reported already
    ("The plan, which critics say is deeply flawed, passed.", [(IND, "is deeply flawed", "critics")]),
    ("The bill, which Democrats say would cut taxes, passed.", [(IND, "would cut taxes", "Democrats")]),
    ("Smith, whose lawyer said he was innocent, was freed.", [(IND, "he was innocent", "lawyer")]),
    ("The money, which he said he had never received, was missing.", [(IND, "he had never received", None)]),
    ("Reuters, which first reported the deal, cited two sources.", []),
    # (round 52, seedleft) a speech act in a "whose" clause is that clause, as in a "who" clause (was the whole sentence)
    ("Smith, whose lawyer denied the charges, was freed.",
     [(IND, "whose lawyer denied the charges", "lawyer")]),
    ('"The plan, which critics say is flawed," Smith said, "passed."',
     [("DIRECT_QUOTE", "The plan, which critics say is flawed,", "Smith"), ("DIRECT_QUOTE", "passed.", "Smith")]),
    # questions that worked already, and "pressed"/"grilled" with no question
    ("Smith asked the minister whether the funds had been spent.", [(IND, "the funds had been spent", "Smith")]),
    ("Smith asked in a letter whether the funds had been spent.", [(IND, "the funds had been spent", "Smith")]),
    ("Smith asked in a letter to the minister that the funds be returned.",
     [(IND, "the funds be returned", "Smith")]),
    ("Smith asked in a letter to the minister for details.", []),
    ("Smith pressed the company on its plans.", []),
    ("Reporters pressed the minister on the talks.", []),
    ("Smith pressed the button on the wall.", []),
    ("The chef grilled the steak on both sides.", []),
    ("Smith pressed the government to act.", [(IND, "to act", "Smith")]),
    ("Reporters questioned the minister on whether the talks would resume.",
     [(IND, "the talks would resume", "Reporters")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r47_enobjrel(text, expected):
    assert run(text) == expected
