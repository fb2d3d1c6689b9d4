"""Quote pre-annotator, round 38 (helper enspk): English speaker names on South Asian and business wire copy.

Sentences written for these tests (names invented), in the style of Pakistani, Bangladeshi and business wire pages: a
time word glued between a name and its verb ("…, Orbis Corp late said", "Rafiqul Islam Sunday said"), a minister's
title with its portfolio before a name the first-name lists do not know ("Federal Minister for Information and
Broadcasting Zahid Mehmood said" gave the whole title, and a later "Mehmood said" gave "Broadcasting Zahid Mehmood"),
and "he" after a report by a document ("…, said a press release. He stressed …" gave "press release").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "en"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def _speakers(text: str) -> list[str | None]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "en"})
    ann = QuoteAnnotator().annotate(doc)
    return [(s.attrs or {}).get("speaker") for s in sorted(ann.spans, key=lambda s: s.start) if s.label in (IND, DIR)]


@pytest.mark.parametrize(("text", "speakers"), [
    # a time word between the name and its verb is no part of the name
    ("The acquisition is expected to close before the end of March, Orbis Corp late said.", ["Orbis Corp"]),
    ("Quarterly output fell by nearly a fifth, the ministry late Friday said.", ["ministry"]),
    # a weekday glued to a full name before its verb keeps the name for a later surname or pronoun
    ("Minister for Planning Rafiqul Islam Sunday held talks with the donors. Islam said the funds would arrive in May.",
     ["Rafiqul Islam"]),
    # a minister's portfolio before a name the lists do not know is the title, not the speaker
    ("Federal Minister for Information and Broadcasting Zahid Mehmood said the ban would be lifted.", ["Zahid Mehmood"]),
    ("Federal Minister for Information and Broadcasting Zahid Mehmood said the ban would be lifted. Mehmood said "
     "the decision was final.", ["Zahid Mehmood", "Zahid Mehmood"]),
    ("State Minister for Foreign Affairs Nurul Haque Bhuiyan said Dhaka had sent a note. Bhuiyan said a reply was "
     "awaited.", ["Nurul Haque Bhuiyan", "Nurul Haque Bhuiyan"]),
    ("Minister for Railways Tariq Bashir Cheema said new coaches would be added. He said the fares would stay the same.",
     ["Tariq Bashir Cheema", "Tariq Bashir Cheema"]),
    ("Federal Minister Information and Broadcasting Zahid Mehmood said the channel had violated the code.",
     ["Zahid Mehmood"]),
    ("Federal Minister for Defence Khawaja Asif said the army was ready.", ["Khawaja Asif"]),
    # "he" is no document
    ("The minister renewed the offer of talks, said a press release. He stressed that the border must stay open.",
     ["press release", None]),
    ("The statement said talks would go on. She said the talks would resume.", ["statement", None]),
])
def test_round38_enspk_fixes(text, speakers):
    assert _speakers(text) == speakers, _quotes(text)


@pytest.mark.parametrize(("text", "speakers"), [
    # guards: what stays as it was
    ("Exports to the Gulf grew by 12 percent, Karachi Steel Mills early said.", ["Karachi Steel Mills"]),
    ("Sales rose sharply in the third quarter, Tata Motors Monday said.", ["Tata Motors"]),
    ("Prime Minister Shehbaz Sharif Tuesday said the budget would protect the poor.", ["Shehbaz Sharif"]),
    ("Earlier Monday, Sanders said the bill would not pass.", ["Sanders"]),
    ("Minister for Home Affairs Peter Dutton said the boats had been stopped.", ["Peter Dutton"]),
    ("Secretary of State for Northern Ireland James Hale said the talks would resume.", ["James Hale"]),
    ("A spokesman for Secretary of State Antony Blinken said the trip was postponed.", ["spokesman for Secretary of State Antony Blinken"]),
    ("The late Mr Patel said in 2010 that the mill would never close.", ["Patel"]),
    ("Passengers who arrived late said the gates had been closed.", ["Passengers"]),
    ("The company's shares fell. Its chief executive, Anil Rao, said the slump was temporary.", ["Anil Rao"]),
])
def test_round38_enspk_guards(text, speakers):
    assert _speakers(text) == speakers, _quotes(text)
