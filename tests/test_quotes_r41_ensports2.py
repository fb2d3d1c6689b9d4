"""Quote pre-annotator, round 41 (helper ensports2): English speakers in sports pages and reader comments.

Sentences written for these tests (the words invented) in the style of NFL/NBA recaps and news-site comments:

- two sources coordinated after "according to" are one source: "According to police and fire officials, …" (the
  content began at "and fire officials"), "According to coach Andy Reid and quarterback Patrick Mahomes, …" (the
  speaker was Andy Reid alone), "…, according to police and the fire marshal." (was police); two lone capitalised
  words joined by "and" are the pair ("According to Reid and Mahomes" was Mahomes, "Procter and Gamble" Gamble);
- "Just as I said …" opens an as-clause as "As I said …" does, and a report noun after an article or possessive
  opening the main clause ("your claim", "the claim") does not make that clause a report of its own (all reported
  nothing).
"""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _quotes(text: str, kind: str = "article") -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind=kind, text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected, kind="article"):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text, kind)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


# two coordinated sources after "according to"
@pytest.mark.parametrize(("text", "expected"), [
    ("According to Reid and Mahomes, the play was drawn up for Hill on the left side.",
     [("the play was drawn up for Hill on the left side", IND, "Reid and Mahomes", "According to")]),
    ("The route was meant for Kelce, according to Reid and Mahomes.",
     [("The route was meant for Kelce", IND, "Reid and Mahomes", "according to")]),
    ("According to police and fire officials, the stadium fire began in a concession stand.",
     [("the stadium fire began in a concession stand", IND, "police and fire officials", "According to")]),
    ("The blaze began in a concession stand, according to police and the fire marshal.",
     [("The blaze began in a concession stand", IND, "police and the fire marshal", "according to")]),
    ("According to coach Andy Reid and quarterback Patrick Mahomes, the team never lost its focus.",
     [("the team never lost its focus", IND, "Andy Reid and Patrick Mahomes", "According to")]),
    ("According to the coach and his staff, the rookie will start on Sunday.",
     [("the rookie will start on Sunday", IND, "coach and his staff", "According to")]),
])
def test_r41_ensports2_coordinated_sources(text, expected):
    assert_exact(text, expected)


# "Just as I said", and a report noun opening the main clause after "As I said"
@pytest.mark.parametrize(("text", "expected"), [
    ("Just as I said earlier, you're nothing but a paid shill for the team owner.",
     [("you're nothing but a paid shill for the team owner", IND, "I", "said")]),
    ("Just as I said, the stadium deal is a giveaway to billionaires.",
     [("the stadium deal is a giveaway to billionaires", IND, "I", "said")]),
    ("As I said, your claim about the salary cap is pure fiction.",
     [("your claim about the salary cap is pure fiction", IND, "I", "said")]),
    ("As I said before, the claim that he tanked the game is nonsense.",
     [("the claim that he tanked the game is nonsense", IND, "I", "said")]),
])
def test_r41_ensports2_as_i_said(text, expected):
    assert_exact(text, expected, kind="comment")


# guards: what must stay as it was
@pytest.mark.parametrize(("text", "expected"), [
    ("According to Reid, the play was drawn up for Hill.",
     [("the play was drawn up for Hill", IND, "Reid", "According to")]),
    ("According to police, the fire began in a concession stand.",
     [("the fire began in a concession stand", IND, "police", "According to")]),
    ("Reid and Mahomes said the play was drawn up for Hill.",
     [("the play was drawn up for Hill", IND, "Reid and Mahomes", "said")]),
    ("As I said, you are nothing but a troll.", [("you are nothing but a troll", IND, "I", "said")]),
    ("As I said, the report said the plan failed.", [("the plan failed", IND, "report", "said")]),
    ("Just as expected, the Chiefs won again.", []),
])
def test_r41_ensports2_guards(text, expected):
    assert_exact(text, expected)
