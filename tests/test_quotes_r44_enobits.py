"""Round 44, helper enobits: English obituaries, tributes and human-interest features (sentences written for these tests
in the style of local-paper tributes, AP obituaries and BBC tribute pages; see docs/quotes.md)."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "en"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end], sp and text[sp.start:sp.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker, cue and speaker span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert tuple(by[(t, lab)]) == tuple(rest), (t, by[(t, lab)])


# 1. a kin or role noun with a modifier before a name and an age or home town between commas ("Family friend X, 42, of
# Burnley, said", "Former colleague X, 70, said") gave no speaker, or the name inside the reported clause
@pytest.mark.parametrize(("text", "expected"), [
    ('Family friend Nadeem Aslam, 47, of Colne, said Mr Hussain was "the kindest man on the street".',
     [('Mr Hussain was "the kindest man on the street"', IND, "Nadeem Aslam", "said", "Nadeem Aslam"),
      ("the kindest man on the street", DIR, "Nadeem Aslam", "said", "Nadeem Aslam")]),
    ('Longtime friend Carol Bentley, 71, said: "She never let anyone leave her kitchen hungry."',
     [("She never let anyone leave her kitchen hungry.", DIR, "Carol Bentley", "said", "Carol Bentley")]),
    ('Former colleague Derek Hollins, 66, said: "He trained half the apprentices in this town."',
     [("He trained half the apprentices in this town.", DIR, "Derek Hollins", "said", "Derek Hollins")]),
    ("Close friend Megan Price, of Rhyl, said the teenager had been saving for a car.",
     [("the teenager had been saving for a car", IND, "Megan Price", "said", "Megan Price")]),
    ('Best friend Kayla Dunn, 16, wrote on Facebook: "I will love you forever, sis."',
     [("I will love you forever, sis.", DIR, "Kayla Dunn", "wrote", "Kayla Dunn")]),
])
def test_r44_enobits_role_before_aged_name(text, expected):
    assert_exact(text, expected)


# 2. "a NOUN described as "…"" is a passive reduced relative: the noun is described, it does not speak
@pytest.mark.parametrize(("text", "expected"), [
    ('Relatives paid tribute to a grandfather described as "the glue that held us together".',
     [("the glue that held us together", DIR, None, None, None)]),
    ('Police named the victim, a mechanic described as "quiet and hard-working", on Tuesday.',
     [("quiet and hard-working", DIR, None, None, None)]),
])
def test_r44_enobits_described_passive(text, expected):
    assert_exact(text, expected)


# 3. "remembered him as "…"" reports like "described him as"
@pytest.mark.parametrize(("text", "expected"), [
    ('His brother remembered him as "a man who could fix anything with an engine".',
     [("a man who could fix anything with an engine", DIR, "brother", "remembered", "His brother")]),
    ('Neighbours remembered her as "the lady who knew every child by name".',
     [("the lady who knew every child by name", DIR, "Neighbours", "remembered", "Neighbours")]),
])
def test_r44_enobits_remembered_as(text, expected):
    assert_exact(text, expected)


# guards: what stayed as it was
@pytest.mark.parametrize(("text", "expected"), [
    # a passive "remembered as" has no speaker named
    ('He will be remembered as "a giant of the local music scene".',
     [("a giant of the local music scene", DIR, None, None, None)]),
    # a relative clause whose subject describes: the subject speaks
    ('It was a day the family described as "the hardest of our lives".',
     [("the hardest of our lives", DIR, "family", "described", "the family")]),
    ('Friends described her as "a ray of sunshine".',
     [("a ray of sunshine", DIR, "Friends", "described", "Friends")]),
    # a kin noun with a possessive before the name already worked
    ('His family friend Tom Reed, 70, said: "He was a gentleman."',
     [("He was a gentleman.", DIR, "Tom Reed", "said", "His family friend Tom Reed")]),
    ('"He lit up every room," said his daughter, Jane Smith.',
     [("He lit up every room,", DIR, "Jane Smith", "said", "his daughter, Jane Smith")]),
    # a nickname in quotation marks is no quote
    ('He was known as "Big Jim" to everyone at the mill.', []),
])
def test_r44_enobits_guards(text, expected):
    assert_exact(text, expected)
