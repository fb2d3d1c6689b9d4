"""Round 37, helper w4: German emergency, weather and disaster news (fire brigades, police, the weather service's
warnings, authorities, floods, accidents, eyewitnesses, mayors of the towns hit). Sentences written for these tests in
the style of the pages read (no page text, no evaluation data; names invented). Every table row fails against the
round-36 annotator (`rules:quotes@33` as frozen at f13c553); the guards say what the new rules must leave alone."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, w4) an adverb of precaution or of a first account before the finite cue or its auxiliary is no subject:
# the phrase after the verb speaks (the speaker was "Vorsorglich", "Sicherheitshalber", "Anfangs")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vorsorglich warnte die Polizei vor Glätte auf der Bundesstraße.",
            [("Vorsorglich warnte die Polizei vor Glätte auf der Bundesstraße", IND, "Polizei")],
        ),
        (
            "Sicherheitshalber rät die Feuerwehr, die Kellerräume nicht zu betreten.",
            [("die Kellerräume nicht zu betreten", IND, "Feuerwehr")],
        ),
        (
            "Vorsorglich hat die Gemeinde die Anwohner aufgefordert, ihre Autos aus der Tiefgarage zu fahren.",
            [("ihre Autos aus der Tiefgarage zu fahren", IND, "Gemeinde")],
        ),
        (
            "Vorsichtshalber warnte das Landratsamt vor dem Betreten der Wälder.",
            [("Vorsichtshalber warnte das Landratsamt vor dem Betreten der Wälder", IND, "Landratsamt")],
        ),
        (
            "Anfangs hatten die Rettungskräfte von zwölf Verletzten berichtet.",
            [("Anfangs hatten die Rettungskräfte von zwölf Verletzten berichtet", IND, "Rettungskräfte")],
        ),
    ],
)
def test_round37_w4_fronted_precaution_adverbs(text, expected):
    assert_de_exact(text, expected)


# (round 37, w4) a warning or a recommendation issued ("herausgegeben", "ausgegeben", "gab … heraus"), also as the end
# of a compound ("Unwetterwarnung", "Hitzewarnungen", "Reiseempfehlung"), is a reported act of its issuer; a fronted
# light noun is the object, the phrase after the verb speaks
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Wetterdienst hat für den Landkreis Rottal eine Unwetterwarnung herausgegeben.",
            [
                (
                    "Der Wetterdienst hat für den Landkreis Rottal eine Unwetterwarnung herausgegeben",
                    IND,
                    "Wetterdienst",
                )
            ],
        ),
        (
            "Die Behörden haben am Abend eine Warnung über die Warn-App herausgegeben.",
            [("Die Behörden haben am Abend eine Warnung über die Warn-App herausgegeben", IND, "Behörden")],
        ),
        (
            "Der DWD gab am Morgen eine Sturmwarnung für die Küste heraus.",
            [("Der DWD gab am Morgen eine Sturmwarnung für die Küste heraus", IND, "DWD")],
        ),
        (
            "Das Landesamt hat für mehrere Städte Hitzewarnungen ausgegeben.",
            [("Das Landesamt hat für mehrere Städte Hitzewarnungen ausgegeben", IND, "Landesamt")],
        ),
        (
            "Eine Umleitungsempfehlung gab die Autobahnpolizei.",
            [("Eine Umleitungsempfehlung gab die Autobahnpolizei", IND, "Autobahnpolizei")],
        ),
    ],
)
def test_round37_w4_warnings_issued(text, expected):
    assert_de_exact(text, expected)


# (round 37, w4) "es gibt" with a light noun is existential, no one's act (had the speakers "Kreis", "Insel" and none)
@pytest.mark.parametrize(
    "text",
    [
        "Für den Kreis Ahrweiler gab es eine Warnung vor Starkregen.",
        "Für die Insel gibt es eine Empfehlung, den Strand zu meiden.",
        "Am Abend gab es für die Stadt eine Warnung vor Hochwasser.",
    ],
)
def test_round37_w4_existential_es_gibt(text):
    assert quotes(run(text, lang="de")) == []


def test_round37_w4_warnings_guards():
    # (round 37, w4) a warning that is in force, and things handed out, are no act; an act with a content stays
    for text in (
        "Für den Landkreis gilt eine Unwetterwarnung.",
        "Es gibt eine Unwetterwarnung für den Kreis.",
        "Die Stadt hat Sandsäcke an die Anwohner ausgegeben.",
    ):
        assert quotes(run(text, lang="de")) == [], text
    assert_de_exact(
        "Die Stadt hat eine Warnung vor Rauchgasen ausgesprochen.",
        [("Die Stadt hat eine Warnung vor Rauchgasen ausgesprochen", IND, "Stadt")],
    )
    assert_de_exact(  # (a source's "gibt es" keeps its report)
        "Laut Auskunft der Leitstelle gibt es bislang keine Verletzten.",
        [("gibt es bislang keine Verletzten", IND, "Leitstelle")],
    )


# (round 37, w4) "haben" is the auxiliary of a participle closing its clause, no light verb of hope or fear: nothing is
# reported (was a report "den Menschen noch lebend zu finden")
@pytest.mark.parametrize(
    "text",
    [
        "Die Taucher hatten die Hoffnung nicht aufgegeben, den Jungen noch lebend zu finden.",
        "Am Abend haben die Retter die Hoffnung aufgegeben, noch Überlebende zu bergen.",
    ],
)
def test_round37_w4_hope_given_up(text):
    assert quotes(run(text, lang="de")) == []


def test_round37_w4_hope_guards():
    # (round 37, w4) "haben" with its noun of hope or fear and a content stays a cue
    assert_de_exact(
        "Die Helfer haben die Hoffnung, dass noch Menschen in den Trümmern leben.",
        [("noch Menschen in den Trümmern leben", IND, "Helfer")],
    )
    assert_de_exact(
        "Die Anwohner hatten große Angst, dass der Deich bricht.",
        [("der Deich bricht", IND, "Anwohner")],
    )


# (round 37, w4) a fronted phrase of a part of the day or a compass direction names no source of a passive report (the
# speakers were "Morgenstunden", "Süden")
@pytest.mark.parametrize(
    "text",
    [
        "In den frühen Morgenstunden wurden erste Gewitter über der Ostsee gemeldet, die Hagel mit sich brachten.",
        "Aus dem Süden wurden am Nachmittag erste Überschwemmungen gemeldet.",
    ],
)
def test_round37_w4_time_and_direction_no_source(text):
    assert quotes(run(text, lang="de")) == []


# (round 37, w4) a quotation that is its own sentence before "Das teilten X mit." / "Dies sagte X …" is X's, not the
# source of the sentence before ("ersten Ermittlungen")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach ersten Ermittlungen war eine defekte Gasleitung die Ursache. „Das Gas hat sich im Keller gesammelt.“ "
            "Das teilten die Ermittler am Abend mit.",
            [
                ("war eine defekte Gasleitung die Ursache", IND, "ersten Ermittlungen"),
                ("Das Gas hat sich im Keller gesammelt.", DIR, "Ermittler"),
                ("Das", IND, "Ermittler"),
            ],
        ),
        (
            "„Der Pegel steigt“, sagte der Bürgermeister. „Wir haben genug Sandsäcke.“ Das betonte auch der Landrat.",
            [
                ("Der Pegel steigt", DIR, "Bürgermeister"),
                ("Wir haben genug Sandsäcke.", DIR, "Landrat"),
                ("Das", IND, "Landrat"),
            ],
        ),
    ],
)
def test_round37_w4_quotation_before_das_cue(text, expected):
    assert_de_exact(text, expected)


def test_round37_w4_quotation_before_das_guards():
    # (round 37, w4) a sentence opened by "Das" and a noun is no attribution: the speaker before goes on
    assert_de_exact(
        "„Der Pegel steigt“, sagte der Bürgermeister. „Wir haben genug Sandsäcke.“ Das Wasser kam am Abend.",
        [("Der Pegel steigt", DIR, "Bürgermeister"), ("Wir haben genug Sandsäcke.", DIR, "Bürgermeister")],
    )


# (round 37, w4) a singular "sie" after a sentence opened by a body and its verb is that body (was nobody, or a place
# named before)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Polizei sperrte die Kreuzung. Sie teilte mit, der Fahrer sei schwer verletzt.",
            [("der Fahrer sei schwer verletzt", IND, "Polizei")],
        ),
        (
            "Im Bremer Ortsteil Borgfeld brannte eine Scheune. Die Feuerwehr war mit 60 Kräften im Einsatz. Sie rief die "
            "Anwohner auf, die Fenster zu schließen.",
            [("die Fenster zu schließen", IND, "Feuerwehr")],
        ),
    ],
)
def test_round37_w4_sie_after_a_body(text, expected):
    assert_de_exact(text, expected)


def test_round37_w4_sie_after_a_body_guards():
    # (round 37, w4) a woman named before stays the antecedent
    assert_de_exact(
        "Die Sprecherin Anna Berg kam am Abend. Sie sagte, die Lage sei ernst.",
        [("die Lage sei ernst", IND, "Anna Berg")],
    )


# (round 37, w4) the water, the wave or the struggle opening a writer's sentence between quotations is no speaker: the
# quotation after it goes on with the person quoted before (was "Flutwelle", "Wassermassen")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir hatten keine Warnung“, erzählte Bürgermeister Jens Ortmann. Dann kam die Flutwelle. „Jetzt ist hier "
            "alles voller Schlamm.“",
            [
                ("Wir hatten keine Warnung", DIR, "Jens Ortmann"),
                ("Jetzt ist hier alles voller Schlamm.", DIR, "Jens Ortmann"),
            ],
        ),
        (
            "„Wir haben die ganze Nacht gepumpt“, sagt Anwohnerin Petra Lind. Die Wassermassen stiegen trotzdem. „Der "
            "Keller ist verloren.“",
            [
                ("Wir haben die ganze Nacht gepumpt", DIR, "Petra Lind"),
                ("Der Keller ist verloren.", DIR, "Petra Lind"),
            ],
        ),
    ],
)
def test_round37_w4_disaster_nouns_are_no_speakers(text, expected):
    assert_de_exact(text, expected)


# (round 37, w4) witnesses describing, and words found, are reported acts ("beschreiben … als", "fand lobende Worte")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nachbarn beschreiben den Mieter als ruhig und zurückhaltend.",
            [("Nachbarn beschreiben den Mieter als ruhig und zurückhaltend", IND, "Nachbarn")],
        ),
        (
            "Augenzeugen beschreiben die Lage am Bahnhof als chaotisch.",
            [("Augenzeugen beschreiben die Lage am Bahnhof als chaotisch", IND, "Augenzeugen")],
        ),
        (
            "Bürgermeister Uwe Rehm fand lobende Worte für die Helfer.",
            [("Bürgermeister Uwe Rehm fand lobende Worte für die Helfer", IND, "Uwe Rehm")],
        ),
        (
            "Der Landrat fand am Abend deutliche Worte.",
            [("Der Landrat fand am Abend deutliche Worte", IND, "Landrat")],
        ),
    ],
)
def test_round37_w4_describing_and_words(text, expected):
    assert_de_exact(text, expected)


def test_round37_w4_describing_guards():
    # (round 37, w4) an infinitive after a modal, a negated "finding no words" and existential words report nothing
    for text in (
        "Die Zeugen konnten den Täter nicht beschreiben.",
        "Die Lage ist kaum zu beschreiben.",
        "Er fand keine Worte.",
        "Für das Leid der Opfer gibt es keine Worte.",
    ):
        assert quotes(run(text, lang="de")) == [], text


# (round 37, w4) a participle of a cue without "ge" after a passive auxiliary: the dative fronted is no speaker
@pytest.mark.parametrize(
    "text",
    [
        "Den Bürgern wurde empfohlen, viel Wasser zu trinken.",
        "Den Urlaubern wurde empfohlen, die Strände zu meiden.",
    ],
)
def test_round37_w4_dative_of_a_passive(text):
    assert quotes(run(text, lang="de")) == []


def test_round37_w4_dative_of_a_passive_guards():
    # (round 37, w4) the agent of the passive speaks
    assert_de_exact(
        "Den Bürgern wurde vom Gesundheitsamt empfohlen, viel Wasser zu trinken.",
        [("viel Wasser zu trinken", IND, "Gesundheitsamt")],
    )


# (round 37, w4) an impersonal "hieß es" without a source before or after a quotation takes the source of the sentence
# before in its paragraph, as it did for a report in the Konjunktiv (was nobody)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Reiseveranstalter teilte mit, die Gruppe sei wohlauf. Weiter hieß es: „Unsere Gedanken sind bei den "
            "Familien.“",
            [
                ("die Gruppe sei wohlauf", IND, "Reiseveranstalter"),
                ("Unsere Gedanken sind bei den Familien.", DIR, "Reiseveranstalter"),
            ],
        ),
        (
            "Die Bahn teilte mit, der Verkehr rolle wieder. „Wir bitten um Verständnis“, hieß es weiter.",
            [
                ("der Verkehr rolle wieder", IND, "Bahn"),
                ("Wir bitten um Verständnis", DIR, "Bahn"),
            ],
        ),
    ],
)
def test_round37_w4_impersonal_quotation_continues(text, expected):
    assert_de_exact(text, expected)


def test_round37_w4_impersonal_quotation_guards():
    # (round 37, w4) a source of its own, and a new paragraph, keep theirs
    assert_de_exact(
        "„Der Pegel steigt“, sagte der Bürgermeister.\n\nIn der Stadt hieß es: „Wir haben Angst.“",
        [("Der Pegel steigt", DIR, "Bürgermeister"), ("Wir haben Angst.", DIR, "Stadt")],
    )
