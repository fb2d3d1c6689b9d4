"""Round 48, family enplural: English plural pronouns and group speakers ("they" after a plural of persons opened by
"the", a number or modifiers; after a person and a plural of persons; after two people with a long title; not after
an object, a thing or a plural before a relative clause)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a person and a plural of persons (was no one)
    ("Gov. Eric Holcomb and leaders of the Legislature have avoided criticism. However, they said they don't expect "
     "to act until 2021.",
     [(IND, "they don't expect to act until 2021", "Eric Holcomb and leaders of the Legislature")]),
    ("Eric Holcomb and the leaders of the Legislature have avoided criticism. They said they would wait.",
     [(IND, "they would wait", "Eric Holcomb and leaders of the Legislature")]),
    # two people, the second with a title of two words (was no one)
    ("Gov. Eric Holcomb and House Speaker Brian Bosma have avoided criticism. They said they would wait.",
     [(IND, "they would wait", "Eric Holcomb and Brian Bosma")]),
    # a plural of persons after "the" (was no one)
    ("The senators met behind closed doors. They said the vote would be delayed.",
     [(IND, "the vote would be delayed", "senators")]),
    ("The researchers studied 500 patients. They said the drug reduced symptoms.",
     [(IND, "the drug reduced symptoms", "researchers")]),
    ("The police arrested two men on Sunday. They said the men were armed.",
     [(IND, "the men were armed", "police")]),
    ("The teachers were not consulted. They said the plan would hurt students.",
     [(IND, "the plan would hurt students", "teachers")]),
    ("The two senators met on Tuesday. They said the bill would pass.",
     [(IND, "the bill would pass", "two senators")]),
    ("The local residents protested outside the plant. They said the water was unsafe.",
     [(IND, "the water was unsafe", "local residents")]),
    ("The leaders of the Legislature have avoided criticism. They said they would wait.",
     [(IND, "they would wait", "leaders of the Legislature")]),
    # modifiers or a number word before the plural (was no one)
    ("Republican leaders met with the president on Tuesday. They said the talks were productive.",
     [(IND, "the talks were productive", "Republican leaders")]),
    ("Ohio State students rallied on Monday. They said tuition was too high.",
     [(IND, "tuition was too high", "Ohio State students")]),
    ("Many economists doubt the plan. They said it would fail.",
     [(IND, "it would fail", "Many economists")]),
    ("Other officials disagreed. They said the report was wrong.",
     [(IND, "the report was wrong", "Other officials")]),
    # an "of" phrase with a name stays with its plural (was "Members")
    ("Members of Congress have avoided criticism. They said they would wait.",
     [(IND, "they would wait", "Members of Congress")]),
    ("Republicans have long opposed the plan. The senators met on Monday. \"We will not support it,\" they said.",
     [(DIR, "We will not support it,", "senators")]),
]

GUARDS = [
    # a plural object, a thing or a plural before a relative clause is no antecedent
    ("The mayor met the teachers on Monday. They said the meeting was helpful.",
     [(IND, "the meeting was helpful", None)]),
    ("The president met the senators on Tuesday. They said the talks were productive.",
     [(IND, "the talks were productive", None)]),
    ("The prices of eggs and milk rose sharply. They said the increase was temporary.",
     [(IND, "the increase was temporary", None)]),
    ("The new rules take effect on Monday. They said the rules were needed.",
     [(IND, "the rules were needed", None)]),
    ("A large proportion of the population opposes the plan. They note that taxes have risen.",
     [(IND, "taxes have risen", None)]),
    ("The men who attacked the store fled. They said the suspects were armed.",
     [(IND, "the suspects were armed", None)]),
    ("Rising costs and falling wages have hurt families. They said they could not afford rent.",
     [(IND, "they could not afford rent", None)]),
    ("God people can be so mean. This guy held the door for these girls and they said they were surprised.",
     [(IND, "they were surprised", None)]),
    # earlier rounds' plurals and coordinations stay
    ("Democrats blocked the measure on Friday. They said the bill was too expensive.",
     [(IND, "the bill was too expensive", "Democrats")]),
    ("Sen. Tom Hale and Rep. Ann Cole met the governor. They said the budget was too small.",
     [(IND, "the budget was too small", "Tom Hale and Ann Cole")]),
    ("Union leaders criticized the plan. The teachers were not consulted. They said the plan would hurt students.",
     [(IND, "Union leaders criticized the plan", "Union leaders"), (IND, "the plan would hurt students", "Union leaders")]),
    ("The company reported a loss. It said sales had fallen.", [(IND, "sales had fallen", "company")]),
    ("Smith and Jones said the bill would pass next week.", [(IND, "the bill would pass next week", "Smith and Jones")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
