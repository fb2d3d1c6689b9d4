"""Round 38, helper enbounds: where an English reported content ends (sentences written for these tests)."""

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
    # (round 38, enbounds) a backshifted "but"-clause after a past cue goes on with the report
    ("The negotiator said the talks had been hard, but it was a step the region needed.",
     [("the talks had been hard, but it was a step the region needed", IND, "negotiator")]),
    ("The minister told lawmakers that the reform had been delayed, but it would pass before the summer recess.",
     [("the reform had been delayed, but it would pass before the summer recess", IND, "minister")]),
    ("Engineers said the dam had been damaged, but water could flow again by Friday.",
     [("the dam had been damaged, but water could flow again by Friday", IND, "Engineers")]),
    ("The envoy said some progress had been made, but gaps would remain for months.",
     [("some progress had been made, but gaps would remain for months", IND, "envoy")]),
    ("Palmer said sales had slowed in the spring, but they would pick up again after the holidays.",
     [("sales had slowed in the spring, but they would pick up again after the holidays", IND, "Palmer")]),
    # guards: the writer's own clause after ", but" stays out
    ("The bank said profit rose 8%, but its shares fell 2% in morning trade.",
     [("profit rose 8%", IND, "bank")]),
    ("Rahimi has said his government sent a detailed reply, but he would not discuss its contents.",
     [("his government sent a detailed reply", IND, "Rahimi")]),
    ("Police said two men had been detained, but it was not immediately clear whether they had been charged.",
     [("two men had been detained", IND, "Police")]),
    ("The airline said dozens of flights were cancelled, but it was unclear how many travellers were stranded.",
     [("dozens of flights were cancelled", IND, "airline")]),
    ("The retailer said it would close 40 stores, but it did not say which ones.",
     [("it would close 40 stores", IND, "retailer")]),
])
def test_round38_enbounds_but_clause(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, enbounds) an apposition of a name before a second subject, and a long subject with a relative clause
    ("Jiji said that Trade Minister Kenji Aoki, a veteran lawmaker, and Labour Minister Rie Sato were likely successors.",
     [("Trade Minister Kenji Aoki, a veteran lawmaker, and Labour Minister Rie Sato were likely successors", IND,
       "Jiji")]),
    ("The newspaper said Senator Ruth Dalton, 67, and her chief of staff would both leave office in January.",
     [("Senator Ruth Dalton, 67, and her chief of staff would both leave office in January", IND, "newspaper")]),
    ("She explained that the visit by the party chairman to the home of Speaker Omar Latif, which was widely reported"
     " as a secret negotiation, was only a courtesy call.",
     [("the visit by the party chairman to the home of Speaker Omar Latif, which was widely reported as a secret"
       " negotiation, was only a courtesy call", IND, None)]),
    # guards: an apposition before the verb already went on; ", and" with a clause of its own still ends it
    ("The agency said that Anna Berg, a former diplomat, had joined the commission.",
     [("Anna Berg, a former diplomat, had joined the commission", IND, "agency")]),
    ("Officials said Mayor Lisa Grant, a Democrat, had resigned, and the council accepted the resignation.",
     [("Mayor Lisa Grant, a Democrat, had resigned", IND, "Officials")]),
])
def test_round38_enbounds_subject_appositions(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, enbounds) "confirmed"/"reported" as an adjective after a figure or a count adjective
    ("The new confirmed infections were linked to a wedding, health officials said.",
     [("The new confirmed infections were linked to a wedding", IND, "health officials")]),
    ("On Monday, infections stood at 412 in the province, with six local transmissions confirmed.", []),
    # counts of deaths and arrests published, and confirmed case counts, are no speech
    ("The health ministry reported three deaths on Sunday.", []),
    ("Police reported four arrests after the protest.", []),
    ("The department confirmed seven new cases in the northern districts.", []),
    # guards
    ("By Friday, the region had 31 confirmed cases, the department said.",
     [("By Friday, the region had 31 confirmed cases", IND, "department")]),
    ("The ministry confirmed that two patients had died.", [("two patients had died", IND, "ministry")]),
    ("Residents reported a loud blast near the harbour.",
     [("Residents reported a loud blast near the harbour", IND, "Residents")]),
])
def test_round38_enbounds_figures_and_participles(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 38, enbounds) "and he declined to …"/"and she said …" after a report is the writer's next clause
    ("A senior official told reporters that the ceasefire was holding and he declined to say when talks would resume.",
     [("the ceasefire was holding", IND, "senior official")]),
    ("The coach said the squad was ready and she refused to name her starting lineup.",
     [("the squad was ready", IND, "coach")]),
    # guard: a pronoun clause without a cue goes on with the report
    ("He said the plan was fair and they would vote for it.", [("the plan was fair and they would vote for it", IND, None)]),
])
def test_round38_enbounds_and_clause(text, expected):
    assert_en_exact(text, expected)
