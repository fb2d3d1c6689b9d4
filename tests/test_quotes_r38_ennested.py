"""Quote pre-annotator, round 38 (helper ennested): English letters to the editor and quotations inside a report.

Sentences written for these tests (names invented), in the style of letters pages, media criticism and opinion columns:
a piece cited by its title and date ('"Title" [Feb. 28]', '"Title," in the Oct. 4 paper') or after "letter to the
editor" is a title, no direct quote; "The article quoted the mayor: "…"" is the mayor's; the cue of a fronted "When …"
clause does not give its speaker to a quotation after a main clause of the writer's own.
"""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "en"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # a piece cited with its date, as letters pages do: its title, no one's words (were direct quotes)
    ('I had never heard of the senator before ["Straight Talk from the Prairie," March 3]. She sounds like a fighter.', []),
    ('"Why your rent keeps climbing" [Jan. 9] explained the housing squeeze better than anything I have read.', []),
    ('In "Ten Years After the Flood, a Town Rebuilds" [Aug. 14], Carla Mendes describes the levee as "a patchwork."',
     [("a patchwork.", DIR, "Carla Mendes", "describes")]),
    ('What a headline! "Council punts on the budget again," in the Nov. 2 paper. Nobody on the council was surprised.', []),
    ('Your story "Schools brace for budget cuts" (Sept. 12) left out the one number that matters.', []),
    ("Regarding the front-page story \"Mayor's plan stalls,\" May 21: the plan did not stall; the council never voted.",
     []),
    ('I laughed out loud at the cartoon "Another budget season, another tax hike," in Sunday\'s paper.', []),
    # a title after "letter to the editor" (was a direct quote)
    ('The letter to the editor, "Why the economy might not feel so great," by Ann Porter, hit home.', []),
    ('Thanks for printing the letter to the editor, "Our parks deserve better," last week.', []),
    # "quoted X:" gives the one quoted (was no speaker)
    ('The article quoted the mayor: "We will not raise property taxes this year."',
     [("We will not raise property taxes this year.", DIR, "mayor", "quoted")]),
    ('The Herald quoted Dana Whitfield: "Nobody on the board read the audit before the vote."',
     [("Nobody on the board read the audit before the vote.", DIR, "Dana Whitfield", "quoted")]),
    # the cue of a fronted "When …" clause is not the speaker of the writer's own thought (was "people"'s)
    ('When people say the market will sort it out, I\'m always thinking, "Great, but who pays the rent in the meantime?"',
     [("the market will sort it out", IND, "people", "say"),
      ("Great, but who pays the rent in the meantime?", DIR, None, None)]),
    ('When critics say the new stadium will pay for itself, I keep thinking, "Then why do they need a tax break?"',
     [("the new stadium will pay for itself", IND, "critics", "say"),
      ("Then why do they need a tax break?", DIR, None, None)]),
])
def test_r38_ennested_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a piece's words with a cue stay speech; a date in running text after a quotation is no citation
    ('"We should all ride the bus more often," the paper wrote in an editorial on Sunday.',
     [("We should all ride the bus more often,", DIR, "paper", "wrote")]),
    ('"We will not back down," Whitfield said Feb. 3 in a statement.',
     [("We will not back down,", DIR, "Whitfield", "said")]),
    ('The paper quoted the mayor as saying, "We will not raise taxes this year."',
     [("We will not raise taxes this year.", DIR, "mayor", "saying")]),
    ('Reuters quoted a police spokesman as saying the suspect had been arrested.',
     [("the suspect had been arrested", IND, "police spokesman", "saying")]),
    # a fronted clause with no report of its own: the quotation stays without a speaker
    ('When my neighbors say the new road will bring jobs, I just wonder, "Whose jobs, and for how long?"',
     [("Whose jobs, and for how long?", DIR, None, None)]),
    # a cue in the main clause after a fronted clause keeps its speaker
    ('When reporters asked about the deal, Whitfield said, "We are close, but not there yet."',
     [("We are close, but not there yet.", DIR, "Whitfield", "said")]),
    ('When Whitfield said, "We are done here," everyone in the room stood up.',
     [("We are done here,", DIR, "Whitfield", "said")]),
])
def test_r38_ennested_guards(text, expected):
    assert_exact(text, expected)
