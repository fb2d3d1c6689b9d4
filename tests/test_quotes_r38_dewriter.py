"""Round 38, helper dewriter: German sentences of the writer's own read as reported speech in agency, regional, court
and business news (sentences written for these tests, in the style of such reports; no page text, no evaluation data)."""

from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


# (round 38, dewriter) a cue that closes an indirect question (fronted, or an ob-clause after a comma) has no content
# after its comma: the main clause there is the writer's, no report of the question's subject
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Mann habe die Kassiererin bedroht, sagte ein Polizeisprecher. Womit der Täter gedroht hatte, wollte "
            "der Sprecher zunächst nicht sagen.",
            [("Der Mann habe die Kassiererin bedroht", IND, "Polizeisprecher")],
        ),
        ("Auf die Frage, ob der Bericht dementiert werden müsse, wollte sich die Sprecherin nicht äußern.", []),
        ("Worüber die beiden Minister am Abend gesprochen hatten, blieb zunächst unklar.", []),
    ],
)
def test_round38_dewriter_question_clause_cue(text, expected):
    assert_de_exact(text, expected)


# (round 38, dewriter) a Konjunktiv I only inside a fronted indirect question or inside the content clause of a fronted
# noun of speech does not carry the report before it on: the main clause's mood decides
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Werkleitung wolle den Standort verkleinern, teilte ein Sprecher mit. Um wie viele Stellen es gehe, "
            "blieb zunächst offen.",
            [("Die Werkleitung wolle den Standort verkleinern", IND, "Sprecher")],
        ),
        (
            "„Wir ermitteln in alle Richtungen“, so die Sprecherin. Wie es den beiden Mitfahrern gehe und ob sie "
            "noch in Lebensgefahr schwebten, konnte die Staatsanwaltschaft nicht beantworten.",
            [("Wir ermitteln in alle Richtungen", DIR, "Sprecherin")],
        ),
        (
            "Der Angeklagte hatte erklärt, er habe das Geld nur geliehen. Insbesondere seiner Darstellung, er habe "
            "von den Schulden nichts gewusst, schenkten weder die Richterin noch die Schöffen Glauben.",
            [("er habe das Geld nur geliehen", IND, "Angeklagte")],
        ),
        # guards: the main clause in the Konjunktiv I goes on with the report
        (
            "Der Trainer sagte, die Mannschaft sei bereit. Ob er selbst weitermache, wolle er im Sommer entscheiden.",
            [
                ("die Mannschaft sei bereit", IND, "Trainer"),
                ("Ob er selbst weitermache, wolle er im Sommer entscheiden", IND, "Trainer"),
            ],
        ),
        (
            "Die Ministerin sagte, das Gesetz komme noch in diesem Jahr. Wann es in Kraft trete, sei allerdings offen.",
            [
                ("das Gesetz komme noch in diesem Jahr", IND, "Ministerin"),
                ("Wann es in Kraft trete, sei allerdings offen", IND, "Ministerin"),
            ],
        ),
        (
            "Die Behauptung des Zeugen, der Angeklagte sei bewaffnet gewesen, sei widerlegt, sagte die Verteidigerin.",
            [("Die Behauptung des Zeugen, der Angeklagte sei bewaffnet gewesen, sei widerlegt", IND, "Verteidigerin")],
        ),
        ("Wie die Polizei mitteilte, wurde der Fahrer leicht verletzt.",
         [("wurde der Fahrer leicht verletzt", IND, "Polizei")]),
    ],
)
def test_round38_dewriter_embedded_konjunktiv(text, expected):
    assert_de_exact(text, expected)


# (round 38, dewriter) "sprechen" with "dafür"/"dagegen" and no "sich" weighs evidence: no cue, no speaker "Vieles"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vieles spricht jedoch dafür, dass die Brauerei ihren Standort aufgibt. Sie hatte bereits im Frühjahr die "
            "Hälfte der Belegschaft entlassen. Sie sei für die Zukunft gut aufgestellt.",
            [],
        ),
        ("Dafür spricht auch, dass der Täter einen Schlüssel zur Wohnung besaß.", []),
        # guards: "sich dafür aussprechen" and a contrast "Dagegen" with "sprach von" stay speech acts
        ("Die Fraktion sprach sich dafür aus, dass die Kita-Gebühren sinken.",
         [("die Kita-Gebühren sinken", IND, "Fraktion")]),
        (
            "Der Minister sprach von einem Erfolg. Dagegen sprach der Oppositionsführer von einem Desaster.",
            [
                ("Der Minister sprach von einem Erfolg", IND, "Minister"),
                ("Dagegen sprach der Oppositionsführer von einem Desaster", IND, "Oppositionsführer"),
            ],
        ),
    ],
)
def test_round38_dewriter_evidence_not_speech(text, expected):
    assert_de_exact(text, expected)
