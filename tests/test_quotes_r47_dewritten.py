"""Round 47, family dewritten: German written sources and impersonal report frames ("In dem Bericht ist zu lesen, dass
…", "Es heißt in dem Bericht, …", "Die Studie belegt, dass …", a relative clause between a study or a document and its
verb)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # "zu lesen" reports from a document like "zu hören" from a source (nothing was reported)
    ("In dem Bericht ist zu lesen, dass die Steuern steigen sollen.", [(IND, "die Steuern steigen sollen", "Bericht")]),
    ("In dem Schreiben des Ministeriums war zu lesen, die Lage sei unter Kontrolle.",
     [(IND, "die Lage sei unter Kontrolle", "Schreiben des Ministeriums")]),
    ("Die Lage sei ernst, ist in dem Bericht zu lesen.", [(IND, "Die Lage sei ernst", "Bericht")]),
    ("Dass die Steuern steigen sollen, ist in dem Bericht zu lesen.", [(IND, "die Steuern steigen sollen", "Bericht")]),
    ("Wie in dem Bericht zu lesen ist, sollen die Steuern steigen.", [(IND, "sollen die Steuern steigen", "Bericht")]),
    ("„Die Lage ist ernst“, war im Abschlussbericht zu lesen.", [(DIR, "Die Lage ist ernst", "Abschlussbericht")]),
    # a colon after "zu lesen" / "zu hören" (the quotation had no speaker)
    ("Im Bericht ist zu lesen: „Die Lage ist ernst.“", [(DIR, "Die Lage ist ernst.", "Bericht")]),
    # "Es" before "heißt" and the source after it (no speaker)
    ("Es heißt in dem Bericht, die Regierung habe versagt.", [(IND, "die Regierung habe versagt", "Bericht")]),
    # (round 51, deleft21: a body's document with its genitive owner is the body, in the genitive as "Erklärung der …")
    ("Es hieß in einer Mitteilung des Ministeriums, die Lage sei unter Kontrolle.",
     [(IND, "die Lage sei unter Kontrolle", "Ministerium")]),  # (round 52, de4left: base form)
    ("Es hieß am Montag in einer Mitteilung, die Lage sei unter Kontrolle.",
     [(IND, "die Lage sei unter Kontrolle", "Mitteilung")]),
    ("Es heißt aus Regierungskreisen, die Lage sei unter Kontrolle.",
     [(IND, "die Lage sei unter Kontrolle", "Regierungskreisen")]),
    # a relative clause between a study and its "zeigt" (nothing was reported)
    ("Die Studie, die am Montag veröffentlicht wurde, zeigt, dass Kinder zu wenig schlafen.",
     [(IND, "Kinder zu wenig schlafen", "Studie")]),
    ("Eine Studie, für die 2000 Menschen befragt wurden, zeigt, dass Kinder zu wenig schlafen.",
     [(IND, "Kinder zu wenig schlafen", "Studie")]),
    ("Die Umfrage, die das Institut Forsa durchgeführt hat, zeigt: Die Mehrheit ist gegen die Reform.",
     [(IND, "Die Mehrheit ist gegen die Reform", "Umfrage")]),
    # "belegt" with a study or a poll as its subject
    ("Die Studie belegt, dass Kinder zu wenig schlafen.", [(IND, "Kinder zu wenig schlafen", "Studie")]),
    ("Die Studie der Universität Hamburg belegt, dass Kinder zu wenig schlafen.",
     [(IND, "Kinder zu wenig schlafen", "Studie der Universität Hamburg")]),
    ("Die Ergebnisse der Umfrage belegen, dass die Mehrheit gegen die Reform ist.",
     [(IND, "die Mehrheit gegen die Reform ist", "Ergebnisse der Umfrage")]),
    ("Kinder schlafen zu wenig, belegt eine Studie.", [(IND, "Kinder schlafen zu wenig", "Studie")]),
    # an object relative clause after a masculine subject (nothing, or the relative clause's act only)
    ("Der Brief, den 50 Abgeordnete unterzeichnet haben, fordert, dass die Regierung handelt.",
     [(IND, "die Regierung handelt", "Brief")]),
    ("Der Brief, den 50 Abgeordnete unterzeichnet haben, warnt, die Lage sei ernst.", [(IND, "die Lage sei ernst", "Brief")]),
    ("Der Brief, den die Abgeordneten unterzeichnet haben, fordert einen sofortigen Waffenstillstand.",
     [(IND, "Der Brief, den die Abgeordneten unterzeichnet haben, fordert einen sofortigen Waffenstillstand", "Brief")]),
]

GUARDS = [
    ("In dem Bericht heißt es, die Regierung habe die Risiken unterschätzt.",
     [(IND, "die Regierung habe die Risiken unterschätzt", "Bericht")]),
    ("Im Schreiben des Ministeriums heißt es: „Wir werden die Förderung einstellen.“",
     [(DIR, "Wir werden die Förderung einstellen.", "Schreiben des Ministeriums")]),
    ("In dem Papier steht, dass die Steuern steigen sollen.", [(IND, "die Steuern steigen sollen", "Papier")]),
    ("Aus dem Papier geht hervor, dass die Steuern steigen sollen.", [(IND, "die Steuern steigen sollen", "Papier")]),
    ("Der Bericht kommt zu dem Schluss, dass die Maßnahmen wirkungslos waren.",
     [(IND, "die Maßnahmen wirkungslos waren", "Bericht")]),
    ("Die Studie zeigt, dass Kinder zu wenig schlafen.", [(IND, "Kinder zu wenig schlafen", "Studie")]),
    ("Die Anklage wirft ihm vor, Millionen veruntreut zu haben.", [(IND, "Millionen veruntreut zu haben", "Anklage")]),
    ("Das Gericht begründete sein Urteil damit, dass der Angeklagte keine Reue gezeigt habe.",
     [(IND, "der Angeklagte keine Reue gezeigt habe", "Gericht")]),
    ("Auf Twitter schrieb Scholz, die Regierung stehe an der Seite der Ukraine.",
     [(IND, "die Regierung stehe an der Seite der Ukraine", "Scholz")]),
    ("In einem Gastbeitrag für die FAZ schreibt Friedrich Merz, die Union müsse sich erneuern.",
     [(IND, "die Union müsse sich erneuern", "Friedrich Merz")]),
    ("Die Regierung habe versagt, heißt es in dem Bericht.", [(IND, "Die Regierung habe versagt", "Bericht")]),
    ("Es heißt, die Regierung habe versagt.", [(IND, "die Regierung habe versagt", None)]),
    ("Es heißt dazu in Anspielung auf die Wahl, die Lage sei ernst.", []),
    ("Im Bericht ist ein Fehler zu lesen.", []),
    ("Das Buch ist leicht zu lesen.", []),
    ("Dies belegen zahlreiche Knochenbrüche.", []),
    ("Die Zahlen belegen, dass die Wirtschaft schrumpft.", []),
    ("Die Läuferin belegte Platz 10.", []),
    ("Er belegte, dass er unschuldig war.", []),
    ("Die Studie, die am Montag erschien, zeigt die Probleme.", []),
    ("Der Film, der am Montag erschien, zeigt, dass Kinder zu wenig schlafen.", []),
    ("Die Petition, die 100.000 Menschen unterschrieben haben, fordert, dass die Regierung handelt.",
     [(IND, "die Regierung handelt", "Petition")]),
    ("Die Ministerin, die am Montag gewählt wurde, sagte, dass Kinder zu wenig schlafen.",
     [(IND, "Kinder zu wenig schlafen", "Ministerin")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
