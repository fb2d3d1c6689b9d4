"""Round 44, helper deagrar: German agriculture, food and consumer news (sentences written for these tests in the
style of agrarheute, foodwatch, Verbraucherzentrale and dpa pages; see docs/quotes.md)."""
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
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end], sp and text[sp.start:sp.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker, cue and speaker span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert tuple(by[(t, lab)]) == tuple(rest), (t, by[(t, lab)])


# 1. "foodwatch" is written in lower case: a name for every rule, like "dpa" ("…, so foodwatch.", "foodwatch forderte
# …" and "laut foodwatch" found nothing or another speaker)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Hersteller hätten den Zuckergehalt kaum gesenkt, so foodwatch.",
     [("Die Hersteller hätten den Zuckergehalt kaum gesenkt", IND, "foodwatch", "so", "foodwatch")]),
    ("Der Discounter habe die Packung verkleinert, kritisierte foodwatch am Dienstag.",
     [("Der Discounter habe die Packung verkleinert", IND, "foodwatch", "kritisierte", "foodwatch")]),
    ("foodwatch forderte die Bundesregierung auf, Werbung für Süßigkeiten an Kinder zu verbieten.",
     [("Werbung für Süßigkeiten an Kinder zu verbieten", IND, "foodwatch", "forderte", "foodwatch")]),
    ("Bei drei Anbietern fehlte die Herkunftsangabe ganz. foodwatch forderte die Händler auf, die Angaben nachzuholen.",
     [("die Angaben nachzuholen", IND, "foodwatch", "forderte", "foodwatch")]),
    ("foodwatch kritisierte, dass viele Kinderprodukte zu viel Zucker enthalten.",
     [("viele Kinderprodukte zu viel Zucker enthalten", IND, "foodwatch", "kritisierte", "foodwatch")]),
])
def test_r44_deagrar_lower_case_name(text, expected):
    assert_exact(text, expected)


# 2. a fronted "als" phrase is no subject: the subject after the verb speaks ("Als Grund nannte der Verband …",
# "Als Voraussetzung sieht der Minister eine „…“" had the "als" phrase as speaker)
@pytest.mark.parametrize(("text", "expected"), [
    ("Als Voraussetzung für einen Kompromiss sieht die Agrarministerin einen „fairen Ausgleich für die Betriebe“.",
     [("fairen Ausgleich für die Betriebe", DIR, "Agrarministerin", "sieht", "die Agrarministerin")]),
    ("Als Grund für den Preisrückgang nannte der Bauernverband die volle Lage auf dem Milchmarkt.",
     [("Als Grund für den Preisrückgang nannte der Bauernverband die volle Lage auf dem Milchmarkt", IND,
       "Bauernverband", "nannte", "der Bauernverband")]),
])
def test_r44_deagrar_fronted_als_phrase(text, expected):
    assert_exact(text, expected)


# 3. "im Amt bestätigt", "in seinem Amt bestätigt" is an election, no report (a place or a meeting before it spoke)
@pytest.mark.parametrize(("text", "expected"), [
    ("Am Mittwoch wurde die Präsidentin des Landfrauenverbands, Erika Brandt, auf der Delegiertenversammlung in "
     "Celle in ihrem Amt bestätigt.", []),
    ("Der Kreislandwirt wurde von den Delegierten in seinem Amt bestätigt.", []),
])
def test_r44_deagrar_confirmed_in_office(text, expected):
    assert_exact(text, expected)


# guards: capitalised "Foodwatch" and other bodies as before; an "als" phrase with its own verb; "bestätigt" as a
# report; "als" before the subject's verb in a when-clause; farmers with their place
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Verbraucherorganisation Foodwatch forderte, die Werbung für Süßigkeiten zu verbieten.",
     [("die Werbung für Süßigkeiten zu verbieten", IND, "Verbraucherorganisation Foodwatch", "forderte",
       "Die Verbraucherorganisation Foodwatch")]),
    ("Die Verbraucherzentrale Hamburg rät, die Füllmengen im Laden genau zu prüfen.",
     [("die Füllmengen im Laden genau zu prüfen", IND, "Verbraucherzentrale Hamburg", "rät",
       "Die Verbraucherzentrale Hamburg")]),
    ("Als Ministerpräsident sagte Söder, die Bauern dürften nicht allein gelassen werden.",
     [("die Bauern dürften nicht allein gelassen werden", IND, "Söder", "sagte", "Söder")]),
    ("Ein Sprecher des Ministeriums bestätigte, dass die Hilfen verlängert würden.",
     [("die Hilfen verlängert würden", IND, "Sprecher des Ministeriums", "bestätigte", "Ein Sprecher des Ministeriums")]),
    ("Milchbäuerin Anna Meier aus Wiesbach berichtet, der Preis decke die Kosten nicht.",
     [("der Preis decke die Kosten nicht", IND, "Anna Meier", "berichtet", "Milchbäuerin Anna Meier aus Wiesbach")]),
    ("„Wir machen das seit dreißig Jahren“, sagt Landwirt Georg aus dem Allgäu.",
     [("Wir machen das seit dreißig Jahren", DIR, "Georg", "sagt", "Landwirt Georg")]),
])
def test_r44_deagrar_guards(text, expected):
    assert_exact(text, expected)
