"""Round 47, family relsubj: cues inside relative clauses on a subject, English and German: the reported content ends
where the main clause's verb starts (a past verb after a restrictive relative clause opening the sentence, an
auxiliary when the head opens an earlier cue's content, the comma closing a "whose" clause, a German strong past verb
after the closing comma); the speaker stays the head noun phrase (SPEAKER span "who"/"der", attrs.speaker the head)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"

FIXES = [
    ("The woman who said the plan was flawed resigned on Monday.", "en", [(IND, "the plan was flawed", "woman")]),
    ("The senator who argued that the bill was unconstitutional voted against it.", "en",
     [(IND, "the bill was unconstitutional", "senator")]),
    ("The teacher who claimed the test was rigged lost her job.", "en", [(IND, "the test was rigged", "teacher")]),
    ("The official who said the talks had failed resigned.", "en", [(IND, "the talks had failed", "official")]),
    ("The official who said the talks had failed declined to comment further.", "en",
     [(IND, "the talks had failed", "official")]),
    ("Voters who said the economy was their top issue backed Trump.", "en",
     [(IND, "the economy was their top issue", "Voters")]),
    ("The senator who said Monday that he opposed the bill changed his mind.", "en",
     [(IND, "he opposed the bill", "senator")]),
    ("The lawyer who said the ruling was wrong appealed on Tuesday.", "en", [(IND, "the ruling was wrong", "lawyer")]),
    ("Officials said the man who claimed the prize was a fraud had fled.", "en",
     [(IND, "the man who claimed the prize was a fraud had fled", "Officials"), (IND, "the prize was a fraud", "man")]),
    ("Police said a man who said he was armed had been arrested.", "en",
     [(IND, "a man who said he was armed had been arrested", "Police"), (IND, "he was armed", "man")]),
    ("The union, whose leader said the strike would continue, met on Monday.", "en",
     [(IND, "the strike would continue", "leader")]),
    ("Die Firma, die mitteilte, der Gewinn werde sinken, strich 500 Stellen.", "de",
     [(IND, "der Gewinn werde sinken", "Firma")]),
    ("Die Ärztin, die gewarnt hatte, das Virus sei gefährlich, erhielt einen Preis.", "de",
     [(IND, "das Virus sei gefährlich", "Ärztin")]),
]

GUARDS = [
    ("The woman who said the plan was flawed has resigned.", "en", [(IND, "the plan was flawed", "woman")]),
    ("The doctor who said the vaccine was safe was praised.", "en", [(IND, "the vaccine was safe", "doctor")]),
    ("Anyone who says the election was rigged is lying.", "en", [(IND, "the election was rigged", "Anyone")]),
    ("The mayor, who warned that the city was broke, resigned.", "en", [(IND, "the city was broke", "mayor")]),
    ("Smith, who has said that he will not raise taxes, will run for governor.", "en",
     [(IND, "he will not raise taxes", "Smith")]),
    ("The company, which said that profits would fall, cut 500 jobs.", "en", [(IND, "profits would fall", "company")]),
    ("The bill, which Democrats say would cut taxes, passed the Senate.", "en", [(IND, "would cut taxes", "Democrats")]),
    ("He said the plan he proposed failed.", "en", [(IND, "the plan he proposed failed", None)]),
    ("The spokesman said the minister, who had warned that the economy was weak, would resign.", "en",
     [(IND, "the minister, who had warned that the economy was weak, would resign", "spokesman"),
      (IND, "the economy was weak", "minister")]),
    ("Der Mann, der sagte, die Lage sei ernst, trat zurück.", "de", [(IND, "die Lage sei ernst", "Mann")]),
    ("Die Ministerin, die erklärt hatte, dass das Gesetz verfassungswidrig sei, wurde entlassen.", "de",
     [(IND, "das Gesetz verfassungswidrig sei", "Ministerin")]),
    ("Müller, der erklärte, er wisse nichts, sagte, er habe Fehler gemacht.", "de",
     [(IND, "er wisse nichts", "Müller"), (IND, "er habe Fehler gemacht", "Müller")]),
]


@pytest.mark.parametrize(("text", "lang", "expected"), FIXES)
def test_fixes(text: str, lang: str, expected: list) -> None:
    assert quotes_of(text, lang, with_label=True) == expected


@pytest.mark.parametrize(("text", "lang", "expected"), GUARDS)
def test_guards(text: str, lang: str, expected: list) -> None:
    assert quotes_of(text, lang, with_label=True) == expected
