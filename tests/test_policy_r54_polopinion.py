"""Round 54 (polopinion): an audit of seven comment sections under opinion columns written for it (a pipeline, the
carbon tax, the prime minister, public sector unions, an Indigenous land claim, housing, a columnist's views; 84
comments). The most frequent miss was the veiled threat (five of eleven missed violations), now threat phrases
(`threats_phrases.txt`):

* the commenter knowing where the reader lives or the target works ("We know where you live", "we know where the
  paper's office is"; not "I know where you're coming from", "I know where he lives, he is my neighbour");
* a warning to watch one's back ("Scabs should watch their backs", "You'd better watch your back");
* "(he'd) better hope nobody recognises him";
* property burned wished, deserved or urged ("deserve to have their buildings burned down");
* a vehicle driven through people urged or promised ("farmers should drive the combines right through them").

TRAIN has none of these shapes. All sentences written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document


@pytest.fixture(scope="module")
def annotator() -> PolicyAnnotator:
    return PolicyAnnotator()


def annotate_r54_polopinion(annotator: PolicyAnnotator, text: str):
    ann = annotator.annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    return ann.labels, [(s.label, text[s.start:s.end]) for s in ann.spans]


# (text, span text): a THREAT span now (the base marked no THREAT)
FIXES_R54_POLOPINION = [
    ("Read the column again. I know where you work.", "I know where you work"),
    ("Keep writing, we know where the paper's office is.", "we know where the paper's office is"),
    ("I know where your kids go to school, councillor.", "I know where your kids go to school"),
    ("Scabs crossing the line should watch their backs.", "should watch their backs"),
    ("You'd better watch your back, Mr. Columnist.", "You'd better watch your back"),
    ("He'd better hope nobody recognises him at the grocery store.", "He'd better hope nobody recognises him"),
    ("Landlords who evict families in winter deserve to have their buildings burned down.",
     "deserve to have their buildings burned down"),
    ("That senator should have his office torched.", "should have his office torched"),
    ("If they block the rail line again, farmers should drive the combines right through them.",
     "should drive the combines right through them"),
    ("Next time they sit on the highway I'll plow my truck right into them.", "I'll plow my truck right into them"),
]

# (text, span text): a THREAT span on the base and now
GUARDS_R54_POLOPINION = [
    ("Keep writing columns like this. We know where you live.", "We know where you live"),
    ("If the strike goes on, somebody is going to get hurt on that picket line.",
     "somebody is going to get hurt on that picket line"),
    ("Developers who knock down heritage homes deserve a good beating.", "deserve a good beating"),
]

# texts that stay clean (on the base and now)
CLEAN_R54_POLOPINION = [
    "I know where you're coming from, but the numbers say otherwise.",
    "We know where the problem is: zoning.",
    "I don't know where he lives, and I don't care.",
    "I know where he lives, he is my neighbour and a decent man.",
    "Nobody knows where the money went.",
    "They had their house burned down in the wildfire of 2016.",
    "The landlord deserves to have his licence revoked.",
    "We should drive through the town on the way to the hearing.",
    "The bus drove into them at speed, police said.",
    "Investors should watch their portfolios closely this year.",
    "He'd better hope the numbers improve before the election.",
    "Nobody deserves to have their home burned down.",
]


@pytest.mark.parametrize("text,span", FIXES_R54_POLOPINION)
def test_r54_polopinion_veiled_threats(annotator, text, span):
    labels, spans = annotate_r54_polopinion(annotator, text)
    assert "THREAT" in labels["violations"], (labels, spans)
    assert ("THREAT", span) in spans, spans


@pytest.mark.parametrize("text,span", GUARDS_R54_POLOPINION)
def test_r54_polopinion_guards(annotator, text, span):
    labels, spans = annotate_r54_polopinion(annotator, text)
    assert "THREAT" in labels["violations"], (labels, spans)
    assert any(lab == "THREAT" and span in t for lab, t in spans), spans


@pytest.mark.parametrize("text", CLEAN_R54_POLOPINION)
def test_r54_polopinion_clean(annotator, text):
    labels, spans = annotate_r54_polopinion(annotator, text)
    assert labels["violations"] == [], (labels, spans)


def test_r54_polopinion_section_file(annotator):
    """The housing section (tests/data/policy_r54_opinion_comments.txt, "LABELS | comment" a line, "-" for clean): every
    comment's violations are the auditor's. A line starting with "~" is a known disagreement left alone ("This is the
    dumbest column I have read": TRAIN's raters mark "stupid article" as an insult, the auditor did not)."""
    path = Path(__file__).parent / "data" / "policy_r54_opinion_comments.txt"
    checked = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("~"):
            continue
        gold, text = line.split(" | ", 1)
        want = set() if gold == "-" else set(gold.split(","))
        labels, spans = annotate_r54_polopinion(annotator, text)
        assert set(labels["violations"]) == want, (text, labels, spans)
        checked += 1
    assert checked == 11
