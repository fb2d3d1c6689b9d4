"""Round 41 (depronouns5): German regional, police and union news: a condition's own dass-clause.

Sentences written for these tests in the style of dpa and police reports in regional papers (see docs/quotes.md).
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


# 1. a condition's own dass-clause ("für den Fall, dass", "unter der Bedingung, dass") is no content of the act before
# it: the act's sentence is the report, as with "falls" (only the dass-clause was reported)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Gewerkschaft kündigte unbefristete Streiks für den Fall an, dass die Arbeitgeber kein neues Angebot vorlegen.",
     [("Die Gewerkschaft kündigte unbefristete Streiks für den Fall an, dass die Arbeitgeber kein neues Angebot vorlegen",
       IND, "Gewerkschaft", "kündigte")]),
    ("Verdi-Landeschefin Petra Krause kündigte am Montag weitere Warnstreiks für den Fall an, dass die dritte Runde "
     "keinen Durchbruch bringt.",
     [("Verdi-Landeschefin Petra Krause kündigte am Montag weitere Warnstreiks für den Fall an, dass die dritte Runde "
       "keinen Durchbruch bringt", IND, "Petra Krause", "kündigte")]),
    ("Der Betriebsrat drohte für den Fall, dass das Werk geschlossen wird, mit Protesten.",
     [("Der Betriebsrat drohte für den Fall, dass das Werk geschlossen wird, mit Protesten", IND, "Betriebsrat",
       "drohte")]),
    ("Die Opposition kündigte eine Klage für den Fall an, dass der Rat den Haushalt ohne Änderungen beschließt.",
     [("Die Opposition kündigte eine Klage für den Fall an, dass der Rat den Haushalt ohne Änderungen beschließt",
       IND, "Opposition", "kündigte")]),
])
def test_r41_depronouns5_condition_dass(text, expected):
    assert_exact(text, expected)


# guards: a dass-clause right after the cue, and "Fall" inside the content, stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Gewerkschaft kündigte an, dass die Beschäftigten am Mittwoch die Arbeit niederlegen.",
     [("die Beschäftigten am Mittwoch die Arbeit niederlegen", IND, "Gewerkschaft", "kündigte")]),
    ("Der Bürgermeister sagte, für den Fall, dass die Brücke gesperrt bleibt, werde ein Bus eingesetzt.",
     [("für den Fall, dass die Brücke gesperrt bleibt, werde ein Bus eingesetzt", IND, "Bürgermeister", "sagte")]),
])
def test_r41_depronouns5_condition_dass_guards(text, expected):
    assert_exact(text, expected)
