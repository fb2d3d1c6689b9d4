"""Round 42 (helper enscience2): English science and medical news (sentences written for these tests).

- "…, said co-author and Johns Hopkins physicist Ibrahima Bah": an inverted speaker's role coordinated with a second
  role before the name runs on to the name (the speaker was "co-author").
- '"…," a notice in the latest edition of the journal read': "read" after a trailing document subject with its
  prepositional phrase is the cue (no speaker and no cue before).
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
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"), cue and text[cue.start : cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # a second role coordinated with the first before the name
    ('"We did not expect the signal to be this strong," said co-author and Stanford astronomer Maria Lopez.',
     [("We did not expect the signal to be this strong,", DIR, "Maria Lopez", "said")]),
    ("Older adults who walk daily sleep better, said lead author and Emory neurologist Jane Doe.",
     [("Older adults who walk daily sleep better", IND, "Jane Doe", "said")]),
    ("The reef recovered faster than expected, says study co-author and University of Hawaii biologist Kai Nakamura.",
     [("The reef recovered faster than expected", IND, "Kai Nakamura", "says")]),
    ('"It changes how we think about dark matter," said co-author and MIT physicist Daniel Okafor, who led the '
     'simulations.',
     [("It changes how we think about dark matter,", DIR, "Daniel Okafor", "said")]),
])
def test_r42_enscience2_coordinated_role(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a trailing document subject with a prepositional phrase before "read"
    ('"Two of the authors failed to disclose their ties to industry," a notice in the latest issue of the journal '
     'read.',
     [("Two of the authors failed to disclose their ties to industry,", DIR,
       "notice in the latest issue of the journal", "read")]),
    ('"The results could not be reproduced," a statement from the editors read.',
     [("The results could not be reproduced,", DIR, "statement from the editors", "read")]),
])
def test_r42_enscience2_document_read(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: shapes that were right before
    ('"We were surprised," said co-author Maria Lopez.',
     [("We were surprised,", DIR, "Maria Lopez", "said")]),
    ('"The study was retracted," the notice read.',
     [("The study was retracted,", DIR, "notice", "read")]),
    ("The drug cut the risk of stroke, said Acme President and CEO Jane Doe.",
     [("The drug cut the risk of stroke", IND, "Jane Doe", "said")]),
    # guards: no name after the second role, and a reader who reads aloud
    ('"This is a first step," said the author and then left the stage.',
     [("This is a first step,", DIR, "author", "said")]),
    ('"Tell us more," the students in the class read aloud.', []),
])
def test_r42_enscience2_guards(text, expected):
    assert_exact(text, expected)
