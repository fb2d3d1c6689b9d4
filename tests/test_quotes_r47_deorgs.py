"""Round 47, family deorgs: German organisations and groups as speakers and their resolution (a central bank, a bank, a
union, an association, a ministry, a town described after the sentence that names it as its subject; a party"s
members" noun after the party; a plural party before "Die Partei")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ("Die Europäische Zentralbank hat den Leitzins erhöht. Die Notenbank sagte, die Inflation sei zu hoch.",
     [(IND, "die Inflation sei zu hoch", "Europäische Zentralbank")]),
    ("Die Bundesbank hat ihre Prognose gesenkt. Die Notenbank erklärte, die Wirtschaft schrumpfe.",
     [(IND, "die Wirtschaft schrumpfe", "Bundesbank")]),
    ("Die Commerzbank hat ihren Gewinn gesteigert. Die Bank teilte mit, das Geschäft laufe gut.",
     [(IND, "das Geschäft laufe gut", "Commerzbank")]),
    ("Die Weltbank hat ihre Prognose gesenkt. Die Bank erklärte, das Wachstum bleibe schwach.",
     [(IND, "das Wachstum bleibe schwach", "Weltbank")]),
    ("Die Gewerkschaft Verdi hat zum Streik aufgerufen. Die Gewerkschaft sagte, die Löhne seien zu niedrig.",
     [(IND, "Die Gewerkschaft Verdi hat zum Streik aufgerufen", "Gewerkschaft Verdi"), (IND, "die Löhne seien zu niedrig", "Gewerkschaft Verdi")]),
    ("Verdi hat zum Streik aufgerufen. Die Gewerkschaft sagte, die Löhne seien zu niedrig.",
     [(IND, "Verdi hat zum Streik aufgerufen", "Verdi"), (IND, "die Löhne seien zu niedrig", "Verdi")]),
    ("Die IG Metall hat zum Warnstreik aufgerufen. Die Gewerkschaft forderte, die Löhne müssten steigen.",
     [(IND, "Die IG Metall hat zum Warnstreik aufgerufen", "IG Metall"), (IND, "die Löhne müssten steigen", "IG Metall")]),
    ("Die GDL hat zum Streik aufgerufen. Die Gewerkschaft sagte, die Löhne seien zu niedrig.",
     [(IND, "Die GDL hat zum Streik aufgerufen", "GDL"), (IND, "die Löhne seien zu niedrig", "GDL")]),
    ("Das Auswärtige Amt hat eine Reisewarnung ausgesprochen. Das Ministerium teilte mit, die Lage sei gefährlich.",
     [(IND, "Das Auswärtige Amt hat eine Reisewarnung ausgesprochen", "Auswärtige Amt"), (IND, "die Lage sei gefährlich", "Auswärtige Amt")]),
    ("Die Stadt Köln hat das Fest abgesagt. Die Stadt teilte mit, die Sicherheit gehe vor.",
     [(IND, "die Sicherheit gehe vor", "Stadt Köln")]),
    ("Die Hansestadt Hamburg hat das Fest abgesagt. Die Stadt teilte mit, die Sicherheit gehe vor.",
     [(IND, "die Sicherheit gehe vor", "Hansestadt Hamburg")]),
    ("Die SPD hat den Vorschlag abgelehnt. Die Sozialdemokraten forderten, die Steuern müssten sinken.",
     [(IND, "Die SPD hat den Vorschlag abgelehnt", "SPD"), (IND, "die Steuern müssten sinken", "SPD")]),
    ("Die FDP hat den Vorschlag abgelehnt. Die Liberalen erklärten, der Plan sei zu teuer.",
     [(IND, "Die FDP hat den Vorschlag abgelehnt", "FDP"), (IND, "der Plan sei zu teuer", "FDP")]),
    ("Die CSU hat den Vorschlag abgelehnt. Die Christsozialen erklärten, der Plan sei zu teuer.",
     [(IND, "Die CSU hat den Vorschlag abgelehnt", "CSU"), (IND, "der Plan sei zu teuer", "CSU")]),
    ("Die Grünen stellten ihr Programm vor. Die Partei forderte, die Kohle müsse bis 2030 auslaufen.",
     [(IND, "die Kohle müsse bis 2030 auslaufen", "Grünen")]),
    ("Die Grünen haben ihr Programm vorgestellt. Die Partei forderte, die Kohle müsse bis 2030 auslaufen.",
     [(IND, "die Kohle müsse bis 2030 auslaufen", "Grünen")]),
    ("Die Piraten stellten ihr Programm vor. Die Partei erklärte, das Internet müsse frei bleiben.",
     [(IND, "das Internet müsse frei bleiben", "Piraten")]),
    ("Der Deutsche Bauernverband hat höhere Preise gefordert. Der Verband erklärte, die Kosten seien gestiegen.",
     [(IND, "Der Deutsche Bauernverband hat höhere Preise gefordert", "Deutsche Bauernverband"), (IND, "die Kosten seien gestiegen", "Deutsche Bauernverband")]),
    ("Der ADAC hat vor Staus gewarnt. Der Verband sagte, am Wochenende werde es voll.",
     [(IND, "Der ADAC hat vor Staus gewarnt", "ADAC"), (IND, "am Wochenende werde es voll", "ADAC")]),
    ("Der VDA hat die Zahlen vorgelegt. Der Verband erklärte, der Absatz sei gesunken.",
     [(IND, "der Absatz sei gesunken", "VDA")]),
]

GUARDS = [
    ("Die Europäische Zentralbank hat den Leitzins erhöht. Ein Sprecher der Notenbank sagte, die Inflation sei zu hoch.",
     [(IND, "die Inflation sei zu hoch", "Sprecher der Notenbank")]),
    ("Die Weltbank hat ihre Prognose gesenkt. Die Notenbank erklärte, das Wachstum bleibe schwach.",
     [(IND, "das Wachstum bleibe schwach", "Notenbank")]),
    ("Die Gewerkschaft Verdi hat zum Streik aufgerufen. Ein Sprecher der Gewerkschaft sagte, die Löhne seien zu niedrig.",
     [(IND, "Die Gewerkschaft Verdi hat zum Streik aufgerufen", "Gewerkschaft Verdi"), (IND, "die Löhne seien zu niedrig", "Sprecher der Gewerkschaft")]),
    ("Der Arbeitgeberverband hat das Angebot erhöht. Die Gewerkschaft sagte, das reiche nicht.",
     [(IND, "das reiche nicht", "Gewerkschaft")]),
    ("Die Bahn hat ein Angebot vorgelegt. Die Gewerkschaft sagte, das reiche nicht.",
     [(IND, "das reiche nicht", "Gewerkschaft")]),
    ("Das Statistische Bundesamt hat neue Zahlen vorgelegt. Das Ministerium teilte mit, die Preise seien gestiegen.",
     [(IND, "die Preise seien gestiegen", "Ministerium")]),
    ("Das Bundesfinanzministerium hat neue Zahlen vorgelegt. Das Ministerium teilte mit, die Steuereinnahmen seien gestiegen.",
     [(IND, "die Steuereinnahmen seien gestiegen", "Bundesfinanzministerium")]),
    ("Die Stadtverwaltung hat das Fest abgesagt. Die Stadt teilte mit, die Sicherheit gehe vor.",
     [(IND, "die Sicherheit gehe vor", "Stadt")]),
    ("Die Stadt Köln hat das Fest abgesagt. Die Stadt Bonn teilte mit, sie halte an ihrem Fest fest.",
     [(IND, "sie halte an ihrem Fest fest", "Stadt Bonn")]),
    ("Die Sozialdemokraten forderten, die Steuern müssten sinken.",
     [(IND, "die Steuern müssten sinken", "Sozialdemokraten")]),
    ("Die CDU hat den Vorschlag abgelehnt. Die Sozialdemokraten forderten, die Steuern müssten sinken.",
     [(IND, "Die CDU hat den Vorschlag abgelehnt", "CDU"), (IND, "die Steuern müssten sinken", "Sozialdemokraten")]),
    ("Die SPD hat den Vorschlag abgelehnt. Ein Sozialdemokrat sagte, die Steuern müssten sinken.",
     [(IND, "Die SPD hat den Vorschlag abgelehnt", "SPD"), (IND, "die Steuern müssten sinken", "Sozialdemokrat")]),
    ("Die Wähler stellten der Regierung ein schlechtes Zeugnis aus. Die Partei erklärte, das sei bitter.",
     [(IND, "das sei bitter", "Partei")]),
    ("Die Grünen stellten ihr Programm vor. Sie forderten, die Kohle müsse bis 2030 auslaufen.",
     [(IND, "die Kohle müsse bis 2030 auslaufen", "Grünen")]),
    ("Die EU hat Sanktionen verhängt. Der Verband erklärte, die Exporte würden leiden.",
     [(IND, "die Exporte würden leiden", "Verband")]),
    ("Die Siemens AG hat ihre Prognose gesenkt. Ein Sprecher des Konzerns sagte, die Nachfrage sei schwach.",
     [(IND, "die Nachfrage sei schwach", "Sprecher des Konzerns")]),
    ("Die Siemens AG hat ihre Prognose gesenkt. Der Konzern teilte mit, die Nachfrage sei schwach.",
     [(IND, "die Nachfrage sei schwach", "Siemens AG")]),
    ("Das Bundesverfassungsgericht hat das Gesetz gekippt. Das Gericht erklärte, es verstoße gegen das Grundgesetz.",
     [(IND, "es verstoße gegen das Grundgesetz", "Bundesverfassungsgericht")]),
    ("Die Polizei hat einen Mann festgenommen. Die Beamten teilten mit, er sei bewaffnet gewesen.",
     [(IND, "er sei bewaffnet gewesen", "Beamten")]),
    # (deleft3, later in round 47: a short name takes the long form written first, from the body_names map)
    ("Die Europäische Union hat Sanktionen verhängt. Die EU erklärte, Russland müsse den Krieg beenden.",
     [(IND, "Russland müsse den Krieg beenden", "Europäische Union")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
