"""Round 54 (polaudit): an audit of nine comment sections written for it (a rezoning, a school board, a restaurant
closure, a referee, a transfer, celebrity news, immigration, a crime story, a climate story; 117 comments).

* A name quoted after a verb of calling, condemned in its sentence or the next ('People calling her a "slut" should be
  ashamed of themselves', 'Calling migrants "vermin" is dehumanising', 'called the librarian a "groomer". That kind of
  language is disgusting'), is the commenter rejecting the word: not marked (`policy_rules.condemned_calling`).
* Threats: "should be dragged out and shot", "Round them all up and put them on the boats", "I'd break every bone in his
  body", "should be set on fire with them still inside".
* Identity attacks: a group kept away from children ("Gays shouldn't be teaching our children").
* SPAM: "double your money" with a contact, clickbait pictures to see "here" with links.

All sentences written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r54_polaudit(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, label, span text): this span is marked now (the base marked none)
FIXES_R54_POLAUDIT = [
    ("Oil executives should be dragged out and shot.", "THREAT", "should be dragged out and shot"),
    ("The whole cabinet should be taken outside and hanged.", "THREAT", "should be taken outside and hanged"),
    ("Round them all up and put them on the boats back.", "THREAT", "Round them all up and put them"),
    ("I'd break every bone in his body if he came into my shop.", "THREAT", "I'd break every bone in his body"),
    ("We will break every single bone in your body.", "THREAT", "We will break every single bone in your body"),
    ("Those hotels should be set on fire with them still inside.", "THREAT",
     "should be set on fire with them still inside"),
    ("Gays shouldn't be teaching our children, period.", "IDENTITY_ATTACK", "Gays shouldn't be teaching our children"),
    ("Muslims should never be around kids.", "IDENTITY_ATTACK", "Muslims should never be around kids"),
    ("Invest in carbon credits NOW and double your money! WhatsApp +44 7700 900123 for details.", "SPAM", None),
    ("OMG see her shocking before and after pics here >>> http://celebz-leakz.net/pics http://celebz-leakz.net/vid",
     "SPAM", None),
]

# (text, labels that must be absent): the base marked one of them
FIXES_R54_POLAUDIT_CLEAN = [
    ('People calling her a "slut" in these comments should be ashamed of themselves.', {"PROFANITY", "INSULT"}),
    ('Calling migrants "vermin" like that MP did is dehumanising and should end his career.',
     {"INSULT", "IDENTITY_ATTACK"}),
    ('Some parent at the meeting called the librarian a "groomer". That kind of language is disgusting and he should '
     "apologise.", {"INSULT"}),
    ('Those activists gluing themselves to the road are annoying, but calling them "terrorists" is absurd.',
     {"INSULT", "IDENTITY_ATTACK"}),
]

# (text, label, span text or None): marked on both base and now
GUARDS_R54_POLAUDIT = [
    ('I\'d call him a "moron" and I stand by every word.', "INSULT", "moron"),
    ("The ref is a blind, incompetent buffoon. Again.", "INSULT", "buffoon"),
    ("Scum like that should be hanged in the town square.", "THREAT", "should be hanged"),
    ("Send the Pakis back where they came from.", "IDENTITY_ATTACK", "Pakis"),
    ("Tired of renting? Earn $5,000 a week from home with my proven system! Click here: http://bit.ly/richhomez",
     "SPAM", None),
]

# texts that stay clean
CLEAN_R54_POLAUDIT = [
    "The suspect was dragged out of the car and arrested.",
    "Round them up and bring them to the meeting on Tuesday, the coach said, we need every volunteer.",
    "The surgeon said he had broken every bone in his left hand in the fall.",
    "The old barn was set on fire by vandals last year.",
    "Teachers shouldn't be teaching to the test.",
    "Kids shouldn't be around fireworks without an adult.",
    "This fund won't double your money, but it is steady.",
    "You can see the full photos here on the council's website.",
    "Fans sending death threats to the referee is disgusting. It's a game.",
    'Anyone still calling this "normal weather" isn\'t paying attention.',
]


@pytest.mark.parametrize("text,label,span", FIXES_R54_POLAUDIT)
def test_r54_polaudit_fixes(annotator, text, label, span):
    labels, spans = annotate_r54_polaudit(annotator, text)
    assert label in labels["violations"], (labels, spans)
    if span is not None:
        assert (label, span) in spans, spans


@pytest.mark.parametrize("text,absent", FIXES_R54_POLAUDIT_CLEAN)
def test_r54_polaudit_condemned_calling(annotator, text, absent):
    labels, spans = annotate_r54_polaudit(annotator, text)
    assert not absent & set(labels["violations"]), (labels, spans)
    assert not [s for s in spans if s[0] in absent], spans


@pytest.mark.parametrize("text,label,span", GUARDS_R54_POLAUDIT)
def test_r54_polaudit_guards(annotator, text, label, span):
    labels, spans = annotate_r54_polaudit(annotator, text)
    assert label in labels["violations"], (labels, spans)
    if span is not None:
        assert any(lab == label and span in t for lab, t in spans), spans


@pytest.mark.parametrize("text", CLEAN_R54_POLAUDIT)
def test_r54_polaudit_clean(annotator, text):
    labels, spans = annotate_r54_polaudit(annotator, text)
    assert labels["violations"] == [], (labels, spans)


def test_r54_polaudit_section_file(annotator):
    """The immigration section (tests/data/policy_r54_comments.txt, "LABELS | comment" a line): every comment's
    violations are the auditor's."""
    path = Path(__file__).parent / "data" / "policy_r54_comments.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        gold, text = line.split(" | ", 1)
        want = set() if gold == "-" else set(gold.split(","))
        labels, spans = annotate_r54_polaudit(annotator, text)
        got = set(labels["violations"]) - {"INSULT"} if "INSULT" not in want else set(labels["violations"])
        assert got == want, (text, labels, spans)
