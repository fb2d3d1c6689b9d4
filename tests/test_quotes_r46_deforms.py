"""Round 46, deforms: German reports in relative and subordinate clauses (a cue closing a relative clause on the
sentence's subject, with its own content or a noun after its pronoun, before the main clause's cue; a contrast with
"während" and another source's report after a content)."""

import pytest

from tests.quote_cases import quotes_of


def got(text: str) -> list[tuple[str, str | None]]:
    return sorted(quotes_of(text, "de"))


FIX = [
    # a relative clause with its own report on the subject, then the main clause's cue (its report was lost)
    ("Müller, der erklärte, er wisse nichts, sagte, er habe Fehler gemacht.",
     [("er wisse nichts", "Müller"), ("er habe Fehler gemacht", "Müller")]),
    ("Müller, der zuvor erklärt hatte, er wisse nichts, sagte am Montag, dass er Fehler gemacht habe.",
     [("er wisse nichts", "Müller"), ("er Fehler gemacht habe", "Müller")]),
    ("Müller, der erklärte, dass er nichts wisse, sagte, er habe Fehler gemacht.",
     [("er nichts wisse", "Müller"), ("er habe Fehler gemacht", "Müller")]),
    ("Der Minister, der gesagt hatte, die Reform komme, erklärte am Montag, sie komme doch nicht.",
     [("die Reform komme", "Minister"), ("sie komme doch nicht", "Minister")]),
    ("Müller, der erklärte, er wisse nichts, teilte mit, er habe Fehler gemacht.",
     [("er wisse nichts", "Müller"), ("er habe Fehler gemacht", "Müller")]),
    # ... and no false trailing report of the subject with the object as its speaker
    ("Müller, der zuvor erklärt hatte, er wisse nichts, räumte am Montag Fehler ein.", [("er wisse nichts", "Müller")]),
    ("Der Minister, der zuvor erklärt hatte, dass er nichts wisse, räumte am Montag Fehler ein.",
     [("er nichts wisse", "Minister")]),
    # a relative clause with a noun after its pronoun, closed by its verb (reported nothing)
    ("Müller, der Fehler einräumte, sagte, er habe nichts gewusst.", [("er habe nichts gewusst", "Müller")]),
    ("Müller, der Chef der Firma ist, sagte, er habe nichts gewusst.", [("er habe nichts gewusst", "Müller")]),
    # a contrast with another source's report ends the content (it ran on over "während …")
    ("Die Opposition kritisierte, dass die Reform zu teuer sei, während Müller betonte, sie komme.",
     [("die Reform zu teuer sei", "Opposition"), ("sie komme", "Müller")]),
    ("Die Opposition kritisierte, die Reform sei zu teuer, während der Minister betonte, sie sei notwendig.",
     [("die Reform sei zu teuer", "Opposition"), ("sie sei notwendig", "Minister")]),
]

GUARD = [
    # already right before the round
    ("Die Firma, die mitteilte, sie baue Stellen ab, sagte am Montag, der Gewinn sei gestiegen.",
     [("sie baue Stellen ab", "Firma"), ("der Gewinn sei gestiegen", "Firma")]),
    ("Müller, der im Januar zurückgetreten war, sagte am Montag, er habe Fehler gemacht.",
     [("er habe Fehler gemacht", "Müller")]),
    ("Müller, der Chef der Firma, sagte, er habe nichts gewusst.", [("er habe nichts gewusst", "Müller")]),
    ("Der Mann, der Anzeige erstattet hatte, sagte, er sei bedroht worden.", [("er sei bedroht worden", "Mann")]),
    ("Die Ministerin, die im Januar gesagt hatte, sie bleibe im Amt, trat zurück.", [("sie bleibe im Amt", "Ministerin")]),
    # the main clause's verb after the relative clause is no content of the relative clause's cue
    ("Die Reform, die Merkel kritisierte, sei zu teuer, sagte Müller.",
     [("Die Reform, die Merkel kritisierte, sei zu teuer", "Müller")]),
    # "während" without a cue of its own, or as a preposition, stays in the content
    ("Die Opposition kritisierte, dass die Reform zu teuer sei, während die Regierung sie verteidige.",
     [("die Reform zu teuer sei, während die Regierung sie verteidige", "Opposition")]),
    ("Der Minister sagte, er habe während der Sitzung nichts gesagt.", [("er habe während der Sitzung nichts gesagt", "Minister")]),
    ("Die Reform sei zu teuer, kritisierte die Opposition, während Müller betonte, sie komme.",
     [("Die Reform sei zu teuer", "Opposition"), ("sie komme", "Müller")]),
    # other verb forms, already reported
    ("Der Minister soll gesagt haben, dass die Regierung die Steuern senken werde.",
     [("die Regierung die Steuern senken werde", "Minister")]),
    ("Die Steuern würden sinken, hatte der Minister gesagt.", [("Die Steuern würden sinken", "Minister")]),
    ("Von der Firma wurde bestätigt, dass 500 Stellen wegfallen.", [("500 Stellen wegfallen", "Firma")]),
    ("Der Sprecher hat nicht gesagt, ob die Firma Stellen abbaut.", []),
]


@pytest.mark.parametrize("text,expected", FIX + GUARD)
def test_deforms(text: str, expected: list) -> None:
    assert got(text) == sorted(expected)
