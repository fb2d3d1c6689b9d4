"""Round 38, helper sox: German "So X:" attributions and datelines before a quotation or a report (sentences written
for these tests, in the style of agency, regional and police news; no page text, no evaluation data)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Annotation, Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _run(text: str, lang: str) -> Annotation:
    return QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": lang}))


def _got(text: str, lang: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = _run(text, lang)
    byid = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        cue = next((byid[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, s.attrs["speaker"], cue and text[cue.start : cue.end]))
    return sorted(out)


def _assert(text: str, lang: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    got = _got(text, lang)
    assert got == sorted(expected), got


# (round 38, sox) a sentence-opening "So" with a speaker's phrase and a colon, then unquoted speech in the indicative:
# the speech after the colon is the speaker's, as after "Laut X:" (nothing was found)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "So Landrat Martin Keller: Die Kliniken im Kreis sind auf den Winter gut vorbereitet.",
            [("Die Kliniken im Kreis sind auf den Winter gut vorbereitet", IND, "Martin Keller", "So")],
        ),
        (
            "So Oberbürgermeisterin Petra Lang (SPD): Wir werden die Pläne noch einmal genau prüfen.",
            [("Wir werden die Pläne noch einmal genau prüfen", IND, "Petra Lang", "So")],
        ),
        (
            "So der Sprecher der Feuerwehr: Die Bewohner konnten das Haus rechtzeitig verlassen.",
            [("Die Bewohner konnten das Haus rechtzeitig verlassen", IND, "Sprecher der Feuerwehr", "So")],
        ),
        (
            "Der Gemeinderat stimmte am Dienstag zu. So Bürgermeister Weber: Das ist ein guter Tag für den Ort.",
            [("Das ist ein guter Tag für den Ort", IND, "Weber", "So")],
        ),
    ],
)
def test_round38_sox_de_so_colon_speech(text, expected):
    _assert(text, "de", expected)


# (round 38, sox) guards: "So" before a colon without a speaker's phrase, a quotation after the colon, the trailing
# and the dashed "so X" forms stay as they were
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("So geht es: Man nimmt einen großen Topf und füllt ihn mit Wasser.", []),
        ("So zum Beispiel: Die Stadt hat im vergangenen Jahr zwei Schwimmbäder saniert.", []),
        (
            "Die Lage sei ernst, so der Bürgermeister am Montag.",
            [("Die Lage sei ernst", IND, "Bürgermeister", "so")],
        ),
        (
            "Man werde die Pläne nun prüfen, so Müller abschließend.",
            [("Man werde die Pläne nun prüfen", IND, "Müller", "so")],
        ),
        (
            "Der Fahrer sei leicht verletzt worden, so die Polizei in einer Mitteilung.",
            [("Der Fahrer sei leicht verletzt worden", IND, "Polizei", "so")],
        ),
    ],
)
def test_round38_sox_de_so_guards(text, expected):
    _assert(text, "de", expected)


# (round 38, sox) a dateline right before a short quotation: the quotation was taken for a name after the place ("Berlin
# „Wir sind bereit“") and lost, or (before guillemets) the dateline was part of the report
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "BERLIN (dpa) – „Wir sind vorbereitet“, sagte der Innenminister am Montag.",
            "de",
            [("Wir sind vorbereitet", DIR, "Innenminister", "sagte")],
        ),
        (
            "HANNOVER – „Das Wasser steigt“, sagte ein Sprecher des Landkreises.",
            "de",
            [("Das Wasser steigt", DIR, "Sprecher des Landkreises", "sagte")],
        ),
        (
            "Zürich (SDA) – «Die Zahlen sind erfreulich», sagte die Konzernchefin.",
            "de",
            [("Die Zahlen sind erfreulich", DIR, "Konzernchefin", "sagte")],
        ),
        (
            "Bauern protestieren in der Hauptstadt\n\nBerlin – „Wir können nichts“, sagte ein Landwirt aus "
            "Brandenburg.",
            "de",
            [("Wir können nichts", DIR, "Landwirt", "sagte")],
        ),
        (
            "Hochwasser im Norden\n\nLüneburg (dpa) – „Die Deiche halten“, sagte der Landrat am Abend.",
            "de",
            [("Die Deiche halten", DIR, "Landrat", "sagte")],
        ),
    ],
)
def test_round38_sox_dateline_before_quotation(text, lang, expected):
    _assert(text, lang, expected)


# (round 38, sox) a mixed-case dateline in a later paragraph: with a bar or two places, or right after a title line,
# it is no part of the report (only one with an agency in brackets was cut off); a bar after capitals too
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Neue Regeln für Kitas\n\nKiel | Die Landesregierung will mehr Erzieher einstellen, sagte die "
            "Ministerin.",
            "de",
            [("Die Landesregierung will mehr Erzieher einstellen", IND, "Ministerin", "sagte")],
        ),
        (
            "Streit um den Haushalt.\n\nDie Debatte dauerte Stunden.\n\nStuttgart/Berlin – Der Bund müsse mehr zahlen, "
            "sagte der Landesfinanzminister.",
            "de",
            [("Der Bund müsse mehr zahlen", IND, "Landesfinanzminister", "sagte")],
        ),
        (
            "Streit um den Haushalt.\n\nMÜNCHEN | Der Freistaat müsse sparen, sagte der Finanzminister.",
            "de",
            [("Der Freistaat müsse sparen", IND, "Finanzminister", "sagte")],
        ),
        (
            "Senate passes the budget\n\nWashington — The president will sign the bill, a White House spokesman said.",
            "en",
            [("The president will sign the bill", IND, "White House spokesman", "said")],
        ),
    ],
)
def test_round38_sox_later_dateline(text, lang, expected):
    _assert(text, lang, expected)


def test_round38_sox_later_paragraph_guard():
    # (round 38, sox) a place and a dash in a later paragraph that follows no title stays where it was (a list item
    # or a heading inside the text may look like it): no change
    text = (
        "Die Länder melden ihre Zahlen.\n\nBayern – Die Staatsregierung will die Regeln lockern, sagte ein Sprecher."
    )
    _assert(
        text, "de", [("Bayern – Die Staatsregierung will die Regeln lockern", IND, "Sprecher", "sagte")],
    )
