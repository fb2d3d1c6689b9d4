"""Round 38, helper dewie: German wie-clauses whose subject has an apposition between commas, with an addressee or
adjuncts before the cue, and a paper as the addressee after the subject's genitive (sentences written for these tests,
in the style of agency, regional, police, court and company news; no page text, no evaluation data)."""

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


# (round 38, dewie) a trailing wie-clause whose subject has an apposition between commas (a name after the role, or the
# role after the name), then an addressee, a time or "auf Anfrage" before the cue: the main clause before it is the
# report and the person named speaks (nothing was found, or the addressee spoke the next sentence)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Schaden an dem Lagerhaus liegt bei rund 80.000 Euro, wie die Sprecherin der Versicherung, Karin Stolze, "
            "der Deutschen Presse-Agentur mitteilte.",
            [("Der Schaden an dem Lagerhaus liegt bei rund 80.000 Euro", IND, "Karin Stolze", "mitteilte")],
        ),
        (
            "Die Brücke bleibt bis Ende Mai gesperrt, wie der Sprecher des Landratsamts, Jürgen Hahn, am Dienstag sagte.",
            [("Die Brücke bleibt bis Ende Mai gesperrt", IND, "Jürgen Hahn", "sagte")],
        ),
        (
            "Die Brücke bleibt bis Ende Mai gesperrt, wie der Sprecher des Landratsamts, Jürgen Hahn, am Dienstag der dpa "
            "sagte.",
            [("Die Brücke bleibt bis Ende Mai gesperrt", IND, "Jürgen Hahn", "sagte")],
        ),
        (
            "Das Werk in Görlitz soll bis 2026 geschlossen werden, wie Sabine Krüger, Sprecherin des Konzerns, sagte.",
            [("Das Werk in Görlitz soll bis 2026 geschlossen werden", IND, "Sabine Krüger", "sagte")],
        ),
        (
            "Das Werk in Görlitz soll bis 2026 geschlossen werden, wie Sabine Krüger, Sprecherin des Konzerns, dem "
            "„Handelsblatt“ bestätigte.",
            [("Das Werk in Görlitz soll bis 2026 geschlossen werden", IND, "Sabine Krüger", "bestätigte")],
        ),
        (
            "Der Prozess wird im Herbst fortgesetzt, wie Thomas Brandl, der Sprecher des Landgerichts, auf Anfrage "
            "mitteilte.",
            [("Der Prozess wird im Herbst fortgesetzt", IND, "Thomas Brandl", "mitteilte")],
        ),
        (
            "Der Verdächtige sitzt in Untersuchungshaft, wie Oberstaatsanwalt Martin Seidl, Sprecher der "
            "Staatsanwaltschaft Passau, am Freitag berichtete.",
            [("Der Verdächtige sitzt in Untersuchungshaft", IND, "Martin Seidl", "berichtete")],
        ),
    ],
)
def test_round38_dewie_trailing_wie_apposition(text, expected):
    _assert(text, "de", expected)


# (round 38, dewie) the addressee after the apposition no longer speaks: the next sentence in the Konjunktiv continues
# the person named (it went to "Deutschen Presse-Agentur")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Schaden liegt bei rund 80.000 Euro, wie die Sprecherin der Versicherung, Karin Stolze, der Deutschen "
            "Presse-Agentur mitteilte. Man prüfe nun, ob Brandstiftung vorliege.",
            [("Der Schaden liegt bei rund 80.000 Euro", IND, "Karin Stolze", "mitteilte"),
             ("Man prüfe nun, ob Brandstiftung vorliege", IND, "Karin Stolze", None)],
        ),
    ],
)
def test_round38_dewie_addressee_not_speaker(text, expected):
    _assert(text, "de", expected)


# (round 38, dewie) a fronted wie-clause with an apposition and an addressee: "der dpa" is no relative clause (nothing was
# found), and a description with the name after it gives the name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wie Sabine Krüger, Sprecherin des Konzerns, der dpa sagte, sollen die Gespräche im Januar beginnen.",
            [("sollen die Gespräche im Januar beginnen", IND, "Sabine Krüger", "sagte")],
        ),
        (
            "Wie der Pressesprecher der Stadtwerke, Uwe Kaminski, dem „Kurier“ sagte, sollen die Preise im Januar "
            "steigen.",
            [("sollen die Preise im Januar steigen", IND, "Uwe Kaminski", "sagte")],
        ),
        (
            "Wie der Sprecher des Landratsamts, Jürgen Hahn, am Montag mitteilte, bleibt die Schule geschlossen.",
            [("bleibt die Schule geschlossen", IND, "Jürgen Hahn", "mitteilte")],
        ),
    ],
)
def test_round38_dewie_fronted_wie_apposition(text, expected):
    _assert(text, "de", expected)


# (round 38, dewie) a paper in quotation marks after the subject's genitive is the addressee, not part of the speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Strecke wird ab Montag wieder befahren, wie ein Sprecher der Bahn der „Sächsischen Zeitung“ sagte.",
            [("Die Strecke wird ab Montag wieder befahren", IND, "Sprecher der Bahn", "sagte")],
        ),
    ],
)
def test_round38_dewie_quoted_paper_addressee(text, expected):
    _assert(text, "de", expected)


# guards: what already worked stays as it is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Straße bleibt gesperrt, wie der Sprecher des Landkreises, Andreas Bonin, sagte.",
            [("Die Straße bleibt gesperrt", IND, "Andreas Bonin", "sagte")],
        ),
        (
            "Wie Francine Zambano, Sprecherin der Kantonspolizei, auf Anfrage erklärte, bleibt die Straße gesperrt.",
            [("bleibt die Straße gesperrt", IND, "Francine Zambano", "erklärte")],
        ),
        (
            "Die Halle muss abgerissen werden, wie Stadtsprecher Tobias Lang der dpa am Montag sagte.",
            [("Die Halle muss abgerissen werden", IND, "Tobias Lang", "sagte")],
        ),
        (
            "Die Zahlen liegen, wie der Landrat sagte, höher als im Vorjahr.",
            [("Die Zahlen liegen", IND, "Landrat", "sagte"), ("höher als im Vorjahr", IND, "Landrat", "sagte")],
        ),
        (
            "Die Besucher kamen aus Städten wie Leipzig, Halle und Dresden, am Samstag waren es 4000.",
            [],
        ),
    ],
)
def test_round38_dewie_guards(text, expected):
    _assert(text, "de", expected)
