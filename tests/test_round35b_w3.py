"""Round 35b (helper w3): German company news of agency style. Sentences written for these tests (invented names)."""
import pytest

from tests.test_quotes import assert_de_exact, quotes, run

# "der Konzern", "das Unternehmen", "der Hersteller": the company named last right after a company noun
COMPANY_ANTECEDENT = [
    ("Der Chiphersteller Halvora streicht 800 Stellen. Im dritten Quartal sei der Umsatz um zwölf Prozent gesunken, "
     "teilte der Konzern am Dienstag mit.",
     [("Im dritten Quartal sei der Umsatz um zwölf Prozent gesunken", "INDIRECT_QUOTE", "Halvora")]),
    ("Der Versandhändler Brandolf schließt zwölf Filialen. Das Weihnachtsgeschäft sei enttäuschend verlaufen, erklärte "
     "das Unternehmen.",
     [("Das Weihnachtsgeschäft sei enttäuschend verlaufen", "INDIRECT_QUOTE", "Brandolf")]),
    ("Beim Autobauer Veltram laufen die Bänder wieder. Die Nachfrage aus Asien habe sich erholt, teilte der "
     "Hersteller mit.",
     [("Die Nachfrage aus Asien habe sich erholt", "INDIRECT_QUOTE", "Veltram")]),
]

# a definite "Vorstandschef" or "X-Chef" with an extended attribute names the one person named just before
OFFICE_CHEF = [
    ("Konzernchef Tobias Renner kündigte an, die Bank werde wachsen. Der seit Mai amtierende Vorstandschef "
     "berichtete weiter, das Institut werde 200 Filialen schließen.",
     [("die Bank werde wachsen", "INDIRECT_QUOTE", "Tobias Renner"),
      ("das Institut werde 200 Filialen schließen", "INDIRECT_QUOTE", "Tobias Renner")]),
    ("Die Aktionäre hörten Miriam Haldt zu. Die erst seit Januar amtierende Konzernchefin sagte, der Umbau sei "
     "abgeschlossen.",
     [("der Umbau sei abgeschlossen", "INDIRECT_QUOTE", "Miriam Haldt")]),
]

# a fronted wie-clause with "festhalten"/"feststellen" reports
WIE_CLAUSES = [
    ("Wie Analysten festhalten, wird das Jahresergebnis den Erwartungen gerecht.",
     [("wird das Jahresergebnis den Erwartungen gerecht", "INDIRECT_QUOTE", "Analysten")]),
    ("Wie die Prüfer feststellen, fehlen in der Bilanz rund 40 Millionen Euro.",
     [("fehlen in der Bilanz rund 40 Millionen Euro", "INDIRECT_QUOTE", "Prüfer")]),
]

# a Konjunktiv I sentence before an agency's bare "…, hieß es." is reported too (no source)
IMPERSONAL_BEFORE = [
    ("Der Umsatz sei um vier Prozent gestiegen. Die Dividende solle auf 1,20 Euro steigen, hieß es.",
     [("Der Umsatz sei um vier Prozent gestiegen", "INDIRECT_QUOTE", None),
      ("Die Dividende solle auf 1,20 Euro steigen", "INDIRECT_QUOTE", None)]),
    ("Die Verhandlungen mit dem Betriebsrat seien abgeschlossen. Betriebsbedingte Kündigungen werde es nicht geben, "
     "hieß es weiter.",
     [("Die Verhandlungen mit dem Betriebsrat seien abgeschlossen", "INDIRECT_QUOTE", None),
      ("Betriebsbedingte Kündigungen werde es nicht geben", "INDIRECT_QUOTE", None)]),
]


# a paper named by its place of publication is no quotation
PAPER_BY_PLACE = [
    ("„Das ist eine gute Entscheidung“, sagte der Minister der in Düsseldorf erscheinenden „Rheinischen Post“.",
     [("Das ist eine gute Entscheidung", "DIRECT_QUOTE", "Minister")]),
    ("„Wir bleiben in Bochum“, sagte Konzernsprecherin Lena Voss der in Essen erscheinenden „Westfälischen Rundschau“.",
     [("Wir bleiben in Bochum", "DIRECT_QUOTE", "Lena Voss")]),
]


@pytest.mark.parametrize(("text", "expected"),
                         COMPANY_ANTECEDENT + OFFICE_CHEF + WIE_CLAUSES + IMPERSONAL_BEFORE + PAPER_BY_PLACE)
def test_round35b_w3_company_news(text, expected):
    assert_de_exact(text, expected)


def test_round35b_w3_company_guards():
    # a company noun without a name after it is no antecedent ("Der DAX-Konzern hob …"); a person after a
    # company noun is none either
    ann = run("Der DAX-Konzern hob seine Prognose an. Das Geschäft sei gut gelaufen, teilte das Unternehmen mit.",
              lang="de")
    assert all(q.attrs["speaker"] in ("Unternehmen", None) for q in quotes(ann)), [q.attrs for q in quotes(ann)]
    ann = run("Der Händler Peter Kunz ist zufrieden. Das Geschäft sei gut gelaufen, teilte das Unternehmen mit.",
              lang="de")
    assert all(q.attrs["speaker"] != "Peter Kunz" for q in quotes(ann)), [q.attrs for q in quotes(ann)]
    # another company's chief is someone else
    ann = run("Kendra-Chef Tobias Renner lobte die Zahlen. „Das reicht nicht“, sagte der Halvora-Chef.", lang="de")
    assert all(q.attrs["speaker"] != "Tobias Renner" for q in quotes(ann, "DIRECT_QUOTE")), [q.attrs for q in quotes(ann)]


def test_round35b_w3_clause_guards():
    # "festhalten an" in a main or dass-clause reports nothing
    assert not quotes(run("Der Vorstand will an dem Sparplan festhalten, obwohl die Zahlen gut sind.", lang="de"))
    # an indicative sentence before "…, hieß es." stays unreported
    assert_de_exact("Der Umsatz ist gestiegen. Die Dividende solle steigen, hieß es.",
                    [("Die Dividende solle steigen", "INDIRECT_QUOTE", None)])
