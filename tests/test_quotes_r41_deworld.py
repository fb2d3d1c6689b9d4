"""Round 41 (deworld): German foreign news (wars, elections, summits, disasters abroad; agency and media relays).

Sentences written for these tests in the style of foreign news in tagesschau, ZDF, Spiegel, Standard, NZZ (see docs/quotes.md).
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


# 1. "nach Berichten/Meldungen über …": after reports about something, nobody's account (the noun with "über" was the
# speaker, the content two fragments or began at "über"); a call in the clause stays a sentence-long act
@pytest.mark.parametrize(("text", "expected"), [
    ("Nach Berichten über Plünderungen hat die Militärregierung eine nächtliche Ausgangssperre verhängt.", []),
    ("Peking hat nach Berichten über einen Überwachungsflug über Taiwan zur Mäßigung aufgerufen.",
     [("Peking hat nach Berichten über einen Überwachungsflug über Taiwan zur Mäßigung aufgerufen", IND, "Peking",
       "aufgerufen")]),
    ("Nach ersten Meldungen über Schüsse an der Grenze schloss Georgien alle Übergänge.", []),
    ("Die Regierung in Manila hat nach Informationen über einen drohenden Taifun die Küstendörfer räumen lassen.", []),
])
def test_r41_deworld_reports_about(text, expected):
    assert_exact(text, expected)


# guards: a source noun with its owner, or "laut", still reports
@pytest.mark.parametrize(("text", "expected"), [
    ("Nach Berichten des Senders Al-Dschasira wurden bei dem Angriff mindestens zwölf Menschen getötet.",
     [("wurden bei dem Angriff mindestens zwölf Menschen getötet", IND, "Senders Al-Dschasira", "Nach")]),
    ("Nach Angaben der Vereinten Nationen sind mehr als 200.000 Menschen auf der Flucht.",
     [("sind mehr als 200.000 Menschen auf der Flucht", IND, "Vereinten Nationen", "Nach")]),
])
def test_r41_deworld_reports_about_guards(text, expected):
    assert_exact(text, expected)


# 2. "nach Angaben aus Kiew": a bare capital or state after "aus" is the source inside the clause (the speaker was
# "Angaben", the second fragment began at "aus Kiew"), as "aus Regierungskreisen"
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Armee will nach Angaben aus Kiew die Stellungen am Fluss halten.",
     [("Die Armee will", IND, "Angaben aus Kiew", "nach"), ("die Stellungen am Fluss halten", IND, "Angaben aus Kiew", "nach")]),
    ("Der Kanzler wird nach Angaben aus Brüssel am Gipfel teilnehmen.",
     [("Der Kanzler wird", IND, "Angaben aus Brüssel", "nach"), ("am Gipfel teilnehmen", IND, "Angaben aus Brüssel", "nach")]),
    ("Die Gespräche sollen nach Angaben aus Teheran in der kommenden Woche fortgesetzt werden.",
     [("Die Gespräche sollen", IND, "Angaben aus Teheran", "nach"),
      ("in der kommenden Woche fortgesetzt werden", IND, "Angaben aus Teheran", "nach")]),
])
def test_r41_deworld_angaben_aus_capital(text, expected):
    assert_exact(text, expected)


# guards: a fronted "Nach Angaben aus …", a circle after "aus", and a place of origin after an owned source stay
@pytest.mark.parametrize(("text", "expected"), [
    ("Nach Angaben aus Moskau wurden zwei Drohnen abgefangen.",
     [("wurden zwei Drohnen abgefangen", IND, "Angaben aus Moskau", "Nach")]),
    ("Die Minister wollen nach Angaben aus Diplomatenkreisen neue Sanktionen beschließen.",
     [("Die Minister wollen", IND, "Angaben aus Diplomatenkreisen", "nach"),
      ("neue Sanktionen beschließen", IND, "Angaben aus Diplomatenkreisen", "nach")]),
    ("Die Flüchtlinge kamen nach Angaben der Behörden aus Syrien.",
     [("Die Flüchtlinge kamen", IND, "Behörden", "nach"), ("aus Syrien", IND, "Behörden", "nach")]),
])
def test_r41_deworld_angaben_aus_guards(text, expected):
    assert_exact(text, expected)
