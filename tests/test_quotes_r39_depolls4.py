"""Round 39 (depolls4): German polls and shares as sources: a share opening its clause keeps its number, a fronted
"Das hat eine Umfrage … ergeben", "nach" a poll named by its institute, lower-case institutes, a subject before a
poll's "zufolge".

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


# a share opening its clause keeps its number (it was "Prozent der Befragten", "Prozent"); a poll's finding in the
# perfect; "nach" names the institute as "laut" does; lower-case institutes; the subject before "einer Umfrage zufolge"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("68 Prozent der Befragten gaben an, dass sie der Regierung misstrauen.",
         [("sie der Regierung misstrauen", IND, "68 Prozent der Befragten")]),
        ("Die Union verliert. 12 Prozent erklärten, sie würden eine neue Partei wählen.",
         [("sie würden eine neue Partei wählen", IND, "12 Prozent")]),
        ("Nur 31,5 Prozent der Mieter meinen, dass die Mietpreisbremse wirkt.",
         [("die Mietpreisbremse wirkt", IND, "31,5 Prozent der Mieter")]),
        ("72% der Eltern sind der Meinung, dass die Schulen zu spät öffnen.",
         [("die Schulen zu spät öffnen", IND, "72% der Eltern")]),
        ("Nur 18 Prozent der Befragten äußerten das Gegenteil.",
         [("Nur 18 Prozent der Befragten äußerten das Gegenteil", IND, "18 Prozent der Befragten")]),
        ("Das hat eine repräsentative Umfrage des Instituts Forsa im Auftrag des Magazins „Stern“ ergeben.",
         [("Das", IND, "Forsa")]),
        ("Dies hatte eine Erhebung von Infratest dimap ergeben.", [("Dies", IND, "Infratest dimap")]),
        ("Nach einer Umfrage des Meinungsforschungsinstituts Forsa halten 58 Prozent ein Tempolimit für richtig.",
         [("halten 58 Prozent ein Tempolimit für richtig", IND, "Forsa")]),
        ("Laut einer Umfrage des Meinungsforschungsinstituts polis im Auftrag der Landesregierung sind viele Pendler "
         "unzufrieden.",
         [("sind viele Pendler unzufrieden", IND, "polis")]),
        ("Der Wald ist ein Ort, an dem sich die Deutschen einer Umfrage zufolge am besten erholen.",
         [("an dem sich die Deutschen", IND, "Umfrage"), ("am besten erholen", IND, "Umfrage")]),
    ],
)
def test_r39_depolls4_fixes(text, expected):
    _check(text, expected)


# guards: "ergeben" without a poll's finding, shares after the verb, years, other sources
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daraus haben sich neue Probleme ergeben.", []),
        ("Die Verhandlungen haben bislang nichts ergeben.", []),
        ("Er hat sich der Polizei ergeben.", []),
        ("Zudem gaben 40 Prozent der Befragten an, dass sie sparen.", [("sie sparen", IND, "40 Prozent der Befragten")]),
        ("Im Jahr 2019 sagte Merkel, die Lage sei ernst.", [("die Lage sei ernst", IND, "Merkel")]),
        ("Nach Angaben der Polizei wurden drei Menschen verletzt.", [("wurden drei Menschen verletzt", IND, "Polizei")]),
        ("Das ergab eine Forsa-Umfrage im Auftrag des Magazins „Stern“.", [("Das", IND, "Forsa-Umfrage")]),
    ],
)
def test_r39_depolls4_guards(text, expected):
    _check(text, expected)
