"""Round 50 (calledfix): the `you are a <insult>` rule (policy_rules.lexicon_hits, rule "called").

* "you are X", "u r X", "are you X?": the pronoun and its copula are one verb slot, so the insult
  word is captured (before, "you" took the verb slot and "are" was the captured word). TRAIN's
  raters mark the insult in questions ("are you stupid?") and conditionals ("if you are a fool")
  as in statements, so those fire too; negated insults ("he is not an idiot") stay unmarked by the
  rule (under half of them are gold in TRAIN).
* "all", "just", "nothing but" between the copula and the insult ("they are all morons").
* A thing-like insult word (insults_called.txt [thing]) after a short relative clause takes the
  noun before "who"/"that" as its subject ("chicks that smoke are trash"), unless the clause has a
  subject of its own ("people who think the movie is trash"); a [thing] word in a compound
  (insults_called.txt [compound]: "are you trash talking", "a trash can") is no predicate.
* Mild insult words TRAIN's raters seldom mark when predicated (insults_called.txt [mild]: "he is a
  traitor", "you are clueless") are left to the token model.

Sentences are written for these tests. FIXES fail against the base sources (6388811) and pass now;
GUARDS pass on both.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.policy_rules import lexicon_hits
from spanbank.annotators.policy_text import tokens

# (comment, insult words the rule marks)
FIXES = [
    ("you are an idiot", ["idiot"]),
    ("Honestly, you are stupid.", ["stupid"]),
    ("You were a fool to trust him.", ["fool"]),
    ("u r an idiot", ["idiot"]),
    ("Are you an idiot?", ["idiot"]),
    ("If you are a moron, stay home.", ["moron"]),
    ("They are all morons.", ["morons"]),
    ("You're just a moron.", ["moron"]),
    ("His fans are nothing but clowns.", ["clowns"]),
    ("Chicks that smoke are trash.", ["trash"]),
    ("Are you trash at this game?", ["trash"]),
    ("He is a traitor to his party.", []),
]
GUARDS = [
    ("You're a moron.", ["moron"]),
    ("you are such a loser", ["loser"]),
    ("you guys are clowns", ["clowns"]),
    ("he is a total idiot", ["idiot"]),
    ("People who vote for him are idiots.", ["idiots"]),
    ("you idiot", ["idiot"]),
    ("you are a doctor", []),
    ("You are right about that.", []),
    ("You are a lifesaver.", []),
    ("Are you a nurse?", []),
    ("he is not an idiot", []),
    ("They are not all bad.", []),
    ("People who think the movie is trash are wrong.", []),
    ("The songs that play on the radio are trash.", []),
    ("I think that music is trash.", []),
    ("This weather is trash.", []),
    ("You all are retarded if you believe that.", ["retarded"]),
    ("Why are you trash talking?", []),
    ("That is a trash can.", []),
    ("Then you just fool him again.", []),
    ("You are clueless.", []),
    ("Those two are just trolls.", []),
]


@pytest.mark.parametrize(("text", "want"), FIXES + GUARDS)
def test_policy_r50_calledfix(text, want):
    got = [text[h.start : h.end] for h in lexicon_hits(text, tokens(text)) if h.rule == "called"]
    assert got == want
