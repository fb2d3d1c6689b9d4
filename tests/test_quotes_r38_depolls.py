"""Round 38 (depolls): German polls and surveys as sources: the poll's institute, client, medium, date and the people
asked belong to the source phrase (not to the content), the client is no part of the speaker's name, "Das geht aus dem
ARD-Deutschlandtrend hervor, den …" reports "Das", and a poll inside a person's Konjunktiv I report is that person's."""

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


# (round 38, depolls) the poll's source phrase runs on over its institute, client, medium, date and the people asked
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach einer Insa-Umfrage für die „Bild am Sonntag“ verliert die SPD einen Punkt und kommt auf 15 Prozent.",
         [("verliert die SPD einen Punkt und kommt auf 15 Prozent", IND, "Insa-Umfrage")]),
        ("Nach einer Umfrage des Instituts Forsa im Auftrag von RTL und ntv legt die Union auf 31 Prozent zu.",
         [("legt die Union auf 31 Prozent zu", IND, "Instituts Forsa")]),
        ("Laut einer repräsentativen Umfrage des Meinungsforschungsinstituts YouGov im Auftrag der Deutschen "
         "Presse-Agentur halten 61 Prozent der Befragten die Rentenreform für ungerecht.",
         [("halten 61 Prozent der Befragten die Rentenreform für ungerecht", IND,
           "repräsentativen Umfrage des Meinungsforschungsinstituts YouGov")]),
        ("Laut einer Civey-Umfrage für das Nachrichtenportal „t-online“ wollen 38 Prozent in diesem Jahr weniger "
         "verreisen.",
         [("wollen 38 Prozent in diesem Jahr weniger verreisen", IND, "Civey-Umfrage")]),
        ("Laut dem aktuellen INSA-Meinungstrend in Zusammenarbeit mit YouGov für die BILD-Zeitung verliert die FDP "
         "einen halben Punkt.",
         [("verliert die FDP einen halben Punkt", IND, "INSA-Meinungstrend")]),
        ("Im Osten sparen laut einer Umfrage von Kantar und der Verbraucherzentrale Sachsen viele Haushalte beim Heizen.",
         [("Im Osten sparen", IND, "Umfrage von Kantar"), ("viele Haushalte beim Heizen", IND, "Umfrage von Kantar")]),
        ("Ein Drittel der Mieter ist laut einer YouGov-Umfrage von Mitte März mit der Nebenkostenabrechnung "
         "unzufrieden.",
         [("Ein Drittel der Mieter ist", IND, "YouGov-Umfrage von Mitte März"),
          ("mit der Nebenkostenabrechnung unzufrieden", IND, "YouGov-Umfrage von Mitte März")]),
        ("Nach dem neuen ZDF-Politbarometer der Forschungsgruppe Wahlen verlieren die Grünen zwei Punkte.",
         [("verlieren die Grünen zwei Punkte", IND, "Forschungsgruppe Wahlen")]),
        ("Laut einer Umfrage im Auftrag des Digitalverbands Bitkom (Berlin) kaufen 70 Prozent regelmäßig online ein.",
         [("kaufen 70 Prozent regelmäßig online ein", IND, "Umfrage")]),
        ("Nach einer Umfrage unter Landwirten für die Kreiszeitung ist die Stimmung schlecht.",
         [("ist die Stimmung schlecht", IND, "Umfrage")]),
        # "hervorgehen" with a fronted "Das": a relative clause after the particle is no content
        ("Die Grünen legen leicht zu. Das geht aus dem ARD-Deutschlandtrend hervor, den Infratest dimap am Donnerstag "
         "veröffentlichte.",
         [("Das", IND, "ARD-Deutschlandtrend")]),
    ],
)
def test_round38_depolls_de_poll_phrase(text, expected):
    assert_de_exact(text, expected)


# (round 38, depolls) a poll opening a Konjunktiv I sentence inside a person's report is part of that report
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Kanzlerin sagte, die Koalition arbeite gut zusammen. Nach einer neuen Umfrage habe die Union ihren "
         "Vorsprung sogar ausgebaut.",
         [("die Koalition arbeite gut zusammen", IND, "Kanzlerin"),
          ("Nach einer neuen Umfrage habe die Union ihren Vorsprung sogar ausgebaut", IND, "Kanzlerin")]),
        ("Der Landesvorsitzende gab sich zuversichtlich. Laut einer Forsa-Umfrage liege die Partei in Thüringen vorn, "
         "der Abstand schrumpfe aber.",
         [("Der Landesvorsitzende gab sich zuversichtlich", IND, "Landesvorsitzende"),
          ("Laut einer Forsa-Umfrage liege die Partei in Thüringen vorn, der Abstand schrumpfe aber", IND,
           "Landesvorsitzende")]),
    ],
)
def test_round38_depolls_de_poll_in_report(text, expected):
    assert_de_exact(text, expected)


# guards: the writer's own poll report in the indicative, a poll without a report before it, "für" with a thing
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut einer Umfrage sprechen sich 57 Prozent für ein Tempolimit aus.",
         [("sprechen sich 57 Prozent für ein Tempolimit aus", IND, "Umfrage")]),
        ("Nach einer Umfrage des Instituts Forsa liegt die Union bei 30 Prozent.",
         [("liegt die Union bei 30 Prozent", IND, "Instituts Forsa")]),
        ("Die Kanzlerin sagte, die Koalition arbeite gut zusammen. Nach einer neuen Umfrage hat die Union ihren "
         "Vorsprung sogar ausgebaut.",
         [("die Koalition arbeite gut zusammen", IND, "Kanzlerin"),
          ("hat die Union ihren Vorsprung sogar ausgebaut", IND, "Umfrage")]),
        ("Laut einer Forsa-Umfrage liege die Partei in Thüringen vorn.",
         [("liege die Partei in Thüringen vorn", IND, "Forsa-Umfrage")]),
        ("Das geht aus einer Antwort des Innenministeriums auf eine Anfrage der Linken hervor.",
         [("Das", IND, "Innenministeriums")]),
        ("Die Mehrheit ist laut einer Umfrage für ein Verbot von Böllern.",
         [("Die Mehrheit ist", IND, "Umfrage"), ("für ein Verbot von Böllern", IND, "Umfrage")]),
    ],
)
def test_round38_depolls_de_guards(text, expected):
    assert_de_exact(text, expected)
