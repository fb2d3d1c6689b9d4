"""Round 38 (dewonach2): German source phrases inside relative clauses and "Berichten zufolge" opening a sentence.

Sentences written for these tests in the style of German agency and foreign news (see docs/quotes.md, "Round 38").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(text, label, canonical speaker, speaker span text) of every quote, sorted."""
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    by_id = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        span = next((by_id[r.tail].text for r in ann.relations
                     if r.label == "said_by" and r.head == s.id and r.tail in by_id), None)
        out.append((s.text, s.label, (s.attrs or {}).get("speaker"), span))
    return sorted(out, key=lambda x: (x[0], x[1]))


# (round 38, dewonach2) a source phrase inside a relative clause: the relative pronoun (and its preposition) is neither
# the speaker nor a content of its own; the report is the rest of the relative clause
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Miliz beschoss zwei Dörfer, in denen Berichten zufolge Kämpfer der Opposition untergetaucht waren.",
         [("Kämpfer der Opposition untergetaucht waren", IND, "Berichten", "Berichten")]),
        ("Die Behörden nahmen drei Männer fest, bei denen Augenzeugen zufolge Waffen gefunden wurden.",
         [("Waffen gefunden wurden", IND, "Augenzeugen", "Augenzeugen")]),
        ("Im Land sind 800 Soldaten stationiert, von denen nach Bündnisangaben derzeit 200 im Norden sind.",
         [("derzeit 200 im Norden sind", IND, "Bündnisangaben", "Bündnisangaben")]),
        ("Es kam zu heftigen Gefechten, bei denen Medienberichten zufolge mindestens zwölf Menschen starben.",
         [("mindestens zwölf Menschen starben", IND, "Medienberichten", "Medienberichten")]),
    ],
)
def test_r38_dewonach2_relative_source(text, expected):
    assert _quotes(text) == expected


# (round 38, dewonach2) "Berichten zufolge" opening a sentence: "Berichten" is the source noun, no verb with the
# clause's subject as its speaker (a second report)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berichten zufolge starben mindestens 40 Zivilisten bei dem Angriff.",
         [("starben mindestens 40 Zivilisten bei dem Angriff", IND, "Berichten", "Berichten")]),
        ("Berichten zufolge flohen Tausende Menschen über die Grenze.",
         [("flohen Tausende Menschen über die Grenze", IND, "Berichten", "Berichten")]),
        ("Berichten des Staatsfernsehens zufolge kamen bei dem Unglück elf Bergleute ums Leben.",
         [("kamen bei dem Unglück elf Bergleute ums Leben", IND, "Staatsfernsehen", "Berichten des Staatsfernsehens")]),
    ],
)
def test_r38_dewonach2_sentence_initial_source(text, expected):
    assert _quotes(text) == expected


# guards: these stay as they are
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Berichten zufolge will die Regierung die Steuern erhöhen.",
         [("will die Regierung die Steuern erhöhen", IND, "Berichten", "Berichten")]),
        ("Der Minister dementierte einen Bericht, wonach die Regierung die Steuern erhöhen will.",
         [("die Regierung die Steuern erhöhen will", IND, "Minister", "Der Minister")]),
        ("Die Sprecher berichten, dass die Lage ruhig sei.",
         [("die Lage ruhig sei", IND, "Sprecher", "Die Sprecher")]),
        ("Die Helfer, die nach Angaben der Behörden erschöpft sind, wurden abgelöst.",
         [("die", IND, "Behörden", "Angaben der Behörden"),
          ("erschöpft sind", IND, "Behörden", "Angaben der Behörden")]),
    ],
)
def test_r38_dewonach2_guards(text, expected):
    assert _quotes(text) == expected
