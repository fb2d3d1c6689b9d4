"""Round 52 (policyaudit2): an audit of three comment sections written for it (a mosque extension, an esports
cheating scandal, a celebrity's weight-loss interview) found these general misses and false flags:

* a contest read as a threat: a game, a debate or an election after a threat pattern ("I'll destroy you in
  ranked", "I will beat you at chess"), an argument or a score as its object ("I will destroy their
  arguments") (reported.txt [contest_after], policy_rules.contest_after);
* a title of a work in quotation marks read as a threat ('Her song "I Will Kill You With Kindness"', '"Kill
  Bill" vibes') (names.txt [work], policy_rules.work_titles);
* a hedge on one's own question ("Stupid question maybe, but ...") and calling oneself names ("I'm such an
  idiot, I missed it") marked INSULT (names.txt [sense]);
* arson urged on someone ("Someone should burn that mosque down") (threats_phrases.txt);
* a promo code without a digit sold by its discount and a diet pitch ("use code VORTEX for 20% off", "Lose 20
  lbs fast at www...") (spam.txt [pitch]).

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r52_audit2(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, label, span text): the span is marked now (the base missed it)
FIXES_R52_AUDIT2 = [
    ("Someone should burn that mosque down before it opens.", "THREAT", "Someone should burn that mosque down"),
    ("Somebody needs to burn the church down, honestly.", "THREAT", "Somebody needs to burn the church down"),
    ("Buy cheap CS2 skins here!!! www.skinz4less.gg use code VORTEX for 20% off", "SPAM",
     "www.skinz4less.gg use code VORTEX for 20% off"),
    ("Miracle tea! Lose 20 lbs fast at www.slimtea-now.biz, results guaranteed!!!", "SPAM",
     "Lose 20 lbs fast at www.slimtea-now.biz, results guaranteed"),
]

# texts the base flagged as violating and that are clean now
FIXES_R52_AUDIT2_CLEAN = [
    "I'll destroy you in ranked tonight, 1v1 me",
    "I will beat you at chess any day.",
    'Trash talk is normal, "I\'ll destroy you in ranked" is not a threat.',
    "At the hearing I will destroy their arguments one by one.",
    'Her song "I Will Kill You With Kindness" is still on repeat for me.',
    '"Kill Bill" vibes in that final clutch.',
    "Stupid question maybe, but was this sponsored?",
    "Dumb question but will the extension block light to the houses behind it?",
    "I'm such an idiot, I thought the hearing was on Thursday and missed it.",
]

# violations that stay (base and now): (text, label, span text)
GUARDS_R52_AUDIT2 = [
    ("I will destroy you.", "THREAT", "I will destroy you"),
    ("I'll stab you at the game tonight.", "THREAT", "I'll stab you"),
    ("I will kill you in the face.", "THREAT", "I will kill you in the face"),
    ('I told him "I Will Kill You" and I meant it.', "THREAT", "I Will Kill You"),
    ("What a stupid question, you moron.", "INSULT", "moron"),
    ("You are such an idiot.", "INSULT", "idiot"),
    ("Burn the place down before they move in.", "THREAT", "Burn the place down"),
    ("Earn $400 a day working from home, click here http://bit.ly/3workhome", "SPAM",
     "Earn $400 a day working from home, click here http://bit.ly/3workhome"),
]

# near misses: clean on both
GUARDS_R52_AUDIT2_CLEAN = [
    "Someone should burn the calories off after that dinner.",
    "Burn it all down, vote them out.",
    "Read the full interview here: https://www.example.com/article/interview-2026",
    "Full timeline with VOD links: https://www.example.org/a/1 and https://www.example.net/b/2",
    "I lost 20 lbs in a year by walking every day.",
    "We absolutely killed them in the second map, 16-2.",
    "Get rekt, Team Vortex. ez",
    "Hope the cheater gets banned for life, simple as that.",
]


@pytest.mark.parametrize("text,label,span", FIXES_R52_AUDIT2)
def test_r52_audit2_fixes(annotator, text, label, span):
    labels, spans = annotate_r52_audit2(annotator, text)
    assert (label, span) in spans, spans
    assert labels["verdict"] == "violates_policy" and label in labels["violations"]


@pytest.mark.parametrize("text", FIXES_R52_AUDIT2_CLEAN)
def test_r52_audit2_clean(annotator, text):
    labels, spans = annotate_r52_audit2(annotator, text)
    assert spans == [] and labels["verdict"] == "acceptable", (labels, spans)


@pytest.mark.parametrize("text,label,span", GUARDS_R52_AUDIT2)
def test_r52_audit2_guards(annotator, text, label, span):
    labels, spans = annotate_r52_audit2(annotator, text)
    assert (label, span) in spans, spans
    assert labels["verdict"] == "violates_policy"


@pytest.mark.parametrize("text", GUARDS_R52_AUDIT2_CLEAN)
def test_r52_audit2_guards_clean(annotator, text):
    labels, spans = annotate_r52_audit2(annotator, text)
    assert spans == [] and labels["verdict"] == "acceptable", (labels, spans)
