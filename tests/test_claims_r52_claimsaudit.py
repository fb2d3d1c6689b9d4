"""Round 52 (claims audit): shapes found by auditing two written news articles (a municipal budget, a vaccine
programme) and two comment sections under them, one verdict per sentence.

CLAIM spans cover check-worthy factual assertions (numbers, comparisons and superlatives that can be measured,
causal and historical statements, what happened), not opinions. Changes (`claims_lines.service_or_feeling_line`, word
lists in data/claim_lines.txt):

* a **contact line** tells the reader how to get in touch or find more: a [contact_subject] + can / may / should /
  is asked to …, or an imperative, + a [contact_verb] and a phone number, link, e-mail or [contact_place], with no
  other digit, clause word or second statement ("People with questions can call the health hotline at
  1-800-555-0142.");
* a **reported feeling**: a verbless subject + said (that) + a pronoun + a copula and only [feeling] words with a
  short object, or a [feeling_verb] + [feeling_object] ("Dr. Ann Lee, a paediatrician, said he understood the
  concern.");
* the sarcasm tag **"… said no one ever"**.

FIX rows are written for this test and get a new reason; GUARD rows give the same reason (or None) before and
after.
"""

from pathlib import Path

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    # contact lines: phone numbers, links, e-mails and contact points
    ("People with questions can call the health hotline at 1-800-555-0142.", "contact line"),
    ("Anyone with information is asked to call police at 555-0199.", "contact line"),
    ("Anyone with information is asked to call Crime Stoppers at 1-800-222-8477, police said.", "contact line"),
    ("For more information, visit www.lakeport.gov/parks.", "contact line"),
    ("Call 311 for more information.", "contact line"),
    ("Residents can register online at https://example.org/flu-shots.", "contact line"),
    ("Readers can reach the newsroom at tips@example.com.", "contact line"),
    ("Parents can book appointments through the clinic's website.", "contact line"),
    ("You can read the full report at www.example.org.", "contact line"),
    # reported feelings
    ("The mayor said he was pleased with the result.", "reported feeling"),
    ("She said she was disappointed by the decision.", "reported feeling"),
    ("Dr. Ann Lee, a paediatrician in Hartwell, said she understood the concern.", "reported feeling"),
    ("Officials said they shared residents' frustration.", "reported feeling"),
    ("The coach said he was very proud of his team.", "reported feeling"),
    ("She said they were happy with the vote.", "reported feeling"),
    # the sarcasm tag
    ("Said no one ever.", "sarcasm tag"),
    ('"I love paying tolls," said nobody ever.', "sarcasm tag"),
    ("Raising taxes creates jobs, said no one, ever!", "sarcasm tag"),
]

GUARDS = [
    # contact points in statements of what happened, with other numbers or a second statement
    ("Over 2,000 people called the hotline at 1-800-555-0142.", None),
    ("The hotline at 1-800-555-0142 received 40,000 calls last year.", None),
    ("People over 65 can call 1-800-555-0142 to book a shot.", None),
    ("Residents who lost their jobs can call the hotline at 1-800-555-0142.", None),
    ("Readers can see the evidence at www.example.com that vaccines cause autism.", None),
    ("Read the report at www.example.org, it says crime fell.", None),
    ("Anyone can call the hotline, which is staffed around the clock.", None),
    ("Visitors must sign in at the front desk.", None),
    ("People can call it whatever they want.", None),
    ("You can call it a tax cut but it is a tax increase.", None),
    # feelings with a clause, a fact in the subject, a number or a state that is a fact
    ("She said she was disappointed that the plant closed.", None),
    ("The mayor, who was indicted last week, said he was sorry.", None),
    ("He said he was unaware of the payments.", None),
    ("He said he was pleased with the 3 percent growth.", None),
    ("The governor said he was confident the plan would cut costs.", None),
    ("He said he was in Chicago on the night of the fire.", None),
    ("She said she was pleased with the results, which showed a drop in crime.", None),
    ("The senator said she was angry about the cuts to Medicaid.", None),
    # "no one ever" that states something
    ("No one ever said it would be easy.", None),
    ("The mayor said no one ever told him about the leak.", None),
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_fix(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize(("sentence", "why"), GUARDS)
def test_guard(sentence, why):
    assert not_a_claim(sentence) == why


def test_health_article_claims():
    text = (Path(__file__).parent / "data" / "claims_r52_health_article.txt").read_text(encoding="utf-8")
    ann = ClaimAnnotator().annotate(Document(id="r52", kind="article", text=text))
    claims = {s.text for s in ann.spans}
    assert "People with questions can call the health hotline at 1-800-555-0142." not in claims
    assert "Dr. Samuel Briggs, a paediatrician in Hartwell, said he understood the concern." not in claims
    assert "Get vaccinated before the winter peak, officials urged." not in claims
    for fact in (
        "About 310,000 older adults and an estimated 42,000 infants are eligible this winter, the department said.",
        "Hospitals in the state ran at 97 percent capacity during last January's peak, forcing some to postpone "
        "surgeries.",
        "Briggs said serious side effects in the trials were rare, occurring in fewer than 1 in 10,000 doses.",
    ):
        assert fact in claims
