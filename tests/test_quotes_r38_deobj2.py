"""Round 38 (deobj2): German word order and sources, after objfirst: a received act's source in its von-phrase, plural
persons after a plural verb, a lone surname after the verb, and polls that speak no further."""

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


# (round 38, deobj2) a received act ("bekam/erhielt/erntete"): the source is the von/aus-phrase, not the recipient
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Viel Lob erhielt die Landrätin am Montag von den Bürgermeistern: „Sie hat in der Krise Ruhe bewahrt.“",
         [("Sie hat in der Krise Ruhe bewahrt.", DIR, "Bürgermeistern")]),
        ("Volle Rückendeckung bekam der Innenminister hingegen von Parteichef Lars Bergmann in der „Abendpost“: „Wir "
         "stehen geschlossen hinter ihm.“",
         [("Wir stehen geschlossen hinter ihm.", DIR, "Lars Bergmann")]),
        ("Scharfe Kritik erntete die Ministerin von der Opposition: „Das ist ein Offenbarungseid.“",
         [("Das ist ein Offenbarungseid.", DIR, "Opposition")]),
        ("Die Bürgermeisterin erhielt viel Zuspruch von den Anwohnern: „Endlich tut sich etwas.“",
         [("Endlich tut sich etwas.", DIR, "Anwohnern")]),
        ("Unterstützung bekam die Stadträtin auch aus der Fraktion: „Der Antrag ist längst überfällig.“",
         [("Der Antrag ist längst überfällig.", DIR, "Fraktion")]),
        ("Widerspruch bekam der Kanzler von den Grünen. Der Plan sei nicht zu Ende gedacht.",
         [("Widerspruch bekam der Kanzler von den Grünen", IND, "Grünen"),
          ("Der Plan sei nicht zu Ende gedacht", IND, "Grünen")]),
    ],
)
def test_round38_deobj2_de_received_act(text, expected):
    assert_de_exact(text, expected)


# (round 38, deobj2) a thing fronted before a plural verb, "die" and a plural of persons by their role after it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Vorschläge des Senats kritisierten die Mieterschützer.",
         [("Die Vorschläge des Senats kritisierten die Mieterschützer", IND, "Mieterschützer")]),
        ("Die Sparpläne lehnten die Gewerkschafter am Dienstag ab. Sie seien ein Angriff auf die Beschäftigten.",
         [("Die Sparpläne lehnten die Gewerkschafter am Dienstag ab", IND, "Gewerkschafter"),
          ("Sie seien ein Angriff auf die Beschäftigten", IND, "Gewerkschafter")]),
    ],
)
def test_round38_deobj2_de_plural_persons(text, expected):
    assert_de_exact(text, expected)


# (round 38, deobj2) a lone surname after the verb, the fronted thing its object (the name never given in full)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eine Zusammenarbeit mit der Linken schloss Wegner am Abend aus. Die Partei sei nicht regierungsfähig.",
         [("Die Partei sei nicht regierungsfähig", IND, "Wegner")]),
        ("Eine Koalition mit der AfD schloss Merz erneut aus. Die Partei sei kein Partner.",
         [("Die Partei sei kein Partner", IND, "Merz")]),
    ],
)
def test_round38_deobj2_de_lone_surname(text, expected):
    assert_de_exact(text, expected)


# (round 38, deobj2) a poll in a nach-phrase speaks no further: the Konjunktiv after it is not its report
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach jüngsten Umfragen liegt die CDU in Thüringen knapp vor der AfD. Die SPD müsse um den Einzug in den "
         "Landtag bangen.",
         [("liegt die CDU in Thüringen knapp vor der AfD", IND, "Umfragen")]),
        ("Nach einer Forsa-Umfrage kommt die Partei nur noch auf vier Prozent. Sie würde damit aus dem Landtag fliegen.",
         [("kommt die Partei nur noch auf vier Prozent", IND, "Forsa-Umfrage")]),
    ],
)
def test_round38_deobj2_de_poll_no_speaker(text, expected):
    assert_de_exact(text, expected)


# guards: no source phrase, a quotation with its own cue, "kam von", a plain receiving, other sources going on
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Unterstützung bekam er von seiner Familie.", []),
        ("Der Minister erhielt am Montag den Preis der Stiftung.", []),
        ("Eine Absage für ihre Pläne bekam die Ministerin vom Koalitionspartner: „Das machen wir nicht mit“, sagte "
         "SPD-Fraktionschef Jens Brandt.",
         [("Das machen wir nicht mit", DIR, "Jens Brandt")]),
        ("Kritik kam auch von den Grünen: „Das ist zu wenig.“", [("Das ist zu wenig.", DIR, "Grünen")]),
        ("Nach Angaben der Polizei war der Fahrer betrunken. Er habe keinen Führerschein gehabt.",
         [("war der Fahrer betrunken", IND, "Polizei"), ("Er habe keinen Führerschein gehabt", IND, "Polizei")]),
        ("Den Vorschlag lehnte Habeck ab. Er sei nicht finanzierbar.",
         [("Den Vorschlag lehnte Habeck ab", IND, "Habeck"), ("Er sei nicht finanzierbar", IND, "Habeck")]),
        ("Die Pläne kritisierten die Grünen scharf.", [("Die Pläne kritisierten die Grünen scharf", IND, "Grünen")]),
    ],
)
def test_round38_deobj2_de_guards(text, expected):
    assert_de_exact(text, expected)
