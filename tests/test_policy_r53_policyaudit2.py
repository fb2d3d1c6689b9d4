"""Round 53 (policyaudit2): an audit of five comment sections written for it (a football match report, a
celebrity break-up, a restaurant review, a local traffic story, a phone launch) found these general misses:

* SPAM: a first-order discount ("50% off your first order"), free sport streams ("Watch every match free"),
  cheap insurance quotes, a free phone giveaway, follow-for-follow ("f4f", "follow me for follow back"),
  "Join my Telegram", "click bit.ly/…"; Telegram links (t.me/…) and the .app domain as links (spam.txt,
  policy_rules.URL_RE);
* THREAT: "you'll be leaving in an ambulance", acid thrown in a face wished, "deserves a brick through their
  window", bones broken deserved or urged, a home address posted with a visit urged (threats_phrases.txt);
* a masked compound of shit ("sh*tshow") and "neckbeard" (profanity.txt, insults.txt).

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r53_audit2(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, label, span text): the span is marked now (the base missed it)
FIXES_R53_AUDIT2 = [
    ("Get 40% off your first order with code TASTY at dinnerbox.app", "SPAM",
     "Get 40% off your first order with code TASTY at dinnerbox.app"),
    ("Stream all the games free in HD at sportzlive.xyz no registration", "SPAM",
     "Stream all the games free in HD at sportzlive.xyz no registration"),
    ("Cheap van insurance quotes in 60 seconds at quotevan.net", "SPAM",
     "Cheap van insurance quotes in 60 seconds at quotevan.net"),
    ("Free PS5 giveaway, click bit.ly/ps5free22 to enter", "SPAM", "Free PS5 giveaway, click bit.ly/ps5free22 to enter"),
    ("follow me and I follow back, f4f", "SPAM", "follow me and I follow back, f4f"),
    ("Signals every day, join our Telegram t.me/moonsignals", "SPAM", "Signals every day, join our Telegram t.me/moonsignals"),
    ("Come to our end on Saturday and you'll go home in a body bag.", "THREAT", "you'll go home in a body bag"),
    ("I hope somebody throws acid in his face.", "THREAT", "I hope somebody throws acid in his face"),
    ("Whoever keyed my car deserves a brick through their windscreen.", "THREAT",
     "deserves a brick through their windscreen"),
    ("That landlord should have his kneecaps smashed.", "THREAT", "should have his kneecaps smashed"),
    ("The linesman lives at 22 Oak Avenue, someone go pay him a visit.", "THREAT",
     "lives at 22 Oak Avenue, someone go pay him a visit"),
    ("Her address is 5 Station Road if anyone fancies telling her in person.", "THREAT",
     "address is 5 Station Road if anyone fancies telling her in person"),
    ("That press conference was a complete sh*tshow.", "PROFANITY", "sh*tshow"),
    ("Nobody asked you, neckbeard.", "INSULT", "neckbeard"),
]

# near misses: no span of these labels, verdict acceptable (base and now)
GUARDS_R53_AUDIT2 = [
    "I got 20% off my first order and the food was still cold.",
    "You can't watch every match for free anymore, it's all behind paywalls.",
    "Cheap car insurance doesn't exist round here.",
    "I follow them on Instagram and they never follow back.",
    "My gran uses the NHS app to book appointments.",
    "If you eat there you'll end up in hospital.",
    "He had his leg broken in a tackle last season.",
    "The new stand is on Elm Road, number 14 bus stops outside.",
    "My cousin lives at 14 Church Street and says the noise is terrible.",
    "The shop on Mill Lane has a brick through its window again, police are investigating.",
]


@pytest.mark.parametrize("text,label,span", FIXES_R53_AUDIT2)
def test_r53_audit2_fix(annotator: PolicyAnnotator, text: str, label: str, span: str) -> None:
    labels, spans = annotate_r53_audit2(annotator, text)
    assert (label, span) in spans
    assert labels["verdict"] == "violates_policy"


@pytest.mark.parametrize("text", GUARDS_R53_AUDIT2)
def test_r53_audit2_guard(annotator: PolicyAnnotator, text: str) -> None:
    labels, spans = annotate_r53_audit2(annotator, text)
    assert not [s for s in spans if s[0] in ("SPAM", "THREAT")], spans
    assert labels["verdict"] == "acceptable", (labels, spans)
