"""Round 41 (deplaces): German speaker boundaries in agency and foreign-news copy (places listed after a subject, a
bare title with its genitive before a name in apposition).

Sentences written for these tests in the style of dpa/AFP regional and foreign news (see docs/quotes.md).
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


# 1. places listed with commas after the subject's "in": the subject speaks, not the last place (was "Thüringen"; a
# later "hieß es" inherited it)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Gewerkschaft Verdi in Hamburg, Bremen und Niedersachsen rief am Dienstag zu Warnstreiks auf.",
     [("Die Gewerkschaft Verdi in Hamburg, Bremen und Niedersachsen rief am Dienstag zu Warnstreiks auf", IND,
       "Gewerkschaft Verdi", "rief")]),
    ("Die Gewerkschaft Erziehung und Wissenschaft in Sachsen, Sachsen-Anhalt und Thüringen rief am Montag zum "
     "Warnstreik auf. Die Schulen seien schlecht ausgestattet, hieß es.",
     [("Die Gewerkschaft Erziehung und Wissenschaft in Sachsen, Sachsen-Anhalt und Thüringen rief am Montag zum "
       "Warnstreik auf", IND, "Gewerkschaft Erziehung und Wissenschaft", "rief"),
      ("Die Schulen seien schlecht ausgestattet", IND, "Gewerkschaft Erziehung und Wissenschaft", "hieß")]),
    ("Die Landesregierungen in Bayern, Hessen und Thüringen kündigten an, die Hilfen für Landwirte aufzustocken.",
     [("die Hilfen für Landwirte aufzustocken", IND, "Landesregierungen in Bayern Hessen und Thüringen", "kündigten")]),
])
def test_r41_deplaces_listed_places(text, expected):
    assert_exact(text, expected)


# guards: one place or two joined by "und" stay with the subject as before; a list of objects after the verb is no
# subject
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Polizei in Bayern und Thüringen teilte mit, die Kontrollen würden verschärft.",
     [("die Kontrollen würden verschärft", IND, "Polizei in Bayern und Thüringen", "teilte")]),
    ("Die Polizei in Sachsen teilte mit, die Straße bleibe gesperrt.",
     [("die Straße bleibe gesperrt", IND, "Polizei in Sachsen", "teilte")]),
])
def test_r41_deplaces_listed_places_guards(text, expected):
    assert_exact(text, expected)


# 2. a bare title with its genitive, then the name in apposition after the cue: the name speaks (was the title)
@pytest.mark.parametrize(("text", "expected"), [
    ("„Die Luftabwehr war die ganze Nacht im Einsatz“, schreibt Chef der Charkiwer Militärverwaltung, Oleh "
     "Synjehubow, auf Telegram.",
     [("Die Luftabwehr war die ganze Nacht im Einsatz", DIR, "Oleh Synjehubow", "schreibt")]),
    ("Drei Menschen seien verletzt worden, teilte Gouverneur der Region Belgorod, Wjatscheslaw Gladkow, mit.",
     [("Drei Menschen seien verletzt worden", IND, "Wjatscheslaw Gladkow", "teilte")]),
    ("Die Stromversorgung sei wiederhergestellt, sagte Sprecher der Stadtwerke, Markus Lehmann, am Abend.",
     [("Die Stromversorgung sei wiederhergestellt", IND, "Markus Lehmann", "sagte")]),
])
def test_r41_deplaces_bare_title_apposition(text, expected):
    assert_exact(text, expected)


# guards: with its article, or a title right before the name, as before
@pytest.mark.parametrize(("text", "expected"), [
    ("Drei Menschen seien verletzt worden, teilte der Gouverneur der Region Belgorod, Wjatscheslaw Gladkow, mit.",
     [("Drei Menschen seien verletzt worden", IND, "Wjatscheslaw Gladkow", "teilte")]),
    ("Drei Menschen seien verletzt worden, teilte Gouverneur Wjatscheslaw Gladkow mit.",
     [("Drei Menschen seien verletzt worden", IND, "Wjatscheslaw Gladkow", "teilte")]),
])
def test_r41_deplaces_bare_title_apposition_guards(text, expected):
    assert_exact(text, expected)
