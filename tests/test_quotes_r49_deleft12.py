"""Round 49, family deleft12: German speech reports left over. The plural present of a speech act that is also its
infinitive after a modal ("verlangen", "beklagen", "begrüßen", "bestreiten", …; de.yaml `finite_only_acts`) is an act by
itself only as the finite verb in second place of a main clause with a subject who may speak ("Die Grünen verlangen einen
Untersuchungsausschuss" reported nothing; "Die Grünen wollen … verlangen", "Die Zahlen bestätigen den Trend", a relative
or a wenn-clause stay no act); the separable ones with their particle ("Die Länder lehnen den Entwurf ab"); a particle that
makes another verb is no speech ("Die Zahl der Anträge forderte die Behörden heraus": challenged; `changed_particles`);
"wies … an" is an instruction with its zu-infinitive; "bestreiten" of costs is paying."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # the plural present as the finite verb right after its subject
    ("Die Grünen verlangen eine Sondersitzung des Landtags.",
     [(IND, "Die Grünen verlangen eine Sondersitzung des Landtags", "Grünen")]),
    ("Die Pflegekräfte beklagen die hohe Arbeitsbelastung.",
     [(IND, "Die Pflegekräfte beklagen die hohe Arbeitsbelastung", "Pflegekräfte")]),
    ("Die Gewerkschaften begrüßen den Tarifabschluss.",
     [(IND, "Die Gewerkschaften begrüßen den Tarifabschluss", "Gewerkschaften")]),
    ("Die Beschuldigten bestreiten jede Beteiligung an dem Überfall.",
     [(IND, "Die Beschuldigten bestreiten jede Beteiligung an dem Überfall", "Beschuldigten")]),
    ("Auch die Verbände verurteilen den Anschlag auf die Moschee.",
     [(IND, "Auch die Verbände verurteilen den Anschlag auf die Moschee", "Verbände")]),
    # or right before it after one fronted phrase
    ("Am Dienstag bekräftigen die Parteien ihre Forderung nach mehr Geld.",
     [(IND, "Am Dienstag bekräftigen die Parteien ihre Forderung nach mehr Geld", "Parteien")]),
    # the separable ones with their particle
    ("Die Kommunen lehnen die geplante Reform ab.",
     [(IND, "Die Kommunen lehnen die geplante Reform ab", "Kommunen")]),
    ("Die Angeklagten streiten die Tat weiterhin ab.",
     [(IND, "Die Angeklagten streiten die Tat weiterhin ab", "Angeklagten")]),
    ("Die Ärzte prangern die Zustände in den Notaufnahmen an.",
     [(IND, "Die Ärzte prangern die Zustände in den Notaufnahmen an", "Ärzte")]),
    ("Die Grünen kündigen eine Verfassungsklage an.",
     [(IND, "Die Grünen kündigen eine Verfassungsklage an", "Grünen")]),
    # a particle that makes another verb: no speech
    ("Die Menge der Anträge forderte die Ämter heraus.", []),
    ("Der lange Winter verlangte den Landwirten viel ab.", []),
    # an instruction with its zu-infinitive
    ("Die Ministerin wies die Schulämter an, die Prüfungen zu verschieben.",
     [(IND, "die Prüfungen zu verschieben", "Ministerin")]),
    # paying costs is no denial
    ("Das Land bestritt die Kosten für den Umbau allein.", []),
]

GUARDS = [
    # an infinitive after a modal, a zu-infinitive, a relative or a subordinate clause: no act
    ("Die Grünen wollen eine Sondersitzung des Landtags verlangen.", []),
    ("Die Gewerkschaften werden den Abschluss sicher begrüßen.", []),
    ("Es fällt leicht, den Tarifabschluss zu begrüßen.", []),
    ("Die Kommunen, die den Abschluss begrüßen, sind in der Minderheit.", []),
    ("Wenn die Gewerkschaften den Abschluss begrüßen, ist der Streit beendet.", []),
    ("Verlangen die Grünen eine Sondersitzung?", []),
    # a thing as the subject
    ("Die neuen Zahlen bestätigen den Trend.", []),
    # with a content clause as before
    ("Die Grünen verlangen, dass der Landtag zusammentritt.",
     [(IND, "der Landtag zusammentritt", "Grünen")]),
    # the singular and the past as before
    ("Der Verband begrüßt den Tarifabschluss.", [(IND, "Der Verband begrüßt den Tarifabschluss", "Verband")]),
    ("Die Ärzte beklagten die hohe Arbeitsbelastung.",
     [(IND, "Die Ärzte beklagten die hohe Arbeitsbelastung", "Ärzte")]),
    ("Der Minister forderte die Bürger auf, zu Hause zu bleiben.", [(IND, "zu Hause zu bleiben", "Minister")]),
    ("Die Opposition forderte den Rücktritt des Ministers.",
     [(IND, "Die Opposition forderte den Rücktritt des Ministers", "Opposition")]),
    ("Der Kellner wies den Gästen einen Tisch an.", []),
    ("Die Polizei wies die Vorwürfe zurück.", [(IND, "Die Polizei wies die Vorwürfe zurück", "Polizei")]),
    ("Die Beamten weisen die Migranten an der Grenze zurück.", []),
    ("Der Konzern bestreitet die Höhe der Kosten.", [(IND, "Der Konzern bestreitet die Höhe der Kosten", "Konzern")]),
    ("Die Mannschaft bestreitet am Samstag das Finale.", []),
    # a passive without its agent's speech is left alone (often a vote)
    ("Der Antrag wurde von der Opposition abgelehnt.", []),
    ("Kritik kam auch von den Gewerkschaften.", [(IND, "Kritik kam auch von den Gewerkschaften", "Gewerkschaften")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r49_deleft12_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r49_deleft12_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
