"""Round 52 (policy audit): an audit of three comment sections written for it (a refugee shelter, a cup
final's referee, a cycling-lane plan) found these general misses and false flags:

* hostile generalisations with a habitual crime ("Italians always cheat", "Syrians will steal
  everything") and the conspiracy "(group) control the government" (identity_generalising.txt);
* threats by vehicle, arson and stalking ("I'll run him over", "should be run off the road", "Burn the
  place down", "I'll find out where the ref lives") (threats_phrases.txt);
* shop and betting promotions ("use code FINAL50", "Visit www... and get 70% off") (spam.txt);
* a crowd's chant reported in quotation marks ('The fans chanted "kill the ref"') is someone else's
  words (policy_rules._SPEECH_VERB);
* the town names Scunthorpe and Penistone flagged INSULT by the comment-level model (names.txt).

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r52_audit(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, label, span text): the span is marked now (the base missed it)
FIXES_R52_AUDIT = [
    ("Italians always cheat, it's in their blood.", "IDENTITY_ATTACK", "Italians always cheat"),
    ("The Syrians will steal everything that isn't nailed down.", "IDENTITY_ATTACK",
     "Syrians will steal everything that isn't nailed down"),
    ("Albanians are always stealing from tourists.", "IDENTITY_ATTACK", "Albanians are always stealing from tourists"),
    ("Jews control the government, that's why this passed.", "IDENTITY_ATTACK", "Jews control the government"),
    ("Next time I see one of those lycra idiots in my lane I'll run him over.", "THREAT", "I'll run him over"),
    ("Cyclists are a menace and should be run off the road.", "THREAT", "should be run off the road"),
    ("Burn the place down before they move in.", "THREAT", "Burn the place down"),
    ("We will burn their houses down if they stay.", "THREAT", "We will burn their houses down"),
    ("I'll find out where the ref lives and pay him a visit.", "THREAT", "I'll find out where the ref lives"),
    ("Best odds on the replay at www.betwin-now.com, use code FINAL50 for a free bet!!!", "SPAM",
     "Best odds on the replay at www.betwin-now.com, use code FINAL50 for a free bet"),
    ("Cheap bike parts! Visit www.bikedeals4u.com and get 70% off today. WhatsApp +44 7700 900123.", "SPAM",
     "Visit www.bikedeals4u.com and get 70% off today. WhatsApp +44 7700 900123"),
]

# (text, label): no span of that label now (the base marked one)
FIXES_R52_AUDIT_UNMARKED = [
    ('The fans chanted "kill the ref" and that is why kids don\'t want to referee anymore.', "THREAT"),
    ('Someone in the stands was chanting "hang the referee" the whole match, disgraceful.', "THREAT"),
]

# texts the base flagged as violating and that are clean now (a town's name)
FIXES_R52_AUDIT_CLEAN = [
    "Scunthorpe would have defended better than that.",
    "We drove through Scunthorpe yesterday.",
    "Penistone won 2-1.",
]

# near misses: no span, verdict acceptable (base and now)
GUARDS_R52_AUDIT_CLEAN = [
    "Italians always cheat death in the last minute.",
    "Muslims all lie down to pray at noon.",
    "Women control the council now.",
    "Italians are not always cheating.",
    "I almost ran him over yesterday, he came out of nowhere.",
    "I would never run him over.",
    "He was run off the road by a truck.",
    "Nobody should be run off the road.",
    "Burn it all down, vote them out.",
    "They burn the place down every year at the festival.",
    "I'll find out where the meeting is.",
    "The shop will get 20% off its rent, see www.example.com/news",
    "Visit www.example.org for the full council report.",
    "Enter code 4471 at the door.",
    "What a final! We killed them 4-0 in the second half.",
    "He had three clear chances to shoot on goal and missed every one.",
    "The referee received death threats after the match, which is shameful.",
    "Nobody should hurt them. They fled a war.",
    "The pilot left the cockpit.",
]

# (text, label, span text): marked on the base and now
GUARDS_R52_AUDIT_MARKED = [
    ("If those towelheads come near my kids I will shoot them.", "THREAT", "I will shoot them"),
    ("I hope the referee dies in a car crash.", "THREAT", "I hope the referee dies"),
    ("Hang the councillors who voted for this.", "THREAT", "Hang the councillors"),
    ("I chanted \"kill the ref\" all game.", "THREAT", "kill the ref"),
    ("Earn $5,000 a week from home! Click here: http://bit.ly/3xEarn and start today.", "SPAM",
     "Earn $5,000 a week from home! Click here: http://bit.ly/3xEarn and start today"),
]


@pytest.mark.parametrize("text, label, span", FIXES_R52_AUDIT + GUARDS_R52_AUDIT_MARKED)
def test_r52_audit_marked(annotator, text, label, span):
    labels, spans = annotate_r52_audit(annotator, text)
    assert (label, span) in spans, spans
    assert label in labels["violations"]


@pytest.mark.parametrize("text, label", FIXES_R52_AUDIT_UNMARKED)
def test_r52_audit_reported_chant(annotator, text, label):
    _, spans = annotate_r52_audit(annotator, text)
    assert not any(lab == label for lab, _ in spans), spans


@pytest.mark.parametrize("text", FIXES_R52_AUDIT_CLEAN + GUARDS_R52_AUDIT_CLEAN)
def test_r52_audit_clean(annotator, text):
    labels, spans = annotate_r52_audit(annotator, text)
    assert spans == [] and labels["verdict"] == "acceptable", (labels, spans)
