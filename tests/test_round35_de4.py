"""Round 35 (de4): German reportage and portraits, where the words of several people alternate over many paragraphs
and their speakers are named by pronoun, first name, kinship or age ("die 68-Jährige", "ihr Mann").

The sentences are invented in the style of such pages (no page text)."""

import pytest

from tests.test_quotes import assert_de_exact, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # a noun of thought with "haben" and a prepositional object is no cue: the Konjunktiv I report goes on
    ("Ortsvorsteher Bernd Kuhlmann sagt: „Die Leute reden viel.“ Die Nachbarin sei schon älter und habe keine Angst "
     "vor einem Streit.",
     [("Die Leute reden viel.", "DIRECT_QUOTE", "Bernd Kuhlmann"),
      ("Die Nachbarin sei schon älter und habe keine Angst vor einem Streit", "INDIRECT_QUOTE", "Bernd Kuhlmann")]),
    ("„Wir bleiben hier“, sagt Landwirtin Petra Scholz. Ihr Mann sei oft krank, habe aber keine Sorge um den Hof.",
     [("Wir bleiben hier", "DIRECT_QUOTE", "Petra Scholz"),
      ("Ihr Mann sei oft krank, habe aber keine Sorge um den Hof", "INDIRECT_QUOTE", "Petra Scholz")]),
    # a continued report after the writer's clause and a colon: only the part after the colon
    ("Winzerin Clara Berger erzählt, die Ernte sei gut gewesen. Der Frost bleibt ihre größte Sorge: Er komme immer "
     "später im Jahr.",
     [("die Ernte sei gut gewesen", "INDIRECT_QUOTE", "Clara Berger"),
      ("Er komme immer später im Jahr", "INDIRECT_QUOTE", "Clara Berger")]),
    # the speaker's thing as the subject of the sentence between ("Ihre Sorge war, …"): the speaker before goes on
    ("„Anfangs war ich skeptisch“, erzählt Sabine Lorenz. Ihre Sorge war, dass die Familie zu kurz kommt. „Wir haben "
     "dann lange geredet.“",
     [("Anfangs war ich skeptisch", "DIRECT_QUOTE", "Sabine Lorenz"),
      ("Wir haben dann lange geredet.", "DIRECT_QUOTE", "Sabine Lorenz")]),
    ("„Das Geschäft lief gut“, sagt Bäcker Tobias Haller. Sein Plan war, den Laden an den Sohn zu übergeben. „Der "
     "wollte aber nicht.“",
     [("Das Geschäft lief gut", "DIRECT_QUOTE", "Tobias Haller"),
      ("Der wollte aber nicht.", "DIRECT_QUOTE", "Tobias Haller")]),
    # a plural Konjunktiv II (for the Konjunktiv I "haben") after a chain of one speaker's quotations continues it
    ("„Um sechs Uhr kam der Notarzt“, erzählt die Nachbarin. „Die Tochter hat noch geschrien.“ Genauere Auskünfte "
     "hätten aber weder sie noch die Nachbarn bekommen.",
     [("Um sechs Uhr kam der Notarzt", "DIRECT_QUOTE", "Nachbarin"),
      ("Die Tochter hat noch geschrien.", "DIRECT_QUOTE", "Nachbarin"),
      ("Genauere Auskünfte hätten aber weder sie noch die Nachbarn bekommen", "INDIRECT_QUOTE", "Nachbarin")]),
    ("„Das Dach war schon lange undicht“, sagt der Mieter. „Wir haben es oft gemeldet.“ Die Handwerker hätten aber nie "
     "Zeit gehabt.",
     [("Das Dach war schon lange undicht", "DIRECT_QUOTE", "Mieter"),
      ("Wir haben es oft gemeldet.", "DIRECT_QUOTE", "Mieter"),
      ("Die Handwerker hätten aber nie Zeit gehabt", "INDIRECT_QUOTE", "Mieter")]),
    # "wissen" as the trailing attribution of a report in the Konjunktiv I
    ("Drei Jahre habe die Renovierung gedauert, weiß der Ortsvorsteher.",
     [("Drei Jahre habe die Renovierung gedauert", "INDIRECT_QUOTE", "Ortsvorsteher")]),
    ("Der alte Bahnhof sei früher ein Kino gewesen, wusste die Stadtführerin.",
     [("Der alte Bahnhof sei früher ein Kino gewesen", "INDIRECT_QUOTE", "Stadtführerin")]),
])
def test_round35_de4_reportage(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    # an age description stands for the one woman named further back in the passage
    ("Bevor Helga Brückner am Morgen ihren kleinen Kiosk am Marktplatz aufschließt, wartet schon ein älterer Herr mit "
     "Hut und Stock vor der Tür. Er möchte nur kurz wissen, warum die Sonntagszeitungen in dieser Woche fehlen. Der "
     "Lieferwagen stehe wohl wieder im Stau auf der Umgehungsstraße, vermutet er und schüttelt den Kopf. „Das kommt in "
     "letzter Zeit leider öfter vor“, seufzt die 71-Jährige.",
     "Das kommt in letzter Zeit", "Helga Brückner"),
    ("Seit vier Jahrzehnten repariert Gerda Hoffmann in ihrer kleinen Werkstatt am alten Hafen Uhren, Wecker und "
     "Spieluhren aus aller Welt. Gerade legt ein junger Mann eine verbeulte Taschenuhr auf den Tresen und erklärt, er "
     "habe sie von seinem Großvater geerbt und wolle sie unbedingt behalten. Ob sie noch zu retten sei? „Das schaffen "
     "wir schon“, antwortet die 68-Jährige.",
     "Das schaffen wir schon", "Gerda Hoffmann"),
    # a demonstrative "Die" before its verb is the subject, not the object after the verb
    ("Im Jugendtreff begegnet Malik der Sozialarbeiterin Jana Krüger. Die macht gerade ein Praktikum, betreut die "
     "Hausaufgabengruppe und sagt: „Die Kinder brauchen Verlässlichkeit.“",
     "Die Kinder brauchen", "Jana Krüger"),
    # a demonstrative "die" after the verb is the subject (no time genitive "eines Tages", no adverb "Ganz")
    ("Am meisten schmerzte sie der Satz einer Kollegin. Ganz nebenbei sagte die eines Tages: „Das gehört eben dazu.“",
     "Das gehört eben dazu", None),
    ("Am meisten schmerzte sie der Satz einer Kollegin. Ganz nebenbei sagte die: „Das gehört eben dazu.“",
     "Das gehört eben dazu", None),
    # the answer right after a quoted question put to "Frau X"/"Herr X" is that person's
    ("Pflegerin Mareike Sommer beugt sich über das Bett. „Haben Sie gut geschlafen, Frau Albers?“, fragt sie leise. "
     "„Wie ein Murmeltier, das wissen Sie doch.“",
     "Wie ein Murmeltier", "Albers"),
    ("Der Schäfer Ole Hansen zeigt auf die Herde. „Wie viele Tiere sind es, Herr Petersen?“, will der Landrat wissen. "
     "„Gut dreihundert, dazu die Lämmer.“",
     "Gut dreihundert", "Petersen"),
    # an ordinal adverb opening the sentence is no surname ("Erstens wolle er …" had the speaker "Erstens")
    ("Vor sich hat Abdul Sharifa einen Brief ausgebreitet, die Ränder sind zerknittert. Erstens wolle er sagen, wie "
     "dankbar er ist, dass jemand zuhört.",
     "dankbar er ist", None),
])
def test_round35_de4_speaker(text, fragment, speaker):
    ann = run(text, lang="de")
    hits = [q for q in quotes(ann) if fragment in q.text]
    assert hits, [q.text for q in quotes(ann)]
    assert hits[0].attrs["speaker"] == speaker, hits[0].attrs


def test_round35_de4_guards():
    # a noun of thought before its content clause still reports
    assert [q.text for q in quotes(run("Die Bauern haben Sorge, dass die Preise fallen.", lang="de"))] == ["die Preise fallen"]
    # "wissen" before its object or clause reports nothing
    for text in ("Er weiß, dass es schwer wird.", "Sie wusste nicht, was sie sagen sollte.",
                 "Die Kinder hätten gerne mehr Zeit gehabt.", "Die Lage ist klar: Es gibt keinen Ausweg."):
        assert quotes(run(text, lang="de")) == [], text
    # a person as the subject between the quotations speaks herself
    assert_de_exact("„Wir waren zufrieden“, sagt Tobias Haller. Seine Tochter war dagegen. „Das war mir zu riskant.“",
                    [("Wir waren zufrieden", "DIRECT_QUOTE", "Tobias Haller"),
                     ("Das war mir zu riskant.", "DIRECT_QUOTE", "Tochter")])
    # a sentence-initial article before an adverb and an adjective is no demonstrative
    ann = run("Die meist gelesene Zeitung berichtet, die Lage sei ernst.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Zeitung"]
    assert_de_exact("Der Trainer steht am Spielfeldrand. „Das war stark“, sagte der Kapitän.",
                    [("Das war stark", "DIRECT_QUOTE", "Kapitän")])
    # no question, or the asker addressed by name, or a paragraph between: the asker goes on
    for text in ("„Guten Morgen, Frau Albers!“, ruft Pflegerin Mareike Sommer. „Heute gibt es Kuchen.“",
                 "„Haben Sie gut geschlafen, Frau Albers?“, fragt Pflegerin Mareike Sommer.\n\n„Heute gibt es Kuchen.“"):
        ann = run(text, lang="de")
        assert [q.attrs["speaker"] for q in quotes(ann)] == ["Mareike Sommer", "Mareike Sommer"], text
    # someone of that age introduced without a name: the description is that person, not the one named before
    ann = run("Helga Brückner wohnt gegenüber. Ein 71-jähriger Mann wurde verletzt. Der 71-Jährige sagte, er habe "
              "nichts gesehen.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["71-Jährige"]
