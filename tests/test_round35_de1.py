"""Round 35 (de1): German parliamentary news ("heute im bundestag", committee hearings, answers of the federal
government): long Konjunktiv I reports after one attribution, dates in apposition, printed papers' numbers,
demonstrative speakers and names in apposition before a separable particle. Sentences invented in the style."""

import pytest

from tests.test_quotes import assert_de_exact, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday's date in apposition is no clause boundary: the content opens after it, not at "14. Mai"
    ("Der Fachverband sieht Nachbesserungsbedarf. In der Anhörung erklärte Prof. Dr. Jonas Wendler am Mittwoch, "
     "14. Mai 2014, die Fristen seien deutlich zu kurz.",
     [("die Fristen seien deutlich zu kurz", "INDIRECT_QUOTE", "Jonas Wendler")]),
    # only the attribution's participle after the date: "Das" is what she stressed (the speaker was "Ausschuss")
    ("Für die Regierung hat der Ausbau Vorrang. Das hat Staatssekretärin Marlene Oswald am Donnerstag, 6. März 2025, "
     "im Ausschuss betont.",
     [("Das", "INDIRECT_QUOTE", "Marlene Oswald")]),
    # "dem" before the date, and an adjunct between the date and the content
    ("Ministerin Anna Berg sagte am Dienstag, dem 5. Mai 2020, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Anna Berg")]),
    ("Die Ministerin sagte am Montag, 3. Mai, vor Journalisten, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Ministerin")]),
    # a legal reference's "Art." before its number ends no sentence
    ("Das Landgericht hatte festgestellt, dass die Satzung mit Art. 3 und Art. 12 der Landesverfassung nicht "
     "vereinbar sei.",
     [("die Satzung mit Art. 3 und Art. 12 der Landesverfassung nicht vereinbar sei", "INDIRECT_QUOTE", "Landgericht")]),
    # printed papers' numbers in brackets take no reach of the adjuncts before the content
    ("Die Bundesregierung schreibt in ihrer Antwort (20/7781) auf eine Kleine Anfrage (20/7340), die Zahl der "
     "Anträge sei deutlich gesunken.",
     [("die Zahl der Anträge sei deutlich gesunken", "INDIRECT_QUOTE", "Bundesregierung")]),
    # "Das schreibt X" after a Konjunktiv I sentence: that sentence is X's (not the subject's of the sentence before)
    ("Der Antrag wurde im Frühjahr eingereicht. Eine Förderung sei nicht vorgesehen. Das schreibt die "
     "Bundesregierung in ihrer Antwort (20/5512).",
     [("Eine Förderung sei nicht vorgesehen", "INDIRECT_QUOTE", "Bundesregierung"),
      ("Das", "INDIRECT_QUOTE", "Bundesregierung")]),
    # "schreibt diese weiter": the demonstrative is the speaker, "weiter" no name
    ("Die Landesregierung schreibt in ihrer Antwort, eine Ausweitung des Programms sei nicht geplant. Zugleich setze "
     "man sich für mehr Personal ein, schreibt diese weiter.",
     [("eine Ausweitung des Programms sei nicht geplant", "INDIRECT_QUOTE", "Landesregierung"),
      ("Zugleich setze man sich für mehr Personal ein", "INDIRECT_QUOTE", "Landesregierung")]),
])
def test_round35_de1_hib_reports(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a demonstrative "Der"/"Die" opening the sentence reports, and points at the person named last
    ("Bettina Korff sagte der Zeitung, die Kosten seien gestiegen. Sie widersprach damit Finanzminister Rainer Udert. "
     "Der hatte erklärt, der Haushalt sei solide.",
     [("die Kosten seien gestiegen", "INDIRECT_QUOTE", "Bettina Korff"),
      ("Sie widersprach damit Finanzminister Rainer Udert", "INDIRECT_QUOTE", "Bettina Korff"),
      ("der Haushalt sei solide", "INDIRECT_QUOTE", "Rainer Udert")]),
    ("Olaf Brinkmann sagte dem Sender, die Pläne seien gescheitert. Er widersprach damit Ministerin Karin Lessmann. "
     "Die hatte betont, es gebe noch Spielraum.",
     [("die Pläne seien gescheitert", "INDIRECT_QUOTE", "Olaf Brinkmann"),
      ("Er widersprach damit Ministerin Karin Lessmann", "INDIRECT_QUOTE", "Olaf Brinkmann"),
      ("es gebe noch Spielraum", "INDIRECT_QUOTE", "Karin Lessmann")]),
    # an adverb between the demonstrative's auxiliary and its cue; no person named: the body itself
    ("Die Polizei sagte der Zeitung, die Lage sei ruhig. Die hatte zuvor erklärt, es gebe keine Festnahmen.",
     [("die Lage sei ruhig", "INDIRECT_QUOTE", "Polizei"),
      ("es gebe keine Festnahmen", "INDIRECT_QUOTE", "Polizei")]),
    # the speaker's name in apposition before the separable particle
    ("Am Dienstag teilte der Sprecher der Feuerwehr, Tobias Rehm, mit, dass zwei Personen verletzt worden seien.",
     [("zwei Personen verletzt worden seien", "INDIRECT_QUOTE", "Tobias Rehm")]),
    ("In der Debatte stellt die Vorsitzende des Ausschusses, Heike Brandl (SPD), heraus, dass die Reform überfällig sei.",
     [("die Reform überfällig sei", "INDIRECT_QUOTE", "Heike Brandl")]),
    # an adverb in "-haft" after a quotation and its comma is no inverted cue ("massenhaft" reported the rest)
    ("Es sei „unzumutbar“, massenhaft Akten zu vernichten, sagte Referentin Lena Vogt.",
     [("Es sei „unzumutbar“, massenhaft Akten zu vernichten", "INDIRECT_QUOTE", "Lena Vogt"),
      ("unzumutbar", "DIRECT_QUOTE", "Lena Vogt")]),
    # asking with the question as its clause
    ("In einer Kleinen Anfrage erkundigt sich die Fraktion unter anderem, ob die Bundesregierung neue Mittel "
     "bereitstelle.",
     [("die Bundesregierung neue Mittel bereitstelle", "INDIRECT_QUOTE", "Fraktion")]),
])
def test_round35_de1_speakers_and_cues(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # it turned out: no one's report
    ("Später stellte sich heraus, dass der Mann die Unterlagen gefälscht hatte.", []),
    # asking after someone's health, no question clause: nothing reported
    ("Der Bürgermeister erkundigte sich nach dem Befinden der Verletzten.", []),
    # a phrase before "erkundigt sich" is what was asked about, no content
    ("Nach den Projekten, bei denen die Regierung seit 2010 mit dem Verband zusammengearbeitet hat, erkundigt sich "
     "die Fraktion in einer Kleinen Anfrage (19/2096).", []),
    # "Art." before a word may end a sentence
    ("Die Sache ist einmalig in ihrer Art. Die Gemeinde sei stolz darauf, sagte der Bürgermeister.",
     [("Die Gemeinde sei stolz darauf", "INDIRECT_QUOTE", "Bürgermeister")]),
    # a demonstrative "Diese" is no man named last
    ("Ministerin Anna Berg lobte den Abgeordneten Hans Meier. Diese sagte, die Lage sei ernst.",
     [("Ministerin Anna Berg lobte den Abgeordneten Hans Meier", "INDIRECT_QUOTE", "Anna Berg"),
      ("die Lage sei ernst", "INDIRECT_QUOTE", "Anna Berg")]),
    # a date without a weekday keeps its commas
    ("Der Sprecher sagte, am 3. Mai, einem Sonntag, sei das Büro geschlossen.",
     [("am 3. Mai, einem Sonntag, sei das Büro geschlossen", "INDIRECT_QUOTE", "Sprecher")]),
])
def test_round35_de1_guards(text, expected):
    assert_de_exact(text, expected)


def test_round35_de1_apposition_guards():
    # a particle at the sentence end after the apposition is the attribution's: "Das" is what was said
    ann = run("Das teilte der Sprecher der Polizei, Hans Meier, am Montag mit.", lang="de")
    assert [q.text for q in quotes(ann)] == ["Das"]
