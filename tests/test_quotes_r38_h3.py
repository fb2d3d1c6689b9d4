"""Round 37, helper h3: German foreign-affairs and diplomacy news from agencies (round 37, h3).

Sentences written for these tests in the style of agency items on foreign ministries, state media and summits (no page
text, no evaluation data). Each table row fails against the round-36 annotator; the guards say what the new rules must
leave alone.
"""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, h3) a state or capital after the speaker's name is the verb's object, no more name: after a state, a
        # government body or a titled person's surname
        (
            "Zuvor hatte Marokko Algerien eine gezielte Provokation vorgeworfen.",
            [("Zuvor hatte Marokko Algerien eine gezielte Provokation vorgeworfen", IND, "Marokko")],
        ),
        (
            "Am Dienstag rief die US-Regierung Venezuela auf, die Wahlergebnisse offenzulegen.",
            [("die Wahlergebnisse offenzulegen", IND, "US-Regierung")],
        ),
        (
            "Später warf die chinesische Führung Tokio vor, die Spannungen bewusst zu schüren.",
            [("die Spannungen bewusst zu schüren", IND, "Führung")],
        ),
        (
            "Noch am selben Abend forderte Außenministerin Meloni Tunesien auf, die Grenzkontrollen zu verstärken.",
            [("die Grenzkontrollen zu verstärken", IND, "Meloni")],
        ),
    ],
)
def test_round38_h3_de_state_object_after_speaker(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, h3) a state's genitive, an adjective and its organ after the cue: the organ speaks (was "Irans" or,
        # after a fronted "Das", nothing at all)
        (
            "Die Verhandlungen seien abgebrochen worden, meldete Irans staatliche Nachrichtenagentur Irna.",
            [("Die Verhandlungen seien abgebrochen worden", IND, "Nachrichtenagentur Irna")],
        ),
        (
            "Am Morgen meldete Nordkoreas staatliche Nachrichtenagentur KCNA, der Start sei gelungen.",
            [("der Start sei gelungen", IND, "Nachrichtenagentur KCNA")],
        ),
        (
            "Der Westen habe versagt, sagte Russlands früherer Präsident Dmitri Medwedew am Montag.",
            [("Der Westen habe versagt", IND, "Dmitri Medwedew")],
        ),
        # (round 37, h3) a fronted "Das" before the cue and a state's genitive: the verb is finite ("Das sagte X" reports
        # "Das", the convention), and the report goes on
        (
            "Das sagte Japans Regierungssprecher Hiroshi Tanaka am Mittwoch in Tokio.",
            [("Das", IND, "Hiroshi Tanaka")],
        ),
        (
            "Das berichtete Chinas amtliche Nachrichtenagentur Xinhua. Man werde die Gespräche fortsetzen.",
            [
                ("Das", IND, "Nachrichtenagentur Xinhua"),
                ("Man werde die Gespräche fortsetzen", IND, "Nachrichtenagentur Xinhua"),
            ],
        ),
    ],
)
def test_round38_h3_de_state_genitive_organ(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, h3) a diplomatic protest is a speech act when a state, its government or its embassy protests
        (
            "Die Regierung in Hanoi protestierte am Freitag gegen die Festnahme der Fischer.",
            [
                (
                    "Die Regierung in Hanoi protestierte am Freitag gegen die Festnahme der Fischer",
                    IND,
                    "Regierung in Hanoi",
                )
            ],
        ),
        (
            "Indonesien hat bei der Regierung in Canberra scharf protestiert.",
            [("Indonesien hat bei der Regierung in Canberra scharf protestiert", IND, "Indonesien")],
        ),
        (
            "Die japanische Botschaft protestierte gegen die Äußerungen des Abgeordneten.",
            [
                (
                    "Die japanische Botschaft protestierte gegen die Äußerungen des Abgeordneten",
                    IND,
                    "Botschaft",
                )
            ],
        ),
        # (round 37, h3) denying ("streitet … ab") and denouncing ("prangerte … an") with an object only
        (
            "Ankara streitet jede Verwicklung in den Anschlag ab.",
            [("Ankara streitet jede Verwicklung in den Anschlag ab", IND, "Ankara")],
        ),
        (
            "Das Außenministerium stritt die Berichte über geheime Verhandlungen ab.",
            [
                (
                    "Das Außenministerium stritt die Berichte über geheime Verhandlungen ab",
                    IND,
                    "Außenministerium",
                )
            ],
        ),
        (
            "Die Menschenrechtsorganisation prangerte die Massenverhaftungen in der Hauptstadt an.",
            [
                (
                    "Die Menschenrechtsorganisation prangerte die Massenverhaftungen in der Hauptstadt an",
                    IND,
                    "Menschenrechtsorganisation",
                )
            ],
        ),
    ],
)
def test_round38_h3_de_diplomatic_acts(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, h3) people protesting in the street, quarrels and disputes report nothing
        "Tausende Menschen protestierten am Wochenende in Tiflis gegen das Gesetz.",
        "In Belgrad protestierten erneut Zehntausende Studenten.",
        "Die Landwirte protestierten vor dem Ministerium gegen die Kürzungen.",
        "Die Koalitionspartner stritten bis tief in die Nacht über den Haushalt.",
        "Die beiden Staaten streiten seit Jahrzehnten um die Inseln.",
    ],
)
def test_round38_h3_de_protest_and_dispute_guards(text):
    assert quotes(run(text, lang="de")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, h3) a state's or capital's name inside a name stays: an organisation's branch, a club, a title before a
        # first name that is also a state's
        (
            "Greenpeace Deutschland kritisierte den Beschluss scharf.",
            [("Greenpeace Deutschland kritisierte den Beschluss scharf", IND, "Greenpeace Deutschland")],
        ),
        (
            "Außenminister Israel Katz sagte, man werde reagieren.",
            [("man werde reagieren", IND, "Israel Katz")],
        ),
        (
            "Der Vertrag sei aufgelöst worden, teilte Dynamo Kiew mit.",
            [("Der Vertrag sei aufgelöst worden", IND, "Dynamo Kiew")],
        ),
        (
            "Spartak Moskau teilte mit, der Vertrag sei aufgelöst worden.",
            [("der Vertrag sei aufgelöst worden", IND, "Spartak Moskau")],
        ),
        # a state's genitive before a title and a name, as before
        (
            "Man sei zu Gesprächen bereit, sagte Irans Außenminister Abbas Araghtschi.",
            [("Man sei zu Gesprächen bereit", IND, "Abbas Araghtschi")],
        ),
    ],
)
def test_round38_h3_de_names_with_states_guards(text, expected):
    assert_de_exact(text, expected)
