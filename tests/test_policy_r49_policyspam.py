"""Round 49 (policyspam): SPAM on comment-section spam and on ordinary comments that cite links,
quote prices or draw a word out. spam.txt now has sections (a pitch SPAM by itself, pitches, scam
services, calls to action, contacts, weak cues) weighed by policy_rules._is_spam; links alone are
SPAM only as a link dump; pasted-over lines and keyword stuffing are new; a letter drawn out inside a
word, digits and box characters are no flood. No gold exists for SPAM: these rows are the evidence.
All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def spam_spans(annotator: PolicyAnnotator, text: str) -> list[str]:
    ann = annotator.annotate(Document(id="t/a#c1", kind="comment", text=text, article_id="t/a", position=1))
    return [s.text for s in ann.spans if s.label == "SPAM"]


# (comment, a phrase a SPAM span must contain): spam the base rules missed
FIXES = [
    # an income claim with "online": SPAM with no link ("earns" was not a listed verb form)
    ("My neighbour's sister earns $9,000 a month online.", "earns $9,000 a month online"),
    ("Start earning $500 a day from home with this simple trick.", "earning $500 a day from home"),
    # "over $7k" (a word between the verb and the amount, "k") with a call to action
    ("I'm making over $7k a month part time from my laptop. Here is what I do", "Here is what I do"),
    ("Google is paying $97 per hour! Work a few hours and spend more time with your family.",
     "Google is paying $97 per hour"),
    # the doubting-relative testimonial
    ("Until I saw the check that said $6592, I didn't believe my cousin was really earning that much on her laptop.",
     "really earning that much"),
    # crypto testimonial with a WhatsApp number
    ("I invested $1,000 with Mrs. Helen Carter and got $12,500 back in 7 days. Contact her on WhatsApp +1 (555) 201-4477",
     "WhatsApp +1 (555) 201-4477"),
    ("Best forex account manager ever, message her on Telegram @helen_fx", "forex account manager"),
    # spell casters and hackers with an e-mail address (the address's domain was the only "link")
    ("I want to thank Dr. Ekpen, the great spell caster who brought back my husband. Contact him via email: "
     "ekpentemple@gmail.com", "spell caster"),
    ("Love spells that work: bring back your ex in 48 hours. Call Dr. Zuma on +27 71 555 0123",
     "bring back your ex in 48 hours"),
    ("Need a legit hacker to fix your credit score? Email cyberfix@protonmail.com", "legit hacker"),
    # keyword stuffing with a link, no listed cue
    ("best seo services, seo company, affordable seo agency, seo expert, local seo services at seoking.net",
     "seo agency"),
    # the same promotional line pasted over
    ("Follow my page for daily memes\nFollow my page for daily memes\nFollow my page for daily memes",
     "Follow my page for daily memes"),
    # a two-weak-cue pitch with a link: a wage claim and "check this out"
    ("I make $85 an hour. Check this out www.quickpayhub.com", "www.quickpayhub.com"),
]

# comments the base rules marked SPAM: no SPAM span may be found
FIX_CLEAN = [
    # citing two sources in one's own words (two links were SPAM)
    "Here are the two studies: https://www.nature.com/articles/s41586-020-1234 and "
    "https://www.science.org/doi/10.1126/science.abc1234, and both say the opposite of what you claim.",
    # a site's disclaimer naming its own domain twice
    "Disclaimer: The views expressed by contributors on Examplenews.com are their own. "
    "Examplenews.com advises readers to consult experts before acting.",
    # the same wage quoted twice is one cue, not two
    "Do you realise that $20 per hour in Vancouver is not the same as $20 per hour in a small town?",
    # a listed word said twice, in a story about it
    "They threw him out of the casino, and frankly the casino was right to do it.",
    # a wage with a source link
    "Minimum wage workers make $15 per hour. Read the BLS data: https://www.bls.gov/cps/",
    # a remote job and a wage are no pitch together
    "I've been working from home since March and I make $22 per hour less than before.",
    # a word drawn out, a separator line, a long decimal
    "That was the best game evahhhhhhhhhhhh",
    "Great points.\n▀▀▀▀▀▀▀▀▀▀▀▀\nBut the budget still does not add up.",
    "The odds of that are 0.000000000001 percent.",
]

# SPAM on both the base and now
GUARD_SPAM = [
    ("Make $500 a day from home! Visit www.cash-now.biz today", "www.cash-now.biz"),
    ("I make $85 an hour working from home... check this out www.jobs-hub.com", "www.jobs-hub.com"),
    ("Click here to claim your free gift: bit.ly/xy12", "Click here"),
    ("Buy now, limited time offer!", "Buy now"),
    ("https://a.example.com/1 https://b.example.com/2 https://c.example.com/3", "https://b.example.com/2"),
    ("cheap jerseys cheap nfl jerseys wholesale jerseys china cheap jerseys free shipping www.jerseyhub.net",
     "free shipping"),
    ("wow!!!!!!!!!!!!!!!", "!!!!!!!!!!!!!!!"),
    ("I love you" + "u" * 40, "u" * 40),
]

# no SPAM on the base and now
GUARD_CLEAN = [
    "See https://www.cdc.gov/flu/weekly/index.htm for the numbers.",
    "Gas is $4 a gallon here and the refinery just doubled its profits.",
    "Check out the report at https://www.gao.gov/products/gao-21-104 before you comment.",
    "Jane Doe, Springfield | jane.doe@example.org",
    "Call your senator at +1 202 224 3121 and tell them to vote no.",
    "There's a good documentary about this, check it out: https://www.pbs.org/wgbh/frontline/film/xyz",
    "Bitcoin fell 12% this week, see https://www.reuters.com/markets/currencies/",
    "Lock him up! Lock him up! Lock him up!",
    "My daughter works from home as a translator and loves it.",
    "If you click here on the page nothing loads, so the site is broken.",
]


@pytest.mark.parametrize("text, phrase", FIXES + GUARD_SPAM)
def test_spam_found(annotator, text, phrase):
    got = spam_spans(annotator, text)
    assert any(phrase in s for s in got), got


@pytest.mark.parametrize("text", FIX_CLEAN + GUARD_CLEAN)
def test_no_spam(annotator, text):
    assert spam_spans(annotator, text) == []


def test_spam_counts_as_a_violation(annotator):
    ann = annotator.annotate(Document(id="t/a#c2", kind="comment", text=FIXES[0][0], article_id="t/a", position=2))
    assert "SPAM" in ann.labels["violations"] and ann.labels["verdict"] == "violates_policy"


def test_fragments_in_word_lists():
    from spanbank.annotators.policy_lexicon import LexiconError, _with_fragments

    secs = {"": [(1, "@x = a|b")], "s": [(2, r"\b@x\s+c"), (3, r"[\w.]+@[\w-]+\.com")]}
    assert _with_fragments("t", secs) == {"s": [(2, r"\b(?:a|b)\s+c"), (3, r"[\w.]+@[\w-]+\.com")]}
    with pytest.raises(LexiconError):
        _with_fragments("t", {"s": [(1, "@nope c")]})
