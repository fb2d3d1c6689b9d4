"""Round 51, family auditnews7: English shapes from a news audit (probe sentences written for this round): a state or a
country inside an indefinite description ("A New York man pleaded guilty. He said …") is no antecedent of "he"/"she";
a title's quotation marks are no part of a description's canonical name ('the "Pose" actor' is Pose actor); the
infinitive after a revised account speaks for the reviser ("shifted his own account of the meeting to say …", "changed
his story to say …"); an owned report noun keeps its "that" clause over a short adjunct ("his claim in the same
interview that …", "her claim last week that …"); a name and its present verb after "told reporters" is the reported
clause ("He told reporters Britain wants a deal.")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # (round 50, enleft15: the opening indefinite description itself, no longer no one; never the state)
    ('A New York man pleaded guilty on Monday to fraud. He said he was sorry.',
     [(IND, 'he was sorry', 'New York man')]),
    ('A North Carolina woman was charged on Friday. She said she had done nothing wrong.',
     [(IND, 'she had done nothing wrong', 'North Carolina woman')]),
    ('The "Pose" actor said he was sorry.',
     [(IND, 'he was sorry', 'Pose actor')]),
    ('“It was special,” the “Glee” star said.',
     [(DIR, 'It was special,', 'Glee star')]),
    ('Sondland shifted his own account of the meeting to say he did discuss the aid.',
     [(IND, 'he did discuss the aid', 'Sondland')]),
    ('Mayor Tom Lane changed his story to say he was never there.',
     [(IND, 'he was never there', 'Tom Lane')]),
    ('The company later updated the post to say that the outage was over.',
     [(IND, 'the outage was over', 'company')]),
    ('Senator Ann Cole repeated her claim in the same interview that the vote was rigged.',
     [(IND, 'the vote was rigged', 'Ann Cole')]),
    ('Mayor Tom Lane spoke on Monday. His claim last week that taxes would fall was false.',
     [(IND, 'taxes would fall', 'Tom Lane')]),
    ('Mayor Tom Lane told reporters Britain wants a deal.',
     [(IND, 'Britain wants a deal', 'Tom Lane')]),
    ('Mayor Tom Lane told them Acme needs more time.',
     [(IND, 'Acme needs more time', 'Tom Lane')]),
]

GUARDS = [
    ('A New York man pleaded guilty on Monday. “I am sorry,” John Smith said.',
     [(DIR, 'I am sorry,', 'John Smith')]),
    ('Georgia Smith spoke on Monday. She said she was sorry.',
     [(IND, 'she was sorry', 'Georgia Smith')]),
    ('The actor said he was sorry.',
     [(IND, 'he was sorry', 'actor')]),
    ('He changed his shirt to say hello.',
     []),
    ('He changed the law to say that taxes rise.',
     []),
    ('Mayor Tom Lane repeated his claim that the vote was rigged.',
     [(IND, 'the vote was rigged', 'Tom Lane')]),
    ('His statement in the report that the agency published was wrong.',
     []),
    ('Mayor Tom Lane told visiting Ukrainian officials they would need to wait.',
     [(IND, 'they would need to wait', 'Tom Lane')]),
    ('Mayor Tom Lane told reporters prices rose.',
     [(IND, 'prices rose', 'Tom Lane')]),
    ('Mayor Tom Lane told The Sun Ferne had been ill.',
     [(IND, 'Ferne had been ill', 'Tom Lane')]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_auditnews7(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
