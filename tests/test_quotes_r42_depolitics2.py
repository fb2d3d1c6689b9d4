"""Round 42 (helper depolitics2): German politics and business news. Sentences written for these tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by[(t, lab)] == (sp, cue), (t, by[(t, lab)])


# 1. a body's proper name in a second genitive belongs to the speaker's description ("des Bundesverbands der Deutschen
# Industrie"); a paper after it is the addressee (the report was lost, or the speaker ended at "Bundesverbands")
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Lage der Betriebe sei dramatisch, sagte der Präsident des Bundesverbands der Deutschen Industrie der "
     "„Frankfurter Allgemeinen Zeitung“.",
     [("Die Lage der Betriebe sei dramatisch", IND, "Präsident des Bundesverbands der Deutschen Industrie", "sagte")]),
    ("„Wir verlieren jeden Monat Aufträge“, sagte der Hauptgeschäftsführer des Verbands der Chemischen Industrie.",
     [("Wir verlieren jeden Monat Aufträge", DIR, "Hauptgeschäftsführer des Verbands der Chemischen Industrie",
       "sagte")]),
    ("Die Innenstädte bräuchten mehr Hilfe, sagte ein Sprecher des Verbands des Deutschen Einzelhandels dem „Spiegel“.",
     [("Die Innenstädte bräuchten mehr Hilfe", IND, "Sprecher des Verbands des Deutschen Einzelhandels", "sagte")]),
])
def test_r42_depolitics2_second_body_genitive(text, expected):
    assert_exact(text, expected)


# 2. coordinated adjectives with the first one elided open the speaker's title ("die sozial- und gesundheitspolitische
# Sprecherin"; the speaker was "sozial" or the report was lost)
@pytest.mark.parametrize(("text", "expected"), [
    ("Das Gesetz komme viel zu spät, sagte die sozial- und gesundheitspolitische Sprecherin der Grünen Petra Lindner.",
     [("Das Gesetz komme viel zu spät", IND, "Petra Lindner", "sagte")]),
    ("„Das ist ein Armutszeugnis“, kritisierte der innen- und rechtspolitische Sprecher der FDP-Fraktion, Jan Oltmann.",
     [("Das ist ein Armutszeugnis", DIR, "Jan Oltmann", "kritisierte")]),
])
def test_r42_depolitics2_elided_adjective_title(text, expected):
    assert_exact(text, expected)


# 3. a participle with its agent inside a noun phrase ("das von der Regierung angekündigte …") is no cue: the speaker
# named before speaks on (the agent was the speaker of every quotation after it)
@pytest.mark.parametrize(("text", "expected"), [
    ("„Wir brauchen Entlastung“, forderte Verbandschef Martin Kessler. Das von der Bundesregierung propagierte "
     "„Sofortprogramm“ sei „reine Symbolpolitik“.",
     [("Wir brauchen Entlastung", DIR, "Martin Kessler", "forderte"),
      ("Das von der Bundesregierung propagierte „Sofortprogramm“ sei „reine Symbolpolitik“", IND, "Martin Kessler", None),
      ("reine Symbolpolitik", DIR, "Martin Kessler", None)]),
])
def test_r42_depolitics2_attributive_participle(text, expected):
    assert_exact(text, expected)


# guards: one genitive before a paper, a name in apposition after a long chain, a finite cue after "von der Leyen", and
# a single adjective before the title stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Lage sei ernst, sagte der Chef der Deutschen Bahn der „SZ“.",
     [("Die Lage sei ernst", IND, "Chef der Deutschen Bahn", "sagte")]),
    ("Die Lage sei ernst, sagte der Präsident des Bundesverbands der Deutschen Industrie, Karl Brenner, der „Zeit“.",
     [("Die Lage sei ernst", IND, "Karl Brenner", "sagte")]),
    ("Die Lage sei ernst, sagte die gesundheitspolitische Sprecherin der Grünen Petra Lindner.",
     [("Die Lage sei ernst", IND, "Petra Lindner", "sagte")]),
    ("Die Regierung propagierte das „Sofortprogramm“ als großen Wurf.",
     [("Sofortprogramm", DIR, "Regierung", "propagierte")]),
])
def test_r42_depolitics2_guards(text, expected):
    assert_exact(text, expected)
