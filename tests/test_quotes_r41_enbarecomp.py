"""Round 41 (enbarecomp): English bare complements with a time phrase or a fronted adjunct, and attribution mediums.

Sentences written for these tests in the style of wire business copy, central-bank and statistics-agency releases,
Ontario police and health-unit pages. A time phrase after the content's subject ("said inflation last month likely
settled …", "said revenue last quarter fell …") reported nothing; so did an event phrase fronted in the content after a
bare "say" ("Police say during the arrest, the man …", "The agency says outside of 2020, growth …") and a request with
"to be" ("is urging people to be kind"); a fronted medium before an interrupting attribution ("In a statement, the
commissioner says, protesters have …") was reported as the first part of the content.
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
    # a time phrase after a singular subject, maybe a hedge adverb, then a past verb (nothing was reported)
    ("The central bank said inflation last month likely eased to between 3.9 and 4.6 percent.",
     [("inflation last month likely eased to between 3.9 and 4.6 percent", IND, "central bank", "said")]),
    ("The chipmaker said net income last quarter dropped 9 percent.",
     [("net income last quarter dropped 9 percent", IND, "chipmaker", "said")]),
    ("The lender said demand last month also weakened across the region.",
     [("demand last month also weakened across the region", IND, "lender", "said")]),
    ("The statistics bureau says unemployment this year probably peaked in February.",
     [("unemployment this year probably peaked in February", IND, "statistics bureau", "says")]),
    # an event phrase fronted in the content after a bare "say" (nothing was reported)
    ("Police say during the struggle, the suspect struck an officer in the face.",
     [("during the struggle, the suspect struck an officer in the face", IND, "Police", "say")]),
    ("The agency says outside of the pandemic years, household spending in 2023 rose at its slowest pace in a decade.",
     [("outside of the pandemic years, household spending in 2023 rose at its slowest pace in a decade", IND,
       "agency", "says")]),
    # a request with "to be" (nothing was reported)
    ("Dr. Lee is urging residents to be patient as the clinics fill up.",
     [("to be patient as the clinics fill up", IND, "Lee", "urging")]),
    ("The health unit urged parents to be on the lookout for symptoms.",
     [("to be on the lookout for symptoms", IND, "health unit", "urged")]),
])
def test_r41_enbarecomp_found(text, expected):
    _has(text, expected)


@pytest.mark.parametrize(("text", "absent", "expected"), [
    # a fronted medium is the attribution's, not the content's first part
    ("In a statement, Deputy Chief Mark Ruddy says, demonstrators were warned twice to leave the bridge.",
     ["In a statement"],
     [("demonstrators were warned twice to leave the bridge", IND, "Mark Ruddy", "says")]),
    ("In an email, the commissioner says, officers will remain at the site overnight.",
     ["In an email"],
     [("officers will remain at the site overnight", IND, "commissioner", "says")]),
])
def test_r41_enbarecomp_medium(text, absent, expected):
    _lacks(text, absent)
    _has(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: shapes that worked before and must stay
    ("The ministry said prices this year would rise by about 3 percent.",
     [("prices this year would rise by about 3 percent", IND, "ministry", "said")]),
    ("Police said during the search that officers found a loaded handgun.",
     [("officers found a loaded handgun", IND, "Police", "said")]),
    ("At one point, the witness said, the man began running toward the car.",
     [("At one point", IND, "witness", "said"), ("the man began running toward the car", IND, "witness", "said")]),
    ("In a statement, the mayor said the city will appeal the ruling.",
     [("the city will appeal the ruling", IND, "mayor", "said")]),
])
def test_r41_enbarecomp_guards(text, expected):
    _has(text, expected)


@pytest.mark.parametrize(("text", "absent"), [
    # guards: a medium or a time after a bare "said" opens no content; "said goodbye" stays an object
    ("The premier said during a news conference, \"We are not there yet.\"",
     ["during a news conference, \"We are not there yet.\""]),
    ("The coach said goodbye last week ended a long chapter.", ["goodbye last week ended a long chapter"]),
    ("She said during the meeting.", ["during the meeting"]),
])
def test_r41_enbarecomp_no_report(text, absent):
    _lacks(text, absent)
