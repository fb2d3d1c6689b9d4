"""Round 51, family dearticles6 (German quarterly results, debate, press conference, court, agency and portrait
articles written here): "der Analyst" names the person just named like "der Jurist" (an -yst role ending), and a
genitive before a title that is no country's ("Brunnhausens Trainer Paolo Ferretti", a club's or a town's) tells no
other nationality, so "sagte der Italiener" is still that person."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # "der Analyst" is the person named before (was "Analyst")
    ("Thorsten Gebauer sieht Luft nach oben. Das Unternehmen müsse schneller werden, sagte der Analyst.",
     [(IND, "Das Unternehmen müsse schneller werden", "Thorsten Gebauer")]),
    ("Auch Jens Albrecht von der Sparkasse ist skeptisch. Die Zinsen blieben hoch, sagte der Analyst.",
     [(IND, "Die Zinsen blieben hoch", "Jens Albrecht")]),
    # a club's or a town's genitive before the title is no other nationality (was "Italiener")
    ("Trainer Michael Kessler kritisierte das Team. Brunnhausens Trainer Paolo Ferretti lobte dagegen seine "
     "Mannschaft. Sie habe Moral bewiesen, sagte der Italiener.",
     [(IND, "Trainer Michael Kessler kritisierte das Team", "Michael Kessler"),
      (IND, "Brunnhausens Trainer Paolo Ferretti lobte dagegen seine Mannschaft", "Paolo Ferretti"),
      (IND, "Sie habe Moral bewiesen", "Paolo Ferretti")]),
    ("Trainer Michael Kessler kritisierte das Team. Waldhofens Kapitän Luca Moretti lobte dagegen die Fans. "
     "„Ich bin stolz“, sagte der Italiener.",
     [(IND, "Trainer Michael Kessler kritisierte das Team", "Michael Kessler"),
      (IND, "Waldhofens Kapitän Luca Moretti lobte dagegen die Fans", "Luca Moretti"),
      (DIR, "Ich bin stolz", "Luca Moretti")]),
]

FIXES_INVERTED = [
    # "er" continues the man named right after the verb of the sentence before, whose opening is a prepositional
    # phrase or an adverb (was the man quoted before)
    ("Paolo Ferretti sagte: „Gut.“ Michael Kessler war enttäuscht. Auf die Frage nach seinem Job reagierte Kessler "
     "gelassen. „Ich mache mir keine Gedanken“, sagte er.",
     [(DIR, "Gut.", "Paolo Ferretti"), (DIR, "Ich mache mir keine Gedanken", "Michael Kessler")]),
    ("Paolo Ferretti sagte: „Gut.“ Michael Kessler war enttäuscht. Danach reagierte Kessler gelassen. "
     "„Ich mache mir keine Gedanken“, sagte er.",
     [(DIR, "Gut.", "Paolo Ferretti"), (DIR, "Ich mache mir keine Gedanken", "Michael Kessler")]),
]

GUARDS_INVERTED = [
    # a woman quoted before: the man there by gender already
    ("Ina Roth sagte: „Gut.“ Jonas Weber kam spät. Am Abend schwieg Weber lange. „Das war bitter“, sagte er.",
     [(DIR, "Gut.", "Ina Roth"), (DIR, "Das war bitter", "Jonas Weber")]),
    # the name after a preposition, or after an article's noun, is no subject: the man quoted before goes on
    ("Paolo Ferretti sagte: „Gut.“ Michael Kessler war enttäuscht. Am Abend sprach Ferretti mit Kessler. "
     "„Ich mache mir keine Gedanken“, sagte er.",
     [(DIR, "Gut.", "Paolo Ferretti"), (DIR, "Ich mache mir keine Gedanken", "Paolo Ferretti")]),
    ("Paolo Ferretti sagte: „Gut.“ Michael Kessler war enttäuscht. Am Abend feierten die Fans Kessler. "
     "„Ich mache mir keine Gedanken“, sagte er.",
     [(DIR, "Gut.", "Paolo Ferretti"), (DIR, "Ich mache mir keine Gedanken", "Paolo Ferretti")]),
]

GUARDS = [
    # a country's genitive still tells another nationality: no Belgian here
    ("Zyperns Präsident Nikos Anastasiades sprach in Brüssel. Die Lage sei ernst, sagte der Belgier.",
     [(IND, "Die Lage sei ernst", "Belgier")]),
    # the nationality seen with the person
    ("Der italienische Trainer Paolo Ferretti lobte seine Mannschaft. Sie habe Moral bewiesen, sagte der Italiener.",
     [(IND, "Der italienische Trainer Paolo Ferretti lobte seine Mannschaft", "Paolo Ferretti"),
      (IND, "Sie habe Moral bewiesen", "Paolo Ferretti")]),
    # "die Analystin" already named the woman before
    ("Jana Wilkening sieht Risiken. Die Margen seien zu niedrig, sagte die Analystin.",
     [(IND, "Die Margen seien zu niedrig", "Jana Wilkening")]),
]


@pytest.mark.parametrize("text,expected", FIXES + FIXES_INVERTED + GUARDS_INVERTED + GUARDS)
def test_dearticles6(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
