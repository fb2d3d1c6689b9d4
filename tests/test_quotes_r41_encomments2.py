"""Quote pre-annotator, round 41 (helper encomments2): reader comments on news sites, second pass.

Sentences written for these tests in the style of Civil Comments posts (no copied text): a nickname quoted inside a
name is nobody's words, a word quoted after "add" and before "to" is a mention, beliefs and ways of life after
"according to" are no source, and an underscore signs a copied line with its author's name as a dash does.
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
    # a nickname quoted inside a name (was a direct quote without a speaker)
    ("Kamala \"lock up the climate deniers\" Harris will never win Ohio.", []),
    ("So now Bernie \"free college for everyone\" Sanders wants a pay raise for himself.", []),
    ("Neville \"peace in our time\" Chamberlain would be proud of this council.", []),
    ("Remember when Hillary \"we came, we saw\" Clinton ran the State Department?", []),
    # a word added to a list or a text (was a direct quote by the subject with the cue "add")
    ("Do we now add \"coward\" to the list of names for this mayor?", []),
    ("Now they have added \"racist\" to the list of words for anyone who disagrees.", []),
    ("The board added \"under review\" to every permit on the agenda.", []),
    # beliefs and ways of life after "according to" are no source (the source was "their own ideologies")
    ("The judges are reading the ban according to their own ideologies.", []),
    ("Women over there are treated according to the Wahhabi way.", []),
    ("Apostates are punished according to the state religion.", []),
    ("Everything is decided according to Republican beliefs these days.", []),
    # a copied line signed with an underscore and its author's name (was a quotation without a speaker)
    ("\"The levy will pay for itself within a decade, and nobody will miss the money.\"_  Ken Dawson, letter writer\n\n"
     "Nobody believes that anymore.",
     [("The levy will pay for itself within a decade, and nobody will miss the money.", DIR, "Ken Dawson", None)]),
])
def test_r41_encomments2_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a quotation after a first name with a cue of its own still reports
    ("Bernie said \"free college for everyone\" and the crowd cheered.",
     [("free college for everyone", DIR, "Bernie", "said")]),
    # "added" with its speech after a comma or a colon still reports
    ("The mayor added, \"We will not raise the levy to pay for it.\"",
     [("We will not raise the levy to pay for it.", DIR, "mayor", "added")]),
    # sources after "according to" stay
    ("According to the state auditor, the program lost two million dollars.",
     [("the program lost two million dollars", IND, "state auditor", "According to")]),
    ("According to the Cato Institute, the tariffs cost jobs.",
     [("the tariffs cost jobs", IND, "Cato Institute", "According to")]),
    # an underscore before a username that is no person's name signs nothing
    ("\"Agreed, the naivete on this board is overwhelming.\"\n_Quiet Voice\n\nThen stop reading it.",
     [("Agreed, the naivete on this board is overwhelming.", DIR, None, None)]),
])
def test_r41_encomments2_guards(text, expected):
    assert_exact(text, expected)
