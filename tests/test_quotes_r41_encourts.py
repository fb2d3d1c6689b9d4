"""Round 41 (encourts): English court and legal news (sentences written for these tests)."""

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

# fixes: each row fails against the frozen tree (07a5a27)

# fixes: each row fails against the frozen tree (2fa41d7)
@pytest.mark.parametrize(("text", "expected"), [
    # a court's vote tally or a manner adverb between "ruled/held/found" and "that" (reported nothing)
    ("The Supreme Court ruled 6-3 on Thursday that the state's ban on the devices was unconstitutional.",
     [("the state's ban on the devices was unconstitutional", IND, "Supreme Court", "The Supreme Court", "ruled")]),
    ("A divided appeals court ruled 2-1 that the city had violated the tenants' rights.",
     [("the city had violated the tenants' rights", IND, "divided appeals court", "A divided appeals court",
       "ruled")]),
    ("The Ninth Circuit panel held unanimously that the officers were not entitled to qualified immunity.",
     [("the officers were not entitled to qualified immunity", IND, "Ninth Circuit panel",
       "The Ninth Circuit panel", "held")]),
    ("The justices held 5-4 that the agency had exceeded its authority under the statute.",
     [("the agency had exceeded its authority under the statute", IND, "justices", "The justices", "held")]),
    ("The jury found unanimously that the hospital had been negligent in the boy's care.",
     [("the hospital had been negligent in the boy's care", IND, "jury", "The jury", "found")]),
    # a name in a participle's "by" phrase is no antecedent of a later "She"/"He" (was the last name of the list)
    ("Sotomayor, joined by Justices Elena Kagan and Ketanji Brown Jackson, wrote that the ruling ignored precedent. "
     "She said the majority had rewritten the statute.",
     [("the ruling ignored precedent", IND, "Sotomayor", "Sotomayor", "wrote"),
      ("the majority had rewritten the statute", IND, "Sotomayor", "She", "said")]),
    ("Sotomayor, joined by fellow liberal justices Elena Kagan and Ketanji Brown Jackson, said the order was "
     "unlawful. She wrote that the order would harm thousands of families.",
     [("the order was unlawful", IND, "Sotomayor", "Sotomayor", "said"),
      ("the order would harm thousands of families", IND, "Sotomayor", "She", "wrote")]),
])
def test_round41_encourts_fixes(text, expected):
    assert_exact(text, expected)


# guards: they pass on the frozen tree and must stay
@pytest.mark.parametrize(("text", "expected"), [
    ("The court voted 7-2 to uphold the conviction.", []),
    ("The school board decided unanimously that the building would close.", []),
    ("The hearing was held early that morning in the county courthouse.", []),
    ("The judge ruled Friday that the evidence could not be used at trial.",
     [("the evidence could not be used at trial", IND, "judge", "The judge", "ruled")]),
    ("Kagan, joined by Justice Sonia Sotomayor, wrote that the majority had gone too far. She called the ruling "
     "\"a disaster.\"",
     [("the majority had gone too far", IND, "Kagan", "Kagan", "wrote"),
      ("a disaster.", DIR, "Kagan", "She", "called")]),
    ("The complaint alleges that officers used excessive force during the arrest.",
     [("officers used excessive force during the arrest", IND, "complaint", "The complaint", "alleges")]),
])
def test_round41_encourts_guards(text, expected):
    assert_exact(text, expected)
