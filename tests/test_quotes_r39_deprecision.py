"""Quote pre-annotator, round 39 (helper deprecision): German precision on news, false quotes.

Sentences written for these tests (names invented), in the style of German regional, political and culture news:
"sich nennen" (being called) is no speech act, and a title, heading or motto introduced by its label and a colon
("unter der Überschrift: „…“", "unter dem Motto: „…“") is no direct quote of the sentence's subject.
"""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_exact(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # (round 39, deprecision) "sich nennen" is being called: no report (were speech acts of the team, the group)
    ("Offiziell nennt sich die Arbeitsgruppe „Zukunft Kreisklinik“.", []),
    ("Seit dem Frühjahr nennt sich der Verein „Freunde des Stadtparks“.", []),
    ("Die Bürgerinitiative nannte sich damals „Rettet den Bahnhof“.", []),
])
def test_round39_deprecision_sich_nennen(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 39, deprecision) a title, heading or motto after its label and a colon is no one's words (were direct
    # quotes by the paper, the demonstration, the exhibition)
    ("Das Papier enthält in jedem Kapitel einen Absatz unter der Überschrift: „Was wir noch erreichen wollen“.", []),
    ("Die Kundgebung am Marktplatz lief unter dem Motto: „Unsere Klinik bleibt hier, weil wir sie brauchen“.", []),
    ("Rund 400 Menschen zogen am Samstag unter dem Motto: „Wir sind mehr als eine Zahl“ durch die Innenstadt.", []),
])
def test_round39_deprecision_colon_titles(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # (round 39, deprecision) guards: what the new rules leave alone
    # "nennen" with an object and no "sich" is still a speech act
    ("Der Landrat nannte die Pläne des Klinikverbunds „völlig überzogen“.",
     [("völlig überzogen", DIR, "Landrat")]),
    # a label right before the quotation was a name before and stays one
    ("Die Ausstellung im Stadtmuseum trägt den Titel: „Hundert Jahre Hafen“.", []),
    # a cue before the label: the quotation is what was said
    ("Der Trainer sagte mit Blick auf den Titel: „Wir sind noch lange nicht am Ziel.“",
     [("Wir sind noch lange nicht am Ziel.", DIR, "Trainer")]),
    # a trailing cue after the quotation
    ("Über den Titel: „Wir sind noch lange nicht am Ziel“, so der Trainer.",
     [("Wir sind noch lange nicht am Ziel", DIR, "Trainer")]),
    # no label before the colon
    ("Die Sprecherin erklärte: „Die Klinik bleibt geöffnet.“",
     [("Die Klinik bleibt geöffnet.", DIR, "Sprecherin")]),
])
def test_round39_deprecision_guards(text, expected):
    assert_exact(text, expected)
