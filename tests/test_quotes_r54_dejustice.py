"""Round 54, family dejustice (German court, police and business reports written for this audit: Staatsanwaltschaft,
Verteidiger, Richterin, Angeklagter, Polizeisprecher, Unternehmenssprecher, Konjunktiv I chains): "er" is no woman's role
with its body ("…, sagte eine Sprecherin der Polizei. Der 19-Jährige erschien auf dem Revier. Er gab an, er sei …" was
hers; now the man the age description opening the sentence before names); an age description that stood as its own
speaker before a person of its sex was named stays itself ("Der 52-Jährige ließ erklären … Verteidiger Thomas Brand …
„…“, antwortete der 52-Jährige" was the defender); a possessive source of the other sex than the speaker quoted last
names the person of its sex ("Der Angeklagte sagte, …. Staatsanwältin Lena Vogt sieht das anders. Nach ihrer
Darstellung …" was the defendant); a Konjunktiv I only inside a dass-clause after the writer's past indicative main
clause does not go on with the report before ("Zugunsten des Mannes wertete das Gericht, dass er … habe" was the
defendant's); a bare "die Sprecherin" after "eine Sprecherin der Polizei" is that speaker again after someone else spoke
between (was "Sprecherin"). All sentences written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES_R54_DEJUSTICE = [
    # "er" is no woman's role with its body: the man described opening the sentence before
    ("Ein Test sei negativ, sagte eine Sprecherin der Polizei. Der 19-Jährige erschien am Dienstag auf einem Revier. "
     "Er gab an, er sei in Panik geraten.",
     [(IND, "Ein Test sei negativ", "Sprecherin der Polizei"), (IND, "er sei in Panik geraten", "19-Jährige")]),
    ("Die Lage sei ruhig, sagte eine Sprecherin der Stadt. Der 45-Jährige kam später. Er sagte, er sei müde.",
     [(IND, "Die Lage sei ruhig", "Sprecherin der Stadt"), (IND, "er sei müde", "45-Jährige")]),
    ("Die Lage sei ruhig, sagte ein Sprecher der Stadt. Die 45-Jährige kam später. Sie sagte, sie sei müde.",
     [(IND, "Die Lage sei ruhig", "Sprecher der Stadt"), (IND, "sie sei müde", "45-Jährige")]),
    # (no one rather than the woman when the man is known only by a role)
    ("Die Lage sei ruhig, sagte eine Sprecherin der Stadt. Der Bürgermeister kam später. Er sagte, er sei müde.",
     [(IND, "Die Lage sei ruhig", "Sprecherin der Stadt"), (IND, "er sei müde", None)]),
    # an age description that spoke before the person now fitting was named stays itself
    ("Der 34-Jährige räumte die Tat ein. „Er hat Fehler gemacht“, sagte sein Anwalt Jan Berger. Staatsanwältin Eva Roth "
     "widersprach. „Es tut mir leid“, sagte der 34-Jährige.",
     [(IND, "Der 34-Jährige räumte die Tat ein", "34-Jährige"), (DIR, "Er hat Fehler gemacht", "Jan Berger"),
      (IND, "Staatsanwältin Eva Roth widersprach", "Eva Roth"), (DIR, "Es tut mir leid", "34-Jährige")]),
    # a possessive source of the other sex than the speaker quoted last
    ("Der Angeklagte sagte, er habe sich gewehrt. Staatsanwältin Lena Vogt sieht das anders. Nach ihrer Darstellung "
     "hatte er das Messer gezogen.",
     [(IND, "er habe sich gewehrt", "Angeklagte"), (IND, "hatte er das Messer gezogen", "Lena Vogt")]),
    ("Der Angeklagte sagte, er habe sich gewehrt. Staatsanwältin Lena Vogt sieht das anders. Ihrer Darstellung nach "
     "hatte der Mann das Messer gezogen.",
     [(IND, "er habe sich gewehrt", "Angeklagte"), (IND, "hatte der Mann das Messer gezogen", "Lena Vogt")]),
    # a Konjunktiv I inside a dass-clause after the writer's past indicative
    ("Er habe seinen Beratern vertraut, sagte der Angeklagte. Zugunsten des Mannes wertete das Gericht, dass er Teile "
     "des Schadens zurückgezahlt habe.",
     [(IND, "Er habe seinen Beratern vertraut", "Angeklagte")]),
    ("Er habe seinen Beratern vertraut, sagte der Angeklagte. Positiv berücksichtigte die Kammer, dass er den Schaden "
     "ersetzt habe.",
     [(IND, "Er habe seinen Beratern vertraut", "Angeklagte")]),
    # a bare role after the same role introduced with its body, another speaker between
    ("Der Test sei negativ, sagte eine Sprecherin der Polizei. Karl Moor kam. Er sagte, er sei müde. Der Wagen sei "
     "kaputt, erklärte die Sprecherin.",
     [(IND, "Der Test sei negativ", "Sprecherin der Polizei"), (IND, "er sei müde", "Karl Moor"),
      (IND, "Der Wagen sei kaputt", "Sprecherin der Polizei")]),
]

GUARDS_R54_DEJUSTICE = [
    # the age description's own earlier report close before (unchanged; the whole court article below is the fix)
    ("Der 52-Jährige ließ über seinen Anwalt erklären, er bereue alles. „Mein Mandant bedauert das“, sagte Verteidiger "
     "Thomas Brand. Die Richterin Sabine Hohl fragte nach, warum er schwieg. „Ich hatte Angst“, antwortete der "
     "52-Jährige mit leiser Stimme.",
     [(IND, "er bereue alles", "52-Jährige"), (DIR, "Mein Mandant bedauert das", "Thomas Brand"),
      (DIR, "Ich hatte Angst", "52-Jährige")]),
    # "sie"/"er" after a speaker of its own sex (unchanged)
    ("Die Lage sei ruhig, sagte eine Sprecherin der Stadt. Sie sagte, der Markt sei geschlossen.",
     [(IND, "Die Lage sei ruhig", "Sprecherin der Stadt"), (IND, "der Markt sei geschlossen", "Sprecherin der Stadt")]),
    ("Die Lage sei ruhig, sagte ein Sprecher des Ministeriums. Er sagte, der Markt sei geschlossen.",
     [(IND, "Die Lage sei ruhig", "Sprecher des Ministeriums"),
      (IND, "der Markt sei geschlossen", "Sprecher des Ministeriums")]),
    # an age given beside the name: the named person (unchanged)
    ("Anwalt Jan Berger, 52, vertritt den Mann. Der 52-Jährige sagte, der Fall sei klar. Richterin Eva Roth "
     "widersprach. „Das sehe ich anders“, sagte der 52-Jährige.",
     [(IND, "der Fall sei klar", "Jan Berger"), (IND, "Richterin Eva Roth widersprach", "Eva Roth"),
      (DIR, "Das sehe ich anders", "Jan Berger")]),
    # a possessive of the speaker's own sex, or a plural's (unchanged)
    ("Verteidiger Jan Ott sagte, der Fall sei klar. Seiner Ansicht nach ist der Fall offen.",
     [(IND, "der Fall sei klar", "Jan Ott"), (IND, "ist der Fall offen", "Jan Ott")]),
    ("Die Verteidiger erklärten, der Mann sei unschuldig. Nach ihrer Darstellung war er zu Hause.",
     [(IND, "der Mann sei unschuldig", "Verteidiger"), (IND, "war er zu Hause", "Verteidiger")]),
    ("Die Ermittler sagten, der Mann sei geflohen. Nach ihren Angaben war er bewaffnet.",
     [(IND, "der Mann sei geflohen", "Ermittler"), (IND, "war er bewaffnet", "Ermittler")]),
    ("Die Angeklagte sagte, sie habe sich gewehrt. Nach ihrer Darstellung hatte der Mann das Messer gezogen.",
     [(IND, "sie habe sich gewehrt", "Angeklagte"), (IND, "hatte der Mann das Messer gezogen", "Angeklagte")]),
    # a cue with its dass-clause, a Konjunktiv main clause, and a Konjunktiv sentence after a report (unchanged)
    ("Er habe vertraut, sagte der Angeklagte. Die Polizei stellte fest, dass er betrunken gewesen sei.",
     [(IND, "Er habe vertraut", "Angeklagte"), (IND, "er betrunken gewesen sei", "Polizei")]),
    ("Er habe vertraut, sagte der Angeklagte. Er betonte, dass er nichts gewusst habe.",
     [(IND, "Er habe vertraut", "Angeklagte"), (IND, "er nichts gewusst habe", "Angeklagte")]),
    ("Er habe vertraut, sagte der Angeklagte. Entscheidend sei, dass er gezahlt habe.",
     [(IND, "Er habe vertraut", "Angeklagte"), (IND, "Entscheidend sei, dass er gezahlt habe", "Angeklagte")]),
    ("Er habe vertraut, sagte der Angeklagte. Zudem sei das Verfahren lang gewesen.",
     [(IND, "Er habe vertraut", "Angeklagte"), (IND, "Zudem sei das Verfahren lang gewesen", "Angeklagte")]),
    # a bare role right after its speaker, after two bodies' roles, and after a role named with a name (unchanged)
    ("Der Test sei negativ, sagte eine Sprecherin der Polizei. Der Wagen sei kaputt, erklärte die Sprecherin.",
     [(IND, "Der Test sei negativ", "Sprecherin der Polizei"), (IND, "Der Wagen sei kaputt", "Sprecherin der Polizei")]),
    ("Der Test sei negativ, sagte eine Sprecherin der Polizei. Eine Sprecherin der Stadt widersprach. Der Wagen sei "
     "kaputt, erklärte die Sprecherin.",
     [(IND, "Der Test sei negativ", "Sprecherin der Polizei"),
      (IND, "Eine Sprecherin der Stadt widersprach", "Sprecherin der Stadt"),
      (IND, "Der Wagen sei kaputt", "Sprecherin der Stadt")]),
    ("Der Test sei negativ, sagte eine Sprecherin der Polizei. Dann kam Polizeisprecherin Eva Roth. Sie sagte, sie sei "
     "müde. Der Wagen sei kaputt, erklärte die Sprecherin.",
     [(IND, "Der Test sei negativ", "Sprecherin der Polizei"), (IND, "sie sei müde", "Eva Roth"),
      (IND, "Der Wagen sei kaputt", "Eva Roth")]),
    # mid-clause source phrases still split the clause (the convention)
    ("Der Täter war nach Angaben der Polizei bewaffnet.",
     [(IND, "Der Täter war", "Polizei"), (IND, "bewaffnet", "Polizei")]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R54_DEJUSTICE + GUARDS_R54_DEJUSTICE)
def test_r54_dejustice_rows(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE_R54_DEJUSTICE = Path(__file__).parent / "data" / "quotes_r54_de_court_article.txt"


def test_r54_dejustice_court_article() -> None:
    """The court report as a whole: the defendant's answer, the prosecutor's account, the court's own reasoning."""
    got = run(ARTICLE_R54_DEJUSTICE.read_text(encoding="utf-8"))
    assert (IND, "er habe Kundengelder auf eigene Konten umgeleitet", "52-Jährige") in got
    assert (IND, "Er habe gefälschte Kontoauszüge verschickt", "Anklage") in got
    assert (DIR, "Mein Mandant bedauert zutiefst, was er seinen Kunden angetan hat", "Thomas Brand") in got
    assert (DIR, "Ich hatte Angst, alles zu verlieren", "52-Jährige") in got
    assert (IND, "hatte der Angeklagte die Auszüge selbst gefälscht und verschickt", "Jana Riedel") in got
    assert not any(q.startswith("Zugunsten des Mannes") for _, q, _ in got), got
    assert (IND, "Ein Urteil könnte Ende März fallen", "Sprecherin des Gerichts") in got
