"""Round 49 (claimscomments): what the claim annotator marks in reader comments that is never a claim.

Claims are check-worthy factual assertions (numbers, comparisons, causal or historical statements, what
happened), not insults, exclamations, calls to action, greetings or lines that are only @mentions,
hashtags and links. `not_a_claim` now names these shapes (`claims_lines.comment_junk`, word lists in
data/claim_lines.txt). FIX rows are comment sentences of those shapes (written for this test); GUARD
rows are real claims written the way comments write them (an exclamation mark, an insult next to a
fact, an imperative followed by a fact, a hashtag used as a word) that must stay with the model.
"""

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    # insults and exclamations: every word an insult or its frame (pronoun, copula, intensifier)
    ("What an idiot!", "insult or exclamation"),
    ("What a complete joke.", "insult or exclamation"),
    ("He is scum.", "insult or exclamation"),
    ("You are such a pathetic loser.", "insult or exclamation"),
    ("Yep, you're a sore loser", "insult or exclamation"),
    ("They're all clowns!!!", "insult or exclamation"),
    ("This is ridiculous!", "insult or exclamation"),
    ("Governor Smith is a moron.", "insult or exclamation"),
    ("Bloggs's an idiot.", "insult or exclamation"),
    ("2. You're a hypocrite", "insult or exclamation"),
    # calls to action and addressed imperatives (no digit, no statement word, at most 10 words)
    ("Vote them all out!", "call to action"),
    ("Wake up people!", "call to action"),
    ("Go back to school", "call to action"),
    ("Shame on you, senator!", "call to action"),
    ("Grow up and get a job.", "call to action"),
    ("Lock them up", "call to action"),
    ("(2) Drain the swamp.", "call to action"),
    ("Please stop posting this nonsense", "call to action"),
    ("God bless our troops!", "call to action"),
    # greetings, thanks and wishes
    ("Thank you for this article.", "greeting or thanks"),
    ("Thanks for sharing, Maria.", "greeting or thanks"),
    ("Well said, my friend!", "greeting or thanks"),
    ("Three cheers for our police!", "greeting or thanks"),
    ("Happy New Year to all readers", "greeting or thanks"),
    # only mentions, hashtags and links around at most two words
    ("#GoDucks https://t.co/AbC123xyz", "hashtag or mention line"),
    ("RT @someone: so true https://t.co/AbC123xyz", "hashtag or mention line"),
    ("@jane_doe @john_roe lol whatever", "hashtag or mention line"),
    ("Great pic http://t.co/Zz9Yy8Xx", "hashtag or mention line"),
]

GUARDS = [
    "Crime went up 20% after the law passed!",
    "Obama deported more people than Bush.",
    "The bridge cost $2 billion and it still leaks.",
    "What an idiot, he raised taxes three times in two years!",
    "He is an idiot who cut school funding by 10 percent.",
    "Trump is a liar.",
    "He is a convicted criminal.",
    "The mayor is a hypocrite because he flew to Hawaii during the lockdown.",
    "Vote them out, they raised the gas tax twice.",
    "Wake up people, the deficit doubled under this government!",
    "Stop lying, the report shows unemployment is rising.",
    "Stop and frisk works.",
    "Go figure, the governor raised taxes again.",
    "Keep in mind the county lost 3,000 jobs.",
    "Thanks to the tax cut, 40,000 jobs came back.",
    "Thanks to Obamacare, millions got insurance.",
    "Welcome to Canada, where taxes are the highest in the world.",
    "Nice try, but the bill passed the Senate.",
    "Great Britain voted to leave the EU.",
    "Ignorant people vote against their own interests.",
    "#ISIS killed the two journalists in Syria.",
    "@newsdesk The senator voted against the bill.",
    "RT @cityhall: The council approved a $5 million budget for road repairs.",
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_comment_junk_is_not_a_claim(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize("sentence", GUARDS)
def test_real_claims_in_comments_stay_with_the_model(sentence):
    assert not_a_claim(sentence) is None


def test_comment_keeps_its_claims_and_drops_the_rest():
    # the model alone (claims@3 before this round) marked "(1) Build the wall", "He is scum." and
    # "Three cheers for our police!" as CLAIMs
    text = (
        "(1) Build the wall\n"
        "He is scum. The bridge cost $2 billion and it still leaks. "
        "Obama deported more people than Bush. Three cheers for our police!"
    )
    ann = ClaimAnnotator().annotate(Document(id="c1", text=text, kind="comment"))
    marked = [text[s.start : s.end] for s in ann.spans]
    assert marked == ["The bridge cost $2 billion and it still leaks.", "Obama deported more people than Bush."]
