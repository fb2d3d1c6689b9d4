"""Round 42 (depolitics): German party and parliament news; sentences written for these tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for q in ann.spans:
        if q.label not in (IND, DIR):
            continue
        cue = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "cue"), None)
        out.append((q.text, q.label, q.attrs.get("speaker"), cue))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    assert _got(text) == sorted(expected, key=lambda x: (x[0], x[1])), _got(text)


# a nominal speech act's source ("Kritik kam von …", "Lob bekam X von …"): a body's name with "und" runs on to the
# bracketed abbreviation that spells its initials (was cut at "und": "Gewerkschaft Erziehung")
@pytest.mark.parametrize(("text", "expected"), [
    ("Kritik kam auch von der Gewerkschaft Erziehung und Wissenschaft (GEW).",
     [("Kritik kam auch von der Gewerkschaft Erziehung und Wissenschaft (GEW)", IND,
       "Gewerkschaft Erziehung und Wissenschaft", "kam")]),
    ("Scharfe Kritik an dem Gesetzentwurf kam am Dienstag vom Verband Bildung und Erziehung (VBE).",
     [("Scharfe Kritik an dem Gesetzentwurf kam am Dienstag vom Verband Bildung und Erziehung (VBE)", IND,
       "Verband Bildung und Erziehung", "kam")]),
    ("Lob bekam die Kultusministerin von der Gewerkschaft Erziehung und Wissenschaft (GEW).",
     [("Lob bekam die Kultusministerin von der Gewerkschaft Erziehung und Wissenschaft (GEW)", IND,
       "Gewerkschaft Erziehung und Wissenschaft", "bekam")]),
])
def test_r42_depolitics_nominal_act_acronym_source(text, expected):
    assert_exact(text, expected)


# guards: an abbreviation that does not spell the name, or a name without "und", keeps the source as it was
@pytest.mark.parametrize(("text", "expected"), [
    ("Widerspruch kam vom Deutschen Gewerkschaftsbund (DGB).",
     [("Widerspruch kam vom Deutschen Gewerkschaftsbund (DGB)", IND, "Deutschen Gewerkschaftsbund", "kam")]),
    ("Widerspruch kam von Verdi und der Gewerkschaft (GEW).",
     [("Widerspruch kam von Verdi und der Gewerkschaft (GEW)", IND, "Verdi", "kam")]),
    ("„Wir brauchen jetzt Klarheit“, forderte der Fraktionschef der Grünen im Landtag, Thomas Schmidt, am Dienstag.",
     [("Wir brauchen jetzt Klarheit", DIR, "Thomas Schmidt", "forderte")]),
    ("Die Opposition warf der Regierung vor, die Haushaltslage zu beschönigen.",
     [("die Haushaltslage zu beschönigen", IND, "Opposition", "warf")]),
])
def test_r42_depolitics_guards(text, expected):
    assert_exact(text, expected)
