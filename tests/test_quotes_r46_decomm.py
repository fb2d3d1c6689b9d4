"""Round 46, family decomm: German communication verbs in three news frames (a dass-clause, a Konjunktiv clause
without "dass", an act with a nominal object): the plural past and present of separable cues, more joined forms,
"machte darauf aufmerksam", "hielt am Montag fest", and "ließ X mitteilen" after a Konjunktiv modal."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def reports(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "de")


# fix rows: each failed before (round 46, decomm)
FIXES = [
    # the plural past of separable cues, before the content and trailing it
    ("Die Grünen fügten am Montag hinzu, die Regierung werde die Steuern senken.",
     [("die Regierung werde die Steuern senken", "Grünen")]),
    ("Kritiker wandten ein, die Reform sei zu teuer.", [("die Reform sei zu teuer", "Kritiker")]),
    ("Die Autoren merkten an, dass die Studie nur Erwachsene erfasst habe.",
     [("die Studie nur Erwachsene erfasst habe", "Autoren")]),
    ("Die Ermittler deuteten an, der Täter sei bekannt.", [("der Täter sei bekannt", "Ermittler")]),
    ("Die Reform sei zu teuer, fügten die Grünen hinzu.", [("Die Reform sei zu teuer", "Grünen")]),
    ("Die Reform sei zu teuer, wandten die Kritiker ein.", [("Die Reform sei zu teuer", "Kritiker")]),
    # the plural present
    ("Kritiker wenden ein, die Reform sei zu teuer.", [("die Reform sei zu teuer", "Kritiker")]),
    ("Die Gewerkschaften halten dagegen, die Löhne seien zu niedrig.",
     [("die Löhne seien zu niedrig", "Gewerkschaften")]),
    ("Die Experten machen deutlich, die Lage sei ernst.", [("die Lage sei ernst", "Experten")]),
    ("Die Autoren schränken ein, die Daten seien vorläufig.", [("die Daten seien vorläufig", "Autoren")]),
    ("Die Forscher unterstreichen, die Ergebnisse seien vorläufig.",
     [("die Ergebnisse seien vorläufig", "Forscher")]),
    # revealing in the plural, insisting
    ("Die Zeitungen enthüllten, dass der Minister Geld angenommen habe.",
     [("der Minister Geld angenommen habe", "Zeitungen")]),
    ("Der Anwalt insistierte, sein Mandant sei unschuldig.", [("sein Mandant sei unschuldig", "Anwalt")]),
    # joined forms in a wie-clause, a participle
    ("Die Regierung werde die Steuern senken, wie die Minister am Montag anmerkten.",
     [("Die Regierung werde die Steuern senken", "Minister")]),
    ("Wie die Ministerin zusicherte, werden die Hilfen schnell ausgezahlt.",
     [("werden die Hilfen schnell ausgezahlt", "Ministerin")]),
    ("Wie der Sprecher einschränkte, gilt die Regel nur für Neukunden.",
     [("gilt die Regel nur für Neukunden", "Sprecher")]),
    ("Wie Experten voraussagten, ist die Inflation gestiegen.", [("ist die Inflation gestiegen", "Experten")]),
    ("Wie die Sprecher einwandten, sei der Plan zu teuer.", [("sei der Plan zu teuer", "Sprecher")]),
    ("Der Ökonom hatte vorausgesagt, die Preise würden steigen.", [("die Preise würden steigen", "Ökonom")]),
    # pointing out with its clause
    ("Der Verband machte darauf aufmerksam, dass die Frist am Freitag abläuft.",
     [("die Frist am Freitag abläuft", "Verband")]),
    ("Der Verband machte am Montag auf die Risiken aufmerksam.",
     [("Der Verband machte am Montag auf die Risiken aufmerksam", "Verband")]),
    # "am" + a day before "fest" is no adherence
    ("Der Minister hielt am Montag fest, dass die Regierung die Steuern senken werde.",
     [("die Regierung die Steuern senken werde", "Minister")]),
    ("Die Kritiker hielten am Dienstagabend fest, die Reform sei zu teuer.", [("die Reform sei zu teuer", "Kritiker")]),
    # the infinitive of a trailing "ließ X mitteilen" is not the reported predicate of "werde"
    ("Die Kirche werde die Steuern senken, ließ der Papst mitteilen.",
     [("Die Kirche werde die Steuern senken", "Papst")]),
    ("Die Regierung werde die Steuern senken, ließ der Minister am Montag verlauten.",
     [("Die Regierung werde die Steuern senken", "Minister")]),
]

# guard rows: near misses that stay as they were
GUARDS = [
    ("Man könne das nicht hinnehmen, ließ die Ministerin über einen Sprecher ausrichten.",
     [("Man könne das nicht hinnehmen", "Ministerin")]),
    ("Die Regierung hält am Montag an ihrem Plan fest.", []),
    ("Die Polizei hielt am Sonntag einen Mann fest, er hatte keinen Ausweis dabei.", []),
    ("Passanten hielten am Abend den Dieb fest, bis die Polizei eintraf.", []),
    ("Der Minister hielt am Plan fest, die Steuern zu senken.", []),
    ("Die Partei werde den Plan ablehnen, lässt sich vermuten.", []),
    ("Die Fans wenden sich ab, der Verein schweigt.", []),
    ("Die Spieler machen Druck, die Fans jubeln.", []),
    ("Die Kommunen wenden viel Geld auf, die Länder sparen.", []),
    ("Die Mitarbeiter merkten nichts, die Maschine lief weiter.", []),
    ("Die Wolken deuteten auf Regen hin, die Sonne blieb aus.", []),
    ("Die Händler fügten sich den Regeln, die Kunden blieben aus.", []),
    ("Die Straße, die den Verkehr einschränkte, wurde am Montag gesperrt.", []),
    ("Die Kosten, die die Experten voraussagten, sind gestiegen.", []),
    ("Die Anwohner wandten sich an die Stadt, die Stadt reagierte nicht.", []),
    ("Die Forscher unterstreichen ihre Ergebnisse mit Daten.", []),
    ("Die Zeitungen enthüllten den Skandal.", []),
    ("Der Angeklagte insistierte auf seiner Unschuld.", []),
    ("Die Händler halten die Preise dagegen stabil, die Kunden kaufen weniger.", []),
    ("Die Nachbarn wurden durch Schreie aufmerksam gemacht, die Polizei kam.", []),
    ("Die Bayern führen die Tabelle an, Dortmund folgt auf Platz zwei.", []),
]


@pytest.mark.parametrize(("kind", "text", "expected"), [("fix", *r) for r in FIXES] + [("guard", *r) for r in GUARDS])
def test_r46_decomm(kind: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert reports(text) == expected
