"""Round 38, helper wonach: German reports whose cue is no plain speech verb.

Sentences written for these tests in the style of German agency, business, health and police news (no page text, no
evaluation data): a relative source phrase after a source noun ("ein Bericht, laut dem …", "Berichte, nach denen …",
"Angaben, denen zufolge …"), "Den Angaben zufolge" naming no one of its own, and advice in the plural present
("Experten raten, …", "Ärzte empfehlen, …").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Annotation, Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _run(text: str) -> Annotation:
    return QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))


def _linked(ann: Annotation, quote_id: str, rel: str):
    byid = {s.id: s for s in ann.spans}
    tails = [byid[r.tail] for r in ann.relations if r.head == quote_id and r.label == rel]
    return tails[0] if tails else None


def assert_exact(text, expected):
    """Exactly the expected (text, label, speaker, cue) quotes; speaker is the canonical name (None: none), cue the
    cue span's text (None: not checked)."""
    ann = _run(text)
    got = sorted(
        (s.text, s.label, s.attrs["speaker"], (c.text if (c := _linked(ann, s.id, "cue")) else None))
        for s in ann.spans if s.label in (IND, DIR))
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)][0] == sp, (t, by_text[(t, lab)])
        if cue is not None:
            assert by_text[(t, lab)][1] == cue, (t, by_text[(t, lab)])


# (round 38, wonach) a relative source phrase after a source noun opens the noun's content, as "wonach" does since
# round 28: the content starts after it (the whole sentence was the report, or "laut dem" gave the speaker "dem …")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Autobauer hat einen Zeitungsbericht dementiert, laut dem im Werk Kassel bis zu 800 Stellen "
            "wegfallen könnten.",
            [("im Werk Kassel bis zu 800 Stellen wegfallen könnten", IND, "Autobauer", "dementiert")],
        ),
        (
            "Die Reederei dementierte einen Bericht, laut dem zwei Frachter im Roten Meer festgehalten werden.",
            [("zwei Frachter im Roten Meer festgehalten werden", IND, "Reederei", "dementierte")],
        ),
        (
            "Das Ministerium wies Berichte zurück, nach denen die Förderung für Wärmepumpen halbiert werden solle.",
            [("die Förderung für Wärmepumpen halbiert werden solle", IND, "Ministerium", "wies")],
        ),
        (
            "Der Versicherer bestätigte Angaben der Gewerkschaft, denen zufolge rund 1200 Arbeitsplätze verlagert "
            "werden sollen.",
            [("rund 1200 Arbeitsplätze verlagert werden sollen", IND, "Versicherer", "bestätigte")],
        ),
        (
            "Die Klinikleitung bestätigte Medienberichte, nach denen drei Patienten mit dem Keim infiziert wurden.",
            [("drei Patienten mit dem Keim infiziert wurden", IND, "Klinikleitung", "bestätigte")],
        ),
        (
            "Die Regierung hat einen Bericht des Senders dementiert, nach dem der Minister von den Plänen gewusst habe.",
            [("der Minister von den Plänen gewusst habe", IND, "Regierung", "dementiert")],
        ),
        (
            "Ein Sprecher des Konzerns verwies auf eine Studie, der zufolge die Nachfrage im Winter wieder anziehe.",
            [("die Nachfrage im Winter wieder anziehe", IND, "Sprecher des Konzerns", "verwies")],
        ),
    ],
)
def test_round38_wonach_relative_source_phrase(text, expected):
    assert_exact(text, expected)


# (round 38, wonach) "Den Angaben zufolge" names no source of its own: the one named before it speaks (within three
# sentences), or nobody (was "Angaben")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Polizei teilte mit, zwei Beamte seien leicht verletzt worden. Den Angaben zufolge war der Fahrer "
            "nicht angeschnallt.",
            [
                ("zwei Beamte seien leicht verletzt worden", IND, "Polizei", "teilte"),
                ("war der Fahrer nicht angeschnallt", IND, "Polizei", "zufolge"),
            ],
        ),
        (
            "Nach Angaben des Landratsamts mussten 40 Anwohner ihre Häuser verlassen. Den Angaben zufolge ist das "
            "Wasser inzwischen wieder gesunken.",
            [
                ("mussten 40 Anwohner ihre Häuser verlassen", IND, "Landratsamt", "Nach"),
                ("ist das Wasser inzwischen wieder gesunken", IND, "Landratsamt", "zufolge"),
            ],
        ),
        (
            "Den Angaben zufolge war der Lastwagen mit Baumaterial beladen.",
            [("war der Lastwagen mit Baumaterial beladen", IND, None, "zufolge")],
        ),
        # a plural genitive's adjective before the owner, as after "nach Angaben" (was "Angaben örtlicher Behörden")
        (
            "Angaben örtlicher Behörden zufolge sind mindestens zwölf Dörfer ohne Strom.",
            [("sind mindestens zwölf Dörfer ohne Strom", IND, "Behörden", "zufolge")],
        ),
        (
            "Laut Angaben westlicher Diplomaten wurde das Treffen kurzfristig abgesagt.",
            [("wurde das Treffen kurzfristig abgesagt", IND, "Diplomaten", "Laut")],
        ),
    ],
)
def test_round38_wonach_den_angaben_zufolge(text, expected):
    assert_exact(text, expected)


# (round 38, wonach) advice in the plural present is a cue, as "rät" and "empfiehlt" are: "Experten raten (dringend),
# …", "Ärzte empfehlen, …"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sicherheitsexperten raten dringend, das Update sofort zu installieren.",
            [("das Update sofort zu installieren", IND, "Sicherheitsexperten", "raten")],
        ),
        (
            "Verbraucherschützer raten Mietern, die Nebenkostenabrechnung genau zu prüfen.",
            [("die Nebenkostenabrechnung genau zu prüfen", IND, "Verbraucherschützer", "raten")],
        ),
        (
            "Bei Hitze empfehlen Ärzte, mindestens zwei Liter Wasser am Tag zu trinken.",
            [("mindestens zwei Liter Wasser am Tag zu trinken", IND, "Ärzte", "empfehlen")],
        ),
        (
            "Die Fachgesellschaften empfehlen, dass Risikopatienten sich im Herbst impfen lassen.",
            [("Risikopatienten sich im Herbst impfen lassen", IND, "Fachgesellschaften", "empfehlen")],
        ),
    ],
)
def test_round38_wonach_advice_plural(text, expected):
    assert_exact(text, expected)


# guards: what must stay as it is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "wonach" keeps its round-28 reading
        (
            "Die Bahn dementierte einen Bericht, wonach der Fernverkehr im Sommer eingeschränkt werde.",
            [("der Fernverkehr im Sommer eingeschränkt werde", IND, "Bahn", "dementierte")],
        ),
        # "nach dem" after a speech verb with no source noun is a preposition in the content
        (
            "Der Trainer sagte, nach dem Spiel sei die Mannschaft enttäuscht gewesen.",
            [("nach dem Spiel sei die Mannschaft enttäuscht gewesen", IND, "Trainer", "sagte")],
        ),
        # a source phrase of its own before the comma is no source noun with a relative clause
        (
            "Laut Angaben der Polizei sagte der Fahrer, nach dem Unfall sei er geflüchtet.",
            None,
        ),
        # an owned "Angaben" keeps its owner
        (
            "Den Angaben der Feuerwehr zufolge brach das Feuer im Keller aus.",
            [("brach das Feuer im Keller aus", IND, "Feuerwehr", "zufolge")],
        ),
        # "den Berichten zufolge": the reports themselves are the source
        (
            "Den Berichten zufolge wurde das Schiff vor der Küste gestoppt.",
            [("wurde das Schiff vor der Küste gestoppt", IND, "Berichten", "zufolge")],
        ),
        # "raten" as guessing, "Raten" as a noun, "empfehlen" with a plain object: no report
        ("Die Zuschauer dürfen raten, wer am Ende gewinnt.", []),
        ("Raten und Zinsen für Baukredite steigen weiter.", []),
        ("Die Tester empfehlen das günstigere Modell.", []),
    ],
)
def test_round38_wonach_guards(text, expected):
    if expected is None:
        # only: no quote starts inside the source phrase or the relative pronoun
        ann = _run(text)
        assert not any(s.text.startswith(("dem ", "Unfall")) for s in ann.spans if s.label in (IND, DIR))
        return
    assert_exact(text, expected)
