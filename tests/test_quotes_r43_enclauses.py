"""Round 43 (helper enclauses): English report boundaries in disaster and police news. Sentences written for these
tests in the style of wire and local news pages (not copied from them)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
        cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                    None if sp is None else text[sp.start : sp.end], None if cue is None else text[cue.start : cue.end]))
    return sorted(out)


def assert_exact(text, expected):
    """Exactly these quotes (text, label), each with its speaker name, SPEAKER span and CUE span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert by_text[(t, lab)] == rest, (t, by_text[(t, lab)])


# fixes: each row fails against the frozen tree (d2b2cf4)
@pytest.mark.parametrize(("text", "expected"), [
    # 1. a trailing as-clause with a directive (addressee + infinitive) reports the infinitive, not the clause before
    ("Hundreds of families left the valley on Saturday, as Fresno County Sheriff Dana Morales warned residents not to "
     "defy evacuation orders.",
     [("not to defy evacuation orders", IND, "Dana Morales", "Fresno County Sheriff Dana Morales", "warned")]),
    ("The river rose another two feet overnight, as Mayor Tom Brandt urged homeowners to stay away from "
     "the levees.",
     [("to stay away from the levees", IND, "Tom Brandt", "Mayor Tom Brandt", "urged")]),
    ("Smoke covered the city for a third day, as health officials told parents to keep children indoors.",
     [("to keep children indoors", IND, "health officials", "health officials", "told")]),
    # 2. a number with "more than" in the addressee of a directive
    ("The storm churned toward the coast on Wednesday as officials warned the more than 2 million people in its path "
     "to leave.",
     [("to leave", IND, "officials", "officials", "warned")]),
    ("County officials urged more than 4,000 residents to boil their tap water.",
     [("to boil their tap water", IND, "County officials", "County officials", "urged")]),
    # 3. the progressive "are warning" with its addressee is a verb, not the noun "warning"
    ("Sheriff's deputies are warning residents that the scammers may use the department's phone number.",
     [("the scammers may use the department's phone number", IND, "Sheriff's deputies", "Sheriff's deputies",
       "warning")]),
    ("State officials were warning drivers that the mountain passes would close by noon.",
     [("the mountain passes would close by noon", IND, "State officials", "State officials", "warning")]),
    # ... and before "of"/"about" and a quotation: the quotation's cue (not a later verb's, not none)
    ('Emergency managers are warning residents about "life-threatening flash flooding" and are urging those near '
     'creeks to leave.',
     [("life-threatening flash flooding", DIR, "Emergency managers", "Emergency managers", "warning"),
      ("to leave", IND, "Emergency managers", "Emergency managers", "urging")]),
    ('The weather service is warning of "a prolonged and dangerous heat wave" across the region.',
     [("a prolonged and dangerous heat wave", DIR, "weather service", "The weather service", "warning")]),
])
def test_r43_enclauses_fixes(text, expected):
    assert_exact(text, expected)


# guards: things that stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    # a trailing as-clause without a directive still reports the clause before the comma
    ("The bridge will stay closed until Friday, as the county engineer warned on Monday.",
     [("The bridge will stay closed until Friday", IND, "county engineer", "the county engineer", "warned")]),
    # "told" a story, not an addressee with an infinitive: as before
    ("The water kept rising, as the mayor told reporters at a briefing.",
     [("The water kept rising", IND, "mayor", "the mayor", "told")]),
    # a noun "warning" after "is": no cue
    ("The main concern is warning fatigue among residents.", []),
    # "warned X about" with a quotation, as before
    ('The mayor warned residents about "a dangerous night ahead".',
     [("a dangerous night ahead", DIR, "mayor", "The mayor", "warned")]),
    # "are warning" before "that" without an addressee, as before
    ("Forecasters are warning that the storm could strengthen overnight.",
     [("the storm could strengthen overnight", IND, "Forecasters", "Forecasters", "warning")]),
])
def test_r43_enclauses_guards(text, expected):
    assert_exact(text, expected)
