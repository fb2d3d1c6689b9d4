"""Round 42, helper deswiss: Swiss and Austrian news (sentences written for these tests in the style of NZZ, SRF,
Tages-Anzeiger, Blick, ORF and Kleine Zeitung pages)."""
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


# 1. the "St." of a Swiss or Austrian place (St. Gallen, St.Galler, St. Pölten, St. Moritz) inside the speaker's
# phrase, after the cue, after "laut"/"gemäss" and before the cue (the speaker was "St", or the phrase after "St.",
# and a source's report was split at "Gallen")
@pytest.mark.parametrize(("text", "expected"), [
    ("«Wir haben alles richtig gemacht», sagte die St. Galler Regierungsrätin Corinne Imhof am Dienstag.",
     [("Wir haben alles richtig gemacht", DIR, "Corinne Imhof", "sagte")]),
    ("«Die Lage ist ernst.» Das sagt die St.Galler Sicherheitsdirektorin Corinne Imhof im Gespräch mit SRF.",
     [("Die Lage ist ernst.", DIR, "Corinne Imhof", None), ("Das", IND, "Corinne Imhof", "sagt")]),
    ("Die Gemeinde habe keine andere Wahl gehabt, so der Gemeindepräsident von St. Moritz.",
     [("Die Gemeinde habe keine andere Wahl gehabt", IND, "Gemeindepräsident von St. Moritz", "so")]),
    ("Das Budget sei ausgeglichen, sagte der Bürgermeister von St. Pölten, Rudolf Hainzl (SPÖ).",
     [("Das Budget sei ausgeglichen", IND, "Rudolf Hainzl", "sagte")]),
    ("Der Fahrer sei gemäss Kantonspolizei St. Gallen nicht angegurtet gewesen.",
     [("Der Fahrer sei", IND, "Kantonspolizei St. Gallen", "gemäss"),
      ("nicht angegurtet gewesen", IND, "Kantonspolizei St. Gallen", "gemäss")]),
    ("Laut der St. Galler Staatsanwaltschaft wurde gegen den Lenker ein Verfahren eröffnet.",
     [("wurde gegen den Lenker ein Verfahren eröffnet", IND, "St. Galler Staatsanwaltschaft", "Laut")]),
    ("Die Stadtpolizei St.Gallen teilte am Sonntag mit, die Frau sei leicht verletzt worden.",
     [("die Frau sei leicht verletzt worden", IND, "Stadtpolizei St. Gallen", "teilte")]),
])
def test_r42_deswiss_st_place(text, expected):
    assert_exact(text, expected)


# 1b. the speaker's span before the cue keeps "St." and the words before it (was "Galler Regierungsrätin …")
@pytest.mark.parametrize(("text", "span"), [
    ("Die St. Galler Regierungsrätin Corinne Imhof sagte, man prüfe alle Varianten.",
     "Die St. Galler Regierungsrätin Corinne Imhof"),
    ("Der St. Pöltner Bürgermeister Rudolf Hainzl (SPÖ) betonte, die Stadt sei schuldenfrei.",
     "Der St. Pöltner Bürgermeister Rudolf Hainzl (SPÖ)"),
])
def test_r42_deswiss_st_place_span(text, span):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    assert [text[s.start : s.end] for s in ann.spans if s.label == "SPEAKER"] == [span]


# 2. a Swiss or Austrian broadcaster or paper in quotation marks after "auf", "gegenüber", "im" is the medium, no
# quotation (yaml `press_names`; "auf" as a slot word; a numbered channel "ORF III", "Puls 24")
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Landeshauptmann sagte auf «ORF III», man werde die Förderung verlängern.",
     [("man werde die Förderung verlängern", IND, "Landeshauptmann", "sagte")]),
    ("Die Klubobfrau sagte am Sonntag auf «Puls 24», die Regierung habe versagt.",
     [("die Regierung habe versagt", IND, "Klubobfrau", "sagte")]),
    ("Die Vorlage sei chancenlos, sagte der Nationalrat auf «SRF».",
     [("Die Vorlage sei chancenlos", IND, "Nationalrat", "sagte")]),
    ("Die Präsidentin habe den Rücktritt angeboten, sagte der Parteisprecher auf «Blick TV».",
     [("Die Präsidentin habe den Rücktritt angeboten", IND, "Parteisprecher", "sagte")]),
    ("Der Ständerat sagte auf «TeleBärn», er werde die Initiative unterstützen.",
     [("er werde die Initiative unterstützen", IND, "Ständerat", "sagte")]),
])
def test_r42_deswiss_broadcaster(text, expected):
    assert_exact(text, expected)


# guards: names of places and offices that already worked, scare quotes after "auf", "so X", "hiess es", "gemäss"
@pytest.mark.parametrize(("text", "expected"), [
    ("«Wir sind bereit», sagte der Zürcher Sicherheitsdirektor Mario Fehr am Montag.",
     [("Wir sind bereit", DIR, "Mario Fehr", "sagte")]),
    ("Die Vorlage sei chancenlos, sagte der Nationalrat gegenüber «Watson».",
     [("Die Vorlage sei chancenlos", IND, "Nationalrat", "sagte")]),
    ("Die Bundesrätin sagte im «SonntagsBlick», der Kompromiss sei tragfähig.",
     [("der Kompromiss sei tragfähig", IND, "Bundesrätin", "sagte")]),
    ("Gemäss Polizei wurde niemand verletzt.", [("wurde niemand verletzt", IND, "Polizei", "Gemäss")]),
    ("Man werde die Lage genau beobachten, hiess es beim Bundesamt für Gesundheit.",
     [("Man werde die Lage genau beobachten", IND, "Bundesamt für Gesundheit", "hiess")]),
    ("Die Partei setze auf «Dialog statt Konfrontation», sagte die Nationalrätin.",
     [("Die Partei setze auf «Dialog statt Konfrontation»", IND, "Nationalrätin", "sagte"),
      ("Dialog statt Konfrontation", DIR, "Nationalrätin", "sagte")]),
    ("«Es ist ein ‹grosser Schritt› für uns», sagte Ständerätin Eva Herzog.",
     [("Es ist ein ‹grosser Schritt› für uns", DIR, "Eva Herzog", "sagte")]),
    ("Gerhard Pfister (Die Mitte) sagte, die Vorlage sei chancenlos.",
     [("die Vorlage sei chancenlos", IND, "Gerhard Pfister", "sagte")]),
    ("Die Kantonspolizei liess verlauten, der Mann sei festgenommen worden.",
     [("der Mann sei festgenommen worden", IND, "Kantonspolizei", "verlauten")]),
])
def test_r42_deswiss_guards(text, expected):
    assert_exact(text, expected)
