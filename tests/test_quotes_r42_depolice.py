"""Round 42 (depolice): German police and court news. Sentences written for these tests in the style of police
releases and court reports (see docs/quotes.md). Fix rows fail against the frozen tree (5b591c6); guard rows pass on
both."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


# another subject's main clause with a cue of its own after the first cue's object and a comma (pleas in court
# reports): two acts, not the second clause as the first one's content
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Staatsanwältin forderte drei Jahre Haft, die Verteidigung plädierte auf Freispruch.",
     [("Die Staatsanwältin forderte drei Jahre Haft", IND, "Staatsanwältin", "forderte"),
      ("die Verteidigung plädierte auf Freispruch", IND, "Verteidigung", "plädierte")]),
    ("Die Oberstaatsanwältin fordert sechs Jahre Gefängnis, die Verteidigung plädierte dagegen auf Bewährung.",
     [("Die Oberstaatsanwältin fordert sechs Jahre Gefängnis", IND, "Oberstaatsanwältin", "fordert"),
      ("die Verteidigung plädierte dagegen auf Bewährung", IND, "Verteidigung", "plädierte")]),
    ("Die Staatsanwaltschaft hatte zwei Jahre Haft gefordert, der Verteidiger hielt eine Geldstrafe für angemessen.",
     [("Die Staatsanwaltschaft hatte zwei Jahre Haft gefordert", IND, "Staatsanwaltschaft", "gefordert")]),
    ("Die Nebenklage beantragte eine lebenslange Haftstrafe, die Verteidigerin forderte einen Freispruch.",
     [("Die Nebenklage beantragte eine lebenslange Haftstrafe", IND, "Nebenklage", "beantragte"),
      ("die Verteidigerin forderte einen Freispruch", IND, "Verteidigerin", "forderte")]),
])
def test_de_second_clause_with_own_cue(text, expected):
    assert_exact(text, expected)


# "von Seiten der …" and "vonseiten der …" after an impersonal report are "seitens": the body speaks, not "Seiten"
@pytest.mark.parametrize(("text", "expected"), [
    ("Das Geständnis sei unter Druck zustande gekommen, hieß es von Seiten der Verteidigung.",
     [("Das Geständnis sei unter Druck zustande gekommen", IND, "Verteidigung", "hieß")]),
    ("Der Fahrer sei nicht angeschnallt gewesen, hieß es vonseiten der Polizei.",
     [("Der Fahrer sei nicht angeschnallt gewesen", IND, "Polizei", "hieß")]),
])
def test_de_von_seiten_source(text, expected):
    assert_exact(text, expected)


# a relative clause on a trailing wie-clause's speaker is no content
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Radfahrer sei bei Rot gefahren, wie eine Zeugin schilderte, die an der Ampel gewartet hatte.",
     [("Der Radfahrer sei bei Rot gefahren", IND, "Zeugin", "schilderte")]),
    ("Die Tür war aufgebrochen, wie ein Polizeisprecher berichtete, der selbst am Tatort war.",
     [("Die Tür war aufgebrochen", IND, "Polizeisprecher", "berichtete")]),
])
def test_de_relative_after_wie_clause(text, expected):
    assert_exact(text, expected)


# "ausgehen von" around a mid-clause source without an owner: the von-phrase is no owner of the source
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Ermittler gehen nach ersten Erkenntnissen von einer Brandstiftung aus.",
     [("Die Ermittler gehen", IND, "Ermittler", "nach"),
      ("von einer Brandstiftung aus", IND, "Ermittler", "nach")]),
])
def test_de_ausgehen_von_not_owner(text, expected):
    assert_exact(text, expected)


# guards: what stays as it was
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Staatsanwaltschaft wirft dem 41-Jährigen vor, seine Nachbarin bedroht zu haben.",
     [("seine Nachbarin bedroht zu haben", IND, "Staatsanwaltschaft", "wirft")]),
    ("Der Angeklagte räumte ein, den Wagen angezündet zu haben.",
     [("den Wagen angezündet zu haben", IND, "Angeklagte", "räumte")]),
    ("Der Angeklagte schwieg zu den Vorwürfen.", []),
    ("Das Gericht sah es als erwiesen an, dass der Mann die Frau getötet hatte.",
     [("der Mann die Frau getötet hatte", IND, "Gericht", "sah")]),
    ("Der Minister sagte, die Polizei bestätigte den Unfall.",
     [("die Polizei bestätigte den Unfall", IND, "Minister", "sagte")]),
    ("Die Anwältin forderte eine Bewährungsstrafe, der Angeklagte habe sich entschuldigt.",
     [("der Angeklagte habe sich entschuldigt", IND, "Anwältin", "forderte")]),
    ("Die Zahlen liegen, wie der Polizeisprecher sagte, höher als im Vorjahr.",
     [("Die Zahlen liegen", IND, "Polizeisprecher", "sagte"), ("höher als im Vorjahr", IND, "Polizeisprecher", "sagte")]),
    ("Der Mann sei mit dem Auto geflüchtet, teilte die Polizei mit.",
     [("Der Mann sei mit dem Auto geflüchtet", IND, "Polizei", "teilte")]),
    ("Man wolle weiter ermitteln, hieß es seitens der Staatsanwaltschaft.",
     [("Man wolle weiter ermitteln", IND, "Staatsanwaltschaft", "hieß")]),
    ("Nach Angaben von Europol gehen die Ermittler von einer Bande aus.",
     [("gehen die Ermittler von einer Bande aus", IND, "Europol", "Nach")]),
])
def test_de_depolice_guards(text, expected):
    assert_exact(text, expected)
