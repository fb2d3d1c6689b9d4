"""Round 41 (deregional): German regional and agency news (police, courts, weather, strikes, city councils).

Sentences written for these tests in the style of dpa/epd reports in regional papers (see docs/quotes.md).
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


# 1. an appendix to the cue's object after a comma, without a verb, is no content: the weather service's expectation
# of a noun names no report (the appendix was reported), an act's sentence stays whole
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Wetterdienst erwartet für Freitag Schnee, teils auch gefrierenden Regen.", []),
    ("Für die Nacht erwarten die Meteorologen Dauerregen, örtlich auch Gewitter mit Hagel.", []),
    ("Die Veranstalter erwarten am Wochenende rund 20.000 Gäste, darunter viele Familien aus der Region.", []),
    ("Die Polizei warnt vor Trickbetrügern am Telefon, vor allem bei älteren Menschen.",
     [("Die Polizei warnt vor Trickbetrügern am Telefon, vor allem bei älteren Menschen", IND, "Polizei", "warnt")]),
    ("Die Gewerkschaft fordert mehr Personal, etwa in Kitas und Krankenhäusern.",
     [("Die Gewerkschaft fordert mehr Personal, etwa in Kitas und Krankenhäusern", IND, "Gewerkschaft", "fordert")]),
    ("Im Norden warnt der Wetterdienst vor Gewittern mit Starkregen, Hagel und Böen von bis zu 100 Kilometern pro Stunde.",
     [("Im Norden warnt der Wetterdienst vor Gewittern mit Starkregen, Hagel und Böen von bis zu 100 Kilometern pro Stunde",
       IND, "Wetterdienst", "warnt")]),
])
def test_r41_deregional_verbless_appendix(text, expected):
    assert_exact(text, expected)


# guards: a clause after the comma, with its verb, stays the content
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Wetterdienst erwartet, dass es am Wochenende wieder schneit.",
     [("es am Wochenende wieder schneit", IND, "Wetterdienst", "erwartet")]),
    ("Die Stadt teilte am Montag mit, vor allem die Schulen seien betroffen.",
     [("vor allem die Schulen seien betroffen", IND, "Stadt", "teilte")]),
    ("Der Landrat sagte am Abend, teils seien die Straßen noch gesperrt.",
     [("teils seien die Straßen noch gesperrt", IND, "Landrat", "sagte")]),
    ("Der DWD warnt vor Glatteis, Schnee und Eisregen.",
     [("Der DWD warnt vor Glatteis, Schnee und Eisregen", IND, "DWD", "warnt")]),
])
def test_r41_deregional_verbless_appendix_guards(text, expected):
    assert_exact(text, expected)


# 2. a genitive before "nach" is no postposed source ("den Angaben nach" is a dative): "Im Zuge der Ermittlungen nach
# dem Brand" reported the sentence in two pieces with the speaker "der Ermittlungen"
@pytest.mark.parametrize(("text", "expected"), [
    ("Im Zuge der Ermittlungen nach dem Brand durchsuchten Beamte zwei Wohnungen in Kassel.", []),
    ("Erst im Verlauf der Ermittlungen nach dem Unfall meldete sich ein Zeuge bei der Polizei.", []),
    ("Die Auswertung der Angaben nach der Zählung dauert noch an.", []),
])
def test_r41_deregional_genitive_before_nach(text, expected):
    assert_exact(text, expected)


# guards: a dative before "nach" stays the source
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Radfahrer kam den Angaben nach in eine Klinik.",
     [("Der Radfahrer kam", IND, None, "nach"), ("in eine Klinik", IND, None, "nach")]),
    ("Den Ermittlungen nach war der Fahrer zu schnell unterwegs.",
     [("war der Fahrer zu schnell unterwegs", IND, "Den Ermittlungen", "nach")]),
])
def test_r41_deregional_genitive_before_nach_guards(text, expected):
    assert_exact(text, expected)


# 3. an academic title's full stop inside a speaker before the cue of a wie-clause: the name speaks (was "Landrat Dr",
# "Dr" or "Prof")
@pytest.mark.parametrize(("text", "expected"), [
    ("Wie Landrat Dr. Jens Brockmann mitteilte, bleibt die Kreisstraße bis Freitag gesperrt.",
     [("bleibt die Kreisstraße bis Freitag gesperrt", IND, "Jens Brockmann", "mitteilte")]),
    ("Die Sitzung wurde vertagt, wie Gerichtssprecherin Dr. Sabine Kolb auf Anfrage berichtete.",
     [("Die Sitzung wurde vertagt", IND, "Sabine Kolb", "berichtete")]),
    ("Wie Dr. Heiko Lenz sagte, sei der Patient inzwischen außer Lebensgefahr.",
     [("sei der Patient inzwischen außer Lebensgefahr", IND, "Heiko Lenz", "sagte")]),
    ("Wie Prof. Dr. Ulrike Sander erklärte, werde die Klinik im Herbst erweitert.",
     [("werde die Klinik im Herbst erweitert", IND, "Ulrike Sander", "erklärte")]),
])
def test_r41_deregional_title_in_wie_clause(text, expected):
    assert_exact(text, expected)


# guards: the title after the cue and the subject before it stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Feuerwehr habe schnell reagiert, sagte Bürgermeister Dr. Jens Brockmann.",
     [("Die Feuerwehr habe schnell reagiert", IND, "Jens Brockmann", "sagte")]),
    ("Der Schaden liege bei rund 50.000 Euro, so Kreisbrandmeister Dr. Tim Vogler.",
     [("Der Schaden liege bei rund 50.000 Euro", IND, "Tim Vogler", "so")]),
])
def test_r41_deregional_title_guards(text, expected):
    assert_exact(text, expected)
