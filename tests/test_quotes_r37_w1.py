"""Round 37, helper w1: German reports on political speeches, party conferences and government statements written as
long Konjunktiv summaries (sentences written for these tests, in the style of such reports; no page text, no evaluation
data)."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact, quotes, run

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 37, w1) an abstract noun after "zu" is an appeal's goal, no noble name: the speaker stops before it, and the
# Konjunktiv I after the appeal goes on with that speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In ihrer Weihnachtsansprache hat Bundespräsidentin Maria Keller zu Besonnenheit und Geduld aufgerufen. Eine "
            "Spaltung des Landes sehe sie nicht.",
            [
                (
                    "In ihrer Weihnachtsansprache hat Bundespräsidentin Maria Keller zu Besonnenheit und Geduld aufgerufen",
                    IND,
                    "Maria Keller",
                ),
                ("Eine Spaltung des Landes sehe sie nicht", IND, "Maria Keller"),
            ],
        ),
        (
            "In seiner ersten Neujahrsansprache hat Ministerpräsident Weber zu Geschlossenheit aufgerufen. Das neue Jahr "
            "werde schwierig.",
            [
                (
                    "In seiner ersten Neujahrsansprache hat Ministerpräsident Weber zu Geschlossenheit aufgerufen",
                    IND,
                    "Weber",
                ),
                ("Das neue Jahr werde schwierig", IND, "Weber"),
            ],
        ),
        (
            "Auf dem Parteitag rief Landeschef Tobias Brand zu Entschlossenheit im Wahlkampf auf. Die Partei müsse jetzt "
            "kämpfen.",
            [
                (
                    "Auf dem Parteitag rief Landeschef Tobias Brand zu Entschlossenheit im Wahlkampf auf",
                    IND,
                    "Tobias Brand",
                ),
                ("Die Partei müsse jetzt kämpfen", IND, "Tobias Brand"),
            ],
        ),
    ],
)
def test_round37_w1_de_zu_abstract_noun_no_name(text, expected):
    assert_de_exact(text, expected)


# (round 37, w1) a phrase opening with the feminine dative "Einer" and a noun is the object, the phrase after the verb
# speaks ("Einer Zusammenarbeit … erteilte sie eine Absage")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Parteivorsitzende Karin Brandt sprach vor 600 Delegierten. Einer Zusammenarbeit mit der AfD erteilte sie "
            "eine klare Absage. Mit Extremisten rede man nicht.",
            [
                ("Einer Zusammenarbeit mit der AfD erteilte sie eine klare Absage", IND, "Karin Brandt"),
                ("Mit Extremisten rede man nicht", IND, "Karin Brandt"),
            ],
        ),
        (
            "Einer Erhöhung der Mehrwertsteuer erteilte der Finanzminister eine Absage. Das würde den Aufschwung "
            "gefährden, sagte er.",
            [
                (
                    "Einer Erhöhung der Mehrwertsteuer erteilte der Finanzminister eine Absage",
                    IND,
                    "Finanzminister",
                ),
                ("Das würde den Aufschwung gefährden", IND, "Finanzminister"),
            ],
        ),
        (
            "Kanzler Paul Lorenz warb für seinen Haushalt. Einer Steuererhöhung erteilte Lorenz eine Absage. Die "
            "Schuldenbremse gelte weiter.",
            [
                ("Kanzler Paul Lorenz warb für seinen Haushalt", IND, "Paul Lorenz"),
                ("Einer Steuererhöhung erteilte Lorenz eine Absage", IND, "Paul Lorenz"),
                ("Die Schuldenbremse gelte weiter", IND, "Paul Lorenz"),
            ],
        ),
    ],
)
def test_round37_w1_de_fronted_feminine_dative(text, expected):
    assert_de_exact(text, expected)


# (round 37, w1) a writer's sentence whose fronted object ("Seine Grundsatzrede", "Viel Redezeit") names no one who
# speaks, then the verb and "er" or the surname of a person named in full: that person's report goes on after it
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "CSU-Chef Markus Söder wurde mit 96 Prozent wiedergewählt. Seine Grundsatzrede hatte Söder für eine Abrechnung "
            "mit der Ampel genutzt. Die Grünen seien keine Partei der Mitte.",
            [("Die Grünen seien keine Partei der Mitte", IND, "Markus Söder")],
        ),
        (
            "Der Kanzler Friedrich Neumann kam spät in den Saal. Seine Rede nutzte er für einen Angriff auf die "
            "Opposition. Diese habe keine Antworten auf die Krise.",
            [("Diese habe keine Antworten auf die Krise", IND, "Friedrich Neumann")],
        ),
        (
            "Die Ministerpräsidentin Anna Berger trat ans Pult. Ihre erste Regierungserklärung widmete Berger der "
            "Wirtschaft. Das Land stehe gut da.",
            [("Das Land stehe gut da", IND, "Anna Berger")],
        ),
        (
            "Zum Auftakt hielt Co-Parteichefin Ilse Reuter eine Rede.\n\nViel Redezeit verwendete Reuter darauf, die "
            "Union als Heuchler darzustellen. Es handele sich um eine Partei ohne Kompass.",
            [("Es handele sich um eine Partei ohne Kompass", IND, "Ilse Reuter")],
        ),
    ],
)
def test_round37_w1_de_fronted_object_then_subject(text, expected):
    assert_de_exact(text, expected)


# (round 37, w1) "sprach über" names a speech act with its topic: a reported act, like "sprach von"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In ihrer Regierungserklärung sprach die Ministerpräsidentin über den Strukturwandel im Saarland.",
            [
                (
                    "In ihrer Regierungserklärung sprach die Ministerpräsidentin über den Strukturwandel im Saarland",
                    IND,
                    "Ministerpräsidentin",
                )
            ],
        ),
        (
            "Die Parteichefin sprach erneut über die Migrationspolitik in Deutschland und der EU.",
            [
                (
                    "Die Parteichefin sprach erneut über die Migrationspolitik in Deutschland und der EU",
                    IND,
                    "Parteichefin",
                )
            ],
        ),
        (
            "Der Bundespräsident sprach am Abend über die Lage der Nation. Das Land sei stärker, als viele glaubten.",
            [
                ("Der Bundespräsident sprach am Abend über die Lage der Nation", IND, "Bundespräsident"),
                ("Das Land sei stärker, als viele glaubten", IND, "Bundespräsident"),
            ],
        ),
    ],
)
def test_round37_w1_de_spoke_about(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w1) guards: a noble name's "zu", the pronoun "Einer der …", a source "Einer Umfrage zufolge", a fronted
        # phrase that may speak, an appeal after the name
        (
            "Karl-Theodor zu Guttenberg sagte, er trete zurück.",
            [("er trete zurück", IND, "Karl-Theodor zu Guttenberg")],
        ),
        (
            "Minister zu Guttenberg sagte, die Truppe sei bereit.",
            [("die Truppe sei bereit", IND, "Minister zu Guttenberg")],
        ),
        (
            "Einer der Delegierten sagte, die Stimmung sei gut.",
            [("die Stimmung sei gut", IND, "Delegierten")],
        ),
        ("Einer Umfrage zufolge liegt die Union vorn.", [("liegt die Union vorn", IND, "Umfrage")]),
        (
            "Ein Sprecher der Partei kritisierte Kanzler Olaf Kern. Der Haushalt sei nicht solide.",
            [
                ("Ein Sprecher der Partei kritisierte Kanzler Olaf Kern", IND, "Sprecher der Partei"),
                ("Der Haushalt sei nicht solide", IND, "Sprecher der Partei"),
            ],
        ),
        (
            "Vor den Delegierten mahnte Bürgermeister Hartmann zu Zurückhaltung. Die Stadt könne sich keinen Streit "
            "leisten.",
            [
                ("Vor den Delegierten mahnte Bürgermeister Hartmann zu Zurückhaltung", IND, "Hartmann"),
                ("Die Stadt könne sich keinen Streit leisten", IND, "Hartmann"),
            ],
        ),
    ],
)
def test_round37_w1_de_guards(text, expected):
    assert_de_exact(text, expected)


# (round 37, w1) a verbal attack on a government, a coalition, a party or a policy is a reported act of its own, and the
# Konjunktiv I after it goes on with its speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zum Auftakt des Parteitags in Erfurt hat die Vorsitzende Hanna Roth die Bundesregierung attackiert. Die Lage "
            "sei ernst.",
            [
                (
                    "Zum Auftakt des Parteitags in Erfurt hat die Vorsitzende Hanna Roth die Bundesregierung attackiert",
                    IND,
                    "Hanna Roth",
                ),
                ("Die Lage sei ernst", IND, "Hanna Roth"),
            ],
        ),
        (
            "Erneut griff der Ministerpräsident die Landesregierung von Thüringen scharf an.",
            [
                (
                    "Erneut griff der Ministerpräsident die Landesregierung von Thüringen scharf an",
                    IND,
                    "Ministerpräsident",
                )
            ],
        ),
        (
            "Zuvor hatte Fraktionschef Ralf Wendt die Migrationspolitik der Koalition angegriffen.",
            [
                (
                    "Zuvor hatte Fraktionschef Ralf Wendt die Migrationspolitik der Koalition angegriffen",
                    IND,
                    "Ralf Wendt",
                )
            ],
        ),
        (
            "Die Kanzlerin attackierte die Opposition scharf.",
            [("Die Kanzlerin attackierte die Opposition scharf", IND, "Kanzlerin")],
        ),
        (
            "Der Kanzler griff in seiner Rede die Grünen an. Die Partei habe keine Ideen.",
            [
                ("Der Kanzler griff in seiner Rede die Grünen an", IND, "Kanzler"),
                ("Die Partei habe keine Ideen", IND, "Kanzler"),
            ],
        ),
    ],
)
def test_round37_w1_de_verbal_attack(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # (round 37, w1) guards: physical attacks, a passive, a bare noun subject, a government's troops
        "Ein Mann hat am Bahnhof zwei Polizisten angegriffen.",
        "Die Armee griff Stellungen der Rebellen an.",
        "Unbekannte haben das Büro der SPD angegriffen.",
        "Die Polizei wurde von Demonstranten angegriffen.",
        "Am Morgen griff die Regierung die Stellungen der Rebellen an.",
    ],
)
def test_round37_w1_de_verbal_attack_guards(text):
    assert quotes(run(text, lang="de")) == []
