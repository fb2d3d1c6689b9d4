"""Round 42 (enfeatures): English features, profiles and obituaries (sentences written for these tests in the style of
newspaper obituaries, human-interest stories and magazine profiles).

- A relative named after a kin noun by a first name alone, or after "of 52 years", is the speaker with that name as its
  canonical form: '"…," said his widow, Ellen.', 'said her brother, Tom, who …', "said Hale's daughter, Ann", "said
  his wife of 52 years, Ellen", "said her son, Dr. Robert Hale" (the speaker was "widow", "brother", "wife of 52
  years", …); "widow", "widower", "granddaughter", "grandson", "stepson", "stepdaughter" are kin nouns.
- Memories and jokes tag quotations in the present tense: '"…," she remembers', '"…," he jokes', '"…," Ortiz quips',
  '"…," remembers Ellen Hale' (only as a quotation's tag: "He remembered the day …" reports nothing).
- "he"/"she" is no obituary, memoir or eulogy quoted before: 'Her obituary told how …. "…," she said' (was "obituary").
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
    # a relative named by a first name alone after the kin noun (was "widow", "brother", "daughter", …)
    ("Walter Brandt ran the hardware store on Elm Street for 41 years. “He never met a stranger,” said his widow, "
     "Margaret.",
     [("He never met a stranger,", DIR, "Margaret", "said")]),
    ('"Dad could fix anything with a wire hanger and a little patience," said his son, Robert, who now runs the shop.',
     [("Dad could fix anything with a wire hanger and a little patience,", DIR, "Robert", "said")]),
    ("“She taught half this county to read,” said Ostrowski’s granddaughter, Kathleen.",
     [("She taught half this county to read,", DIR, "Kathleen", "said")]),
    ('"He would give you the coat off his back," said her brother, Thomas.',
     [("He would give you the coat off his back,", DIR, "Thomas", "said")]),
    # after "of 52 years" and with an abbreviated title
    ('"We danced in the kitchen every Saturday night," said his wife of 58 years, Dorothy.',
     [("We danced in the kitchen every Saturday night,", DIR, "Dorothy", "said")]),
    ("“Mom never once missed a game,” said her son, Dr. Michael Ferris.",
     [("Mom never once missed a game,", DIR, "Michael Ferris", "said")]),
    # present-tense memories and jokes as a quotation's tag (no cue, no speaker; or no quotation at all)
    ("Rosa Delgado opened the bakery in 1979. “The first winter, we sold more coffee than bread,” she remembers.",
     [("The first winter, we sold more coffee than bread,", DIR, "Rosa Delgado", "remembers")]),
    ("“I was the only girl in the machine shop,” Delgado remembered.",
     [("I was the only girl in the machine shop,", DIR, "Delgado", "remembered")]),
    ("Hank Miller still drives his 1968 pickup to the diner every morning. “It’s older than my grandkids,” he jokes.",
     [("It’s older than my grandkids,", DIR, "Hank Miller", "jokes")]),
    ("“Retirement is just a longer lunch break,” Miller quips.",
     [("Retirement is just a longer lunch break,", DIR, "Miller", "quips")]),
    ("“Nobody had a telephone on our road,” remembers Ellen Hale, 91.",
     [("Nobody had a telephone on our road,", DIR, "Ellen Hale", "remembers")]),
    # "she" is no obituary quoted before (was "obituary")
    ("Her obituary told how she argued cases before the state supreme court in the 1950s. “I was usually the only woman "
     "in the room,” she said in a 2004 interview.",
     [("how she argued cases before the state supreme court in the 1950s", IND, "obituary", "told"),
      ("I was usually the only woman in the room,", DIR, None, "said")]),
    # guards: the verbs report nothing outside a quotation's tag; a survivor list is no speaker; names stay
    ("He remembered the day the mill closed and the men walked home in silence.", []),
    ("He is survived by his wife, Ellen, and two sons.", []),
    ("His jokes were legendary among the regulars at the diner.", []),
    ('"He never missed a Sunday," said his wife, Ellen Marsh.',
     [("He never missed a Sunday,", DIR, "Ellen Marsh", "said")]),
    ('"It was a good life," his widow, Ellen, said.',
     [("It was a good life,", DIR, "Ellen", "said")]),
    ('"He loved that river," said his grandson.',
     [("He loved that river,", DIR, "grandson", "said")]),
    ("Maria Lopez, who moved to Dayton in 1981 to work at the mill, says the town has changed beyond recognition.",
     [("the town has changed beyond recognition", IND, "Maria Lopez", "says")]),
    ("Ann Lee ran the Gazette for 30 years. “Nobody thought a woman could run a newspaper,” she wrote in her memoir.",
     [("Nobody thought a woman could run a newspaper,", DIR, "Ann Lee", "wrote")]),
])
def test_round42_enfeatures(text, expected):
    assert_exact(text, expected)


def test_round42_enfeatures_kin_span():
    # the speaker span runs from the kin noun to the name (was "his widow")
    text = "“He never met a stranger,” said his widow, Margaret."
    assert "his widow, Margaret" in _speaker_spans(text)
