"""Round 49 (fixreview2): a negation cancels a THREAT phrase only in the phrase's own clause.

The negation search of `policy_rules.threat_hits` began 12 characters before the phrase's clause, so it
reached into the sentence or clause before ("He is not here. Kill him.", "Not me, I hope he dies"). Now
it runs from the last clause break (a quotation mark is none: 'does not "deserve to die"') or the
sentence start to the phrase. Sentences are written for these tests.

FIXES fail against the base sources (3d96766) and pass now; GUARDS pass on both.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.policy_rules import threat_hits


def phrases(text: str) -> list[str]:
    return [text[h.start : h.end] for h in threat_hits(text) if h.rule == "phrase"]


# (comment, the THREAT phrase it must have, or None: no THREAT phrase)
FIXES = [
    # a negation in the sentence before
    ("He is not here. Kill him.", "Kill him"),
    ("Not me. I hope he dies.", "I hope he dies"),
    ("No. Someone should shoot him.", "Someone should shoot him"),
    ("He isn't home. Shoot him on sight.", "Shoot him on sight"),
    ("No way! They should all be hanged.", "should all be hanged"),
    # a negation in the clause before
    ("Not me, I hope he dies.", "I hope he dies"),
    ("Not him; he deserves to die.", "deserves to die"),
    ("That is not true: somebody should shoot him.", "somebody should shoot him"),
    ("You're not funny, and I want to punch you.", "I want to punch you"),
    # a negation in a long clause (over the clause limit) still cancels the phrase after it
    (
        "You certainly don't have the right to tell the rest of the people in this town who disagree with "
        "your views that they should be killed.",
        None,
    ),
]

GUARDS = [
    ("Kill him.", "Kill him"),
    ("I hope he dies.", "I hope he dies"),
    # the negation in the phrase's own clause cancels it
    ("Nobody deserves to die.", None),
    ("I would never punch him.", None),
    ("It's not that I'd punch him.", None),
    ("He does not deserve to be shot.", None),
    ("No one should put a bullet in him.", None),
    # ... also before a quoted phrase (a quotation mark does not end its reach)
    ('He does not "deserve to die".', None),
    ("He does not “deserve to die”, whatever you say.", None),
    # ... but only its own clause: the next clause is a threat again
    ("Nobody asked, but somebody should shoot him.", "somebody should shoot him"),
]


def _check(text: str, want: str | None) -> None:
    got = phrases(text)
    if want is None:
        assert got == [], (text, got)
    else:
        assert want in got, (text, got)


@pytest.mark.parametrize(("text", "want"), FIXES)
def test_policy_threat_negation_in_its_clause_fixes(text, want):
    _check(text, want)


@pytest.mark.parametrize(("text", "want"), GUARDS)
def test_policy_threat_negation_in_its_clause_guards(text, want):
    _check(text, want)
