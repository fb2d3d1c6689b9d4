"""Round 41 (deimpersonal): German impersonal subjects and rarer cue shapes. "darauf hin" written as one word before
its dass-clause ("weist daraufhin, dass …") is the particle of "hinweisen"; a reflexive second predicate after a comma
("…, sprach sich aber dafür aus, dass …") shares the main clause's subject, not its object; a fronted time phrase of
an adjective or determiner and a time noun ("Letzte Woche", "Vergangenes Jahr") before the auxiliary or modal is no
subject ("Letzte Woche kann man sagen, dass …" had the speaker "Letzte Woche"); a wie-clause that interrupts a noun
phrase after its article ("in einer, wie die Gutachter es formulierten, „…“") reports no fragment of the main clause,
only the quoted wording; a trailing "…, betonte man bei der Polizei" is the body's report; "Als" before a noun and the
auxiliary ("Als Replik ist der Auftritt nicht gedacht, versicherte …") opens a main clause. Sentences written for these tests in the style of German agency copy, local news and
commentary pages."""

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


# "darauf hin" as one word before its clause (a frequent misspelling on news and club pages) found nothing
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Verband weist seit Wochen daraufhin, dass die Kassen der Kommunen leer sind.",
     [("die Kassen der Kommunen leer sind", IND, "Verband", "weist")]),
    ("Die Gewerkschaft wies am Montag daraufhin, dass viele Stellen unbesetzt seien.",
     [("viele Stellen unbesetzt seien", IND, "Gewerkschaft", "wies")]),
])
def test_de_daraufhin_one_word(text, expected):
    assert_exact(text, expected)


# a reflexive second predicate with da-word and particle after a comma: the main clause's subject, not its object
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Ministerin lobte den Entwurf, sprach sich aber dafür aus, dass die Frist verlängert wird.",
     [("Die Ministerin lobte den Entwurf, sprach sich aber dafür aus, dass die Frist verlängert wird", IND,
       "Ministerin", "lobte"),
      ("die Frist verlängert wird", IND, "Ministerin", "sprach")]),
    ("Der Landrat begrüßte die Pläne, sprach sich jedoch dagegen aus, die Kreisumlage zu erhöhen.",
     [("Der Landrat begrüßte die Pläne, sprach sich jedoch dagegen aus, die Kreisumlage zu erhöhen", IND,
       "Landrat", "begrüßte"),
      ("die Kreisumlage zu erhöhen", IND, "Landrat", "sprach")]),
])
def test_de_reflexive_second_predicate(text, expected):
    assert_exact(text, expected)


# a fronted time phrase before the auxiliary or modal is no speaker: the subject after it is, or no one ("man")
@pytest.mark.parametrize(("text", "expected"), [
    ("Letzte Woche hat die Ministerin gesagt, dass die Schulen offen bleiben.",
     [("die Schulen offen bleiben", IND, "Ministerin", "gesagt")]),
    ("Vergangenes Jahr hatte der Bürgermeister angekündigt, die Gebühren würden nicht steigen.",
     [("die Gebühren würden nicht steigen", IND, "Bürgermeister", "angekündigt")]),
    ("Letzte Woche kann man sagen, dass die Reform gescheitert ist.",
     [("die Reform gescheitert ist", IND, None, "sagen")]),
])
def test_de_fronted_time_phrase(text, expected):
    assert_exact(text, expected)


# a wie-clause inside a noun phrase, right after its article: only the quoted wording, no fragment of the main clause
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Ursache liegt in einer, wie die Gutachter es formulierten, „chronischen Unterfinanzierung“ der Kliniken.",
     [("chronischen Unterfinanzierung", DIR, "Gutachter", "formulierten")]),
])
def test_de_wie_clause_inside_noun_phrase(text, expected):
    assert_exact(text, expected)


# a trailing attribution by the generic "man" with a body after it: that body speaks, as after a fronted one ("Im
# Rathaus betonte man, …"); a place or an event after "man" is no speaker
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Auftritt sei nicht als Antwort auf den Kanzler gedacht, versicherte man im Büro der Ministerin.",
     [("Der Auftritt sei nicht als Antwort auf den Kanzler gedacht", IND, "Büro der Ministerin", "versicherte")]),
    ("Die Lage am Bahnhof ist unter Kontrolle, betonte man bei der Bundespolizei am Sonntag.",
     [("Die Lage am Bahnhof ist unter Kontrolle", IND, "Bundespolizei", "betonte")]),
    ("Das Angebot der Arbeitgeber sei fair, hieß es zunächst. Man wolle weiter verhandeln, betonte man seitens der "
     "Gewerkschaft.",
     [("Das Angebot der Arbeitgeber sei fair", IND, None, "hieß"),
      ("Man wolle weiter verhandeln", IND, "Gewerkschaft", "betonte")]),
])
def test_de_man_with_body(text, expected):
    assert_exact(text, expected)


# "Als" before a noun and the finite verb in second place opens a main clause, no fronted adverbial clause: it is the
# trailing attribution's content (the attribution itself was reported)
@pytest.mark.parametrize(("text", "expected"), [
    ("Als Kampfansage ist der Brief nicht gemeint, versicherte ein Sprecher der Partei.",
     [("Als Kampfansage ist der Brief nicht gemeint", IND, "Sprecher der Partei", "versicherte")]),
    ("Als Antwort auf die Kritik der Opposition ist der Plan nicht gedacht, versicherte man im Umfeld des Ministers.",
     [("Als Antwort auf die Kritik der Opposition ist der Plan nicht gedacht", IND, "Umfeld des Ministers",
       "versicherte")]),
])
def test_de_als_phrase_main_clause(text, expected):
    assert_exact(text, expected)


# guards: what stays as it was
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Zahlen liegen, wie der Landrat sagte, höher als im Vorjahr.",
     [("Die Zahlen liegen", IND, "Landrat", "sagte"), ("höher als im Vorjahr", IND, "Landrat", "sagte")]),
    ("Die Polizei stoppte den Wagen, daraufhin flüchtete der Fahrer zu Fuß.", []),
    ("Am Montag hat die Ministerin gesagt, dass die Schulen offen bleiben.",
     [("die Schulen offen bleiben", IND, "Ministerin", "gesagt")]),
    ("Der Kanzler lobte den Entwurf, wies aber darauf hin, dass die Frist zu kurz sei.",
     [("Der Kanzler lobte den Entwurf, wies aber darauf hin, dass die Frist zu kurz sei", IND, "Kanzler", "lobte"),
      ("die Frist zu kurz sei", IND, "Kanzler", "wies")]),
    ("Der Minister sprach sich dafür aus, dass die Frist verlängert wird.",
     [("die Frist verlängert wird", IND, "Minister", "sprach")]),
    ("Letzte Woche sagte der Trainer, die Mannschaft sei auf einem guten Weg.",
     [("die Mannschaft sei auf einem guten Weg", IND, "Trainer", "sagte")]),
    ("Die Lage ist ernst, sagte man bei der Pressekonferenz in Berlin.", [("Die Lage ist ernst", IND, None, "sagte")]),
    ("Als der Minister eintraf, sagte er, die Lage sei ernst.", [("die Lage sei ernst", IND, None, "sagte")]),
    ("Als der Minister im Amt war, lief vieles besser, sagte die Ministerin.", []),
    ("Im Rathaus betonte man, die Lage sei unter Kontrolle.",
     [("die Lage sei unter Kontrolle", IND, "Rathaus", "betonte")]),
])
def test_de_deimpersonal_guards(text, expected):
    assert_exact(text, expected)
