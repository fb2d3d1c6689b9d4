"""Quote pre-annotator, round 40 (helper enpolicy): English political news on policy and government (Congress and
health care, immigration orders, court rulings, the Iran deal, cabinet confirmations).

Sentences written for these tests (names invented), in the style of wire and political pages:

- a medium noun that is also a cue verb (tweet, post, note, release, call …, singular or plural) after its modifier or
  "of" in the adjunct between the cue and its "that" clause ("said in an earlier tweet Tuesday that …", "in a
  late-night tweet", "in a series of tweets that …") no longer ends the adjunct (nothing was reported);
- a quoted -ing adjective in a list ('was "cruel," "self-defeating" and "wrong."') is a list item, no participle
  clause (the report had ended inside the first quotation: 'was "cruel');
- an English speech act without a content clause ends before "and"/"but"/"while" when another subject's attribution
  follows ("The mayor criticized the plan and the governor said that …": the act ran on over the second speaker and
  its report).
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
    # a modified medium noun in the adjunct before "that" (nothing was found)
    ("President Harlan suggested in an earlier tweet Tuesday that it was up to Congress to fix the program.",
     [("it was up to Congress to fix the program", IND, "Harlan", "suggested")]),
    ("The governor said in a late-night tweet that the state would sue over the order.",
     [("the state would sue over the order", IND, "governor", "said")]),
    ("Sen. Dana Whitcomb wrote in a series of tweets that the bill would strip coverage from millions.",
     [("the bill would strip coverage from millions", IND, "Dana Whitcomb", "wrote")]),
    # a quoted -ing adjective in a list (the report ended at the first quotation)
    ('Reacting to the ruling, Garrity said that ending the program was "cruel," "self-defeating" and "wrong."',
     [("cruel,", DIR, "Garrity", "said"), ("self-defeating", DIR, "Garrity", "said"), ("wrong.", DIR, "Garrity", "said"),
      ('ending the program was "cruel," "self-defeating" and "wrong."', IND, "Garrity", "said")]),
    ('The senator said the new budget was "reckless," "devastating" and "out of touch" with voters.',
     [("reckless,", DIR, "senator", "said"), ("devastating", DIR, "senator", "said"),
      ("out of touch", DIR, "senator", "said"),
      ('the new budget was "reckless," "devastating" and "out of touch" with voters', IND, "senator", "said")]),
    # a speech act followed by another subject's attribution (the act ran on over it)
    ("The mayor criticized the executive order and the governor said that the state would challenge it in court.",
     [("The mayor criticized the executive order", IND, "mayor", "criticized"),
      ("the state would challenge it in court", IND, "governor", "said")]),
    ("The union criticized the ruling and the company's lawyers argued that it was flawed.",
     [("The union criticized the ruling", IND, "union", "criticized"),
      ("it was flawed", IND, "company's lawyers", "argued")]),
    ("Two Republican senators announced their opposition on Monday and a third said he was undecided.",
     [("Two Republican senators announced their opposition on Monday", IND, "Two Republican senators", "announced"),
      ("he was undecided", IND, "third", "said")]),
    ("Governors in both parties praised the waiver program and Health Secretary Ana Ruiz told reporters it would stay.",
     [("Governors in both parties praised the waiver program", IND, "Governors in both parties", "praised"),
      ("it would stay", IND, "Ana Ruiz", "told")]),
])
def test_en_round40_enpolicy(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # adjuncts, and acts before a comma's or "while" clause, that worked before stay as they were
    ("The secretary said in a tweet Tuesday that the talks had stalled.",
     [("the talks had stalled", IND, "secretary", "said")]),
    ("The secretary said in an earlier statement that the talks had stalled.",
     [("the talks had stalled", IND, "secretary", "said")]),
    ("The White House said in a brief written release on Friday that the nominee had withdrawn.",
     [("the nominee had withdrawn", IND, "White House", "said")]),
    ("Ortega argued in his previous tweets that the wall would pay for itself.",
     [("the wall would pay for itself", IND, "Ortega", "argued")]),
    ("Senate Democrats condemned the strikes, but Rep. Tom Ashby said the president had acted within his authority.",
     [("Senate Democrats condemned the strikes", IND, "Senate Democrats", "condemned"),
      ("the president had acted within his authority", IND, "Tom Ashby", "said")]),
    ("Several governors praised the waiver while the Justice Department argued that it was unlawful.",
     [("Several governors praised the waiver", IND, "Several governors", "praised"),
      ("it was unlawful", IND, "Justice Department", "argued")]),
    # a content that opens with "earlier" is no adjunct
    ("The agency said earlier tweets from the account had been deleted.",
     [("earlier tweets from the account had been deleted", IND, "agency", "said")]),
    # an -ing word after a comma that is no list item still ends the report
    ("Schumer said the ruling was wrong, disappointing millions of families.",
     [("the ruling was wrong", IND, "Schumer", "said")]),
    # an act with a coordinated object (no second speaker) keeps its clause; a shared subject's second cue is no new
    # subject
    ("The Kremlin condemned the strikes and the new sanctions on Tuesday.",
     [("The Kremlin condemned the strikes and the new sanctions on Tuesday", IND, "Kremlin", "condemned")]),
    ("Senator Smith praised the bill, and Senator Jones said it would fail.",
     [("Senator Smith praised the bill", IND, "Smith", "praised"), ("it would fail", IND, "Jones", "said")]),
])
def test_en_round40_enpolicy_guards(text, expected):
    assert_exact(text, expected)
