"""Round 41 (dedemands): German demands and findings left alone by the first wave: "drängt/dringt auf" an abstract noun
as a demand ("In den Tarifverhandlungen drängt die Gewerkschaft auf ein schnelles Ergebnis"), a study's result after a
dash ("… – dies ist das Ergebnis einer Studie …") and after "so" ("…, so das Ergebnis einer Studie der Universität X"),
a relative clause on a report's topic ("Die Pläne, über die zuerst das „Handelsblatt“ berichtete, sehen … vor"), and
slogans before a call that closes a relative clause ("…, die „Volksverräter“ und „Merkel muss weg“ riefen"); sentences
written for these tests in the style of German agency, union and protest reports."""

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


# "drängt/dringt auf" an abstract noun (an ending of `particle_idiom_endings` or one of `push_objects`) is a demand, a
# speech act like "pocht auf": the sentence with its subject as the speaker (reported nothing; "drängt" was no cue)
@pytest.mark.parametrize(("text", "expected"), [
    ("Im Tarifstreit mit der Post drängt die Gewerkschaft Verdi auf eine rasche Einigung.",
     [("Im Tarifstreit mit der Post drängt die Gewerkschaft Verdi auf eine rasche Einigung", IND, "Gewerkschaft Verdi", "drängt")]),
    ("Vor der dritten Verhandlungsrunde dringt der Betriebsrat auf eine zügige Lösung.",
     [("Vor der dritten Verhandlungsrunde dringt der Betriebsrat auf eine zügige Lösung", IND, "Betriebsrat",
       "dringt")]),
    ("Die Opposition drängte auf die Aufklärung der Vorgänge im Ministerium.",
     [("Die Opposition drängte auf die Aufklärung der Vorgänge im Ministerium", IND, "Opposition", "drängte")]),
    ("Mehrere Landesverbände drängen auf Neuwahlen.",
     [("Mehrere Landesverbände drängen auf Neuwahlen", IND, "Landesverbände", "drängen")]),
    ("In den Gesprächen mit der Bahn drängt die Eisenbahngewerkschaft (EVG) auf ein schnelles Ergebnis.",
     [("In den Gesprächen mit der Bahn drängt die Eisenbahngewerkschaft (EVG) auf ein schnelles Ergebnis", IND,
       "Eisenbahngewerkschaft", "drängt")]),
])
def test_r41_dedemands_push_demands(text, expected):
    assert_exact(text, expected)


# a study's result after a dash or after "so": the finding before it is the content, the study speaks (after the dash
# nothing was reported; after "so" the speaker was "Ergebnis einer Studie")
@pytest.mark.parametrize(("text", "expected"), [
    ("Jeder dritte Pflegebeschäftigte denkt an einen Berufswechsel – dies ist das Ergebnis einer Studie der Universität "
     "Bremen.",
     [("Jeder dritte Pflegebeschäftigte denkt an einen Berufswechsel", IND, "Studie der Universität Bremen", "ist")]),
    ("Kinder schlafen heute deutlich weniger als vor zwanzig Jahren - das ist das Ergebnis einer Untersuchung der "
     "Charité.",
     [("Kinder schlafen heute deutlich weniger als vor zwanzig Jahren", IND, "Untersuchung der Charité", "ist")]),
    ("Immer mehr Rentner arbeiten neben der Rente weiter, so das Ergebnis einer Studie der Universität Mannheim.",
     [("Immer mehr Rentner arbeiten neben der Rente weiter", IND, "Studie der Universität Mannheim", "so")]),
])
def test_r41_dedemands_study_results(text, expected):
    assert_exact(text, expected)


# a relative clause on a report's topic inside the sentence reports nothing of its own (the main clause after it was the
# paper's content)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Pläne, über die zuerst das „Handelsblatt“ berichtete, sehen Einsparungen von drei Milliarden Euro vor.", []),
    ("Der Entwurf, über den zuerst der „Spiegel“ berichtet hatte, sieht höhere Beiträge für Gutverdiener vor.", []),
    ("Die Studie, über die die Zeitung am Montag berichtete, beruht auf Daten aus zehn Ländern.", []),
])
def test_r41_dedemands_topic_relatives(text, expected):
    assert_exact(text, expected)


# slogans before a call closing a relative clause on the callers: every slogan of the list is a quote of the callers
# (only the last one was)
@pytest.mark.parametrize(("text", "expected"), [
    ("Vor dem Rathaus standen etwa 200 Demonstranten, die „Lügenpresse“ und „Wir sind das Volk“ riefen.",
     [("Lügenpresse", DIR, "Demonstranten", "riefen"), ("Wir sind das Volk", DIR, "Demonstranten", "riefen")]),
    ("Am Werkstor warteten Streikende, die „Tarifflucht“ und „Wir sind es wert“ skandierten.",
     [("Tarifflucht", DIR, "Streikende", "skandierten"), ("Wir sind es wert", DIR, "Streikende", "skandierten")]),
])
def test_r41_dedemands_slogans_before_call(text, expected):
    assert_exact(text, expected)


# guards: pushing as motion, "Die Zeit drängt", the light phrase "drängt darauf, dass", "Das ist das Ergebnis einer
# Studie" at the start of its sentence, a result of no study after a dash, a relative clause with the cue's subject
# pronoun, and a call with its slogan after it stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Nach dem Schlusspfiff drängten hunderte Fans auf das Spielfeld.", []),
    ("Die Fans drängten aufs Feld.", []),
    ("Immer mehr Anbieter drängen auf den Markt.", []),
    ("Wasser drang in den Keller.", []),
    ("Die Zeit drängt, sagte der Minister.", [("Die Zeit drängt", IND, "Minister", "sagte")]),
    ("Die Gewerkschaft drängt darauf, dass schnell ein Ergebnis erzielt wird.",
     [("schnell ein Ergebnis erzielt wird", IND, "Gewerkschaft", "drängt")]),
    ("Der Umsatz ist gestiegen - das ist das Ergebnis der Preiserhöhungen.", []),
    ("Der Minister, der über die Pläne berichtete, sagte, die Reform komme.",
     [("der über die Pläne berichtete", IND, "Minister", "berichtete"), ("die Reform komme", IND, "Minister", "sagte")]),
    ("Die Gegendemonstranten riefen „Nazis raus“.", [("Nazis raus", DIR, "Gegendemonstranten", "riefen")]),
])
def test_r41_dedemands_guards(text, expected):
    assert_exact(text, expected)
