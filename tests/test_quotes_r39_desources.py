"""Round 39 (desources): German hearsay nouns with "wonach" as a cue of their own.

Sentences written for these tests in the style of German agency and business-ticker news (no page text, no
evaluation data): "Es gibt Berichte, wonach …", "Zuvor hatte es Spekulationen gegeben, wonach …", "Der Sender berief
sich auf Angaben aus Regierungskreisen, wonach …". The clause after "wonach" is the content, "wonach" its cue; the
speaker is whoever cites the source ("berief sich auf"), else the noun's owner, else no one.
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


# (round 39, desources) a hearsay noun and "wonach" in a sentence without a cue: the clause is reported
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Es gibt Berichte, wonach der Autozulieferer bis zu 900 Stellen in Franken abbauen will.",
         [("der Autozulieferer bis zu 900 Stellen in Franken abbauen will", IND, None, "wonach")]),
        ("Zuvor hatte es Spekulationen gegeben, wonach der Finanzchef den Konzern im Sommer verlassen könnte.",
         [("der Finanzchef den Konzern im Sommer verlassen könnte", IND, None, "wonach")]),
        ("Am Markt kursierten Gerüchte, wonach ein Finanzinvestor an der Sparte interessiert sei.",
         [("ein Finanzinvestor an der Sparte interessiert sei", IND, None, "wonach")]),
        ("Der Sender berief sich auf Angaben aus Regierungskreisen, wonach die Entscheidung bereits gefallen sei.",
         [("die Entscheidung bereits gefallen sei", IND, "Sender", "berief")]),
        ("Die Agentur beruft sich auf Informationen, wonach der Vertrag schon unterschrieben ist.",
         [("der Vertrag schon unterschrieben ist", IND, "Agentur", "beruft")]),
        ("Die Zeitung stützte sich auf Angaben, wonach der Bau der Brücke zwei Jahre länger dauern werde.",
         [("der Bau der Brücke zwei Jahre länger dauern werde", IND, "Zeitung", "stützte")]),
        ("Es gibt Berichte des Senders CNN, wonach die Truppen in den kommenden Tagen abgezogen werden.",
         [("die Truppen in den kommenden Tagen abgezogen werden", IND, "Senders CNN", "wonach")]),
        # the main clause going on after the "wonach" clause is no part of the content
        ("Nach einer Meldung, wonach der Konzern seine Kabelsparte verkaufen will, stieg die Aktie um vier Prozent.",
         [("der Konzern seine Kabelsparte verkaufen will", IND, None, "wonach")]),
    ],
)
def test_r39_desources_wonach_cue(text, expected):
    assert _quotes(text) == expected


# guards: these stay as they are
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a denial: no report
        ("Es gibt keine Berichte, wonach der Konzern Stellen streichen will.", []),
        ("Ein Sprecher konnte die Berichte nicht bestätigen, wonach Zeugen eine Explosion gehört haben.", []),
        # rules and signs are no hearsay
        ("Das Gesetz enthält eine Regel, wonach Mieter ein Vorkaufsrecht haben.", []),
        ("Es gab Anzeichen, wonach sich die Konjunktur im Herbst erholt.", []),
        # a cue of the sentence keeps its round-28 reading
        ("Die Bahn dementierte einen Bericht, wonach der Fernverkehr im Sommer eingeschränkt werde.",
         [("der Fernverkehr im Sommer eingeschränkt werde", IND, "Bahn", "dementierte")]),
        ("Die Zeitung verwies auf Berichte, wonach der Konzern bis zu 500 Stellen streichen will.",
         [("der Konzern bis zu 500 Stellen streichen will", IND, "Zeitung", "verwies")]),
        # "wonach" as a plain question word: no report
        ("Die Polizei weiß noch nicht, wonach die Täter in dem Haus gesucht haben.", []),
    ],
)
def test_r39_desources_guards(text, expected):
    assert _quotes(text) == expected
