"""Round 47, family decompanies: German companies as speakers and their resolution (a singular "sie" after a sentence a
company opens with its article: "Die Deutsche Bahn", "Die Siemens AG", "Die Lufthansa"; a one-word company name used with
"die" before "der Konzern", "die Fluggesellschaft": `feminine_company_names`), and a second speaker's own indicative
report ending the first content ("Müller sagte, …, Schmidt dagegen betonte, …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    ("Die Deutsche Bahn hat die Preise erhöht. Sie teilte mit, die Kosten seien gestiegen.",
     [(IND, "die Kosten seien gestiegen", "Deutsche Bahn")]),
    ("Die Deutsche Bank hat ihren Gewinn gesteigert. Sie teilte mit, das Geschäft laufe gut.",
     [(IND, "das Geschäft laufe gut", "Deutsche Bank")]),
    ("Die Siemens AG hat ihren Gewinn gesteigert. Sie teilte mit, das Geschäft laufe gut.",
     [(IND, "das Geschäft laufe gut", "Siemens AG")]),
    ("Die Europäische Kommission hat den Plan vorgelegt. Sie teilte mit, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Europäische Kommission")]),
    ("Die Lufthansa hat 800 Flüge gestrichen. Sie teilte mit, der Streik treffe viele Passagiere.",
     [(IND, "der Streik treffe viele Passagiere", "Lufthansa")]),
    ("Die Lufthansa hat 800 Flüge gestrichen. Die Fluggesellschaft teilte mit, der Streik treffe viele Passagiere.",
     [(IND, "der Streik treffe viele Passagiere", "Lufthansa")]),
    ("Die Telekom hat ihre Prognose angehoben. Der Konzern erklärte, das US-Geschäft wachse stark.",
     [(IND, "das US-Geschäft wachse stark", "Telekom")]),
    ("Die Allianz hat ihren Gewinn gesteigert. Der Versicherer teilte mit, das Geschäft laufe gut.",
     [(IND, "das Geschäft laufe gut", "Allianz")]),
    ("Die Post hat das Porto erhöht. Das Unternehmen teilte mit, die Kosten seien gestiegen.",
     [(IND, "die Kosten seien gestiegen", "Post")]),
    ("Die Bahn hat die Preise erhöht. Der Konzern teilte mit, die Kosten seien gestiegen.",
     [(IND, "die Kosten seien gestiegen", "Bahn")]),
    ("Müller sagte, der Plan sei gescheitert, Schmidt dagegen betonte, er sei solide.",
     [(IND, "der Plan sei gescheitert", "Müller"), (IND, "er sei solide", "Schmidt")]),
    ("Müller sagte, der Plan sei gescheitert, Schmidt betonte dagegen, er sei solide.",
     [(IND, "der Plan sei gescheitert", "Müller"), (IND, "er sei solide", "Schmidt")]),
    ("Müller sagte, der Plan sei gescheitert, Frau Schmidt betonte, er sei solide.",
     [(IND, "der Plan sei gescheitert", "Müller"), (IND, "er sei solide", "Schmidt")]),
]

GUARDS = [
    ("Die Kommission hat den Plan vorgelegt. Der Konzern erklärte, das Geschäft wachse stark.",
     [(IND, "das Geschäft wachse stark", "Konzern")]),
    ("Die Regierung hat den Plan vorgelegt. Der Konzern erklärte, das Geschäft wachse stark.",
     [(IND, "das Geschäft wachse stark", "Konzern")]),
    ("Die Commerzbank hat ihren Gewinn gesteigert. Sie teilte mit, das Geschäft laufe gut.",
     [(IND, "das Geschäft laufe gut", "Commerzbank")]),
    ("Die Deutsche Bahn hat die Preise erhöht. Der Konzern teilte mit, die Kosten seien gestiegen.",
     [(IND, "die Kosten seien gestiegen", "Deutsche Bahn")]),
    ("Siemens hat seinen Gewinn gesteigert. Der Konzern teilte mit, das Geschäft laufe gut.",
     [(IND, "das Geschäft laufe gut", "Siemens")]),
    ("Die Bahn hat ein Angebot vorgelegt. Die Gewerkschaft sagte, das reiche nicht.",
     [(IND, "das reiche nicht", "Gewerkschaft")]),
    ("Die Feuerwehr Hamburg war im Einsatz. Sie teilte mit, niemand sei verletzt worden.",
     [(IND, "niemand sei verletzt worden", "Feuerwehr Hamburg")]),
    ("Müller sagte, der Plan sei gescheitert, während Schmidt betonte, er sei solide.",
     [(IND, "der Plan sei gescheitert", "Müller"), (IND, "er sei solide", "Schmidt")]),
    ("Die Schule Hamburg hat das Fest abgesagt. Sie teilte mit, die Sicherheit gehe vor.",
     [(IND, "die Sicherheit gehe vor", "Schule Hamburg")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
