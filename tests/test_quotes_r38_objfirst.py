"""Round 38 (objfirst): German word order, an object placed first before the finite verb and taken for the speaker."""

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


# (round 38, objfirst) a fronted object that names no one who speaks, then the singular verb and a phrase marked as its
# subject: "der" and a man's role, a known person's name, or (after a thing) "die"/"das" and a speaking body or party
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gesprächen mit der Linkspartei erteilte der CDU-Landeschef am Sonntag eine deutliche Absage.",
            [("Gesprächen mit der Linkspartei erteilte der CDU-Landeschef am Sonntag eine deutliche Absage", IND,
              "CDU-Landeschef")],
        ),
        (
            "Steuererhöhungen zur Finanzierung der Rente erteilte der Finanzminister erneut eine klare Absage.",
            [("Steuererhöhungen zur Finanzierung der Rente erteilte der Finanzminister erneut eine klare Absage", IND,
              "Finanzminister")],
        ),
        (
            "Auch das Datum nannte der 61-Jährige am Abend. Er wolle sich im Frühjahr zur Wahl stellen.",
            [
                ("Auch das Datum nannte der 61-Jährige am Abend", IND, "61-Jährige"),
                ("Er wolle sich im Frühjahr zur Wahl stellen", IND, "61-Jährige"),
            ],
        ),
        (
            "Das Befangenheitsgesuch wies die Strafkammer am Mittwoch zurück. Es sei verspätet gestellt worden.",
            [
                ("Das Befangenheitsgesuch wies die Strafkammer am Mittwoch zurück", IND, "Strafkammer"),
                ("Es sei verspätet gestellt worden", IND, "Strafkammer"),
            ],
        ),
        (
            "Zustimmung signalisierte die Fraktion am Dienstag. Man sei zu Gesprächen bereit.",
            [
                ("Zustimmung signalisierte die Fraktion am Dienstag", IND, "Fraktion"),
                ("Man sei zu Gesprächen bereit", IND, "Fraktion"),
            ],
        ),
        (
            "Zustimmung signalisierte auch die FDP.",
            [("Zustimmung signalisierte auch die FDP", IND, "FDP")],
        ),
        (
            "Das Konzept der Kommission kritisierte der Verband als realitätsfern.",
            [("Das Konzept der Kommission kritisierte der Verband als realitätsfern", IND, "Verband")],
        ),
        (
            "Ein Bündnis mit der AfD lehnte der Fraktionschef kategorisch ab. Das sei mit ihm nicht zu machen.",
            [
                ("Ein Bündnis mit der AfD lehnte der Fraktionschef kategorisch ab", IND, "Fraktionschef"),
                ("Das sei mit ihm nicht zu machen", IND, "Fraktionschef"),
            ],
        ),
        (
            # a plural verb: a thing first, a party after the verb ("Sie" of the Konjunktiv goes on with the party)
            "Die Pläne der Ministerin lehnten die Grünen ab. Sie seien nicht finanzierbar.",
            [
                ("Die Pläne der Ministerin lehnten die Grünen ab", IND, "Grünen"),
                ("Sie seien nicht finanzierbar", IND, "Grünen"),
            ],
        ),
        (
            "Markus Söder sprach in Nürnberg. Eine Koalition mit den Grünen schloss Söder dort aus. Die Partei sei "
            "nicht bündnisfähig.",
            [("Die Partei sei nicht bündnisfähig", IND, "Markus Söder")],
        ),
    ],
)
def test_round38_objfirst_de_fronted_object_speaker_after_verb(text, expected):
    assert_de_exact(text, expected)


# (round 38, objfirst) an object after the verb or before a participle is no speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # an alliance with a partner after the verb is its object ("eine Koalition mit …")
            "Woidke fordert eine Koalition mit der CDU.",
            [("Woidke fordert eine Koalition mit der CDU", IND, "Woidke")],
        ),
        (
            # the light verb's own noun right before the participle, after a comma, is its object
            "Die Landesvorsitzende Karin Berg hatte dem Vorstoß am Freitag mit dem Hinweis, der Haushalt sei ausgereizt, "
            "eine Absage erteilt.",
            [
                ("Die Landesvorsitzende Karin Berg hatte dem Vorstoß am Freitag mit dem Hinweis, der Haushalt sei "
                 "ausgereizt, eine Absage erteilt", IND, "Karin Berg"),
            ],
        ),
        (
            # a thing and its predicate after a verb without a subject of its own after a comma
            "Er sei enttäuscht, nannte die Entscheidung aber einen „Fehler“.",
            [("Fehler", DIR, None)],
        ),
    ],
)
def test_round38_objfirst_de_object_after_verb_is_no_speaker(text, expected):
    assert_de_exact(text, expected)


def test_round38_objfirst_de_object_after_verb_span():
    # (round 38, objfirst) "die Entscheidung" is no longer the speaker, the subject "Er" is (its name unknown here)
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", meta={"lang": "de"},
                                             text="Er sei enttäuscht, nannte die Entscheidung aber einen „Fehler“."))
    spk = [s.text for s in ann.spans if s.label == "SPEAKER"]
    assert spk == ["Er"], spk


# (round 38, objfirst) a thing "promises" or "bodes": no speech act, and no source of the Konjunktiv after it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seine Berufung verspricht Stabilität im Ministerium.", []),
        ("Die neue Regelung verspricht schnellere Verfahren.", []),
        (
            "Ihre Ernennung verspricht Kontinuität. Sie gelte als erfahrene Diplomatin.",
            [("Sie gelte als erfahrene Diplomatin", IND, None)],
        ),
    ],
)
def test_round38_objfirst_de_thing_promises(text, expected):
    assert_de_exact(text, expected)


# guards: subjects first, speaking fronted phrases, and objects marked as such stay as they were
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Fraktion signalisierte Zustimmung.", [("Die Fraktion signalisierte Zustimmung", IND, "Fraktion")]),
        ("Den Vorwurf wies der Minister zurück.", [("Den Vorwurf wies der Minister zurück", IND, "Minister")]),
        ("Kritik übte auch die Opposition.", [("Kritik übte auch die Opposition", IND, "Opposition")]),
        ("Weidel beglückwünschte die Partei zum Wahlausgang.",
         [("Weidel beglückwünschte die Partei zum Wahlausgang", IND, "Weidel")]),
        ("Die Ministerin kritisierte der Bericht scharf.",
         [("Die Ministerin kritisierte der Bericht scharf", IND, "Ministerin")]),
        ("Der Minister nannte die Entscheidung einen Fehler.",
         [("Der Minister nannte die Entscheidung einen Fehler", IND, "Minister")]),
        ("Der Minister versprach schnelle Hilfe.", [("Der Minister versprach schnelle Hilfe", IND, "Minister")]),
        ("Die Regierung verspricht Entlastungen.", [("Die Regierung verspricht Entlastungen", IND, "Regierung")]),
        ("Die Besatzung sei wohlauf, teilte ein Vertreter der Hilfsorganisation mit.",
         [("Die Besatzung sei wohlauf", IND, "Vertreter der Hilfsorganisation")]),
        ("Die Grünen lehnten die Pläne der Ministerin ab.",
         [("Die Grünen lehnten die Pläne der Ministerin ab", IND, "Grünen")]),
        ("Das kritisierte eine Koalition aus Umweltverbänden.",
         [("Das", IND, "Koalition")]),
    ],
)
def test_round38_objfirst_de_guards(text, expected):
    assert_de_exact(text, expected)
