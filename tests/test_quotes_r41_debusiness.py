"""Round 41 (debusiness): German business and economy copy (a source phrase inside a wie-clause between the
clause's subject and its report verb: "Wie der Konzern am Dienstag nach vorläufigen Berechnungen mitteilte, …").

Sentences written for these tests in the style of dpa-AFX/Reuters German business wire copy (see docs/quotes.md).
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


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


# 1. a source phrase ("nach vorläufigen Berechnungen", "nach eigenen Angaben", "nach Angaben eines Sprechers") inside
# a wie-clause, between its subject and its report verb, is an adjunct of that report: one quote, the clause's
# subject its speaker (the source phrase cut the clause into two more quotes: "Wie der Konzern am Dienstag" and
# "mitteilte, stieg der Umsatz …", with the speaker "vorläufigen Berechnungen")
@pytest.mark.parametrize(("text", "expected"), [
    ("Wie der Chemiekonzern am Mittwoch nach vorläufigen Berechnungen mitteilte, fiel der Umsatz im zweiten Quartal "
     "um 12 Prozent auf 16,1 Milliarden Euro.",
     [("fiel der Umsatz im zweiten Quartal um 12 Prozent auf 16,1 Milliarden Euro", IND, "Chemiekonzern",
       "mitteilte")]),
    ("Wie das Statistische Bundesamt nach einer ersten Schätzung mitteilte, schrumpfte die Wirtschaftsleistung "
     "im Schlussquartal um 0,3 Prozent.",
     [("schrumpfte die Wirtschaftsleistung im Schlussquartal um 0,3 Prozent", IND, "Statistische Bundesamt",
       "mitteilte")]),
    ("Die Exporte gingen im April um 1,7 Prozent zurück, wie die Wiesbadener Behörde nach vorläufigen Schätzungen "
     "berichtete.",
     [("Die Exporte gingen im April um 1,7 Prozent zurück", IND, "Wiesbadener Behörde", "berichtete")]),
    ("Wie der Versicherer nach eigenen Angaben bekanntgab, kletterte der Überschuss auf 2,4 Milliarden Euro.",
     [("kletterte der Überschuss auf 2,4 Milliarden Euro", IND, "Versicherer", "bekanntgab")]),
    ("Wie die Bahn nach Angaben eines Sprechers mitteilte, fallen am Montag alle Fernzüge im Südwesten aus.",
     [("fallen am Montag alle Fernzüge im Südwesten aus", IND, "Bahn", "mitteilte")]),
])
def test_r41_debusiness_source_inside_wie_clause(text, expected):
    assert_exact(text, expected)


# guards: a source phrase on its own, before the wie-clause or in the main clause, still reports; a wie-clause
# without a source phrase stays as it was
@pytest.mark.parametrize(("text", "expected"), [
    ("Nach vorläufigen Berechnungen sank die Industrieproduktion im März um 1,2 Prozent.",
     [("sank die Industrieproduktion im März um 1,2 Prozent", IND, "vorläufigen Berechnungen", "Nach")]),
    ("Wie der Autobauer am Donnerstag in Stuttgart mitteilte, stieg der Absatz um vier Prozent.",
     [("stieg der Absatz um vier Prozent", IND, "Autobauer", "mitteilte")]),
    ("Der Umsatz kletterte um 5,2 Prozent auf 3,1 Milliarden Euro, wie das Unternehmen am Dienstag mitteilte.",
     [("Der Umsatz kletterte um 5,2 Prozent auf 3,1 Milliarden Euro", IND, "Unternehmen", "mitteilte")]),
    ("Die Nachfrage habe sich deutlich abgeschwächt, sagte Vorstandschef Oliver Blume der Nachrichtenagentur "
     "Reuters.",
     [("Die Nachfrage habe sich deutlich abgeschwächt", IND, "Oliver Blume", "sagte")]),
])
def test_r41_debusiness_guards(text, expected):
    assert_exact(text, expected)
