"""Round 42 (helper descience3): German medical societies and groups, leftovers. Sentences written for these tests."""
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


# 1. a doctor's degree after "Dr." ("med.", "rer. nat.") is no end of the name run (the speaker was "Professor Dr")
@pytest.mark.parametrize(("text", "expected"), [
    ("„Viele Patienten kommen zu spät“, betont Professor Dr. med. Karin Albers, Direktorin der Klinik für Kardiologie.",
     [("Viele Patienten kommen zu spät", DIR, "Karin Albers", "betont", "Professor Dr. med. Karin Albers")]),
    ("„Die Daten sind eindeutig“, sagt Prof. Dr. rer. nat. Lukas Brenner vom Institut für Virologie.",
     [("Die Daten sind eindeutig", DIR, "Lukas Brenner", "sagt", "Prof. Dr. rer. nat. Lukas Brenner vom Institut für Virologie")]),
])
def test_doctor_degree(text, expected):
    assert_exact(text, expected)


# 2. an association's "e.V." after its name ends no sentence before its short name and is no end of the subject
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Deutsche Gesellschaft für Neurologie e.V. (DGN) befürchtet, dass Schlaganfälle zu spät behandelt werden.",
     [("Schlaganfälle zu spät behandelt werden", IND, "Deutsche Gesellschaft für Neurologie DGN", "befürchtet",
       "Die Deutsche Gesellschaft für Neurologie e.V. (DGN)")]),
    ("Der Deutsche Hausärzteverband e. V. fordert, dass die Budgets fallen.",
     [("die Budgets fallen", IND, "Deutsche Hausärzteverband", "fordert", "Der Deutsche Hausärzteverband")]),
])
def test_registered_association(text, expected):
    assert_exact(text, expected)


# 3. a society's "für" phrase listing its fields with commas is whole (was its last field: "Nervenheilkunde")
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Deutsche Gesellschaft für Psychiatrie und Psychotherapie, Psychosomatik und Nervenheilkunde (DGPPN) warnt, "
     "dass Therapieplätze fehlen.",
     [("Therapieplätze fehlen", IND,
       "Deutsche Gesellschaft für Psychiatrie und Psychotherapie Psychosomatik und Nervenheilkunde DGPPN", "warnt",
       "Die Deutsche Gesellschaft für Psychiatrie und Psychotherapie, Psychosomatik und Nervenheilkunde (DGPPN)")]),
    ("Die Wartezeiten seien zu lang, kritisiert die Deutsche Gesellschaft für Endokrinologie, Diabetes und Stoffwechsel.",
     [("Die Wartezeiten seien zu lang", IND, "Deutsche Gesellschaft für Endokrinologie Diabetes und Stoffwechsel",
       "kritisiert", "die Deutsche Gesellschaft für Endokrinologie, Diabetes und Stoffwechsel")]),
])
def test_fuer_phrase_list(text, expected):
    assert_exact(text, expected)


# 4. "für" phrase after a genitive's body in the prefield belongs to the speaker, as after the verb
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Vorstand der Gesellschaft für Virologie befürchtet, dass die Impfbereitschaft sinkt.",
     [("die Impfbereitschaft sinkt", IND, "Vorstand der Gesellschaft für Virologie", "befürchtet",
       "Der Vorstand der Gesellschaft für Virologie")]),
    ("Die Präsidentin der Deutschen Gesellschaft für Kinderheilkunde fordert, dass Kitas offen bleiben.",
     [("Kitas offen bleiben", IND, "Präsidentin der Deutschen Gesellschaft für Kinderheilkunde", "fordert",
       "Die Präsidentin der Deutschen Gesellschaft für Kinderheilkunde")]),
])
def test_genitive_body_fuer(text, expected):
    assert_exact(text, expected)


# 5. "die Fachgesellschaft" / "der Fachverband" names the society or association named before it
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Deutsche Gesellschaft für Pneumologie hat ihre Leitlinie überarbeitet. Die Fachgesellschaft empfiehlt, "
     "Asthmasprays regelmäßig zu prüfen.",
     [("Asthmasprays regelmäßig zu prüfen", IND, "Deutsche Gesellschaft für Pneumologie", "empfiehlt",
       "Die Fachgesellschaft")]),
    ("Der Deutsche Apothekerverband sieht Engpässe bei Fiebersäften. Der Fachverband fordert, dass die Preise steigen.",
     [("die Preise steigen", IND, "Deutsche Apothekerverband", "fordert", "Der Fachverband")]),
])
def test_society_description(text, expected):
    assert_exact(text, expected)


# 6. a plural "sie" takes a bare or coordinated plural of persons opening the sentence before ("Ärzte",
# "Forscherinnen und Forscher", "Virologen", "Fachleute"), also after a singular body spoke
@pytest.mark.parametrize(("text", "expected"), [
    ("Forscherinnen und Forscher haben einen Aufruf verfasst. Sie fordern, mehr Daten zu teilen.",
     [("mehr Daten zu teilen", IND, "Forscherinnen und Forscher", "fordern", "Sie")]),
    ("Kinderärzte haben einen offenen Brief geschrieben. Sie warnen, dass Medikamente knapp werden.",
     [("Medikamente knapp werden", IND, "Kinderärzte", "warnen", "Sie")]),
    ("Virologen haben die Abwasserdaten ausgewertet. Sie erwarten, dass die Zahlen im Herbst steigen.",
     [("die Zahlen im Herbst steigen", IND, "Virologen", "erwarten", "Sie")]),
    ("Fachleute haben den Entwurf geprüft. Sie kritisieren, dass die Fristen zu kurz seien.",
     [("die Fristen zu kurz seien", IND, "Fachleute", "kritisieren", "Sie")]),
    ("Die Fachgesellschaft rät, den Impfstatus zu prüfen. Epidemiologen haben die Zahlen verglichen. Sie betonen, dass "
     "Ältere besonders gefährdet seien.",
     [("Ältere besonders gefährdet seien", IND, "Epidemiologen", "betonen", "Sie"),
      ("den Impfstatus zu prüfen", IND, "Fachgesellschaft", "rät", "Die Fachgesellschaft")]),
])
def test_plural_sie_bare_group(text, expected):
    assert_exact(text, expected)


# guards: what must stay as it is
@pytest.mark.parametrize(("text", "expected"), [
    # an apposition after a society's "für" phrase is its speaker, no field of a list
    ("Der Präsident der Gesellschaft für Virologie, Ralf Bartenschlager, sagte, die Lage sei ernst.",
     [("die Lage sei ernst", IND, "Ralf Bartenschlager", "sagte", "Ralf Bartenschlager")]),
    # "e.V." closing a sentence before a capital still ends it
    ("Die Tafel ist seit 2005 ein e.V. Die Vorsitzende sagte, die Nachfrage steige.",
     [("die Nachfrage steige", IND, "Vorsitzende", "sagte", "Die Vorsitzende")]),
    # a "Fachgesellschaft" with no society named before stays as it is
    ("Die Fachgesellschaft rät, den Blutdruck regelmäßig zu messen.",
     [("den Blutdruck regelmäßig zu messen", IND, "Fachgesellschaft", "rät", "Die Fachgesellschaft")]),
    # a plural of things opening the sentence before is no antecedent
    ("Die Kosten stiegen im Winter stark. Sie forderten einen Ausgleich vom Bund.",
     [("Sie forderten einen Ausgleich vom Bund", IND, None, "forderten", "Sie")]),
    # a degree before a fronted name (the title stays out of the span, as without the degree)
    ("Dr. med. Sabine Ortlieb warnt, dass Antibiotika zu oft verschrieben werden.",
     [("Antibiotika zu oft verschrieben werden", IND, "Sabine Ortlieb", "warnt", "Sabine Ortlieb")]),
    # a doctor with no degree
    ("„Das ist kein Grund zur Panik“, sagte Dr. Petra Lenz.",
     [("Das ist kein Grund zur Panik", DIR, "Petra Lenz", "sagte", "Dr. Petra Lenz")]),
])
def test_guards(text, expected):
    assert_exact(text, expected)
