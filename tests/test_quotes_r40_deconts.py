"""Round 40 (deconts): German continuations of reported speech. An unreal comparison ("…, als sei …", "als ob …",
"wie wenn …") carries its own Konjunktiv: after a report, a writer's sentence whose only Konjunktiv stands in such a
comparison does not continue the report; a sentence whose main clause is in the Konjunktiv still does."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _de_quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_de_exact(text, expected):
    got = _de_quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


# fixes: the writer's sentence with an unreal comparison after a report is no continuation of it
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Angeklagte sagte, er habe die Frau an jenem Abend nicht gesehen. Im Saal wirkte er, als sei ihm das "
     "Verfahren gleichgültig.",
     [("er habe die Frau an jenem Abend nicht gesehen", IND, "Angeklagte")]),
    ("Die Verteidigerin erklärte, ihr Mandant habe in Notwehr gehandelt. Der Angeklagte saß reglos auf seinem "
     "Platz, als habe er mit alledem nichts zu tun.",
     [("ihr Mandant habe in Notwehr gehandelt", IND, "Verteidigerin")]),
    ("Der Finanzminister sagte, der Haushalt sei solide. Er tat dabei so, als ob es die Milliardenlücke nicht gebe.",
     [("der Haushalt sei solide", IND, "Finanzminister")]),
    ("Die Bürgermeisterin betonte, die Stadt werde an dem Projekt festhalten. Im Rathaus sah es am Abend aus, als "
     "wenn nichts geschehen sei.",
     [("die Stadt werde an dem Projekt festhalten", IND, "Bürgermeisterin")]),
    ("Der Konzernchef sagte, das Unternehmen stehe gut da.\n\nDie Aktionäre klatschten, wie wenn es keine Krise gebe.",
     [("das Unternehmen stehe gut da", IND, "Konzernchef")]),
    ("Der Trainer sagte, die Mannschaft habe alles gegeben. Die Spieler verließen den Platz so schnell, als habe es "
     "einen Feueralarm gegeben.",
     [("die Mannschaft habe alles gegeben", IND, "Trainer")]),
])
def test_r40_deconts_irrealis_fixes(text, expected):
    assert_de_exact(text, expected)


# guards: a Konjunktiv main clause with a comparison continues; a report's own content keeps its comparison;
# continuations over "Zudem", "Außerdem", "Dies sei", Konjunktiv II in a chain and a paragraph break stay
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Zeuge sagte, er habe Schreie gehört. Es sei gewesen, als ob jemand um Hilfe rufe.",
     [("er habe Schreie gehört", IND, "Zeuge"),
      ("Es sei gewesen, als ob jemand um Hilfe rufe", IND, "Zeuge")]),
    ("Die Ministerin kritisierte, die Opposition tue so, als hätte es die Krise nie gegeben.",
     [("die Opposition tue so, als hätte es die Krise nie gegeben", IND, "Ministerin")]),
    ("Der Anwalt erklärte, sein Mandant sei unschuldig. Zudem habe die Polizei Beweise übersehen.",
     [("sein Mandant sei unschuldig", IND, "Anwalt"),
      ("Zudem habe die Polizei Beweise übersehen", IND, "Anwalt")]),
    ("Lindner sagte, die Schuldenbremse gelte weiter. Dies sei im Koalitionsvertrag so vereinbart.",
     [("die Schuldenbremse gelte weiter", IND, "Lindner"),
      ("Dies sei im Koalitionsvertrag so vereinbart", IND, "Lindner")]),
    ("Der Verbandschef sagte, die Tarifrunde sei gescheitert. Die Gewerkschaften hätten den Streik zu früh "
     "ausgerufen.",
     [("die Tarifrunde sei gescheitert", IND, "Verbandschef"),
      ("Die Gewerkschaften hätten den Streik zu früh ausgerufen", IND, "Verbandschef")]),
    ("Der Bürgermeister sagte am Dienstag, die Stadt habe kein Geld mehr.\n\nDie Schulden seien in den vergangenen "
     "Jahren stark gestiegen.",
     [("die Stadt habe kein Geld mehr", IND, "Bürgermeister"),
      ("Die Schulden seien in den vergangenen Jahren stark gestiegen", IND, "Bürgermeister")]),
    ("Die Sprecherin sagte, als der Alarm ausgelöst worden sei, habe niemand mehr im Gebäude gearbeitet.",
     [("als der Alarm ausgelöst worden sei, habe niemand mehr im Gebäude gearbeitet", IND, "Sprecherin")]),
])
def test_r40_deconts_guards(text, expected):
    assert_de_exact(text, expected)
