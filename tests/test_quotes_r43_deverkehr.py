"""Round 43 (helper deverkehr): German transport and labour-dispute news; sentences written for these tests."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for q in ann.spans:
        if q.label not in (IND, DIR):
            continue
        cue = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "cue"), None)
        out.append((q.text, q.label, q.attrs.get("speaker"), cue))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    assert _got(text) == sorted(expected, key=lambda x: (x[0], x[1])), _got(text)


# a fronted "Ab …" (a preposition the list lacks: it is also a verb's particle) or a count of occasions ("drei Mal",
# "Mehrere Male") before the verb is no subject; the subject follows the verb (the speaker was "Ab", "Mal", "Male")
@pytest.mark.parametrize(("text", "expected"), [
    ("Ab Donnerstag hat die Gewerkschaft Verdi die Beschäftigten an fünf Flughäfen zu einem Warnstreik aufgerufen.",
     [("Ab Donnerstag hat die Gewerkschaft Verdi die Beschäftigten an fünf Flughäfen zu einem Warnstreik aufgerufen",
       IND, "Gewerkschaft Verdi", "aufgerufen")]),
    ("Bereits drei Mal hat die EVG das Angebot des Konzerns abgelehnt.",
     [("Bereits drei Mal hat die EVG das Angebot des Konzerns abgelehnt", IND, "EVG", "abgelehnt")]),
    ("Ab Montag ruft die Lokführergewerkschaft zu einem unbefristeten Streik auf.",
     [("Ab Montag ruft die Lokführergewerkschaft zu einem unbefristeten Streik auf", IND, "Lokführergewerkschaft",
       "ruft")]),
    ("Mehrere Male hatte der Betriebsrat vor Engpässen beim Bodenpersonal gewarnt.",
     [("Mehrere Male hatte der Betriebsrat vor Engpässen beim Bodenpersonal gewarnt", IND, "Betriebsrat", "gewarnt")]),
    ("Ab kommender Woche hat der Fahrgastverband vor weiteren Ausfällen gewarnt.",
     [("Ab kommender Woche hat der Fahrgastverband vor weiteren Ausfällen gewarnt", IND, "Fahrgastverband",
       "gewarnt")]),
])
def test_r43_deverkehr_fronted_ab_and_times(text, expected):
    assert_exact(text, expected)


# a titled person right after the subject's name in an inverted cue clause is the verb's object, not more of the
# subject's name (the speaker was the object: "Thomas Kramer", "Richard Lutz", "Martin Seiler")
@pytest.mark.parametrize(("text", "expected"), [
    ("Zugleich warf Verdi Flughafenchef Thomas Kramer vor, die Beschäftigten hinzuhalten.",
     [("die Beschäftigten hinzuhalten", IND, "Verdi", "warf")]),
    ("Am Freitag forderte die GDL Bahnchef Richard Lutz auf, ein verbessertes Angebot vorzulegen.",
     [("ein verbessertes Angebot vorzulegen", IND, "GDL", "forderte")]),
    ("Zuvor hatte Weselsky Personalvorstand Martin Seiler vorgeworfen, die Gespräche zu blockieren.",
     [("die Gespräche zu blockieren", IND, "Weselsky", "vorgeworfen")]),
])
def test_r43_deverkehr_titled_object_after_subject(text, expected):
    assert_exact(text, expected)


# guards: titled speakers, other fronted phrases and "ab" inside a quotation stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Es sei ein faires Angebot, sagte Bahn-Personalvorstand Martin Seiler.",
     [("Es sei ein faires Angebot", IND, "Martin Seiler", "sagte")]),
    ("Bis Freitag hat die Gewerkschaft zum Warnstreik aufgerufen.",
     [("Bis Freitag hat die Gewerkschaft zum Warnstreik aufgerufen", IND, "Gewerkschaft", "aufgerufen")]),
    ("Ab sofort gilt der Notfahrplan, teilte ein Bahnsprecher mit.",
     [("Ab sofort gilt der Notfahrplan", IND, "Bahnsprecher", "teilte")]),
    ("„Wir streiken ab Mittwoch“, sagte GDL-Chef Claus Weselsky.",
     [("Wir streiken ab Mittwoch", DIR, "Claus Weselsky", "sagte")]),
    ("Zum dritten Mal hat die Gewerkschaft ihre Mitglieder zum Ausstand aufgerufen.",
     [("Zum dritten Mal hat die Gewerkschaft ihre Mitglieder zum Ausstand aufgerufen", IND, "Gewerkschaft",
       "aufgerufen")]),
    ("Die Forderung sei überzogen, sagte Verkehrsminister Volker Wissing am Montag.",
     [("Die Forderung sei überzogen", IND, "Volker Wissing", "sagte")]),
    ("Am Mittwoch hat Außenministerin Annalena Baerbock vor einer Eskalation gewarnt.",
     [("Am Mittwoch hat Außenministerin Annalena Baerbock vor einer Eskalation gewarnt", IND, "Annalena Baerbock",
       "gewarnt")]),
])
def test_r43_deverkehr_guards(text, expected):
    assert_exact(text, expected)
