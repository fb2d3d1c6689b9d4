"""Round 42 (helper detech2): German technology and business news, a medium's wie-clause. Sentences written for these
tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by[(t, lab)] == (sp, cue), (t, by[(t, lab)])


# 1. a medium's wie-clause after a report with its own speaker is no content of that report (it was "der „Spiegel“
# berichtet", Tim Cook's); the medium's clause still wraps the report (round 26: "Der Minister sagte, …, wie die Agentur
# Yonhap meldete" is the agency's and the minister's)
@pytest.mark.parametrize(("text", "expected"), [
    ("Das bestätigte Vorstandschef Christian Klein, wie der „Spiegel“ berichtet.",
     [("Das bestätigte Vorstandschef Christian Klein", IND, "Spiegel", "berichtet")]),
    ("Dies erklärte eine Sprecherin des Konzerns, wie das „Handelsblatt“ schreibt.",
     [("Dies erklärte eine Sprecherin des Konzerns", IND, "Handelsblatt", "schreibt")]),
    ("Der Chiphersteller will sparen. Das kündigte Firmenchef Pat Gelsinger an, wie die „Welt“ meldet.",
     [("Das kündigte Firmenchef Pat Gelsinger an", IND, "Welt", "meldet")]),
    # guards: the nesting convention, and a medium's clause after a report without its own speaker
    ("Der Konzern prüfe einen Börsengang, sagte eine Sprecherin, wie die „FAZ“ berichtet.",
     [("Der Konzern prüfe einen Börsengang", IND, "Sprecherin", "sagte"),
      ("Der Konzern prüfe einen Börsengang, sagte eine Sprecherin", IND, "FAZ", "berichtet")]),
    ("Der Dienst ist seit dem Morgen nicht erreichbar, wie „Heise Online“ berichtet.",
     [("Der Dienst ist seit dem Morgen nicht erreichbar", IND, "Heise Online", "berichtet")]),
    ("Das bestätigte Vorstandschef Christian Klein.",
     [("Das", IND, "Christian Klein", "bestätigte")]),
])
def test_medium_wie_clause_after_report(text, expected):
    assert_exact(text, expected)


# 2. a medium whose name is written in lower case, in quotation marks after "wie" before a media verb, speaks (the
# report was missed: "heise online", "netzpolitik.org", "t3n")
@pytest.mark.parametrize(("text", "expected"), [
    ("Wie „heise online“ berichtete, ist die Störung bei dem Cloud-Anbieter behoben.",
     [("ist die Störung bei dem Cloud-Anbieter behoben", IND, "heise online", "berichtete")]),
    ("Das Ministerium will die Vorratsdatenspeicherung wieder einführen, wie „netzpolitik.org“ berichtet.",
     [("Das Ministerium will die Vorratsdatenspeicherung wieder einführen", IND, "netzpolitik.org", "berichtet")]),
    ("Das Start-up streicht ein Drittel seiner Stellen, wie „t3n“ meldet.",
     [("Das Start-up streicht ein Drittel seiner Stellen", IND, "t3n", "meldet")]),
    # guards: lower-case words in quotation marks after "wie" before another verb are no medium
    ("Die Firma sei, wie „gut informierte Kreise“ meinen, bald pleite.", []),
    ("Die Preise für Speicherchips steigen weiter, wie „alle“ erwartet hatten.", []),
])
def test_lower_case_medium_after_wie(text, expected):
    assert_exact(text, expected)


# 3. "er" is no neuter medium ("das Handelsblatt", "das Online-Magazin Groklaw", "das Nachrichtenportal"): a later "er"
# took the medium as its speaker
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Konzern schreibt rote Zahlen, berichtet das Online-Magazin Techcrunch. Darin behauptet er, die Wende sei "
     "eingeleitet.",
     [("Der Konzern schreibt rote Zahlen", IND, "Online-Magazin Techcrunch", "berichtet"),
      ("die Wende sei eingeleitet", IND, None, "behauptet")]),
    ("Die Bank streicht 3000 Stellen, meldet das Handelsblatt. Zugleich betonte er, die Filialen blieben offen.",
     [("Die Bank streicht 3000 Stellen", IND, "Handelsblatt", "meldet"),
      ("die Filialen blieben offen", IND, None, "betonte")]),
    # guards: "er" after a masculine medium and after a person stays
    ("Die Bank streicht 3000 Stellen, meldet der Spiegel. Zugleich schreibt er, die Filialen blieben offen.",
     [("Die Bank streicht 3000 Stellen", IND, "Spiegel", "meldet"),
      ("die Filialen blieben offen", IND, "Spiegel", "schreibt")]),
    ("Die Bank streicht 3000 Stellen, sagte Vorstandschef Christian Sewing. Zugleich betonte er, die Filialen blieben "
     "offen.",
     [("Die Bank streicht 3000 Stellen", IND, "Christian Sewing", "sagte"),
      ("die Filialen blieben offen", IND, "Christian Sewing", "betonte")]),
])
def test_er_is_no_neuter_medium(text, expected):
    assert_exact(text, expected)
