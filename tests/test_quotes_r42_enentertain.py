"""Round 42 (enentertain): English entertainment and celebrity news (sentences written for these tests in the style of
People, E! News, Billboard, Variety and Us Weekly copy).

- A role noun after the quoted title of a work and a determiner is one speaker phrase, and names the person just named
  like "the singer": 'the "Barbie" star told Vogue', "The ‘Cold Heart’ singer announced", '"…," said the "Succession"
  creator' (the span was the bare noun, or nothing); a name after a preposition and such a role ("was married to
  ‘90210’ actress Jennie Garth", "a duet with singer Dua Lipa") is not the person such a description names.
- Present-tense tags of entertainment features right after a quotation are cues: '"…," she gushes', '"…," Close
  reminisces', '"…," the actor muses' (only as a quotation's tag: "The crowd laughs at him" reports nothing).
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


def _speaker_spans(text: str) -> set[str]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    return {text[s.start : s.end] for s in ann.spans if s.label == "SPEAKER"}


def assert_exact(text, expected):
    """Exactly the expected quotes: (text, label, canonical speaker, cue text)."""
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # a role noun after a quoted title (was "star"/"singer", or no speaker at all)
    ("Greta Lindqvist arrived at the Venice premiere on Saturday. “Every day on that set was a gift,” the “Harbour "
     "Lights” star told Vogue.",
     [("Every day on that set was a gift,", DIR, "Greta Lindqvist", "told")]),
    ('Marcus Hale performed for 40,000 fans in Dublin. "I never want this night to end," the "Golden Hour" singer '
     'wrote on Instagram.',
     [("I never want this night to end,", DIR, "Marcus Hale", "wrote")]),
    ("Emily Hart wrapped the second season in May. The ‘Night Shift’ actress told People she was “exhausted but proud.”",
     [("she was “exhausted but proud.”", IND, "Emily Hart", "told"),
      ("exhausted but proud.", DIR, "Emily Hart", "told")]),
    ("Tom Brennan has been cast in the remake. “It was the easiest yes of my career,” said the “Dead Calm” actor.",
     [("It was the easiest yes of my career,", DIR, "Tom Brennan", "said")]),
    # present-tense tags right after a quotation (no cue, no speaker)
    ("Layla Moreno spoke to Billboard about her new album. “Writing it saved my life,” she gushes.",
     [("Writing it saved my life,", DIR, "Layla Moreno", "gushes")]),
    ("Diane Keller recalled her first film role. “We had no money and no idea what we were doing,” Keller reminisces.",
     [("We had no money and no idea what we were doing,", DIR, "Diane Keller", "reminisces")]),
    ("Owen Carter is back on Broadway. “The stage is where I feel most like myself,” the actor muses.",
     [("The stage is where I feel most like myself,", DIR, "Owen Carter", "muses")]),
    ("Nina Park shared a photo from the set. “Best crew in the world,” Park raves.",
     [("Best crew in the world,", DIR, "Nina Park", "raves")]),
    # a person named after a preposition and a role (and a work's title) is not the one "the actor" names
    ("Mark Rowan was married for nine years to ‘Harbour’ actress Jenna Cole. Speaking after the divorce, the ‘Night "
     "Desk’ actor said he would always respect her.",
     [("he would always respect her", IND, "Mark Rowan", "said")]),
    ("Mark Rowan recorded a duet with singer Jenna Cole. “We laughed the whole time,” the rapper said.",
     [("We laughed the whole time,", DIR, "Mark Rowan", "said")]),
    # guards: the verbs report nothing outside a quotation's tag; a title after a spoken sentence's comma is a quote
    ("The audience laughs at every joke and the host teases the band about their outfits.", []),
    ("Fans who saw the film say the ending marvels at small things.",
     [("the ending marvels at small things", IND, "Fans", "say")]),
    ("Jenna Ortiz attended the gala. “It was emotional,” the actress said.",
     [("It was emotional,", DIR, "Jenna Ortiz", "said")]),
])
def test_round42_enentertain(text, expected):
    assert_exact(text, expected)


def test_round42_enentertain_titled_role_span():
    # the speaker span keeps the article and the quoted title (was "star")
    text = "Greta Lindqvist smiled. “It was a dream,” the “Harbour Lights” star told Vogue."
    assert "the “Harbour Lights” star" in _speaker_spans(text)
