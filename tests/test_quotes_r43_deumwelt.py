"""Round 43 (helper deumwelt): German environment, climate, energy and weather news. A source after "laut" runs on over
its body's "für" phrase ("laut einer Studie des Helmholtz-Zentrums für Umweltforschung (UFZ)") and over the day of its
report ("Laut dem Lagebericht der Bundesnetzagentur vom Sonntag"); a body's "für" phrase before "zufolge" is part of the
source ("dem Bundesamt für Strahlenschutz zufolge" had the speaker "Strahlenschutz"). Sentences written for these tests
in the style of German agency news on weather, energy and the environment."""

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
        if s.label not in (IND, DIR):
            continue
        sp = cue = None
        for r in ann.relations:
            if r.head == s.id and r.label == "said_by":
                sp = spans[r.tail]
            if r.head == s.id and r.label == "cue":
                cue = spans[r.tail]
        out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                    sp and text[sp.start:sp.end], cue and text[cue.start:cue.end]))
    return sorted(out)


def assert_exact(text, expected):
    """Exactly the expected quotes, each with its canonical speaker, speaker span and cue."""
    assert _quotes(text) == sorted(expected), _quotes(text)


# a laut-source keeps its body's "für" phrase (the content began at "für") and the day of its report (the content began
# at "vom Montag")
@pytest.mark.parametrize(("text", "expected"), [
    ("Laut einer Studie des Potsdam-Instituts für Klimafolgenforschung drohen Europa häufiger Hitzewellen.",
     [("drohen Europa häufiger Hitzewellen", IND, "Potsdam-Institut für Klimafolgenforschung",
       "einer Studie des Potsdam-Instituts für Klimafolgenforschung", "Laut")]),
    ("Laut einem Bericht des Helmholtz-Zentrums für Umweltforschung (UFZ) sind die Böden in Sachsen extrem trocken.",
     [("sind die Böden in Sachsen extrem trocken", IND, "Helmholtz-Zentrum für Umweltforschung",
       "einem Bericht des Helmholtz-Zentrums für Umweltforschung (UFZ)", "Laut")]),
    ("Laut einer Mitteilung des Bundesamtes für Naturschutz ist jede dritte Wildbienenart gefährdet.",
     [("ist jede dritte Wildbienenart gefährdet", IND, "Bundesamt für Naturschutz",
       "einer Mitteilung des Bundesamtes für Naturschutz", "Laut")]),
    ("Laut dem Monitoringbericht des Umweltbundesamtes vom Dienstag sind die Emissionen im Verkehr kaum gesunken.",
     [("sind die Emissionen im Verkehr kaum gesunken", IND, "Umweltbundesamt",
       "dem Monitoringbericht des Umweltbundesamtes vom Dienstag", "Laut")]),
    ("Laut einer Mitteilung der Bundesnetzagentur vom Freitag sind die Gasspeicher zu 85 Prozent gefüllt.",
     [("sind die Gasspeicher zu 85 Prozent gefüllt", IND, "Bundesnetzagentur",
       "einer Mitteilung der Bundesnetzagentur vom Freitag", "Laut")]),
])
def test_r43_deumwelt_laut_fuer_and_day(text, expected):
    assert_exact(text, expected)


# a body's "für" phrase before "zufolge" is the source (the speaker was the noun after "für")
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Strahlung in der Umgebung des Kraftwerks ist dem Bundesamt für Strahlenschutz zufolge unbedenklich.",
     [("Die Strahlung in der Umgebung des Kraftwerks ist", IND, "Bundesamt für Strahlenschutz",
       "dem Bundesamt für Strahlenschutz", "zufolge"),
      ("unbedenklich", IND, "Bundesamt für Strahlenschutz", "dem Bundesamt für Strahlenschutz", "zufolge")]),
    ("Der Rhein führt der Bundesanstalt für Gewässerkunde zufolge so wenig Wasser wie seit Jahren nicht.",
     [("Der Rhein führt", IND, "Bundesanstalt für Gewässerkunde", "der Bundesanstalt für Gewässerkunde", "zufolge"),
      ("so wenig Wasser wie seit Jahren nicht", IND, "Bundesanstalt für Gewässerkunde",
       "der Bundesanstalt für Gewässerkunde", "zufolge")]),
])
def test_r43_deumwelt_zufolge_fuer(text, expected):
    assert_exact(text, expected)


# guards: a bare source, a source that opens the sentence with its "für" phrase, a purpose after "für" and a day that
# starts a time span stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Laut dem Deutschen Wetterdienst wird es am Wochenende bis zu 36 Grad heiß.",
     [("wird es am Wochenende bis zu 36 Grad heiß", IND, "Deutschen Wetterdienst", "dem Deutschen Wetterdienst",
       "Laut")]),
    ("Laut der Bundesanstalt für Gewässerkunde sinken die Pegel am Rhein weiter.",
     [("sinken die Pegel am Rhein weiter", IND, "Bundesanstalt für Gewässerkunde", "der Bundesanstalt für Gewässerkunde",
       "Laut")]),
    ("Laut dem Umweltministerium für Sonntag ist keine Entwarnung möglich.",
     [("für Sonntag ist keine Entwarnung möglich", IND, "Umweltministerium", "dem Umweltministerium", "Laut")]),
    ("Laut dem Bauernverband vom Montag bis Mittwoch wird die Ernte eingebracht.",
     [("vom Montag bis Mittwoch wird die Ernte eingebracht", IND, "Bauernverband", "dem Bauernverband", "Laut")]),
    ("„Wir erwarten am Samstag bis zu 34 Grad“, sagte ein DWD-Meteorologe.",
     [("Wir erwarten am Samstag bis zu 34 Grad", DIR, "DWD-Meteorologe", "ein DWD-Meteorologe", "sagte")]),
])
def test_r43_deumwelt_guards(text, expected):
    assert_exact(text, expected)
