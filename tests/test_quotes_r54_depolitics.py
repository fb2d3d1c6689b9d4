"""Round 54, family depolitics (German political news written here: Bundestag debates, interviews reported from other
media, party statements, reports from government and party circles): a headline's quotation with no speaker whose words
the body quotes again with a cue is that speaker's ("„Das ist ein schwarzer Tag“ – Reaktionen …" above "„Das ist ein
schwarzer Tag für unsere Demokratie“, sagte … Bodo Ramelow"); a programme's title with a lower-case link word after
"im"/"beim" next to its cue is no direct quotation ("sagte Lindner im „Bericht aus Berlin“"); an economist or a
political scientist described by the trade alone is the expert named before ("Arbeitsmarktforscher Enzo Weber … sagte
der Ökonom"); "er"/"sie" after a sentence opened by an unnamed person known by a role ("Ein Regierungssprecher wollte
das nicht bestätigen. …, sagte er.") is that person, not the one quoted before."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a headline's quotation the body quotes again with a cue (was no one's)
    ("„Das ist ein schwarzer Tag“ – Reaktionen auf das Wahlergebnis\n\nErfurt – Die Parteien reagierten bestürzt. „Das "
     "ist ein schwarzer Tag für unsere Demokratie“, sagte Ministerpräsident Bodo Ramelow.",
     [(DIR, "Das ist ein schwarzer Tag", "Bodo Ramelow"),
      (DIR, "Das ist ein schwarzer Tag für unsere Demokratie", "Bodo Ramelow")]),
    ("„Keine Zeit zu verlieren“ – die Debatte um den Wehrdienst\n\nBerlin – Boris Pistorius dringt auf Tempo. „Wir "
     "haben keine Zeit zu verlieren“, sagte Pistorius der „Bild am Sonntag“.",
     [(DIR, "Keine Zeit zu verlieren", "Boris Pistorius"), (IND, "Boris Pistorius dringt auf Tempo", "Boris Pistorius"),
      (DIR, "Wir haben keine Zeit zu verlieren", "Boris Pistorius")]),
    # a programme's title with a lower-case link word after "im"/"beim" next to its cue (was a direct quote)
    ("„Die Schuldenbremse bleibt“, sagte Lindner im „Bericht aus Berlin“ der ARD.",
     [(DIR, "Die Schuldenbremse bleibt", "Lindner")]),
    ("Lindner sagte im „Bericht aus Berlin“, die Schuldenbremse bleibe.",
     [(IND, "die Schuldenbremse bleibe", "Lindner")]),
    # an economist by the trade alone after an expert's title (was "Ökonom")
    ("Arbeitsmarktforscher Enzo Weber warnte vor überzogenen Erwartungen. Die Zahl sei gering, sagte der Ökonom.",
     [(IND, "Arbeitsmarktforscher Enzo Weber warnte vor überzogenen Erwartungen", "Enzo Weber"),
      (IND, "Die Zahl sei gering", "Enzo Weber")]),
    # "er"/"sie" after a sentence opened by an unnamed person known by a role (were the circles or the person quoted before)
    ("Aus Parteikreisen verlautete, der Kanzler wolle einen Gipfel. Ein Regierungssprecher wollte das auf Anfrage nicht "
     "bestätigen. Man äußere sich nicht zu internen Beratungen, sagte er.",
     [(IND, "der Kanzler wolle einen Gipfel", "Parteikreisen"),
      (IND, "Man äußere sich nicht zu internen Beratungen", "Regierungssprecher")]),
    ("Merz sagte, der Kanzler wolle einen Gipfel. Ein Sprecher der Bundesregierung wollte das nicht kommentieren. Er "
     "sagte, man äußere sich nicht.",
     [(IND, "der Kanzler wolle einen Gipfel", "Merz"), (IND, "man äußere sich nicht", "Sprecher der Bundesregierung")]),
    ("Esken sagte, der Kanzler habe gelogen. Eine Sprecherin des Kanzleramts wollte das nicht kommentieren. „Dazu "
     "äußern wir uns nicht“, sagte sie.",
     [(IND, "der Kanzler habe gelogen", "Esken"), (DIR, "Dazu äußern wir uns nicht", "Sprecherin des Kanzleramts")]),
]

GUARDS = [
    # a headline's quotation the body does not quote again stays no one's; a labelled one keeps its label's person
    ("„Zeit für einen Neuanfang“ – die Union im Wahlkampf\n\nBerlin – Die Union hat ihren Wahlkampf eröffnet. „Wir "
     "wollen regieren“, sagte Friedrich Merz.",
     [(DIR, "Zeit für einen Neuanfang", None), (DIR, "Wir wollen regieren", "Friedrich Merz")]),
    ("„Wir sind bereit“ – Kanzler verteidigt Kurs\n\nBerlin – Bundeskanzler Olaf Scholz hat seinen Kurs verteidigt. "
     "„Wir sind bereit, mehr zu tun“, sagte Anna Berg.",
     [(DIR, "Wir sind bereit", "Olaf Scholz"),
      (IND, "Bundeskanzler Olaf Scholz hat seinen Kurs verteidigt", "Olaf Scholz"),
      (DIR, "Wir sind bereit, mehr zu tun", "Anna Berg")]),
    # a partial quotation after "im" with no cue next to it, and one with a lower-case word outside the links
    ("Das Land sei im „Zustand der Erschöpfung“, sagte er.",
     [(IND, "Das Land sei im „Zustand der Erschöpfung“", None), (DIR, "Zustand der Erschöpfung", None)]),
    ("„Die Schuldenbremse bleibt“, sagte Lindner in den „Tagesthemen“.",
     [(DIR, "Die Schuldenbremse bleibt", "Lindner")]),
    # a title of capitalised words after "beim", and a political scientist after an expert's title, as before
    ("„Wir brauchen weniger Bürokratie“, sagte Merz beim „Tag der Industrie“ in Berlin.",
     [(DIR, "Wir brauchen weniger Bürokratie", "Merz")]),
    ("Die Parteienforscherin Ursula Münch warnte vor Panik. Die Koalition sei stabil, sagte die Politologin.",
     [(IND, "Die Parteienforscherin Ursula Münch warnte vor Panik", "Ursula Münch"),
      (IND, "Die Koalition sei stabil", "Ursula Münch")]),
    # an economist with no expert named before, and one after a mayor, stays the description
    ("Bürgermeisterin Anna Schulz sagte, die Stadt sei vorbereitet. Die Kosten seien zu hoch, sagte der Ökonom.",
     [(IND, "die Stadt sei vorbereitet", "Anna Schulz"), (IND, "Die Kosten seien zu hoch", "Ökonom")]),
    ("Ein Ökonom des DIW sagte, die Kosten stiegen. Die Inflation sei hartnäckig, so der Ökonom.",
     [(IND, "die Kosten stiegen", "Ökonom des DIW"), (IND, "Die Inflation sei hartnäckig", "Ökonom des DIW")]),
    # a role inside the reported speech of the one quoted before, a role of the other gender, no role, a named
    # spokesman, as before
    ("Merz sagte, der Kanzler habe gelogen. Ein Sprecher habe das bestätigt. Er fügte hinzu, das sei ein Skandal.",
     [(IND, "der Kanzler habe gelogen", "Merz"), (IND, "Ein Sprecher habe das bestätigt", "Merz"),
      (IND, "das sei ein Skandal", "Merz")]),
    ("Anna Berg sagte, der Kanzler habe gelogen. Ein Sprecher wollte das nicht kommentieren. „Das ist falsch“, sagte sie.",
     [(IND, "der Kanzler habe gelogen", "Anna Berg"), (DIR, "Das ist falsch", "Anna Berg")]),
    ("Merz sagte, der Kanzler habe gelogen. Eine Stunde später meldete sich die Fraktion. Er fügte hinzu, das sei ein "
     "Skandal.",
     [(IND, "der Kanzler habe gelogen", "Merz"), (IND, "das sei ein Skandal", "Merz")]),
    ("Aus Parteikreisen verlautete, der Kanzler wolle einen Gipfel. Regierungssprecher Steffen Hebestreit wollte das "
     "nicht kommentieren. Man äußere sich nicht zu internen Beratungen, sagte er.",
     [(IND, "der Kanzler wolle einen Gipfel", "Parteikreisen"),
      (IND, "Man äußere sich nicht zu internen Beratungen", "Steffen Hebestreit")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_quotes_r54_depolitics_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_quotes_r54_depolitics_guards(text, expected):
    assert run(text) == expected


def test_quotes_r54_depolitics_article():
    text = (Path(__file__).parent / "data" / "quotes_r54_de_politics_article.txt").read_text(encoding="utf-8")
    got = run(text)
    assert (DIR, "Wir lassen uns nicht erpressen", "Olaf Scholz") in got
    assert (IND, "er rechne mit einer Einigung vor der Sommerpause", "Jörg Kukies") in got
    assert (IND, "Man äußere sich nicht zu internen Beratungen", "Regierungssprecher") in got
    assert (IND, "Die Zahl der echten Totalverweigerer sei gering", "Enzo Weber") in got
    assert (DIR, "Das ist ein Haushalt der verpassten Chancen", "Katharina Dröge") in got
    assert not any(q == "Bericht aus Berlin" for _, q, _ in got)
    assert not any(s in ("Ökonom", "Parteikreisen der SPD") and q.startswith("Man ") for _, q, s in got)
