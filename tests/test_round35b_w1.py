"""Round 36 (w1): German regional public-broadcaster short news (police, courts, local politics).

Each table row failed against the frozen source (505c8d1); the guards pin what the rules must not do."""
import pytest

from tests.test_quotes import assert_de_exact, linked, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# 1. a demanded, charged or filed object after the speaker's noun with its article is no part of the speaker
@pytest.mark.parametrize(("text", "expected"), [
    ("Im Fall der getöteten Rentnerin aus Wendorf hat die Staatsanwaltschaft Anklage gegen einen 34-Jährigen erhoben.",
     [("Im Fall der getöteten Rentnerin aus Wendorf hat die Staatsanwaltschaft Anklage gegen einen 34-Jährigen erhoben",
       IND, "Staatsanwaltschaft")]),
    ("Vor dem Landgericht Gera haben die Verteidiger Freispruch für beide Angeklagten gefordert.",
     [("Vor dem Landgericht Gera haben die Verteidiger Freispruch für beide Angeklagten gefordert", IND, "Verteidiger")]),
    ("Im Prozess um den Brand in Lohberg hat die Nebenklage Haftstrafen von neun Jahren verlangt.",
     [("Im Prozess um den Brand in Lohberg hat die Nebenklage Haftstrafen von neun Jahren verlangt", IND, "Nebenklage")]),
])
def test_object_noun_after_speaker(text, expected):
    assert_de_exact(text, expected)


# 2. "eigenen Angaben zufolge" after the finite verb: the source starts at "eigenen" and is the subject's
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Stadtwerke Kelbach planen eigenen Angaben zufolge für den Herbst eine Erhöhung der Wasserpreise.",
     [("Die Stadtwerke Kelbach planen", IND, "Stadtwerke Kelbach"),
      ("für den Herbst eine Erhöhung der Wasserpreise", IND, "Stadtwerke Kelbach")]),
    ("Die Veranstalter zählten eigenen Angaben zufolge am Wochenende rund 40.000 Besucher.",
     [("Die Veranstalter zählten", IND, "Veranstalter"), ("am Wochenende rund 40.000 Besucher", IND, "Veranstalter")]),
])
def test_own_source_after_verb(text, expected):
    assert_de_exact(text, expected)


# 3. the day of the report after the source's owner belongs to the source, not to the content
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Regionalzug war nach Angaben der Bahn vom Dienstag mit rund 300 Fahrgästen besetzt.",
     [("Der Regionalzug war", IND, "Bahn"), ("mit rund 300 Fahrgästen besetzt", IND, "Bahn")]),
    ("Der Mann hatte nach Angaben der Polizei vom Sonntagabend mehr als zwei Promille im Blut.",
     [("Der Mann hatte", IND, "Polizei"), ("mehr als zwei Promille im Blut", IND, "Polizei")]),
    # sentence-initial: the day is no part of the owner's name
    ("Nach Angaben der Polizei vom Samstag wurden vier Menschen leicht verletzt.",
     [("wurden vier Menschen leicht verletzt", IND, "Polizei")]),
])
def test_report_day_after_source(text, expected):
    assert_de_exact(text, expected)


def test_report_day_after_source_guards():
    # "vom Montag an" is a time of the content; the sentence-initial source names only its owner
    assert_de_exact("Die Brücke ist nach Angaben der Stadt vom Montag an gesperrt.",
                    [("Die Brücke ist", IND, "Stadt"), ("vom Montag an gesperrt", IND, "Stadt")])


# 4. a body's head before its genitive keeps it in the canonical name
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Zentralrat der Muslime erklärte, der Prozess habe zu wenig aufgeklärt.",
     [("der Prozess habe zu wenig aufgeklärt", IND, "Zentralrat der Muslime")]),
    ("Der Zentralrat der Juden erklärte, das Urteil sei ein wichtiges Signal.",
     [("das Urteil sei ein wichtiges Signal", IND, "Zentralrat der Juden")]),
])
def test_body_head_with_genitive(text, expected):
    assert_de_exact(text, expected)


# 5. a Konjunktiv sentence whose own subject stands before its verb and an adverb of contrast is that subject's
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Staatsanwaltschaft forderte sieben Jahre Haft. Die Verteidigung plädiere dagegen auf Freispruch.",
     [("Die Staatsanwaltschaft forderte sieben Jahre Haft", IND, "Staatsanwaltschaft"),
      ("Die Verteidigung plädiere dagegen auf Freispruch", IND, "Verteidigung")]),
    ("Der Betriebsrat kritisierte die Pläne scharf. Die Geschäftsführung halte hingegen an der Schließung fest.",
     [("Der Betriebsrat kritisierte die Pläne scharf", IND, "Betriebsrat"),
      ("Die Geschäftsführung halte hingegen an der Schließung fest", IND, "Geschäftsführung")]),
])
def test_contrast_subject(text, expected):
    assert_de_exact(text, expected)


def test_contrast_subject_guards():
    # without an adverb of contrast the report goes on with the speaker before
    assert_de_exact("Der Bürgermeister lobte die Helfer. Die Stadt danke allen, die beim Aufräumen geholfen hätten.",
                    [("Der Bürgermeister lobte die Helfer", IND, "Bürgermeister"),
                     ("Die Stadt danke allen, die beim Aufräumen geholfen hätten", IND, "Bürgermeister")])


# 6. a duration before a coordinated cue is no speaker; the clause's subject speaks
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Feuerwehr war sechs Stunden mit 80 Kräften im Einsatz und sagte: Es hätte schlimmer ausgehen können.",
     [("Es hätte schlimmer ausgehen können", IND, "Feuerwehr")]),
    ("Das THW war drei Tage im Hochwassergebiet und teilte mit, die Deiche seien stabil.",
     [("die Deiche seien stabil", IND, "THW")]),
])
def test_duration_no_speaker(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "mention"), [
    ("Vor dem Amtsgericht hat die Verteidigerin Freispruch gefordert.", "die Verteidigerin"),
    ("Am Ende des Prozesses hat der Staatsanwalt Bewährungsstrafen beantragt.", "der Staatsanwalt"),
])
def test_object_noun_speaker_mention(text, mention):
    ann = run(text, lang="de")
    q = quotes(ann)[0]
    assert linked(ann, q.id, "said_by").text == mention


def test_object_noun_guards():
    # a place after a body stays part of its name
    assert_de_exact("Die Staatsanwaltschaft Hannover teilte mit, der Mann sei festgenommen worden.",
                    [("der Mann sei festgenommen worden", IND, "Staatsanwaltschaft Hannover")])


# 7. the clause's noun after a source's owner is no part of the source
@pytest.mark.parametrize(("text", "expected"), [
    ("Bei der Razzia in Oberwald hat es nach Angaben eines Sprechers Festnahmen gegeben.",
     [("Bei der Razzia in Oberwald hat es", IND, "Sprecher"), ("Festnahmen gegeben", IND, "Sprecher")]),
    ("Bei dem Zusammenstoß auf der B 27 hat es nach Angaben der Polizei Verletzte gegeben.",
     [("Bei dem Zusammenstoß auf der B 27 hat es", IND, "Polizei"), ("Verletzte gegeben", IND, "Polizei")]),
    ("In der Nacht zum Sonntag gab es laut Polizei Festnahmen.",
     [("In der Nacht zum Sonntag gab es", IND, "Polizei"), ("Festnahmen", IND, "Polizei")]),
])
def test_clause_noun_after_source(text, expected):
    assert_de_exact(text, expected)


# 8. two roles of one person before the name: the name speaks
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Anträge liegen jetzt beim Land, sagt der Ortsbürgermeister und Kreistagsabgeordnete Uwe Marnitz.",
     [("Die Anträge liegen jetzt beim Land", IND, "Uwe Marnitz")]),
    ("Die Halle bleibt vorerst geschlossen, sagte die Bürgermeisterin und Kreisrätin Sabine Lorenz (CDU).",
     [("Die Halle bleibt vorerst geschlossen", IND, "Sabine Lorenz")]),
])
def test_two_roles_before_name(text, expected):
    assert_de_exact(text, expected)


def test_two_roles_before_name_guards():
    # a plural verb and an article before the second role: two people, both named
    assert_de_exact("Die Halle bleibt geschlossen, sagten der Bürgermeister und die Landrätin Sabine Lorenz.",
                    [("Die Halle bleibt geschlossen", IND, "Bürgermeister und Sabine Lorenz")])


def test_round35b_review_attributive_negation_keeps_the_report():
    # (merge review: w4's negated act met de6's pages) a "nicht" inside an attribute of the source's noun negates no act
    ann = run("Die Reederei will den Konkurrenten übernehmen. Das berichtet die Zeitung unter Berufung auf nicht näher "
              "genannte Kreise.", lang="de")
    assert [q.text for q in quotes(ann)] == ["Das"]
