"""Round 37, helper h4: German sports and culture news (post-match statements, coaches, players and officials;
festival juries, prize-givings, artists). Sentences written for these tests in the style of the pages read (no page
text, no evaluation data). Every table row fails against the round-36 annotator (`rules:quotes@33` as frozen at
d4f0f04); the guards say what the new rules must leave alone."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, h4) "nach Ansicht" with a thing one looks at (video pictures, TV pictures, the files) is viewing, no
# source: the referees' decision was two reports with the speaker "Videobilder"
@pytest.mark.parametrize(
    "text",
    [
        "Nach Ansicht der Videobilder entschied der Schiedsrichter auf Strafstoß.",
        "Die Unparteiischen nahmen das Tor nach Ansicht der TV-Bilder zurück.",
        "Der Referee zeigte nach Ansicht der Fernsehbilder die Rote Karte.",
        "Nach Ansicht der Akten stellte das Sportgericht das Verfahren ein.",
    ],
)
def test_round38_h4_viewing_is_no_source(text):
    assert quotes(run(text, lang="de")) == []


# (round 37, h4) "kam … zu sprechen" names a speech act without its content: the sentence is the report, its speaker
# the subject (also after the verb, after a fronted phrase)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Auf den umstrittenen Elfmeter kam nach dem Abpfiff Trainerin Lena Brandt zu sprechen.",
            [
                (
                    "Auf den umstrittenen Elfmeter kam nach dem Abpfiff Trainerin Lena Brandt zu sprechen",
                    IND,
                    "Lena Brandt",
                )
            ],
        ),
        (
            "Der Intendant kam in seiner Rede immer wieder auf die Kürzungen zu sprechen.",
            [
                (
                    "Der Intendant kam in seiner Rede immer wieder auf die Kürzungen zu sprechen",
                    IND,
                    "Intendant",
                )
            ],
        ),
        (
            "Später kommt Kapitän Jonas Keller noch auf die Fans zu sprechen.",
            [("Später kommt Kapitän Jonas Keller noch auf die Fans zu sprechen", IND, "Jonas Keller")],
        ),
    ],
)
def test_round38_h4_come_to_speak(text, expected):
    assert_de_exact(text, expected)


# (round 37, h4) a pronoun after a sentence of the writer's whose subject, a person named in full, comes after an
# opening adverb ("Auch", "Zwar", "Aber"): that person, not the one quoted before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir waren zu passiv“, sagte Gästetrainer Holm. Auch Stefan Berger hatte kein gutes Spiel gesehen. "
            "„Uns fehlte die Ordnung“, sagte er.",
            [("Wir waren zu passiv", DIR, "Holm"), ("Uns fehlte die Ordnung", DIR, "Stefan Berger")],
        ),
        (
            "„Ich bin stolz auf das Team“, sagte Kapitänin Eva Roth. Aber Sabine Vogt blieb skeptisch. "
            "„Wir müssen uns steigern“, erklärte sie.",
            [
                ("Ich bin stolz auf das Team", DIR, "Eva Roth"),
                ("Wir müssen uns steigern", DIR, "Sabine Vogt"),
            ],
        ),
    ],
)
def test_round38_h4_subject_after_opening_adverb(text, expected):
    assert_de_exact(text, expected)


# (round 37, h4) first names of coaches, players and artists common in sports and culture news: "Bob Hanning", "Miro
# …" were no persons, so "er" after them went to the person quoted before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir waren nahe dran“, sagte Torwart Lars Wendt. Bob Kramer, Sportvorstand des Vereins, blieb gelassen. "
            "„Zweimal gewinnen und wir sind durch“, erklärte er.",
            [
                ("Wir waren nahe dran", DIR, "Lars Wendt"),
                ("Zweimal gewinnen und wir sind durch", DIR, "Bob Kramer"),
            ],
        ),
        (
            "„Das war unglücklich“, sagte Trainer Paul Weiß. Miro Kessler, mit fünf Toren bester Werfer, legte nach. "
            "„Das waren klare Fouls“, sagte er.",
            [("Das war unglücklich", DIR, "Paul Weiß"), ("Das waren klare Fouls", DIR, "Miro Kessler")],
        ),
        (
            "„Der Film ist ein Wagnis“, sagte Produzent Tom Lindner. Kristen Hale nahm den Preis entgegen. "
            "„Ich habe nicht damit gerechnet“, sagte sie.",
            [
                ("Der Film ist ein Wagnis", DIR, "Tom Lindner"),
                ("Ich habe nicht damit gerechnet", DIR, "Kristen Hale"),
            ],
        ),
    ],
)
def test_round38_h4_more_first_names(text, expected):
    assert_de_exact(text, expected)


# (round 37, h4) a pronoun opening an adverbial clause after a comma ("…, nachdem sie sagte: …") is the person named
# as the subject of the sentence's earlier cue, not the person quoted before
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Das ist ein großer Abend“, sagte Moderatorin Anke Lorenz. Dann lobte Ministerin Julia Sommer den Festivalchef, "
            "der gerührt war, als sie sagte: „Du hast das Festival geprägt.“",
            [
                ("Das ist ein großer Abend", DIR, "Anke Lorenz"),
                ("Dann lobte Ministerin Julia Sommer den Festivalchef, der gerührt war", IND, "Julia Sommer"),
                ("Du hast das Festival geprägt.", DIR, "Julia Sommer"),
            ],
        ),
    ],
)
def test_round38_h4_pronoun_in_adverbial_clause(text, expected):
    assert_de_exact(text, expected)


def test_round38_h4_guards():
    """What the rules above leave alone (pass on both trees)."""
    # "nach Ansicht" of a person or a party is still a source
    assert_de_exact(
        "Nach Ansicht des Trainers war der Elfmeter berechtigt.",
        [("war der Elfmeter berechtigt", IND, "Trainer")],
    )
    # (nor of a group ending in "-szene": "Fanszene" is no "Szene" one looks at)
    assert_de_exact(
        "Nach Ansicht der Fanszene ist der Trainer gescheitert.",
        [("ist der Trainer gescheitert", IND, "Fanszene")],
    )
    # "kommen … zu sprechen" across a comma, or with a purpose clause, is no act
    assert quotes(run("Der Trainer kam nicht dazu, mit den Spielern zu sprechen.", lang="de")) == []
    assert quotes(run("Die Spielerin kam nach Hamburg, um mit dem Trainer zu sprechen.", lang="de")) == []
    # a negated "sich dazu äußern" still reports nothing
    assert quotes(run("Dazu wollte sich der Verein am Montag nicht äußern.", lang="de")) == []
    # "Das" before a cue is still the content ("Das bestätigte der Verein")
    assert_de_exact("Das bestätigte der Verein am Montag.", [("Das", IND, "Verein")])
    # a pronoun right after its own cue in the sentence of another person's quotation stays with that person
    assert_de_exact(
        "„Wir haben verdient gewonnen“, sagte Trainer Jan Moll. Dann lobte er den Torwart.",
        [("Wir haben verdient gewonnen", DIR, "Jan Moll"), ("Dann lobte er den Torwart", IND, "Jan Moll")],
    )
