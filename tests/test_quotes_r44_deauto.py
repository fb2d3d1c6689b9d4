"""Round 44, helper deauto: German automotive, aviation and industry news (sentences written for these tests in the
style of Automobilwoche, Handelsblatt, dpa and aviation pages; see docs/quotes.md)."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end], sp and text[sp.start:sp.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker, cue and speaker span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert tuple(by[(t, lab)]) == tuple(rest), (t, by[(t, lab)])


# 1. A quoted paper's name after a speaker that is no title is the addressee, not the speaker's genitive ("teilte die
# Aufsichtsbehörde der „Welt am Sonntag“ mit" had the speaker "Aufsichtsbehörde der Welt am Sonntag")
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Rückruf betreffe rund 8000 Fahrzeuge, teilte die Behörde der „Frankfurter Allgemeinen Zeitung“ mit.",
     [("Der Rückruf betreffe rund 8000 Fahrzeuge", IND, "Behörde", "teilte", "die Behörde")]),
    ("Man prüfe rechtliche Schritte gegen den Zulieferer, bestätigte das Unternehmen der „Welt am Sonntag“.",
     [("Man prüfe rechtliche Schritte gegen den Zulieferer", IND, "Unternehmen", "bestätigte", "das Unternehmen")]),
    ("„Die Maschine sackte plötzlich ab“, sagte ein Passagier der „Kölnischen Rundschau“.",
     [("Die Maschine sackte plötzlich ab", DIR, "Passagier", "sagte", "ein Passagier")]),
    ("Die Werke würden bis Ende Mai stillstehen, erklärte der Autobauer der „Stuttgarter Zeitung“.",
     [("Die Werke würden bis Ende Mai stillstehen", IND, "Autobauer", "erklärte", "der Autobauer")]),
])
def test_r44_deauto_quoted_paper_addressee(text, expected):
    assert_exact(text, expected)


# 2. Guards: a paper's own people and parts keep its name; a title (as before) and a report's source noun stay as
# they were
@pytest.mark.parametrize(("text", "expected"), [
    ("„Wir haben alle Unterlagen geprüft“, sagte die Chefredakteurin der „Stuttgarter Zeitung“.",
     [("Wir haben alle Unterlagen geprüft", DIR, "Chefredakteurin der Stuttgarter Zeitung", "sagte",
       "die Chefredakteurin der „Stuttgarter Zeitung“")]),
    ("Die Redaktion der „Frankfurter Allgemeinen Zeitung“ teilte mit, der Text werde korrigiert.",
     [("der Text werde korrigiert", IND, "Redaktion der Frankfurter Allgemeinen Zeitung", "teilte",
       "Die Redaktion der „Frankfurter Allgemeinen Zeitung“")]),
    ("Der Fall werde geprüft, sagte VW-Chef Oliver Blume der „Bild am Sonntag“.",
     [("Der Fall werde geprüft", IND, "Oliver Blume", "sagte", "VW-Chef Oliver Blume")]),
    ("Laut einem Bericht der „Süddeutschen Zeitung“ will der Konzern 3000 Stellen streichen.",
     [("will der Konzern 3000 Stellen streichen", IND, "Süddeutschen Zeitung", "Laut",
       "einem Bericht der „Süddeutschen Zeitung“")]),
])
def test_r44_deauto_quoted_paper_guards(text, expected):
    assert_exact(text, expected)
