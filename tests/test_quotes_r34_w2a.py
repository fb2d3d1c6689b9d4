"""Round 34 (w2a): German business and labour news. Reported speech acts without a content clause ("lehnte … ab",
"gepocht", "dankte", "entschuldigte sich"), a bare plural object after a titled full name, fronted amounts and plural
objects, a demonstrative object and a second predicate of calling. Sentences written for these tests."""
import pytest

from tests.test_quotes import assert_de_structures, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # rejecting is a speech act: the whole sentence is the report
    ("Der Gesamtbetriebsrat lehnte die Sparpläne des Vorstands entschieden ab.",
     [("Der Gesamtbetriebsrat lehnte die Sparpläne des Vorstands entschieden ab", "INDIRECT_QUOTE",
       "Gesamtbetriebsrat")]),
    ("Die Arbeitgeberseite hat die Forderung nach einer Viertagewoche als unbezahlbar abgelehnt.",
     [("Die Arbeitgeberseite hat die Forderung nach einer Viertagewoche als unbezahlbar abgelehnt", "INDIRECT_QUOTE",
       "Arbeitgeberseite")]),
    ("Werksleiterin Sabine Kornmeier lehnte das ab.",
     [("Werksleiterin Sabine Kornmeier lehnte das ab", "INDIRECT_QUOTE", "Sabine Kornmeier")]),
    # the perfect of insisting, thanking and apologising
    ("Die Lokführer hatten wochenlang auf kürzeren Schichten gepocht.",
     [("Die Lokführer hatten wochenlang auf kürzeren Schichten gepocht", "INDIRECT_QUOTE", "Lokführer")]),
    ("Die Oberbürgermeisterin dankte den Beschäftigten des Stahlwerks für ihre Geduld.",
     [("Die Oberbürgermeisterin dankte den Beschäftigten des Stahlwerks für ihre Geduld", "INDIRECT_QUOTE",
       "Oberbürgermeisterin")]),
    ("Die Fluggesellschaft entschuldigte sich bei den Passagieren für die Ausfälle.",
     [("Die Fluggesellschaft entschuldigte sich bei den Passagieren für die Ausfälle", "INDIRECT_QUOTE",
       "Fluggesellschaft")]),
    # a fronted amount ("Mehr …", "Weniger …") before a singular verb: the phrase after the verb speaks
    ("Mehr Investitionen verlangte Hartwig auch vom Land.",
     [("Mehr Investitionen verlangte Hartwig auch vom Land", "INDIRECT_QUOTE", "Hartwig")]),
    ("Mehr Planungssicherheit forderte der Verband der Zulieferer.",
     [("Mehr Planungssicherheit forderte der Verband der Zulieferer", "INDIRECT_QUOTE", "Verband")]),
    # a fronted plural before a singular verb is the object; the subject after the verb speaks
    ("Die Forderungen der Gewerkschaft lehnte der Arbeitgeberverband als realitätsfern ab.",
     [("Die Forderungen der Gewerkschaft lehnte der Arbeitgeberverband als realitätsfern ab", "INDIRECT_QUOTE",
       "Arbeitgeberverband")]),
    # a demonstrative right after the verb opens its object: the lone surname before it speaks
    ("Brockmann bekräftigte diese Haltung und sagte, ein Kompromiss sei nur mit Jobgarantien denkbar.",
     [("ein Kompromiss sei nur mit Jobgarantien denkbar", "INDIRECT_QUOTE", "Brockmann")]),
    # a second predicate of calling after a comma: its phrase after the verb is the object, the subject before speaks
    ("Der Werksbetriebsrat räumte Versäumnisse ein, bezeichnete die Kürzungen aber als überzogen.",
     [("Der Werksbetriebsrat räumte Versäumnisse ein, bezeichnete die Kürzungen aber als überzogen", "INDIRECT_QUOTE",
       "Werksbetriebsrat")]),
    ("Der Gewerkschafter lobte den Abschluss, bezeichnete die Laufzeit jedoch als zu lang.",
     [("Der Gewerkschafter lobte den Abschluss, bezeichnete die Laufzeit jedoch als zu lang", "INDIRECT_QUOTE",
       "Gewerkschafter")]),
    # attesting with an object only is a speech act
    ("Beide Tarifparteien bescheinigten dem Kompromiss Vorbildcharakter.",
     [("Beide Tarifparteien bescheinigten dem Kompromiss Vorbildcharakter", "INDIRECT_QUOTE", "Tarifparteien")]),
    # "Bislang" opening the sentence is no speaker: the subject after the auxiliary speaks
    ("Bislang hatte die Reederei stets betont, der Standort Emden sei sicher.",
     [("der Standort Emden sei sicher", "INDIRECT_QUOTE", "Reederei")]),
    # an article alone before a quotation is no subject: the lone surname before the verb speaks
    ("Lindemann sieht eine „Zäsur für die gesamte Zulieferbranche“.",
     [("Zäsur für die gesamte Zulieferbranche", "DIRECT_QUOTE", "Lindemann")]),
])


def test_de_round34_w2a(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "speaker"), [
    # a bare plural after an inverted titled full name is the object, not part of the name (exact canonical name)
    ("Am Dienstag kündigte Konzernchef Bernd Alsfeld Einschnitte in der Verwaltung an.", "Bernd Alsfeld"),
    ("Nach der Sitzung forderte Bezirksleiterin Petra Ohlendorf Zugeständnisse von der Geschäftsführung.",
     "Petra Ohlendorf"),
    ("Deshalb schließt Airline-Chef Markus Brenninger Streichungen nicht aus.", "Markus Brenninger"),
])


def test_de_round34_w2a_name_ends(text, speaker):
    assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == [speaker]


@pytest.mark.parametrize("text", [
    "Der Monarch dankte nach vierzig Jahren ab.",  # abdanken: resigning, no thanks
    "Das Arbeitsgericht lehnte den Eilantrag der Gewerkschaft ab.",  # a court's ruling
    "Ein Sprecher des Herstellers lehnte eine Stellungnahme ab.",  # a declined comment
    "Der Vorstand lehnte es ab, sich zu den Zahlen zu äußern.",  # a refusal to act
    "Der Tarifvertrag wurde von den Mitgliedern abgelehnt.",  # a passive without a speaker
    "Sie lehnte sich an das Geländer.",  # no particle "ab"
])


def test_de_round34_w2a_no_act(text):
    assert quotes(run(text, lang="de")) == []


def test_de_round34_w2a_plural_subject_stays():
    # "Mehr als …" and a plural verb: the fronted phrase is the subject
    qs = quotes(run("Mehr als 300 Beschäftigte forderten den Erhalt des Standorts.", lang="de"))
    assert [q.attrs["speaker"] for q in qs] == ["Beschäftigte"]
