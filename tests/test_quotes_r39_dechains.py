"""Quote pre-annotator, round 39 (helper dechains): German pronouns and hearsay across nested sources.

Sentences written for these tests (names invented), in the style of German police, court and local reports: "er" is no
antecedent of a feminine or neuter body ("laut Polizei", "die Staatsanwaltschaft", "die Landespolizeiinspektion"), so a
man's report after such a body's gets no speaker instead of the body (only a man named in the sentence before); the
writer's hearsay "soll … haben/sein" after a sentence that names only a speech act ("verurteilte den Anschlag") does not
go on with that act's speaker.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes_dechains(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_exact_dechains(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    got = _quotes_dechains(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


# "er" after a feminine or neuter body: no speaker (was the body); hearsay after a speech act only: no report (was the
# act's speaker)
@pytest.mark.parametrize("text,expected", [
    ("Der Transporter gehörte nach Angaben der Polizei einem 41-Jährigen aus Gera. Er hatte den Beamten mitgeteilt, er "
     "habe den Wagen am Abend abgeschlossen.",
     [("Der Transporter gehörte", IND, "Polizei"), ("einem 41-Jährigen aus Gera", IND, "Polizei"),
      ("er habe den Wagen am Abend abgeschlossen", IND, None)]),
    ("Dem 29-Jährigen wirft die Staatsanwaltschaft gefährliche Körperverletzung vor. Zum Auftakt schwieg der Angeklagte "
     "lange – er könne sich an nichts erinnern, sagte er schließlich.",
     [("Dem 29-Jährigen wirft die Staatsanwaltschaft gefährliche Körperverletzung vor", IND, "Staatsanwaltschaft"),
      ("Zum Auftakt schwieg der Angeklagte lange – er könne sich an nichts erinnern", IND, None)]),
    ("Die Landespolizeiinspektion Jena teilte mit, der Fahrer sei leicht verletzt worden. Er gab an, er sei von der "
     "Sonne geblendet worden.",
     [("der Fahrer sei leicht verletzt worden", IND, "Landespolizeiinspektion Jena"),
      ("er sei von der Sonne geblendet worden", IND, None)]),
    ("Bürgermeisterin Anna Keller verurteilte den Anschlag. Der Täter soll zuvor bereits mehrfach aufgefallen sein.",
     [("Bürgermeisterin Anna Keller verurteilte den Anschlag", IND, "Anna Keller")]),
    ("Der Landrat verurteilte die Schmierereien scharf. Die Täter sollen in der Nacht mehrere Wände beschmiert haben.",
     [("Der Landrat verurteilte die Schmierereien scharf", IND, "Landrat")]),
])
def test_dechains_fixes(text, expected):
    assert_exact_dechains(text, expected)


# guards: a man's report after a man's, a surname that ends like a noun, a named spokesman after a body, hearsay after a
# content report
@pytest.mark.parametrize("text,expected", [
    ("Polizeisprecher Tim Berger sagte, der Mann sei festgenommen worden. Er soll zuvor mehrere Autos beschädigt haben.",
     [("der Mann sei festgenommen worden", IND, "Tim Berger"),
      ("Er soll zuvor mehrere Autos beschädigt haben", IND, "Tim Berger")]),
    ("Die Polizei teilte mit, der Mann habe gestanden. Er habe aus Eifersucht gehandelt.",
     [("der Mann habe gestanden", IND, "Polizei"), ("Er habe aus Eifersucht gehandelt", IND, "Polizei")]),
    ("Oberstaatsanwalt Jan Vogt sagte, die Ermittlungen dauerten an. Er gehe von einer Beziehungstat aus, fügte er hinzu.",
     [("die Ermittlungen dauerten an", IND, "Jan Vogt"), ("Er gehe von einer Beziehungstat aus", IND, "Jan Vogt")]),
    ("Trainer Frank Hartung war nach dem Spiel enttäuscht. „Wir waren heute nicht gut genug“, sagte er.",
     [("Wir waren heute nicht gut genug", DIR, "Frank Hartung")]),
    ("Die Staatsanwaltschaft hat Anklage erhoben. Sprecher Lars Meier sagte, der Mann habe die Tat gestanden. Er habe "
     "sich bei der Familie entschuldigt, sagte er.",
     [("Die Staatsanwaltschaft hat Anklage erhoben", IND, "Staatsanwaltschaft"),
      ("der Mann habe die Tat gestanden", IND, "Lars Meier"),
      ("Er habe sich bei der Familie entschuldigt", IND, "Lars Meier")]),
    ("Die Polizei meldete einen Einbruch in eine Apotheke. Die Täter sollen durch ein Fenster geflohen sein.",
     [("Die Polizei meldete einen Einbruch in eine Apotheke", IND, "Polizei"),
      ("Die Täter sollen durch ein Fenster geflohen sein", IND, "Polizei")]),
])
def test_dechains_guards(text, expected):
    assert_exact_dechains(text, expected)
