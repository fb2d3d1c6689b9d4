"""Round 42 (helper dedemonyms): German descriptions by origin across a paragraph break, and ages written in lower case.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _annotate(text: str):
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    return QuoteAnnotator().annotate(doc)


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = _annotate(text)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end], sp and text[sp.start:sp.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker, cue and speaker span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert tuple(by[(t, lab)]) == tuple(rest), (t, by[(t, lab)])


# 1. a description by origin ("die Berlinerin", "der gebürtige Steirer", "die Wahl-Kölnerin") stands for the person
# named in the paragraph before: round 38 keeps a role's holder within its paragraph, but an origin is no role
@pytest.mark.parametrize(("text", "expected"), [
    ("Durch den Abend führt Moderatorin Jana Pohl.\n\n„Ich freue mich sehr auf die Gäste“, sagte die Berlinerin.",
     [("Ich freue mich sehr auf die Gäste", DIR, "Jana Pohl", "sagte", "die Berlinerin")]),
    ("Beim Open Air in Graz stand Sänger Markus Leitner wieder auf der Bühne.\n\n„Ohne euch wäre das nicht möglich“, "
     "rief der gebürtige Steirer ins Publikum.",
     [("Ohne euch wäre das nicht möglich", DIR, "Markus Leitner", "rief", "der gebürtige Steirer")]),
    ("Für die Rolle der Kommissarin hat das ZDF Schauspielerin Carla Mertens gewonnen.\n\n„Das ist ein Traum für mich“, "
     "erzählte die Wahl-Kölnerin.",
     [("Das ist ein Traum für mich", DIR, "Carla Mertens", "erzählte", "die Wahl-Kölnerin")]),
    ("Neu in der Jury ist Tänzer Paolo Ricci.\n\n„Ich werde streng sein“, kündigte der Italiener an.",
     [("Ich werde streng sein", DIR, "Paolo Ricci", "kündigte", "der Italiener")]),
    ("Bei der Gala wurde auch Sängerin Lena Wolf geehrt.\n\n„Ich bin überwältigt“, sagte die gebürtige Rosenheimerin.",
     [("Ich bin überwältigt", DIR, "Lena Wolf", "sagte", "die gebürtige Rosenheimerin")]),
])
def test_r42_dedemonyms_origin_across_paragraph(text, expected):
    assert_exact(text, expected)


# 2. an age in lower case with no noun after it is the nominalised age ("die 44-jährige"), not an adjective that runs
# the speaker's phrase on ("die 44-jährige in", "der 30-jährige am Montag")
@pytest.mark.parametrize(("text", "expected"), [
    ("Sängerin Mia Roth geht im Mai auf Tour. „Das wird ein großes Fest“, erklärt die 44-jährige in dem Beitrag.",
     [("Das wird ein großes Fest", DIR, "Mia Roth", "erklärt", "die 44-jährige")]),
    ("Koch Tim Brandt (30) eröffnet ein zweites Lokal. „Wir haben lange gesucht“, sagte der 30-jährige am Montag.",
     [("Wir haben lange gesucht", DIR, "Tim Brandt", "sagte", "der 30-jährige")]),
    ("Moderatorin Vera Hahn (52) hört auf. „Es ist Zeit für etwas Neues“, sagte die 52-jährige gegenüber RTL.",
     [("Es ist Zeit für etwas Neues", DIR, "Vera Hahn", "sagte", "die 52-jährige")]),
])
def test_r42_dedemonyms_lower_case_age(text, expected):
    assert_exact(text, expected)


# guards: a role (not an origin) stays within its paragraph; an age before its noun stays an adjective; a demonym
# after two people named in the paragraph before names no one of them
@pytest.mark.parametrize(("text", "expected"), [
    ("Philipp Steiner vertritt den Verein seit Jahren.\n\n„Wir sind zufrieden“, berichtete der Schützenmeister.",
     [("Wir sind zufrieden", DIR, "Schützenmeister", "berichtete", "der Schützenmeister")]),
    ("„Ich liebe diese Stadt“, sagte die 44-jährige Sängerin Mia Roth.",
     [("Ich liebe diese Stadt", DIR, "Mia Roth", "sagte", "die 44-jährige Sängerin Mia Roth")]),
    ("Im Finale stehen Anna Weber und Lisa Brandt.\n\n„Ich bin bereit“, sagte die Berlinerin.",
     [("Ich bin bereit", DIR, "Berlinerin", "sagte", "die Berlinerin")]),
    ("„Das war knapp“, sagte die 23-Jährige nach dem Rennen.",
     [("Das war knapp", DIR, "23-Jährige", "sagte", "die 23-Jährige")]),
])
def test_r42_dedemonyms_guards(text, expected):
    assert_exact(text, expected)
