"""Quote round 34, helper w2e (German technology, internet and space news 2005-2012: Apple, Microsoft, Google, Nokia,
Siemens, SAP, Telekom, data protection, ESA/NASA, the LHC, piracy trials). Every sentence is written here; every table
row fails against 5e23388's src/."""
import pytest

from tests.test_quotes import assert_de_structures, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # a closed clause before the attribution (a verb cluster or a quotation at its end), then only the speaker's
    # adjuncts after the apposition: no second content (was "am Freitag in Hamburg")
    ("Die Anlage müsse gewartet werden, sagte der Sprecher des Betreibers, Klaus Wendt, am Freitag in Hamburg.",
     [("Die Anlage müsse gewartet werden", "INDIRECT_QUOTE", "Klaus Wendt")]),
    ("Die Nutzerdaten sollten bald gelöscht werden, sagte die Sprecherin des Konzerns, Eva Sommer, am Dienstag in "
     "Bonn.",
     [("Die Nutzerdaten sollten bald gelöscht werden", "INDIRECT_QUOTE", "Eva Sommer")]),
    ("Das Projekt sei „nicht gefährdet“, sagte die Sprecherin, Maria Lenz, am Montag.",
     [("Das Projekt sei „nicht gefährdet“", "INDIRECT_QUOTE", "Maria Lenz"),
      ("nicht gefährdet", "DIRECT_QUOTE", "Maria Lenz")]),
    # a role's "für" phrase with a bare adjective before the name in apposition (the name was a content)
    ("Ein Start sei im Herbst möglich, sagte der Direktor für bemannte Raumfahrt, Jens Hartmann, am Mittwoch.",
     [("Ein Start sei im Herbst möglich", "INDIRECT_QUOTE", "Jens Hartmann")]),
    # a fronted preposition's object with a place after it is no subject: the speaker follows the verb
    # (was "Rande einer Messe in Hannover")
    ("Am Rande einer Messe in Hannover sagte Berger, der Markt wachse kräftig.",
     [("der Markt wachse kräftig", "INDIRECT_QUOTE", "Berger")]),
    ("Während eines Besuchs in Tokio erklärte Hofmann, man wolle enger kooperieren.",
     [("man wolle enger kooperieren", "INDIRECT_QUOTE", "Hofmann")]),
    # a source's apposition between commas is no part of the reported clause
    ("Die Kosten steigen nach Angaben von Ute Brandt, der Leiterin des Projekts, um drei Millionen Euro.",
     [("Die Kosten steigen", "INDIRECT_QUOTE", "Ute Brandt"),
      ("um drei Millionen Euro", "INDIRECT_QUOTE", "Ute Brandt")]),
    ("Laut Tom Becker, dem Chef der Firma, ist der Umsatz im Sommer gestiegen.",
     [("ist der Umsatz im Sommer gestiegen", "INDIRECT_QUOTE", "Tom Becker")]),
    ("Nach Angaben von Jana Roth, Sprecherin der Stadtwerke, wurden drei Leitungen repariert.",
     [("wurden drei Leitungen repariert", "INDIRECT_QUOTE", "Jana Roth")]),
    # an age spelled out describes the person just named (was the description "Fünfzigjährige")
    ("„Das war knapp“, sagte der Astronaut Ulf Merbold. „Wir hatten Glück“, sagte der Fünfzigjährige.",
     [("Das war knapp", "DIRECT_QUOTE", "Ulf Merbold"), ("Wir hatten Glück", "DIRECT_QUOTE", "Ulf Merbold")]),
])
def test_de_round34_w2e(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "name"), [
    # company lawyers and astronauts are roles before a name (the canonical name kept them)
    ("„Wir prüfen das Urteil genau“, sagte Google-Chefjurist Kent Walker.", "Kent Walker"),
    ("„Die Aussicht ist herrlich“, sagte Nasa-Astronautin Sunita Williams.", "Sunita Williams"),
])
def test_de_round34_w2e_titles(text, name):
    got = [q.attrs["speaker"] for q in quotes(run(text, lang="de"))]
    assert got == [name], got


def test_de_round34_w2e_guards():
    # an interrupted clause still goes on after the attribution
    assert [q.text for q in quotes(run("Die Reform werde, sagte der Minister, im Herbst kommen.", lang="de"))] == [
        "Die Reform werde", "im Herbst kommen"]
    # a subject with its place after it, or two postmodifiers, still speaks
    q = quotes(run("Die Polizei in Bremen teilte mit, die Lage sei ruhig.", lang="de"))
    assert [(x.text, x.attrs["speaker"]) for x in q] == [("die Lage sei ruhig", "Polizei in Bremen")]
    q = quotes(run("Aktivisten in der Provinz Idlib im Norden Syriens berichteten von Angriffen.", lang="de"))
    assert [x.attrs["speaker"] for x in q] == ["Aktivisten in der Provinz Idlib im Norden Syriens"]
    # a relative clause on the source still bounds it
    assert [q.text for q in quotes(run("Nach Angaben der Polizei, die am Montag veröffentlicht wurden, gab es drei "
                                       "Tote.", lang="de"))] == ["gab es drei Tote"]
