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

import re
from collections.abc import Callable

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


def _sentence_visits(monkeypatch: pytest.MonkeyPatch, run: Callable[[], object]) -> int:
    """The sentence tuples the policy rules iterate over during `run()`: every `_sentences(text)` (the split all
    sentence look-ups go through, `sentences` and `sentence_around` too) hands out a tuple that counts the items
    taken from it; indexing and `len` are not counted (a bisect is free)."""
    visits = 0

    class Counted(tuple):
        def __iter__(self):
            nonlocal visits
            for item in super().__iter__():
                visits += 1
                yield item

    real = policy_rules._sentences
    monkeypatch.setattr(policy_rules, "_sentences", lambda t: Counted(real(t)))
    policy_rules._sentence_bounds.cache_clear()  # a cached index of an earlier run would hide a scan
    run()
    return visits


@pytest.mark.parametrize(
    "unit",
    [
        "I will kill you and shoot your dog, I hate you.",  # threat hits: the clause and sentence of each
        "Muslims are animals, and they should all be deported.",  # generalisations: _reported_generalisation
        "Dick Cheney is a fool and Muslims are animals.",  # a listed word in a name: neutral_spans
    ],
)
def test_policy_sentence_lookup_is_not_quadratic(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    # FIX: the rules scanned every sentence of the text per hit (7c88380: ~7-10 s on the threat text); counted, not
    # timed: with 1,600 sentences and two or more hits in each, a scan per hit visits ~1,600 x 1,600 / 2 sentences
    # (here 4, 5 and 7 visits per sentence: the bisect index and the rules that walk all sentences once)
    PolicyAnnotator().annotate(Document(id="w", kind="comment", text="kill"))  # lexicons and model loaded
    text = " ".join(unit for _ in range(1600))
    n = len(policy_rules.sentences(text))
    assert n == 1600
    visits = _sentence_visits(monkeypatch, lambda: PolicyAnnotator().annotate(Document(id="p", kind="comment", text=text)))
    assert visits <= 20 * n, (visits, n)


def test_policy_group_they_lookup_is_not_quadratic(monkeypatch: pytest.MonkeyPatch) -> None:
    # "they" stands for a group named in its sentence or the one before (`_refers_back`; no [antecedent] pattern
    # holds "they" today, so it is called directly): the two sentence look-ups per call are a bisect, not a scan
    text = " ".join("Muslims keep coming. They are a plague. Fine. Then they left." for _ in range(200))
    n = len(policy_rules.sentences(text))
    groups = [m.span() for m in re.finditer("Muslims", text)]
    they = list(re.finditer(r"\b[Tt]hey\b", text))
    got: list[bool] = []
    visits = _sentence_visits(monkeypatch, lambda: got.extend(policy_rules._refers_back(text, m, groups) for m in they))
    assert got == [True, False] * 200  # "Then they left." is two sentences after its group
    assert visits <= 20 * n, (visits, n)


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
        if hasattr(policy_rules, "sentence_index"):
            assert policy_rules.sentence_index(text, pos) == next((k for k, (a, b) in enumerate(sents) if a <= pos < b), -1)


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
