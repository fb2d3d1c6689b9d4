"""Round 34 (w2c): German pronouns and speakers in international news (EU, France, Britain, the US election, NATO):
the subject of a lead clause before a colon, a title with a lone surname or a particle name opening the sentence
before, words in -te after an article and adverbs after a noun, genitive names and inflected titles, possessed
things after adverbs, adjective lists, "nach Bekanntgabe …", a title before a plural object, a fronted subordinate
clause before "und" + cue, a quotation closing its paragraph, two initials opening a name. Sentences written for these tests."""
import pytest

from tests.test_quotes import assert_de_structures, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # the named subject of a lead clause before the colon speaks for a trailing "sagte er/sie"
    ("Giorgia Meloni reagierte gelassen auf die Kritik: „Wir bleiben bei unserem Kurs“, sagte sie.",
     [("Wir bleiben bei unserem Kurs", "DIRECT_QUOTE", "Meloni")]),
    ("Orbán selbst blieb am Abend kämpferisch: „Brüssel wird uns nicht aufhalten“, erklärte er.",
     [("Brüssel wird uns nicht aufhalten", "DIRECT_QUOTE", "Orbán")]),
    ("Keir Starmer dagegen blieb zurückhaltend: „Wir müssen erst die Zahlen sehen“, sagte er vor Reportern.",
     [("Wir müssen erst die Zahlen sehen", "DIRECT_QUOTE", "Starmer")]),
    # a title and a lone surname, or a name with a particle, opening the sentence before
    ("Außenministerin Kallas hat ihre Reise nach Kiew abgesagt. „Die Lage lässt es nicht zu“, sagte sie.",
     [("Die Lage lässt es nicht zu", "DIRECT_QUOTE", "Kallas")]),
    ("Vizepräsidentin Harris hat am Abend ihre Niederlage eingestanden. „Wir machen weiter“, sagte sie.",
     [("Wir machen weiter", "DIRECT_QUOTE", "Harris")]),
    ("De Maizière verließ den Saal nach der Abstimmung. „Das war genug“, sagte er.",
     [("Das war genug", "DIRECT_QUOTE", "De Maizière")]),
    ("Le Pen verzichtete am Wahlabend auf Triumphgesten. „Der Kampf ist noch nicht vorbei“, sagte sie.",
     [("Der Kampf ist noch nicht vorbei", "DIRECT_QUOTE", "Le Pen")]),
    # a word in -te after an article, an adverb after a noun: no verb before a lone surname
    ("Le Pen möchte den Rückenwind unbedingt in die nächste Wahlrunde mitnehmen. Am Abend forderte sie ihre Anhänger "
     "auf, wählen zu gehen.",
     [("wählen zu gehen", "INDIRECT_QUOTE", "Le Pen")]),
    # a genitive name after a noun is no antecedent of "er"
    ("Nach der Niederlage Rishi Sunaks hatte Starmer betont, die Arbeit beginne jetzt. Später sagte er, das Land "
     "brauche Geduld.",
     [("die Arbeit beginne jetzt", "INDIRECT_QUOTE", "Starmer"), ("das Land brauche Geduld", "INDIRECT_QUOTE", "Starmer")]),
    # a possessed thing after adverbs is the object
    ("Bardella kritisierte dabei scharf Macrons Reformpolitik.",
     [("Bardella kritisierte dabei scharf Macrons Reformpolitik", "INDIRECT_QUOTE", "Bardella")]),
    # "Letztlich" opening the sentence is no speaker
    ("Letztlich thematisierte Rutte die Lücken der Verbündeten und bezeichnete die Lage als ernst.",
     [("Letztlich thematisierte Rutte die Lücken der Verbündeten und bezeichnete die Lage als ernst", "INDIRECT_QUOTE",
       "Rutte")]),
    # a comma between two adjectives stays inside the clause
    ("Die Kommissionschefin hat eine rasche, entschlossene Antwort angekündigt.",
     [("Die Kommissionschefin hat eine rasche, entschlossene Antwort angekündigt", "INDIRECT_QUOTE",
       "Kommissionschefin")]),
    # a fronted subordinate clause before the main clause's verb, its subject and "und" + cue
    ("Als die Ergebnisse bekannt wurden, trat Keir Starmer vor seine Anhänger und sagte, der Wandel beginne jetzt.",
     [("der Wandel beginne jetzt", "INDIRECT_QUOTE", "Starmer")]),
    ("Nachdem die Stimmen ausgezählt waren, ging die Kandidatin auf die Bühne und erklärte, sie sei stolz.",
     [("sie sei stolz", "INDIRECT_QUOTE", "Kandidatin")]),
    # two initials opening a name, after the cue or opening the sentence
    ("„Die Mittelschicht wurde vergessen“, sagte J.D. Vance am Abend in Ohio.",
     [("Die Mittelschicht wurde vergessen", "DIRECT_QUOTE", "J.D. Vance")]),
    ("J.D. Vance hat die Delegierten aufgefordert, geschlossen zu bleiben.",
     [("geschlossen zu bleiben", "INDIRECT_QUOTE", "J.D. Vance")]),
])
def test_de_round34_w2c(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "nach Bekanntgabe der …" is a time, no source
    ("Kurz nach Bekanntgabe der Hochrechnungen räumte Sunak seine Niederlage ein.",
     [("Kurz nach Bekanntgabe der Hochrechnungen räumte Sunak seine Niederlage ein", "INDIRECT_QUOTE", "Sunak")]),
])
def test_de_round34_w2c_no_source(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "speaker"), [
    # a title is no first name before a plural or abstract object
    ("Am Dienstag forderte die Ministerin Neuwahlen.", "Ministerin"),
    ("Am Freitag verlangte der Kanzler Verhandlungen.", "Kanzler"),
    ("In Brüssel forderte der Präsident Klarheit.", "Präsident"),
])
def test_de_round34_w2c_title_object(text, speaker):
    q = quotes(run(text, lang="de"))
    assert len(q) == 1 and q[0].attrs["speaker"] == speaker, [(x.text, x.attrs) for x in q]


def test_de_round34_w2c_quote_closing_paragraph():
    # a quotation closing its paragraph after a person's sentence: that person, not the next paragraph's speaker
    text = ("Auch Außenministerin Annalena Baerbock meldete sich zu Wort. „Wir gratulieren dem Wahlsieger.“\n"
            "Nato-Generalsekretär Mark Rutte schrieb auf X: „Seine Führung wird entscheidend sein.“")
    got = {q.text: q.attrs["speaker"] for q in quotes(run(text, lang="de"))}
    assert got.get("Wir gratulieren dem Wahlsieger.") == "Annalena Baerbock", got


def test_de_round34_w2c_guards():
    # limits: an object named after its verb before the colon is no lead subject; a body is no "er"; a title of the
    # other gender is no antecedent; a source phrase with a source noun stays one
    q = quotes(run("Der Trainer lobte Thomas Müller: „Er ist großartig“, sagte er.", lang="de"))
    assert [x.attrs["speaker"] for x in q] != ["Thomas Müller"]
    q = quotes(run("Die Bundesregierung reagierte gelassen: „Wir prüfen das“, sagte er.", lang="de"))
    assert [x.attrs["speaker"] for x in q] == [None]
    q = quotes(run("Vizepräsident Harris hat ihre Niederlage eingestanden. „Wir machen weiter“, sagte sie.", lang="de"))
    assert [x.attrs["speaker"] for x in q] == [None]
    q = quotes(run("Nach Angaben der Polizei wurde niemand verletzt.", lang="de"))
    assert [x.attrs["speaker"] for x in q] == ["Polizei"]
    q = quotes(run("Ministerin Svenja Schulze forderte Reformen.", lang="de"))
    assert [x.attrs["speaker"] for x in q] == ["Svenja Schulze"]
