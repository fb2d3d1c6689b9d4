"""Quote pre-annotator, round 40 (helper entranscripts): English interview transcripts and Q&A copy.

Transcripts and exchanges written for these tests (names invented), in the style of cable-news transcripts, press
briefings and edited interviews:

- inside a turn opened by a speaker label ("HALVORSEN: …", "SEN. MARA QUINTERO (D-NM): …", "MS. ODUYA: …", "Dana
  Whitcomb: (01:12)"), a report whose speaker is "I" or "we" is the labelled person's (it had the name "I", none, or
  the latest name before: "We have made clear …" was the speaker quoted in the question);
- a third-person pronoun in a turn is no name seen only as a label ("Reese: … He said there were …" was the press
  secretary of the turn before);
- an editor's bracket before an answer ("[Asked if she found the remarks racist:] "Yes, I do," Pruitt said") is no
  part of the report after it (it was an indirect quote of bracket and quotation).

The turns themselves stay no quotes (as a German interview's indicative answer after "Pau:"), and a label in a
document without a second speaker (a dateline, one heading) is no turn.
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
    # "I" and "we" in a labelled turn are the labelled person (was "I", None, or the person named in the question)
    ("DANA HALVORSEN, CNN ANCHOR: Senator, welcome. Is the bill dead?\n\n"
     "SEN. MARA QUINTERO (D-NM): No. I told the majority leader on Friday that we still have the votes.\n\n"
     "HALVORSEN: Thank you, Senator.",
     [("we still have the votes", IND, "Mara Quintero", "told")]),
    ("HALVORSEN: The speaker says the House will not take it up.\n\n"
     "QUINTERO: We have made clear that the bill is bipartisan.\n\n"
     "HALVORSEN: Senator Mara Quintero, thank you.",
     [("the House will not take it up", IND, "speaker", "says"),
      ("the bill is bipartisan", IND, "Mara Quintero", "made")]),
    ("MITCH BRANNIGAN, FOX NEWS ANCHOR: Did you talk to the governor?\n\n"
     "MAYOR LOUISE FAIRCHILD (D), TOLEDO: I said on Monday that the city would not wait for the state.\n\n"
     "BRANNIGAN: And the unions?\n\n"
     "FAIRCHILD: They know where I stand.",
     [("the city would not wait for the state", IND, "Louise Fairchild", "said")]),
    ("MS. ODUYA: Go ahead.\n\n"
     "Q Thank you. Is the administration worried about the strike?\n\n"
     "MS. ODUYA: Well, as we said yesterday, the talks are continuing. I would emphasize that no deadline has been "
     "set.\n\nQ And the rail unions?\n\nMS. ODUYA: I don't have anything new for you.",
     [("no deadline has been set", IND, "Oduya", "emphasize"),
      ("the talks are continuing", IND, "Oduya", "said")]),
    ("Dana Whitcomb: (01:12)\nGood afternoon, everyone. I have one item at the top.\n\n"
     "Reese: (01:40)\nThanks, Dana. The governor put out a statement this morning. He said the state would sue. "
     "Will the White House respond?\n\n"
     "Dana Whitcomb: (02:05)\nI would note that the governor has made that threat before.",
     [("the governor has made that threat before", IND, "Dana Whitcomb", "note"),
      ("the state would sue", IND, None, "said")]),
    ("HALVORSEN: Were you surprised by the verdict?\n\n"
     "GREGORY TALLMAN, FORMER PROSECUTOR: Not really. I told my colleagues last week that the jury would convict.",
     [("the jury would convict", IND, "Gregory Tallman", "told")]),
    # an editor's bracket before the answer is no part of the report (was an indirect quote with the quotation)
    ('Pruitt was asked about the remarks on Tuesday. [Asked if she found the remarks racist:] "Yes, I do," Pruitt said.',
     [("Yes, I do,", DIR, "Pruitt", "said")]),
    ('[When asked whether he would run again:] "I haven\'t made up my mind," the governor told reporters.',
     [("I haven't made up my mind,", DIR, "governor", "told")]),
    ("[Asked whether he would resign:] I will not step down, the commissioner said.",
     [("I will not step down", IND, "commissioner", "said")]),
])
def test_r40_entranscripts_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the turns themselves stay no quotes
    ("HALVORSEN: Senator, thanks for joining us.\n\nQUINTERO: Thank you. This bill is a disaster for families.",
     []),
    # one capitals label with a colon is a dateline or a heading, no turn: "I" keeps no name
    ("MUMBAI: I told the court on Monday that the documents were forged.",
     [("the documents were forged", IND, "I", "told")]),
    ("UPDATE: The mayor said the road would reopen on Friday.",
     [("the road would reopen on Friday", IND, "mayor", "said")]),
    # quotations inside a turn keep their own speakers
    ('HALVORSEN: Your opponent said, "She has no plan." Your response?\n\n'
     "QUINTERO: My record speaks for itself.",
     [("She has no plan.", DIR, "opponent", "said")]),  # (round 40, enacts3: "Your opponent" is the speaker)
    # a bracket that is no editor's question stays inside the report
    ("The senator said the [committee's] report was late.",
     [("the [committee's] report was late", IND, "senator", "said")]),
    # a plain news paragraph with "I" outside a transcript: no label name
    ("I said last year that the plant would close.",
     [("the plant would close", IND, None, "said")]),
])
def test_r40_entranscripts_guards(text, expected):
    assert_exact(text, expected)
