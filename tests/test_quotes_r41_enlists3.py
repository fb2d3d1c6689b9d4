"""Quote pre-annotator, round 41 (helper enlists3): English lists after an inverted cue and single-label transcripts.

A plural head of people with a list of names after "of"/"from" after an inverted cue runs over the whole list
('"We agree," said leaders of France, Germany and Italy' kept "leaders of France"; "said officials from …" kept
"officials"), as the same phrase before its cue since round 40. A transcript with one speaker label only (a hearing
chair's statement, a press availability: "CHAIRMAN ODELL PRATT: … I've said …") gives its "I"/"we" the labelled person
when the label is a person's: a title before the name, or a surname the text names in full. Datelines and headings stay
no turns. Sentences written for these tests (names invented), in the style of wire copy and CNN or C-SPAN transcripts.
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
    # a list after "of"/"from" behind an inverted cue (was "leaders of Spain", "officials")
    ('"We will not accept a second delay," said leaders of Spain, Portugal and Greece.',
     [("We will not accept a second delay,", DIR, "leaders of Spain, Portugal and Greece", "said")]),
    ('"The talks were constructive," said officials from Norway, Sweden and Finland.',
     [("The talks were constructive,", DIR, "officials from Norway, Sweden and Finland", "said")]),
    ('"We have no plans to raise prices," said executives from Ford, Toyota, and Honda.',
     [("We have no plans to raise prices,", DIR, "executives from Ford, Toyota, and Honda", "said")]),
    ('"The border must stay open," said ministers of Austria, Hungary and Slovenia on Tuesday.',
     [("The border must stay open,", DIR, "ministers of Austria, Hungary and Slovenia", "said")]),
    ('"The offer is final," said representatives of Boeing and Airbus.',
     [("The offer is final,", DIR, "representatives of Boeing and Airbus", "said")]),
    # one capitals label with a title or a name the text spells: a single-speaker transcript (was "I" or the speaker
    # before)
    ("CHAIRMAN ODELL PRATT: Good morning. I've said from the start that this panel will go wherever the facts lead.\n\n"
     "We will hear from the first witness after a short recess.",
     [("this panel will go wherever the facts lead", IND, "Odell Pratt", "said")]),
    ("SEN. MARGARET HOLLIS, R-KY, BUDGET CMTE CHAIR: Let me be clear. I told the majority leader on Monday that the "
     "bill would not pass in its current form.",
     [("the bill would not pass in its current form", IND, "Margaret Hollis", "told")]),
    ("Rep. Walter Denning spoke with reporters after the vote.\n\n"
     "DENNING: Good evening. The chairman argued that the report was complete. We asked that the full report be released "
     "to the public.",
     [("the report was complete", IND, "chairman", "argued"),
      ("the full report be released to the public", IND, "Walter Denning", "asked")]),
])
def test_r41_enlists3_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # unchanged: a single place after the head, and a list of things after a preposition that is no head's
    ('"It is a good day," said officials from Denmark.',
     [("It is a good day,", DIR, "officials", "said")]),
    ("The union said workers from the plant would strike.",
     [("workers from the plant would strike", IND, "union", "said")]),
    # unchanged: lists before the cue (round 40)
    ("Leaders of Spain, Portugal and Greece said the fund was too small.",
     [("the fund was too small", IND, "Leaders of Spain, Portugal and Greece", "said")]),
    # a lone label without a title or a named person is a dateline or a heading: "I" keeps no name
    ("LISBON: I told the court on Monday that the contract was forged.",
     [("the contract was forged", IND, "I", "told")]),
    ("WHAT THEY SAID: I said last year that the plant would close.",
     [("the plant would close", IND, "I", "said")]),
    ("BREAKING NEWS: The governor said the bridge would reopen on Friday.",
     [("the bridge would reopen on Friday", IND, "governor", "said")]),
    # a plain paragraph with "I" outside a transcript
    ("I said last year that the mill would close.",
     [("the mill would close", IND, None, "said")]),
])
def test_r41_enlists3_guards(text, expected):
    assert_exact(text, expected)
