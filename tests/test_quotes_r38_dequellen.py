"""Round 38 (dequellen): German sources that cite other media and anonymous circles: a paper's name in quotation marks
is no direct quote, a paper's name in lower case speaks, a participle before a circle is no cue, and a source phrase
inside a report with a trailing wie-clause is no second report."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return sorted((s.text, s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_de_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker (None: none)."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


def assert_no_direct(text, words):
    """No direct quote with exactly these words."""
    assert not any(t == words and lab == DIR for t, lab, _ in _quotes(text)), _quotes(text)


# (round 38, dequellen) a paper's, a magazine's or a site's name in quotation marks in the slot of a name (after a
# preposition, an article's adjective, before "zufolge", coordinated with another name) is no direct quote
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Der Konzern wolle sich vom \"Manager Magazin\" trennen, heißt es in der Branche.", "Manager Magazin"),
        ("Die Wut über „Bild“ sei groß gewesen, schreibt die Zeitung.", "Bild"),
        ("Die Sitzung sei abgebrochen worden, heißt es „stern.de“ zufolge in dem Protokoll.", "stern.de"),
        ("Übereinstimmend berichten \"Spiegel\" und die \"Süddeutsche Zeitung\", dass der Vertrag geplatzt sei.",
         "Spiegel"),
        ("Es gehe um Artikel in \"Bild\" und \"Bild am Sonntag\", schreibt das Magazin unter Berufung auf den Verlag.",
         "Bild am Sonntag"),
        ("Der Sprecher widersprach einem Bericht vom „Tagesspiegel“, der Minister habe gedroht.", "Tagesspiegel"),
    ],
)
def test_round38_dequellen_paper_name_no_direct(text, words):
    assert_no_direct(text, words)


# (round 38, dequellen) the paper spoken to after an article's adjective: the cue's content is the dass-clause only
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eine Sprecherin der Stadt bestätigte gegenüber dem regionalen „Kurier“, dass die Brücke gesperrt bleibt.",
         [("die Brücke gesperrt bleibt", IND, "Sprecherin der Stadt")]),
        ("Der Vorstand bestätigte der britischen „Times“, dass die Fabrik verkauft werden soll.",
         [("die Fabrik verkauft werden soll", IND, "Vorstand")]),
    ],
)
def test_round38_dequellen_paper_after_adjective(text, expected):
    assert_de_exact(text, expected)


# (round 38, dequellen) a paper's name in lower case after the trailing cue is its speaker (nothing was reported)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Autobauer will zwei Werke schließen, berichtete das „manager magazin“ am Freitag.",
         [("Der Autobauer will zwei Werke schließen", IND, "manager magazin")]),
        ("Die Partei verliere Mitglieder, schreibt die „taz“.",
         [("Die Partei verliere Mitglieder", IND, "taz")]),
    ],
)
def test_round38_dequellen_lower_case_paper(text, expected):
    assert_de_exact(text, expected)


# (round 38, dequellen) a participle before the circle's noun is no cue; the verb after it is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie informierte Kreise sagten, soll der Vertrag noch im Mai unterschrieben werden.",
         [("soll der Vertrag noch im Mai unterschrieben werden", IND, "Kreise")]),
        ("Wie gut informierte Quellen berichteten, ist der Verkauf der Sparte beschlossen.",
         [("ist der Verkauf der Sparte beschlossen", IND, "Quellen")]),
    ],
)
def test_round38_dequellen_participle_before_circle(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == [(t, lab) for t, lab, _ in expected], got
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    cues = [s.text for s in ann.spans if s.label == "CUE"]
    assert "informierte" not in cues and "unterrichtete" not in cues, cues


# (round 38, dequellen) a source phrase without an owner inside a report closed by a wie-clause: one report, the
# wie-clause's
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ersten Erkenntnissen zufolge hatte der Lastwagen die Ampel übersehen, wie die Polizei am Abend mitteilte.",
         [("Ersten Erkenntnissen zufolge hatte der Lastwagen die Ampel übersehen", IND, "Polizei")]),
        ("Nach bisherigen Angaben wurde niemand verletzt, wie ein Sprecher der Feuerwehr sagte.",
         [("Nach bisherigen Angaben wurde niemand verletzt", IND, "Sprecher der Feuerwehr")]),
    ],
)
def test_round38_dequellen_ownerless_in_wie_report(text, expected):
    assert_de_exact(text, expected)


# guards: what stays as it was
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paper's name opening the trailing attribution in title case
        ("Der Konzern will Stellen streichen, berichtete das „Handelsblatt“.",
         [("Der Konzern will Stellen streichen", IND, "Handelsblatt")]),
        # a speaker's own word after a cue stays as it was (an act)
        ("Der Minister nannte die Kritik „Lügenpresse“.",
         [("Der Minister nannte die Kritik „Lügenpresse“", IND, "Minister")]),
        # a finite verb before a capitalised subject closing its clause stays the cue
        ("Das bestätigte Polizeisprecher Jan Ulrich.", [("Das", IND, "Jan Ulrich")]),
        # an owned source inside a report with a trailing cue: unchanged
        ("Nach Angaben der Polizei wurde niemand verletzt.", [("wurde niemand verletzt", IND, "Polizei")]),
        ("Wie aus informierten Kreisen verlautete, soll der Vertrag am Montag unterschrieben werden.",
         [("soll der Vertrag am Montag unterschrieben werden", IND, "Kreisen")]),
    ],
)
def test_round38_dequellen_guards(text, expected):
    assert_de_exact(text, expected)
