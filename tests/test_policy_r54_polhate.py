"""Round 54 (polhate): an audit of eight comment sections under US cable-news political stories (immigration, crime,
protests, elections, Islam, race, LGBT issues, Israel/Gaza; 96 comments, half hateful, half heated but acceptable).

* A demonstrative and a beast or invader word standing for a group named before it ("Haitians are eating pets, those
  savages need to be shipped back", "Illegal aliens voting by the millions, the invaders are stealing our elections"):
  the noun phrase is an IDENTITY_ATTACK (not with another plural noun between, a quantity aside, nor a relative clause
  after it: "attacked by thugs, and these animals walked free", "those savages who attacked them").
* Generalising predicates: "commit most of the violent crime", "own Congress", "have been behind every war", "are an
  abomination", "are the devil", "are degenerates", "act like animals"; "third-world savages" named as a group.
* Attacks without a group word: "Ship them all back to Africa", "keep the vermin out", "Every mosque in this country is
  a terrorist training camp"; the coded slur "dindu".
* Threats: "Run them over." at a sentence opening or urged, "Flatten Gaza".
* A defence: "Both the Israeli and Palestinian civilians deserve better leaders" (civilians as the group's people,
  "deserve better leaders") is clean.

All sentences written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r54_polhate(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, label, span text): this span is marked now (the base did not mark it)
FIXES_R54_POLHATE = [
    ("Haitians are eating pets in Ohio, those savages need to be shipped back.", "IDENTITY_ATTACK", "those savages"),
    ("Illegal aliens voting by the millions, the invaders are stealing our elections.", "IDENTITY_ATTACK",
     "the invaders"),
    ("Somalis keep arriving by the thousands, these animals are ruining the city.", "IDENTITY_ATTACK", "these animals"),
    ("Blacks commit most of the violent crime in this country and nobody dares to say it.", "IDENTITY_ATTACK",
     "Blacks commit most of the violent crime in this country"),
    ("The Zionists own Congress and every politician in it.", "IDENTITY_ATTACK",
     "Zionists own Congress and every politician in it"),
    ("The Jews have been behind every war for centuries.", "IDENTITY_ATTACK",
     "Jews have been behind every war for centuries"),
    ("Gays are an abomination and a disease on society.", "IDENTITY_ATTACK",
     "Gays are an abomination and a disease on society"),
    ("White people are the devil, every one of them.", "IDENTITY_ATTACK", "White people are the devil"),
    ("Homosexuals are degenerates, plain and simple.", "IDENTITY_ATTACK", "Homosexuals are degenerates"),
    ("Somalis act like animals wherever they go.", "IDENTITY_ATTACK", "Somalis act like animals wherever they go"),
    ("These third-world savages shouldn't be allowed to vote.", "IDENTITY_ATTACK",
     "third-world savages shouldn't be allowed to vote"),
    ("Another day, another dindu nuffin.", "IDENTITY_ATTACK", "dindu"),
    ("Enough of this. Ship them all back to Africa.", "IDENTITY_ATTACK", "Ship them all back to Africa"),
    ("Build the wall and keep the vermin out.", "IDENTITY_ATTACK", "keep the vermin out"),
    ("Every mosque in this country is a terrorist training camp.", "IDENTITY_ATTACK",
     "Every mosque in this country is a terrorist training camp"),
    ("Run them over. If they block the highway they deserve what they get.", "THREAT", "Run them over"),
    ("Drivers should just run those protesters over.", "THREAT", "Drivers should just run those protesters over"),
    ("Palestinians are animals. Flatten Gaza and be done with it.", "THREAT", "Flatten Gaza"),
]

# (text, labels that must be absent): the base marked one of them
FIXES_R54_POLHATE_CLEAN = [
    ("Both the Israeli and Palestinian civilians deserve better leaders.", {"IDENTITY_ATTACK", "THREAT"}),
]

# (text, label, span text or None): marked on both base and now
GUARDS_R54_POLHATE = [
    ("Muslims breed like rats and they will outnumber us in 20 years.", "IDENTITY_ATTACK", "Muslims breed like rats"),
    ("Jews control the media, that's why you never hear the other side.", "IDENTITY_ATTACK", "Jews control the media"),
    ("If you don't like America, go back where you came from.", "IDENTITY_ATTACK", "go back where you came from"),
    ("Somebody should put a bullet in every one of those rioters.", "THREAT", "Somebody should put a bullet"),
    ("Nuke them all and let God sort them out.", "THREAT", "Nuke them all"),
]

# texts that stay clean (on both)
CLEAN_R54_POLHATE = [
    "The truck driver tried to run them over, police said.",
    "We spent the day trying to run them down for an interview.",
    "Flatten the curve, they told us in 2020.",
    "Level the playing field for small businesses.",
    "Two men were convicted, and these animals will be out in five years.",
    "Keep the rats out of the barn with steel wool.",
    "Every mosque in this city held a vigil for the victims.",
    "Most synagogues in the country have hired security guards.",
    "The Jews I know have been behind every charity drive in town.",
    "Jewish donors own a stake in the team, according to the filing.",
    "Somalis live like everyone else, working two jobs.",
    "Third world countries need debt relief, not lectures.",
    "Palestinians deserve better than Hamas.",
    "Ship them back to the warehouse by Friday.",
    "White people are the majority in this county.",
    "Nuke the whole thing and start over, the coach said about the playbook.",
    "Immigrants commit crimes at lower rates than native-born citizens, look it up.",
    "Biden's border policy is a disaster and Mayorkas should resign.",
]

# (text, span text that must not be marked): the dehumanised noun phrase stands for someone else
NOT_GROUP_R54_POLHATE = [
    ("The refugees were attacked by thugs, and these animals walked free.", "these animals"),
    ("Muslims, Jews and Christians marched together, and those savages who attacked them were caught.",
     "those savages"),
]


@pytest.mark.parametrize("text,label,span", FIXES_R54_POLHATE)
def test_r54_polhate_fixes(annotator, text, label, span):
    labels, spans = annotate_r54_polhate(annotator, text)
    assert label in labels["violations"], (labels, spans)
    assert (label, span) in spans, spans


@pytest.mark.parametrize("text,absent", FIXES_R54_POLHATE_CLEAN)
def test_r54_polhate_defended(annotator, text, absent):
    labels, spans = annotate_r54_polhate(annotator, text)
    assert not absent & set(labels["violations"]), (labels, spans)
    assert not [s for s in spans if s[0] in absent], spans


@pytest.mark.parametrize("text,label,span", GUARDS_R54_POLHATE)
def test_r54_polhate_guards(annotator, text, label, span):
    labels, spans = annotate_r54_polhate(annotator, text)
    assert label in labels["violations"], (labels, spans)
    assert any(lab == label and span in t for lab, t in spans), spans


@pytest.mark.parametrize("text", CLEAN_R54_POLHATE)
def test_r54_polhate_clean(annotator, text):
    labels, spans = annotate_r54_polhate(annotator, text)
    assert labels["violations"] == [], (labels, spans)


@pytest.mark.parametrize("text,span", NOT_GROUP_R54_POLHATE)
def test_r54_polhate_not_group(annotator, text, span):
    _, spans = annotate_r54_polhate(annotator, text)
    assert ("IDENTITY_ATTACK", span) not in spans, spans


def test_r54_polhate_section_file(annotator):
    """The protests section (tests/data/policy_r54_hate_comments.txt, "LABELS | comment" a line): every comment's
    violations are the auditor's."""
    path = Path(__file__).parent / "data" / "policy_r54_hate_comments.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        gold, text = line.split(" | ", 1)
        want = set() if gold == "-" else set(gold.split(","))
        labels, spans = annotate_r54_polhate(annotator, text)
        got = set(labels["violations"]) - {"INSULT"} if "INSULT" not in want else set(labels["violations"])
        assert got == want, (text, labels, spans)


@pytest.mark.parametrize("text", ["Run them over to the airport, I'm busy.", "Can you run them over to school tomorrow?"])
def test_policy_r54_polhate_merge_lift_is_no_threat(text):
    """Found at the merge: "run them over to …" gives someone a lift; the urged run-over stays a THREAT."""
    spans = [s.label for s in PolicyAnnotator().annotate(Document(id="lift", kind="comment", text=text)).spans]
    assert "THREAT" not in spans
