"""Round 41 (enacts4): English acts and announcements in political, legal and wire text.

- A US state after its city inside the subject's apposition ("The chain, based in Columbus, Ohio, said", "The Federal
  Trade Commission, in a complaint filed in Trenton, N.J., alleges that …") is the city's, no name in apposition: the
  speaker was the state, or an abbreviated state ("N.J.", "La.") hid the cue's subject and nothing was reported.
- "maintain"/"maintains" take a noun object like "maintained" ("Republicans maintain a narrow majority" reported "a
  narrow majority"): a clause without "that" after them needs its verb in the first words.
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
    # a full state name after the city: the subject before the apposition speaks (was the state)
    ("The chain, based in Columbus, Ohio, said it would close 40 stores by the end of the year.",
     [("it would close 40 stores by the end of the year", IND, "chain", "said")]),
    ("Residents of Flint, Michigan, said the water still smelled of bleach.",
     [("the water still smelled of bleach", IND, "Residents of Flint", "said")]),
    # an AP state abbreviation after the city (nothing was reported)
    ("The Federal Trade Commission, in a complaint filed in Trenton, N.J., alleges that the lender hid its fees.",
     [("the lender hid its fees", IND, "Federal Trade Commission", "alleges")]),
    ("The attorney general, in a lawsuit filed in Madison, Wis., alleges that the company overcharged patients.",
     [("the company overcharged patients", IND, "attorney general", "alleges")]),
    ("Deputies in Lafayette, La., said the driver fled on foot.",
     [("the driver fled on foot", IND, "Deputies in Lafayette", "said")]),
    ("The startup, headquartered in Boulder, Colo., said its software had not been hacked.",
     [("its software had not been hacked", IND, "startup", "said")]),
    ("A spokeswoman for the hospital in Tacoma, Wash., said the boy was in stable condition.",
     [("the boy was in stable condition", IND, "spokeswoman for the hospital in Tacoma", "said")]),
    ("Officials in Charleston, W.Va., said the boil-water order would be lifted on Friday.",
     [("the boil-water order would be lifted on Friday", IND, "Officials in Charleston", "said")]),
])
def test_r41_enacts4_city_state_fixes(text, expected):
    _assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "maintain" with a noun object reports nothing (was the object)
    ("Republicans maintain a narrow majority in the chamber.", []),
    ("The school says it maintains a strict policy against bullying.",
     [("it maintains a strict policy against bullying", IND, "school", "says")]),
])
def test_r41_enacts4_maintain_fixes(text, expected):
    _assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a name in apposition after a description with a city stays the speaker
    ("The mayor of Houston, Sylvester Turner, said the storm had flooded hundreds of homes.",
     [("the storm had flooded hundreds of homes", IND, "Sylvester Turner", "said")]),
    ("The senator, Ted Cruz of Texas, said the bill would fail.",
     [("the bill would fail", IND, "Ted Cruz", "said")]),
    # a party-and-state tag, an age and a hometown, a list of states: as before
    ("Sen. Maria Cantwell, D-Wash., said the rule was overdue.",
     [("the rule was overdue", IND, "Maria Cantwell", "said")]),
    ("Hartley, 52, of Dayton, Ohio, told the court he had never seen the documents.",
     [("he had never seen the documents", IND, "Hartley", "told")]),
    ("Officials in Texas, Oklahoma and Kansas said the storms had caused widespread damage.",
     [("the storms had caused widespread damage", IND, "Officials in Texas, Oklahoma and Kansas", "said")]),
    ("The company, which is based in Texas, said profits rose 4 percent.",
     [("profits rose 4 percent", IND, "company", "said")]),
    # "maintain(s)" with "that" or a bare clause stays a report
    ("The company maintains that it followed every safety rule.",
     [("it followed every safety rule", IND, "company", "maintains")]),
    ("Her lawyers maintain she was never told about the audit.",
     [("she was never told about the audit", IND, "lawyers", "maintain")]),
    ("Democrats hope to maintain a majority in the state Senate after the special election.", []),
])
def test_r41_enacts4_guards(text, expected):
    _assert_exact(text, expected)
