"""Round 41 (enoffices): English local and health news that names speakers by their office.

Sentences written for these tests in the style of Ontario and B.C. health-unit, weather, police and British
parliament copy. A lower-case office before "Dr." and a name, or after the name with a place's possessive or an
"of" complement ("chief medical officer of health"), was no title of the person's, so a later "the chief medical officer
of health said" named no one; an MP's description named no one; "According to X, chief meteorologist for Y, …" opened
the content at the title; "said in an effort to …, the province has …" and "said in that case, …" reported nothing or
began at the noun; a reduced passive relative ("Fake officers reported to be stopping drivers …") reported the whole
sentence; a long relative clause on the subject gave its agent as the speaker; "is now advising that …" and "is
reminding residents that …" reported nothing.
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
    # a lower-case office before "Dr." and the name (the later description was no one's)
    ("Ontario's chief medical officer of health Dr. Karen Ellis said case counts are levelling off. Later, the chief "
     "medical officer of health said schools would stay open.",
     [("case counts are levelling off", IND, "Karen Ellis", "said"),
      ("schools would stay open", IND, "Karen Ellis", "said")]),
    # the office after the name, with a place's possessive and an "of" complement
    ("Dr. Marcus Lin, Halton's medical officer of health, said the outbreak is contained. \"We are cautiously "
     "optimistic,\" the medical officer of health said.",
     [("the outbreak is contained", IND, "Marcus Lin", "said"),
      ("We are cautiously optimistic,", DIR, "Marcus Lin", "said")]),
    ("Dr. Priya Nair, the associate medical officer of health, said testing will expand next week. The associate "
     "medical officer of health said clinics would open on weekends.",
     [("testing will expand next week", IND, "Priya Nair", "said"),
      ("clinics would open on weekends", IND, "Priya Nair", "said")]),
    # a meteorologist's office after the name
    ("Emily Carter, chief meteorologist for CityNews, said the storm will stall over the lake. The chief meteorologist "
     "said the snow would ease by Sunday.",
     [("the storm will stall over the lake", IND, "Emily Carter", "said"),
      ("the snow would ease by Sunday", IND, "Emily Carter", "said")]),
    # an MP described by the seat (was "Stockport MP")
    ("MP Daniel Hughes has been suspended from the party. The Stockport MP said he was shocked by the decision.",
     [("he was shocked by the decision", IND, "Daniel Hughes", "said")]),
])
def test_r41_enoffices_office_descriptions(text, expected):
    _assert(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "According to X, <office>, …": the content opens after the office (it opened at the office)
    ("According to Tom Baxter, chief meteorologist for Weather Now, the cold snap will last into next week.",
     [("the cold snap will last into next week", IND, "Tom Baxter", "According to")]),
    ("According to Dr. Alisha Grant, Ottawa's medical officer of health, hospital admissions have doubled.",
     [("hospital admissions have doubled", IND, "Alisha Grant", "According to")]),
    # "said in <frame>, <clause>": the frame is the content's (nothing was reported, or it began at the noun)
    ("Dr. Grant said in an effort to find the source of the outbreak, the health unit has tested every resident.",
     [("in an effort to find the source of the outbreak, the health unit has tested every resident", IND, "Grant",
       "said")]),
    ("Police said in that case, the suspect approached the driver with a flashlight.",
     [("in that case, the suspect approached the driver with a flashlight", IND, "Police", "said")]),
    ("The minister said in the meantime, schools will stay open.",
     [("in the meantime, schools will stay open", IND, "minister", "said")]),
    # a reduced passive relative is no report (the whole sentence was the subject's)
    ("Fake officers reported to be stopping drivers on the highway turned out to be real Mounties.", []),
    ("A driver reported to have been speeding crashed into a hydro pole on Friday night.", []),
    # a long relative clause on the subject (the speaker was its agent, "the party")
    ("A Conservative MP who was suspended by the party over the vote on the housing bill has told LBC that the whip "
     "was unfair.",
     [("the whip was unfair", IND, "Conservative MP", "told")]),
    # a weather alert is a product, as an advisory (the whole sentence was the agency's report)
    ("Environment Canada has issued a snowfall warning for the Ottawa area.", []),
    ("The weather office issued a severe thunderstorm warning for the county on Tuesday afternoon.", []),
    # progressive reports (nothing was reported)
    ("Dr. Grant is now advising that residents wear masks in crowded places.",
     [("residents wear masks in crowded places", IND, "Grant", "advising")]),
    ("The health unit is reminding residents that flu shots are free this year.",
     [("flu shots are free this year", IND, "health unit", "reminding")]),
])
def test_r41_enoffices_content(text, expected):
    _assert(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a medium after "said in" stays the saying's
    ("Police said in a news release the driver was taken to hospital.",
     [("the driver was taken to hospital", IND, "Police", "said")]),
    ("The mayor said in an interview that the plan would go ahead.",
     [("the plan would go ahead", IND, "mayor", "said")]),
    # a passive with its auxiliary, and an active report, stay as they were
    ("The man was reported to be in stable condition.", []),
    ("Residents reported seeing smoke near the plant.",
     [("Residents reported seeing smoke near the plant", IND, "Residents", "reported")]),
    # an apposition with its article, and a titled office, were right before
    ("According to Const. Jay Murray, a spokesperson for Toronto police, the man was arrested on Sunday.",
     [("the man was arrested on Sunday", IND, "Jay Murray", "According to")]),
    ("Health Minister Christine Elliott said cases are rising. Later, the health minister said people should stay home.",
     [("cases are rising", IND, "Christine Elliott", "said"),
      ("people should stay home", IND, "Christine Elliott", "said")]),
    # two MPs named before: the description names neither
    ("MP Daniel Hughes met MP Laura Price on Monday. The Stockport MP said the meeting went well.",
     [("the meeting went well", IND, "Stockport MP", "said")]),
    # a warning of a person stays an act
    ("Police issued a stern warning to drivers after the crash.",
     [("Police issued a stern warning to drivers after the crash", IND, "Police", "issued")]),
    # a reminder without an addressee and "that" is no report
    ("The sign was reminding drivers of the speed limit.", []),
    # a short relative clause was right before
    ("A woman who lives near the site told CBC News she heard a loud bang.",
     [("she heard a loud bang", IND, "woman", "told")]),
])
def test_r41_enoffices_guards(text, expected):
    _assert(text, expected)
