"""Round 52, family auditde4 (German asylum-summit, Bundeswehr-procurement, housing-study and local-election articles
written here): a plural Konjunktiv II standing in for the Konjunktiv I after a direct quote goes on with its speaker also
with "bräuchten", "stünden", "lägen", "kämen", after a coordinated subject ("Die Wählerinnen und Wähler hätten …") and
after an expletive "Es" before the plural verb ("Es würden zu wenige Wohnungen gebaut"); a common noun with its article
before "von" and a full name is no part of that name ("das Beispiel von Miriam Tellkamp"); "er"/"sie" after a sentence
opened by an age description of the person the sentence before named is that person; an indirect quote ending another
of the same sentence and speaker right after its "dass" is dropped ("rechnet nach eigenen Worten damit, dass …"); an
event or a change with its genitive owner is no new source before "dagegen" ("Das Erstarken der AfD sei dagegen …"); the
reproach after "warf dem Kanzler" is no name ("warf dem Kanzler Symbolpolitik vor")."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a plural Konjunktiv II no indicative shares (was no quote)
    ("„Wir haben mehr erwartet“, sagte Präsident Ulrich Brandstätter. Die Städte bräuchten vor allem Wohnraum und "
     "Personal.",
     [(DIR, "Wir haben mehr erwartet", "Ulrich Brandstätter"),
      (IND, "Die Städte bräuchten vor allem Wohnraum und Personal", "Ulrich Brandstätter")]),
    ("„Das ist bitter“, sagte Verbandschef Jörg Pallmann. Viele Betriebe stünden vor dem Aus.",
     [(DIR, "Das ist bitter", "Jörg Pallmann"), (IND, "Viele Betriebe stünden vor dem Aus", "Jörg Pallmann")]),
    # a coordinated subject (was no quote)
    ("„Das ist ein großartiger Abend“, rief Bürgermeisterin Sophie Lindqvist ihren Anhängern zu. Die Wählerinnen und "
     "Wähler hätten sich für Klimaschutz entschieden.",
     [(DIR, "Das ist ein großartiger Abend", "Sophie Lindqvist"),
      (IND, "Die Wählerinnen und Wähler hätten sich für Klimaschutz entschieden", "Sophie Lindqvist")]),
    # an expletive "Es" before the plural verb (was no quote)
    ("„Der Markt ist leergefegt“, sagte Studienleiter Henrik Vossberg. Es würden schlicht zu wenige Wohnungen gebaut.",
     [(DIR, "Der Markt ist leergefegt", "Henrik Vossberg"),
      (IND, "Es würden schlicht zu wenige Wohnungen gebaut", "Henrik Vossberg")]),
    # "das Beispiel von" + full name, then an age description opening the next sentence (was the minister quoted before)
    ("„Wir müssen sparen“, sagte Ministerin Elke Strothmann. Wie angespannt die Lage ist, zeigt das Beispiel von Miriam "
     "Tellkamp. Die 34-jährige Pflegekraft sucht seit über einem Jahr eine Wohnung. „Zu jeder Besichtigung kommen 60 "
     "Leute“, erzählt sie. Ihr sei schon gesagt worden, sie verdiene zu wenig.",
     [(DIR, "Wir müssen sparen", "Elke Strothmann"), (DIR, "Zu jeder Besichtigung kommen 60 Leute", "Miriam Tellkamp"),
      (IND, "Ihr sei schon gesagt worden, sie verdiene zu wenig", "Miriam Tellkamp")]),
    ("„Wir bleiben dran“, sagte Landrat Peter Kühn. Ein Blick auf den Fall von Jonas Albrecht zeigt die Not. Der "
     "52-jährige Schreiner wartet seit Monaten auf Hilfe. „Ich weiß nicht weiter“, sagt er.",
     [(DIR, "Wir bleiben dran", "Peter Kühn"), (DIR, "Ich weiß nicht weiter", "Jonas Albrecht")]),
    # an event's or a change's subject with its genitive owner is no new source before an adverb of contrast (was
    # "Erstarken der AfD", "Aufstieg der AfD")
    ("Reimold sagte, die Verluste seien lokal. Das Erstarken der AfD sei dagegen ein bundesweiter Trend.",
     [(IND, "die Verluste seien lokal", "Reimold"), (IND, "Das Erstarken der AfD sei dagegen ein bundesweiter Trend", "Reimold")]),
    ("Reimold sagte, die Verluste seien lokal. Der Aufstieg der AfD sei dagegen ein bundesweiter Trend.",
     [(IND, "die Verluste seien lokal", "Reimold"), (IND, "Der Aufstieg der AfD sei dagegen ein bundesweiter Trend", "Reimold")]),
    # the reproach after "vorwerfen"'s title is no name (a later "der Kanzler" was "Symbolpolitik")
    ("Bundeskanzler Matthias Krämer sprach von einem Erfolg. Unionsfraktionschef Peter Lenzen warf dem Kanzler "
     "Symbolpolitik vor. „Das ist zu wenig“, sagte er. „Wir lassen niemanden allein“, versprach der Kanzler.",
     [(IND, "Bundeskanzler Matthias Krämer sprach von einem Erfolg", "Matthias Krämer"),
      (IND, "Unionsfraktionschef Peter Lenzen warf dem Kanzler Symbolpolitik vor", "Peter Lenzen"),
      (DIR, "Das ist zu wenig", "Peter Lenzen"), (DIR, "Wir lassen niemanden allein", "Matthias Krämer")]),
    # a report inside another of the same speaker (was also "sich die Lage frühestens 2028 entspannt")
    ("Vossberg rechnet nach eigenen Worten damit, dass sich die Lage frühestens 2028 entspannt.",
     [(IND, "Vossberg rechnet", "Vossberg"), (IND, "damit, dass sich die Lage frühestens 2028 entspannt", "Vossberg")]),
]

GUARDS = [
    # the writer's singular hedge after "Es" and a plain indicative after a coordinated subject report nothing
    ("„Der Markt ist leergefegt“, sagte Studienleiter Henrik Vossberg. Es würde bedeuten, dass alle umziehen.",
     [(DIR, "Der Markt ist leergefegt", "Henrik Vossberg")]),
    ("„Der Markt ist leergefegt“, sagte Studienleiter Henrik Vossberg. Die Mieter und Vermieter wussten das längst.",
     [(DIR, "Der Markt ist leergefegt", "Henrik Vossberg")]),
    # a condition keeps a plural Konjunktiv II the writer's
    ("„Das ist bitter“, sagte Verbandschef Jörg Pallmann. Wenn es so weitergeht, stünden viele Betriebe vor dem Aus.",
     [(DIR, "Das ist bitter", "Jörg Pallmann")]),
    # the age description fits the minister named in that sentence: she goes on
    ("„Wir müssen sparen“, sagte Ministerin Elke Strothmann. Wie angespannt die Lage ist, zeigt das Beispiel von Peter "
     "Tellkamp. Die 58-jährige Strothmann kennt solche Fälle. „Zu jeder Besichtigung kommen 60 Leute“, erzählt sie.",
     [(DIR, "Wir müssen sparen", "Elke Strothmann"), (DIR, "Zu jeder Besichtigung kommen 60 Leute", "Elke Strothmann")]),
    # a noble name's "von" after a first name stays one name
    ("„Wir kommen wieder“, sagte Karl von Habsburg.",
     [(DIR, "Wir kommen wieder", "Karl von Habsburg")]),
    # a body, or a person of a body, with an adverb of contrast is the new source
    ("Reimold sagte, die Verluste seien lokal. Das Unternehmen sehe das dagegen anders.",
     [(IND, "die Verluste seien lokal", "Reimold"), (IND, "Das Unternehmen sehe das dagegen anders", "Unternehmen")]),
    ("Reimold sagte, die Verluste seien lokal. Der Vorstand der Bank sehe das dagegen anders.",
     [(IND, "die Verluste seien lokal", "Reimold"),
      (IND, "Der Vorstand der Bank sehe das dagegen anders", "Vorstand der Bank")]),
    # a title holder's name after the dative article stays a name
    ("Lenzen dankte dem Kanzler Scholz. „Wir lassen niemanden allein“, versprach der Kanzler.",
     [(IND, "Lenzen dankte dem Kanzler Scholz", "Lenzen"), (DIR, "Wir lassen niemanden allein", "Scholz")]),
    # one report with a cue of its own stays as it was
    ("Vossberg rechnet damit, dass sich die Lage frühestens 2028 entspannt.",
     [(IND, "sich die Lage frühestens 2028 entspannt", "Vossberg")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_auditde4_rows(text: str, expected: list) -> None:
    assert run(text) == expected


ARTICLE = Path(__file__).parent / "data" / "quotes_r52_wohnung_article.txt"


def test_auditde4_article() -> None:
    got = run(ARTICLE.read_text(encoding="utf-8"))
    assert (DIR, "Zu jeder Besichtigung kommen 60, 70 Leute", "Miriam Tellkamp") in got
    assert (IND, "Es würden schlicht zu wenige Wohnungen gebaut. Die Zinswende habe viele Projekte unwirtschaftlich "
            "gemacht", "Henrik Vossberg") in got
    assert (IND, "sich die Lage frühestens 2028 entspannt", "Henrik Vossberg") not in got
    assert all(s != "Elke Strothmann" for _, t, s in got if "Umland" in t)
