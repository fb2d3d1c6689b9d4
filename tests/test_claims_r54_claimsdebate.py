"""Round 54 (claimsdebate): shapes found by auditing six written political transcripts (a governor's debate, a
Senate rally speech, a presidential debate, a vice-presidential debate, a congressional town hall, a primary debate;
325 sentences, one verdict per sentence).

CLAIM spans cover check-worthy factual assertions (numbers, comparisons, history, what a rival did or said), not a
speaker's family anecdotes nor an amount repeated for emphasis. Changes:

* `claims_lines.family_anecdote_line` (lists [kin_word], [kin_block] in data/claim_lines.txt): "My <kin> …" after an
  optional speaker label and discourse words is a **family anecdote** ("My father worked the night shift there for 27
  years, until the day it closed."), and "I grew up / I was raised …"; ClaimBuster TRAIN labels all 9 sentences
  that open so non-check-worthy. Not a
  possessor ("My daughter's school …"), nor with a [kin_block] word, %, or a currency sign.
* `claims_lines.news_furniture_line` (list [calendar_verb]): a **calendar line** in the present, a plain subject +
  starts / begins / ends … + "on" + only a date ("Early voting starts on October 22nd."), joins the schedule lines.
* `claims_lines.echoed_amount` (list [echo_unit]), read by the annotator: a verbless amount that repeats a number of
  one of the two sentences before it ("… took more than $2 million … Think about that. Two million dollars.") is no
  second CLAIM; a new number stays with the model.

FIX rows fail on the base sources and pass now; GUARD rows give the same answer before and after.
"""

from pathlib import Path

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FAMILY_FIXES = [
    "My father worked the night shift there for 27 years, until the day it closed.",
    "ORTEGA: My mother came here at 19 with two suitcases.",
    "PRATT: My family has farmed the same land in Indiana for five generations.",
    "And my grandfather served 30 years in the Navy.",
    "You know, my dad drove a truck for 40 years.",
    "My wife, Ellen, taught third grade in Toledo for 22 years.",
    "My parents came to this country in 1962 with nothing but two suitcases.",
    "I grew up in Lorain, in a house three blocks from the steel mill.",
    "CALDWELL: I was raised by a single mother in Scranton.",
]

FAMILY_GUARDS = [
    # a possessor, a public number, a cause, a tax: the model decides
    "My daughter's school lost 40 teachers last year.",
    "My father paid 40 percent of his income in taxes.",
    "My mother lost her coverage because the state cut Medicaid.",
    "My dad paid $400 a month for insulin.",
    # not a kin word, not "my"
    "My opponent voted against the bill 14 times.",
    "My administration created 3 million jobs.",
    "His father worked at the plant for 27 years.",
    "Our sons and daughters served two tours in Iraq.",
    "I grew up in a state where unemployment was 12 percent.",
    "I was born in Hawaii in 1961.",
]

CALENDAR_FIXES = [
    "Early voting starts on October 22nd.",
    "Early voting starts on the 22nd of October.",
    "The trial begins on Monday.",
    "The new tax year begins on April 6.",
]

CALENDAR_GUARDS = [
    # past, a forecast without "on", a number in the subject or after the date: the model decides
    "The war began on June 22, 1941.",
    "The plant opens in 2027.",
    "Voting starts on Tuesday in 40 states.",
    "The recession starts on day one of his presidency.",
]

# (earlier sentences, the amount): the amount repeats a number of the two sentences before it
ECHO_FIXES = [
    ("My opponent took more than $2 million from the drug companies last year. Think about that.",
     "Two million dollars."),
    ("Carol told me her insulin costs $400 a month.", "Four hundred dollars!"),
    ("GRANT: He's been in Washington for 47 years.", "Forty-seven years!"),
    ("We lost 70,000 Americans to fentanyl last year.", "Seventy thousand people."),
]

# the same shape with a number that was not said just before: the model decides (a CLAIM on both trees)
ECHO_GUARDS = [
    ("My opponent took more than $2 million from the drug companies last year. Think about that.",
     "Three million dollars."),
    ("How many jobs did we create?", "Twenty-three million jobs."),
    ("He took $2 million. He voted against it. He lied about it.", "Two million dollars."),
]


def _claims(text: str) -> set[str]:
    ann = ClaimAnnotator().annotate(Document(id="r54", kind="article", text=text))
    return {text[s.start : s.end] for s in ann.spans}


@pytest.mark.parametrize("sentence", FAMILY_FIXES)
def test_family_fix(sentence):
    assert not_a_claim(sentence) == "family anecdote"
    assert sentence not in _claims(sentence)


@pytest.mark.parametrize("sentence", FAMILY_GUARDS)
def test_family_guard(sentence):
    assert not_a_claim(sentence) is None


@pytest.mark.parametrize("sentence", CALENDAR_FIXES)
def test_calendar_fix(sentence):
    assert not_a_claim(sentence) == "schedule line"


@pytest.mark.parametrize("sentence", CALENDAR_GUARDS)
def test_calendar_guard(sentence):
    assert not_a_claim(sentence) is None


@pytest.mark.parametrize(("earlier", "amount"), ECHO_FIXES)
def test_echo_fix(earlier, amount):
    claims = _claims(earlier + "\n" + amount)
    assert amount not in claims
    assert ClaimAnnotator().model.score(amount) >= ClaimAnnotator().threshold  # the model alone would keep it


@pytest.mark.parametrize(("earlier", "amount"), ECHO_GUARDS)
def test_echo_guard(earlier, amount):
    assert amount in _claims(earlier + "\n" + amount)


def test_debate_transcript_claims():
    text = (Path(__file__).parent / "data" / "claims_r54_debate_transcript.txt").read_text(encoding="utf-8")
    claims = _claims(text)
    for echo in ("Four hundred dollars!", "Two million dollars.", "Early voting starts on October 22nd."):
        assert echo not in claims
    for fact in (
        "Well, we won Wisconsin by 21,000 votes.",
        "My opponent took more than $2 million from the drug companies last year.",
        "And then he voted three times against lowering drug prices.",
        "In Canada, the same vial of insulin costs about $35.",
        "Wages in Wisconsin have grown by 11 percent since 2020.",
        "Rent is up 30 percent in Milwaukee in just three years.",
    ):
        assert fact in claims
