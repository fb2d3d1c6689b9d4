"""Round 48, family plural2: English and German plural speakers (a plural "they"/"sie" or "Both"/"Beide" after two
bodies or people joined by "and"/"und" opening the sentence before, a plural of persons with an "of the" phrase or a
dotted initialism, a person and a plural of persons as a direct subject, a pair after a German plural auxiliary, two
sources joined by "und" before "zufolge")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES_EN = [
    # a plural of persons with an "of the" phrase of persons (was no one, or the head alone)
    ("The families of the victims filed a lawsuit. They claim the company ignored safety warnings.",
     [(IND, "the company ignored safety warnings", "families of the victims")]),
    ("The parents of the students met the principal. They said the school was unsafe.",
     [(IND, "the school was unsafe", "parents of the students")]),
    ("Relatives of the victims gathered outside the court. They said justice had been served.",
     [(IND, "justice had been served", "Relatives of the victims")]),
    # a dotted initialism before the plural (was no one)
    ("The U.S. officials spoke on condition of anonymity. They said the talks had stalled.",
     [(IND, "the talks had stalled", "U.S. officials")]),
    ("U.S. officials spoke on condition of anonymity. They said the talks had stalled.",
     [(IND, "the talks had stalled", "U.S. officials")]),
    # two bodies or plurals joined by "and": the coordination as written (was no one, or the first)
    ("The state police and the FBI are investigating. They said the suspect was armed.",
     [(IND, "the suspect was armed", "state police and the FBI")]),
    ("Apple and Google declined to comment. They said the rules were unfair.",
     [(IND, "the rules were unfair", "Apple and Google")]),
    ("The Democrats and the Republicans met on Monday. They said a deal was close.",
     [(IND, "a deal was close", "Democrats and the Republicans")]),
    # "Both", "The two", "The pair" after a pair that spoke, or that opened the sentence before (was "Both", "two")
    ("Anna Smith and Peter Jones criticized the plan. Both said the reform came too late.",
     [(IND, "Anna Smith and Peter Jones criticized the plan", "Anna Smith and Peter Jones"),
      (IND, "the reform came too late", "Anna Smith and Peter Jones")]),
    ("Anna Smith and Peter Jones criticized the plan. The two said the reform came too late.",
     [(IND, "Anna Smith and Peter Jones criticized the plan", "Anna Smith and Peter Jones"),
      (IND, "the reform came too late", "Anna Smith and Peter Jones")]),
    ("Anna Smith and Peter Jones criticized the plan. \"It is too late,\" both said.",
     [(IND, "Anna Smith and Peter Jones criticized the plan", "Anna Smith and Peter Jones"),
      (DIR, "It is too late,", "Anna Smith and Peter Jones")]),
    ("Anna Smith and Peter Jones met on Monday. The pair said the talks went well.",
     [(IND, "the talks went well", "Anna Smith and Peter Jones")]),
    # a person and a plural of persons as the subject (was the plural, or the person)
    ("Gov. Eric Holcomb and leaders of the Legislature said they would wait.",
     [(IND, "they would wait", "Eric Holcomb and leaders of the Legislature")]),
    ("Eric Holcomb and the leaders of the Legislature said they would wait.",
     [(IND, "they would wait", "Eric Holcomb and leaders of the Legislature")]),
    ("Gov. Eric Holcomb and lawmakers said they would wait.",
     [(IND, "they would wait", "Eric Holcomb and lawmakers")]),
    ("Eric Holcomb and Republican leaders said they would wait.",
     [(IND, "they would wait", "Eric Holcomb and Republican leaders")]),
]

GUARDS_EN = [
    # no body: things, places, times, an object, one person
    ("Prices and wages rose sharply. They said the increase was temporary.",
     [(IND, "the increase was temporary", None)]),
    ("Paris and London were hit by storms. They said the damage was severe.",
     [(IND, "the damage was severe", None)]),
    ("Monday and Tuesday were quiet. They said the talks would resume.",
     [(IND, "the talks would resume", None)]),
    ("The prices of the goods rose. They said the increase was temporary.",
     [(IND, "the increase was temporary", None)]),
    ("The mayor met Smith and Jones. They said the talks went well.",
     [(IND, "the talks went well", None)]),
    ("The mayor met Smith and Jones. Both said the talks went well.", [(IND, "the talks went well", "Both")]),
    ("Smith criticized the plan. Both said the reform came too late.",
     [(IND, "Smith criticized the plan", "Smith"), (IND, "the reform came too late", "Both")]),
    ("Anna Smith and Peter Jones criticized the plan. Both sides said the reform came too late.",
     [(IND, "Anna Smith and Peter Jones criticized the plan", "Anna Smith and Peter Jones"),
      (IND, "the reform came too late", "Both sides")]),
    # coordinations that stay
    ("Apple and Google said the rules were unfair.", [(IND, "the rules were unfair", "Apple and Google")]),
    ("The state police and the FBI said the suspect was armed.",
     [(IND, "the suspect was armed", "state police and the FBI")]),
    ("Tom Hale and Ann Cole said they would wait.", [(IND, "they would wait", "Tom Hale and Ann Cole")]),
    ("Gov. Eric Holcomb and House Speaker Brian Bosma said they would wait.",
     [(IND, "they would wait", "Eric Holcomb and Brian Bosma")]),
]

FIXES_DE = [
    # a pair after a fronted adverbial and a plural auxiliary speaks together (was the first)
    ("Gestern haben Schmidt und Müller die Pläne kritisiert.",
     [(IND, "Gestern haben Schmidt und Müller die Pläne kritisiert", "Schmidt und Müller")]),
    ("Am Montag haben Anna Schmidt und Peter Müller erklärt, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Anna Schmidt und Peter Müller")]),
    ("Gestern haben die Ministerin und der Staatssekretär die Pläne kritisiert.",
     [(IND, "Gestern haben die Ministerin und der Staatssekretär die Pläne kritisiert",
       "Ministerin und der Staatssekretär")]),
    # "sie"/"Beide" after two people opening the sentence before (was no one, "Beide")
    ("Anna Schmidt und Peter Müller trafen sich in Berlin. Sie sagten, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Anna Schmidt und Peter Müller")]),
    ("Ministerin Anna Schmidt und Peter Müller trafen sich in Berlin. Sie sagten, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Anna Schmidt und Peter Müller")]),
    ("Anna Schmidt und Peter Müller trafen sich in Berlin. Beide sagten, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Anna Schmidt und Peter Müller")]),
    # two sources joined by "und" before "zufolge" (was the second, and "Schmidt und" a content of its own)
    ("Schmidt und Müller zufolge kommt die Reform zu spät.",
     [(IND, "kommt die Reform zu spät", "Schmidt und Müller")]),
    ("Anna Schmidt und Peter Müller zufolge kommt die Reform zu spät.",
     [(IND, "kommt die Reform zu spät", "Anna Schmidt und Peter Müller")]),
    ("Die Reform kommt Schmidt und Müller zufolge zu spät.",
     [(IND, "Die Reform kommt", "Schmidt und Müller"), (IND, "zu spät", "Schmidt und Müller")]),
]

GUARDS_DE = [
    ("Gestern hat Schmidt die Pläne und die Reform kritisiert.",
     [(IND, "Gestern hat Schmidt die Pläne und die Reform kritisiert", "Schmidt")]),
    ("Am Montag haben Vertreter von Bund und Ländern die Pläne kritisiert.",
     [(IND, "Am Montag haben Vertreter von Bund und Ländern die Pläne kritisiert", "Vertreter von Bund")]),
    ("Anna Schmidt traf Peter Müller in Berlin. Sie sagte, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Anna Schmidt")]),
    ("Der Minister lobte Anna Schmidt und Peter Müller. Sie sagten, die Reform komme zu spät.",
     [(IND, "Der Minister lobte Anna Schmidt und Peter Müller", "Minister"),
      (IND, "die Reform komme zu spät", "Minister")]),
    ("Anna Schmidt und Peter Müller trafen sich in Berlin. Die Experten waren skeptisch. Sie sagten, die Reform komme "
     "zu spät.", [(IND, "die Reform komme zu spät", "Experten")]),
    ("Die Preise stiegen und Experten zufolge kommt die Reform zu spät.",
     [(IND, "Die Preise stiegen und", "Experten"), (IND, "kommt die Reform zu spät", "Experten")]),
    ("Dem Minister zufolge kommt die Reform zu spät.", [(IND, "kommt die Reform zu spät", "Minister")]),
    ("Laut Schmidt und Müller kommt die Reform zu spät.", [(IND, "kommt die Reform zu spät", "Schmidt und Müller")]),
    ("Schmidt und Müller sagten, die Reform komme zu spät.", [(IND, "die Reform komme zu spät", "Schmidt und Müller")]),
]


@pytest.mark.parametrize("text,expected", FIXES_EN + GUARDS_EN)
def test_r48_plural2_en(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quotes_of(text, "en", with_label=True) == expected


@pytest.mark.parametrize("text,expected", FIXES_DE + GUARDS_DE)
def test_r48_plural2_de(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert quotes_of(text, "de", with_label=True) == expected
