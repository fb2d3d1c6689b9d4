"""Quote pre-annotator, round 41 (helper encomments3): reader comments on news sites, third pass.

Sentences written for these tests in the style of Civil Comments posts (no copied text): a short partial quotation
with no cue of its own after a paragraph break is the writer's mention, not the words of the speaker of the paragraph
before; an as-clause after ", but" or ", and" reports the clause after it; "my"/"your" and one or two modifiers before a
kin or role noun ("my old coach", "my former boss") is a speaker as "my coach" is.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str, kind: str = "comment") -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind=kind, text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected, kind="comment"):
    got = _quotes(text, kind)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # a short partial quotation after a paragraph break, no cue: the writer's scare quote (was the speaker's before)
    ("As that bumper sticker so neatly put it, the rich keep getting richer.\n\n"
     "Now the council runs the city on pure \"greed is good\" thinking.",
     [("the rich keep getting richer", IND, "bumper sticker", "put")]),
    ("The senator said the vote would be close.\n\nAnd you are still stuck on \"tax relief\" as if it meant anything.",
     [("the vote would be close", IND, "senator", "said")]),
    ("Smith stated clearly that the budget was balanced.\n\nYou give new meaning to \"fiscal prudence.\"",
     [("the budget was balanced", IND, "Smith", "stated")]),
    ("Some neighbours complained about the new bike lanes.\nTo the usual crowd those lanes are pure \"progress\" anyway.", []),
    ("The mayor said the pipeline was safe.\n\nHis office has been anything but \"open and transparent\" about the spill.",
     [("the pipeline was safe", IND, "mayor", "said")]),
    # an as-clause after ", but" / ", and" (was nothing)
    ("The premier should win easily, but as this author notes, the opposition smells blood and will not back down.",
     [("the opposition smells blood and will not back down", IND, "author", "notes")]),
    ("The levy passed, and as the auditor pointed out, nobody has read the fine print.",
     [("nobody has read the fine print", IND, "auditor", "pointed")]),
    # "my"/"your" and a modifier before a kin or role noun (was nothing)
    ("As my old coach said, you play the way you practice.",
     [("you play the way you practice", IND, "coach", "said")]),
    ("As my former boss said, the customer is rarely right.",
     [("the customer is rarely right", IND, "boss", "said")]),
    ("As my high school teacher said, spelling still matters.",
     [("spelling still matters", IND, "teacher", "said")]),
])
def test_r41_encomments3_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (merge) a quotation that opens with a capital is speech of its own: the speaker before goes on over the break
    ("Unfazed, the officer demands that the man “get down.”\n\n“Come on, get down!” he yells at the man.",
     [("the man “get down.”", IND, "officer", "demands"), ("get down.", DIR, "officer", "demands"),
      ("Come on, get down!", DIR, "officer", None)]),
    # a whole quotation after a paragraph break goes on with its speaker
    ("The councillor wrote:\n\n\"We will not raise the levy this year.\"",
     [("We will not raise the levy this year.", DIR, "councillor", None)]),
    ("What was it the mayor said?\n\nOh, right: \"Nobody will pay a cent more for water under my watch.\"",
     [("Nobody will pay a cent more for water under my watch.", DIR, "mayor", None)]),
    # a partial quotation in the same paragraph still goes on with the speaker
    ("The mayor said the pipeline was safe. It was \"a model for the region,\" in his words.",
     [("the pipeline was safe", IND, "mayor", "said"), ("a model for the region,", DIR, "mayor", None)]),
    # a partial quotation with its own cue after a paragraph break keeps its cue and speaker
    ("The mayor said the pipeline was safe.\n\nHe called the spill \"a minor incident\".",
     [("the pipeline was safe", IND, "mayor", "said"), ("a minor incident", DIR, "mayor", "called")]),
    # "as" after ", but" that opens no as-clause with a speaker
    ("The levy passed, but as expected, nobody read it.", []),
    # "my" with a noun that is no kin or role noun
    ("As my old car showed, the roads are a mess.", []),
    ("My late father told me that the mill would close.",
     [("the mill would close", IND, "father", "told")]),
])
def test_r41_encomments3_guards(text, expected):
    assert_exact(text, expected)
