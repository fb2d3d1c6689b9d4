"""Round 40 (derelacts): German speech acts with the object mistaken for the speaker (sentences written for these
tests in the style of German agency and political news pages, 2005–2020)."""

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


# a lone name, a singular speech act, adverbs and a die-phrase: the name speaks, the phrase is the object (the speaker
# was the object)
@pytest.mark.parametrize(("text", "expected"), [
    ("Schäuble kritisierte außerdem die Pläne der EU-Kommission für eine Bankenunion.",
     [("Schäuble kritisierte außerdem die Pläne der EU-Kommission für eine Bankenunion", IND, "Schäuble",
       "kritisierte")]),
    ("Kretschmann begrüßte ausdrücklich die Entscheidung des Verfassungsgerichts.",
     [("Kretschmann begrüßte ausdrücklich die Entscheidung des Verfassungsgerichts", IND, "Kretschmann",
       "begrüßte")]),
    ("Gysi forderte gestern die Rücknahme der Rente mit 67.",
     [("Gysi forderte gestern die Rücknahme der Rente mit 67", IND, "Gysi", "forderte")]),
    ("Westerwelle lobte zudem die Zurückhaltung der Regierung in Kairo.",
     [("Westerwelle lobte zudem die Zurückhaltung der Regierung in Kairo", IND, "Westerwelle", "lobte")]),
    ("Bosbach lehnte gestern die Pläne der Koalition ab.",
     [("Bosbach lehnte gestern die Pläne der Koalition ab", IND, "Bosbach", "lehnte")]),
])
def test_r40_derelacts_name_adverb_object(text, expected):
    assert_exact(text, expected)


# a relative clause whose pronoun is the subject of its act: the antecedent speaks (nothing was found, or the object
# or a compared group was the speaker)
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Ministerpräsident, der Neuwahlen ankündigte, verlor am Abend die Abstimmung im Landtag.",
     [("der Neuwahlen ankündigte", IND, "Ministerpräsident", "ankündigte")]),
    ("Die Linke, die das Gesetz ablehnte, stimmte geschlossen mit Nein.",
     [("die das Gesetz ablehnte", IND, "Linke", "ablehnte")]),
    ("Die Ministerin, die die Schließung der Grenzen ablehnt, will am Montag nach Brüssel reisen.",
     [("die die Schließung der Grenzen ablehnt", IND, "Ministerin", "ablehnt")]),
    ("Der Verband, der höhere Zahlungen forderte, drohte mit einer Klage.",
     [("der höhere Zahlungen forderte", IND, "Verband", "forderte"),
      # (round 40, deobjects) the main act too, as without the relative clause ("Der Verband drohte mit einer Klage")
      ("Der Verband, der höhere Zahlungen forderte, drohte mit einer Klage", IND, "Verband", "drohte")]),
    ("Müller, der ähnlich wie die Grünen angekündigt hatte, gegen den Haushalt zu stimmen, blieb der Sitzung fern.",
     [("gegen den Haushalt zu stimmen", IND, "Müller", "angekündigt")]),
])
def test_r40_derelacts_relative_subject(text, expected):
    assert_exact(text, expected)


# guards: plain events and non-speech verbs, a named subject of an object relative, and a subject after a fronted adverb
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Minister, der die Reform scharf kritisiert hatte, trat am Montag zurück.",
     [("der die Reform scharf kritisiert hatte", IND, "Minister", "kritisiert")]),
    ("Die Pläne, die Merkel kritisierte, wurden gestoppt.",
     [("die Merkel kritisierte", IND, "Merkel", "kritisierte")]),
    ("Der Autobauer, der 500 Stellen abbaute, schrieb wieder schwarze Zahlen.", []),
    ("Die Stadt, die neue Radwege baute, gewann einen Preis.", []),
    ("Zugleich kritisierte zudem die Union die Pläne.",
     [("Zugleich kritisierte zudem die Union die Pläne", IND, "Union", "kritisierte")]),
    ("Merkel traf gestern die Präsidentin des Parlaments.", []),
    ("Die Opposition lehnte gestern den Antrag ab.",
     [("Die Opposition lehnte gestern den Antrag ab", IND, "Opposition", "lehnte")]),
])
def test_r40_derelacts_guards(text, expected):
    assert_exact(text, expected)
