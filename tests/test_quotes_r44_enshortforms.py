"""Round 44 (helper enshortforms): English short forms of a name seen in full before, and short descriptions of an
office. Sentences written for these tests in the style of wire news from Latin America, Africa and Asia (see
docs/quotes.md)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _speaker_of(text, quote):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    got = [(q.text, q.attrs.get("speaker")) for q in ann.spans if q.label in (IND, DIR)]
    return next((s for t, s in got if t == quote), ("no such quote", got))


@pytest.mark.parametrize("text,quote,speaker", [
    # fixes: a contiguous part of a full name seen before, not its last word, is that person ("Lula", "Abiy",
    # "López Obrador", "Lula da Silva")
    ("Brazilian President Luiz Inácio Lula da Silva arrived in Luanda on Thursday. Lula told reporters the two "
     "countries would sign a new credit line.",
     "the two countries would sign a new credit line", "Luiz Inácio Lula da Silva"),
    ("Brazilian President Luiz Inácio Lula da Silva opened the summit. \u201cWe will not accept a new cold war,\u201d "
     "Lula said.",
     "We will not accept a new cold war,", "Luiz Inácio Lula da Silva"),
    ("Ethiopian Prime Minister Abiy Ahmed addressed lawmakers on Tuesday. Abiy said the federal army had not targeted "
     "civilians.",
     "the federal army had not targeted civilians", "Abiy Ahmed"),
    ("Prime Minister Abiy Ahmed met the regional leaders in Bahir Dar. Speaking afterwards, Dr Abiy told reporters "
     "that the talks had been frank.",
     "the talks had been frank", "Abiy Ahmed"),
    ("Mexican President Andrés Manuel López Obrador criticised the court's ruling. López Obrador said the judges "
     "were protecting the powerful.",
     "the judges were protecting the powerful", "Andrés Manuel López Obrador"),
    ("South African President Cyril Ramaphosa visited the flooded township. Speaking to residents, Cyril said help "
     "was on its way.",
     "help was on its way", "Cyril Ramaphosa"),
    # fixes: an age before an office is no title word ("the 88-year-old pope" is the pope named before)
    ("Pope Francis met migrants in Lampedusa on Sunday. The 88-year-old pope said Europe must not turn its back "
     "on them.",
     "Europe must not turn its back on them", "Francis"),
    # fixes: an office's initials ("the IG", "the IGP") name the one person named with that title
    ("Inspector General of Police Joseph Boinnet ordered an inquiry into the shooting. The IG said the officers "
     "involved had been suspended.",
     "the officers involved had been suspended", "Joseph Boinnet"),
    ("IGP James Oppong Boanuh visited the family of the slain officer. The IGP told journalists that patrols would "
     "be stepped up.",
     "patrols would be stepped up", "James Oppong Boanuh"),
])
def test_r44_enshortforms_fixes(text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


@pytest.mark.parametrize("text,quote,speaker", [
    # guards: a short form two people's names hold stays as written; a country is no short form of a person named
    # after it; the last word alone and a title with the full name keep working; an age without a person seen
    # with the office stays the description
    ("Kim Jong Un and his sister Kim Yo Jong attended the parade in Pyongyang. Kim said the army was ready for "
     "any provocation.",
     "the army was ready for any provocation", "Kim"),
    ("Jordanian Foreign Minister Ayman Safadi met Israel Katz in Cairo on Monday. Israel said the talks had made "
     "progress.",
     "the talks had made progress", "Israel"),
    ("Ethiopian Prime Minister Abiy Ahmed spoke in Addis Ababa. Ahmed said the dam would be finished next year.",
     "the dam would be finished next year", "Abiy Ahmed"),
    ("Jesuit Father Federico Lombardi told reporters the meeting was private. \u201cIt was a moment of prayer,\u201d "
     "Lombardi said.",
     "It was a moment of prayer,", "Jesuit Father Federico Lombardi"),
    ("The 81-year-old president said the elections would go ahead in December.",
     "the elections would go ahead in December", "81-year-old president"),
    ("What a mess. You Trump Chumps never learn. Trump admitted he had called the judge.",
     "he had called the judge", "Trump"),
])
def test_r44_enshortforms_guards(text, quote, speaker):
    assert _speaker_of(text, quote) == speaker
