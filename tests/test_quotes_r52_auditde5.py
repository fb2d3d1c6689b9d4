"""Round 52, family auditde5 (German boulevard, retail-strike, microplastics and biathlon articles written here): a noun
of origin before a first name the lists lack and a surname is a description, not a name part ("die Französin Camille
Rouvier" is Camille Rouvier, and a later "die Französin" names her); "die beiden"/"die meisten" before a Konjunktiv verb
second open a content after a dative addressee, no relative clause ("sagte der „Bild“, die beiden hätten …"); a doctoral
researcher's description ("so der Doktorand") names the person quoted before; an authority's description after the
body named with its short name in brackets ("Das Umweltbundesamt (UBA) sieht sich bestätigt. … teilte die Behörde mit");
a circle around someone ("aus dem Umfeld des Klubs") is no antecedent of a singular "sie"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a noun of origin before an unlisted first name is no name part (were "Französin Camille Rouvier", "Französin")
    ("Im Ziel lag die Französin Camille Rouvier. Rouvier räumte ein, dass sie Zeit verloren habe. „Lena war stärker“, "
     "sagte die Französin.",
     [(IND, "sie Zeit verloren habe", "Camille Rouvier"), (DIR, "Lena war stärker", "Camille Rouvier")]),
    ("Die Französin Mathilde Garnier wurde Zweite. „Das war knapp“, sagte die Französin.",
     [(DIR, "Das war knapp", "Mathilde Garnier")]),
    # "die beiden" as the content's subject after a dative addressee (was no quote)
    ("Eine enge Freundin der Sängerin sagte der „Bild“, die beiden hätten sich kaum gesehen.",
     [(IND, "die beiden hätten sich kaum gesehen", "Freundin der Sängerin")]),
    ("Der Trainer sagte am Montag, die beiden seien wieder fit.",
     [(IND, "die beiden seien wieder fit", "Trainer")]),
    # a doctoral researcher's description (was "Doktorand")
    ("Co-Autor Jonas Petermann erklärte, man habe eine Methode entwickelt. „Frühere Studien haben vieles übersehen“, so "
     "der Doktorand.",
     [(IND, "man habe eine Methode entwickelt", "Jonas Petermann"),
      (DIR, "Frühere Studien haben vieles übersehen", "Jonas Petermann")]),
    # an authority named with its short name in brackets before its verb (was "Behörde")
    ("Das Umweltbundesamt (UBA) sieht sich bestätigt. Die Ergebnisse deckten sich mit eigenen Messungen, teilte die "
     "Behörde mit.",
     [(IND, "Die Ergebnisse deckten sich mit eigenen Messungen", "Umweltbundesamt")]),
    ("Das Robert Koch-Institut (RKI) hat neue Zahlen vorgelegt. Die Lage sei stabil, teilte das Institut mit.",
     [(IND, "Die Lage sei stabil", "Robert Koch-Institut")]),
    # a circle around someone is no "sie" (was "Umfeld des Klubs")
    ("Jana Wellbrock sang. Der Verein sehe keinen Einfluss, hieß es aus dem Umfeld des Klubs.\n\nWie es für Wellbrock "
     "weitergeht, ist klar: Im Frühjahr startet ihre Tour. „Jetzt erst recht“, schrieb sie.",
     [(IND, "Der Verein sehe keinen Einfluss", "Umfeld des Klubs"), (DIR, "Jetzt erst recht", "Jana Wellbrock")]),
]

GUARDS = [
    # a listed first name after a noun of origin, as before
    ("Die Norwegerin Ingrid Solheim wurde Dritte. „Ich bin zufrieden“, sagte die Norwegerin.",
     [(DIR, "Ich bin zufrieden", "Ingrid Solheim")]),
    ("Der Steirer Florian Gruber wurde Zweiter. „Lena war stärker“, sagte der Steirer.",
     [(DIR, "Lena war stärker", "Florian Gruber")]),
    # a relative clause after a noun still reports nothing
    ("Die Stadt verwies auf Nachbargemeinden, die Termine übernehmen sollen.",
     [(IND, "Die Stadt verwies auf Nachbargemeinden, die Termine übernehmen sollen", "Stadt")]),
    ("Eine Freundin sagte der Zeitung, die Kinder hätten sich kaum gesehen.",
     [(IND, "die Kinder hätten sich kaum gesehen", "Freundin")]),
    ("Der Minister sagte am Montag, die meisten seien zufrieden.",
     [(IND, "die meisten seien zufrieden", "Minister")]),
    # a body without brackets and a company in brackets, as before
    ("Das Landeskriminalamt ermittelt. Es gebe erste Spuren, teilte die Behörde mit.",
     [(IND, "Es gebe erste Spuren", "Landeskriminalamt")]),
    ("Die Doktorandin Lea Fink sagte, die Werte seien hoch.",
     [(IND, "die Werte seien hoch", "Lea Fink")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_quotes_r52_auditde5_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_quotes_r52_auditde5_guards(text, expected):
    assert run(text) == expected


def test_quotes_r52_auditde5_biathlon_article():
    text = (Path(__file__).parent / "data" / "quotes_r52_biathlon_article.txt").read_text(encoding="utf-8")
    got = run(text)
    assert (IND, "sie am Schießstand zu viel Zeit verloren habe", "Camille Rouvier") in got
    assert (DIR, "Lena war heute einfach stärker, Glückwunsch an sie", "Camille Rouvier") in got
    assert (IND, "Im Verfolger am Sonntag wolle sie aber angreifen", "Camille Rouvier") in got
    assert (DIR, "Die Lena hat heute alles richtig gemacht", "Kai Lehmbruck") in got
    assert (DIR, "Mei, da is ma scho stolz", "Sepp") in got
    assert not any(s in ("Französin", "Französin Camille Rouvier") for _, _, s in got)
