"""Round 49, family enleft10: English speaker mentions the rounds before left. An advocacy group's name with no
organisation word ("Friends of the River", "Save the Children", "Citizens for Clean Air", "Protect Our Winters") is one
name and the group a later "the group" stands for (was "the Children", and "the group" went to another body or stayed
"group"); a possessive speaker's noun again ("Governor Ellen Park's office said … the office said") is that speaker;
a fronted participle of being asked or reached ("Asked whether she would filibuster, Lopez smiled.") is no content;
an interview's "A: " turn label is no part of the content. Rows are our own sentences."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", with_label=True) if q[0] in (IND, DIR)]


FIXES = [
    # an advocacy group's name without an organisation word, and "the group" after it
    ("The Sierra Club called the bill a 'historic step,' while Friends of the River said it would harm salmon. "
     "'It is a disaster,' the group said.",
     [(DIR, "historic step,", "Sierra Club"), (IND, "it would harm salmon", "Friends of the River"),
      (DIR, "It is a disaster,", "Friends of the River")]),
    ('The Sierra Club stayed quiet. Friends of the River said it would harm salmon. "It is a disaster," the group said.',
     [(IND, "it would harm salmon", "Friends of the River"), (DIR, "It is a disaster,", "Friends of the River")]),
    ('Save the Bay said the plan was weak. "We are disappointed," the group said.',
     [(IND, "the plan was weak", "Save the Bay"), (DIR, "We are disappointed,", "Save the Bay")]),
    ("Save the Children said the camps were overcrowded.",
     [(IND, "the camps were overcrowded", "Save the Children")]),
    ("Protect Our Winters said the resort plan was reckless.",
     [(IND, "the resort plan was reckless", "Protect Our Winters")]),
    ("Stop the Violence said the shootings had doubled.", [(IND, "the shootings had doubled", "Stop the Violence")]),
    ("The charity Save the Children said the camps were full.", [(IND, "the camps were full", "Save the Children")]),
    # a possessive speaker's noun again
    ('Governor Ellen Park\'s office said it had received the bill. "We will review it," the office said.',
     [(IND, "it had received the bill", "Governor Ellen Park's office"),
      (DIR, "We will review it,", "Governor Ellen Park's office")]),
    ('Smith\'s spokesman said the report was false. "It is a lie," the spokesman said.',
     [(IND, "the report was false", "Smith's spokesman"), (DIR, "It is a lie,", "Smith's spokesman")]),
    ('Mayor Dan Ortiz’s lawyer said the suit was baseless. "We will win," the lawyer added.',
     [(IND, "the suit was baseless", "Mayor Dan Ortiz’s lawyer"), (DIR, "We will win,", "Mayor Dan Ortiz’s lawyer")]),
    # a fronted participle of being asked or reached, and no speech after it
    ("Asked whether she would filibuster, Lopez smiled.", []),
    ("Asked about the vote, Lopez laughed.", []),
    ("Asked whether she would run, Lopez shrugged.", []),
    ("Pressed on the issue, the senator smiled.", []),
    ("Reached by phone, Lopez laughed.", []),
    ("Speaking to reporters, Lopez smiled.", []),
    ("Asked whether she would filibuster, Lopez smiled and said nothing.", []),
    # an interview's turn label
    ("Q: Will you sign it? A: Not if they keep their word, Holt said.",
     [(IND, "Not if they keep their word", "Holt")]),
    ("Q: Is the plan dead? A: The plan is very much alive, Mayor Ruiz said.",
     [(IND, "The plan is very much alive", "Ruiz")]),
]

GUARDS = [
    # a group's name that fitted before (no place word at its end)
    ('Friends of the Earth warned the dam would fail. "We have seen this before," the organization said.',
     [(IND, "the dam would fail", "Friends of the Earth"), (DIR, "We have seen this before,", "Friends of the Earth")]),
    # the report after the cue stays
    ("Asked about the vote, Lopez said she was undecided.", [(IND, "she was undecided", "Lopez")]),
    ("Asked whether she would filibuster, Lopez replied that she would not.", [(IND, "she would not", "Lopez")]),
    # a gerund subject is content
    ("Talking to strangers is risky, she said.", [(IND, "Talking to strangers is risky", None)]),
    # a fronted clause that is content
    ("The plan is dead, Lopez said.", [(IND, "The plan is dead", "Lopez")]),
    # a capitalised verb before "the" that opens no group's name
    ("Citizens for Clean Air said the plan was weak.", [(IND, "the plan was weak", "Citizens for Clean Air")]),
    ("Mothers Against Drunk Driving said the law was weak.",
     [(IND, "the law was weak", "Mothers Against Drunk Driving")]),
    # a river is still no group
    ('Officials closed the Snake River. "It is too dangerous," the group said.',
     [(DIR, "It is too dangerous,", "group")]),
    # another speaker in between: the description stays
    ('Smith\'s spokesman said the report was false. Jones said it was true. "It is a lie," the spokesman said.',
     [(IND, "the report was false", "Smith's spokesman"), (IND, "it was true", "Jones"),
      (DIR, "It is a lie,", "spokesman")]),
    # a different noun after the possessive speaker
    ('Smith\'s spokesman said the report was false. "It is a lie," the lawyer said.',
     [(IND, "the report was false", "Smith's spokesman"), (DIR, "It is a lie,", "lawyer")]),
    # a family member named in apposition speaks by the given name (as "His wife, Anna, …")
    ("Santos's husband, Luis, said the family was relieved.", [(IND, "the family was relieved", "Luis")]),
    # no label: a capital "A" that opens a sentence
    ("A new plan is needed, Holt said.", [(IND, "A new plan is needed", "Holt")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_quotes(text: str, expected: list) -> None:
    assert run(text) == expected, run(text)
