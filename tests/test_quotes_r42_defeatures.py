"""Round 42 (defeatures): German features and portraits (sentences written for these tests in the style of regional
features; see docs/quotes.md)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
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




# fixes: each row fails against the frozen tree (b56bcd8)
@pytest.mark.parametrize(("text", "expected"), [
    # a fronted plural object, a singular verb, then "sie": the pronoun (and its antecedent) speaks, not the object
    ("„Das ist meine Ecke“, sagt Erna Hoffmann. Die Sorten der alten Apfelbäume kennt sie alle. „Mein Vater hat sie gepflanzt.“",
     [("Das ist meine Ecke", DIR, "Erna Hoffmann", "Erna Hoffmann", "sagt"),
      ("Mein Vater hat sie gepflanzt.", DIR, "Erna Hoffmann", "sie", None)]),
    ("„Ich bin hier aufgewachsen“, erzählt Karl Brenner. Doch die Namen der Nachbarn vergisst er inzwischen. „Das ist eben das Alter, da kann man nichts machen.“",
     [("Ich bin hier aufgewachsen", DIR, "Karl Brenner", "Karl Brenner", "erzählt"),
      ("Das ist eben das Alter, da kann man nichts machen.", DIR, "Karl Brenner", "er", None)]),
    # no antecedent: no speaker rather than the fronted object
    ("Die Rosen schneidet sie jeden Herbst selbst zurück. „Das macht mir keiner nach.“",
     [("Das macht mir keiner nach.", DIR, None, None, None)]),
])
def test_fixes(text, expected):
    assert_exact(text, expected)


# guards: must stay as they are
@pytest.mark.parametrize(("text", "expected"), [
    # a singular subject first: it speaks
    ("„Ich komme gern“, sagt Ida Lenz. Die Nachbarin kennt sie seit der Schulzeit. „Wir waren immer zusammen.“",
     [("Ich komme gern", DIR, "Ida Lenz", "Ida Lenz", "sagt"),
      ("Wir waren immer zusammen.", DIR, "Nachbarin", "Die Nachbarin", None)]),
    # a plural verb: the plural noun is the subject
    ("Die Enkelinnen besuchen sie jeden Sonntag. „Wir backen dann zusammen.“",
     [("Wir backen dann zusammen.", DIR, "Enkelinnen", "Die Enkelinnen", None)]),
])
def test_guards(text, expected):
    assert_exact(text, expected)
