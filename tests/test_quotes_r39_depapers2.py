"""Round 39 (depapers2): German papers' names as sources, and section labels glued to the first sentence.

Sentences written for these tests in the style of German press reviews, media news and business tickers (no page
text, no evaluation data): a paper's name in quotation marks that opens a compound ("die „Bild“-Zeitung", "Einem
Bericht der „Bild“-Zeitung zufolge") is the whole source; a paper's name without its article after a trailing media
cue ("…, berichtet „Bild“.") is the speaker, no direct quotation; a section label or ticker heading before the first
sentence's capitalised article ("Wirtschaft & Firmen Der Konzern …") is no part of the sentence.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(text, label, canonical speaker, cue text) of every quote, sorted."""
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    by_id = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        cue = next((by_id[r.tail].text for r in ann.relations if r.label == "cue" and r.head == s.id and r.tail in by_id),
                   None)
        out.append((s.text, s.label, (s.attrs or {}).get("speaker"), cue))
    return sorted(out)


def _speaker_spans(text: str) -> list[str]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return sorted(s.text for s in ann.spans if s.label == "SPEAKER")


# (round 39, depapers2) a quoted paper's name that opens a compound: the whole compound is the source
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Einem Bericht der „Bild“-Zeitung zufolge soll der Staatssekretär im Herbst abgelöst werden.",
         [("soll der Staatssekretär im Herbst abgelöst werden", IND, "Bild Zeitung", "zufolge")]),
        ('Einem Bericht der "Bild"-Zeitung zufolge plant die Landesregierung eine neue Abgabe.',
         [("plant die Landesregierung eine neue Abgabe", IND, "Bild Zeitung", "zufolge")]),
        ("Die „Bild“-Zeitung berichtet, der Trainer stehe vor dem Aus.",
         [("der Trainer stehe vor dem Aus", IND, "Bild Zeitung", "berichtet")]),
        ("Wie die „Bild“-Zeitung berichtete, soll der Vertrag schon unterschrieben sein.",
         [("soll der Vertrag schon unterschrieben sein", IND, "Bild Zeitung", "berichtete")]),
        ("Der Vertrag soll schon unterschrieben sein, wie die „Bild“-Zeitung unter Berufung auf Vereinskreise berichtet.",
         [("Der Vertrag soll schon unterschrieben sein", IND, "Bild Zeitung", "berichtet")]),
    ],
)
def test_r39_depapers2_quoted_compound(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie die „Bild“-Zeitung berichtete, soll der Vertrag schon unterschrieben sein.", ["die „Bild“-Zeitung"]),
        ("Einem Bericht der „Bild“-Zeitung zufolge plant die Stadt neue Parkgebühren.",
         ["Einem Bericht der „Bild“-Zeitung"]),
    ],
)
def test_r39_depapers2_quoted_compound_span(text, expected):
    assert _speaker_spans(text) == expected


# (round 39, depapers2) a paper's name without its article after a trailing media cue: the speaker, no quotation
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Der frühere Vorstand arbeitet inzwischen für eine Werbeagentur, berichtet "Bild".',
         [("Der frühere Vorstand arbeitet inzwischen für eine Werbeagentur", IND, "Bild", "berichtet")]),
        ("Die Reederei will zwei Schiffe verkaufen, meldet „Focus Online“ unter Berufung auf Branchenkreise.",
         [("Die Reederei will zwei Schiffe verkaufen", IND, "Focus Online", "meldet")]),
        ("Der Sender hat die Talkshow abgesetzt, schreibt „Bild“ am Mittwoch.",
         [("Der Sender hat die Talkshow abgesetzt", IND, "Bild", "schreibt")]),
    ],
)
def test_r39_depapers2_bare_paper_after_cue(text, expected):
    assert _quotes(text) == expected


# (round 39, depapers2) a section label or ticker heading before the first sentence's capitalised article
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wirtschaft & Firmen Der Softwarekonzern SAP will nach eigenen Angaben 300 Stellen in Walldorf schaffen.",
         [("300 Stellen in Walldorf schaffen", IND, "Softwarekonzern SAP", "nach"),
          ("Der Softwarekonzern SAP will", IND, "Softwarekonzern SAP", "nach")]),
        ("Börse Die Commerzbank hat eigenen Angaben zufolge ihren Gewinn verdoppelt.",
         [("Die Commerzbank hat", IND, "Commerzbank", "zufolge"),
          ("ihren Gewinn verdoppelt", IND, "Commerzbank", "zufolge")]),
        ("Unternehmen Der Autobauer Audi hat angekündigt, sein Werk in Brüssel zu schließen.",
         [("sein Werk in Brüssel zu schließen", IND, "Autobauer Audi", "angekündigt")]),
    ],
)
def test_r39_depapers2_section_label(text, expected):
    assert _quotes(text) == expected


# guards: these stay as they are
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a paper with its article after the cue, and a quoted compound after the cue, as before
        ("Der Trainer stehe vor dem Aus, schreibt der „Spiegel“.",
         [("Der Trainer stehe vor dem Aus", IND, "Spiegel", "schreibt")]),
        ("Der Trainer stehe vor dem Aus, berichtet die „Bild“-Zeitung.",
         [("Der Trainer stehe vor dem Aus", IND, "Bild Zeitung", "berichtet")]),
        ("Einem Bericht der „Süddeutschen Zeitung“ zufolge plant die Stadt neue Parkgebühren.",
         [("plant die Stadt neue Parkgebühren", IND, "Süddeutschen Zeitung", "zufolge")]),
        # a plain name after the cue, as before
        ("Der Trainer ist entlassen, sagte Müller.", [("Der Trainer ist entlassen", IND, "Müller", "sagte")]),
        # a preposition or a function word opening the paragraph is no section label
        ("Im Film Die Hard spielt Bruce Willis einen Polizisten.", []),
        ("Politik Die Kanzlerin sagte, sie sei zufrieden.", [("sie sei zufrieden", IND, "Kanzlerin", "sagte")]),
    ],
)
def test_r39_depapers2_guards(text, expected):
    assert _quotes(text) == expected
