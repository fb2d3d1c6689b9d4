"""Quote pre-annotator, round 41 (helper ensports): English sports news (wire recaps, post-game quotes, injury and
transaction reports).

Sentences written for these tests (teams and players public, the words invented) in the style of AP, ESPN, CBC and
club-site sports pages:

- a light-verb noun behind a preposition is no object of the verb: "The Bills took over at their own 25-yard line",
  "took a knee at the 1-yard line", "took possession at the 20-yard line" (whole sentences were reported, cue "took");
  a point of the game is no argument: "Butker made the extra point" (cue "made");
- a time word between the cue and the closing comma of an interrupting attribution: "The injury, Kuzma said
  afterward, is a hip strain", "The plan, Reid said Monday, is …" (nothing was reported);
- "per" credits a source after a comma, as "according to" does: "…, per ESPN", "…, per league sources", "…, per a team
  source" (nothing was reported); not a rate or a rule ("per game", "per NFL rules", "per the agreement");
- a lone surname after an inverted cue, then "of" and whom the person spoke of: '"…," said Reid of Mahomes' (the
  speaker was "Reid of Mahomes").
"""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


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


# a light-verb noun behind a preposition, or a point of the game: no report
@pytest.mark.parametrize(("text", "expected"), [
    ("The Bills took over at their own 25-yard line with 13 seconds left.", []),
    ("Allen took a knee at the 1-yard line to run out the clock before halftime.", []),
    ("Denver took possession at its own 20-yard line and drove 80 yards for the winning score.", []),
    ("Harrison Butker made the extra point to put Kansas City ahead 24-21.", []),
])
def test_r41_ensports_game_nouns(text, expected):
    assert_exact(text, expected)


# a time word closes an interrupting attribution
@pytest.mark.parametrize(("text", "expected"), [
    ("The injury, Kuzma said afterward, is a hip strain he picked up against Houston last week.",
     [("The injury", IND, "Kuzma", "said"),
      ("is a hip strain he picked up against Houston last week", IND, "Kuzma", "said")]),
    ("The plan, Reid said Monday, is to rest the starters against Denver.",
     [("The plan", IND, "Reid", "said"), ("is to rest the starters against Denver", IND, "Reid", "said")]),
    ("His shoulder, the coach said on Thursday, is no longer a concern.",
     [("His shoulder", IND, "coach", "said"), ("is no longer a concern", IND, "coach", "said")]),
])
def test_r41_ensports_interrupted_time(text, expected):
    assert_exact(text, expected)


# "per" after a comma credits a source
@pytest.mark.parametrize(("text", "expected"), [
    ("Tyrese Maxey agreed to a five-year extension with Philadelphia, per ESPN.",
     [("Tyrese Maxey agreed to a five-year extension with Philadelphia", IND, "ESPN", "per")]),
    ("The deal is worth $200 million over four years, per league sources.",
     [("The deal is worth $200 million over four years", IND, "league sources", "per")]),
    ("Tatum will miss at least two weeks with a sprained ankle, per a team source.",
     [("Tatum will miss at least two weeks with a sprained ankle", IND, "team source", "per")]),
])
def test_r41_ensports_per_source(text, expected):
    assert_exact(text, expected)


# a lone surname, then whom the person spoke of
@pytest.mark.parametrize(("text", "expected"), [
    ('"He was special tonight," said Reid of Mahomes.',
     [("He was special tonight,", DIR, "Reid", "said")]),
    ('"He is the best finisher in the world," said Klopp of Salah after the game.',
     [("He is the best finisher in the world,", DIR, "Klopp", "said")]),
])
def test_r41_ensports_spoken_of(text, expected):
    assert_exact(text, expected)


# guards: what must stay as it was
@pytest.mark.parametrize(("text", "expected"), [
    ("Mahomes took the view that the loss was on him.",
     [("the loss was on him", IND, "Mahomes", "took")]),
    ("The coach made the point that his defense had to tackle better.",
     [("his defense had to tackle better", IND, "coach", "made")]),
    ("The injury, Kuzma said, is a hip strain.",
     [("The injury", IND, "Kuzma", "said"), ("is a hip strain", IND, "Kuzma", "said")]),
    ('"I felt fine out there," Kuzma said afterward.',
     [("I felt fine out there,", DIR, "Kuzma", "said")]),
    # (merge) a whole clause before the attribution: the adjunct after its time word is no second part
    ("Inflation in March was expected to come in between 7.4% and 8.2%, the central bank said on Friday, ahead of the "
     "release of the data.",
     [("Inflation in March was expected to come in between 7.4% and 8.2%", IND, "central bank", "said")]),
    ("He averaged 27 points per game last season.", []),
    ("The penalty costs the offense 15 yards, per NFL rules.", []),
    ("Each player receives a $500 bonus, per the agreement.", []),
    ('"Rates will stay high," said Jane Smith of Goldman Sachs.',
     [("Rates will stay high,", DIR, "Jane Smith", "said")]),
    ('"He was brilliant," said Pellegrini of the Belgian.',
     [("He was brilliant,", DIR, "Pellegrini", "said")]),
])
def test_r41_ensports_guards(text, expected):
    assert_exact(text, expected)
