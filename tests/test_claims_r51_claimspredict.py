"""Round 51 (claimspredict): guesses and bets, and evaluations in the present perfect, in reader comments.

CLAIM spans cover check-worthy factual assertions (numbers, comparisons and superlatives that can be
measured, causal and historical statements, what happened), not opinions. Changes (`claims_lines.py`,
word lists in data/claim_lines.txt):

* a main clause led by a guess or a bet ([speculation_start]: "I bet", "You can bet", "I'm guessing",
  "My guess is", "I suspect", "I predict", "Mark my words") with no number, [number_word] or [measure] word is
  "speculation"; not when it frames a fact ([speculation_block]: "I bet you didn't know …") and never for
  "I think" / "I guess" (ClaimBuster's check-worthy lines often start so);
* a pronoun or a short plain subject + has/have been/gone/become + a predicate of [evaluative] and [insult]
  words, with at most a time tail ("… for months now"), is an "evaluative predicate".

Plain predictions ("So our troops will come home at that point.", "But it will cover preexisting
conditions.") are check-worthy in ClaimBuster and stay with the model.

FIX rows are written for this test and get a new reason; GUARD rows give the same reason (or None) before
and after.
"""

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    # evaluations in the present perfect
    ("They have gone completely insane.", "evaluative predicate"),
    ("The liberal press has been unhinged for weeks now.", "evaluative predicate"),
    ("Our mayor has become a total joke.", "evaluative predicate"),
    ("She's become a complete joke lately.", "evaluative predicate"),
    ("Well, they've been pathetic.", "evaluative predicate"),
    ("Johnson has always been an idiot.", "evaluative predicate"),
    # guesses and bets
    ("I bet the councillor cried when the vote went against him.", "speculation"),
    ("You can bet they will fold by the end of the week.", "speculation"),
    ("I'm guessing nobody in that office read the report.", "speculation"),
    ("My guess is that the board knew nothing about it.", "speculation"),
    ("Mark my words, he will resign before the summer.", "speculation"),
    ("And I suspect the senator never read the bill.", "speculation"),
    ("I predict the premier will back down.", "speculation"),
]

GUARDS = [
    # predictions and promises are check-worthy in debates: the model decides
    ("So our soldiers will come home at that point.", None),
    ("But the new plan will cover preexisting conditions.", None),
    ("We will cut taxes for middle-class families.", None),
    ("He is going to raise your taxes.", None),
    # a bet about a number or a measured quantity, or one that frames a fact
    ("I bet the deficit tripled under that government.", None),
    ("I bet two thirds of them never voted.", None),
    ("I predict rates will fall to 3% next year.", None),
    ("I bet you didn't know the program was cut last year.", None),
    # "I think" and "I guess" stay with the model
    ("I guess he believes it makes him look better because I voted for it.", None),
    ("I think the governor vetoed the bill.", None),
    # present perfect with a fact, a clinical sense or a clause before it
    ("Unemployment has gone up sharply.", None),
    ("The senator has been absent for months now.", None),
    ("They have been charged with fraud.", None),
    ("He has been insane for years.", None),
    ("If he wins, they have been fools.", None),
    ("The man who cut the school budget has been a disgrace.", None),
    # the shapes of round 50 are unchanged
    ("He is delusional.", "evaluative predicate"),
    ("Trump is a moron.", "insult or exclamation"),
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_fix(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize(("sentence", "why"), GUARDS)
def test_guard(sentence, why):
    assert not_a_claim(sentence) == why


def test_annotator_drops_evaluation_keeps_event():
    text = "They have gone completely insane. The council voted to close two schools in 2019."
    ann = ClaimAnnotator().annotate(Document(id="r51", kind="comment", text=text))
    assert [s.text for s in ann.spans] == ["The council voted to close two schools in 2019."]
