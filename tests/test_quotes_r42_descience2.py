"""Round 42 (helper descience2): German science and health news, leftovers. Sentences written for these tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            who = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end], who and text[who.start:who.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker, cue and SPEAKER span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _, _ in got] == sorted((t, lab) for t, lab, _, _, _ in expected), got
    by = {(t, lab): (sp, cue, who) for t, lab, sp, cue, who in got}
    for t, lab, sp, cue, who in expected:
        assert by[(t, lab)] == (sp, cue, who), (t, by[(t, lab)])


# 1. a body's "für" phrase after an adjective and its head belongs to the canonical name, as after a bare head ("die
# Gesellschaft für Virologie"); the medical societies were "Deutsche Gesellschaft", the EU agency "Europäische Behörde"
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Deutsche Gesellschaft für Innere Medizin (DGIM) warnt, dass viele Praxen auf dem Land schließen müssen.",
     [("viele Praxen auf dem Land schließen müssen", IND, "Deutsche Gesellschaft für Innere Medizin DGIM", "warnt",
       "Die Deutsche Gesellschaft für Innere Medizin (DGIM)")]),
    ("Die Versorgung von Herzpatienten sei gefährdet, teilte die Deutsche Gesellschaft für Kardiologie mit.",
     [("Die Versorgung von Herzpatienten sei gefährdet", IND, "Deutsche Gesellschaft für Kardiologie", "teilte",
       "die Deutsche Gesellschaft für Kardiologie")]),
    ("Die Deutsche Gesellschaft für Ernährung empfiehlt, täglich fünf Portionen Obst und Gemüse zu essen.",
     [("täglich fünf Portionen Obst und Gemüse zu essen", IND, "Deutsche Gesellschaft für Ernährung", "empfiehlt",
       "Die Deutsche Gesellschaft für Ernährung")]),
    ("Laut der Europäischen Behörde für Lebensmittelsicherheit ist der Zusatzstoff unbedenklich.",
     [("ist der Zusatzstoff unbedenklich", IND, "Europäischen Behörde für Lebensmittelsicherheit", "Laut",
       "der Europäischen Behörde für Lebensmittelsicherheit")]),
])
def test_body_fuer_phrase_after_adjective(text, expected):
    assert_exact(text, expected)


# 2. "darunter X" after a trailing attribution names one of the speakers: no second part of the report
@pytest.mark.parametrize(("text", "expected"), [
    ("Die nächste Welle werde stärker, warnten mehrere Virologen, darunter der Berliner Forscher Christian Drosten.",
     [("Die nächste Welle werde stärker", IND, "Virologen", "warnten", "mehrere Virologen")]),
    ("Die Grenzwerte seien zu lasch, kritisierten zahlreiche Mediziner, darunter auch die Präsidentin der Ärztekammer.",
     [("Die Grenzwerte seien zu lasch", IND, "Mediziner", "kritisierten", "zahlreiche Mediziner")]),
])
def test_inclusion_after_trailing_attribution(text, expected):
    assert_exact(text, expected)


# 3. a compound adjective ("US-amerikanische") is no first name: a later bare "Forscher" in another story is no name
# of that run
@pytest.mark.parametrize(("text", "expected"), [
    ("Schlafmangel schadet dem Herzen, berichten US-amerikanische Forscher im Fachblatt „Circulation“.\n\n"
     "Kaffeetrinker leben im Schnitt länger, schreiben Forscher im Fachblatt „BMJ“.",
     [("Kaffeetrinker leben im Schnitt länger", IND, "Forscher", "schreiben", "Forscher"),
      ("Schlafmangel schadet dem Herzen", IND, "US-amerikanische Forscher", "berichten", "US-amerikanische Forscher")]),
])
def test_compound_adjective_no_name(text, expected):
    assert_exact(text, expected)


# 4. a plural "sie" takes the group of persons opening its sentence (the pronoun in a clause after a comma) or, with
# no group speaking before, the sentence before (was no one)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Wissenschaftler veröffentlichten einen offenen Brief, in dem sie strengere Regeln für Tierversuche forderten.",
     [("in dem sie strengere Regeln für Tierversuche forderten", IND, "Wissenschaftler", "forderten", "sie")]),
    ("Die Forscher untersuchten mehr als 3000 Kinder. Sie berichten, dass Bildschirmzeit den Schlaf verkürzt.",
     [("Bildschirmzeit den Schlaf verkürzt", IND, "Forscher", "berichten", "Sie")]),
])
def test_plural_sie_subject(text, expected):
    assert_exact(text, expected)


# guards: what must stay as it is
@pytest.mark.parametrize(("text", "expected"), [
    # a bare head with its "für" phrase was whole already
    ("Die Gesellschaft für Virologie erklärte, die Lage sei ernst.",
     [("die Lage sei ernst", IND, "Gesellschaft für Virologie", "erklärte", "Die Gesellschaft für Virologie")]),
    # the society's president named in apposition is the speaker
    ("Der Präsident der Deutschen Gesellschaft für Innere Medizin, Georg Ertl, sagte, die Zahlen seien alarmierend.",
     [("die Zahlen seien alarmierend", IND, "Georg Ertl", "sagte", "Georg Ertl")]),
    # a direct quotation with the inclusion after its speaker
    ("„Das ist ein Durchbruch“, sagten mehrere Forscher, darunter die Genetikerin Anna Weiß.",
     [("Das ist ein Durchbruch", DIR, "Forscher", "sagten", "mehrere Forscher")]),
    # an inclusion before the verb
    ("Mehrere Fachleute, darunter die Epidemiologin Eva Grill, warnten, die Zahlen seien zu niedrig.",
     [("die Zahlen seien zu niedrig", IND, "Fachleute", "warnten", "Mehrere Fachleute")]),
    # a double first name with a hyphen stays a name
    ("Hans-Peter Krause erklärte, die Studie sei solide. Später sagte Krause, er bleibe dabei.",
     [("die Studie sei solide", IND, "Hans-Peter Krause", "erklärte", "Hans-Peter Krause"),
      ("er bleibe dabei", IND, "Hans-Peter Krause", "sagte", "Krause")]),
    # a definite "die Forscher" still refers back to the group the compound adjective opened
    ("Schlafmangel schadet dem Herzen, berichten US-amerikanische Forscher. Die Forscher empfehlen, mindestens sieben "
     "Stunden zu schlafen.",
     [("Schlafmangel schadet dem Herzen", IND, "US-amerikanische Forscher", "berichten", "US-amerikanische Forscher"),
      ("mindestens sieben Stunden zu schlafen", IND, "US-amerikanische Forscher", "empfehlen", "Die Forscher")]),
    # a plural of things is no antecedent of "sie"
    ("Die Preise stiegen im Herbst deutlich. Sie forderten mehr Unterstützung vom Staat.",
     [("Sie forderten mehr Unterstützung vom Staat", IND, None, "forderten", "Sie")]),
])
def test_guards(text, expected):
    assert_exact(text, expected)
