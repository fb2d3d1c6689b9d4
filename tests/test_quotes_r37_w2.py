"""Round 37, helper w2: German business and company news (sentences written for these tests, in the style of company,
market and labour news; no page text, no evaluation data)."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, w2) the source of a "zufolge" phrase right after the speaker is no genitive of the speaker's name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Wir sind stark ins neue Geschäftsjahr gestartet“, sagte Lindqvist der Mitteilung zufolge.",
            [("Wir sind stark ins neue Geschäftsjahr gestartet", DIR, "Lindqvist")],
        ),
        (
            "Der Auftragseingang sei um ein Fünftel gestiegen, sagte Brandauer einer Mitteilung des Konzerns zufolge.",
            [("Der Auftragseingang sei um ein Fünftel gestiegen", IND, "Brandauer")],
        ),
        (
            "„Die Nachfrage zieht wieder an“, erklärte Okafor einer Pressemitteilung zufolge.",
            [("Die Nachfrage zieht wieder an", DIR, "Okafor")],
        ),
        (
            "Die Preise seien stabil geblieben, betonte Nakamura einer Erklärung des Vorstands zufolge.",
            [("Die Preise seien stabil geblieben", IND, "Nakamura")],
        ),
    ],
)
def test_round37_w2_de_zufolge_after_speaker(text, expected):
    assert_de_exact(text, expected)


# (round 37, w2) the speaker's apposition after a trailing cue, then a day and the addressee, or (without its closing
# comma) a paper's quoted name: no second content
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Nachfrage aus Asien bleibe schwach, sagte Petra Solms, Vertriebschefin des Herstellers, am Dienstag der "
            "Nachrichtenagentur dpa.",
            [("Die Nachfrage aus Asien bleibe schwach", IND, "Petra Solms")],
        ),
        (
            "Die Margen stünden unter Druck, sagte Jens Ottmar, Finanzvorstand und Vizechef des Konzerns am Montag dem "
            "„Handelsblatt“.",
            [("Die Margen stünden unter Druck", IND, "Jens Ottmar")],
        ),
        (
            "Man rechne mit einem schwachen Schlussquartal, sagte Ulrike Brehm, Finanzchefin der Reederei, am Donnerstag "
            "dem „Spiegel“.",
            [("Man rechne mit einem schwachen Schlussquartal", IND, "Ulrike Brehm")],
        ),
    ],
)
def test_round37_w2_de_apposition_then_addressee(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, w2) markets, prices and investors show a state with "sich" without saying anything
        "Der Euro zeigte sich von den Inflationsdaten unbeeindruckt.",
        "Die Anleger zeigten sich vor der Zinsentscheidung der Notenbank zurückhaltend.",
        "Die Commerzbank-Aktie zeigte sich von der Herabstufung unbeeindruckt.",
        "Der Leitindex hat sich nach den Arbeitsmarktdaten erholt gezeigt und gab sich zuletzt gelassen.",
    ],
)
def test_round37_w2_de_market_state_is_no_act(text):
    assert quotes(run(text, lang="de")) == []


def test_round37_w2_de_market_state_guards():
    # (round 37, w2) a board, a union or shareholders showing a state still report it
    assert_de_exact(
        "Der Vorstand zeigte sich mit dem Quartal zufrieden.",
        [("Der Vorstand zeigte sich mit dem Quartal zufrieden", IND, "Vorstand")],
    )
    assert_de_exact(
        "Die Gewerkschaft zeigte sich vom Angebot der Arbeitgeber enttäuscht.",
        [("Die Gewerkschaft zeigte sich vom Angebot der Arbeitgeber enttäuscht", IND, "Gewerkschaft")],
    )


# (round 37, w2) the plural present of reproaching and referring: "halten … vor", "verweisen auf"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kritiker halten dem Vorstand vor, er habe den Umstieg auf Elektroautos verschlafen.",
            [("er habe den Umstieg auf Elektroautos verschlafen", IND, "Kritiker")],
        ),
        (
            "Die Arbeitgeber verweisen auf die schwache Auftragslage in der Branche.",
            [("Die Arbeitgeber verweisen auf die schwache Auftragslage in der Branche", IND, "Arbeitgeber")],
        ),
        (
            "Die Betriebsräte halten der Geschäftsführung vor, dass sie die Belegschaft zu spät informiert habe.",
            [("sie die Belegschaft zu spät informiert habe", IND, "Betriebsräte")],
        ),
    ],
)
def test_round37_w2_de_plural_reproach_and_reference(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, w2) "halten" without its particle, or with "vor" as a preposition, says nothing
        "Die Preise für Stahl halten sich seit Wochen stabil.",
        "Die Beschäftigten halten seit Montag vor dem Werkstor eine Mahnwache ab.",
        "Viele Sparer halten ihr Geld auf dem Girokonto.",
    ],
)
def test_round37_w2_de_halten_guards(text):
    assert quotes(run(text, lang="de")) == []


# (round 37, w2) a weak noun's form before a name ("des Analysten X") names the person a later description means
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach Einschätzung des Analysten Jan Kurz wird der Umsatz sinken. Der Analyst sagte, die Marge sei unter "
            "Druck.",
            [("wird der Umsatz sinken", IND, "Jan Kurz"), ("die Marge sei unter Druck", IND, "Jan Kurz")],
        ),
        (
            "Die Zölle treffen nach Ansicht des Branchenexperten Olaf Brink vor allem die Zulieferer. Viele Betriebe "
            "hätten kaum Reserven, sagte der Branchenexperte.",
            [
                ("Die Zölle treffen", IND, "Olaf Brink"),
                ("vor allem die Zulieferer", IND, "Olaf Brink"),
                ("Viele Betriebe hätten kaum Reserven", IND, "Olaf Brink"),
            ],
        ),
    ],
)
def test_round37_w2_de_weak_title_description(text, expected):
    assert_de_exact(text, expected)


# (round 37, w2) complaining in the perfect: "hat/hatte … über … geklagt" is a reported act (not a lawsuit)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zuvor hatte der Zementhersteller über stark gestiegene Energiekosten geklagt.",
            [
                (
                    "Zuvor hatte der Zementhersteller über stark gestiegene Energiekosten geklagt",
                    IND,
                    "Zementhersteller",
                )
            ],
        ),
        (
            "Die Händler haben über schwache Umsätze im Advent geklagt.",
            [("Die Händler haben über schwache Umsätze im Advent geklagt", IND, "Händler")],
        ),
    ],
)
def test_round37_w2_de_complained_about(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, w2) a lawsuit reports nothing
        "Die Firma hat vor dem Arbeitsgericht geklagt.",
        "Der Konzern hatte gegen den Bescheid der Behörde geklagt.",
    ],
)
def test_round37_w2_de_lawsuit_guards(text):
    assert quotes(run(text, lang="de")) == []
