"""Round 42 (enlocal): English local and regional US news (sentences written for these tests).

- A local TV station named by its channel number ("told 11 News", "told 13 Investigates", "told 5 On Your Side") is the
  cue's addressee: a trailing "…, Fire Chief X told 11 News." reported nothing, and a fronted "told 11 News the …" put
  "News" into the content.
- The station as a source keeps its number ("11 News reported …" was "News", and a trailing "…, 11 News reported." ran
  into the content).
- An everyday role capitalised before a full name ("Neighbor Teddy Alafogiannis", "Homeowner Jo Pike") is no part of the
  name, also when the lists lack the first name.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start : cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected quotes: (text, label, canonical speaker, cue text)."""
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # a trailing attribution to a station with its channel number (nothing was reported)
    ("The boy was listed in stable condition at the hospital, Harford County Assistant Fire Chief Dana Reese told 11 News.",
     [("The boy was listed in stable condition at the hospital", IND, "Dana Reese", "told")]),
    ("The middle school will stay closed through Friday, Superintendent Karen Hill told 13 Investigates.",
     [("The middle school will stay closed through Friday", IND, "Karen Hill", "told")]),
    ("The crash closed both lanes of Route 40 for three hours, a state police spokesman told 2 News.",
     [("The crash closed both lanes of Route 40 for three hours", IND, "state police spokesman", "told")]),
    ("Water service should be back by the weekend, Public Works Director Alan Burke told 5 On Your Side.",
     [("Water service should be back by the weekend", IND, "Alan Burke", "told")]),
    # a fronted one: the content began at "News"
    ("Police Chief Ray Dunn told 11 News the suspect had been released on bond.",
     [("the suspect had been released on bond", IND, "Ray Dunn", "told")]),
])
def test_r42_enlocal_station_addressee(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the station as the source keeps its number (was "News"; the trailing one ran into the content)
    ("11 News reported that the council had delayed the vote on the new fire station.",
     [("the council had delayed the vote on the new fire station", IND, "11 News", "reported")]),
    ("The council had delayed the vote on the new fire station, 13 Investigates reported.",
     [("The council had delayed the vote on the new fire station", IND, "13 Investigates", "reported")]),
    ("Two people were taken to the hospital after the crash on Elm Street, according to 7 News.",
     [("Two people were taken to the hospital after the crash on Elm Street", IND, "7 News", "according to")]),
])
def test_r42_enlocal_station_source(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an everyday role before a full name with a first name the lists lack (the role stayed in the name)
    ("Neighbor Teddy Alafogiannis said he heard a loud bang just after midnight.",
     [("he heard a loud bang just after midnight", IND, "Teddy Alafogiannis", "said")]),
    ("Neighbor Teddy Alafogiannis, 34, ran across the street to help. \"I just grabbed a ladder,\" said Alafogiannis.",
     [("I just grabbed a ladder,", DIR, "Teddy Alafogiannis", "said")]),
    ("Homeowner Jo Pike said the water reached the second step of her porch.",
     [("the water reached the second step of her porch", IND, "Jo Pike", "said")]),
    ("Witness Dov Amsel told officers he saw the driver run toward the river.",
     [("he saw the driver run toward the river", IND, "Dov Amsel", "told")]),
])
def test_r42_enlocal_role_before_name(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # channel names with the number after them, and counts before a plural addressee: as before
    ("The bridge will reopen in May, Mayor Lisa Grant told NBC 4.",
     [("The bridge will reopen in May", IND, "Lisa Grant", "told")]),
    ("The school will stay closed Friday, Karen Hill told Channel 3.",
     [("The school will stay closed Friday", IND, "Karen Hill", "told")]),
    ("The mayor told 3 reporters the plan was dead on arrival.",
     [("the plan was dead on arrival", IND, "mayor", "told")]),
    # local offices, ages and hometowns, residents at a meeting: as before
    ("\"We have to fix these roads before winter,\" said Tom Reed, 54, of Dayton.",
     [("We have to fix these roads before winter,", DIR, "Tom Reed", "said")]),
    ("Ward 3 Alderman James Kowalski said the vote on the rezoning was premature.",
     [("the vote on the rezoning was premature", IND, "James Kowalski", "said")]),
    ("Board of Education President Linda Park said the board would revisit the policy in March.",
     [("the board would revisit the policy in March", IND, "Linda Park", "said")]),
    ("One resident told the council that the traffic on Elm Street was dangerous.",
     [("the traffic on Elm Street was dangerous", IND, "One resident", "told")]),
    ("Resident Carla Diaz told the council the crosswalk near the school was unsafe.",
     [("the crosswalk near the school was unsafe", IND, "Carla Diaz", "told")]),
    ("The Parent Teacher Association said the fundraiser raised $12,000.",
     [("the fundraiser raised $12,000", IND, "Parent Teacher Association", "said")]),
])
def test_r42_enlocal_guards(text, expected):
    assert_exact(text, expected)
