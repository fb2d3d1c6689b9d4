"""Round 54 (claimsleft): transcript lines found by auditing three written transcripts (a town hall with audience
questions, a TV interview, a campaign speech; 101 sentences) and the six debate transcripts of claimsdebate.

CLAIM spans cover check-worthy factual assertions, not the broadcast's furniture, the private facts of audience members,
contentless boasts, or a private person's story. Changes (`claims_lines.transcript_line`, lists [format_word],
[household_noun], [household_bill], [household_shared], [farm_verb], [private_state], [private_block], [vague_word],
[anecdote_person] in data/claim_lines.txt):

* broadcast and format lines: "We're live from …", "Our first question comes from …", and lines whose only numbers are
  minutes or seconds with a [format_word] ("Tonight's debate is divided into six segments of 15 minutes each.");
  ClaimBuster TRAIN: all 15 sentences with minutes or seconds are non-check-worthy;
* private facts: "My student loans are $62,000.", "I grow corn and soybeans on 800 acres.", "We are short-staffed
  every single night." (TRAIN: no sentence of the shape);
* boasts and rally lines of only [vague_word] words: "We got it done.", "They said it was impossible.", "It's on the
  record, Senator." (TRAIN: 13 of 14 such sentences non-check-worthy; the positive, a rival's failure with a negation,
  "And they have not got it done.", is left to the model);
* a private person's story told with she / he right after "I met a woman named Carol …", "Her name is Linda.", a family
  anecdote or a private fact (annotator: `anecdote_intro`, `pronoun_anecdote`);
* a rally call may open with a date ("So on November 5th, get out there and vote!").

FIX rows fail on the base sources and pass now; GUARD rows give the same answer before and after.
"""

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator():
    return ClaimAnnotator()


def _last_is_claim(annotator, text: str) -> bool:
    """Whether the last line of `text` (the sentence under test; earlier lines are its context) is a CLAIM."""
    ann = annotator.annotate(Document(id="r54-claimsleft", kind="article", text=text))
    last_start = text.rfind("\n") + 1
    return any(s.start >= last_start for s in ann.spans)


FIXES = [
    # broadcast and format lines
    "We're live from the Fox Theatre in Detroit.",
    "MODERATOR: Governor, you have 30 seconds left.",
    "Tonight's forum is divided into four segments of 20 minutes each.",
    "MODERATOR: Mrs. Cole, you haven't spoken in 15 minutes.",
    "MODERATOR: Senator, we have a follow-up from Marcus Lee, a farmer from Story County.",
    # private facts of audience members
    "STUDENT: My loans are $48,000.",
    "My student loans are $62,000.",
    "My rent went up $300 this year.",
    "My electric bill was $300 last month.",
    "Our heating bill went up by a third this winter.",
    "Congressman, I farm 1,200 acres of corn with my brother.",
    "I grow soybeans on 600 acres.",
    "We are short-staffed every single weekend.",
    # boasts and rally lines without content
    "We got it done.",
    "BENNETT: We did get it done.",
    "We finally got it done.",
    "They said it was impossible.",
    "They said it couldn't be done.",
    "DUNN: It's on the record, Senator.",
    "It's on the record, Senator Hale.",
    # a rally call after a date
    "So on November 5th, get out there and vote!",
    # a private person's story (the last line; earlier lines are context)
    "Last spring, I met a woman named Carol in Green Bay.\nShe had worked at the paper mill for 30 years.",
    "Let me tell you about a man I met in Toledo.\nHis name is Frank.\nHe drove a truck for 35 years.",
    "RETIREE: My pension was cut twice.\nShe taught fourth grade for 31 years before she retired.",
]

GUARDS = [
    # minutes with another number, or without a format word: the model decides
    "The ambulance arrived 45 minutes after the first call.",
    "The Senate debated the bill for 90 minutes before it passed 52 to 48.",
    "Live from Baghdad, the network reported 40 deaths.",
    "He has spoken for 20 minutes about a tax cut that costs $2 trillion.",
    # a legislator's bill, the nation's debt, a cause, a public number
    "My plan would cut taxes for 150 million Americans.",
    "My bill has 40 cosponsors.",
    "My bill was passed by the House twice.",
    "Our bill has 60 votes in the Senate.",
    "My bill would fund 10,000 new nursing scholarships a year.",
    "Our debt is $30 trillion.",
    "My premiums doubled because of the new law.",
    "Our wages fell 8 percent last year.",
    "I raised $40 million in the last quarter.",
    "We are short 40,000 teachers in this state.",
    # a rival's failure, a reported amount, a reported judgement
    "And they have not got it done.",
    "He did not get it done.",
    "They said it would cost $2 trillion.",
    "He said it was a mistake to invade Iraq.",
    # a rally call with a cause
    "So on November 5th, get out there and vote, because they cut 40,000 jobs!",
    # she / he without a story before, with an amount or a policy, or after a public person
    "She had worked at the paper mill for 30 years.",
    "He drove a truck for 35 years.",
    "I met a woman named Carol in Green Bay.\nShe told me her heating bill was $600 last winter.",
    "I met a woman named Carol in Green Bay.\nShe lost her coverage when the governor cut Medicaid.",
    "I met with the governor last week.\nHe vetoed the bill twice.",
    "My opponent is here tonight.\nHe voted against the farm bill 14 times.",
]


@pytest.mark.parametrize("text", FIXES)
def test_claimsleft_fix_no_claim(annotator, text):
    assert not _last_is_claim(annotator, text)


@pytest.mark.parametrize("text", GUARDS)
def test_claimsleft_guard_stays_claim(annotator, text):
    assert _last_is_claim(annotator, text)


@pytest.mark.parametrize(
    ("sentence", "why"),
    [
        ("We're live from the Gaillard Center in Charleston.", "broadcast line"),
        ("Our first question comes from Dana Whitfield, a nurse from Ankeny.", "broadcast line"),
        ("Congressman, I grow corn and soybeans on 800 acres.", "private fact"),
        ("ASHFORD: It's on the record, Senator.", "boast or rally line"),
        ("So on November 5th, get out there and vote!", "call to action"),
    ],
)
def test_claimsleft_reasons(sentence, why):
    assert not_a_claim(sentence) == why


def test_claimsleft_story_ends():
    """A she / he sentence three sentences after the story's start is the model's again."""
    ann = ClaimAnnotator()
    text = ("I met a woman named Carol in Green Bay.\nThe plant closed in 2019.\nUnemployment in the county doubled.\n"
            "She had worked at the paper mill for 30 years.")
    spans = ann.annotate(Document(id="r54-claimsleft-end", kind="article", text=text)).spans
    assert any(text[s.start:s.end].startswith("She had") for s in spans)
