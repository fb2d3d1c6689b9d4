"""Review of round 50 (review1): six faults in the round-50 rules, with near-miss guards.

* policy: a quotation whose speech verb has the commenter ("I", "we") as its subject is the commenter's own words,
  not someone else's reported ('I told him: "I will kill you if you come back."' lost its THREAT span in round 50);
* policy: the clause and sentence look-ups of the threat rules scanned every sentence of the text per hit (round 50
  added a look-up per older threat pattern and per model THREAT word): a long comment with many hits took seconds;
* claims: a superlative about an event, a disaster or a war is measurable ("Chernobyl was the worst nuclear accident
  ever."), not a "superlative opinion" ([superlative_event] in data/claim_lines.txt);
* claims: the deontic shape looked for its modal with `str.find`, so "shoulder" before "should" hid a comma
  ("My shoulder surgeon, frankly, should be fired." was a "normative statement");
* quotes (en): a word with a role ending that names a thing ("playlist", "checklist") heads no person's description
  ("A new playlist was released on Friday. "…," she said." was the playlist's, not the woman named before);
* quotes (de): a short acronym headline label ("UN", "SPD") is no compound's last part ("Taifun: …" was the UN's).

FIX rows fail on 7c88380 and pass here; GUARD rows pass on both (the helper's unit test is skipped there).
"""

from __future__ import annotations

import time

import pytest

from spanbank.annotators import policy_rules
from spanbank.annotators.claims import not_a_claim
from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document
from tests.quote_cases import quotes_of


def threats(text: str) -> list[str]:
    ann = PolicyAnnotator().annotate(Document(id="t", kind="comment", text=text))
    return [text[s.start : s.end] for s in ann.spans if s.label == "THREAT"]


POLICY_FIXES = [
    ('I said it before and I will say it again: "someone should shoot him."', ["someone should shoot him"]),
    ('I told him: "I will kill you if you come back."', ["I will kill you"]),
    ('"I will kill you," I told him.', ["I will kill you"]),
    ('We told them: "we will kill you all."', ["we will kill you"]),
]

POLICY_GUARDS = [
    ('"I will kill you," he told her.', []),
    ('He said, "I will kill you."', []),
    ('He told me: "I will kill you."', []),
    ("“I will kill you,” the man told police.", []),
    ("I will kill you.", ["I will kill you"]),
]


@pytest.mark.parametrize(("text", "want"), POLICY_FIXES + POLICY_GUARDS)
def test_policy_first_person_quotation(text: str, want: list[str]) -> None:
    assert threats(text) == want


def test_policy_sentence_lookup_is_not_quadratic() -> None:
    # FIX: ~7-10 s on 7c88380 (a scan of every sentence per threat hit), well under a second here
    text = " ".join("I will kill you and shoot your dog, I hate you." for _ in range(1600))
    PolicyAnnotator().annotate(Document(id="w", kind="comment", text="kill"))
    t0 = time.perf_counter()
    PolicyAnnotator().annotate(Document(id="p", kind="comment", text=text))
    assert time.perf_counter() - t0 < 4.0


@pytest.mark.parametrize("text", ["", "kill", "No. Kill him! He said so.\nNobody, ever; x", "a. b. c." * 50])
def test_policy_sentence_around_matches_scan(text: str) -> None:
    # a unit test of the new helper (skipped on 7c88380, which has none): the cached look-up gives what the scan
    # over `sentences` gave, at every position
    if not hasattr(policy_rules, "sentence_around"):
        pytest.skip("no sentence_around before this review")
    sents = policy_rules.sentences(text)
    for pos in range(len(text) + 1):
        want = next(((a, b) for a, b in sents if a <= pos < b), None)
        assert policy_rules.sentence_around(text, pos) == want


CLAIM_FIXES = [
    ("Katrina was the worst natural disaster in American history.", None),
    ("Chernobyl was the worst nuclear accident ever.", None),
    ("The Great Depression was the worst economic crisis in history.", None),
]

# the deontic shape's comma check finds the modal as a word, not inside "shoulder" (a subject is never behind a comma)
DEONTIC_FIXES = [
    ("My shoulder surgeon, frankly, should be fired.", None),
    ("The shoulder pads, sadly, should go.", None),
]

DEONTIC_GUARDS = [
    ("My shoulder surgeon should be fired.", "normative statement"),
    ("He should resign.", "normative statement"),
    ("Under the treaty, Iran should comply.", None),
]


@pytest.mark.parametrize(("text", "want"), DEONTIC_FIXES + DEONTIC_GUARDS)
def test_claims_deontic_comma(text: str, want: str | None) -> None:
    assert not_a_claim(text) == want


CLAIM_GUARDS = [
    ("Trump is the worst president ever.", "superlative opinion"),
    ("He is one of the greatest presidents of all time.", "superlative opinion"),
    ("The war should end.", "normative statement"),
    ("Our unemployment rate is the worst in Europe.", None),
]


@pytest.mark.parametrize(("text", "want"), CLAIM_FIXES + CLAIM_GUARDS)
def test_claims_superlative_event(text: str, want: str | None) -> None:
    assert not_a_claim(text) == want


QUOTE_FIXES = [
    ('Jane Smith runs the station. A new playlist was released on Friday. "It is my favourite," she said.',
     [("It is my favourite,", "Jane Smith")]),
    ('Mayor John Hart spoke first. A shortlist was published on Monday. "We are proud," he said.',
     [("We are proud,", "John Hart")]),
]

QUOTE_GUARDS = [
    ('A local physicist was injured on Monday. "It hurt," she said.', [("It hurt,", "local physicist")]),
    ('A New York man was arrested on Monday. "I acted alone," he said.', [("I acted alone,", "New York man")]),
]


@pytest.mark.parametrize(("text", "want"), QUOTE_FIXES + QUOTE_GUARDS)
def test_quotes_lead_description_head(text: str, want: list[tuple[str, str | None]]) -> None:
    got = [(q, sp) for label, q, sp in quotes_of(text, "en", with_label=True) if label == "DIRECT_QUOTE"]
    assert got == want


# German headline labels (round 50, deleft15): a short acronym label ("UN", "SPD") is no compound's last part
DE_FIXES = [
    ("Taifun: Tausende fliehen vor dem Sturm\n\nDer Text folgt.", []),
    ("Gartenzaun: Nachbarn streiten seit Jahren\n\nDer Text folgt.", []),
]

DE_GUARDS = [
    ("UN: Tausende fliehen vor dem Sturm\n\nDer Text folgt.", [("Tausende fliehen vor dem Sturm", "UN")]),
    ("Bundespolizei: Beide Täter gestehen die Tat\n\nDer Text folgt.",
     [("Beide Täter gestehen die Tat", "Bundespolizei")]),
    ("Berliner SPD: Wir wollen die Mieten deckeln\n\nDer Text folgt.",
     [("Wir wollen die Mieten deckeln", "Berliner SPD")]),
]


@pytest.mark.parametrize(("text", "want"), DE_FIXES + DE_GUARDS)
def test_quotes_de_headline_source_label(text: str, want: list[tuple[str, str | None]]) -> None:
    got = [(q, sp) for label, q, sp in quotes_of(text, "de", with_label=True) if label == "INDIRECT_QUOTE"]
    assert got == want
