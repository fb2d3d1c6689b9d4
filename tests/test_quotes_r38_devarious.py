"""Quote pre-annotator, round 38 (helper devarious): German false and mis-attributed reports.

Sentences written for these tests (names invented), in the style of club, party-conference, police and business news:
a person confirmed in an office in the passive with the office or the body fronted ("In ihren Ämtern bestätigt wurden
…", a report by "Ämtern"); "vor Ort" after a source before "zufolge" (the speaker was "Ort" and the source a content of
its own); a source noun's circle with its article after "laut" ("Laut Aussagen aus dem Management …", the content began
at "aus dem"); a pronominal adverb governed by an adverb opening the sentence ("Unabhängig davon bittet die Polizei …",
the act was "davon"); a second conjunct without its verb after a state act ("äußerten sich 46 Prozent zufrieden, 37
Prozent weniger zufrieden", a report by "Prozent").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_exact(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


# a person confirmed in an office, the office or the body fronted: no report (were reports by the fronted noun)
@pytest.mark.parametrize(("text", "expected"), [
    ("Bei den Neuwahlen gab es keine Überraschungen. In ihren Ämtern bestätigt wurden die Vorsitzende Sabine Kern und "
     "Kassenwart Dieter Rolle.", []),
    ("Im Vorstand bestätigt wurden außerdem Schriftführerin Ute Lang und Beisitzer Klaus Wendt.", []),
    ("Als Kassierer bestätigt wurde Rainer Holzer, neu im Amt ist Jugendwart Tim Bauer.", []),
    ("In ihren Ämtern wurden die Kommandanten Jürgen Fritz und Markus Seel einstimmig bestätigt.", []),
    ("Im Landesvorstand bestätigt wurde als Schatzmeisterin Petra Hahn mit 91 Prozent der Stimmen.", []),
    ("In seinem Amt bestätigt wurde Abteilungsleiter Frank Mohr, der den Verein seit zwölf Jahren führt.", []),
])
def test_devarious_office_passives(text, expected):
    assert_exact(text, expected)


# "vor Ort" is the source's adverb: the source before it speaks, and no content is cut at "vor"
@pytest.mark.parametrize(("text", "expected"), [
    ("Einem Reporter vor Ort zufolge wurden mindestens zwölf Menschen verletzt.",
     [("wurden mindestens zwölf Menschen verletzt", IND, "Reporter")]),
    ("Die Rauchsäule war einer Sprecherin der Feuerwehr vor Ort zufolge kilometerweit zu sehen.",
     [("Die Rauchsäule war", IND, "Sprecherin der Feuerwehr"),
      ("kilometerweit zu sehen", IND, "Sprecherin der Feuerwehr")]),
    ("Einem Korrespondenten vor Ort zufolge ist die Lage in der Hauptstadt inzwischen ruhig.",
     [("ist die Lage in der Hauptstadt inzwischen ruhig", IND, "Korrespondenten")]),
])
def test_devarious_vor_ort(text, expected):
    assert_exact(text, expected)


# a source noun's circle with its article after "laut" belongs to the source, as "aus Regierungskreisen" did
@pytest.mark.parametrize(("text", "expected"), [
    ("Laut Aussagen aus dem Umfeld des Vorstands wird der Standort in Kassel geschlossen.",
     [("wird der Standort in Kassel geschlossen", IND, "Aussagen aus dem Umfeld des Vorstands")]),
    ("Laut Informationen aus der Parteizentrale soll der Parteitag verschoben werden.",
     [("soll der Parteitag verschoben werden", IND, "Informationen aus der Parteizentrale")]),
    ("Laut Angaben aus dem Rathaus sind die Kosten um zwei Millionen Euro gestiegen.",
     [("sind die Kosten um zwei Millionen Euro gestiegen", IND, "Angaben aus dem Rathaus")]),
])
def test_devarious_source_circle(text, expected):
    assert_exact(text, expected)


# a pronominal adverb governed by an adverb opening the sentence is not what was said: the act is the sentence
@pytest.mark.parametrize(("text", "expected"), [
    ("Unabhängig davon bittet die Polizei um Hinweise zu einem dunklen Kombi.",
     [("Unabhängig davon bittet die Polizei um Hinweise zu einem dunklen Kombi", IND, "Polizei")]),
    ("Abgesehen davon kritisierte der Bund der Steuerzahler die hohen Kosten.",
     [("Abgesehen davon kritisierte der Bund der Steuerzahler die hohen Kosten", IND, "Bund der Steuerzahler")]),
    ("Zusätzlich dazu kündigte der Landkreis weitere Kontrollen an.",
     [("Zusätzlich dazu kündigte der Landkreis weitere Kontrollen an", IND, "Landkreis")]),
    ("Unabhängig davon forderte die Opposition eine Sondersitzung des Ausschusses.",
     [("Unabhängig davon forderte die Opposition eine Sondersitzung des Ausschusses", IND, "Opposition")]),
])
def test_devarious_governed_pronominal_adverb(text, expected):
    assert_exact(text, expected)


# a second conjunct without its verb after a state act repeats the predicate: no content of its own
@pytest.mark.parametrize(("text", "expected"), [
    ("In der Umfrage äußerten sich 46 Prozent zufrieden oder sehr zufrieden, 37 Prozent weniger oder gar nicht "
     "zufrieden.", []),
    ("Der Minister äußerte sich zufrieden, die Opposition dagegen enttäuscht.",
     [("Der Minister äußerte sich zufrieden, die Opposition dagegen enttäuscht", IND, "Minister")]),
])
def test_devarious_gapped_conjunct(text, expected):
    assert_exact(text, expected)


# guards: an agent, a dass-clause, no person, a person confirmed after the subject, a source without "vor Ort", a bare
# circle, a focus particle before "dazu", a pronominal adverb alone, a content clause after the adverb
@pytest.mark.parametrize(("text", "expected"), [
    ("Von der Polizei bestätigt wurde der Tod eines 52-Jährigen.", []),
    ("In einer Pressemitteilung wurde bestätigt, dass das Werk Ende des Jahres schließt.",
     [("das Werk Ende des Jahres schließt", IND, "Pressemitteilung")]),
    ("Im Ministerium bestätigt wurde die Entscheidung am Montag.",
     [("Im Ministerium bestätigt wurde die Entscheidung am Montag", IND, "Ministerium")]),
    ("In einer Stellungnahme bestätigt wurde der Wechsel von Torwart Jan Römer.",
     [("In einer Stellungnahme bestätigt wurde der Wechsel von Torwart Jan Römer", IND, "Stellungnahme")]),
    ("Der Vorsitzende Karl Brenner wurde von der Versammlung einstimmig im Amt bestätigt.", []),
    ("Einem Augenzeugen zufolge fuhr der Wagen viel zu schnell.",
     [("fuhr der Wagen viel zu schnell", IND, "Augenzeugen")]),
    ("Laut Informationen aus Regierungskreisen soll das Gesetz noch vor der Sommerpause kommen.",
     [("soll das Gesetz noch vor der Sommerpause kommen", IND, "Informationen aus Regierungskreisen")]),
    ("Auch dazu äußerte sich der Trainer nach dem Spiel.", [("dazu", IND, "Trainer")]),
    ("Dazu sagte der Bürgermeister, die Pläne seien seit Monaten bekannt.",
     [("die Pläne seien seit Monaten bekannt", IND, "Bürgermeister")]),
    ("Unabhängig davon sagte die Ministerin, die Reform werde kommen.",
     [("die Reform werde kommen", IND, "Ministerin")]),
    ("Der Trainer äußerte sich zufrieden, die Mannschaft habe gut gespielt.",
     [("die Mannschaft habe gut gespielt", IND, "Trainer")]),
    ("Die Ministerin äußerte sich skeptisch, ob das Gesetz rechtzeitig kommt.",
     [("das Gesetz rechtzeitig kommt", IND, "Ministerin")]),
])
def test_devarious_guards(text, expected):
    assert_exact(text, expected)
