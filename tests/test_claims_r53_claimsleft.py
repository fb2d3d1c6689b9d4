"""Round 53 (claimsleft): leftovers of the round-53 claims audits (claimsaudit, claimsnews) on news pages and op-eds.

`claims_lines.promo_bio_watch_line` (tried after every older shape) vetoes four shapes that a number or a role does
not make a claim:

* a **promotion** of the page's own content ("Check out our picks for the 10 best …", "Scroll down for …"): a
  [promo_start] imperative + a [promo_self] word, nothing that states a fact;
* a **dated reader call** addressed with "your" whose only number is its deadline ("Call your council member before
  the vote on March 12."): the call rules of `comment_junk` read "before" and the digit as a statement;
* an **author bio** at the foot of an op-ed ("The author is a professor of economics at …", "… is a senior fellow at
  …"): roles and a capitalised organisation, no digit or clause word;
* a **market-watch line** about a calendar event ("Shares of X will be watched closely when the company reports
  earnings on April 25.").

FIX rows get the new reason (the base sources left them to the model); GUARD rows give the same answer before and
after. Applause lines ("And they said it couldn't be done!") and op-ed framing ("Meanwhile, our schools are
crumbling.") are left to the model: ClaimBuster TRAIN has no exclamations to learn from and labels decay
metaphors about cities as check-worthy.
"""

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    # promotions of the page's own content, with a number
    ("Check out our roundup of the 15 best cyber Monday laptop deals below.", "promotion"),
    ("Take a look at our guide to the 8 cheapest ski resorts in Europe.", "promotion"),
    ("Scroll down for the 20 most read stories of 2024.", "promotion"),
    ("Don't miss our live coverage of the 2026 midterms.", "promotion"),
    ("Download our app for the 5 things to know every morning.", "promotion"),
    # reader calls whose only number is the deadline
    ("Call your state senator before the vote on May 3.", "call to action"),
    ("Email your school board members before the meeting on Jan. 9.", "call to action"),
    ("Write to your county commissioner by the Sept. 21 deadline.", "call to action"),
    ("Tell your representative to oppose the bill before the 4th of June.", "call to action"),
    # author bios
    ("The writer is a lecturer in public policy at the University of Leeds.", "author bio"),
    ("Priya Raman is a senior fellow at the Urban Institute.", "author bio"),
    ("Tomas Reyes is a former school principal and teaches history at Lincoln High School.", "author bio"),
    ("Ruth Abernathy is a columnist for The Daily Ledger and the author of \u201cSmall Towns, Big Debts.\u201d", "author bio"),
    # market-watch lines
    ("Shares of Halden Foods will be watched closely when the company reports results on July 30.", "schedule line"),
    ("Investors will be watching closely as the Fed announces its decision on Wednesday.", "schedule line"),
]

GUARDS = [
    # facts behind a promotion verb or a self-reference
    ("Check out rates at the big chains rose to 9 percent last year.", None),
    ("See our investigation, which found that 30 percent of inspections were skipped.", None),
    ("Find out why 2 million renters moved in 2023.", None),
    ("Join us in remembering the 14 miners who died.", None),
    ("Check out our picks, which sold out in 2 hours.", None),
    # reader calls that carry a fact, and dated facts that are no call
    ("Call your senator, the bill cuts 30,000 teaching jobs.", None),
    ("Call your senator before they cut 30,000 jobs on May 3.", None),
    ("Tell your neighbours that rents rose 12 percent before the election.", None),
    ("Call volumes doubled before the vote on May 3.", None),
    ("Turnout fell before the deadline on June 30.", None),
    # bios that carry a fact, and roles that make a claim
    ("Priya Raman is a senior fellow at the institute, which took $3 million from oil firms.", None),
    ("Tomas Reyes was a member of the board that approved the loan.", None),
    ("Tomas Reyes was a lobbyist for Exxon for 12 years.", None),
    ("The governor is the author of the health care plan.", None),
    ("Priya Raman is a liar and a fraud.", None),
    # market moves are no schedule
    ("Shares of Halden Foods will be watched closely after they fell 20 percent on Monday.", None),
    ("Inflation will be watched closely as prices rose 6 percent in May.", None),
    ("Shares of Halden Foods fell 8 percent when the company reported results on July 30.", None),
    # older reasons stay
    ("Sign up for our newsletter to get the latest news every morning.", "boilerplate"),
    ("Click here to see the 12 best laptops of 2024.", "boilerplate"),
    ("The next earnings report is due on April 25.", "schedule line"),
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_fix(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize(("sentence", "why"), GUARDS)
def test_guard(sentence, why):
    assert not_a_claim(sentence) == why


def test_oped_footer_at_annotator_level():
    text = (
        "The council wants to spend $850 million on a new arena. Attendance at the old one fell 18 percent in 2023.\n"
        "Call your council member before the vote on March 3.\n"
        "Marta Lindqvist is a professor of urban economics at Northfield University."
    )
    ann = ClaimAnnotator().annotate(Document(id="r53l", kind="article", text=text, meta={"lang": "en"}))
    claims = {text[s.start : s.end] for s in ann.spans}
    assert "Attendance at the old one fell 18 percent in 2023." in claims
    assert "Call your council member before the vote on March 3." not in claims
    assert "Marta Lindqvist is a professor of urban economics at Northfield University." not in claims


# (round 53, merge; found by review2) a past role is a checkable statement, not an op-ed's bio line
@pytest.mark.parametrize("text", [
    "Janet Yellen was a professor of economics at the University of California.",
    "Donald Trump was a host of The Apprentice.",
])
def test_claims_r53_left_past_role_no_bio(text: str) -> None:
    from spanbank.annotators.claims_lines import junk_line
    assert junk_line(text) != "author bio"
