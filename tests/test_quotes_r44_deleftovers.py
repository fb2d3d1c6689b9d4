"""Round 44 (deleftovers): a poll's institute named by an elided compound ("des Deutschen Industrie- und
Handelskammertags") and its short name in brackets; a German "wie" with its degree word opens the reported question
("fragte Basler, wie viel er rauche")."""
import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def _quotes(text):
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end]))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: the institute's name runs over an elided compound; a short name in brackets names it
    ("Jeder dritte Betrieb will weniger investieren, wie aus der Herbstumfrage des Deutschen Industrie- und "
     "Handelskammertags (DIHK) hervorgeht.",
     [("Jeder dritte Betrieb will weniger investieren", IND, "DIHK", None)]),
    ("Die Exporte sinken, wie eine Umfrage des Deutschen Industrie- und Handelskammertags ergab.",
     [("Die Exporte sinken", IND, "Deutschen Industrie und Handelskammertags", "ergab")]),
    ("Viele Firmen bauen Stellen ab, zeigt eine Umfrage der Industrie- und Handelskammer (IHK) in Kassel.",
     [("Viele Firmen bauen Stellen ab", IND, "IHK", "zeigt")]),
    ("Laut einer Umfrage der Industrie- und Handelskammer rechnet jeder zweite Händler mit weniger Umsatz.",
     [("rechnet jeder zweite Händler mit weniger Umsatz", IND, "Industrie und Handelskammer", "Laut")]),
    ("Die Betriebe sind pessimistisch. Das ist das Ergebnis einer Konjunkturumfrage der Deutschen Industrie- und "
     "Handelskammer (DIHK).",
     [("Das", IND, "DIHK", None)]),
    # guards: as before
    ("Die Koalition ist gescheitert. Das ergab eine Umfrage des Marktforschungs- und Beratungsinstituts YouGov.",
     [("Das", IND, "YouGov", "ergab")]),
    ("Die SPD verliert, wie eine Umfrage des Meinungsforschungsinstituts Forsa ergab.",
     [("Die SPD verliert", IND, "Forsa", "ergab")]),
    ("„Die Stimmung ist schlecht“, sagte DIHK-Hauptgeschäftsführerin Helena Melnikov in Berlin.",
     [("Die Stimmung ist schlecht", DIR, "Helena Melnikov", "sagte")]),
])
def test_r44_deleftovers_poll_institute(text, expected):
    got = _quotes(text)
    for exp in expected:
        assert any(g[0] == exp[0] and g[1] == exp[1] and g[2] == exp[2] and (exp[3] is None or g[3] == exp[3])
                   for g in got), (exp, got)


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: "wie" with its degree word belongs to the reported question
    ("Illner fragte den Finanzminister, wie viel Geld im Haushalt noch fehle.",
     [("wie viel Geld im Haushalt noch fehle", IND, "Illner", "fragte")]),
    ("Die Moderatorin wollte von ihr wissen, wie lange die Koalition noch halte.",
     [("wie lange die Koalition noch halte", IND, "Moderatorin", None)]),
    ("Der Bürgermeister erklärte, wie hoch der Schaden nach dem Unwetter sei.",
     [("wie hoch der Schaden nach dem Unwetter sei", IND, "Bürgermeister", "erklärte")]),
    # guards: other question words stay outside the content, as before
    ("Lanz fragte den Minister, warum er nicht früher gehandelt habe.",
     [("er nicht früher gehandelt habe", IND, "Lanz", "fragte")]),
    ("Die Ministerin sagte, wie sie die Lage einschätze, wolle sie erst nach der Sitzung erklären.",
     []),
    ("Die Wirtschaft wächst, wie der Verband am Montag mitteilte.",
     [("Die Wirtschaft wächst", IND, "Verband", "mitteilte")]),
])
def test_r44_deleftovers_wie_degree(text, expected):
    got = _quotes(text)
    for exp in expected:
        assert any(g[0] == exp[0] and g[1] == exp[1] and g[2] == exp[2] and (exp[3] is None or g[3] == exp[3])
                   for g in got), (exp, got)
