"""Round 34 (helper de6, German regional news): a fronted demonstrative object before a cue, the object of an
appeal before a colon, a relative clause after the speaker of a fronted "Das", a fronted adverbial participle
("Ergänzend"), and the title abbreviations "OB", "Dr", "Prof" before a surname."""
import pytest

from tests.test_quotes import assert_de_structures, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted demonstrative and a noun naming no one is what was reported; the phrase after the verb speaks
    ("Diese Zahlen gab das Statistische Landesamt am Freitag bekannt.",
     [("Diese Zahlen gab das Statistische Landesamt am Freitag bekannt", "INDIRECT_QUOTE", "Landesamt")]),
    ("Diese Zahl nannte am Dienstag in Kassel Petra Albers, Chefin des Sozialverbands.",
     [("Diese Zahl nannte am Dienstag in Kassel Petra Albers, Chefin des Sozialverbands", "INDIRECT_QUOTE",
       "Petra Albers")]),
    ("Dieses Ergebnis nannte die Stadtkämmerin enttäuschend.",
     [("Dieses Ergebnis nannte die Stadtkämmerin enttäuschend", "INDIRECT_QUOTE", "Stadtkämmerin")]),
    ("Diese Regelung kündigte die Stadt Bochum am Montag an.",
     [("Diese Regelung kündigte die Stadt Bochum am Montag an", "INDIRECT_QUOTE", "Stadt Bochum")]),
    # a quotation after the colon of an appeal: the subject pronoun speaks, not the person appealed to
    ("Bürgermeister Tom Kahl kritisierte das Land. Er forderte Verkehrsministerin Julia Sander auf, zu handeln: "
     "„Die Pendler warten seit Jahren.“",
     [("Bürgermeister Tom Kahl kritisierte das Land", "INDIRECT_QUOTE", "Tom Kahl"),
      ("zu handeln", "INDIRECT_QUOTE", "Tom Kahl"), ("Die Pendler warten seit Jahren.", "DIRECT_QUOTE", "Tom Kahl")]),
    ("Landrätin Eva Rüth sprach im Kreistag. Sie rief den Schulrat Peter Maus dazu auf, die Grundschule zu "
     "erhalten: „Das Dorf braucht sie.“",
     [("die Grundschule zu erhalten", "INDIRECT_QUOTE", "Eva Rüth"), ("Das Dorf braucht sie.", "DIRECT_QUOTE", "Eva Rüth")]),
    # "OB" before a name is a title: "Das sagte X" finds its speaker
    ("Das sagte OB Peter Kurz am Montag.", [("Das", "INDIRECT_QUOTE", "Peter Kurz")]),
    # a relative clause after the speaker of a fronted "Das" is no content: "Das" is what was reported
    ("Das berichtete die Feuerwehr Essen, die zu einem großen Einsatz ausrückte.",
     [("Das", "INDIRECT_QUOTE", "Feuerwehr Essen")]),
    # a lone present participle opening the sentence is an adverb, not the speaker
    ("Ergänzend teilte die Kreisverwaltung mit, die Turnhalle bleibe vorerst gesperrt.",
     [("die Turnhalle bleibe vorerst gesperrt", "INDIRECT_QUOTE", "Kreisverwaltung")]),
    ("Zusammenfassend stellte die Kreisbrandmeisterin fest, die Wehren seien gut ausgerüstet.",
     [("die Wehren seien gut ausgerüstet", "INDIRECT_QUOTE", "Kreisbrandmeisterin")]),
])
def test_de_round34_de6(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "speaker"), [
    # the title abbreviations are no part of the canonical name
    ("In ihrer Rede sagte OB Dr. Frenzel, die Stadt wolle sparen.", "Frenzel"),
    ("Die Klinik bleibt offen, erklärte Prof. Lindqvist.", "Lindqvist"),
])
def test_de_round34_de6_title_abbreviations(text, speaker):
    assert [q.attrs["speaker"] for q in quotes(run(text, lang="de"))] == [speaker]


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a time after the demonstrative is no object; a study may be a subject; "ob" stays a conjunction;
    # an already stripped "OBin"
    ("Diese Woche sagte der Minister, die Lage sei ernst.", ["die Lage sei ernst"]),
    ("Diese Studie belegt die Ungleichheit.", []),
    ("Ob die Brücke hält, wollte der Ingenieur nicht sagen.", []),
    ("Die Kita öffnet im Mai, sagte OBin Katja Dörner am Mittwoch.", ["Die Kita öffnet im Mai"]),
    # a content clause in V2 with Konjunktiv after the comma stays the content
    ("Dies erklärte die Stadtsprecherin, die Brücke sei marode.", ["die Brücke sei marode"]),
    ("Abschließend sagte der Stadtkämmerer, der Haushalt sei ausgeglichen.", ["der Haushalt sei ausgeglichen"]),
    ("Dazu meinte Fraktionschefin Eva Hesse, die Begründung zu zwei Einsprüchen „belegt eindeutig, dass alles korrekt "
     "lief“.", ["die Begründung zu zwei Einsprüchen „belegt eindeutig, dass alles korrekt lief“",
               "belegt eindeutig, dass alles korrekt lief"]),
])
def test_de_round34_de6_guards(text, expected):
    assert [q.text for q in quotes(run(text, lang="de"))] == expected
