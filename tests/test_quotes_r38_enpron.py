"""Round 38, helper enpron: English pronoun and apposition speakers on wire copy (sentences written for these tests)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker")) for s in ann.spans
                  if s.label in (IND, DIR))


def assert_en_exact(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker (None: none)."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)], sp)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, enpron) "he"/"she" after a place's police or officials and no person named: no one (was the place)
    ("Hong Kong police said on Saturday they had detained 14 people near the harbour. \"We will not allow the city to "
     "be held hostage,\" he said.",
     [("they had detained 14 people near the harbour", IND, "Hong Kong police"),
      ("We will not allow the city to be held hostage,", DIR, None)]),
    ("South Korean officials said the road to the border was closed. \"Nobody can pass for now,\" she said.",
     [("the road to the border was closed", IND, "South Korean officials"), ("Nobody can pass for now,", DIR, None)]),
    ("Sri Lanka police said two soldiers were hurt in the blast. \"They are in a stable condition,\" he said.",
     [("two soldiers were hurt in the blast", IND, "Sri Lanka police"), ("They are in a stable condition,", DIR, None)]),
    # a plural head before its postmodifier is no "she" (was "Officials in Hong Kong")
    ("Officials in Macau said the casino would stay shut until Friday. \"It is a matter of public safety,\" she said.",
     [("the casino would stay shut until Friday", IND, "Officials in Macau"),
      ("It is a matter of public safety,", DIR, None)]),
    ("Two sources with ties to the cabinet said the minister would resign. \"He has lost the room,\" he said.",
     [("the minister would resign", IND, "Two sources with ties to the cabinet"), ("He has lost the room,", DIR, None)]),
    # nor a precinct: "he" is no "North Precinct"
    ("Officers from the North Precinct arrested two men on Sunday. On Monday, he said the city had lost control of "
     "its streets.",
     [("the city had lost control of its streets", IND, None)]),
    # "another official" is someone new (was the official named before)
    ("A police official, Abdul Karim Sadat, said three people were killed. Another official said the bomb had been "
     "hidden in a cart.",
     [("three people were killed", IND, "Abdul Karim Sadat"),
      ("the bomb had been hidden in a cart", IND, "Another official")]),
    # a body's acronym in brackets before the head: the whole noun phrase is the speaker (reported nothing, or the body)
    ("A National Security Agency (NSA) spokesman said the report was inaccurate.",
     [("the report was inaccurate", IND, "National Security Agency (NSA) spokesman")]),
    ("A Chinese Communist Party (CCP) official said the plenum would open in October, telling AFP that no agenda had "
     "been published.",
     [("the plenum would open in October", IND, "Chinese Communist Party (CCP) official"),
      ("no agenda had been published", IND, "Chinese Communist Party (CCP) official")]),
    ("Hong Kong Special Administrative Region (HKSAR) police raided a flat on Monday, saying officers had seized "
     "petrol bombs in Mong Kok.",
     [("officers had seized petrol bombs in Mong Kok", IND, "Hong Kong Special Administrative Region (HKSAR) police")]),
    # a place's police before a participle cue: the police (was the place)
    ("Karachi police arrested three men on Friday, saying they had planned an attack on a bank.",
     [("they had planned an attack on a bank", IND, "Karachi police")]),
    # a ministry named with a list of fields: the whole description, and nothing of it in the content
    ("Hotel bookings doubled in the dry season, an official at the Ministry of Information, Culture and Tourism told "
     "Xinhua on Tuesday.",
     [("Hotel bookings doubled in the dry season", IND, "official at the Ministry of Information, Culture and Tourism")]),
    # a name before an apposition with no comma closing it, after the content: the name (was the apposition, and the
    # name went into the content)
    ("The new bridge will open to traffic in June, Zhang Min, a spokesperson with the Ministry of Transport told a "
     "press conference.",
     [("The new bridge will open to traffic in June", IND, "Zhang Min")]),
    ("\"Prices will stay stable through the winter,\" Wang Hong, an official with the Ministry of Commerce told "
     "reporters.",
     [("Prices will stay stable through the winter,", DIR, "Wang Hong")]),
])
def test_enpron_fixes(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a named officer after the police is "he"; a singular body's "he" after a named spokesman; the WHO's
    # acronym after a name that is the speaker; a ministry named with "and" by a listed name
    ("Hong Kong police said on Saturday they had detained 14 people. Superintendent Tsang Wing-kit said the arrests "
     "were lawful. \"We acted within the law,\" he said.",
     [("they had detained 14 people", IND, "Hong Kong police"), ("the arrests were lawful", IND, "Tsang Wing-kit"),
      ("We acted within the law,", DIR, "Tsang Wing-kit")]),
    ("The World Health Organization (WHO) said the outbreak was contained.",
     [("the outbreak was contained", IND, "World Health Organization")]),
    ("A police spokesman said the man had confessed. \"He was calm,\" he said.",
     [("the man had confessed", IND, "police spokesman"), ("He was calm,", DIR, "police spokesman")]),
    ("Grain stocks are ample, said Li Bo, an official with the Ministry of Agriculture and Rural Affairs.",
     [("Grain stocks are ample", IND, "Li Bo")]),
    ("Bookings rose sharply this year, Mekong Travel, a tour operator in Hanoi, told reporters.",
     [("Bookings rose sharply this year", IND, "Mekong Travel")]),
])
def test_enpron_guards(text, expected):
    assert_en_exact(text, expected)
