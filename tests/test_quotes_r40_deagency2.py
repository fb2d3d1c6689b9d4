"""Round 40 (deagency2): German agency news with slogans and shouts called out by 'rief'/'riefen' without a particle
(sentences written for these tests in the style of German agency news of 2004–2015)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
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


# 'rief'/'riefen' right before the quotation it calls out, in its own clause: the caller speaks (nothing was found, or
# the quotation had no speaker)
@pytest.mark.parametrize(("text", "expected"), [
    ('Die Angreifer riefen "Gott ist groß", bevor sie das Feuer eröffneten.',
     [("Gott ist groß", DIR, "Angreifer", "riefen")]),
    ("Die Demonstranten riefen „Nieder mit der Junta“.",
     [("Nieder mit der Junta", DIR, "Demonstranten", "riefen")]),
    ("Hunderte Studenten riefen „Tod den Besatzern“.",
     [("Tod den Besatzern", DIR, "Hunderte Studenten", "riefen")]),
    ('Ein Abgeordneter der Opposition rief "Schande" in den Saal.',
     [("Schande", DIR, "Abgeordneter der Opposition", "rief")]),
    ("Die Menge ruft „Rücktritt, Rücktritt“.",
     [("Rücktritt, Rücktritt", DIR, "Menge", "ruft")]),
])
def test_r40_deagency2_call_before_quotation(text, expected):
    assert_exact(text, expected)


# guards: 'rief' with its particle, a quoted noun after an article or a preposition, no quotation, and a quotation
# right before 'rief' stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Präsident rief den „Ausnahmezustand“ aus.", []),
    ("Die Gewerkschaft rief zum „Tag des Widerstands“ auf.",
     [("Tag des Widerstands", DIR, "Gewerkschaft", "rief")]),
    ("Eine Nachbarin rief die Polizei.", []),
    ("„Haltet den Dieb“, rief ein Passant.",
     [("Haltet den Dieb", DIR, "Passant", "rief")]),
    ("Die Partei rief ihre Anhänger auf, „friedlich zu bleiben“.",
     [("friedlich zu bleiben", DIR, "Partei", "rief")]),
])
def test_r40_deagency2_call_guards(text, expected):
    assert_exact(text, expected)
