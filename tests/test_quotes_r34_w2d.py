"""Round 34 (w2d): German health and science news. Sentences written for these tests (hospital reform, cannabis law,
patient records, care insurance, institutes and studies themes); every table row fails against 5e23388."""
import pytest

from tests.test_quotes import assert_de_structures, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # a body's name with a genitive plural without an article (and its short name) in the speaker's apposition
    ("Maria Lenz, Vorsitzende des Verbands privater Pflegedienste (VPP), kritisierte, die Regierung lasse die Heime allein.",
     [("die Regierung lasse die Heime allein", "INDIRECT_QUOTE", "Maria Lenz")]),
    ("Jonas Weber, Präsident des Bundesverbands forschender Arzneimittelhersteller in Deutschland, sagte, die Preise "
     "seien zu niedrig.",
     [("die Preise seien zu niedrig", "INDIRECT_QUOTE", "Jonas Weber")]),
    # an addressee between commas after the speaker's apposition is no part of the content
    ("Vor der Anhörung sagte Jana Krüger, Sprecherin des Patientenverbands, der Rheinischen Post, man sei enttäuscht.",
     [("man sei enttäuscht", "INDIRECT_QUOTE", "Jana Krüger")]),
    ("Am Montag erklärte Ole Brandt, Geschäftsführer der Landesapothekerkammer, dem Tagesspiegel, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Ole Brandt")]),
    # a trailing addressee with its genitive and the paper's issue in brackets: the report is kept
    ("Die Kassen müssten ihre Rücklagen auflösen, sagte Lena Vogt den Zeitungen der Funke-Mediengruppe (Sonntagausgaben).",
     [("Die Kassen müssten ihre Rücklagen auflösen", "INDIRECT_QUOTE", "Lena Vogt")]),
    ("Die Reform komme zu spät, sagte Paul Arndt der Zeitung des Sozialverbands (Samstagausgabe).",
     [("Die Reform komme zu spät", "INDIRECT_QUOTE", "Paul Arndt")]),
    # a party between commas after the name is no name in apposition
    ("Die Landesministerin Petra Sommer, SPD, sagte, die Kliniken bräuchten mehr Geld.",
     [("die Kliniken bräuchten mehr Geld", "INDIRECT_QUOTE", "Petra Sommer")]),
    ("Der bayerische Gesundheitsminister Holm, CSU, erklärte, die Frist sei zu kurz.",
     [("die Frist sei zu kurz", "INDIRECT_QUOTE", "Holm")]),
    # a fronted phrase with a numeral before a singular verb is the object: the phrase after the verb speaks
    ("Drei Schwachstellen nennt die Gutachterin: Die Daten der Akte seien nicht verschlüsselt.",
     [("Die Daten der Akte seien nicht verschlüsselt", "INDIRECT_QUOTE", "Gutachterin")]),
    # "so ein" + a noun + a finite verb opens a clause (such a …), no attribution "so X"
    ("Die Ministerin versicherte am Dienstag, so ein Datenleck sei künftig ausgeschlossen.",
     [("so ein Datenleck sei künftig ausgeschlossen", "INDIRECT_QUOTE", "Ministerin")]),
    # a wo-clause on the speaker of a trailing attribution is no content
    ("Der Befund sei eindeutig, teilte das Universitätsklinikum mit, wo die Studie geleitet wurde.",
     [("Der Befund sei eindeutig", "INDIRECT_QUOTE", "Universitätsklinikum")]),
    # two roles of one person joined by "und" before the name open the sentence: the person speaks
    ("Die Virologin und Stiko-Vorsitzende Anna Keller warnte vor einer Überlastung der Kinderkliniken.",
     [("Die Virologin und Stiko-Vorsitzende Anna Keller warnte vor einer Überlastung der Kinderkliniken",
       "INDIRECT_QUOTE", "Anna Keller")]),
])
def test_de_round34_w2d(text, expected):
    assert_de_structures(text, expected)


@pytest.mark.parametrize(("text", "span", "speaker"), [
    # a plural noun after a bare surname, and a person's genitive with its noun after a title, are the verb's object
    ("Im Ausschuss stellte Hofreiter Nachbesserungen in Aussicht, schränkte aber ein, die Frist bleibe bestehen.",
     "die Frist bleibe bestehen", "Hofreiter"),
    ("Die Gebühren seien zu hoch, laut DAK Erhebungen aus dem Vorjahr.", None, None),
    ("„Das ist reine Symbolpolitik“, kritisierte der Kassenchef Warkens Vorschlag, eine Gebühr einzuführen.",
     "Das ist reine Symbolpolitik", "Kassenchef"),
    # the person the sentence before names as its subject, not the one in its prepositional phrase, is "er"
    ("Der Vorsitzende des Ärzteverbands, Tobias Brandt, ging mit dem Entwurf von Minister Jens Albrecht hart ins "
     "Gericht. Das Gesetz verfehle sein Ziel, sagte er am Mittwoch.", "Das Gesetz verfehle sein Ziel", "Tobias Brandt"),
    # a thing fronted before a naming verb with a subject pronoun: the pronoun speaks, not the thing
    ("Die Verschiebung der Abstimmung wertete sie als „Etappensieg“.", "Etappensieg", None),
])
def test_de_round34_w2d_speaker(text, span, speaker):
    ann = run(text, lang="de")
    if span is None:  # "laut DAK Erhebungen": the speaker is the DAK, no more
        assert all(q.attrs["speaker"] == "DAK" for q in quotes(ann)) and quotes(ann), [q.attrs for q in quotes(ann)]
        return
    q = next(q for q in quotes(ann) if q.text == span)
    assert q.attrs["speaker"] == speaker, q.attrs


def test_de_round34_w2d_guards():
    # a plural verb after a numeral subject keeps it; an adjective before a plural noun opens a body's name
    assert [(q.text, q.attrs["speaker"]) for q in quotes(run("Zwei Experten sagten, die Lage sei ernst.", lang="de"))] \
        == [("die Lage sei ernst", "Zwei Experten")]
    ann = run("Die Vereinten Nationen warnten, die Lage sei ernst.", lang="de")
    assert [(q.text, q.attrs["speaker"]) for q in quotes(ann)] == [("die Lage sei ernst", "Vereinten Nationen")]
    # "so ein Sprecher" closing a sentence still reports
    assert [(q.text, q.attrs["speaker"]) for q in quotes(run("Die Lage sei ernst, so ein Sprecher.", lang="de"))] \
        == [("Die Lage sei ernst", "Sprecher")]
    # a person fronted before a naming verb: the pronoun is the object
    ann = run("Die Ministerin bezeichnete sie als „Lügnerin“.", lang="de")
    assert [(q.text, q.attrs["speaker"]) for q in quotes(ann)] == [("Lügnerin", "Ministerin")]
    # a full name right after a preposition stays the referent when the sentence names no other person
    ann = run("Die Kritik an Minister Jens Albrecht wächst. Er wolle an der Reform festhalten, sagte er.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Jens Albrecht"]
