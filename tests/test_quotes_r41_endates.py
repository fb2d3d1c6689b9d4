"""Round 41 (endates): English adjuncts between a cue and its "that".

Sentences written for these tests in the style of police briefings, health-unit notices and court reports. A weekday's
date after a comma ("said at a news conference on Thursday, April 9 that …") reported nothing; so did a court's vote
tally written with an en dash ("ruled 2–1 that …", as "2-1" already worked) and a plea on an addressee with "to be"
after "implored"/"encouraged" ("implored residents to be extra careful", as "urged … to be" already worked).
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "en"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                    text[cue.start:cue.end] if cue is not None else None))
    return sorted(out)


def _has(text, expected):
    got = _quotes(text)
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert (t, lab) in by_text, got
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


def _lacks(text, texts):
    got = _quotes(text)
    for t in texts:
        assert all(g[0] != t for g in got), got


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday's date after a comma before "that" (nothing was reported)
    ("The police chief said during a news conference on Thursday, April 9 that two suspects were in custody.",
     [("two suspects were in custody", IND, "police chief", "said")]),
    ("The health officer said in an interview on Sunday, May 3 that the outbreak had peaked.",
     [("the outbreak had peaked", IND, "health officer", "said")]),
    ("The prosecutor told reporters on Monday, March 2, 2020 that charges would follow.",
     [("charges would follow", IND, "prosecutor", "told")]),
    ("The coroner said Friday, Aug. 14 that the death was accidental.",
     [("the death was accidental", IND, "coroner", "said")]),
    # a court's tally with an en dash (nothing was reported)
    ("A federal appeals court ruled 2–1 that the county had violated the inmates' rights.",
     [("the county had violated the inmates' rights", IND, "federal appeals court", "ruled")]),
    ("The state Supreme Court ruled 4–3 on Friday that the map was unconstitutional.",
     [("the map was unconstitutional", IND, "Supreme Court", "ruled")]),
    # a plea with "to be" after "implored"/"encouraged" (nothing was reported)
    ("The fire chief implored residents to be extra careful with candles over the holidays.",
     [("to be extra careful with candles over the holidays", IND, "fire chief", "implored")]),
    ("Dr. Patel encouraged parents to be vigilant about fever in young children.",
     [("to be vigilant about fever in young children", IND, "Patel", "encouraged")]),
])
def test_r41_endates_found(text, expected):
    _has(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: shapes that worked before and must stay
    ("The court ruled 2-1 that the city had violated the tenants' rights.",
     [("the city had violated the tenants' rights", IND, "court", "ruled")]),
    ("The mayor said on Thursday that the road would reopen.",
     [("the road would reopen", IND, "mayor", "said")]),
    ("The health unit urged residents to be patient.",
     [("to be patient", IND, "health unit", "urged")]),
])
def test_r41_endates_guards(text, expected):
    _has(text, expected)


@pytest.mark.parametrize(("text", "absent"), [
    # guards: no speech
    ("The home side won 2–1 that night.", ["that night"]),
    ("The spokesman said Thursday, April 9 was the last day to apply.", ["April 9 was the last day to apply"]),
    ("Low rates encouraged buyers to be bolder.", ["to be bolder"]),
])
def test_r41_endates_no_report(text, absent):
    _lacks(text, absent)
