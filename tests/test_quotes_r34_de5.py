"""Round 34 (helper de5): German court and trial news (sentences written here; every table row fails on 50ed42e's
src/, the guards pass on both)."""
import pytest

from tests.test_quotes import assert_de_structures, linked, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # a cue closing a relative clause on the subject reports nothing of the main clause after its comma
    ("Die Stadt, die gegen den Bescheid vor dem Verwaltungsgericht geklagt hatte, sieht sich nun bestätigt.", []),
    ("Die Kommune, die gegen das Land geklagt hatte, sieht ihre Position gestärkt.", []),
    # a list of nouns after a speech act's preposition is no content clause after its comma
    ("Die Nachbarn berichteten von Geschrei, Rauch und einem lauten Knall.",
     [("Die Nachbarn berichteten von Geschrei, Rauch und einem lauten Knall", "INDIRECT_QUOTE", "Nachbarn")]),
    ("Die Zeugin berichtete von Drohungen, Beleidigungen und mehreren nächtlichen Anrufen.",
     [("Die Zeugin berichtete von Drohungen, Beleidigungen und mehreren nächtlichen Anrufen", "INDIRECT_QUOTE", "Zeugin")]),
    ("Die Häftlinge berichteten von ihrer Angst, ihrer Wut und ihrer Erschöpfung hinsichtlich der langen Verfahren.",
     [("Die Häftlinge berichteten von ihrer Angst, ihrer Wut und ihrer Erschöpfung hinsichtlich der langen Verfahren",
       "INDIRECT_QUOTE", "Häftlinge")]),
    # "klagen über" is a speech act (the lawsuit, "geklagt hatte", is none)
    ("Die Mieter klagten über Schimmel, Kälte und fehlende Reparaturen.",
     [("Die Mieter klagten über Schimmel, Kälte und fehlende Reparaturen", "INDIRECT_QUOTE", "Mieter")]),
    # "trat … entgegen" with a content clause reports it (the motion opposed in court)
    ("Die Oberstaatsanwältin trat dem Antrag entgegen, die Befragung sei längst abgeschlossen.",
     [("die Befragung sei längst abgeschlossen", "INDIRECT_QUOTE", "Oberstaatsanwältin")]),
    ("Der Verteidiger tritt dem entgegen, sein Mandant habe nie eine Waffe besessen.",
     [("sein Mandant habe nie eine Waffe besessen", "INDIRECT_QUOTE", "Verteidiger")]),
])
def test_de_round34_de5(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "span", "pronoun"), [
    # a subject-only pronoun after the auxiliary is the speaker, the phrase before it a fronted object
    ("Auch eine Sicherungsverwahrung habe er beantragt.", "Auch eine Sicherungsverwahrung habe er beantragt", "er"),
    ("Auch die Sicherungsverwahrung des Mannes habe er beantragt.",
     "Auch die Sicherungsverwahrung des Mannes habe er beantragt", "er"),
    ("Die Einstellung des Verfahrens hatte ich damals ausdrücklich verlangt.",
     "Die Einstellung des Verfahrens hatte ich damals ausdrücklich verlangt", "ich"),
])
def test_de_round34_de5_pronoun_after_auxiliary(text, span, pronoun):
    ann = run(text, lang="de")
    assert [q.text for q in quotes(ann)] == [span]
    assert linked(ann, quotes(ann)[0].id, "said_by").text == pronoun


@pytest.mark.parametrize(("text", "speaker"), [
    # a trial role before a name is a title, no part of the canonical name
    ("Ein Geständnis werde es nicht geben, kündigte die Angeklagte Kröger an.", "Kröger"),
    ("„Mein Mandant ist unschuldig“, sagte Verteidiger Albers.", "Albers"),
    ("Der Mitangeklagte Brandes räumte ein, er habe die Waffen versteckt.", "Brandes"),
    ("Die Beschuldigte Yilmaz bestritt, an dem Treffen teilgenommen zu haben.", "Yilmaz"),
    ("Der Hauptangeklagte Jonas Wendler wies die Vorwürfe zurück. Er sei nie an einem Umsturz beteiligt gewesen, "
     "sagte der Hauptangeklagte Wendler.", "Jonas Wendler"),
])
def test_de_round34_de5_trial_roles(text, speaker):
    ann = run(text, lang="de")
    names = {q.attrs["speaker"] for q in quotes(ann)}
    assert names == {speaker}, [(q.text, q.attrs["speaker"]) for q in quotes(ann)]


def test_de_round34_de5_pronoun_not_adjective_noun():
    # "er" is no lone capitalised noun after an adjective ("an finstere Mächte"): without a name it stays unresolved
    ann = run("Er glaubte an finstere Mächte. Er habe nie Gewalt gewollt, sagte er.", lang="de")
    q = next(q for q in quotes(ann) if q.text == "Er habe nie Gewalt gewollt")
    assert q.attrs["speaker"] is None, q.attrs


def test_de_round34_de5_pronoun_not_demonstrative():
    # "er" is no demonstrative opening a sentence ("Dies bestätigt er"): without a name it stays unresolved
    ann = run("Dies bestätigt er ohne Umschweife. Er habe keine weiteren Fragen, sagte er.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == [None, None], [(q.text, q.attrs) for q in quotes(ann)]


def test_de_round34_de5_colon_after_konjunktiv():
    # a clause in the Konjunktiv I before the colon is reported: the quotation after it goes on with the speaker before
    ann = run("„Das ist Unrecht“, rief der Angeklagte. Denn Richterin Hollmann sei für ihn gar nicht zuständig: "
              "„Ich erkenne dieses Gericht nicht an.“", lang="de")
    q = next(q for q in quotes(ann) if q.text == "Ich erkenne dieses Gericht nicht an.")
    assert q.attrs["speaker"] == "Angeklagte", q.attrs


# guards: what must not change
def test_de_round34_de5_guards():
    # a relative clause's own content after its comma stays the cue's
    assert [q.text for q in quotes(run("Die Regierung, die erklärt hatte, es bestehe keine Gefahr, geriet unter Druck.",
                                       lang="de"))] == ["es bestehe keine Gefahr"]
    # a content clause that opens with a list of nouns and has its verb stays content
    assert [q.text for q in quotes(run("Der Sprecher sagte am Montag, Polizei und Feuerwehr seien im Einsatz.",
                                       lang="de"))] == ["Polizei und Feuerwehr seien im Einsatz"]
    assert [q.text for q in quotes(run("Der Minister sagte in Berlin, Bund und Länder zahlen Milliarden.", lang="de"))] \
        == ["Bund und Länder zahlen Milliarden"]
    # "trat" without "entgegen" is no cue ("trat zurück", "trat … an")
    assert quotes(run("Der Minister trat am Montag zurück.", lang="de")) == []
    assert quotes(run("Polizisten traten den Randalierern am Bahnhof entgegen.", lang="de")) == []
    # a person before the colon in the indicative speaks: "Richterin Hollmann blieb gelassen: „…“"
    ann = run("„Das ist Unrecht“, rief der Angeklagte. Richterin Gisela Hollmann blieb gelassen: „Dann ist das so.“",
              lang="de")
    assert next(q for q in quotes(ann) if q.text == "Dann ist das so.").attrs["speaker"] == "Gisela Hollmann"
    # the lawsuit is no speech act
    assert quotes(run("Die Union hatte gegen den Haushalt in Karlsruhe geklagt.", lang="de")) == []
    # a surname after a verb stays a lone surname for "er": "Gestern reiste Peskow nach Minsk. Er sagte, …"
    ann = run("Gestern reiste Peskow nach Minsk. Er sagte, die Gespräche seien gut verlaufen.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Peskow"]
