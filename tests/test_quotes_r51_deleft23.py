"""Round 51, family deleft23: German shapes left by this round's audits (probe sentences written for this round): a span
of time after an adjective read as a verb is no lone surname ("Ein Gutachter kommt nächste Woche. …, sagt er" was
"Woche"), and a man whose coming is only planned ("Ein Gutachter soll nächste Woche kommen") is not the "er" after
him; a bare speech act's noun after a relative pronoun is the act's object, also before a plural verb ("die Anwohner,
die Kritik geäußert haben": the antecedent speaks, not "Kritik"); a common noun after a role, a first name and a
surname after any inverted verb is the verb's object ("trug Nachbarin Gisela Brückner Möbel aus dem Haus" named
"Gisela Brückner Möbel"); a court confirming a ruling rules, no speech act ("Oberlandesgericht bestätigt Urteil"; yaml
`ruling_confirm_verbs`, `ruling_objects`)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"
MEHR = "Erst dann wisse man mehr, sagt er."
KOHL = "Jens Kohlhaas ist verärgert. "

FIXES = [
    # 1. a span of time is no speaker; a man only expected is not the "er"
    ("Ein Gutachter soll nächste Woche kommen. " + MEHR, [(IND, "Erst dann wisse man mehr", None)]),
    ("Ein Gutachter kommt nächste Woche. " + MEHR, [(IND, "Erst dann wisse man mehr", None)]),
    (KOHL + "Ein Gutachter soll nächste Woche kommen. " + MEHR, [(IND, "Erst dann wisse man mehr", "Jens Kohlhaas")]),
    # 2. a bare speech act's noun after a relative pronoun is its object
    ("Die Anwohner, die Kritik geäußert haben, sind enttäuscht.",
     [(IND, "die Kritik geäußert haben", "Anwohner")]),
    ("Viele Anwohner, die Bedenken geäußert hatten, kamen nicht.",
     [(IND, "die Bedenken geäußert hatten", "Anwohner")]),
    # 3. a common noun after a role, a first name and a surname is the verb's object
    ("Am Samstag trug Nachbarin Gisela Brückner Möbel aus dem Haus. „Es war schlimm“, sagte sie.",
     [(DIR, "Es war schlimm", "Gisela Brückner")]),
    ("Am Samstag holte Bürgermeister Peter Kaiser Hilfe. Man brauche mehr Leute, sagte er.",
     [(IND, "Man brauche mehr Leute", "Peter Kaiser")]),
    ("Am Montag traf Ministerin Anna Berg Vertreter der Industrie. Man sei einig, sagte sie.",
     [(IND, "Man sei einig", "Anna Berg")]),
    # 4. a court confirming a ruling rules
    ("Oberlandesgericht bestätigt Urteil\nDas Oberlandesgericht hat das Urteil gegen den Mann bestätigt.", []),
    ("Der BGH bestätigte den Freispruch.", []),
]

GUARDS = [
    # 1. a man who came is the "er"; a lone surname still is
    (KOHL + "Ein Gutachter kam am Montag vorbei. " + MEHR, [(IND, "Erst dann wisse man mehr", "Gutachter")]),
    ("Gestern reiste Peskow nach Minsk. Er sagte, man verhandle.", [(IND, "man verhandle", "Peskow")]),
    ("Der Prüfer kommt nächstes Jahr. " + MEHR, [(IND, "Erst dann wisse man mehr", None)]),
    (KOHL + "Ein Gutachter wird morgen kommen. " + MEHR, [(IND, "Erst dann wisse man mehr", "Jens Kohlhaas")]),
    # 2. a singular relative's light act and a named subject in the relative clause
    ("Der Mann, der Kritik geübt hatte, ging.", [(IND, "der Kritik geübt hatte", "Mann")]),
    ("Die Pläne, die Scholz kritisiert hatte, wurden verworfen.", [(IND, "die Scholz kritisiert hatte", "Scholz")]),
    # 3. a name before a comma or a cue; two first names before the surnames
    ("Gestern sagte Nachbarin Gisela Brückner, das Wasser sei hoch gestanden.",
     [(IND, "das Wasser sei hoch gestanden", "Gisela Brückner")]),
    ("Am Montag empfing Präsident Andrés Manuel López Obrador die Gäste. Man sei froh, sagte er.",
     [(IND, "Man sei froh", "Andrés Manuel López Obrador")]),
    ("Am Montag empfing Präsident Luiz Inácio Lula da Silva die Gäste. Man sei froh, sagte er.",
     [(IND, "Man sei froh", "Luiz Inácio Lula da Silva")]),
    ("Einst schrieb Schriftsteller Gabriel García Márquez über Macondo. Man sei allein, sagte er.",
     [(IND, "Man sei allein", "Gabriel García Márquez")]),
    # 4. a spokesman's or a lawyer's confirmation and a court's dass-clause report
    ("Ein Sprecher des Gerichts bestätigte das Urteil.",
     [(IND, "Ein Sprecher des Gerichts bestätigte das Urteil", "Sprecher des Gerichts")]),
    ("Das Gericht bestätigte, dass das Urteil rechtskräftig ist.", [(IND, "das Urteil rechtskräftig ist", "Gericht")]),
    ("Polizei bestätigt Festnahme\nDie Polizei hat einen Mann festgenommen.",
     [(IND, "Polizei bestätigt Festnahme", "Polizei")]),
    # a chain continuation with a Konjunktiv state cue stays one report (this round's deleft21)
    ("Die Ministerin sagte, die Lage sei ernst. Sie sei sicher, dass man eine Lösung finde.",
     [(IND, "die Lage sei ernst", "Ministerin"), (IND, "Sie sei sicher, dass man eine Lösung finde", "Ministerin")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_deleft23_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_deleft23_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
