"""Round 36 (w4): German Panorama / Vermischtes news (accidents, animals, weather, celebrities, crime)."""
import pytest

from tests.test_quotes import assert_de_exact, assert_de_structures, quotes, run

D, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


# an opinion verb right after a quotation and its comma, or after a clause in the Konjunktiv I, attributes it
@pytest.mark.parametrize(("text", "expected"), [
    ("„So einen Schneemann habe ich noch nie gesehen“, findet Bäckerin Ilse Hartwig.",
     [("So einen Schneemann habe ich noch nie gesehen", D, "Ilse Hartwig")]),
    ("Der Rummel um das Känguru wächst. \"Das Tier ist längst ein Star\", findet Tierpfleger Jonas Albrecht.",
     [("Das Tier ist längst ein Star", D, "Jonas Albrecht")]),
    ("„Der Sturm war schlimmer als erwartet“, fand auch Bürgermeister Ralf Stegemann.",
     [("Der Sturm war schlimmer als erwartet", D, "Ralf Stegemann")]),
    ("Der Umzug des Nilpferds sei ein voller Erfolg gewesen, findet Zoodirektorin Petra Lindqvist.",
     [("Der Umzug des Nilpferds sei ein voller Erfolg gewesen", IND, "Petra Lindqvist")]),
    ("Die Strafe für den Falschparker sei viel zu mild, fanden die Anwohner.",
     [("Die Strafe für den Falschparker sei viel zu mild", IND, "Anwohner")]),
])
def test_opinion_after_quotation(text, expected):
    assert_de_structures(text, expected)


def test_opinion_after_quotation_guards():
    # a quoted title before "findet" is no quotation of an opinion, "finden" without a comma reports nothing
    assert not quotes(run("„Tag der offenen Tür“ findet am Samstag im Tierheim statt.", lang="de"))
    assert not quotes(run("Wenn es regnet, findet das Stadtfest in der Halle statt.", lang="de"))
    assert not quotes(run("Wer den Keller betritt, findet dort alte Fässer.", lang="de"))


# a negated act after its fronted pronoun reports nothing: "Dazu wollte sich der Sprecher nicht äußern"
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Leiche werde obduziert, sagte ein Polizeisprecher. Dazu wollte er sich nicht weiter äußern.",
     [("Die Leiche werde obduziert", IND, "Polizeisprecher")]),
    ("Dazu wollte sich die Staatsanwaltschaft am Montag nicht äußern.", []),
    ("Dazu äußerte sich der Zirkusdirektor zunächst nicht.", []),
    ("Das bestätigte die Feuerwehr bislang nicht.", []),
    ("Das wollte der Tierpark weder bestätigen noch dementieren.", []),
    ("Dazu sagte der Manager der Sängerin nichts.", []),
])
def test_negated_fronted_pronoun(text, expected):
    assert_de_structures(text, expected)


def test_negated_fronted_pronoun_guards():
    # not negated, the fronted pronoun stays what was said ("Das teilte X mit" is marked as "Das")
    assert_de_structures("Das teilte die Feuerwehr am Abend mit.", [("Das", IND, "Feuerwehr")])
    assert_de_structures("Dazu äußerte sich der Zoodirektor am Abend ausführlich.", [("Dazu", IND, "Zoodirektor")])


# an elided compound after a trailing cue is one speaker ("der Zoo- und Tierparkchef", not "Zoo")
@pytest.mark.parametrize(("text", "expected"), [
    ("„Die Giraffe hat sich schnell beruhigt“, erklärte der Zoo- und Tierparkchef.",
     [("Die Giraffe hat sich schnell beruhigt", D, "Tierparkchef")]),
    ("„Der Pegel steigt weiter“, sagte der Kreis- und Stadtbrandmeister am Abend.",
     [("Der Pegel steigt weiter", D, "Stadtbrandmeister")]),
    ("„Wir räumen die Straße“, sagte der Kreis- und Stadtbrandmeister Uwe Korsten.",
     [("Wir räumen die Straße", D, "Uwe Korsten")]),
])
def test_elided_compound_speaker(text, expected):
    assert_de_structures(text, expected)


# a person with an apposition holding a number with a full stop ("der 12.000-Einwohner-Gemeinde") speaks
@pytest.mark.parametrize(("text", "expected"), [
    ("Karl Brenner, ein Anwohner der 12.000-Einwohner-Gemeinde, sagte der Zeitung, er habe den Knall gehört.",
     [("er habe den Knall gehört", IND, "Karl Brenner")]),
    ("Mira Osterkamp, Besitzerin des 1.500-Euro-Hundes, sagte, das Tier sei einfach weggelaufen.",
     [("das Tier sei einfach weggelaufen", IND, "Mira Osterkamp")]),
])
def test_number_compound_apposition(text, expected):
    assert_de_exact(text, expected)


# a bare adjective before "zufolge" is part of the source, a past verb before it is not
@pytest.mark.parametrize(("text", "expected"), [
    ("Menschen kamen ersten Informationen zufolge nicht zu Schaden.",
     [("Menschen kamen", IND, "Informationen"), ("nicht zu Schaden", IND, "Informationen")]),
])
def test_past_verb_before_zufolge(text, expected):
    ann = run(text, lang="de")
    got = sorted((q.text, q.label) for q in quotes(ann))
    assert got == sorted((t, lab) for t, lab, _ in expected), got


# a fronted adverb before the finite verb is no subject of a coordinated cue
@pytest.mark.parametrize(("text", "expected"), [
    ("Natürlich rudert der 54-Jährige sofort zurück und sagt lachend der Zeitung: „Das war nur ein Scherz.“",
     [("Das war nur ein Scherz.", D, "54-Jährige")]),
    ("Tatsächlich meldete sich die Sängerin kurz darauf bei ihren Fans und schrieb: „Mir geht es gut.“",
     [("Mir geht es gut.", D, "Sängerin")]),
])
def test_fronted_adverb_not_subject(text, expected):
    assert_de_structures(text, expected)


# words quoted after "mit den Worten" are speech however short
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Räuber forderte die Verkäuferin mit den Worten „Kasse auf“ auf, das Geld herauszugeben.",
     [("Kasse auf", D, "Räuber")]),
    ("Der Bürgermeister begrüßte die Rückkehrer mit den Worten „Willkommen daheim“.",
     [("Willkommen daheim", D, "Bürgermeister")]),
    ("Der Sänger kommentierte die Absage des Konzerts mit dem Satz „Na endlich“.",
     [("Na endlich", D, "Sänger")]),
])
def test_words_phrase_before_quotation(text, expected):
    assert_de_structures(text, expected)


def test_words_phrase_before_quotation_guards():
    # a title after "mit" stays a title; a scare quote without the phrase stays unmarked
    assert not quotes(run("Mit „Sommerregen“ gelang der Band 2009 der Durchbruch.", lang="de"))
    assert not quotes(run("Der Zoo feierte den „Bärentag“ mit vielen Besuchern.", lang="de"))


# "zur Verfügung gestanden" stood, no confession
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Feuerwehr habe nur eine Drehleiter zur Verfügung gestanden, das habe die Rettung verzögert, sagte der Kommandant.",
     [("Der Feuerwehr habe nur eine Drehleiter zur Verfügung gestanden, das habe die Rettung verzögert", IND, "Kommandant")]),
])
def test_stood_at_disposal(text, expected):
    assert_de_structures(text, expected)


def test_stood_at_disposal_guards():
    # a confession stays one
    assert_de_structures("Der 31-Jährige hat den Diebstahl des Papageis inzwischen gestanden, sagte ein Polizeisprecher.",
                         [("Der 31-Jährige hat den Diebstahl des Papageis inzwischen gestanden", IND, "Polizeisprecher")])
