"""Round 38 (depolls2): German poll reports. A poll never speaks a quotation: a short quotation in the poll's own
sentence is an answer option, and so is one given "mit" by a share of those asked ("antworteten 28 Prozent mit „Ja“");
a later quotation keeps no poll as its speaker. A medium's lower-case name ("stern") and a name after "des Hamburger
Magazins" stay in the poll's source phrase; "nach der stern-Umfrage" is named "stern-Umfrage" (sentences written for
these tests in the style of German poll reports)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return sorted((s.text, s.label, (s.attrs or {}).get("speaker")) for s in ann.spans if s.label in (IND, DIR))


def _assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker (None: none)."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


# fixes: each row fails against the frozen tree
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # quoted answer options given by a share of those asked are no direct quotes
        ("Auf die Frage, ob sie der Regierung vertrauen, antworteten 28 Prozent der Befragten mit „Ja“.", []),
        ("Sechs Prozent antworteten mit „weiß nicht“.", []),
        # a poll speaks no quotation: an answer option in its own sentence
        ("Nur vier Prozent halten die Wirtschaftslage für „sehr gut“, ergab eine am Montag veröffentlichte "
         "Civey-Umfrage.",
         [("Nur vier Prozent halten die Wirtschaftslage für „sehr gut“", IND, "Civey-Umfrage")]),
        # ... nor a later quotation
        ("Nach jüngsten Wahlumfragen haben Union und FDP keine Mehrheit mehr. Ein Bündnis mit der AfD will Söder "
         "„auf keinen Fall“.",
         [("haben Union und FDP keine Mehrheit mehr", IND, "Wahlumfragen"), ("auf keinen Fall", DIR, None)]),
        # a lower-case medium's poll is named without its article, as "Forsa-Umfrage"
        ("Mehr als die Hälfte der Befragten ist nach der stern-Umfrage mit der Regierung unzufrieden.",
         [("Mehr als die Hälfte der Befragten ist", IND, "stern-Umfrage"),
          ("mit der Regierung unzufrieden", IND, "stern-Umfrage")]),
        # the medium's name stays in the source phrase
        ("Nach einer Forsa-Umfrage für das Magazin stern halten 58 Prozent der Bürger ein Tempolimit für richtig.",
         [("halten 58 Prozent der Bürger ein Tempolimit für richtig", IND, "Forsa-Umfrage")]),
        ("Nach einer Insa-Umfrage im Auftrag des Hamburger Magazins Stern lehnen 61 Prozent die Reform ab.",
         [("lehnen 61 Prozent die Reform ab", IND, "Insa-Umfrage")]),
    ],
)
def test_r38_depolls2_fixes(text, expected):
    _assert_exact(text, expected)


# guards: the same on both trees
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("„Das ist ein klares Signal“, sagte Forsa-Chef Manfred Güllner.",
         [("Das ist ein klares Signal", DIR, "Manfred Güllner")]),
        # the "Das sagte X" convention: the fronted "Das" is what was said
        ("Das ergab eine Umfrage des Instituts Insa.", [("Das", IND, "Umfrage des Instituts Insa")]),
        # a person's short quotation inside the person's report stays
        ("Die SPD sei „kaum noch erkennbar“, sagte Forsa-Chef Manfred Güllner.",
         [("Die SPD sei „kaum noch erkennbar“", IND, "Manfred Güllner"),
          ("kaum noch erkennbar", DIR, "Manfred Güllner")]),
        ("Laut einer Umfrage des Instituts Forsa halten 70 Prozent die Rente für unsicher.",
         [("halten 70 Prozent die Rente für unsicher", IND, "Instituts Forsa")]),
        ("Nach einer Emnid-Umfrage für die „Bild am Sonntag“ verliert die Union einen Punkt.",
         [("verliert die Union einen Punkt", IND, "Emnid-Umfrage")]),
    ],
)
def test_r38_depolls2_guards(text, expected):
    _assert_exact(text, expected)
