"""Round 50, family enleft15: English leftovers. A he/she right after a sentence that an indefinite description of a
person opens ("A New York man was arrested on Monday. He said …") is that description (en.yaml `male_person_nouns`,
`female_person_nouns`, `lead_person_nouns`), when no person of the pronoun's gender is named since; an event or "it"
confirming fears is no speech ("It confirmed fears that …", `event_subjects`); "that" after a noun object with a
subject and a verb missing its object is a relative clause ("confirmed the statement that she issued on Monday");
forms of "do" open a relative's predicate as other auxiliaries do ("The plan that critics say does not work passed.");
"Sep." is a month; a lone "Another" after "one <noun>" is "Another <noun>"."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # he/she after an opening indefinite description of a person
    ("A New York man was arrested on Monday. He said he had acted alone.",
     [(IND, "he had acted alone", "New York man")]),
    ("A 34-year-old woman was arrested on Monday. She said she had acted alone.",
     [(IND, "she had acted alone", "34-year-old woman")]),
    ("A local teacher was injured in the blast. She said the roof collapsed.",
     [(IND, "the roof collapsed", "local teacher")]),
    ("On Monday, a 17-year-old was arrested in Ohio. He told police he had acted alone.",
     [(IND, "he had acted alone", "17-year-old")]),
    ("A Texas woman who saw the crash called police. She said the driver was speeding.",
     [(IND, "the driver was speeding", "Texas woman")]),
    ("A man from Ohio was arrested on Monday. He said he had acted alone.",
     [(IND, "he had acted alone", "man from Ohio")]),
    ("Senator John Smith said the plant would close. A local man was arrested on Monday. He said he had acted alone.",
     [(IND, "the plant would close", "John Smith"), (IND, "he had acted alone", "local man")]),
    # a thing confirming fears: no report
    ("It confirmed fears that the plant would close.", []),
    ("The decision confirmed fears that the plant would close.", []),
    ("The results confirmed suspicions that the mayor had lied.", []),
    # a relative clause with the object gap after the noun object
    ("She confirmed the statement that she issued on Monday.",
     [(IND, "She confirmed the statement that she issued on Monday", None)]),
    ("Smith denied the claim that he made.", [(IND, "Smith denied the claim that he made", "Smith")]),
    # "do" opens a relative's predicate
    ("The plan that critics say does not work passed.", [(IND, "does not work", "critics")]),
    ("The plan critics say doesn't work passed the Senate.", [(IND, "doesn't work", "critics")]),
    ("Lawmakers passed a plan that critics say does not work.", [(IND, "does not work", "critics")]),
    ("The plan, which critics say does not work, passed.", [(IND, "does not work", "critics")]),
    ("The man who police say did it was arrested.", [(IND, "did it", "police")]),
    # "Sep." before a day
    ("The ministry said on Sep. 5 that the plant would close.", [(IND, "the plant would close", "ministry")]),
    # "Another" after "one <noun>"
    ("One resident said the water was brown. Another wondered why nobody had warned them.",
     [(IND, "the water was brown", "One resident"), (IND, "why nobody had warned them", "Another resident")]),
]

GUARDS = [
    # the description's sex or another person decides
    ("A New York man was arrested on Monday. She said he had acted alone.", [(IND, "he had acted alone", None)]),
    ("A New York man met Mary Jones on Monday. She said he had acted alone.",
     [(IND, "he had acted alone", "Mary Jones")]),
    ("A New York man was arrested on Monday by Officer John Lee. He said the man had acted alone.",
     [(IND, "the man had acted alone", "John Lee")]),
    ("A man and his son were arrested. He said they acted alone.", [(IND, "they acted alone", None)]),
    ("A teacher union voted on Monday. She said the vote was close.", [(IND, "the vote was close", None)]),
    ("A car crashed on Monday. He said the brakes failed.", [(IND, "the brakes failed", None)]),
    ("A New York man said he had acted alone.", [(IND, "he had acted alone", "New York man")]),
    ("A spokesman for the union said the strike would go on. He said talks had failed.",
     [(IND, "the strike would go on", "spokesman for the union"), (IND, "talks had failed", "spokesman for the union")]),
    # ((round 50, enleft16) a "The" description too, with no person named before: tests/test_quotes_r50_enleft16.py)
    ("The man was arrested on Monday. He said he had acted alone.", [(IND, "he had acted alone", "man")]),
    # a person or a body confirming reports
    ("Police confirmed fears that the boy had drowned.", [(IND, "the boy had drowned", "Police")]),
    ("The ministry confirmed fears that the plant would close.", [(IND, "the plant would close", "ministry")]),
    ("The company said little. It confirmed fears that the plant would close.",
     [(IND, "the plant would close", "company")]),
    ("The decision confirmed that the plant would close.", [(IND, "the plant would close", "decision")]),
    ("It confirms the belief that the company seldom has new ideas.", []),
    # a clause with its object after the noun is the content
    ("She confirmed the report that she issued a recall.", [(IND, "she issued a recall", None)]),
    ("He denied the allegation that he made threats.", [(IND, "he made threats", None)]),
    ("She confirmed the report that the boy had drowned.", [(IND, "the boy had drowned", None)]),
    # the other auxiliaries, and a do-form that opens no relative
    ("The plan that critics say is flawed passed.", [(IND, "is flawed", "critics")]),
    ("He said he did not know.", [(IND, "he did not know", None)]),
    ("The ministry said on Sept. 5 that the plant would close.", [(IND, "the plant would close", "ministry")]),
    # "Another" with no "one <noun>" before
    ("Another wondered why nobody had warned them.", [(IND, "why nobody had warned them", "Another")]),
    ("One of them said the water was brown. Another said it was fine.",
     [(IND, "the water was brown", "One of them"), (IND, "it was fine", "Another")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r50_enleft15_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r50_enleft15_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
