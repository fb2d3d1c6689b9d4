"""Round 51, family deleft18: German shapes left open (probe sentences written for this round): a fronted object naming
a thing before a singular reporting verb and an inverted "sie" ("Eine Koalition mit der AfD schloss sie aus": the
pronoun speaks, not the alliance; "Die Partei lehnte sie ab", "Eine Koalition lehnte sie ab" stay open); a sentence
going on with a report whose subject is a thing or a figure before "dagegen"/"hingegen" is no new source ("Die Löhne
würden dagegen sinken" continues the report in the Konjunktiv II as in the Konjunktiv I); "soll(en)" with a year or a
period ahead before a clause end that schedules an event is the writer's plan, no hearsay ("Das Gesetz soll 2027 in
Kraft treten"; yaml `plan_schedule_ends`, `plan_period_words`)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
BERG = "Die Kanzlerin Anna Berg sprach am Montag in Berlin. "
HUBER = "Der Minister Karl Huber sagte am Montag, die Lage sei ernst. "
HUBER_Q = (IND, "die Lage sei ernst", "Karl Huber")

FIXES = [
    # 1. a fronted thing before the verb and "sie": the pronoun speaks
    (BERG + "Eine Koalition mit der AfD schloss sie aus.",
     [(IND, "Eine Koalition mit der AfD schloss sie aus", "Anna Berg")]),
    (BERG + "Eine Zusammenarbeit mit der Linken lehnte sie ab.",
     [(IND, "Eine Zusammenarbeit mit der Linken lehnte sie ab", "Anna Berg")]),
    (BERG + "Ein Bündnis mit den Grünen schloss sie aus.",
     [(IND, "Ein Bündnis mit den Grünen schloss sie aus", "Anna Berg")]),
    (BERG + "Eine Erhöhung der Steuern kündigte sie an.",
     [(IND, "Eine Erhöhung der Steuern kündigte sie an", "Anna Berg")]),
    (BERG + "Neue Steuern kündigte sie an.",
     [(IND, "Neue Steuern kündigte sie an", "Anna Berg")]),
    (BERG + "Weitere Gespräche kündigte sie an.",
     [(IND, "Weitere Gespräche kündigte sie an", "Anna Berg")]),
    (BERG + "Eine Steuererhöhung schloss sie aus.",
     [(IND, "Eine Steuererhöhung schloss sie aus", "Anna Berg")]),
    (BERG + "Jede Zusammenarbeit schloss sie aus.",
     [(IND, "Jede Zusammenarbeit schloss sie aus", "Anna Berg")]),
    # 2. a thing before "dagegen" goes on with the report (Konjunktiv II and I)
    ("Karl Huber sagte am Montag, die Preise würden steigen. Die Löhne würden dagegen sinken.",
     [(IND, "die Preise würden steigen", "Karl Huber"), (IND, "Die Löhne würden dagegen sinken", "Karl Huber")]),
    ("Karl Huber sagte am Montag, die Preise seien hoch. Die Kosten seien hingegen gesunken.",
     [(IND, "die Preise seien hoch", "Karl Huber"), (IND, "Die Kosten seien hingegen gesunken", "Karl Huber")]),
    ("Karl Huber sagte, die Reform sei gut. Die Umsetzung sei dagegen schwierig.",
     [(IND, "die Reform sei gut", "Karl Huber"), (IND, "Die Umsetzung sei dagegen schwierig", "Karl Huber")]),
    # 3. a scheduled event is the writer's plan
    (HUBER + "Das Gesetz soll 2027 in Kraft treten.", [HUBER_Q]),
    (HUBER + "Die Bauarbeiten sollen 2027 beginnen.", [HUBER_Q]),
    (HUBER + "Die neue Halle soll Ende 2026 eröffnet werden.", [HUBER_Q]),
    (HUBER + "Das Gesetz soll im Herbst in Kraft treten.", [HUBER_Q]),
    (HUBER + "Die Regel soll ab 2028 gelten.", [HUBER_Q]),
]

GUARDS = [
    # 1. a phrase that may speak stays the subject; a masculine accusative or a nominative title already decided
    (BERG + "Die Partei lehnte sie ab.", [(IND, "Die Partei lehnte sie ab", "Partei")]),
    (BERG + "Eine Koalition lehnte sie ab.", [(IND, "Eine Koalition lehnte sie ab", "Koalition")]),
    (BERG + "Die Regierung kritisierte sie scharf.", [(IND, "Die Regierung kritisierte sie scharf", "Regierung")]),
    (BERG + "Eine Sprecherin bestätigte sie.", [(IND, "Eine Sprecherin bestätigte sie", "Sprecherin")]),
    (BERG + "Ein Sprecher bestätigte sie.", [(IND, "Ein Sprecher bestätigte sie", "Sprecher")]),
    (BERG + "Die Linke lehnte sie ab.", [(IND, "Die Linke lehnte sie ab", "Linke")]),
    (BERG + "Einen Rücktritt schloss sie aus.", [(IND, "Einen Rücktritt schloss sie aus", "Anna Berg")]),
    (BERG + "Das Gesetz lehnte sie ab.", [(IND, "Das Gesetz lehnte sie ab", "Anna Berg")]),
    ("Der Minister Karl Huber sprach am Montag. Eine Koalition mit der AfD schloss er aus.",
     [(IND, "Eine Koalition mit der AfD schloss er aus", "Karl Huber")]),
    ("Einen Rücktritt schloss der Minister aus.", [(IND, "Einen Rücktritt schloss der Minister aus", "Minister")]),
    ("Diese Forderung wies die Ministerin zurück.",
     [(IND, "Diese Forderung wies die Ministerin zurück", "Ministerin")]),
    ("Die Ministerin schloss eine Koalition aus.", [(IND, "Die Ministerin schloss eine Koalition aus", "Ministerin")]),
    # 2. Konjunktiv II chains go on; a body before "dagegen" is a new source
    ("Der Minister Karl Huber sagte, die Lage sei ernst. Die Behörden hätten zu spät reagiert.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Die Behörden hätten zu spät reagiert", "Karl Huber")]),
    ("Der Minister Karl Huber sagte, die Lage sei ernst. Viele Firmen müssten schließen.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Viele Firmen müssten schließen", "Karl Huber")]),
    ("Der Minister Karl Huber sagte, die Lage sei ernst. Die Kosten würden steigen.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Die Kosten würden steigen", "Karl Huber")]),
    ("Der Minister Karl Huber sagte, die Lage sei ernst. Die Bürger könnten wenig tun.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Die Bürger könnten wenig tun", "Karl Huber")]),
    ("Der Minister Karl Huber sagte, die Lage sei ernst. Die Firmen wären überfordert.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Die Firmen wären überfordert", "Karl Huber")]),
    ("Die Anklage fordert sechs Jahre Haft. Die Verteidigung plädiere dagegen auf Freispruch.",
     [(IND, "Die Anklage fordert sechs Jahre Haft", "Anklage"),
      (IND, "Die Verteidigung plädiere dagegen auf Freispruch", "Verteidigung")]),
    ("Karl Huber sagte, die Lage sei ernst. Die Regierung handle dagegen zu spät.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Die Regierung handle dagegen zu spät", "Regierung")]),
    ("Karl Huber sagte, die Lage sei ernst. Die Grünen hätten dagegen andere Pläne.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Die Grünen hätten dagegen andere Pläne", "Grünen")]),
    # 3. hearsay and plans without a schedule stay reported; a date already made a plan
    (HUBER + "Er soll 2019 Geld genommen haben.", [HUBER_Q, (IND, "Er soll 2019 Geld genommen haben", "Karl Huber")]),
    (HUBER + "Die Steuer soll 2027 steigen.", [HUBER_Q, (IND, "Die Steuer soll 2027 steigen", "Karl Huber")]),
    (HUBER + "Die Sitzung soll stattfinden.", [HUBER_Q, (IND, "Die Sitzung soll stattfinden", "Karl Huber")]),
    (HUBER + "Die Sitzung soll am Montag stattfinden.", [HUBER_Q]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_deleft18_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_deleft18_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
