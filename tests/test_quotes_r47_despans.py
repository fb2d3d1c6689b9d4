"""Round 47, family despans: German SPEAKER spans keep an academic title ("Dr."/"Prof.") and a capitalised nobiliary
particle ("Von"/"Zu") opening the sentence, as after the verb; the canonical name stays the person's name."""

from __future__ import annotations

import pytest

from tests.quote_cases import annotate, quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


def speakers(text: str, lang: str = "de") -> list[str]:
    return [text[s.start : s.end] for s in annotate(text, lang).spans if s.label == "SPEAKER"]


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

#: (text, SPEAKER spans, quotes)
FIXES = [
    # an academic title opening the sentence is part of the SPEAKER span, as after the verb
    ("Dr. Karl Lauterbach sagte, die Lage sei ernst.", ["Dr. Karl Lauterbach"],
     [(IND, "die Lage sei ernst", "Karl Lauterbach")]),
    ("Prof. Christian Drosten sagte, die Lage sei ernst.", ["Prof. Christian Drosten"],
     [(IND, "die Lage sei ernst", "Christian Drosten")]),
    ("Prof. Dr. Christian Drosten erklärte, die Zahlen stiegen.", ["Prof. Dr. Christian Drosten"],
     [(IND, "die Zahlen stiegen", "Christian Drosten")]),
    ("Gesundheitsminister Dr. Karl Lauterbach sagte, die Lage sei ernst.", ["Gesundheitsminister Dr. Karl Lauterbach"],
     [(IND, "die Lage sei ernst", "Karl Lauterbach")]),
    ("Oberarzt Dr. Hans Müller erklärte, der Patient sei stabil.", ["Oberarzt Dr. Hans Müller"],
     [(IND, "der Patient sei stabil", "Hans Müller")]),
    ("Der Arzt Dr. Hans Müller erklärte, der Patient sei stabil.", ["Der Arzt Dr. Hans Müller"],
     [(IND, "der Patient sei stabil", "Hans Müller")]),
    ("Dr. Lauterbach sagte, die Lage sei ernst.", ["Dr. Lauterbach"], [(IND, "die Lage sei ernst", "Lauterbach")]),
    ("Frau Dr. Müller sagte, die Lage sei ernst.", ["Frau Dr. Müller"], [(IND, "die Lage sei ernst", "Müller")]),
    ("Auch Dr. Karl Lauterbach sagte, die Lage sei ernst.", ["Dr. Karl Lauterbach"],
     [(IND, "die Lage sei ernst", "Karl Lauterbach")]),
    ("Dr. Merkel sagte: „Wir schaffen das.“", ["Dr. Merkel"], [(DIR, "Wir schaffen das.", "Merkel")]),
    ("Dr. Karl Lauterbach teilte mit, die Lage sei ernst.", ["Dr. Karl Lauterbach"],
     [(IND, "die Lage sei ernst", "Karl Lauterbach")]),
    # a speech act without content covers its sentence (the convention), its speaker now with the title
    ("Dr. Karl Lauterbach äußerte sich.", ["Dr. Karl Lauterbach"],
     [(IND, "Dr. Karl Lauterbach äußerte sich", "Karl Lauterbach")]),
    # the title's abbreviation was a quote of its own before "zufolge"
    ("Dr. Karl Lauterbach zufolge ist die Lage ernst.", ["Dr. Karl Lauterbach"],
     [(IND, "ist die Lage ernst", "Karl Lauterbach")]),
    # a capitalised nobiliary particle opening the sentence belongs to the name
    ("Von Weizsäcker sagte, die Lage sei ernst.", ["Von Weizsäcker"], [(IND, "die Lage sei ernst", "Von Weizsäcker")]),
    ("Zu Guttenberg räumte ein, Fehler gemacht zu haben.", ["Zu Guttenberg"],
     [(IND, "Fehler gemacht zu haben", "Zu Guttenberg")]),
    ("Von Storch sagte, die AfD werde klagen.", ["Von Storch"], [(IND, "die AfD werde klagen", "Von Storch")]),
    ("Von Beust kündigte an, er werde zurücktreten.", ["Von Beust"], [(IND, "er werde zurücktreten", "Von Beust")]),
    ("Von Weizsäcker hat gesagt, die Lage sei ernst.", ["Von Weizsäcker"],
     [(IND, "die Lage sei ernst", "Von Weizsäcker")]),
    ("Zu Guttenberg sagte am Montag, er habe Fehler gemacht.", ["Zu Guttenberg"],
     [(IND, "er habe Fehler gemacht", "Zu Guttenberg")]),
    # the full name seen before is still the canonical name
    ("Richard von Weizsäcker war Bundespräsident. Von Weizsäcker sagte, die Lage sei ernst.", ["Von Weizsäcker"],
     [(IND, "die Lage sei ernst", "Richard von Weizsäcker")]),
    ("Karl-Theodor zu Guttenberg trat zurück. Zu Guttenberg räumte ein, Fehler gemacht zu haben.", ["Zu Guttenberg"],
     [(IND, "Fehler gemacht zu haben", "Karl-Theodor zu Guttenberg")]),
]

GUARDS = [
    ("Am Montag sagte Dr. Karl Lauterbach, die Lage sei ernst.", ["Dr. Karl Lauterbach"],
     [(IND, "die Lage sei ernst", "Karl Lauterbach")]),
    ("Die Lage sei ernst, sagte Gesundheitsminister Dr. Karl Lauterbach.", ["Gesundheitsminister Dr. Karl Lauterbach"],
     [(IND, "Die Lage sei ernst", "Karl Lauterbach")]),
    ("Wie Dr. Karl Lauterbach mitteilte, ist die Lage ernst.", ["Dr. Karl Lauterbach"],
     [(IND, "ist die Lage ernst", "Karl Lauterbach")]),
    ("Gesundheitsminister Karl Lauterbach sagte, die Lage sei ernst.", ["Gesundheitsminister Karl Lauterbach"],
     [(IND, "die Lage sei ernst", "Karl Lauterbach")]),
    ("Von der Leyen sagte, die Lage sei ernst.", ["Von der Leyen"], [(IND, "die Lage sei ernst", "Von der Leyen")]),
    ("Ursula von der Leyen sagte, die Lage sei ernst.", ["Ursula von der Leyen"],
     [(IND, "die Lage sei ernst", "Ursula von der Leyen")]),
    ("Richard von Weizsäcker war Bundespräsident. Die Lage sei ernst, sagte von Weizsäcker.", ["von Weizsäcker"],
     [(IND, "Die Lage sei ernst", "Richard von Weizsäcker")]),
    # a fronted prepositional phrase: the subject follows the verb
    ("Zu Beginn sagte Scholz, die Lage sei ernst.", ["Scholz"], [(IND, "die Lage sei ernst", "Scholz")]),
    ("Zu Merkel sagte Scholz, die Lage sei ernst.", ["Scholz"], [(IND, "die Lage sei ernst", "Scholz")]),
    ("Zu Hause sagte Scholz, die Lage sei ernst.", ["Scholz"], [(IND, "die Lage sei ernst", "Scholz")]),
    ("Von Scholz hieß es, die Lage sei ernst.", ["Scholz"], [(IND, "die Lage sei ernst", "Scholz")]),
    ("Von der Polizei hieß es, die Lage sei ernst.", ["der Polizei"], [(IND, "die Lage sei ernst", "Polizei")]),
]

EN_GUARDS = [
    ("Dr. Anthony Fauci said the virus was spreading.", ["Dr. Anthony Fauci"]),
    ("The virus was spreading, said Dr. Anthony Fauci.", ["Dr. Anthony Fauci"]),
    ("Dr. Fauci said the virus was spreading.", ["Dr. Fauci"]),
]


@pytest.mark.parametrize(("text", "spk", "expected"), FIXES)
def test_fixes(text: str, spk: list[str], expected: list[tuple[str, str, str | None]]) -> None:
    assert (speakers(text), run(text)) == (spk, expected)


@pytest.mark.parametrize(("text", "spk", "expected"), GUARDS)
def test_guards(text: str, spk: list[str], expected: list[tuple[str, str, str | None]]) -> None:
    assert (speakers(text), run(text)) == (spk, expected)


@pytest.mark.parametrize(("text", "spk"), EN_GUARDS)
def test_en_guards(text: str, spk: list[str]) -> None:
    assert speakers(text, "en") == spk
