"""Round 41 (encanada): Canadian and British police ranks written short before a name in general news.

Sentences written for these tests in the style of CBC, CTV, Global News and Winnipeg Sun police copy. "Const.",
"Cst.", "Cpl." and "Coun." were no known abbreviations, so "said police spokesperson Const. Jay Murray." ended the
sentence at "Const." and gave the speaker "Const"; a titled name as the only "content" after "says" without a comma is
no report.
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


def _assert(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # "Const." after the cue (was the speaker "Const")
    ("\"We are asking anyone with dashcam footage to come forward,\" said Const. Dana Kowalski.",
     [("We are asking anyone with dashcam footage to come forward,", DIR, "Dana Kowalski", "said")]),
    ("\"There is no risk to the public at this time,\" said police spokesperson Const. Marc Belanger.",
     [("There is no risk to the public at this time,", DIR, "Marc Belanger", "said")]),
    ("\"The school was placed in hold and secure,\" said Const. Priya Sandhu on Tuesday.",
     [("The school was placed in hold and secure,", DIR, "Priya Sandhu", "said")]),
    ("The highway will stay closed overnight, says Const. Owen Fraser.",
     [("The highway will stay closed overnight", IND, "Owen Fraser", "says")]),
    # two ranks written short (was "Det Const")
    ("\"We need the driver of that car to call us,\" said Det. Const. Lisa Moreau.",
     [("We need the driver of that car to call us,", DIR, "Lisa Moreau", "said")]),
    # "Cpl." with an apposition after the name (was "Cpl")
    ("\"The driver fled on foot into a wooded area,\" said Cpl. Tom Arsenault, a spokesperson for the Nova Scotia RCMP.",
     [("The driver fled on foot into a wooded area,", DIR, "Tom Arsenault", "said")]),
    ("\"The investigation is still in its early stages,\" said Cpl. Erin Duguay, RCMP spokesperson, in a news release.",
     [("The investigation is still in its early stages,", DIR, "Erin Duguay", "said")]),
    # "Cst." (was "Cst")
    ("\"Nobody was seriously hurt,\" said Cst. Ian Tremblay of the Saskatoon police.",
     [("Nobody was seriously hurt,", DIR, "Ian Tremblay", "said")]),
    # a councillor's "Coun." (was "Coun")
    ("\"This is a terrible day for the neighbourhood,\" said Coun. Rachel Okafor.",
     [("This is a terrible day for the neighbourhood,", DIR, "Rachel Okafor", "said")]),
    # a later surname resolves to the full name
    ("\"We are pulling in resources from every unit,\" said police spokesperson Const. Rob Haldane. \"Everyone is "
     "feeling the strain.\"",
     [("We are pulling in resources from every unit,", DIR, "Rob Haldane", "said"),
      ("Everyone is feeling the strain.", DIR, "Rob Haldane", None)]),
    # a titled name after "says" without a comma is no content (was "Cpl. Jesse Tran", spoken by "the arrests")
    ("The tactical team is in the area to help with the arrests says Cpl. Jesse Tran.", []),
    ("Officers were called to the home shortly after midnight says Sgt. Paula Reyes.", []),
])
def test_r41_encanada_police_ranks(text, expected):
    _assert(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # ranks that were known before stay as they were
    ("\"It was a tragic collision,\" said Staff Sgt. Mike Hillier.",
     [("It was a tragic collision,", DIR, "Mike Hillier", "said")]),
    ("\"We are not looking for other suspects,\" said Supt. Jim Fordyce.",
     [("We are not looking for other suspects,", DIR, "Jim Fordyce", "said")]),
    ("\"There were five people in the car,\" said Det. Sgt. Paul Kingsley.",
     [("There were five people in the car,", DIR, "Paul Kingsley", "said")]),
    ("\"The province needs to step up,\" said MPP Jill Anderson.",
     [("The province needs to step up,", DIR, "Jill Anderson", "said")]),
    # a sentence that ends in a province's abbreviation still ends there
    ("The family lives in Sudbury, Ont. Police said the boy was found safe.",
     [("the boy was found safe", IND, "Police", "said")]),
    # a company's "Corp." stays a company's
    ("Acme Corp. said the plant would close in June.",
     [("the plant would close in June", IND, "Acme Corp", "said")]),
    # a name's content after "says" with a verb stays a report
    ("The chief says Sgt. Paula Reyes will lead the investigation.",
     [("Sgt. Paula Reyes will lead the investigation", IND, "chief", "says")]),
])
def test_r41_encanada_guards(text, expected):
    _assert(text, expected)
