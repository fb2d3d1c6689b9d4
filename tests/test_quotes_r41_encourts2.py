"""Round 41 (encourts2): English court and legal news, leftovers (sentences written for these tests)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
        cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                    None if sp is None else text[sp.start : sp.end], None if cue is None else text[cue.start : cue.end]))
    return sorted(out)


def assert_exact(text, expected):
    """Exactly these quotes (text, label), each with its speaker name, SPEAKER span and CUE span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert by_text[(t, lab)] == rest, (t, by_text[(t, lab)])

# fixes: each row fails against the frozen tree (9fe9ecb)
@pytest.mark.parametrize(("text", "expected"), [
    # a light noun of a passive after a modal: a case anyone could make, no report ("made" was the cue, no speaker)
    ("A case can be made that the agency overstepped its authority when it froze the grants.", []),
    ("A case could be made that the jury instructions were flawed, the defense argued in its appeal.",
     [("A case could be made that the jury instructions were flawed", IND, "defense", "the defense", "argued")]),
    # the outlet's own head noun after its name in "published by" ("report published by People", without "magazine")
    ("The actor was released on bail on Monday, according to a report published by People magazine.",
     [("The actor was released on bail on Monday", IND, "report published by People magazine",
       "a report published by People magazine", "according to")]),
    ("The couple settled the lawsuit out of court, according to an interview published by Rolling Stone magazine.",
     [("The couple settled the lawsuit out of court", IND, "interview published by Rolling Stone magazine",
       "an interview published by Rolling Stone magazine", "according to")]),
])
def test_round41_encourts2_fixes(text, expected):
    assert_exact(text, expected)


# guards: they pass on the frozen tree and must stay
@pytest.mark.parametrize(("text", "expected"), [
    ("An argument could be made that the judge should have recused himself from the trial.", []),
    ("A strong case can be made that the contract was void from the start, according to a ruling issued by "
     "Judge Maria Lopez.",
     [("A strong case can be made that the contract was void from the start", IND,
       "Maria Lopez", "a ruling issued by Judge Maria Lopez", "according to")]),
    ("The point was made by several senators that the bill had been rushed.",
     [("the bill had been rushed", IND, "several senators", "several senators", "made")]),
    ("The prosecutor made the case that the defendant had planned the robbery for weeks.",
     [("the defendant had planned the robbery for weeks", IND, "prosecutor", "The prosecutor", "made")]),
    ("The singer filed for divorce in March, according to a report published by The New York Times.",
     [("The singer filed for divorce in March", IND, "report published by The New York Times",
       "a report published by The New York Times", "according to")]),
    ("The singer filed for divorce in March, People magazine reported.",
     [("The singer filed for divorce in March", IND, "People magazine", "People magazine", "reported")]),
    ("The suit, filed in federal court in Manhattan, accuses the bank of fraud.",
     [("The suit, filed in federal court in Manhattan, accuses the bank of fraud", IND, "suit", "The suit",
       "accuses")]),
])
def test_round41_encourts2_guards(text, expected):
    assert_exact(text, expected)
