"""Quote pre-annotator, round 39 (helper enconv): one convention for English requests and appeals to an addressee.

"asked X to …" reported its infinitive clause (round 38) while "urged X to …", "called on X to …", "appealed to X to …"
and "pressed X to …" were acts over the whole sentence. The guidelines mark the reported content, not the speaker and
the verb, and what was asked for is the infinitive clause: every request or appeal to an addressee now reports it
("urged residents to stay indoors", "called on both sides to exercise restraint", "implored Americans to …", "told
reporters to …", "reminded residents to …", "instructed the jury to …", "encouraged Americans to …" with a person as
subject). Sentences written for these tests (names invented), in the style of wire copy on storms, diplomacy, courts
and public health, and of reader comments.
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
    # "urged X to …": the infinitive clause (was the whole sentence)
    ("Governor Maria Delgado urged coastal residents to leave before the storm made landfall.",
     [("to leave before the storm made landfall", IND, "Maria Delgado", "urged")]),
    ("The mayor urged members of the public to stay indoors and to avoid the flooded downtown area.",
     [("to stay indoors and to avoid the flooded downtown area", IND, "mayor", "urged")]),
    ("Beijing on Tuesday urged both countries to show restraint.",
     [("to show restraint", IND, "Beijing", "urged")]),
    ("The State Department urges both sides to exercise the utmost restraint and avoid any escalation.",
     [("to exercise the utmost restraint and avoid any escalation", IND, "State Department", "urges")]),
    # a list of infinitives after a comma stays in the clause (was cut at the comma, or the whole sentence)
    ("Emergency officials urged residents to stay inside, charge their phones and avoid flooded roads.",
     [("to stay inside, charge their phones and avoid flooded roads", IND, "Emergency officials", "urged")]),
    # a pronoun addressee
    ("Rescue workers urged them to leave their homes.",
     [("to leave their homes", IND, "Rescue workers", "urged")]),
    # a participle after the sentence's report (was "urging leaders to …")
    ("Speaking in Geneva, the envoy welcomed the truce, urging leaders to keep talking.",
     [("to keep talking", IND, "envoy", "urging")]),
    # progressive with a short infinitive (two words; was the whole sentence)
    ("Several Democratic senators are urging colleagues to wait, arguing that the inquiry is not finished.",
     [("the inquiry is not finished", IND, "Several Democratic senators", "arguing"),
      ("to wait", IND, "Several Democratic senators", "urging")]),
    # "called on X to …" (was the whole sentence)
    ("The African Union called on both parties to return to the negotiating table.",
     [("to return to the negotiating table", IND, "African Union", "called")]),
    ("Speaking from Ankara, the patriarch called on world leaders to put peace first.",
     [("to put peace first", IND, "patriarch", "called")]),
    # "appealed to X to …", "pressed X to …" (round 38 acts; was the whole sentence)
    ("Police appealed to witnesses to come forward with dashcam footage.",
     [("to come forward with dashcam footage", IND, "Police", "appealed")]),
    ("Opposition lawmakers pressed the ministry to publish the audit.",
     [("to publish the audit", IND, "Opposition lawmakers", "pressed")]),
    # "warned X not to …", "advised X to …"
    ("The coast guard warned fishermen not to head out until Thursday.",
     [("not to head out until Thursday", IND, "coast guard", "warned")]),
    # new acts: implored, exhorted, instructed, encouraged (was nothing)
    ("President Ellen Shaw implored Americans to get the booster before the holidays.",
     [("to get the booster before the holidays", IND, "Ellen Shaw", "implored")]),
    ("The prime minister exhorted voters to turn out in large numbers.",
     [("to turn out in large numbers", IND, "prime minister", "exhorted")]),
    ("Judge Alan Perry instructed the jury to disregard the remark.",
     [("to disregard the remark", IND, "Alan Perry", "instructed")]),
    ("The health minister encouraged parents to vaccinate their children before school starts.",
     [("to vaccinate their children before school starts", IND, "health minister", "encouraged")]),
    ("Officials have encouraged residents to register for emergency alerts.",
     [("to register for emergency alerts", IND, "Officials", "encouraged")]),
    # "told X to …", "reminded X to …" (was nothing)
    ("The coach told reporters to expect changes in the lineup.",
     [("to expect changes in the lineup", IND, "coach", "told")]),
    ("The fire chief reminded residents to test their smoke alarms.",
     [("to test their smoke alarms", IND, "fire chief", "reminded")]),
    ("She told her staff to cancel the meeting.",
     [("to cancel the meeting", IND, None, "told")]),
])
def test_r39_enconv_infinitive_clause(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: what stays as it was
    # a thing encourages: a cause, no speech
    ("Low interest rates encouraged buyers to borrow more.", []),
    ("The tax break encouraged companies to invest in new plants.", []),
    # orders and directives of authority are no speech here (a court's order, an executive order)
    ("The court ordered the company to pay damages.", []),
    ("The governor directed state agencies to review their contracts.", []),
    # passives, no addressee, a thing told, a noun after "to"
    ("Residents were urged to stay indoors.", []),
    ("He told the story to children at the library.", []),
    ("She told the truth to investigators.", []),
    # the writer's own request and a first-person addressee
    ("I urged my colleagues to support the bill.", [("I urged my colleagues to support the bill", IND, None, "urged")]),
    ("My neighbour told me to water the plants.", []),
    # a question asserts no request
    ("Is the president telling his aides to lie?", []),
    # a day after "called on"; "called for"
    ("He called on Monday to complain.", []),
    ("The union called for a general strike.", [("The union called for a general strike", IND, "union", "called")]),
    # "cautioned X against" stays no act (left alone, see the report); "advised X against" stays the sentence
    ("The report cautioned investors against panic.", []),
    ("Health officials advised travellers against visiting the affected districts.",
     [("Health officials advised travellers against visiting the affected districts", IND, "Health officials",
       "advised")]),
    # "asked X to …" as in round 38; "asked me to" nothing
    ("The Treasury asked Congress to raise the debt limit.",
     [("to raise the debt limit", IND, "Treasury", "asked")]),
    ("My editor asked me to buy him some coffee.", []),
])
def test_r39_enconv_guards(text, expected):
    assert_exact(text, expected)
