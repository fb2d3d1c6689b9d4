"""Quote pre-annotator, round 41 (helper enasclauses): English "as" clauses in comments and news.

Sentences written for these tests in the style of Civil Comments posts and news columns (no copied text): a degree
word before the manner adverb between an as-clause's speaker and its verb ("as Ken Kesey so nicely put it"), a
trailing or parenthetical as-clause whose verb has its particle ("…, as Robin pointed out.", "…, as the mayor put
it."), an imperative with a speech verb after a fronted as-clause ("As Twain said, never argue with a fool"), and
"cannot" before a verb negates it ("people cannot tell the difference" is no trailing attribution).
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


@pytest.mark.parametrize(("text", "expected", "kind"), [
    # a degree word before the manner adverb (the speaker was lost: nothing, or a quotation without a speaker)
    ("As Dorothy Parker so aptly put it, \"What fresh hell is this?\"",
     [("What fresh hell is this?", DIR, "Dorothy Parker", "put")], "comment"),
    ("As the columnist so rightly pointed out, the levy will never pay for itself.",
     [("the levy will never pay for itself", IND, "columnist", "pointed")], "comment"),
    ("As the mayor very candidly said, the city has no money left for roads.",
     [("the city has no money left for roads", IND, "mayor", "said")], "article"),
    # a trailing or parenthetical as-clause with the verb's particle (reported nothing)
    ("The pipeline was never going to be built, as several readers have pointed out.",
     [("The pipeline was never going to be built", IND, "several readers", "pointed")], "comment"),
    ("The deficit is a choice, not a necessity, as the finance critic put it.",
     [("The deficit is a choice, not a necessity", IND, "finance critic", "put")], "article"),
    # an imperative with a speech verb after a fronted as-clause (reported nothing)
    ("As Grandpa Joe said, never argue with a drunk.",
     [("never argue with a drunk", IND, "Grandpa Joe", "said")], "comment"),
    ("As my coach said, do not complain about the referee.",
     [("do not complain about the referee", IND, "coach", "said")], "comment"),
    # "cannot" negates the verb after it: no trailing attribution by "people cannot"
    ("As Abe Lincoln said, never argue with a troll, readers cannot tell the two apart.",
     [("never argue with a troll, readers cannot tell the two apart", IND, "Abe Lincoln", "said")], "comment"),
])
def test_r41_enasclauses_fixes(text, expected, kind):
    assert_exact(text, expected, kind)


@pytest.mark.parametrize(("text", "expected", "kind"), [
    # (guards) unchanged
    ("As the mayor noted, the city has no money left for roads.",
     [("the city has no money left for roads", IND, "mayor", "noted")], "article"),
    ("And as Kennedy said in Berlin, he told the crowd, \"We are all free men.\"",
     [("We are all free men.", DIR, "Kennedy", "told")], "article"),
    ("The river is rising, as the sun goes down.", [], "article"),
    ("He is very well known, so he cannot say much.", [], "comment"),
    ("The plan, as Smith put it in his letter, is dead.", [], "article"),
])
def test_r41_enasclauses_guards(text, expected, kind):
    assert_exact(text, expected, kind)
