"""Round 49 (policythreat): THREAT phrases of comments (data/policy/threats_phrases.txt).

Wishes of death or harm, incitement, first-person threats and deserve-statements are marked as the
threatening phrase; a negation before the phrase in its clause cancels it; a violent verb with an
object counts only after a modal of urging or opening a sentence (not in descriptions such as "going to
kill the farming industry"). Sentences are written for these tests.

FIXES fail against the base sources (7ba5fdb) and pass now; GUARDS pass on both.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator():
    return PolicyAnnotator()


def threats(annotator, text: str) -> list[str]:
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return [text[s.start : s.end] for s in ann.spans if s.label == "THREAT"]


# (comment, a THREAT span it must have, or None: no THREAT span at all)
FIXES = [
    # wishes of death or harm: the wish with its harm
    ("I hope he dies a slow death.", "I hope he dies a slow death"),
    ("Hope you get cancer, loser.", "Hope you get cancer"),
    ("Hopefully the whole crew gets shot.", "Hopefully the whole crew gets shot"),
    ("I wish he were dead.", "I wish he were dead"),
    ("He needs to die.", "needs to die"),
    ("Please go die.", "go die"),
    # incitement
    ("Someone should put a bullet in him.", "Someone should put a bullet in him"),
    ("Somebody needs to take him out.", "Somebody needs to take him out"),
    ("That whole gang should all be hanged.", "should all be hanged"),
    ("Round them up and ship them out.", "Round them up and ship them out"),
    ("Line them up against a wall.", "Line them up against a wall"),
    ("Castrate this creep.", "Castrate this creep"),
    ("Punch a bigot!", "Punch a bigot"),
    ("Kill 'em all.", "Kill 'em all"),
    # first-person threats and threats to "you"
    ("I'd punch him in the face.", "I'd punch him in the face"),
    ("I will find you.", "I will find you"),
    ("You'll be sorry!", "You'll be sorry"),
    # deserve-statements
    ("She deserves to die for this.", "deserves to die"),
    ("They deserve a bullet.", "deserve a bullet"),
    ("That traitor deserves a good beating.", "deserves a good beating"),
    # a violent verb in a description is not a threat (the old any-context patterns marked these)
    ("You could not shoot the side of a barn.", None),
]

GUARDS = [
    ("That senator should be shot.", "should be shot"),
    ("I will kill you if you come here.", "I will kill you"),
    ("Nobody deserves to die like that.", None),
    ("I hope no one dies in this storm.", None),
    ("I hope they catch the man who shot him.", None),
    ("I would never punch him.", None),
    ("They don't deserve to live in poverty.", None),
    ("Someone needs to smack some sense into him.", None),
    ("He was willing to stab his party in the back.", None),
    ("You will regret it if you skip the warranty.", None),
    ("You'll be sorry you missed this sale.", None),
    ("Let's round the numbers up and move on.", None),
    ("Officials hope the missing hikers are found alive.", None),
    # news reporting of violence and of threats
    ("The suspect was shot dead by police after he threatened to kill his neighbour.", None),
    ("Police said the man had vowed to hunt down his former partner.", None),
]


@pytest.mark.parametrize("text, span", FIXES + GUARDS)
def test_threat_phrases(annotator, text, span):
    got = threats(annotator, text)
    if span is None:
        assert got == [], got
    else:
        assert span in got, got


def test_negation_before_the_phrase_cancels_it():
    from spanbank.annotators.policy_rules import threat_hits

    assert threat_hits("He does not deserve a bullet.") == []
    hit = threat_hits("He deserves a bullet.")
    assert [h.rule for h in hit] == ["phrase"]
