"""Round 34 (de2): German relative clauses around a cue, fronted objects before a coordinated cue, sentence openers
taken for speakers. Sentences written for these tests (federal politics themes)."""
import pytest

from tests.test_quotes import assert_de_structures, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause on the object after a clause-final cue is no content: the act is the sentence
    ("Mehrere Länder hatten ihre Ablehnung im Bundesrat angekündigt, der erst im Mai entscheidet.",
     [("Mehrere Länder hatten ihre Ablehnung im Bundesrat angekündigt, der erst im Mai entscheidet",
       "INDIRECT_QUOTE", "Länder")]),
    ("Die Präsidentin hatte die Abstimmung angekündigt, die am Donnerstag stattfindet.",
     [("Die Präsidentin hatte die Abstimmung angekündigt, die am Donnerstag stattfindet", "INDIRECT_QUOTE",
       "Präsidentin")]),
    ("Die Gewerkschaft hat neue Streiks angekündigt, die vor allem den Bahnverkehr treffen.",
     [("Die Gewerkschaft hat neue Streiks angekündigt, die vor allem den Bahnverkehr treffen", "INDIRECT_QUOTE",
       "Gewerkschaft")]),
    # a cue closing a relative clause: the main clause after it is no content; the relative pronoun speaks
    ("Die Liberalen, die zuvor ihre Zustimmung signalisiert hatten, stimmten am Ende dagegen.",
     [("die zuvor ihre Zustimmung signalisiert hatten", "INDIRECT_QUOTE", "Liberalen")]),
    ("Die Linksfraktion, die ihre Unterstützung angekündigt hatte, will nun neu verhandeln.",
     [("die ihre Unterstützung angekündigt hatte", "INDIRECT_QUOTE", "Linksfraktion")]),
    ("Der Landesverband, der bereits seinen Protest angekündigt hatte, sammelt nun Unterschriften.",
     [("der bereits seinen Protest angekündigt hatte", "INDIRECT_QUOTE", "Landesverband")]),
    # a fronted object that names nobody who speaks, then the verb and a person named before: the person speaks
    ("Kanzler Friedrich Kramer trat vor die Presse. Die Vorwürfe der Opposition wies Kramer entschieden zurück.",
     [("Die Vorwürfe der Opposition wies Kramer entschieden zurück", "INDIRECT_QUOTE", "Kramer")]),
    # a cue coordinated with "und" after a fronted object: the subject after the first verb speaks
    ("Die Vorschläge des Ministers lehnte die Opposition als unseriös ab und warnte vor einem Haushaltsloch.",
     [("Die Vorschläge des Ministers lehnte die Opposition als unseriös ab und warnte vor einem Haushaltsloch",
       "INDIRECT_QUOTE", "Opposition")]),
    # a relative clause on the medium after a trailing attribution is no second part of the report
    ("Man hätte den Entwurf gründlicher prüfen sollen, schrieb die Ministerin in einer E-Mail an Kollegen, "
     "die der Deutschen Presse-Agentur vorliegt.",
     [("Man hätte den Entwurf gründlicher prüfen sollen", "INDIRECT_QUOTE", "Ministerin")]),
    ("Der Etat hätte früher beschlossen werden müssen, schrieb der Abgeordnete in einem Brief an die Fraktion, "
     "der der Deutschen Presse-Agentur vorliegt.",
     [("Der Etat hätte früher beschlossen werden müssen", "INDIRECT_QUOTE", "Abgeordnete")]),
    # a naming verb with a pronoun object and "als" after a comma: the pronoun is the object, not the speaker
    ("Der Kanzler las den Bericht, bezeichnete ihn als „ungenügend“ und forderte Nachbesserungen.",
     [("ungenügend", "DIRECT_QUOTE", "Kanzler"), ("forderte Nachbesserungen", "INDIRECT_QUOTE", "Kanzler")]),
    ("Krause warf dem Kanzler Unverschämtheit vor und kritisierte dessen Europapolitik scharf, bezeichnete sie als "
     "„Totalausfall“.",
     [("Totalausfall", "DIRECT_QUOTE", "Krause")]),
    # "Gerade" opening the sentence is an adverb, no speaker
    ("Gerade erst hat die Ministerin versichert, dass es keine neuen Schulden geben werde.",
     [("es keine neuen Schulden geben werde", "INDIRECT_QUOTE", "Ministerin")]),
    ("Gerade hat der Fraktionschef erklärt, die Abstimmung werde verschoben.",
     [("die Abstimmung werde verschoben", "INDIRECT_QUOTE", "Fraktionschef")]),
])
def test_de_round34_de2(text, expected):
    assert_de_structures(text, expected)


def test_de_round34_de2_conjunction_is_no_speaker():
    # a conjunction opening the sentence before a colon and a quotation is no speaker ("Doch")
    ann = run("Doch er will von dem Schreiben nichts gewusst haben: „Ein solches Schreiben gab es nie.“", lang="de")
    qs = quotes(ann)
    assert [q.text for q in qs] == ["Ein solches Schreiben gab es nie."]
    assert qs[0].attrs["speaker"] != "Doch"


@pytest.mark.parametrize(("text", "expected"), [
    # guards: contents after a cue stay contents; a relative clause before the content stays out of it
    ("Der Minister sagte, die am Montag beschlossene Reform sei richtig.",
     ["die am Montag beschlossene Reform sei richtig"]),
    ("Die Kanzlerin hatte angekündigt, die Steuern zu senken.", ["die Steuern zu senken"]),
    ("Die Regierung, die erklärt hatte, es bestehe keine Gefahr, geriet unter Druck.", ["es bestehe keine Gefahr"]),
    ("Die Partei hatte ihre Haltung bekräftigt, sie werde keiner Erhöhung zustimmen.",
     ["sie werde keiner Erhöhung zustimmen"]),
    # a relative clause of the report in the Konjunktiv I after the attribution stays a part of it
    ("Polen sei ein Partner, sagte die Ministerin, dessen Rolle stetig wachse.",
     ["Polen sei ein Partner", "dessen Rolle stetig wachse"]),
])
def test_de_round34_de2_guards(text, expected):
    assert [q.text for q in quotes(run(text, lang="de"))] == expected


def test_de_round34_de2_title_before_object_name():
    # guard: a speaking title opening the sentence stays the speaker
    ann = run("Olaf Brenner kam nach Paris. Die Kanzlerin lobte Brenner für seinen Einsatz.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Kanzlerin"]
