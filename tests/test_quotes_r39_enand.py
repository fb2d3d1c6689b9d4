"""Quote pre-annotator, round 39 (helper enand): English reports that go on after ", and".

A backshifted report ("said the plan was sound") goes on after ", and" when the second clause is backshifted too: its
subject is a pronoun, "it" or a short noun phrase with "the"/a possessive, then a past modal ("would", "could",
"might", "should") and no writer's remark or cue of its own. Not "and he would later die …" (the writer's narrative
future-in-past), "and we could have …", nor a second clause in the present ("and the shares are up"). Sentences
written for these tests (names invented), in the style of wire copy on labour disputes, cabinets and police news.
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
    # fixes: the report goes on over ", and" + a backshifted clause with a past modal
    ("The minister said the plan was sound, and the cabinet would vote on it next week.",
     [("the plan was sound, and the cabinet would vote on it next week", IND, "minister", "said")]),
    ("The company said it had no plans to close the plant, and it would keep talking with the union.",
     [("it had no plans to close the plant, and it would keep talking with the union", IND, "company", "said")]),
    ("A union spokeswoman said the offer was too low, and members could reject it in Friday's vote.",
     [("the offer was too low, and members could reject it in Friday's vote", IND, "union spokeswoman", "said")]),
    ("Deputy Chief Alan Morse said the two men were known to each other, and they would both appear in court on Monday.",
     [("the two men were known to each other, and they would both appear in court on Monday", IND, "Alan Morse",
       "said")]),
    ("Harlow told reporters that the talks had been difficult, and his government might need more time.",
     [("the talks had been difficult, and his government might need more time", IND, "Harlow", "told")]),
    # guards: the writer's own clause after ", and"
    ("Police said the driver was taken to a hospital, and he would later die of his injuries.",
     [("the driver was taken to a hospital", IND, "Police", "said")]),
    ("Officials said the warning was clear, and we could have done more.",
     [("the warning was clear", IND, "Officials", "said")]),
    ("The mayor said the road was closed, and shares of the company fell 3%.",
     [("the road was closed", IND, "mayor", "said")]),
    ("The spokesman said the plant was safe, and he would not elaborate.",
     [("the plant was safe", IND, "spokesman", "said")]),
    ("The governor says the budget is balanced, and it would be a mistake to cut taxes now.",
     [("the budget is balanced", IND, "governor", "says")]),
    # guards: unchanged neighbours ("and that" and "but" from earlier rounds)
    ("The union said it would not back down, and that it will strike on Monday.",
     [("it would not back down, and that it will strike on Monday", IND, "union", "said")]),
    ("The chairman said talks had been difficult, but it was a necessary process.",
     [("talks had been difficult, but it was a necessary process", IND, "chairman", "said")]),
])
def test_en_and_continuation(text, expected):
    assert_exact(text, expected)
