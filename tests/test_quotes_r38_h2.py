"""Round 37, helper h2: German science, health and environment news (studies, researchers, institutes).

Sentences written for these tests in the style of the pages read (no page text, no evaluation data). Each table row
fails against the round-36 annotator (`d4f0f04`); the guards say what the new rules must leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, h2) a light noun fronted with a demonstrative refers back to the sentence before: the clause is the
# reported act ("Zu diesem Ergebnis kommt eine Studie …", "Diese Ansicht vertritt …"); a relative clause or a participle
# after the source is no content
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Meeresspiegel an der Nordsee steigt schneller als erwartet. Zu diesem Ergebnis kommt eine Studie der "
            "Universität Kiel.",
            [
                (
                    "Zu diesem Ergebnis kommt eine Studie der Universität Kiel",
                    IND,
                    "Studie der Universität Kiel",
                )
            ],
        ),
        (
            "Ältere Menschen leiden besonders unter Hitzewellen. Zu einem ähnlichen Schluss gelangten Forscher der "
            "Universität Bonn.",
            [
                (
                    "Zu einem ähnlichen Schluss gelangten Forscher der Universität Bonn",
                    IND,
                    "Forscher der Universität Bonn",
                )
            ],
        ),
        (
            "Feinstaub aus Holzöfen wird unterschätzt. Diese Ansicht vertritt auch die Umweltmedizinerin Petra Lang vom "
            "Klinikum Essen.",
            [
                (
                    "Diese Ansicht vertritt auch die Umweltmedizinerin Petra Lang vom Klinikum Essen",
                    IND,
                    "Petra Lang",
                )
            ],
        ),
        (
            "Schlafmangel erhöht das Risiko für Herzleiden. Zu diesem Ergebnis kam eine Untersuchung, für die 5000 "
            "Erwachsene befragt wurden.",
            [
                (
                    "Zu diesem Ergebnis kam eine Untersuchung, für die 5000 Erwachsene befragt wurden",
                    IND,
                    "Untersuchung",
                )
            ],
        ),
        # (round 37, h2) "gelangen zu dem Schluss / Ergebnis, dass …" as "kommen"
        (
            "Die Wissenschaftler gelangten zu dem Schluss, dass der Rückgang der Bienen vor allem auf Pestizide zurückgeht.",
            [("der Rückgang der Bienen vor allem auf Pestizide zurückgeht", IND, "Wissenschaftler")],
        ),
    ],
)
def test_round38_h2_de_backref_acts(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, h2) "so dass" is a conjunction, no "so X" source: the trailing cue after it reports
        (
            "Viele Keime werden gegen gängige Mittel unempfindlich, so dass einfache Infektionen wieder gefährlich werden "
            "könnten, warnt ein Forscherteam aus Heidelberg.",
            [
                (
                    "Viele Keime werden gegen gängige Mittel unempfindlich, so dass einfache Infektionen wieder gefährlich werden "
                    "könnten",
                    IND,
                    "Forscherteam",
                )
            ],
        ),
        # (round 37, h2) a journal's name in quotation marks after "Fachzeitschrift" / "Fachjournal" is a name, no quote
        (
            "Die Zahl der Wildbienen sei stark gesunken, heißt es in einer Studie in der Fachzeitschrift „Proceedings of the "
            "National Academy of Sciences“.",
            [("Die Zahl der Wildbienen sei stark gesunken", IND, "Studie")],
        ),
        (
            "Die Wälder speicherten weniger Kohlenstoff als angenommen, schreiben die Autoren im Fachjournal „Proceedings of "
            "the National Academy of Sciences“.",
            [("Die Wälder speicherten weniger Kohlenstoff als angenommen", IND, "Autoren")],
        ),
        # (round 37, h2) "Das" is the object: a relative clause after the source is the source's, no content
        (
            "Die Artenvielfalt in Flüssen nimmt wieder zu. Das legt eine Analyse nahe, für die Proben aus 300 Gewässern "
            "untersucht wurden.",
            [("Das", IND, "Analyse")],
        ),
        # (round 37, h2) a plural verb after "Das" is finite (an attribute after "das" ends in -e)
        (
            "Bienen erkennen Gesichter. Das berichten Forscher der Universität Würzburg im Fachblatt „Current Biology“.",
            [("Das", IND, "Forscher der Universität Würzburg")],
        ),
        # (round 37, h2) a bare head noun before a genitive without article is no source: "nach Auswertung mehrerer Studien"
        ("Das Landesamt kommt nach Auswertung mehrerer Studien zu einer neuen Bewertung der Lage.", []),
        # (round 37, h2) a study's place of origin belongs to the source after "laut"
        (
            "Laut einer Studie aus Finnland schlafen Jugendliche immer weniger.",
            [("schlafen Jugendliche immer weniger", IND, "Studie aus Finnland")],
        ),
        # (round 37, h2) "ist X überzeugt" trailing a quotation
        (
            "„Die Belastung wird weiter steigen“, ist der Lungenarzt überzeugt.",
            [("Die Belastung wird weiter steigen", DIR, "Lungenarzt")],
        ),
        (
            "Ministerin Eva Kranz stellte die Studie am Montag vor. „Der Impfstoff wirkt auch bei Älteren“, ist der "
            "Studienleiter Jan Roth überzeugt.",
            [("Der Impfstoff wirkt auch bei Älteren", DIR, "Jan Roth")],
        ),
    ],
)
def test_round38_h2_de_science_news(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, h2, guards) no act without a demonstrative back-reference, nor with a copula or a negative result
        "Das Labor kam bei den Tests zu keinem Ergebnis.",
        "Diese Ansicht ist unter Fachleuten weit verbreitet.",
        # an attributive participle after "Das" stays one
        "Das erklärte Ziel der Forscher ist ein Impfstoff gegen Malaria.",
        "Das angekündigte Treffen der Fachleute fiel aus.",
    ],
)
def test_round38_h2_de_guards_nothing(text):
    assert quotes(run(text, lang="de")) == []


def test_round38_h2_de_guards_kept():
    # (round 37, h2, guards) "so X" still a source; a content after "Das" and a cue that is a main clause stays
    assert_de_exact("Die Gefahr sei gering, so die Forscher.", [("Die Gefahr sei gering", IND, "Forscher")])
    assert_de_exact(
        "Die Forscher kommen zu dem Schluss, dass der Trend anhält.", [("der Trend anhält", IND, "Forscher")]
    )
    assert_de_exact(
        "Laut der Polizei in Wendlingen hat der Schütze geschossen.",
        [("hat der Schütze geschossen", IND, "Polizei in Wendlingen")],
    )
    assert_de_exact(
        "Die Lage sei ernst, ist der Forscher überzeugt.", [("Die Lage sei ernst", IND, "Forscher")]
    )
