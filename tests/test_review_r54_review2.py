"""Round 54 (review2): a hostile review of the round's claims and policy rules (claimsdebate, claimsleft, polaudit,
poltrain, polleft). All sentences written for this test.

Claims:
* `claims_lines._ea_values` read any character that str.isdigit() accepts as a number and crashed on "10²" or "①"
  in the two sentences before a short amount (float("²")); now only decimal digits.
* `claims_lines._tl_body` searched its trailing form of address (", Senator Hale.") from every run of spaces:
  quadratic (0.6 s for 20,000 spaces, 2.7 s for 40,000); now matched at the last comma only.
* a private fact with a ranking or the nation's scale ("Our rent is the highest in the country.") or money raised
  ("I raise money for 40 charities.") is the model's ([private_block]).

Policy:
* `condemned_calling` scanned the whole sentence for each quoted name (quadratic: 2.5 s for 20,000 characters of
  'called him a "'); it now looks 200 characters around the quotation and finds sentences by bisection. The
  commenter's own calling ('I call them "parasites" and that is not wrong', 'Call them "vermin".'), a negated
  condemnation ('not wrong') and a denied one ('Disgusting? No, accurate.') no longer blank the quoted word.
* "absurd" in [condemn] made a report condemned that denies it ("The slur charge is absurd, those people are animals
  anyway." lost its verdict); it is read for quoted name-calling only ([condemn_calling]).
* an [epithet] noun that modifies the next word is no insult ("a lying snake oil salesman", "a vile rat poison").
"""

from __future__ import annotations

import pytest

from spanbank.annotators import claims_lines, policy_rules
from spanbank.annotators.claims import ClaimAnnotator
from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def claims_r54_review2() -> ClaimAnnotator:
    return ClaimAnnotator()


@pytest.fixture(scope="module")
def policy_r54_review2() -> PolicyAnnotator:
    return PolicyAnnotator()


def last_is_claim_r54_review2(annotator: ClaimAnnotator, text: str) -> bool:
    """Whether the last line of `text` is a CLAIM (earlier lines are its context)."""
    ann = annotator.annotate(Document(id="r54-review2", kind="article", text=text))
    last_start = text.rfind("\n") + 1
    return any(s.start >= last_start for s in ann.spans)


def policy_of_r54_review2(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="r54-review2", kind="comment", text=text, meta={"lang": "en"}))
    return ann, [(s.label, text[s.start:s.end]) for s in ann.spans]


# claims: (text, CLAIM on its last line?)
CLAIM_FIXES_R54_REVIEW2 = [
    ("Our rent is the highest in the country.", True),
    ("I raise money for 40 charities.", True),
]
CLAIM_GUARDS_R54_REVIEW2 = [
    ("My student loans are $62,000.", False),
    ("I grow soybeans on 600 acres.", False),
    ("My rent went up $300 this year.", False),
    ("It's on the record, Senator Hale.", False),
    ("He took $2 million from drug companies.\nTwo million dollars.", False),
    ("He took $2 million from drug companies.\nThree million dollars.", True),
    ("My opponent voted against the farm bill 14 times.", True),
    ("My administration cut taxes by 20 percent.", True),
    ("My state has the lowest unemployment in the nation.", True),
    ("I met with the president last week.\nHe vetoed the bill twice.", True),
]


@pytest.mark.parametrize(("text", "claim"), CLAIM_FIXES_R54_REVIEW2 + CLAIM_GUARDS_R54_REVIEW2)
def test_claims_r54_review2_rows(claims_r54_review2, text, claim):
    assert last_is_claim_r54_review2(claims_r54_review2, text) is claim


@pytest.mark.parametrize("before", ["The lab grew 10² cells in 2019.", "① The city lost 2 million dollars last year."])
def test_claims_r54_review2_fix_no_crash_on_other_digits(claims_r54_review2, before):
    text = f"{before}\nIt lost 2 million dollars last year.\nTwo million dollars."
    last_is_claim_r54_review2(claims_r54_review2, text)  # raised ValueError on the base


def test_claims_r54_review2_fix_tail_address_linear(monkeypatch):
    """`_tl_body` on 40,000 spaces: the trailing form of address is tried once, at the last comma (the base searched
    from every run of spaces, 2.7 s). Counted, not timed."""
    calls: list[tuple[int, int]] = []
    real = claims_lines._TL_TAIL_ADDRESS

    class Counting:
        def match(self, s, pos=0, *args):
            calls.append((pos, len(s)))
            return real.match(s, pos, *args)

    monkeypatch.setattr(claims_lines, "_TL_TAIL_ADDRESS", Counting())
    claims_lines.transcript_line("We did it" + " " * 40_000 + "x, Senator.")
    assert len(calls) <= 1
    assert claims_lines._tl_body("We got it done, Senator Hale.") == "We got it done."


# policy: (text, label of a span or None for no span, span text or None, verdict)
POLICY_FIXES_R54_REVIEW2 = [
    ('I call them "parasites" and that is not wrong.', "INSULT", "parasites", "violates_policy"),
    ('I call her a "whore". Shameful, but true.', "PROFANITY", "whore", "violates_policy"),
    ('Call them "vermin". They should be ashamed to exist.', "INSULT", "vermin", "violates_policy"),
    ('They call them "parasites". Disgusting? No, accurate.', "INSULT", "parasites", "violates_policy"),
    ("The slur charge is absurd, those people are animals anyway.", None, None, "violates_policy"),
    ("What a lying snake oil salesman", None, None, "acceptable"),
]
POLICY_GUARDS_R54_REVIEW2 = [
    ('People calling her a "slut" should be ashamed.', None, None, "acceptable"),
    ('Those activists are annoying, but calling them "terrorists" is absurd.', None, None, "acceptable"),
    ('He called the librarian a "groomer". That language is disgusting.', None, None, "acceptable"),
    ('I would never call them "vermin", that is disgusting.', None, None, "acceptable"),
    ("He is such a lying snake.", "INSULT", "lying snake", "violates_policy"),
    ("The senator is a lying, cowardly snake who sold us out.", "INSULT", "lying, cowardly snake", "violates_policy"),
    ("The home secretary is a lying, heartless cow.", "INSULT", "lying, heartless cow", "violates_policy"),
    ("She's a talentless attention whore and always has been.", "INSULT", "talentless attention whore",
     "violates_policy"),
    ("the market is a cash cow", None, None, "acceptable"),
    ("He was a rat catcher", None, None, "acceptable"),
    ("I met a Jew, they were lovely", None, None, "acceptable"),
    ("Unqualified people shouldn't be teaching our children", None, None, "acceptable"),
    ("he was dragged out and shot by soldiers in 1944", None, None, "acceptable"),
    ("My grandfather was dragged out and shot by the Nazis.", None, None, "acceptable"),
]


@pytest.mark.parametrize(("text", "label", "span", "verdict"), POLICY_FIXES_R54_REVIEW2 + POLICY_GUARDS_R54_REVIEW2)
def test_policy_r54_review2_rows(policy_r54_review2, text, label, span, verdict):
    ann, spans = policy_of_r54_review2(policy_r54_review2, text)
    assert ann.labels["verdict"] == verdict
    if label is None:
        assert spans == []
    else:
        assert (label, span) in spans


def test_policy_r54_review2_fix_calling_linear(monkeypatch):
    """`condemned_calling` on 3,000 quoted names in one sentence: each name's condemnation is looked for within
    `_CALLING_NEAR` characters of its quotation (the base scanned the whole sentence per name, 8.9 s for 40,000
    characters). Counted, not timed."""
    scanned: list[int] = []
    real = policy_rules._condemns

    def counting(text, lo, hi, *args):
        scanned.append(hi - lo)
        return real(text, lo, hi, *args)

    monkeypatch.setattr(policy_rules, "_condemns", counting)
    text = 'called him a "' * 3_000
    policy_rules.condemned_calling(text)
    policy_rules.condemned_report(text)
    assert scanned and max(scanned) <= policy_rules._CALLING_NEAR
