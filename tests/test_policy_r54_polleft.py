"""Round 54 (polleft): leftovers of the polaudit comment sections, with four comment sections written for this round
(football, celebrity news, a local paper, politics; 48 comments, mostly clean, with near misses).

* An animal or name-calling noun after words of contempt is an insult ("The home secretary is a lying, heartless
  cow", "Greta is a brainwashed little brat", "an attention whore"; `policy_rules.epithet_hits`, nouns and
  adjectives in insults_called.txt [epithet] / [contempt]); "dumbass" called of a person is INSULT as well as
  PROFANITY. Alone the nouns are not marked ("I smell a rat", "a cash cow").
* Identity attacks: "they" right after a comma closing a group word's phrase stands for the group, also a singular
  one ("Of course she married a Jew, they control all of Hollywood"); a sentence opened by "Typical <group> ...,
  they ..." ("Typical Arab owners, they buy everything and ruin the game"); the group blamed alone in its clause
  ("It's always the blacks, every single time").
* Spans: an attack ends before "and nobody ..." ("Muslims are invading Europe"); a smirk slapped "off his face"
  runs to the face.

All sentences written for this test."""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r54_polleft(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, label, exact span text): this span is marked now (the base marked none, or another extent)
FIXES_R54_POLLEFT = [
    ("The home secretary is a lying, heartless cow.", "INSULT", "lying, heartless cow"),
    ("Greta is a brainwashed little brat.", "INSULT", "brainwashed little brat"),
    ("The mayor is a lying, gutless rat.", "INSULT", "lying, gutless rat"),
    ("Councillor Hart is a brainwashed little puppet of the developers.", "INSULT", "brainwashed little puppet"),
    ("The senator is a lying, cowardly snake.", "INSULT", "lying, cowardly snake"),
    ("She's a talentless attention whore and always has been.", "INSULT", "talentless attention whore"),
    ("Anyone who thinks this is a good deal is a complete dumbass.", "INSULT", "dumbass"),
    ("Of course she married a Jew, they control all of Hollywood.", "IDENTITY_ATTACK", "they control all of Hollywood"),
    ("Typical Arab owners, they buy everything and ruin the game.", "IDENTITY_ATTACK",
     "Typical Arab owners, they buy everything"),
    ("It's always the blacks, every single time.", "IDENTITY_ATTACK", "It's always the blacks"),
    ("It's always the Mexicans again.", "IDENTITY_ATTACK", "It's always the Mexicans"),
    ("Muslims are invading Europe and nobody has the guts to say it.", "IDENTITY_ATTACK",
     "Muslims are invading Europe"),
    ("Somalis are taking over this town and nobody says a word.", "IDENTITY_ATTACK",
     "Somalis are taking over this town"),
    ("Someone needs to slap the smirk off his face.", "THREAT", "Someone needs to slap the smirk off his face"),
]

# (text, label, span text): marked on both base and now
GUARDS_R54_POLLEFT = [
    ("He is a vain, heartless pig.", "INSULT", "heartless pig"),
    ("You are a complete moron.", "INSULT", "moron"),
    ("These illegals are all criminals and rapists.", "IDENTITY_ATTACK", "illegals are all criminals and rapists"),
    ("Jews control the media.", "IDENTITY_ATTACK", "Jews control the media"),
    ("Someone should slap him.", "THREAT", "Someone should slap him"),
    ("What a shitty performance from start to finish.", "PROFANITY", "shitty"),
]

# comments that stay clean (near misses of the shapes above)
CLEAN_R54_POLLEFT = [
    "Her little brother was a brat as a kid, she says in the book, but they are close now.",
    "I smell a rat in these accounts.",
    "That lottery is a cash cow for the state.",
    "The mayor was lying low after the vote, but he did return my email.",
    "She married a Jewish architect in 2015 and they have two kids.",
    "The new owners are from Qatar, they bought the club in 2019 and have spent heavily since.",
    "Typical politicians, they promise everything and deliver nothing.",
    "Typical January window, we buy nobody and sell our best winger.",
    "It's always the same potholes on Main Street, every single winter.",
    "It's always the tourists who leave litter on the beach in August.",
    "It's always the Muslims who get blamed for everything.",
    "Tourists are flooding the old town and nobody seems to mind the money.",
    "Someone needs to wipe the benches down before the market opens.",
    "The whole attention economy rewards whoever shouts loudest.",
]


@pytest.mark.parametrize("text,label,span", FIXES_R54_POLLEFT)
def test_r54_polleft_fixes(annotator, text, label, span):
    labels, spans = annotate_r54_polleft(annotator, text)
    assert label in labels["violations"], (labels, spans)
    assert (label, span) in spans, spans


@pytest.mark.parametrize("text,label,span", GUARDS_R54_POLLEFT)
def test_r54_polleft_guards(annotator, text, label, span):
    labels, spans = annotate_r54_polleft(annotator, text)
    assert label in labels["violations"], (labels, spans)
    assert any(lab == label and span in t for lab, t in spans), spans


@pytest.mark.parametrize("text", CLEAN_R54_POLLEFT)
def test_r54_polleft_clean(annotator, text):
    labels, spans = annotate_r54_polleft(annotator, text)
    assert labels["violations"] == [], (labels, spans)
