"""Round 53 (claims audit): shapes found by auditing six written political transcripts (a presidential debate, a
rally speech, a parliamentary budget debate, a press briefing, a State-of-the-Union-style address, a vice-presidential
debate; 184 sentences, one verdict per sentence).

CLAIM spans cover check-worthy factual assertions (numbers, comparisons and measurable superlatives, causal and
historical statements, what happened, what a rival did or said), not greetings, calls to action, promises or requests.
Change (`claims_lines.speech_formula_line`, word lists [address_word], [request_verb], [rally_verb] in
data/claim_lines.txt), after an optional transcript speaker label ("The Chancellor: …"):

* a **form of address** and nothing else: two or more items joined by commas / "and", each led by an [address_word]
  ("Madam Speaker, Madam Vice President, members of Congress, and my fellow Americans.");
* the speaker's own **request or parliamentary formula**: (so / tonight …) I (am) + a [request_verb] + what is asked,
  no [finite], clause or -ed word after it: the number is in what is asked for ("So tonight, I am asking Congress to
  pass a $15 minimum wage.", "Mr Speaker, I rise to present a budget for working families.");
* a **rally call**: two or more clauses, each led by a [call_start] / [rally_verb] imperative, whose only number is
  the date of the vote ("So get out there, knock on doors, and vote on November 5th!").

FIX rows are written for this test and get the new reason (None on the base sources); GUARD rows give the same
answer before and after.
"""

from pathlib import Path

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    # forms of address
    ("Madam Speaker, Madam Vice President, members of Congress, and my fellow Americans.", "form of address"),
    ("Mr. President, Mr. Vice President, distinguished guests, ladies and gentlemen.", "form of address"),
    ("Ladies and gentlemen, my fellow Americans.", "form of address"),
    ("Mr Chairman, honourable members, dear colleagues.", "form of address"),
    # requests and parliamentary formulas (a number in what is asked for)
    ("So tonight, I am asking Congress to pass a $15 minimum wage.", "request or formula"),
    ("I'm asking the Senate to fund 100,000 new teachers.", "request or formula"),
    ("The Chancellor: Mr Speaker, I rise to present a budget for working families.", "request or formula"),
    ("I rise today in support of this bill.", "request or formula"),
    ("I urge my colleagues to vote no on this amendment.", "request or formula"),
    ("And I ask for your support for four more years.", "request or formula"),
    # rally calls with the date of the vote
    ("So get out there, knock on doors, and vote on November 5th!", "call to action"),
    ("Tell your friends, tell your neighbors, and bring them to the polls on November 3rd.", "call to action"),
    ("SENATOR HALE: Register today, volunteer this weekend, and vote on the 8th of November!", "call to action"),
]

GUARDS = [
    # an address followed by a statement, a vote, a headline, one name
    ("Members of Congress voted 220 to 211.", None),
    ("Mr. President, you raised taxes three times.", None),
    ("Senators Reject Tax Plan.", None),
    ("Fellow Americans, unemployment fell to 3.5 percent last year.", None),
    # requests that state something: a clause, a past form, a report
    ("I ask you to remember that we cut the deficit by $1 trillion.", None),
    ("I asked for $5 billion and Congress gave me 2.", None),
    ("I ask everybody to look at the 9 Nobel prize winners who said this is the way to go.", None),
    ("I rise in opposition to this bill, which cuts Medicaid by $800 billion.", None),
    ("I challenge anyone to name a single job he created.", None),
    ("We ask Congress to pass a $15 minimum wage.", None),
    ("I'm asking Congress to send me a bill that cuts insulin to $35 a month.", None),
    # calls with a number that is no date, a reason, a statement
    ("Vote no, because the bill cuts 40,000 jobs.", None),
    ("Go to the polls on Tuesday and vote for the 2 percent raise.", None),
    ("Knock on doors and call your neighbors in 12 counties.", None),
    ("Stop and frisk cut crime by 40 percent, and stop and search worked too.", None),
    ("Vote on November 5th.", None),
    ("Ask the 40,000 workers who lost their jobs in 2019.", None),
    # promises and predictions stay with the model
    ("We will raise the personal allowance to £13,500 from April.", None),
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_fix(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize(("sentence", "why"), GUARDS)
def test_guard(sentence, why):
    assert not_a_claim(sentence) == why


def test_speech_transcript_claims():
    text = (Path(__file__).parent / "data" / "claims_r53_speech_transcript.txt").read_text(encoding="utf-8")
    ann = ClaimAnnotator().annotate(Document(id="r53", kind="article", text=text))
    claims = {text[s.start : s.end] for s in ann.spans}
    for formula in (
        "Madam Speaker, Madam Vice President, members of Congress, and my fellow Americans.",
        "So tonight, I am asking Congress to pass a $15 minimum wage.",
        "The Chancellor: Mr Speaker, I rise to present a budget for working families.",
        "So get out there, knock on doors, and vote on November 5th!",
    ):
        assert formula not in claims
    for fact in (
        "Last year, we created 2.7 million new jobs, more than in any year in the last decade.",
        "Congress has not raised the federal minimum wage since 2009.",
        "Since 2020, this Government has cut the deficit from 14.9 percent of GDP to 4.2 percent.",
        "SENATOR HALE: Last time, we won this county by only 212 votes.",
    ):
        assert fact in claims
