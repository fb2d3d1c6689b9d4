"""Round 37, helper h1: German court, police and prosecutor reports (sentences written for these tests, in the style of
court and police news; no page text, no evaluation data)."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, h1) "soll(en)" announcing a plan is no hearsay: a clause ending in "werden", or a plain infinitive with a
# time to come, neither continues the speaker before it nor joins that speaker's report
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Solche Pausen sind nicht ungewöhnlich“, sagt der Sprecher des Landgerichts. Am 14. März soll der Prozess "
            "fortgesetzt werden.",
            [("Solche Pausen sind nicht ungewöhnlich", DIR, "Sprecher des Landgerichts")],
        ),
        (
            "Die Aussage der Nachbarin stehe gegen die des Angeklagten, sagte die Staatsanwältin. Das Urteil soll Ende Mai "
            "verkündet werden.",
            [("Die Aussage der Nachbarin stehe gegen die des Angeklagten", IND, "Staatsanwältin")],
        ),
        (
            "Der Festgenommene habe keinen Widerstand geleistet, teilte die Polizei mit. Er soll am Donnerstag einem "
            "Haftrichter vorgeführt werden.",
            [("Der Festgenommene habe keinen Widerstand geleistet", IND, "Polizei")],
        ),
        (
            "Es gebe noch offene Fragen, erklärte der Gerichtssprecher. Die Kammer soll kommende Woche entscheiden.",
            [("Es gebe noch offene Fragen", IND, "Gerichtssprecher")],
        ),
        (
            "Der Richter sagte, die Beweisaufnahme sei abgeschlossen. Das Urteil soll am 9. Oktober fallen.",
            [("die Beweisaufnahme sei abgeschlossen", IND, "Richter")],
        ),
    ],
)
def test_round38_h1_de_planned_soll_is_no_report(text, expected):
    assert_de_exact(text, expected)


def test_round38_h1_de_hearsay_soll_guards():
    # (round 37, h1) hearsay "soll" still continues: a perfect infinitive, also with a date; a description
    assert_de_exact(
        "Die Polizei teilte mit, der Mann sei geflohen. Er soll am Montag eine Tankstelle überfallen haben.",
        [
            ("der Mann sei geflohen", IND, "Polizei"),
            ("Er soll am Montag eine Tankstelle überfallen haben", IND, "Polizei"),
        ],
    )
    assert_de_exact(
        "Die Ermittler sagten, der Täter sei bewaffnet. Er soll etwa 1,80 Meter groß sein.",
        [
            ("der Täter sei bewaffnet", IND, "Ermittler"),
            ("Er soll etwa 1,80 Meter groß sein", IND, "Ermittler"),
        ],
    )


# (round 37, h1) joining a party's motion or view in court ("sich … anschließen") is a reported act of its own
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Nebenkläger schlossen sich dem Antrag der Anklagebehörde an.",
            [("Die Nebenkläger schlossen sich dem Antrag der Anklagebehörde an", IND, "Nebenkläger")],
        ),
        (
            "Die Staatsanwältin forderte sieben Jahre Haft. Dem schloss sich die Anwältin der Familie an.",
            [
                ("Die Staatsanwältin forderte sieben Jahre Haft", IND, "Staatsanwältin"),
                ("Dem schloss sich die Anwältin der Familie an", IND, "Anwältin der Familie"),
            ],
        ),
        (
            "Der Verteidiger schloss sich dieser Einschätzung ausdrücklich an.",
            [("Der Verteidiger schloss sich dieser Einschätzung ausdrücklich an", IND, "Verteidiger")],
        ),
        (
            "Die Vertreterin der Nebenklage hatte sich dem Strafantrag angeschlossen.",
            [
                (
                    "Die Vertreterin der Nebenklage hatte sich dem Strafantrag angeschlossen",
                    IND,
                    "Vertreterin der Nebenklage",
                )
            ],
        ),
    ],
)
def test_round38_h1_de_joining_a_motion(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, h1) joining a group, a person or an event that follows: no speech
        "Der Jugendliche schloss sich später einer Bande an.",
        "Nach dem Urteil schloss sich eine lange Debatte an.",
        "Der Hund schloss sich dem Spaziergänger an.",
        "Er schloss das Ladegerät an.",
    ],
)
def test_round38_h1_de_joining_guards(text):
    assert quotes(run(text, lang="de")) == []


# (round 37, h1) "wollen" with a perfect infinitive closing the main clause: the subject's claim, a reported act
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Nachbar will den Angeklagten kurz nach der Tat im Hausflur gesehen haben.",
            [
                (
                    "Der Nachbar will den Angeklagten kurz nach der Tat im Hausflur gesehen haben",
                    IND,
                    "Nachbar",
                )
            ],
        ),
        (
            "Die Beschuldigte wollte von den Überweisungen nichts gewusst haben.",
            [("Die Beschuldigte wollte von den Überweisungen nichts gewusst haben", IND, "Beschuldigte")],
        ),
        (
            "Der Fahrer will den Radfahrer nicht bemerkt haben.",
            [("Der Fahrer will den Radfahrer nicht bemerkt haben", IND, "Fahrer")],
        ),
    ],
)
def test_round38_h1_de_claimed_past(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, h1) a wish, a goal with its deadline, a question: no claim
        "Der Kläger will mehr Geld haben.",
        "Die Stadt will die Brücke bis Ende Juni fertiggestellt haben.",
        "Die Ministerin will das Gesetz noch in diesem Jahr beschlossen haben.",
        "Wer will das gewusst haben?",
    ],
)
def test_round38_h1_de_claimed_past_guards(text):
    assert quotes(run(text, lang="de")) == []


# (round 37, h1) appealing "um" something is a speech act, so the pronoun after it is that speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Oberstaatsanwalt Kurt Lenz sagte, die Zeugin sei vernommen worden. Generalstaatsanwältin Petra Imhof warb "
            "unterdessen um Verständnis für die Ermittler. Es sei nicht Aufgabe der Behörde, Beweise öffentlich zu bewerten, "
            "sagte sie.",
            [
                ("die Zeugin sei vernommen worden", IND, "Kurt Lenz"),
                (
                    "Generalstaatsanwältin Petra Imhof warb unterdessen um Verständnis für die Ermittler",
                    IND,
                    "Petra Imhof",
                ),
                ("Es sei nicht Aufgabe der Behörde, Beweise öffentlich zu bewerten", IND, "Petra Imhof"),
            ],
        ),
        (
            "Der Polizeipräsident warb um Geduld.",
            [("Der Polizeipräsident warb um Geduld", IND, "Polizeipräsident")],
        ),
    ],
)
def test_round38_h1_de_appealing_for(text, expected):
    assert_de_exact(text, expected)
