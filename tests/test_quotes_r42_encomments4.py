"""Round 42 (helper encomments4): English reader comments (sentences written for these tests).

- A yes/no question in the writer's prose asserts no report: an auxiliary before a third-person subject and a cue,
  the sentence ending in "?" ("Does she really believe that …?", "Is anyone suggesting that …?").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"), cue and text[cue.start : cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # a yes/no question: auxiliary, third-person subject, cue, "?"
    ("Does the mayor really believe that taxpayers will fund another stadium?", []),
    ("Is anybody seriously suggesting that we close every school in the district?", []),
    ("So has the governor admitted the budget was padded yet?", []),
    ("Doesn't the council know that the bridge has been closed since May?", []),
    ("Did the premier claim that the deficit would vanish by 2019?", []),
    ("Or do these people think that the pipeline will build itself?", []),
    # guards: a wh-question presupposes the saying; a declarative "did"; a reported question; I and you stay
    ("Why did the mayor say the road was safe when it was not?",
     [("the road was safe when it was not?", IND, "mayor", "say")]),
    ("The senator did say that the plan was dead.", [("the plan was dead", IND, "senator", "say")]),
    ("The chief said the force would not release the video.",
     [("the force would not release the video", IND, "chief", "said")]),
    ("So, Dave, are you saying that the tax cut paid for itself?",
     [("the tax cut paid for itself?", IND, "Dave", "saying")]),
])
def test_en_yes_no_question_asserts_no_report(text, expected):
    assert_exact(text, expected)
