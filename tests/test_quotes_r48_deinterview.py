"""Round 48, family deinterview: German press formats (a source phrase between the cue and the content: a broadcaster's
prefix glued to a quoted programme, "im ZDF-„Morgenmagazin“"; a compound's tail glued to a quoted paper, "der
„Bild“-Zeitung"; a demonstrative content "das sei …" after an addressee or adjunct, no relative clause)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a broadcaster's prefix glued to the quoted programme (nothing was reported)
    ("Habeck sagte im ZDF-„Morgenmagazin“, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Habeck")]),
    ("Merz sagte am Sonntag im ZDF-„Morgenmagazin“, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Merz")]),
    ("Merz sagte im ARD-„Bericht aus Berlin“, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Merz")]),
    ("Merz sagte dem ARD-„Morgenmagazin“, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Merz")]),
    ("Merz sagte im ZDF-„Morgenmagazin“, dass die Regierung versagt habe.",
     [(IND, "die Regierung versagt habe", "Merz")]),
    # a compound's tail glued to the quoted paper (nothing was reported)
    ("Merz sagte der „Bild“-Zeitung, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Merz")]),
    ("Merz sagte gegenüber der „Bild“-Zeitung, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Merz")]),
    ("Merz sagte der „Bild“-Zeitung, dass die Regierung versagt habe.",
     [(IND, "die Regierung versagt habe", "Merz")]),
    # "das" and a Konjunktiv I after an addressee or adjunct: a main clause, no relative clause (nothing was reported)
    ("Söder sagte der Nachrichtenagentur Reuters, das sei falsch.", [(IND, "das sei falsch", "Söder")]),
    ("Söder sagte am Montag, das sei falsch.", [(IND, "das sei falsch", "Söder")]),
    ("Ein Sprecher der Bundesregierung sagte auf Nachfrage, das sei falsch.",
     [(IND, "das sei falsch", "Sprecher der Bundesregierung")]),
    ("Die Sprecherin sagte der dpa, das habe man nicht gewusst.",
     [(IND, "das habe man nicht gewusst", "Sprecherin")]),
    ("Merz sagte im Gespräch mit dem „Spiegel“, das sei ein Skandal.", [(IND, "das sei ein Skandal", "Merz")]),
    ("Söder sagte der „Süddeutschen Zeitung“, das sei falsch.", [(IND, "das sei falsch", "Söder")]),
    ("Der Minister warnte am Montag vor dem Gesetz, das sei gefährlich.",
     [(IND, "das sei gefährlich", "Minister")]),
]

GUARDS = [
    ("Merz sagte im Interview mit der „Zeit“, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Merz")]),
    ("Merz sagte in der ZDF-Sendung „Berlin direkt“, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Merz")]),
    ("Merz sagte im ZDF-„Morgenmagazin“: „Die Regierung hat versagt.“",
     [(DIR, "Die Regierung hat versagt.", "Merz")]),
    ("„Die Regierung hat versagt“, sagte Merz im ZDF-„Morgenmagazin“.",
     [(DIR, "Die Regierung hat versagt", "Merz")]),
    ("„Das ist ein Skandal“, sagte Merz gegenüber der „Bild“-Zeitung.", [(DIR, "Das ist ein Skandal", "Merz")]),
    ("„Die Lage ist ernst“, sagte Faeser der Deutschen Presse-Agentur.", [(DIR, "Die Lage ist ernst", "Faeser")]),
    ("Innenministerin Nancy Faeser sagte der Deutschen Presse-Agentur, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Nancy Faeser")]),
    ("Merz sagte, das sei ein Skandal.", [(IND, "das sei ein Skandal", "Merz")]),
    ("Der Kanzler sprach im ZDF-„Morgenmagazin“ von einem Fehler.", []),
    ("Ein Sprecher sagte auf Anfrage, das könne man nicht bestätigen.",
     [(IND, "das könne man nicht bestätigen", "Sprecher")]),
    ("Der Verdächtige sei festgenommen worden, so die Staatsanwaltschaft.",
     [(IND, "Der Verdächtige sei festgenommen worden", "Staatsanwaltschaft")]),
    ("„Wir sind bereit“, sagte Regierungssprecher Steffen Hebestreit. „Aber wir brauchen Zeit.“",
     [(DIR, "Wir sind bereit", "Steffen Hebestreit"), (DIR, "Aber wir brauchen Zeit.", "Steffen Hebestreit")]),
    ("Eine Sprecherin des Innenministeriums sagte der Deutschen Presse-Agentur, man prüfe das.",
     [(IND, "man prüfe das", "Sprecherin des Innenministeriums")]),
    ("Auf die Frage, ob er zurücktreten werde, antwortete Scholz: „Das steht nicht zur Debatte.“",
     [(DIR, "Das steht nicht zur Debatte.", "Scholz")]),
    ("Der Deutschen Presse-Agentur sagte eine Sprecherin der Deutschen Bahn, man prüfe alle Optionen.",
     [(IND, "man prüfe alle Optionen", "Sprecherin der Deutschen Bahn")]),
    ("„Wir prüfen alle Optionen“, teilte der Konzern auf Anfrage der Deutschen Presse-Agentur mit.",
     [(DIR, "Wir prüfen alle Optionen", "Konzern")]),
    ("Die Regierung habe versagt, sagte er der „Bild“-Zeitung.", [(IND, "Die Regierung habe versagt", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
