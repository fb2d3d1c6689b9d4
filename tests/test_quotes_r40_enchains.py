"""Round 40 (enchains): English chains of direct quotations — a quotation continued after its attribution with an
object clause "echoing what X said", and Q&A copy whose questions are plain "Q:" lines and whose answers are bare
quotations (sentences written for these tests in the style of US news and pool reports of 2014–2022)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


# a quotation continued after its attribution, then "echoing/repeating what X said": the speaker before goes on (the
# person inside the free relative was the speaker)
@pytest.mark.parametrize(("text", "expected"), [
    ('"The budget is balanced," Rivera said. "And I think the treasurer, Paul Grant, was right about the reserves," '
     'echoing what Grant said in March.',
     [("The budget is balanced,", DIR, "Rivera", "said"),
      ("And I think the treasurer, Paul Grant, was right about the reserves,", DIR, "Rivera", None)]),
    ('"We are not leaving," Coach Dana Ellis said. "Our players want to finish the season here," repeating what Ellis '
     'told the board on Friday.',
     [("We are not leaving,", DIR, "Dana Ellis", "said"),
      ("Our players want to finish the season here,", DIR, "Dana Ellis", None)]),
    ('"The bridge will reopen in May," said Mayor Tom Reyes. "We have the money and we have the crews," mirroring what '
     'the governor said a day earlier.',
     [("The bridge will reopen in May,", DIR, "Tom Reyes", "said"),
      ("We have the money and we have the crews,", DIR, "Tom Reyes", None)]),
])
def test_r40_enchains_echoing_what_x_said(text, expected):
    assert_exact(text, expected)


# guards: a free relative that IS the quotation's attribution, a cue of its own before it, and "adding that what …"
@pytest.mark.parametrize(("text", "expected"), [
    ('"It was a mistake," is what Spicer said.',
     [("It was a mistake,", DIR, "Spicer", "said")]),
    ('"Nobody was hurt," Sheriff Al Boyd said, contrary to what witnesses told reporters.',
     [("Nobody was hurt,", DIR, "Al Boyd", "said")]),
    ('"We will appeal," Warren said, adding that what the judge said was wrong.',
     [("We will appeal,", DIR, "Warren", "said"),
      ("what the judge said was wrong", IND, "Warren", "adding")]),
])
def test_r40_enchains_echoing_guards(text, expected):
    assert_exact(text, expected)


# Q&A copy: a bare quotation after a "Q:" line answers it; a source named in the question is not its speaker (was
# "Some lawmakers", "Critics"); the answer before the question carries over; nobody when no answer came before
@pytest.mark.parametrize(("text", "expected"), [
    ('"The vote is on Tuesday," Senator Ruth Kane said.\n\nQ: Critics say you waited too long. Did you?\n\n'
     '"No. We moved as fast as the law allows."',
     [("The vote is on Tuesday,", DIR, "Ruth Kane", "said"),
      ("No. We moved as fast as the law allows.", DIR, "Ruth Kane", None)]),
    ("Reporters caught the governor on the way out.\n\nQ: Some Democrats are still talking about a recall, what is your "
     'response?\n\n"It was the only responsible choice.\n\n"We had a hole of two billion dollars and nobody offered a '
     'better idea."',
     [("It was the only responsible choice.", DIR, None, None),
      ("We had a hole of two billion dollars and nobody offered a better idea.", DIR, None, None)]),
])
def test_r40_enchains_question_lines(text, expected):
    assert_exact(text, expected)


# guards: an answer with its own cue, a quotation not right after a question line, a report inside the question stays its own
@pytest.mark.parametrize(("text", "expected"), [
    ("The senator took questions after the hearing.\n\nQ: Some lawmakers say the plan costs too much. What is your "
     'response?\n\n"I think the plan pays for itself. We have done the math."',
     [("the plan costs too much", IND, "Some lawmakers", "say"),
      ("I think the plan pays for itself. We have done the math.", DIR, None, None)]),
    ('"We are done here," Ruth Kane said.\n\nQ: What comes next?\n\n"I\'ll tell you next week," Kane said with a smile.',
     [("We are done here,", DIR, "Ruth Kane", "said"),
      ("I'll tell you next week,", DIR, "Ruth Kane", "said")]),
    ('Q: Will you run again?\n\nThe mayor paused.\n\n"I have not decided," she said.',
     [("I have not decided,", DIR, None, "said")]),
])
def test_r40_enchains_question_line_guards(text, expected):
    assert_exact(text, expected)
