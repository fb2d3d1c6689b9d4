"""Round 38, helper kon: German free indirect speech in agency reports on politics, courts and business (sentences
written for these tests, in the style of such reports; no page text, no evaluation data)."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 38, kon) a Konjunktiv I main clause after one sentence of the writer's that opens a new paragraph goes on with
# the report that closed the paragraph before (the reach of two sentences stopped at the paragraph break)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Anklage sei beim Landgericht eingereicht worden, sagte die Sprecherin der Staatsanwaltschaft.\n\n"
            "Den drei Männern wird schwerer Raub vorgeworfen. In einem Fall sei es beim Versuch geblieben.",
            [
                ("Die Anklage sei beim Landgericht eingereicht worden", IND, "Sprecherin der Staatsanwaltschaft"),
                ("In einem Fall sei es beim Versuch geblieben", IND, "Sprecherin der Staatsanwaltschaft"),
            ],
        ),
        (
            # the writer's sentence between is a passive: its subject is no source, the report before is
            "Die Ermittlungen dauerten an, sagte Oberstaatsanwalt Jens Kramer.\n\nDie Spuren wurden inzwischen an das "
            "Landeskriminalamt geschickt. Bringe der Abgleich keinen Treffer, habe man weitere Möglichkeiten.",
            [
                ("Die Ermittlungen dauerten an", IND, "Jens Kramer"),
                ("Bringe der Abgleich keinen Treffer, habe man weitere Möglichkeiten", IND, "Jens Kramer"),
            ],
        ),
        (
            "„Wir sind auf einem guten Weg“, sagte Bürgermeisterin Anke Roth.\n\nDas heißt, der Antrag liegt inzwischen "
            "beim Land. Sollte er abgelehnt werden, habe die Stadt einen zweiten Plan.",
            [
                ("Wir sind auf einem guten Weg", DIR, "Anke Roth"),
                ("Sollte er abgelehnt werden, habe die Stadt einen zweiten Plan", IND, "Anke Roth"),
            ],
        ),
    ],
)
def test_round38_kon_source_over_a_paragraph_gap(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ob-clause is no report
        (
            "Die Ermittlungen dauerten an, sagte Oberstaatsanwalt Jens Kramer.\n\nDer Prozess soll im Mai beginnen. Ob "
            "der Angeklagte aussagen werde, ist offen.",
            [("Die Ermittlungen dauerten an", IND, "Jens Kramer")],
        ),
        # a person named in the sentence between speaks
        (
            "Die Reform sei überfällig, sagte Finanzministerin Petra Lange.\n\nOppositionsführer Karl Brandt hält das "
            "für falsch. Die Reform sei ungerecht.",
            [("Die Reform sei überfällig", IND, "Petra Lange"), ("Die Reform sei ungerecht", IND, "Karl Brandt")],
        ),
        # the sentence between is the writer's hedge in the Konjunktiv II: no guess
        (
            "Die Reform sei überfällig, sagte Finanzministerin Petra Lange.\n\nDer Entwurf könnte schon im Mai "
            "beschlossen werden. Die Kosten werde der Bund tragen.",
            [("Die Reform sei überfällig", IND, "Petra Lange")],
        ),
        # the writer's sentence is a paragraph of its own: two breaks are too far
        (
            "Die Reform sei überfällig, sagte Finanzministerin Petra Lange.\n\nDer Entwurf liegt seit März vor.\n\nDie "
            "Kosten werde der Bund tragen.",
            [("Die Reform sei überfällig", IND, "Petra Lange")],
        ),
    ],
)
def test_round38_kon_paragraph_gap_guards(text, expected):
    assert_de_exact(text, expected)


# (round 38, kon) "sei es" is the fixed phrase ("sei es … oder …") only where "sei" opens its clause; after a fronted
# phrase it is the verb of a report ("In einem Fall sei es beim Versuch geblieben")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Anwohner sind verärgert. Am Wochenende sei es nachts kaum auszuhalten.",
            [("Am Wochenende sei es nachts kaum auszuhalten", IND, "Anwohner")],
        ),
        (
            "Nachts sei es kaum auszuhalten. „Wir schlafen seit Wochen schlecht“, sagte Anwohnerin Petra Kühn.",
            [
                ("Nachts sei es kaum auszuhalten", IND, "Petra Kühn"),
                ("Wir schlafen seit Wochen schlecht", DIR, "Petra Kühn"),
            ],
        ),
    ],
)
def test_round38_kon_sei_es_after_a_fronted_phrase(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Die Regeln gelten für alle, sei es für Bürger oder für Firmen.",
        "Sei es aus Angst oder aus Scham: Viele Opfer schweigen.",
        "Die Mieter sind verärgert. Es sei denn, der Vermieter lenkt noch ein, wollen sie klagen.",
    ],
)
def test_round38_kon_sei_es_guards(text):
    assert_de_exact(text, [])


# (round 38, kon) a cue closing a relative clause after a main clause in reported mood, right after a report, is part
# of the report going on ("…, die von allen verlangt worden seien"), no source of its own
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Einige Treffen hätten nie stattfinden dürfen, heißt es in dem Gutachten. So seien Regeln missachtet worden, "
            "die von allen Mitarbeitern verlangt worden seien.",
            [
                ("Einige Treffen hätten nie stattfinden dürfen", IND, "Gutachten"),
                ("So seien Regeln missachtet worden, die von allen Mitarbeitern verlangt worden seien", IND, "Gutachten"),
            ],
        ),
        (
            "Die Firma habe alle Auflagen erfüllt, sagte der Geschäftsführer. Man habe sich an die Grenzwerte gehalten, "
            "die von der Behörde gefordert worden seien.",
            [
                ("Die Firma habe alle Auflagen erfüllt", IND, "Geschäftsführer"),
                ("Man habe sich an die Grenzwerte gehalten, die von der Behörde gefordert worden seien", IND,
                 "Geschäftsführer"),
            ],
        ),
        (
            # a comma before "sondern" inside the relative clause
            "Die Schule habe rasch reagiert, erklärte die Schulleiterin. Man habe die Regeln umgesetzt, die nicht nur "
            "vom Land, sondern auch vom Bund empfohlen worden seien.",
            [
                ("Die Schule habe rasch reagiert", IND, "Schulleiterin"),
                ("Man habe die Regeln umgesetzt, die nicht nur vom Land, sondern auch vom Bund empfohlen worden seien",
                 IND, "Schulleiterin"),
            ],
        ),
        (
            # an indicative relative clause inside the report
            "Die Stadt habe die Pläne gestoppt, sagte der Sprecher. Die Feuerwehr habe den Brand gelöscht, den ein "
            "Nachbar gemeldet hatte.",
            [
                ("Die Stadt habe die Pläne gestoppt", IND, "Sprecher"),
                ("Die Feuerwehr habe den Brand gelöscht, den ein Nachbar gemeldet hatte", IND, "Sprecher"),
            ],
        ),
        (
            # the Konjunktiv II in a chain of reports
            "Mehrere Feiern hätten gegen die Regeln verstoßen, heißt es in dem Bericht. Die Verantwortlichen hätten "
            "Vorgaben missachtet, die von der gesamten Bevölkerung verlangt worden seien.",
            [
                ("Mehrere Feiern hätten gegen die Regeln verstoßen", IND, "Bericht"),
                ("Die Verantwortlichen hätten Vorgaben missachtet, die von der gesamten Bevölkerung verlangt worden "
                 "seien", IND, "Bericht"),
            ],
        ),
    ],
)
def test_round38_kon_cue_in_a_reported_relative_clause(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the main clause is the writer's: the relative clause's cue stays
        (
            "Die Lage sei ernst, sagte der Sprecher. Die Feuerwehr löschte den Brand, den ein Nachbar gemeldet hatte.",
            [("Die Lage sei ernst", IND, "Sprecher"), ("den ein Nachbar gemeldet hatte", IND, "Nachbar")],
        ),
        # a clause after the relative clause with a cue of its own: that cue reports it
        (
            "Die Stadt habe die Pläne gestoppt, sagte der Sprecher. Die Feuerwehr habe den Brand gelöscht, den ein "
            "Nachbar gemeldet habe, der aber forderte, dass die Stadt mehr tue.",
            [("Die Stadt habe die Pläne gestoppt", IND, "Sprecher"), ("die Stadt mehr tue", IND, "Nachbar")],
        ),
    ],
)
def test_round38_kon_relative_clause_guards(text, expected):
    assert_de_exact(text, expected)
