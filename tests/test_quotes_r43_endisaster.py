"""Round 43 (endisaster): English weather, disaster and emergency news; sentences written for these tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for q in ann.spans:
        if q.label not in (IND, DIR):
            continue
        cue = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "cue"), None)
        speaker = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "said_by"), None)
        out.append((q.text, q.label, q.attrs.get("speaker"), speaker, cue))
    return sorted(out)


@pytest.mark.parametrize("text,expected", [
    # fixes: a time in another zone in brackets after "a.m."/"p.m." ends no sentence
    ("The quake struck at 2:05 a.m. (0905 GMT) about 40 miles off the coast, the agency said.",
     [("The quake struck at 2:05 a.m. (0905 GMT) about 40 miles off the coast", IND, "agency", "the agency", "said")]),
    ("A twister touched down at 4:10 p.m. (local time) near the elementary school, officials said.",
     [("A twister touched down at 4:10 p.m. (local time) near the elementary school", IND, "officials", "officials",
       "said")]),
    ("The first tremor was felt at 11:47 a.m. (1647 GMT), the seismology center said.",
     [("The first tremor was felt at 11:47 a.m. (1647 GMT)", IND, "seismology center", "the seismology center",
       "said")]),
    # fixes: a press event after "at" between the subject and its verb is no part of the speaker
    ("County officials at an evening news conference said 14 people were still missing.",
     [("14 people were still missing", IND, "County officials", "County officials", "said")]),
    ("Fire Chief Dana Ortiz at a morning briefing said crews had gained ground on the blaze.",
     [("crews had gained ground on the blaze", IND, "Dana Ortiz", "Fire Chief Dana Ortiz", "said")]),
    ("Sheriff Tom Reyes at the news conference on Monday said the search would go on through the night.",
     [("the search would go on through the night", IND, "Tom Reyes", "Sheriff Tom Reyes", "said")]),
])
def test_r43_endisaster_fixes(text, expected):
    assert _got(text) == expected


@pytest.mark.parametrize("text,expected", [
    # guards: people at a place keep the place; "a.m." before a new sentence in brackets still ends one
    ("Doctors at the county hospital said the boy was in stable condition.",
     [("the boy was in stable condition", IND, "Doctors at the county hospital", "Doctors at the county hospital",
       "said")]),
    ("The shelter closed at 5 p.m. (Volunteers stayed on.) Officials said the roads were open again.",
     [("the roads were open again", IND, "Officials", "Officials", "said")]),
    ("The storm made landfall at 7 a.m. Tuesday, the National Hurricane Center said.",
     [("The storm made landfall at 7 a.m. Tuesday", IND, "National Hurricane Center", "the National Hurricane Center",
       "said")]),
    ('"It came out of nowhere," said Maria Delgado, 54, of Paradise.',
     [("It came out of nowhere,", DIR, "Maria Delgado", "Maria Delgado", "said")]),
    ("The death toll rose to 23, the county coroner's office said.",
     [("The death toll rose to 23", IND, "county coroner's office", "the county coroner's office", "said")]),
])
def test_r43_endisaster_guards(text, expected):
    assert _got(text) == expected
