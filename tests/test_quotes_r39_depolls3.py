"""Round 39 (depolls3): German polls named by their institute; institute names with "für" or in lower case.

Sentences written for these tests in the style of German poll reports (see docs/quotes.md)."""

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return sorted((s.text, s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def _check(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


# the institute's name runs on over "für …" and lower-case names; a poll is named by its institute, as "laut Forsa"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laut einer Umfrage des Meinungsforschungsinstituts infratest dimap im Auftrag der Tagesthemen sind "
         "42 Prozent mit der Regierung unzufrieden.",
         [("sind 42 Prozent mit der Regierung unzufrieden", IND, "infratest dimap")]),
        ("Laut einer repräsentativen Umfrage des Instituts für Demoskopie Allensbach halten viele Eltern die "
         "Schulreform für überstürzt.",
         [("halten viele Eltern die Schulreform für überstürzt", IND, "Institut für Demoskopie Allensbach")]),
        ("Laut einer Umfrage von Infratest dimap würden nur noch 14 Prozent die Grünen wählen.",
         [("würden nur noch 14 Prozent die Grünen wählen", IND, "Infratest dimap")]),
        ("Laut einer Umfrage des Instituts Forsa wollen viele Pendler auf das Fahrrad umsteigen.",
         [("wollen viele Pendler auf das Fahrrad umsteigen", IND, "Forsa")]),
        ("Das ergab eine Umfrage des Meinungsforschungsinstituts infratest dimap im Auftrag des WDR.",
         [("Das", IND, "infratest dimap")]),
        ("Dies ergab eine repräsentative Umfrage des Instituts für Demoskopie Allensbach.",
         [("Dies", IND, "Institut für Demoskopie Allensbach")]),
        ("Das geht aus einer Umfrage des Allensbach-Instituts im Auftrag der Stiftung Familienunternehmen hervor.",
         [("Das", IND, "Allensbach-Institut")]),
        ("Eine Umfrage des Instituts YouGov ergab, dass jeder Dritte seinen Urlaub verschiebt.",
         [("jeder Dritte seinen Urlaub verschiebt", IND, "YouGov")]),
        ("Wie aus einer Umfrage des Instituts Insa für die Bild-Zeitung hervorgeht, liegt die Union bei 30 Prozent.",
         [("liegt die Union bei 30 Prozent", IND, "Insa")]),
    ],
)
def test_r39_depolls3_fixes(text, expected):
    _check(text, expected)


# guards: polls without an institute, dates, persons
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Das ergab eine Forsa-Umfrage im Auftrag des Magazins „Stern“.", [("Das", IND, "Forsa-Umfrage")]),
        ("Ein Drittel der Mieter ist laut einer YouGov-Umfrage von Mitte März mit der Abrechnung unzufrieden.",
         [("Ein Drittel der Mieter ist", IND, "YouGov-Umfrage von Mitte März"),
          ("mit der Abrechnung unzufrieden", IND, "YouGov-Umfrage von Mitte März")]),
        ("Forsa-Chef Manfred Güllner sagte, die SPD habe kaum profitiert.",
         [("die SPD habe kaum profitiert", IND, "Manfred Güllner")]),
        ("Laut einer Umfrage unter Landwirten ist die Stimmung schlecht.", [("ist die Stimmung schlecht", IND, "Umfrage")]),
    ],
)
def test_r39_depolls3_guards(text, expected):
    _check(text, expected)
