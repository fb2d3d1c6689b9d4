"""Quotes round 40 (depolls6): German copula frames that name a study's or a poll's result ("Das ist das Ergebnis einer
Umfrage …")."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"


def _got(text: str) -> list[tuple[str, str, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return [(s.text, s.label, (s.attrs or {}).get("speaker")) for s in ann.spans
            if s.label in ("DIRECT_QUOTE", "INDIRECT_QUOTE")]


# (round 40, depolls6) "Das/Dies ist/sind (das/die) Ergebnis(se)/Befunde" + a study or a poll in the genitive reports
# the sentence before, as "Das ergab eine Umfrage …" does; the study or the poll speaks (named by its institute)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fast jeder zweite Mieter heizt in diesem Winter weniger. Das ist das Ergebnis einer Umfrage des Instituts Forsa.",
         [("Das", IND, "Forsa")]),
        ("Viele Eltern fühlen sich mit den Schulen allein gelassen. Das sind Ergebnisse einer repräsentativen Befragung "
         "des Digitalverbands Bitkom.",
         [("Das", IND, "Digitalverbands Bitkom")]),
        ("Kleinkinder mit viel Bildschirmzeit schlafen schlechter. Das ist das Ergebnis einer Studie der Universität "
         "Leipzig, die am Montag vorgestellt wurde.",
         [("Das", IND, "Studie der Universität Leipzig")]),
        ("Die Mehrheit hält die Reform für gescheitert. Dies ist das Ergebnis einer YouGov-Umfrage.",
         [("Dies", IND, "YouGov-Umfrage")]),
        ("Jugendliche blicken wieder optimistischer in die Zukunft. Das sind die zentralen Befunde der neuen "
         "Jugendstudie.",
         [("Das", IND, "Jugendstudie")]),
        ("Die Mehrheit lehnt ein Tempolimit ab. Das waren die Ergebnisse einer Umfrage im Auftrag der Zeitung.",
         [("Das", IND, "Umfrage")]),
    ],
)
def test_de_finding_copula(text, expected):
    assert _got(text)[-len(expected):] == expected


# guards: a result that is no study's or poll's finding, or the result noun as the subject, reports nothing
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das Ergebnis ist ernüchternd.", []),
        ("Das ist das Ergebnis der Wahl.", []),
        ("Das ist das Ergebnis einer jahrelangen Politik des Wegschauens.", []),
        ("Das Ergebnis einer Umfrage ist kein Wahlergebnis.", []),
        ("Das ist eine Studie der Universität Leipzig.", []),
        ("Das ergab eine Umfrage des Instituts Insa.", [("Das", IND, "Insa")]),
    ],
)
def test_de_finding_copula_guards(text, expected):
    assert _got(text) == expected


# (round 40, depolls6) the plural present "zeigen" (no cue word before) reports a study's finding as "zeigt" does:
# in a wie-clause, before a colon, before a dass-clause; adjectives joined by a comma stay in the poll's phrase
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wie mehrere Studien zeigen, schlafen Schichtarbeiter deutlich schlechter.",
         [("schlafen Schichtarbeiter deutlich schlechter", IND, "Studien")]),
        ("Wie die Ergebnisse der Befragung zeigen, halten viele Eltern die Regeln für zu streng.",
         [("halten viele Eltern die Regeln für zu streng", IND, "Ergebnisse der Befragung")]),
        ("Studien zeigen aber: Wer viel sitzt, lebt kürzer.",
         [("Wer viel sitzt, lebt kürzer", IND, "Studien")]),
        ("Die neuen Analysen der Bundesbank zeigen, dass die Inflation langsamer sinkt.",
         [("die Inflation langsamer sinkt", IND, "Analysen der Bundesbank")]),
        ("Die Union liegt bei 31 Prozent. Das ergab eine aktuelle, repräsentative Umfrage des Instituts Forsa.",
         [("Das", IND, "Forsa")]),
    ],
)
def test_de_studies_show(text, expected):
    assert _got(text)[-len(expected):] == expected


# guards: "zeigen" with things, pictures, persons or an infinitive reports nothing
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Zahlen zeigen, dass die Lage ernst ist.", []),
        ("Die Bilder zeigen, wie das Wasser in die Häuser drang.", []),
        ("Wir wollen zeigen, dass wir es können.", []),
        ("Die Grafiken zeigen die Entwicklung seit dem Jahr 2010.", []),
        ("Die Spieler zeigen eine starke Leistung.", []),
    ],
)
def test_de_studies_show_guards(text, expected):
    assert _got(text) == expected


# (round 40, depolls6) the present "ergibt" reports a study's or a poll's finding (only with it as the subject); a
# relative clause on the poll after the perfect's participle is no content: the fronted "Das" is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nur wenige Hochschulen forschen an der Weltspitze. Das ergibt eine neue Studie des Wissenschaftsrats.",
         [("Das", IND, "neue Studie des Wissenschaftsrats")]),
        ("Eine Umfrage des Instituts Forsa ergibt, dass viele Pendler auf das Auto verzichten würden.",
         [("viele Pendler auf das Auto verzichten würden", IND, "Forsa")]),
        ("Die Hälfte der Befragten ist zufrieden. Das hat eine Umfrage des Instituts Infratest dimap ergeben, die am "
         "Donnerstag veröffentlicht wurde.",
         [("Das", IND, "Infratest dimap")]),
    ],
)
def test_de_study_results(text, expected):
    assert _got(text)[-len(expected):] == expected


# guards: "ergibt" with no study as its subject is no report; a content clause after the perfect stays
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das ergibt Sinn.", []),
        ("Daraus ergibt sich ein neues Problem für die Stadt.", []),
        ("Das ergibt zusammen rund 300 Euro im Monat.", []),
        ("Die Rechnung ergibt, dass die Stadt sparen muss.", []),
        ("Das hat der Minister betont, die Reform komme.", [("die Reform komme", IND, "Minister")]),
    ],
)
def test_de_study_results_guards(text, expected):
    assert _got(text) == expected


# (round 40, the merger, from the cross-check of depolls5's pages) an institute named by an elided compound is its
# last part's name: the speaker was "Marktforschungs"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Koalition ist gescheitert. Das ergab eine Umfrage des Marktforschungs- und Beratungsinstituts YouGov.",
         [("Das", IND, "YouGov")]),
        ("Wie die Ergebnisse einer Umfrage des internationalen Marktforschungs- und Beratungsinstitut YouGov zeigen, "
         "hält die Hälfte der Deutschen Neuwahlen für die beste Lösung.",
         [("hält die Hälfte der Deutschen Neuwahlen für die beste Lösung", IND, "YouGov")]),
    ],
)
def test_de_poll_institute_elided_compound(text, expected):
    assert _got(text)[-len(expected):] == expected
