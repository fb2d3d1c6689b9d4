"""Round 50, family dearticles3 (German sport, court, science, culture, local and weather articles written here): whose
"nach eigenen Angaben/Worten" a clause with an "es"/"sie" subject reports, a "sie" of a strong past in the singular
("Sie sprach von …"), an age description after a person opening the sentence behind a bare noun ("Matchwinner Emre
Kaplan …", "… in der 78. Minute …"), and a Konjunktiv-I clause after a report's semicolon."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # an own source beside an "es" subject: the person an object or possessive pronoun stands for (was "eigenen Worten")
    ("Die Titelrolle spielt Rudolf Eckhart. Für ihn ist es nach eigenen Worten die letzte große Rolle.",
     [(IND, "Für ihn ist es", "Rudolf Eckhart"), (IND, "die letzte große Rolle", "Rudolf Eckhart")]),
    ("Läuferin Lena Hoffmann gewann in Berlin. Es ist nach eigenen Angaben ihr erster Sieg.",
     [(IND, "Es ist", "Lena Hoffmann"), (IND, "ihr erster Sieg", "Lena Hoffmann")]),
    # beside a "sie" subject: the woman, or the group opening the sentence before (was "eigenen Angaben")
    ("Anna Berger wurde festgenommen. Sie ist nach eigenen Angaben unschuldig.",
     [(IND, "Sie ist", "Anna Berger"), (IND, "unschuldig", "Anna Berger")]),
    ("Anna Berger wurde festgenommen. Nach eigenen Angaben ist sie unschuldig.",
     [(IND, "ist sie unschuldig", "Anna Berger")]),
    ("Die Eltern klagen. Sie sind nach eigenen Angaben verzweifelt.",
     [(IND, "Sie sind", "Eltern"), (IND, "verzweifelt", "Eltern")]),
    # "sie" with a strong past in the singular is the woman named in the sentence before (was the man quoted before)
    ("Wolfgang Reisinger sagte, die Preise seien fair. Auch Karin Stallmann war unter den Gästen. "
     "Sie sprach von einem „großen Abend für die Stadt“.",
     [(IND, "die Preise seien fair", "Wolfgang Reisinger"), (DIR, "großen Abend für die Stadt", "Karin Stallmann")]),
    ("Wolfgang Reisinger sagte, die Preise seien fair. Auch Karin Stallmann war unter den Gästen. "
     "Sie rief zu mehr Unterstützung für das Theater auf.",
     [(IND, "die Preise seien fair", "Wolfgang Reisinger"),
      (IND, "Sie rief zu mehr Unterstützung für das Theater auf", "Karin Stallmann")]),
    # an age description after a person opening the sentence before behind a bare noun (was the coach quoted before)
    ("Trainer Markus Brenner sagte, man sei zufrieden. Matchwinner Emre Kaplan konnte sein Glück kaum fassen. "
     "„Ich habe einfach die Augen zugemacht“, sagte der 21-Jährige.",
     [(IND, "man sei zufrieden", "Markus Brenner"), (DIR, "Ich habe einfach die Augen zugemacht", "Emre Kaplan")]),
    ("Joker Emre Kaplan traf spät. Der Kontakt sei klar gewesen, sagte Trainer Markus Brenner. Matchwinner Kaplan, erst "
     "in der 78. Minute eingewechselt, konnte sein Glück kaum fassen. „Ich habe einfach die Augen zugemacht“, sagte der "
     "21-Jährige.",
     [(IND, "Der Kontakt sei klar gewesen", "Markus Brenner"),
      (DIR, "Ich habe einfach die Augen zugemacht", "Emre Kaplan")]),
    # a Konjunktiv-I clause after a report's semicolon goes on with its source (was lost)
    ("Nach Angaben der Polizei blieb es weitgehend friedlich; lediglich zwei Anhänger seien festgenommen worden.",
     [(IND, "blieb es weitgehend friedlich", "Polizei"),
      (IND, "lediglich zwei Anhänger seien festgenommen worden", "Polizei")]),
    ("Die Polizei sagte, es sei friedlich geblieben; lediglich zwei Anhänger seien festgenommen worden.",
     [(IND, "es sei friedlich geblieben", "Polizei"),
      (IND, "lediglich zwei Anhänger seien festgenommen worden", "Polizei")]),
]

GUARDS = [
    # a name or "er" subject keeps its own source, as before
    ("Der Konzern will nach eigenen Angaben 500 Stellen streichen.",
     [(IND, "Der Konzern will", "Konzern"), (IND, "500 Stellen streichen", "Konzern")]),
    ("Rudolf Eckhart kam. Er ist nach eigenen Angaben müde.",
     [(IND, "Er ist", "Rudolf Eckhart"), (IND, "müde", "Rudolf Eckhart")]),
    # a plural past "sie" is no woman
    ("Wolfgang Reisinger sagte, die Preise seien fair. Auch die Eltern waren unter den Gästen. "
     "Sie sprachen von einem „großen Abend für die Stadt“.",
     [(IND, "die Preise seien fair", "Wolfgang Reisinger"), (DIR, "großen Abend für die Stadt", None)]),
    ("Wolfgang Reisinger sagte, die Preise seien fair. Auch Karin Stallmann war unter den Gästen. "
     "Sie sagte, es sei ein großer Abend.",
     [(IND, "die Preise seien fair", "Wolfgang Reisinger"), (IND, "es sei ein großer Abend", "Karin Stallmann")]),
    # a name inside a prepositional phrase or a subordinate clause is no new subject
    ("Trainer Markus Brenner sagte, man sei zufrieden. Mit Emre Kaplan habe er gesprochen. "
     "„Ich habe einfach gewartet“, sagte der 48-Jährige.",
     [(IND, "man sei zufrieden", "Markus Brenner"), (IND, "Mit Emre Kaplan habe er gesprochen", "Markus Brenner"),
      (DIR, "Ich habe einfach gewartet", "Markus Brenner")]),
    ("Trainer Markus Brenner sagte, man sei zufrieden. Torwart Emre Kaplan hielt einen Elfmeter. "
     "„Ich habe einfach gewartet“, sagte der 21-Jährige.",
     [(IND, "man sei zufrieden", "Markus Brenner"), (DIR, "Ich habe einfach gewartet", "Emre Kaplan")]),
    # after the semicolon: the writer's indicative, or another speaker's report
    ("Laut Polizei blieb es friedlich; die Fans feierten bis in die Nacht.",
     [(IND, "blieb es friedlich", "Polizei")]),
    ("Laut Polizei blieb es friedlich; der Trainer sagte, er sei zufrieden.",
     [(IND, "blieb es friedlich", "Polizei"), (IND, "er sei zufrieden", "Trainer")]),
    ("Es sei friedlich geblieben; zwei Anhänger seien festgenommen worden, sagte ein Sprecher.",
     [(IND, "Es sei friedlich geblieben; zwei Anhänger seien festgenommen worden", "Sprecher")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
