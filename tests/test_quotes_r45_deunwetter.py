"""Round 45 (deunwetter, German weather, disaster, fire-brigade and rescue news): sentences written for these tests in
the style of dpa, regional papers and live tickers.

- Estimates that name no one are no speaker ("Verletzte habe es einer ersten Einschätzung zufolge nicht gegeben" had the
  speaker "Einschätzung", "Ersten Schätzungen zufolge" the speaker "Ersten Schätzungen"): the source named before, or
  no one, as for "nach ersten Erkenntnissen" (de.yaml `ownerless_source_nouns`; "einer" before a singular).
- A live ticker's "+++" markers are no part of a report ("…, die Schulen blieben geschlossen +++").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text):
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"), cue and text[cue.start:cue.end]))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: an estimate without an owner names no speaker of its own
    ("Ersten Schätzungen zufolge beläuft sich der Sachschaden auf rund 400.000 Euro.",
     [("beläuft sich der Sachschaden auf rund 400.000 Euro", IND, None, "zufolge")]),
    ("Nach ersten Schätzungen stehen in der Altstadt mehr als 200 Keller unter Wasser.",
     [("stehen in der Altstadt mehr als 200 Keller unter Wasser", IND, None, "Nach")]),
    ("Einer Schätzung zufolge sind rund 3000 Haushalte ohne Strom.",
     [("sind rund 3000 Haushalte ohne Strom", IND, None, "zufolge")]),
    ("Der Schaden liegt nach einer ersten Schätzung bei etwa 60.000 Euro.",
     [("Der Schaden liegt", IND, None, "nach"), ("bei etwa 60.000 Euro", IND, None, "nach")]),
    # ... and goes on with the source named before
    ("Der Brand im Dachstuhl war gegen 2 Uhr ausgebrochen, sagte ein Sprecher der Feuerwehr. Verletzt wurde einer ersten "
     "Einschätzung zufolge niemand.",
     [("Der Brand im Dachstuhl war gegen 2 Uhr ausgebrochen", IND, "Sprecher der Feuerwehr", "sagte"),
      ("Verletzt wurde", IND, "Sprecher der Feuerwehr", "zufolge"),
      ("niemand", IND, "Sprecher der Feuerwehr", "zufolge")]),
    ("Die Polizei teilte mit, die Bundesstraße bleibe bis zum Abend gesperrt. Nach ersten Schätzungen liegt der Schaden "
     "bei mehreren Millionen Euro.",
     [("die Bundesstraße bleibe bis zum Abend gesperrt", IND, "Polizei", "teilte"),
      ("liegt der Schaden bei mehreren Millionen Euro", IND, "Polizei", "Nach")]),
    # guards: an estimate with its owner keeps the owner; a possessive stays as it was
    ("Nach Schätzungen der Versicherer beläuft sich der Schaden auf zwei Milliarden Euro.",
     [("beläuft sich der Schaden auf zwei Milliarden Euro", IND, "Versicherer", "Nach")]),
    ("Nach Einschätzung der Meteorologen sind weitere Überflutungen wahrscheinlich.",
     [("sind weitere Überflutungen wahrscheinlich", IND, "Meteorologen", "Nach")]),
    ("Nach seiner Einschätzung ist das Schlimmste überstanden.",
     [("ist das Schlimmste überstanden", IND, None, "Nach")]),
])
def test_r45_deunwetter_ownerless_estimates(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: the ticker markers are left out
    ("+++ 15.20 Uhr: Das Landratsamt teilte mit, die Schulen im Kreis blieben am Montag geschlossen +++",
     [("die Schulen im Kreis blieben am Montag geschlossen", IND, "Landratsamt", "teilte")]),
    ("+++ Der Wetterdienst warnt vor Orkanböen an der Nordsee +++",
     [("Der Wetterdienst warnt vor Orkanböen an der Nordsee", IND, "Wetterdienst", "warnt")]),
    ("+++ 06.40 Uhr +++ Ein Sprecher der Feuerwehr sagte, rund 40 Keller seien vollgelaufen. +++",
     [("rund 40 Keller seien vollgelaufen", IND, "Sprecher der Feuerwehr", "sagte")]),
    # guards: a ticker line without markers, and a time before the report
    ("14.30 Uhr: Der DWD warnt vor schweren Gewittern im Allgäu.",
     [("Der DWD warnt vor schweren Gewittern im Allgäu", IND, "DWD", "warnt")]),
    ("Update, 16.10 Uhr: Die Polizei teilte mit, dass die B17 wieder frei sei.",
     [("die B17 wieder frei sei", IND, "Polizei", "teilte")]),
    ("„Das Wasser stand plötzlich im Wohnzimmer“, sagt die 67-jährige Anwohnerin.",
     [("Das Wasser stand plötzlich im Wohnzimmer", DIR, "Anwohnerin", "sagt")]),
])
def test_r45_deunwetter_ticker_marks(text, expected):
    assert _quotes(text) == expected
