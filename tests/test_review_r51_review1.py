"""Round 51 review (review1) of the round's claims and policy rules. All sentences written for this test.

* claims (`claims_lines._TABLE_ROW`, `_SIGNED`): the character class meant as "+, - or −" was written
  ``[+-−]``, a RANGE from "+" to "−" (U+2212) that holds every digit and letter, so any line of a capitalised
  word and two plain numbers was a "signed" price-table row and no claim ("NATO 1949 2024", "US 50 13").
* policy (`policy_rules._denied_report`): a negated verb of saying or meaning denied a threat after a
  coordinator that opens a clause of its own ("I don't want trouble but I will kill you", "Nobody told me
  anything so I will kill him" were no threats; they were before the round).
* policy (`policy_rules._negated_before`, `negated_word`, `_denied_report`, `_threat_subject`): the round's
  check for a denied threat ("I never said I would kill him") read the whole clause before each threat word
  again (every word listed, a search for a match at its end, every break of the sentence listed): quadratic on
  a long comment without commas or full stops (50,000 characters of such threats took 13 s, 1.2 s before the
  round). Counted here as the characters the pattern searches scan, not by timing.
"""

from __future__ import annotations

import random
import re

import pytest

from spanbank.annotators import policy_rules as R
from spanbank.annotators.claims_lines import junk_line
from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document

# -- claims: a table row needs a signed column ---------------------------------------------------------------------

CLAIM_FIXES = ["NATO 1949 2024", "US 50 13", "WHO 1948 2023", "APPLE 182 225"]
CLAIM_GUARDS = [
    ("AAPL 182.31 +1.2%", "table row"),
    ("XOM 104.20 −0.8%", "table row"),
    ("HD THE HOME DEPOT INC. 225.86 -12.99 -5.44%", "table row"),
    ("TSLA 251.05 +4.10", "table row"),
]


@pytest.mark.parametrize("line", CLAIM_FIXES)
def test_claims_unsigned_numbers_are_no_table_row(line: str) -> None:
    assert junk_line(line) != "table row"


@pytest.mark.parametrize(("line", "why"), CLAIM_GUARDS)
def test_claims_signed_table_rows_stay(line: str, why: str) -> None:
    assert junk_line(line) == why


# -- policy: the denied-threat checks read a bounded stretch per threat ---------------------------------------------


class _Counting:
    """A compiled pattern that adds up the characters each search, match and finditer may scan."""

    def __init__(self, rx: re.Pattern, box: list[int]):
        self.rx, self.box = rx, box

    def _count(self, text: str, pos: int = 0, endpos: int | None = None) -> None:
        self.box[0] += (len(text) if endpos is None else min(endpos, len(text))) - pos

    def search(self, text, pos=0, endpos=None):
        self._count(text, pos, endpos)
        return self.rx.search(text, pos, len(text) if endpos is None else endpos)

    def match(self, text, pos=0, endpos=None):
        m = self.rx.match(text, pos, len(text) if endpos is None else endpos)
        self.box[0] += 1 + (m.end() - pos if m else 0)  # (anchored: it reads what it matches)
        return m

    def finditer(self, text, pos=0, endpos=None):
        self._count(text, pos, endpos)
        return self.rx.finditer(text, pos, len(text) if endpos is None else endpos)

    def __getattr__(self, name):
        return getattr(self.rx, name)


def _scanned(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    box = [0]
    for name in ("_NEGATED", "_NOT_THAT", "_WORD_RE"):
        monkeypatch.setattr(R, name, _Counting(getattr(R, name), box))
    if hasattr(R, "_denied_report_re"):
        rx = R._denied_report_re()
        if rx is not None:
            monkeypatch.setattr(R, "_denied_report_re", lambda: _Counting(rx, box))
    PolicyAnnotator().annotate(Document(id="long", kind="comment", text=text))
    return box[0]


# long comments of threats with a pronoun subject in one clause (no comma, no full stop)
SPEED_FIXES = [
    "I never said I would kill him " * 400,
    "I will kill you and " * 500,
    "we will find you and we will hurt you and " * 250,
]


@pytest.mark.parametrize("text", SPEED_FIXES)
def test_policy_denied_threat_checks_are_not_quadratic(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    assert _scanned(monkeypatch, text) < 200 * len(text)


# a coordinator right before the threat's subject: the negated verb before it denies nothing
THREAT_FIXES = [
    "I don't want trouble but I will kill you.",
    "I never wanted this and I will kill you.",
    "Nobody told me anything so I will kill him.",
    "I don't care what you say and then I will shoot you.",
]


@pytest.mark.parametrize("text", THREAT_FIXES)
def test_policy_threat_after_coordinator_is_not_denied(text: str) -> None:
    ann = PolicyAnnotator().annotate(Document(id="t", kind="comment", text=text))
    assert any(s.label == "THREAT" for s in ann.spans)


THREAT_GUARDS = [
    ("I never said and never meant that I would kill him.", False),
    ("I didn't say or mean that I would punch him.", False),
    ("I never said he and I would hurt her.", False),
    ("I don't think for a second that I would punch him.", False),
    ("I never said I would kill him.", False),
    ("I don't think he deserves to die.", False),
    ("It's not that I'd punch him.", False),
    ("Never forget that I will kill you.", True),
    ("I will kill you.", True),
    ("Nobody knows I will find you and hurt you.", True),
]


@pytest.mark.parametrize(("text", "threat"), THREAT_GUARDS)
def test_policy_denied_threats_unchanged(text: str, threat: bool) -> None:
    ann = PolicyAnnotator().annotate(Document(id="t", kind="comment", text=text))
    assert any(s.label == "THREAT" for s in ann.spans) == threat


def _subject_reference(text: str, cs: int, s: int) -> int | None:
    """`_threat_subject` as written in round 51 (every word of the clause listed)."""
    first = re.compile(r"[\w'’]+").match(text, s)
    if first and first.group().lower().replace("\u2019", "'") in R._PRONOUN_SUBJECT:
        return s
    rp = R._reported()
    for m in reversed(list(re.compile(r"[\w'’]+").finditer(text, cs, s))):
        w = m.group().lower().replace("\u2019", "'")
        if w in R._PRONOUN_SUBJECT:
            return m.start()
        if not (rp.before_verb.matches(w) or w in R._NEGATIVE or w.endswith("n't") or (len(w) > 4 and w.endswith("ly"))):
            return None
    return None


def test_policy_threat_subject_same_as_listing_every_word() -> None:
    rnd = random.Random(51)
    vocab = ["i", "would", "never", "really", "will", "not", "don't", "he", "we'll", "kill", "the", "truly",
             "x" * 300, "can't", "must", "simply", "' ", "’", "  ", "\n"]
    for _ in range(300):
        text = " ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 400)))
        s = rnd.randint(0, len(text))
        cs = rnd.randint(0, s)
        assert R._threat_subject(text, cs, s) == _subject_reference(text, cs, s)
