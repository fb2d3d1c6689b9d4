"""Round 52 (claims comments): shapes found by auditing three written reader-comment sections (a minimum-wage
increase, a football stadium, a measles outbreak), one verdict per sentence.

The model scores an opinion over the threshold when it carries a number or a fact-like word; these stances are
no check-worthy claims whatever number they hold (`claims_lines.comment_stance_line`, word lists
[stance_sarcasm_word] and [stance_please_verb] in data/claim_lines.txt):

* a **sarcastic opener**: "Oh yes, because …" (a reason with no main clause, no digit), "Great, now … will …";
* a **polite call to action**: "Please" + a [stance_please_verb], no statement word or digit;
* a **challenge**: "Anyone who thinks … should …" (the number is inside the opinion challenged);
* **rhetorical idioms**: "Imagine spending …", "Nothing says … like …", "So much for …", "Only in X would …",
  "Just wait until …", "Nobody in their right mind …";
* an insult **simile**: "He is dumb as a rock."

FIX rows get a new reason; GUARD rows give the same reason (or None) before and after.
"""

from pathlib import Path

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    # sarcastic openers
    ("Oh yes, because raising costs has always been great for small shops.", "sarcasm"),
    ("Great, now my burger will cost $20.", "sarcasm"),
    ("Oh great, now the team will want another $200 million.", "sarcasm"),
    ("Wonderful, so now we'll be paying for this until 2050.", "sarcasm"),
    ("Sure, because politicians always keep their promises.", "sarcasm"),
    ("Of course, because following the rules makes you a villain.", "sarcasm"),
    # polite calls to action
    ("Please call your state senator and tell them to vote yes on the bill next week!", "call to action"),
    ("Please contact the school board and ask them to keep the clinic open all summer.", "call to action"),
    # challenges
    ("Anyone who thinks $15 is too much should try living on it for a month.", "normative statement"),
    ("People who complain about a $15 wage should try raising a family on $30,000 a year.", "normative statement"),
    ("Anyone who thinks this stadium will pay off should look at Cincinnati.", "normative statement"),
    # rhetorical idioms
    ("Imagine spending $1.2 billion on a football stadium.", "rhetorical idiom"),
    ("Nothing says fiscal responsibility like a $1.2 billion stadium.", "rhetorical idiom"),
    ("So much for the 3,000 jobs they promised.", "rhetorical idiom"),
    ("Only in this city would people cheer for a $450 million handout.", "rhetorical idiom"),
    ("Just wait until the bills come due in 2030.", "rhetorical idiom"),
    ("Nobody in their right mind would pay $1.2 billion for a stadium.", "rhetorical idiom"),
    # insult similes
    ("He is dumb as a rock.", "insult or exclamation"),
    ("The mayor is as useless as a chocolate teapot.", "insult or exclamation"),
]

GUARDS = [
    # an interjection that is no sarcastic opener, or a reason with a number: the model decides
    ("Right now, the city owes $640 million.", None),
    ("Right now, the CBO says up to 20 million people will lose their insurance.", None),
    ("Yes, because the state cut its school funding by 12 percent last year.", None),
    ("Great, the council approved it 6 to 3.", None),
    ("Great, now we pay 40 percent more than Ohio.", None),
    ("Good, because the old arena was built in 1972.", None),
    # "please" before a fact, a number or a statement
    ("Please remember that 40 children died in the last outbreak.", None),
    ("Please stop, the vaccine is safe.", None),
    ("Please call 2 senators before Friday.", None),
    # a challenge that goes on with a fact
    ("Anyone who thinks crime is down should look at 2022, when it rose 30 percent.", None),
    ("Anyone who says the vaccine is unsafe should know that it is 97 percent effective.", None),
    # idioms with a second statement, and look-alikes
    ("Imagine how many IRS agents it will take to audit 50 million Americans.", None),
    ("So much for the promise, because crime rose 20 percent.", None),
    ("Only in 2019 did the city pay $40 million.", None),
    ("The stadium is as big as a city block.", None),
    ("The stadium is as old as the team.", None),
    ("Nobody would pay $1.2 billion for a stadium in 1990.", None),
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_fix(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize(("sentence", "why"), GUARDS)
def test_guard(sentence, why):
    assert not_a_claim(sentence) == why


def test_minimum_wage_comments():
    text = (Path(__file__).parent / "data" / "claims_r52_minwage_comments.txt").read_text(encoding="utf-8")
    ann = ClaimAnnotator().annotate(Document(id="r52", kind="comment", text=text))
    claims = {s.text for s in ann.spans}
    for opinion in (
        "Great, now my burger will cost $20.",
        "Please call your state senator and tell them to vote yes on the bill next week!",
        "Oh yes, because raising costs has always been great for small shops.",
        "Anyone who thinks $15 is too much should try living on it for a month.",
    ):
        assert opinion not in claims
    for fact in (
        "The article says the minimum wage will rise from $12.50 to $15 an hour by 2028.",
        "When Seattle raised its minimum wage in 2015, restaurant employment kept growing.",
        "The state's unemployment rate was 3.4 percent in March, the lowest since 2000.",
        "Neighbouring Ohio pays $10.45 an hour, so businesses will just move across the border.",
    ):
        assert fact in claims
