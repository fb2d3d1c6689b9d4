"""Round 50 (claimsnormative): opinion shapes of any length that the claim model marked in reader comments.

CLAIM spans cover check-worthy factual assertions, not opinions. `claims_lines.opinion_shape` (called by
`not_a_claim` through `comment_junk`; word lists in data/claim_lines.txt) names three shapes that hold no number
(no digit, no [number_word], no [measure] word):

* a deontic / normative main clause: a subject + should / must / ought to / need(s) to + an evaluation or action
  ("He should be fired."), not when a law or rule is reported ([rule_word]), someone is quoted or reported, "must"
  infers ("must have known") or follows a noun phrase (a rule: "Visitors must sign in"), or a clause word, a
  finite verb or a past form after a pronoun follows;
* a counterfactual conditional: an if-clause in the past + would / 'd ("If the victims were Christians she'd be in
  favour."); an if-clause in the present is a prediction and stays with the model;
* an evaluative predicate after a subject of any length that reports no past event and has no second clause
  ("Anyone who votes for these clowns is naive and stupid.").

FIX rows are written for this test and get the new reason (on the base sources `not_a_claim` gives None);
GUARD rows are near misses that must stay with the model.
"""

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    # normative main clauses
    ("The city council should be ashamed of itself!!", "normative statement"),
    ("He should be one of the first people fired by the new mayor.", "normative statement"),
    ("Senator Jones should resign immediately.", "normative statement"),
    ("The coach should have been fired in the offseason.", "normative statement"),
    ("They ought to be locked up.", "normative statement"),
    ("We need to vote every one of them out.", "normative statement"),
    # counterfactual conditionals
    ("If the victims were Christians she'd be fully in favour of the motion.", "counterfactual conditional"),
    ("If the police had listened to her, none of this would have happened.", "counterfactual conditional"),
    ("She'd be cheering if the shooter were an immigrant.", "counterfactual conditional"),
    ("If that were true we wouldn't even need a parliament.", "counterfactual conditional"),
    # evaluative predicates after a long subject
    ("Anyone who votes for these clowns is naive and stupid.", "evaluative predicate"),
    ("The nonsense that is being published by these networks is outrageous.", "evaluative predicate"),
    ("Everyone who defends this policy is a hypocrite.", "evaluative predicate"),
    ("The way our premier treats the teachers of this province is absolutely disgusting!", "evaluative predicate"),
]

GUARDS = [
    # what a law or rule says is a fact
    "Iran must by law report its stockpile.",
    "Under the treaty, Iran must report its stockpile to inspectors.",
    "The law requires that every employer must pay overtime.",
    "Employers must pay overtime under the new rules.",
    "Visitors must sign in at the front desk.",
    # a number makes a counterfactual or a proposal checkable
    "Unemployment would have hit 12% without the stimulus.",
    "If the governor were reelected, the debt would reach $40 billion.",
    "If the stimulus had failed, unemployment would have hit twelve percent.",
    "The government should spend two billion dollars on roads.",
    # a prediction in the present, an inference, a report, a fact after the opinion
    "If you cut the payroll tax, that money would not go into the general fund.",
    "He must have known about the cover-up.",
    "The senator should know that the president did not order the strike.",
    "The mayor should resign because he lied to the council.",
    "The mayor should resign, he lied to the council.",
    "The senator said we should raise the gas tax.",
    "Senator Smith believes we should raise the gas tax.",
    '"We need to ramp up the catalog," says the chief executive.',
    "The amount of water each person should drink depends on many factors.",
    # a subject that reports a past event, or a second clause
    "The minister who closed the hospital is a disgrace.",
    "The bill the Senate passed last week is a disgrace.",
    "Bill Smith is not running again and his rival is a clown.",
    "At least she voted against it, he is just plain dumb.",
    "Anyone whose unemployment rate doubled is naive.",
]


@pytest.mark.parametrize("sentence,why", FIXES)
def test_opinion_shapes_are_not_claims(sentence, why):
    assert not_a_claim(sentence) == why
    ann = ClaimAnnotator().annotate(Document(id="d", text=sentence, kind="comment"))
    assert ann.spans == []


@pytest.mark.parametrize("sentence", GUARDS)
def test_near_misses_stay_with_the_model(sentence):
    assert not_a_claim(sentence) is None
