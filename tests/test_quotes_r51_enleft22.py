"""Round 51, family enleft22: English leftovers of this round's article audits. An indefinite description of a person
with a place postmodifier ("A man near the front began shouting …") is the antecedent of a later he/she, and the name
it is given later ("The man, later identified as Doug Renner, 52, …", "Police identified the woman as …") is that
speaker's canonical name; "wrote" with a created work as its object ("wrote most of her second album") composes and
is no cue, so a partial quotation after it takes the sentence's reporting verb. Rows are our own sentences."""

from __future__ import annotations

import pytest

from tests.quote_cases import annotate, quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", with_label=True) if q[0] in (IND, DIR)]


FIXES = [
    # a place postmodifier on the description, and its later name
    ('A man near the front began shouting at the mayor. "You lied to us about the bridge!" he yelled. The man, later '
     'identified as Carl Brenner, 47, was led out by security.',
     [(DIR, "You lied to us about the bridge!", "Carl Brenner")]),
    ('A woman outside the courthouse held up a sign. "Justice for my son," she shouted.',
     [(DIR, "Justice for my son,", "woman outside the courthouse")]),
    ('A man near the stage waved a flag. "We want answers," he said.',
     [(DIR, "We want answers,", "man near the stage")]),
    # the later naming in other shapes
    ('A woman stood up during the hearing. "Shame on all of you," she said. The woman was later identified as Ruth '
     'Okafor.',
     [(DIR, "Shame on all of you,", "Ruth Okafor")]),
    ('A man climbed onto the fence. "Let them go," he shouted. Police identified the man as Tomas Reyes, 31.',
     [(DIR, "Let them go,", "Tomas Reyes")]),
    ('A woman stood up during the hearing. "Shame on all of you," she said. The woman, identified by police as Ruth '
     'Okafor, was not charged.',
     [(DIR, "Shame on all of you,", "Ruth Okafor")]),
    # "wrote" with a created work as its object: the quotation takes "said"
    ('In a radio interview, the singer said she wrote most of her third album on a farm because she "could not hear '
     'herself think in Nashville."',
     [(IND, 'she wrote most of her third album on a farm because she "could not hear herself think in Nashville."',
       "singer"),
      (DIR, "could not hear herself think in Nashville.", "singer")]),
    ('The director said he wrote the script in six weeks because the studio was "breathing down his neck."',
     [(IND, 'he wrote the script in six weeks because the studio was "breathing down his neck."', "director"),
      (DIR, "breathing down his neck.", "director")]),
]

GUARDS = [
    # no later naming, or another person's: the description stays
    ('A woman stood up during the hearing. "Shame on all of you," she said. The man was later identified as Carl '
     'Brenner.',
     [(DIR, "Shame on all of you,", "woman")]),
    ('A man stood up at the back. "Let them go," he shouted. The man, identified only as a veteran, left.',
     [(DIR, "Let them go,", "man")]),
    ('A woman in the crowd stood up. "This is a disgrace," she said.',
     [(DIR, "This is a disgrace,", "woman in the crowd")]),
    # a letter carries a message; a clause after "wrote" reports
    ('Harris wrote that the plan was "a disaster for working families."',
     [(IND, 'the plan was "a disaster for working families."', "Harris"),
      (DIR, "a disaster for working families.", "Harris")]),
    ('"I regret nothing," she wrote in her memoir.',
     [(DIR, "I regret nothing,", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_quotes(text: str, expected: list) -> None:
    assert run(text) == expected, run(text)


def test_composed_work_is_no_cue() -> None:
    # the partial quotation's cue is the reporting verb, not "wrote"
    text = ('In a radio interview, the singer said she wrote most of her third album on a farm because she "could not '
            'hear herself think in Nashville."')
    cues = [text[s.start : s.end] for s in annotate(text, "en").spans if s.label == "CUE"]
    assert cues == ["said"], cues


def test_poem_before_colon_keeps_cue() -> None:
    text = 'The prisoner wrote a poem: "The walls are high and the nights are long."'
    cues = [text[s.start : s.end] for s in annotate(text, "en").spans if s.label == "CUE"]
    assert cues == ["wrote"], cues
