"""Quotes round 40 (depolls5): German studies and polls that "zeigen" a finding without a speech verb."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"


def _got(text: str) -> list[tuple[str, str, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return [(s.text, s.label, (s.attrs or {}).get("speaker")) for s in ann.spans
            if s.label in ("DIRECT_QUOTE", "INDIRECT_QUOTE")]


# (round 40, depolls5) "zeigt" with a study or a poll as its subject reports the finding: a dass-clause after it, the
# clause before it after a comma, or a fronted "Das" (as "Das ergab eine Umfrage …"); the poll is named by its institute
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viele Grundschüler schlafen zu wenig. Das zeigt eine Studie der Universität Leipzig.",
         [("Das", IND, "Studie der Universität Leipzig")]),
        ("Eine repräsentative Umfrage des Instituts Forsa zeigt, dass viele Mieter beim Heizen sparen.",
         [("viele Mieter beim Heizen sparen", IND, "Forsa")]),
        ("Eine Analyse der Stiftung zeigt nun, dass die Mieten in den Städten weiter steigen.",
         [("die Mieten in den Städten weiter steigen", IND, "Analyse der Stiftung")]),
        ("Pendler schlafen im Schnitt schlechter als andere Beschäftigte, zeigt eine Studie.",
         [("Pendler schlafen im Schnitt schlechter als andere Beschäftigte", IND, "Studie")]),
        ("Die Ergebnisse der Studie zeigten auch, dass Jugendliche immer weniger Bücher lesen.",
         [("Jugendliche immer weniger Bücher lesen", IND, "Ergebnisse der Studie")]),
    ],
)
def test_de_study_shows(text, expected):
    assert _got(text) == expected


# guards: a person, a picture, bare numbers or an object after "zeigt" report nothing new
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Foto zeigt den Minister beim Besuch der Schule.", []),
        ("Die Zahlen zeigen, dass die Lage ernst ist.", []),
        ("Eine Studie zeigt die Folgen des Klimawandels für die Landwirtschaft.", []),
        ("Die Kliniken arbeiten oft unwirtschaftlich, zeigt eine Untersuchung der Krankenkasse.", []),
        ("Der Minister zeigte sich mit der Studie zufrieden.",
         [("Der Minister zeigte sich mit der Studie zufrieden", IND, "Minister")]),  # a state, as before
        ("Das ergab eine Umfrage des Instituts Insa.", [("Das", IND, "Insa")]),
    ],
)
def test_de_study_shows_guards(text, expected):
    assert _got(text) == expected
