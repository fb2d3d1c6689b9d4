"""Round 41 (enplaces): places between commas inside a subject or its apposition before a cue (English).

- A Canadian province or territory (also its Canadian Press abbreviation: "B.C.", "Ont.", "N.B.", "P.E.I."), an
  Australian state ("WA", "Queensland"), a British nation or county ("West Yorkshire", "Kent") or a country ("Kyiv,
  Ukraine") after its city and a comma is the city's, like a US state (round 41, enacts4): no name in apposition (the
  speaker was the region, or an abbreviation hid the cue's subject and nothing was reported). yaml `city_regions`,
  joined with `us_states` in Lexicon.city_regions; quote_speakers._en_city_state.
- An abbreviation may follow a city that is a region itself ("Victoria, B.C.", "Washington, D.C."); a full name may
  not ("Germany, France, Italy and Spain said" stays a list).
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


def _assert_exact(text, expected):
    """Exactly the expected quotes: (text, label, canonical speaker, cue text)."""
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # a Canadian province's abbreviation after the city (nothing was reported)
    ("RCMP in Nanaimo, B.C., said the hiker was found alive early Sunday.",
     [("the hiker was found alive early Sunday", IND, "RCMP in Nanaimo", "said")]),
    ("Pelletier, 41, of Dieppe, N.B., told the judge he had not been drinking that night.",
     [("he had not been drinking that night", IND, "Pelletier", "told")]),
    ("The woman, 29, of Oshawa, Ont., told investigators that she had lent the car to a friend.",
     [("she had lent the car to a friend", IND, "woman", "told")]),
    ("The town of Cobourg, Ont., told residents that the beach would stay closed.",
     [("the beach would stay closed", IND, "town of Cobourg", "told")]),
    ('"We are heartbroken," police in Truro, N.S., said in a statement on Monday.',
     [("We are heartbroken,", DIR, "police in Truro", "said")]),
    ("Firefighters in Summerside, P.E.I., said the blaze started in the kitchen.",
     [("the blaze started in the kitchen", IND, "Firefighters in Summerside", "said")]),
    ("Officials in Yellowknife, N.W.T., said the evacuation order would stay in place.",
     [("the evacuation order would stay in place", IND, "Officials in Yellowknife", "said")]),
    # a city that is a region itself before an abbreviation
    ("Police in Victoria, B.C., said two men were arrested after the robbery.",
     [("two men were arrested after the robbery", IND, "Police in Victoria", "said")]),
    ("Officials in Washington, D.C., said the parade route would be closed all day.",
     [("the parade route would be closed all day", IND, "Officials in Washington", "said")]),
    # a full province, county, state or country name (the speaker was the region)
    ("Officials in Kharkiv, Ukraine, said the strike hit an apartment block.",
     [("the strike hit an apartment block", IND, "Officials in Kharkiv", "said")]),
    ("A spokeswoman in Lyon, France, said the factory would reopen next week.",
     [("the factory would reopen next week", IND, "spokeswoman in Lyon", "said")]),
    ("Police in Bradford, West Yorkshire, said the boy had been taken to hospital.",
     [("the boy had been taken to hospital", IND, "Police in Bradford", "said")]),
    ("A spokesman for the shire in Broome, WA, said the road would reopen on Friday.",
     [("the road would reopen on Friday", IND, "spokesman for the shire in Broome", "said")]),
    ("Paramedics in Cairns, Queensland, said the swimmer was in a stable condition.",
     [("the swimmer was in a stable condition", IND, "Paramedics in Cairns", "said")]),
    ("The company, based in Mississauga, Ontario, said it would cut 300 jobs.",
     [("it would cut 300 jobs", IND, "company", "said")]),
    # a person's hometown with a province abbreviation (nothing was reported)
    ("Mark Jones, of Toronto, Ont., said the decision was wrong.",
     [("the decision was wrong", IND, "Mark Jones", "said")]),
])
def test_r41_enplaces_region_fixes(text, expected):
    _assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a list of countries or states stays the subject
    ("Germany, France, Italy and Spain said they would back the plan.",
     [("they would back the plan", IND, "Germany, France, Italy and Spain", "said")]),
    ("Officials in Texas, Oklahoma and Kansas said the storms had caused widespread damage.",
     [("the storms had caused widespread damage", IND, "Officials in Texas, Oklahoma and Kansas", "said")]),
    # a name in apposition after a place stays the speaker
    ("The mayor of Halifax, Mike Savage, said the city would add more buses.",
     [("the city would add more buses", IND, "Mike Savage", "said")]),
    # a US state after its city: as before
    ("Police in Reno, Nev., said the driver fled.",
     [("the driver fled", IND, "Police in Reno", "said")]),
])
def test_r41_enplaces_guards(text, expected):
    _assert_exact(text, expected)
