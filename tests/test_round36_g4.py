"""Round 36, helper g4: German reports on TV talk shows and pre-released interviews.

Invented sentences in the style of talk-show summaries and Sunday-paper interviews: a Konjunktiv I clause before a
colon and a quotation, a paper's name in quotation marks after "gegenüber"/"mit", a surname that is also an auxiliary
("Will"), and a fronted adverb before a modal ("Eigentlich will X … sprechen"), and the writer's "Als ob …" after a report.
"""

import pytest

from tests.test_quotes import assert_de_exact, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # a Konjunktiv I clause before a colon and a quotation goes on with the report of the sentence before, and the
    # quotation is that speaker's (the clause was lost, or its subject became the speaker)
    ("Kabarettist Jonas Pilger schaltete sich ein. Er habe nie geraucht, sein Onkel habe ihn einmal an der Zigarre "
     "ziehen lassen, das habe gereicht: „Da war ich gerade sechs.“",
     [("Er habe nie geraucht, sein Onkel habe ihn einmal an der Zigarre ziehen lassen, das habe gereicht",
       "INDIRECT_QUOTE", "Jonas Pilger"),
      ("Da war ich gerade sechs.", "DIRECT_QUOTE", "Jonas Pilger")]),
    ("Die Soziologin Marta Keller meldete sich zu Wort. Die Debatte sei völlig überhitzt: „Das hilft in dieser "
     "Lage wirklich niemandem weiter.“",
     [("Die Debatte sei völlig überhitzt", "INDIRECT_QUOTE", "Marta Keller"),
      ("Das hilft in dieser Lage wirklich niemandem weiter.", "DIRECT_QUOTE", "Marta Keller")]),
    # the subject before the colon stands inside a "so"-report: the report's speaker says the quotation
    ("Die Aufgabe, so Brandt, bleibe dieselbe wie im Frühjahr: „Wir müssen die Kosten senken.“",
     [("Die Aufgabe", "INDIRECT_QUOTE", "Brandt"),
      ("bleibe dieselbe wie im Frühjahr", "INDIRECT_QUOTE", "Brandt"),
      ("Wir müssen die Kosten senken.", "DIRECT_QUOTE", "Brandt")]),
    # a paper's name with a lower-case connector after "gegenüber" / "mit" is no direct quote, and the content
    # after the separable particle is still found
    ("Die Ministerin betonte gegenüber „Welt am Sonntag“, die Reform komme noch in diesem Jahr.",
     [("die Reform komme noch in diesem Jahr", "INDIRECT_QUOTE", "Ministerin")]),
    ("Der Parteichef kündigte im Gespräch mit „Bild am Sonntag“ an, die Abgabe werde sinken.",
     [("die Abgabe werde sinken", "INDIRECT_QUOTE", "Parteichef")]),
    ("Der Minister kündigte im Gespräch mit „Focus“ an, die Steuer werde sinken.",
     [("die Steuer werde sinken", "INDIRECT_QUOTE", "Minister")]),
    # a surname that is also an auxiliary after a first name opening the subject
    ("Lea Will fragte den Minister, ob er zurücktreten wolle.",
     [("er zurücktreten wolle", "INDIRECT_QUOTE", "Lea Will")]),
    ("Der Trainer Hans Will sagte, die Mannschaft sei bereit.",
     [("die Mannschaft sei bereit", "INDIRECT_QUOTE", "Hans Will")]),
    # a fronted adverb alone before the modal is no subject: the subject follows the modal
    ("Eigentlich wollte Moderatorin Jana Seidel mit dem Minister darüber sprechen, wie es mit der Rente weitergehe.",
     [("es mit der Rente weitergehe", "INDIRECT_QUOTE", "Jana Seidel")]),
    ("Natürlich will Parteichef Holger Brandes im Sommerinterview erklären, warum die Umfragen so schlecht seien.",
     [("die Umfragen so schlecht seien", "INDIRECT_QUOTE", "Holger Brandes")]),
    # the writer's unreal comparison after a report is no report going on
    ("Der Moderator sagte, das habe sich so ergeben. Als ob es da etwas zu entschuldigen gäbe.",
     [("das habe sich so ergeben", "INDIRECT_QUOTE", "Moderator")]),
    ("Die Ministerin erklärte, sie habe alles richtig gemacht. Als wenn das jemand ernsthaft bezweifelt hätte.",
     [("sie habe alles richtig gemacht", "INDIRECT_QUOTE", "Ministerin")]),
    # a contrast adverb opening the sentence is no subject, and the guest named after it takes the report over
    ("Jan Berger glaubt nicht daran, dass die Quote etwas ändern würde. Dahingegen war Maren Sommer sehr positiv "
     "gestimmt. Es sei ein wichtiges Signal.",
     [("die Quote etwas ändern würde", "INDIRECT_QUOTE", "Jan Berger"),
      ("Es sei ein wichtiges Signal", "INDIRECT_QUOTE", "Maren Sommer")]),
    # two roles of one guest before the name: the subject, not the object after the verb
    ("Der Journalist und Autor Oliver Brenner wünschte sich eine größere Vielfalt bei den Gästen. Lebendige Debatten "
     "seien kaum vorgesehen.",
     [("Lebendige Debatten seien kaum vorgesehen", "INDIRECT_QUOTE", "Oliver Brenner")]),
    # "Er" after a sentence opened by the host's surname alone is the host, not the guest who spoke last
    ("Drei Gäste hat Moderator Tim Rehberg am Mittwoch in seiner Sendung. Eine Äußerung von Otto Brandl soll vor "
     "allem Karin Albers erklären.\n\nGleich zu Beginn sagt Moderator Tim Rehberg, dass nur drei Gäste im Studio "
     "sitzen.\n\nErst einmal aber soll Albers berichten, ob ihr Bruder geimpft sei.\n\n„Selbstverständlich!“, sagt "
     "Albers. Rehberg bohrt daraufhin weiter nach. Er will wissen, ob Albers selbst auch geimpft sei.",
     [("nur drei Gäste im Studio sitzen", "INDIRECT_QUOTE", "Tim Rehberg"),
      ("ihr Bruder geimpft sei", "INDIRECT_QUOTE", "Karin Albers"),
      ("Selbstverständlich!", "DIRECT_QUOTE", "Karin Albers"),
      ("Albers selbst auch geimpft sei", "INDIRECT_QUOTE", "Tim Rehberg")]),
    # verbs of talk-show criticism: a content after "ätzte", a speech act in itself for "geißelte" / "angemahnt"
    ("Der Fraktionschef Paul Winter ätzte, die Regierung habe nichts verstanden.",
     [("die Regierung habe nichts verstanden", "INDIRECT_QUOTE", "Paul Winter")]),
    ("Der stellvertretende Parteichef Udo Brenner hat im Interview ein klareres Profil der Partei angemahnt.",
     [("Der stellvertretende Parteichef Udo Brenner hat im Interview ein klareres Profil der Partei angemahnt",
       "INDIRECT_QUOTE", "Udo Brenner")]),
    ("Die Kabarettistin Nora Feld geißelte die Bequemlichkeit der Politik.",
     [("Die Kabarettistin Nora Feld geißelte die Bequemlichkeit der Politik", "INDIRECT_QUOTE", "Nora Feld")]),
    # a name's genitive before a noun opening the sentence is no person a later description stands for
    ("Brenners Urkompetenz liegt eher darin, Streit zu schlichten. In der Sendung kritisierte der Parteichef die "
     "„Lust am ewigen Untergang“.",
     [("Lust am ewigen Untergang", "DIRECT_QUOTE", "Parteichef")]),
    ("Merkels Politik sei gescheitert, sagte der Parteichef.",
     [("Merkels Politik sei gescheitert", "INDIRECT_QUOTE", "Parteichef")]),
])
def test_talk_show_reports(text, expected):
    assert_de_exact(text, expected)


def test_talk_show_reports_guards():
    # an indicative clause before the colon is the writer's: only the quotation
    assert [(q.text, q.label) for q in quotes(run("Die Lage ist ernst: „Wir brauchen Hilfe.“", lang="de"))] == []
    # a cue of its own before the colon keeps its report and its speaker
    assert_de_exact("Die Ministerin sagte, die Steuer sei zu hoch: „Das zahlt doch keiner.“",
                    [("die Steuer sei zu hoch", "INDIRECT_QUOTE", "Ministerin"),
                     ("Das zahlt doch keiner.", "DIRECT_QUOTE", "Ministerin")])
    # a report going on from a cue in the sentence before, as before
    assert_de_exact("„Das war ein Fehler“, sagte Ulrike Brandt. Die Fraktion stehe nicht mehr hinter dem Plan: "
                    "„Das weiß inzwischen jeder.“",
                    [("Das war ein Fehler", "DIRECT_QUOTE", "Ulrike Brandt"),
                     ("Die Fraktion stehe nicht mehr hinter dem Plan", "INDIRECT_QUOTE", "Ulrike Brandt"),
                     ("Das weiß inzwischen jeder.", "DIRECT_QUOTE", "Ulrike Brandt")])
    # two roles before a name: the whole description is the speaker's mention
    ann = run("Die Sängerin und Schauspielerin Petra Lorenz sagte, sie sei müde.", lang="de")
    q = next(q for q in quotes(ann) if q.text == "sie sei müde")
    assert q.attrs["speaker"] == "Petra Lorenz"
    # a first name and a surname in -enz stay a name
    assert_de_exact("Hans Lorenz sagte, die Lage sei ernst.", [("die Lage sei ernst", "INDIRECT_QUOTE", "Hans Lorenz")])
    # a modal opening a question is no surname; a capitalised first word before "will" stays the subject
    assert quotes(run("Will sie das wirklich? Die Ministerin ließ die Frage offen.", lang="de")) == []
    # a fronted "Als" phrase is no comparison: the report goes on
    assert_de_exact("Der Trainer sagte, die Mannschaft sei müde. Als Ausrede tauge das aber nicht.",
                    [("die Mannschaft sei müde", "INDIRECT_QUOTE", "Trainer"),
                     ("Als Ausrede tauge das aber nicht", "INDIRECT_QUOTE", "Trainer")])
    assert_de_exact("Merkel will am Montag erklären, wie es weitergehen solle.",
                    [("es weitergehen solle", "INDIRECT_QUOTE", "Merkel")])
