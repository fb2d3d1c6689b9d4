"""Quote pre-annotator, round 40 (helper enacts3): English speech acts and the ends of their spans.

Sentences written for these tests (names invented), in the style of wire and political pages:

- an act verb, its noun object, then "but"/"and" and an auxiliary without a subject ("denied the reports but was
  inconsistent in his defense", "confirmed the death but did not release the name") is no that-less clause: the
  object was taken as the clause's subject (the content was "the reports but was …", or too short and nothing was
  found); the act ends before the second predicate (not inside a relative clause on the object);
- a demonstrative "that"/"this" object and a time phrase or adverb of repetition ("she said that last week too",
  "He said this last week", "has said that many times") opens no content clause (the content was "last week too");
- a trailing "as"-clause with a cue ("…, as she claimed") no longer wraps a report that has its own subject and cue
  before it (the whole sentence with "He also said" was her claim);
- "your"/"my" before "opponent", "rival", "friend", "colleague", "predecessor" is a speaker ("Your opponent said that
  …" reported nothing), as kin and role nouns are since round 39.
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
                        text[cue.start : cue.end] if cue else None))
    return sorted(out)


def assert_exact(text, expected):
    assert _quotes(text) == sorted(expected), _quotes(text)


@pytest.mark.parametrize(("text", "expected"), [
    # an act, its object, "but/and" and an auxiliary: no clause, and the act ends before the second predicate
    ("Judge Harlan Moss flatly denied the reports but was vague about his earlier rulings.",
     [("Judge Harlan Moss flatly denied the reports", IND, "Harlan Moss", "denied")]),
    ("The former treasurer denied the charges and was released on bail.",
     [("The former treasurer denied the charges", IND, "former treasurer", "denied")]),
    ("Deputies confirmed the death but did not release the name of the driver.",
     [("Deputies confirmed the death", IND, "Deputies", "confirmed")]),
    ("The county confirmed the closures but did not say how long they would last.",
     [("The county confirmed the closures", IND, "county", "confirmed")]),
    ("The airline announced the cuts on Monday and is offering buyouts to pilots.",
     [("The airline announced the cuts on Monday", IND, "airline", "announced")]),
    ("Councilwoman Rita Ames condemned the vandalism and was meeting with shop owners on Tuesday.",
     [("Councilwoman Rita Ames condemned the vandalism", IND, "Rita Ames", "condemned")]),
    ("The mayor praised the ruling and will sign the ordinance on Friday.",
     [("The mayor praised the ruling", IND, "mayor", "praised")]),
    # a demonstrative object and a time phrase: no content clause
    ('"We will not raise taxes," the governor said. But she said that last week too.',
     [("We will not raise taxes,", DIR, "governor", "said")]),
    ("He said this last week.", []),
    # a trailing "as"-clause does not wrap a report with its own cue
    ("He also said he remembered the meeting, as she claimed.",
     [("he remembered the meeting", IND, None, "said")]),
    # "Your opponent" speaks
    ("Your opponent said that you have no plan for the border. How do you respond?",
     [("you have no plan for the border", IND, "opponent", "said")]),
    ("My colleague told me that the vote had been delayed.",
     [("the vote had been delayed", IND, "colleague", "told")]),
])
def test_r40_enacts3_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a coordinated subject or a past verb first: still a clause
    ("Officials said the plan and its cost would be reviewed.",
     [("the plan and its cost would be reviewed", IND, "Officials", "said")]),
    ("He said the economy grew and was expected to keep growing.",
     [("the economy grew and was expected to keep growing", IND, None, "said")]),
    ("Police confirmed the arrest and said the suspect was being held without bail.",
     [("Police confirmed the arrest", IND, "Police", "confirmed"),
      ("the suspect was being held without bail", IND, "Police", "said")]),
    # an act with no second predicate keeps the sentence
    ("The ministry denied the allegations on Tuesday.",
     [("The ministry denied the allegations on Tuesday", IND, "ministry", "denied")]),
    # a relative clause on the act's object keeps its own "and"
    ("She praised the volunteers who had cleared the roads and were still working.",
     [("She praised the volunteers who had cleared the roads and were still working", IND, None, "praised")]),
    # a demonstrative object with other adverbs stays nothing
    ("The senator has said that many times.", []),
    ("Okafor said that again Monday.", []),
    # "that" opening a clause after a time phrase
    ("He said that last week was the hardest of his career.",
     [("last week was the hardest of his career", IND, None, "said")]),
    # a trailing "as"-clause around a plain statement stays the source's
    ("The plan would raise taxes on retirees, as critics claimed.",
     [("The plan would raise taxes on retirees", IND, "critics", "claimed")]),
])
def test_r40_enacts3_guards(text, expected):
    assert_exact(text, expected)
