"""Round 50 (policyspeed): on long comments (`policy_rules.GATE_LEN`) a word-list regex is skipped
when the text holds none of its required literals (`fastregex.required_literals`, `cannot_match`);
the sentence split is cached per text and the tokens' lexicon flags are computed once. None of it
may change an output: every rule must find the same hits with the prefilter on every text
(GATE_LEN 0), on none (GATE_LEN huge) and as shipped, and each rule must still fire on a long
comment. All sentences written for this test."""

from __future__ import annotations

import re

import pytest

from spanbank.annotators import policy_rules as R
from spanbank.annotators.fastregex import cannot_match, gate_literals, required_literals
from spanbank.annotators.policy_lexicon import load_lexicons
from spanbank.annotators.policy_text import tokens
from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document

# a neutral paragraph that makes a comment long (no listed word, no trigger of any rule)
FILLER = (
    "The council met on Tuesday evening to discuss the budget for the coming year. Several residents "
    "spoke about the library hours, the state of the footpaths near the school and the cost of the new "
    "bus shelters. The treasurer explained that the figures were still provisional and that the final "
    "numbers depended on the grant from the province. A retired teacher asked about the parking rules "
    "near the market square, and the chair promised a written answer within a month. The meeting ended "
    "shortly after nine, with a vote to publish the minutes on the municipal website. "
)
assert len(FILLER) > 500

ON, OFF = 0, 10**9

# (rule, comment that triggers it): each rule family whose regexes the prefilter may skip
ROWS = [
    ("lexicon", "Oh just screw you and your opinions."),  # PROFANITY phrase
    ("lexicon", "Shut up already, nobody asked."),  # INSULT phrase
    ("lexicon", "He called him a camel jockey on the bus."),  # slur phrase
    ("lexicon", "Muslims should go back home where they came from."),  # group + hostile phrase
    ("generalising", "Somalis should all be deported."),  # group pattern + predicate
    ("generalising", "If you hate it here so much, go back to your own country."),  # attack
    ("generalising", "More Pakistanis moved into town. These people breed like rabbits."),  # antecedent
    ("threat", "Someone should put a bullet in his head."),  # threats.txt
    ("threat", "I hope he dies in a ditch."),  # wish
    ("threat", "Just shoot him now."),  # imperative
    ("threat", "She deserves to die for that."),  # deserve
    ("threat", "kys loser"),
    ("threat", "Watch your back, buddy."),
    ("threat", "You're next."),
    ("threat", "I'd punch him in the face."),  # first person
    ("threat", "If they attack us this time, they will pay dearly."),  # conditional
    ("spam", "My neighbour's sister earns $9,000 a month online from her laptop."),  # alone
    ("spam", "Contact the spell caster for love spells, he brought my ex back within 3 days."),  # scam
    ("spam", "Free shipping on all orders, buy now at www.example-shop.com today!"),  # pitch + link
    ("spam", "Recover your stolen bitcoin with a legit hacker, WhatsApp +1 555 0100 200."),  # contact
    ("neutral", "Black Friday sales start early this year."),  # names.proper
]


def run(rule: str, text: str) -> list:
    toks = tokens(text)
    if rule == "lexicon":
        return R.lexicon_hits(text, toks)
    if rule == "generalising":
        return R.generalising_hits(text, toks)
    if rule == "threat":
        return R.threat_hits(text)
    if rule == "spam":
        return R.spam_hits(text)
    return R.neutral_spans(text, toks)


def variants(text: str) -> list[str]:
    """The comment short, after the long filler, and before it."""
    return [text, FILLER + text, text + " " + FILLER]


@pytest.mark.parametrize(("rule", "text"), ROWS)
def test_gate_changes_no_hit(monkeypatch: pytest.MonkeyPatch, rule: str, text: str) -> None:
    for t in variants(text):
        monkeypatch.setattr(R, "GATE_LEN", OFF)
        ungated = run(rule, t)
        monkeypatch.setattr(R, "GATE_LEN", ON)
        gated = run(rule, t)
        assert ungated, (rule, t[-80:])  # the row triggers its rule at all
        assert gated == ungated, (rule, t[-80:])


@pytest.mark.parametrize(("rule", "text"), ROWS)
def test_rule_fires_on_long_comment(rule: str, text: str) -> None:
    long = FILLER + text
    assert len(long) >= R.GATE_LEN  # the shipped gate applies
    hits = run(rule, long)
    assert hits, rule
    if rule != "neutral":  # a hit lies in the trigger comment, not in the filler
        assert any(h.end > len(FILLER) for h in hits)


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


@pytest.mark.parametrize("text", [t for _, t in ROWS])
def test_annotation_identical_gated_and_ungated(
    monkeypatch: pytest.MonkeyPatch, annotator: PolicyAnnotator, text: str
) -> None:
    out = []
    for gate in (OFF, ON):
        monkeypatch.setattr(R, "GATE_LEN", gate)
        for t in variants(text):
            d = annotator.annotate(Document(id="t/a#c1", kind="comment", text=t)).to_dict()
            d["created"] = None
            out.append(d)
    assert out[:3] == out[3:]


def test_every_match_holds_a_required_literal() -> None:
    """On the rows, every match of every gated shipped pattern holds one of its literals."""
    lex = load_lexicons()
    g = R._generalising()
    patterns = [*lex.spam_sections.values(), *lex.threat_patterns, *lex.threat_phrase_patterns, *lex.consequence,
                *lex.phrase_re.values(), lex.threat_any, lex.consequence_any, g.group, g.antecedent, g.attack,
                R._names().proper]
    gated = [p for p in patterns if p is not None and gate_literals(p) is not None]
    assert len(gated) >= 30
    seen = 0
    for _, text in ROWS:
        for p in gated:
            lits = required_literals(p)
            assert lits
            for m in p.finditer(text):
                low = m.group().lower() if p.flags & re.IGNORECASE else m.group()
                assert any(s in low for s in lits), (p.pattern[:60], m.group())
                seen += 1
            assert not cannot_match(p, text) or p.search(text) is None
    assert seen >= len(ROWS)


def test_required_literals_shapes() -> None:
    rx = re.compile(r"\b(?:kill|shoot)(?:s|ed)?\s+(?:him|her)\b", re.IGNORECASE)
    assert required_literals(rx) == frozenset({"kill", "shoot"})
    assert required_literals(re.compile(r"\w+", re.IGNORECASE)) is None
    assert required_literals(re.compile(r"(?:ab)?c?", re.IGNORECASE)) is None  # may match ""
    # case-sensitive patterns keep their case
    assert required_literals(re.compile(r"Black\s+Friday")) == frozenset({"Friday"}) or required_literals(
        re.compile(r"Black\s+Friday")) == frozenset({"Black"})


@pytest.mark.parametrize("text", ["I will kıll you", "I will KİLL you", "I will \u212aILL you"])
def test_letters_folding_to_ascii_disable_the_gate(text: str) -> None:
    """Under IGNORECASE "ı", "İ" and the Kelvin sign match ASCII letters, which `str.lower()` does
    not reproduce: a text holding one is never skipped."""
    rx = re.compile(r"\bkill\b", re.IGNORECASE)
    long = FILLER + text
    assert rx.search(long) is not None
    assert not cannot_match(rx, long)


def test_gate_skips_absent_literals() -> None:
    rx = re.compile(r"\b(?:kill|shoot)\s+him\b", re.IGNORECASE)
    assert cannot_match(rx, FILLER)
    assert not cannot_match(rx, FILLER + "Shoot him.")
