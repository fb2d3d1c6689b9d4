"""Round 53, family de2left (German leftovers of the round-53 regional audit auditde2): a statement's owner keeps its
"für" phrase ("In einer Stellungnahme der Bundesagentur für Arbeit" was "Bundesagentur Arbeit") and its short name in
brackets ("Mitteilung des … (BDI)" was "Mitteilung des BDI"); a company's or an authority's description after that body reported the sentence before, also as a source ("Laut Deutscher
Post … riet der Konzern", "Nach Angaben der Bundesnetzagentur … so die Behörde"), not when another body was named
since; "er" in a woman's Konjunktiv perfect report about the man she
addressed ("Die Richterin hielt ihm eine Aussage vor. Damals habe er noch behauptet, …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # (1) a statement's owner keeps its "für" phrase and takes its short name in brackets (round 51: a statement speaks
    # for its owner; a report or a study still names itself, "Im Bericht der Kommission steht" → "Bericht der Kommission")
    ("In einer Mitteilung des Bundesamts für Strahlenschutz heißt es, die Werte seien normal.",
     [(IND, "die Werte seien normal", "Bundesamt für Strahlenschutz")]),
    ("In einer Erklärung des Instituts für Menschenrechte heißt es, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Institut für Menschenrechte")]),
    ("In einer Stellungnahme der Bundesagentur für Arbeit hieß es, der Arbeitsmarkt bleibe robust.",
     [(IND, "der Arbeitsmarkt bleibe robust", "Bundesagentur für Arbeit")]),
    ("In einer Mitteilung des Bundesverbands der Deutschen Industrie (BDI) hieß es, man sei bereit.",
     [(IND, "man sei bereit", "BDI")]),
    # (2) a company's or an authority's description after that body reported the sentence before
    ("Laut Deutscher Post werden Briefe teurer. Die Kunden sollten früh planen, riet der Konzern.",
     [(IND, "werden Briefe teurer", "Deutsche Post"), (IND, "Die Kunden sollten früh planen", "Deutsche Post")]),
    ("Laut Volkswagen bleibt die Nachfrage schwach. Das Werk werde zwei Wochen ruhen, teilte das Unternehmen mit.",
     [(IND, "bleibt die Nachfrage schwach", "Volkswagen"), (IND, "Das Werk werde zwei Wochen ruhen", "Volkswagen")]),
    ("Nach Angaben der Bundesnetzagentur sind die Gasspeicher voll. Eine Mangellage sei unwahrscheinlich, so die "
     "Behörde.",
     [(IND, "sind die Gasspeicher voll", "Bundesnetzagentur"),
      (IND, "Eine Mangellage sei unwahrscheinlich", "Bundesnetzagentur")]),
    ("Das Robert Koch-Institut (RKI) hat neue Zahlen vorgelegt. Nach Angaben des RKI wurden 4000 Fälle gemeldet. Man "
     "beobachte die Lage, so die Behörde.",
     [(IND, "wurden 4000 Fälle gemeldet", "RKI"), (IND, "Man beobachte die Lage", "RKI")]),
    ("Laut Lufthansa fallen 200 Flüge aus. Man bitte die Fluggäste um Geduld, erklärte die Fluggesellschaft.",
     [(IND, "fallen 200 Flüge aus", "Lufthansa"), (IND, "Man bitte die Fluggäste um Geduld", "Lufthansa")]),
    # (3) "er" in a woman's Konjunktiv perfect report about the man she addressed (was no one)
    ("„Ich war es nicht“, sagte der 52-Jährige. Die Vorsitzende Richterin Petra Lang hielt ihm ein Protokoll vor. "
     "Damals habe er noch gesagt, er kenne das Opfer nicht.",
     [(DIR, "Ich war es nicht", "52-Jährige"),
      (IND, "Die Vorsitzende Richterin Petra Lang hielt ihm ein Protokoll vor", "Petra Lang"),
      (IND, "er kenne das Opfer nicht", "52-Jährige")]),
    ("„Ich bereue alles“, sagte der Angeklagte. Staatsanwältin Eva Roth hielt ihm Chatnachrichten vor. Dort habe er "
     "noch erklärt, er habe keine Angst.",
     [(DIR, "Ich bereue alles", "Angeklagte"), (IND, "Staatsanwältin Eva Roth hielt ihm Chatnachrichten vor", "Eva Roth"),
      (IND, "er habe keine Angst", "Angeklagte")]),
]

GUARDS = [
    # a report or a study names itself with its owner (rounds 48, 40 conventions)
    ("In dem Gutachten des Bundesrechnungshofs heißt es, das Projekt sei zu teuer.",
     [(IND, "das Projekt sei zu teuer", "Gutachten des Bundesrechnungshofs")]),
    ("In einem Brief des Bürgermeisters Klaus Roth heißt es, die Stadt sei pleite.",
     [(IND, "die Stadt sei pleite", "Klaus Roth")]),
    ("Nach Angaben des RKI wurden 4000 Fälle gemeldet. Das seien doppelt so viele wie im Vorjahr, heißt es in dem "
     "Bericht.",
     [(IND, "wurden 4000 Fälle gemeldet", "RKI"), (IND, "Das seien doppelt so viele wie im Vorjahr", "Bericht")]),
    # "Der Bund" is the federal state, "Experten" no company
    ("Der Bund hat die Arbeit begrüßt. Sie sei ein wichtiger Baustein, teilte der Verband mit.",
     [(IND, "Der Bund hat die Arbeit begrüßt", "Bund"), (IND, "Sie sei ein wichtiger Baustein", "Verband")]),
    ("Laut Experten droht eine Rezession. Die Nachfrage sei schwach, teilte der Konzern mit.",
     [(IND, "droht eine Rezession", "Experten"), (IND, "Die Nachfrage sei schwach", "Konzern")]),
    # two organisations: another body named since the one that reported
    ("Laut Bahn fallen Züge aus. Auch bei der Lufthansa gibt es Probleme. Man bitte um Verständnis, teilte der Konzern "
     "mit.",
     [(IND, "fallen Züge aus", "Bahn"), (IND, "Man bitte um Verständnis", "Konzern")]),
    ("Laut Bahn fallen Züge aus, auch die Lufthansa streicht Flüge. Man bitte um Verständnis, teilte der Konzern mit.",
     [(IND, "fallen Züge aus, auch die Lufthansa streicht Flüge", "Bahn"), (IND, "Man bitte um Verständnis", "Konzern")]),
    ("Laut Siemens ist die Nachfrage schwach. Die Bundesnetzagentur prüft den Fall. Man sei zuversichtlich, so die "
     "Behörde.",
     [(IND, "ist die Nachfrage schwach", "Siemens"), (IND, "Man sei zuversichtlich", "Bundesnetzagentur")]),
    # a person reported before is no company; the police is no "Behörde" by its name's ending
    ("Nach Angaben von Thomas Weber ist die Lage ernst. Man prüfe Kurzarbeit, teilte das Unternehmen mit.",
     [(IND, "ist die Lage ernst", "Thomas Weber"), (IND, "Man prüfe Kurzarbeit", "Unternehmen")]),
    ("Laut Polizei war der Fahrer betrunken. Man ermittle, teilte die Behörde mit.",
     [(IND, "war der Fahrer betrunken", "Polizei"), (IND, "Man ermittle", "Behörde")]),
    # a man reporting, or a woman who addressed no one: "er" is left as before
    ("„Das war ein Fehler“, sagte der Angeklagte. Richter Hans Ott hielt ihm eine Aussage vor. Damals habe er noch "
     "behauptet, allein gewesen zu sein.",
     [(DIR, "Das war ein Fehler", "Angeklagte"), (IND, "Richter Hans Ott hielt ihm eine Aussage vor", "Hans Ott"),
      (IND, "allein gewesen zu sein", "Hans Ott")]),
    ("„Das war ein Fehler“, sagte der Angeklagte. Die Richterin Sabine Ott verlas eine Aussage. Damals habe er noch "
     "behauptet, allein gewesen zu sein.",
     [(DIR, "Das war ein Fehler", "Angeklagte"), (IND, "allein gewesen zu sein", None)]),
    ("„Das war ein Fehler“, sagte die Angeklagte. Die Richterin Sabine Ott hielt ihr eine Aussage vor. Damals habe sie "
     "noch behauptet, allein gewesen zu sein.",
     [(DIR, "Das war ein Fehler", "Angeklagte"), (IND, "Die Richterin Sabine Ott hielt ihr eine Aussage vor", "Sabine Ott"),
      (IND, "allein gewesen zu sein", "Sabine Ott")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_de2left(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected

