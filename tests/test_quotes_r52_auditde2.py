"""Round 52, family auditde2 (German Landtag, protest, football and space articles written here): a bare space or
engineering role before a name ("Die Astronautin Sabine Kettler verfolgte den Start.") makes that person the next
"sie"; a short capitalised quotation that repeats a name given earlier in quotation marks after its noun ("die
Trägerrakete „Aurora 2“") is that name again; an elided compound inside the owner of "nach Angaben des …" ("des
Deutschen Zentrums für Luft- und Raumfahrt"); "die Sprecherin" after "eine Sprecherin" is the unnamed one, not a
spokeswoman named earlier; a Konjunktiv verb after ", die Beamten" (article, noun, verb second) is a main clause that
goes on with the report; ruling out a replacement, a transfer or job cuts ("Einen Ersatz schloss Wollny aus") is a
speech act."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a bare "Astronautin"/"Ingenieur" before the name opening the sentence before (was the minister quoted before)
    ("Katrin Albers sagte: „Gut.“ Die Astronautin Sabine Kettler verfolgte den Start. „Ich hatte Gänsehaut“, sagte sie.",
     [(DIR, "Gut.", "Katrin Albers"), (DIR, "Ich hatte Gänsehaut", "Sabine Kettler")]),
    # a quoted name repeated inside a report (was a direct quote of its speaker)
    ("Die Trägerrakete „Aurora 2“ ist gestartet. Sabine Kettler sagte, sie hoffe, dass „Aurora 2“ bald Menschen "
     "ins All bringe.",
     [(IND, "sie hoffe, dass „Aurora 2“ bald Menschen ins All bringe", "Sabine Kettler")]),
    # an elided compound in the owner's name (the content began at "und Raumfahrt")
    ("Nach Angaben des Deutschen Zentrums für Luft- und Raumfahrt werden die ersten Bilder in zwei Wochen erwartet.",
     [(IND, "werden die ersten Bilder in zwei Wochen erwartet", "Deutsche Zentrum für Luft und Raumfahrt")]),
    ("Nach Angaben des Bundesamts für Bau- und Raumordnung steigen die Mieten weiter.",
     [(IND, "steigen die Mieten weiter", "Bundesamt für Bau und Raumordnung")]),
    # "die Sprecherin" after "eine Sprecherin" (was the spokeswoman named before)
    ("Sprecherin Lena Oberholz sagte, der Ausbau zerstöre den Wald. Der Ausbau sei unverzichtbar, teilte eine "
     "Sprecherin des Ministeriums mit. Man nehme die Sorgen ernst, so die Sprecherin weiter.",
     [(IND, "der Ausbau zerstöre den Wald", "Lena Oberholz"), (IND, "Der Ausbau sei unverzichtbar", "Sprecherin des Ministeriums"),
      (IND, "Man nehme die Sorgen ernst", "Sprecherin des Ministeriums")]),
    # a second main clause with article, noun and Konjunktiv after the comma goes on with the report (was left out)
    ("Die Polizei brauche neue Befugnisse, sagte Kollmann. Terroristen nutzten längst verschlüsselte Messenger, die "
     "Beamten dürften nicht hinterherhinken. Das Gesetz sei verhältnismäßig.",
     [(IND, "Die Polizei brauche neue Befugnisse", "Kollmann"),
      (IND, "Terroristen nutzten längst verschlüsselte Messenger, die Beamten dürften nicht hinterherhinken. Das "
            "Gesetz sei verhältnismäßig", "Kollmann")]),
    # ruling out a replacement or job cuts (was nothing)
    ("Wollny schloss einen Ersatz von außen vorerst aus.",
     [(IND, "Wollny schloss einen Ersatz von außen vorerst aus", "Wollny")]),
    ("Der Vorstand schloss Entlassungen aus.", [(IND, "Der Vorstand schloss Entlassungen aus", "Vorstand")]),
]

GUARDS = [
    # "Ingenieur" before a name was a role already (its "-eur" ending)
    ("Anna Roth sagte: „Gut.“ Der Ingenieur Peter Lang prüfte die Ventile. „Wir haben kaum geschlafen“, sagte er.",
     [(DIR, "Gut.", "Anna Roth"), (DIR, "Wir haben kaum geschlafen", "Peter Lang")]),
    # a role that is already a title
    ("Katrin Albers sagte: „Gut.“ Die Ministerin Sabine Kettler verfolgte den Start. „Ich hatte Gänsehaut“, sagte sie.",
     [(DIR, "Gut.", "Katrin Albers"), (DIR, "Ich hatte Gänsehaut", "Sabine Kettler")]),
    # a short quotation in a report that names nothing given earlier stays the speaker's words
    ("Kettler sagte, das sei ein „Meilenstein“.", [(IND, "das sei ein „Meilenstein“", "Kettler"),
                                                   (DIR, "Meilenstein", "Kettler")]),
    # "laut" with an elided compound already worked
    ("Laut dem Bundesamt für Bau- und Raumordnung steigen die Mieten weiter.",
     [(IND, "steigen die Mieten weiter", "Bundesamt für Bau und Raumordnung")]),
    # "eine Sprecherin" with her name after it is the named one again
    ("Sprecherin Lena Oberholz sagte, der Ausbau zerstöre den Wald. Eine Sprecherin Lena Oberholz sagte. Man nehme die "
     "Sorgen ernst, so die Sprecherin weiter.",
     [(IND, "der Ausbau zerstöre den Wald", "Lena Oberholz"), (IND, "Man nehme die Sorgen ernst", "Lena Oberholz")]),
    # without "weiter" round 25's reading stays: "der Sprecher" is the spokesman named before
    ("Sprecherin Lena Oberholz sagte, der Ausbau zerstöre den Wald. Der Ausbau sei unverzichtbar, teilte eine "
     "Sprecherin des Ministeriums mit. Man nehme die Sorgen ernst, sagte die Sprecherin.",
     [(IND, "der Ausbau zerstöre den Wald", "Lena Oberholz"), (IND, "Der Ausbau sei unverzichtbar", "Sprecherin des Ministeriums"),
      (IND, "Man nehme die Sorgen ernst", "Lena Oberholz")]),
    # a relative clause (verb last) after "die" stays a subordinate clause: the writer's sentence
    ("Die Polizei brauche neue Befugnisse, sagte Kollmann. Gemeint sind die Fälle, die Beamten bearbeiten müssten. Das "
     "Gesetz sei verhältnismäßig.",
     [(IND, "Die Polizei brauche neue Befugnisse", "Kollmann"), (IND, "Das Gesetz sei verhältnismäßig", "Kollmann")]),
    # excluding a player is no speech act
    ("Der Verein schloss den Spieler aus.", []),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_auditde2(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


def test_auditde2_space_article() -> None:
    text = (Path(__file__).parent / "data" / "quotes_r52_space_article.txt").read_text(encoding="utf-8")
    got = run(text)
    assert (DIR, "Ich hatte Gänsehaut, als die Triebwerke gezündet haben", "Sabine Kettler") in got
    assert (IND, "Sie hoffe, dass „Aurora 2“ eines Tages auch Menschen ins All bringe", "Sabine Kettler") in got
    assert not any(q == "Aurora 2" for _, q, _ in got)
    assert (IND, "werden die ersten Bilder in etwa zwei Wochen erwartet",
            "Deutsche Zentrum für Luft und Raumfahrt") in got
