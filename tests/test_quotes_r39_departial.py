"""Quote pre-annotator, round 39 (helper departial): German partial quotes in a writer's sentence and things that threaten.

Sentences written for these tests (names invented), in the style of German agency copy on politics, courts and
finance: a partial quotation without a cue in an indicative sentence whose subject is another person named in full is
that person's words (it went to the speaker of the sentence before); "droht" with a thing as its subject ("Bei einer
Pleite droht der Totalverlust", "Dem Verein droht ein Punktabzug") is no speech act, and a Konjunktiv after it takes
no thing as its source (it is reported without a speaker, as after "Ihre Ernennung verspricht …").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes_departial(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_exact_departial(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = _quotes_departial(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


# a partial quotation without a cue whose own indicative sentence names another person in full as its subject
@pytest.mark.parametrize(("text", "expected"), [
    ("Innenministerin Petra Kowalski sagte, die Einsatzkräfte hätten schnell gehandelt. Auch Bundespräsident Markus "
     "Feldhaus nahm die Nachricht »mit großer Bestürzung« auf.",
     [("die Einsatzkräfte hätten schnell gehandelt", IND, "Petra Kowalski"),
      ("mit großer Bestürzung", DIR, "Markus Feldhaus")]),
    ("Der Trainer sagte, die Mannschaft sei bereit. Kapitän Jonas Brandtner erlebte die Stimmung im Team als "
     "„hervorragend und geschlossen“.",
     [("die Mannschaft sei bereit", IND, "Trainer"),
      ("hervorragend und geschlossen", DIR, "Jonas Brandtner")]),
    ("„Wir sind tief betroffen“, sagte Vereinspräsident Karl Obermeier. Bürgermeisterin Sabine Lorenz legte "
     "»in stiller Trauer« einen Kranz nieder.",
     [("Wir sind tief betroffen", DIR, "Karl Obermeier"),
      ("in stiller Trauer", DIR, "Sabine Lorenz")]),
])
def test_de_partial_quote_own_subject(text, expected):
    assert_exact_departial(text, expected)


# "droht" with a thing as its subject: no speech act, and no source of the Konjunktiv after it
@pytest.mark.parametrize(("text", "expected"), [
    ("Bei einer Insolvenz der Betreibergesellschaft droht der Totalverlust von Steuergeldern.", []),
    ("Bei einer Insolvenz der Betreibergesellschaft droht der Totalverlust von Steuergeldern. Der Bund habe bereits "
     "250 Millionen Euro in das Projekt gesteckt.",
     [("Der Bund habe bereits 250 Millionen Euro in das Projekt gesteckt", IND, None)]),
    ("Dem Verein droht ein Punktabzug. Der Verband prüfe den Fall noch.", [("Der Verband prüfe den Fall noch", IND, None)]),
])
def test_de_thing_threatens(text, expected):
    assert_exact_departial(text, expected)


# guards: things that must stay as they are
@pytest.mark.parametrize(("text", "expected"), [
    # a partial quotation in a Konjunktiv sentence goes on with the speaker before
    ("Innenministerin Petra Kowalski sagte, die Lage sei ernst. Kanzler Markus Feldhaus habe die Lage »sehr "
     "aufmerksam« verfolgt.",
     [("die Lage sei ernst", IND, "Petra Kowalski"), ("sehr aufmerksam", DIR, "Petra Kowalski")]),
    ("Den Anlegern drohte ein Verlust in Millionenhöhe.", []),
    # the same person, named again: unchanged
    ("Innenministerin Petra Kowalski sagte, die Einsatzkräfte hätten schnell gehandelt. Petra Kowalski nahm die "
     "Nachricht »mit großer Bestürzung« auf.",
     [("die Einsatzkräfte hätten schnell gehandelt", IND, "Petra Kowalski"),
      ("mit großer Bestürzung", DIR, "Petra Kowalski")]),
    # a cue of its own keeps its speaker
    ("Der Trainer sagte, die Mannschaft sei bereit. Kapitän Jonas Brandtner nannte die Stimmung „hervorragend“.",
     [("die Mannschaft sei bereit", IND, "Trainer"), ("hervorragend", DIR, "Jonas Brandtner")]),
    # a person or a body threatens: still a speech act
    ("Die Gewerkschaft droht mit weiteren Streiks.",
     [("Die Gewerkschaft droht mit weiteren Streiks", IND, "Gewerkschaft")]),
    ("Der Minister drohte, die Gelder zu streichen.", [("die Gelder zu streichen", IND, "Minister")]),
    # a partial quotation in a cued act stays the act's content (the convention: "China warnte die USA vor …")
    ("Die Regierung warnte Moskau vor »ernsten Konsequenzen«.", [("ernsten Konsequenzen", DIR, "Regierung")]),
])
def test_de_departial_guards(text, expected):
    assert_exact_departial(text, expected)
