"""Round 38, helper dekon2: German free indirect speech in agency reports on politics, courts and business, a follow-up
of helper kon (sentences written for these tests, in the style of such reports; no page text, no evaluation data)."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 38, dekon2) a fronted "Seit"/"Während"/"Als" phrase with the Konjunktiv I verb right after it is a phrase of a
# main clause, no subordinate clause: the sentence goes on with the report
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Firma habe die Löhne zweimal erhöht, sagte die Sprecherin des Unternehmens.\n\nDie Gewerkschaft sieht "
            "das anders. Seit Monaten sei kein neues Angebot gekommen.",
            [
                ("Die Firma habe die Löhne zweimal erhöht", IND, "Sprecherin des Unternehmens"),
                ("Seit Monaten sei kein neues Angebot gekommen", IND, "Gewerkschaft"),
            ],
        ),
        (
            "Die Verhandlungen seien gescheitert, sagte Betriebsratschef Uwe Kramm.\n\nDie Produktion läuft seit "
            "Montag wieder. Seit dem Frühjahr habe die Geschäftsführung keinen Termin mehr angeboten.",
            [
                ("Die Verhandlungen seien gescheitert", IND, "Uwe Kramm"),
                ("Seit dem Frühjahr habe die Geschäftsführung keinen Termin mehr angeboten", IND, "Uwe Kramm"),
            ],
        ),
        (
            "Die Anwohner der Hafenstraße sind verärgert. Seit Wochen sei der Baulärm kaum auszuhalten.",
            [("Seit Wochen sei der Baulärm kaum auszuhalten", IND, "Anwohner der Hafenstraße")],
        ),
        (
            "Er habe von dem Streit nichts bemerkt, sagte der Nachbar des Opfers.\n\nDie Verhandlung dauerte bis zum "
            "Abend. Während der Tat sei er im Keller gewesen.",
            [
                ("Er habe von dem Streit nichts bemerkt", IND, "Nachbar des Opfers"),
                ("Während der Tat sei er im Keller gewesen", IND, "Nachbar des Opfers"),
            ],
        ),
    ],
)
def test_round38_dekon2_fronted_seit_phrase(text, expected):
    assert_de_exact(text, expected)


# (round 38, dekon2) a cue whose content would be a clause of consequence ("…, weshalb", "…, woraufhin") in a
# Konjunktiv I sentence that goes on with a report is part of that report, no new report of "Es" or "Sie"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Minister bestritt, dass die Koalition vor dem Aus gestanden habe. Es habe auch niemand mit einem "
            "Rücktritt gedroht, weshalb er die Aufregung der letzten Tage nicht nachvollziehen könne.",
            [
                ("die Koalition vor dem Aus gestanden habe", IND, "Minister"),
                ("Es habe auch niemand mit einem Rücktritt gedroht, weshalb er die Aufregung der letzten Tage nicht "
                 "nachvollziehen könne", IND, "Minister"),
            ],
        ),
        (
            "Der Angeklagte gab an, er habe die Frau vorher nie gesehen. Sie habe ihn angesprochen und um Geld "
            "gebeten, woraufhin er sie weggeschickt habe.",
            [
                ("er habe die Frau vorher nie gesehen", IND, "Angeklagte"),
                ("Sie habe ihn angesprochen und um Geld gebeten, woraufhin er sie weggeschickt habe", IND,
                 "Angeklagte"),
            ],
        ),
        (
            "Die Bürgermeisterin sagte, der Stadtrat sei rechtzeitig informiert worden. Man habe die Pläne schon im Herbst "
            "angekündigt, weswegen sie die Kritik nicht verstehe.",
            [
                ("der Stadtrat sei rechtzeitig informiert worden", IND, "Bürgermeisterin"),
                ("Man habe die Pläne schon im Herbst angekündigt, weswegen sie die Kritik nicht verstehe", IND,
                 "Bürgermeisterin"),
            ],
        ),
    ],
)
def test_round38_dekon2_cue_before_consequence(text, expected):
    assert_de_exact(text, expected)


# (round 38, dekon2) a plural Konjunktiv II after the speaker's quotation opened by a colon goes on with that speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Innenministerin Karin Wolf nannte keinen Termin für ein Ende der Maßnahme: „Wir sehen uns die Lage jede "
            "Woche an.“ Die Kontrollen würden „noch eine Weile“ andauern.",
            [
                ("Wir sehen uns die Lage jede Woche an.", DIR, "Karin Wolf"),
                ("Die Kontrollen würden „noch eine Weile“ andauern", IND, "Karin Wolf"),
                ("noch eine Weile", DIR, "Karin Wolf"),
            ],
        ),
        (
            "Landrat Peter Albers wollte sich auf keine Zahl festlegen: „Das hängt vom Wetter ab.“ Die Arbeiten "
            "würden „einige Monate“ dauern.",
            [
                ("Das hängt vom Wetter ab.", DIR, "Peter Albers"),
                ("Die Arbeiten würden „einige Monate“ dauern", IND, "Peter Albers"),
                ("einige Monate", DIR, "Peter Albers"),
            ],
        ),
    ],
)
def test_round38_dekon2_konjunktiv_ii_after_colon_quote(text, expected):
    assert_de_exact(text, expected)


# (round 38, dekon2) a thing opening the writer's sentence after a paragraph break is no source: the report before it is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Reform werde die Länder spürbar entlasten, sagte Finanzminister Jonas Berg.\n\nDer Entwurf liegt "
            "dem Kabinett seit Dienstag vor. Die Kosten werde zum größten Teil der Bund tragen.",
            [
                ("Die Reform werde die Länder spürbar entlasten", IND, "Jonas Berg"),
                ("Die Kosten werde zum größten Teil der Bund tragen", IND, "Jonas Berg"),
            ],
        ),
        (
            "Die Klinik brauche dringend mehr Personal, sagte Geschäftsführerin Maren Holt.\n\nDie Neuregelung gilt ab "
            "dem ersten Januar. Bis dahin werde man mit Leihkräften arbeiten.",
            [
                ("Die Klinik brauche dringend mehr Personal", IND, "Maren Holt"),
                ("Bis dahin werde man mit Leihkräften arbeiten", IND, "Maren Holt"),
            ],
        ),
    ],
)
def test_round38_dekon2_thing_subject_over_gap(text, expected):
    assert_de_exact(text, expected)


# guards: what must stay as it is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a real "seit" clause: the main clause after its comma is the report
        (
            "Der Trainer sagte, die Mannschaft sei gut vorbereitet. Seit er im Amt sei, habe sie kein Heimspiel verloren.",
            [
                ("die Mannschaft sei gut vorbereitet", IND, "Trainer"),
                ("Seit er im Amt sei, habe sie kein Heimspiel verloren", IND, "Trainer"),
            ],
        ),
        # the writer's own Konjunktiv II after a colon quote: no plural noun subject, no report
        (
            "Ministerin Karin Wolf sagte dazu: „Wir prüfen das.“ Das würde bedeuten, dass die Frist verlängert wird.",
            [("Wir prüfen das.", DIR, "Karin Wolf")],
        ),
        # an indirect question after a cue in the writer's indicative: still its content
        (
            "Der Sprecher erklärte, weshalb die Brücke gesperrt wurde.",
            [("die Brücke gesperrt wurde", IND, "Sprecher")],
        ),
        # a person opening the writer's sentence after the break is the source
        (
            "Die Reform sei überfällig, sagte Finanzministerin Petra Lange.\n\nOppositionsführer Karl Brandt sieht das "
            "anders. Seit Jahren werde das Problem verschleppt.",
            [
                ("Die Reform sei überfällig", IND, "Petra Lange"),
                ("Seit Jahren werde das Problem verschleppt", IND, "Karl Brandt"),
            ],
        ),
        # no report before: a fronted "Seit" phrase in the writer's indicative stays unreported
        ("Seit Wochen ist die Lage an der Grenze angespannt. Die Polizei kontrolliert jeden Wagen.", []),
    ],
)
def test_round38_dekon2_guards(text, expected):
    assert_de_exact(text, expected)
