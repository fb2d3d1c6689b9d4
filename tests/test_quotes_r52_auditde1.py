"""Round 52, family auditde1 (German obituary, central-bank, forest-fire and cyber-attack articles written here): an
age description after a sentence that introduces someone by an everyday role ("Der Anwohner Heinz Wollschläger musste
… „…“, erzählte der 67-Jährige"); a trailing "hieß es in einer Mitteilung" right after the body that spoke; a relative
clause after "verwies auf Nachbargemeinden, die …" with its verb last is no content; "bitte"/"danke" continue a
Konjunktiv chain; a weak noun's dative or genitive ("Dem Präsidenten zufolge") names the one seen with the title; an
authority's description ("Das Amt") after its unnamed spokesperson spoke is that authority."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # an age description names the person an everyday role introduced in the sentence before (was the fire chief)
    ("„Die Lage ist angespannt“, sagte Kreisbrandmeister Uwe Kaminski. Der Anwohner Heinz Wollschläger musste sein Haus "
     "verlassen. „Ich habe nur den Hund mitgenommen“, erzählte der 67-Jährige.",
     [(DIR, "Die Lage ist angespannt", "Uwe Kaminski"), (DIR, "Ich habe nur den Hund mitgenommen", "Heinz Wollschläger")]),
    # a trailing document without an owner right after the body that spoke (was "Mitteilung", "Stellungnahme")
    ("Der Einlagensatz sinke um 0,25 Prozentpunkte, teilte die Notenbank am Donnerstag mit. Die Inflation nähere sich "
     "dem Ziel, hieß es in einer Mitteilung.",
     [(IND, "Der Einlagensatz sinke um 0,25 Prozentpunkte", "Notenbank"),
      (IND, "Die Inflation nähere sich dem Ziel", "Notenbank")]),
    ("Die Firma wies die Vorwürfe zurück. Man habe alle Regeln eingehalten, heißt es in einer Stellungnahme.",
     [(IND, "Die Firma wies die Vorwürfe zurück", "Firma"), (IND, "Man habe alle Regeln eingehalten", "Firma")]),
    # a relative clause with its verb group last is no content (was "die Termine übernehmen sollen")
    ("Die Stadt verwies auf Nachbargemeinden, die Termine übernehmen sollen.",
     [(IND, "Die Stadt verwies auf Nachbargemeinden, die Termine übernehmen sollen", "Stadt")]),
    # "bitte" continues the chain (was no quote)
    ("Sie sei friedlich eingeschlafen, teilte die Familie mit. Die Familie bitte darum, ihre Privatsphäre zu "
     "respektieren.",
     [(IND, "Sie sei friedlich eingeschlafen", "Familie"),
      (IND, "Die Familie bitte darum, ihre Privatsphäre zu respektieren", "Familie")]),
    # a weak noun's dative names the one seen with its nominative title (were "Präsidenten", "Experten")
    ("Präsident Tobias Frenzel sagte, die Lage sei ernst. Dem Präsidenten zufolge soll das Projekt nun vollendet werden.",
     [(IND, "die Lage sei ernst", "Tobias Frenzel"), (IND, "soll das Projekt nun vollendet werden", "Tobias Frenzel")]),
    ("Der Experte Tobias Frenzel sagte, die Lage sei ernst. Laut dem Experten soll die Reform scheitern.",
     [(IND, "die Lage sei ernst", "Tobias Frenzel"), (IND, "soll die Reform scheitern", "Tobias Frenzel")]),
    # an authority's description after its unnamed spokesperson (was "Amt", "Behörde")
    ("Das Bundesamt für Sicherheit in der Informationstechnik (BSI) unterstützt die Kommune. Ein Sprecher des BSI "
     "sagte, es handle sich um eine Gruppe. Das Amt riet anderen Verwaltungen, ihre Sicherungskopien zu überprüfen.",
     [(IND, "es handle sich um eine Gruppe", "Sprecher des BSI"),
      (IND, "ihre Sicherungskopien zu überprüfen", "BSI")]),
    ("Ein Sprecher des Landeskriminalamts sagte, es handle sich um eine Gruppe. Die Behörde riet den Bürgern, Anzeige "
     "zu erstatten.",
     [(IND, "es handle sich um eine Gruppe", "Sprecher des Landeskriminalamts"),
      (IND, "Anzeige zu erstatten", "Landeskriminalamt")]),
]

GUARDS = [
    # the role's person as a preposition's object is no new subject: the fire chief goes on
    ("„Die Lage ist angespannt“, sagte Kreisbrandmeister Uwe Kaminski. Am Abend trug er mit dem Anwohner Heinz "
     "Wollschläger Möbel aus dem Haus. „Wir können nicht heran“, sagte der 52-Jährige.",
     [(DIR, "Die Lage ist angespannt", "Uwe Kaminski"), (DIR, "Wir können nicht heran", "Uwe Kaminski")]),
    # already right: a role with its article before the name
    ("„Wir bleiben hier“, sagte Bürgermeister Jan Brehm. Die Nachbarin Ingrid Pauly hat die Nacht im Auto verbracht. "
     "„Ich hatte große Angst“, sagte die 71-Jährige.",
     [(DIR, "Wir bleiben hier", "Jan Brehm"), (DIR, "Ich hatte große Angst", "Ingrid Pauly")]),
    # a person spoke before: the document stays the source; no sentence before: the document
    ("Der Einlagensatz sinke um 0,25 Prozentpunkte, sagte Präsidentin Claudia Ferreira. Die Inflation nähere sich dem "
     "Ziel, hieß es in einer Mitteilung.",
     [(IND, "Der Einlagensatz sinke um 0,25 Prozentpunkte", "Claudia Ferreira"),
      (IND, "Die Inflation nähere sich dem Ziel", "Mitteilung")]),
    ("Die Zinsen sinken. Die Inflation nähere sich dem Ziel, hieß es in einer Mitteilung.",
     [(IND, "Die Inflation nähere sich dem Ziel", "Mitteilung")]),
    # a content with its finite verb second stays
    ("Der Minister sagte, die Gemeinden sollen Termine übernehmen.",
     [(IND, "die Gemeinden sollen Termine übernehmen", "Minister")]),
    ("Der Minister sagte, die Termine würden übernommen werden.",
     [(IND, "die Termine würden übernommen werden", "Minister")]),
    ("Der Minister verwies darauf, die Regierung habe bereits gehandelt.",
     [(IND, "die Regierung habe bereits gehandelt", "Minister")]),
    ("Der Minister verwies auf Experten, die das Gesetz geprüft haben.",
     [(IND, "Der Minister verwies auf Experten, die das Gesetz geprüft haben", "Minister")]),
    # an infinitive with "zu" is no relative clause
    ("Der Mann gab zu, die Scheiben eingeworfen zu haben.",
     [(IND, "die Scheiben eingeworfen zu haben", "Mann")]),
    # the particle "Bitte" opening an imperative continues nothing
    ("Sie sei friedlich eingeschlafen, teilte die Familie mit. Bitte beachten Sie die Hinweise.",
     [(IND, "Sie sei friedlich eingeschlafen", "Familie")]),
    ("Die Feuer seien gelöscht, sagte ein Sprecher der Stadt. Man danke allen Helfern für ihren Einsatz.",
     [(IND, "Die Feuer seien gelöscht", "Sprecher der Stadt"),
      (IND, "Man danke allen Helfern für ihren Einsatz", "Sprecher der Stadt")]),
    # "den Experten" may be a plural; a title no one was seen with names no one
    ("Experte Tobias Frenzel sagte, die Lage sei ernst. Den Experten zufolge soll die Reform scheitern.",
     [(IND, "die Lage sei ernst", "Tobias Frenzel"), (IND, "soll die Reform scheitern", "Experten")]),
    ("Die Ministerin Anna Kurz sagte, die Lage sei ernst. Dem Präsidenten zufolge soll die Reform scheitern.",
     [(IND, "die Lage sei ernst", "Anna Kurz"), (IND, "soll die Reform scheitern", "Präsidenten")]),
    # a spokesperson of a body that is no authority of that kind: the description stays
    ("Ein Sprecher der Stadt sagte, es handle sich um eine Gruppe. Das Amt riet anderen Verwaltungen, ihre "
     "Sicherungskopien zu überprüfen.",
     [(IND, "es handle sich um eine Gruppe", "Sprecher der Stadt"), (IND, "ihre Sicherungskopien zu überprüfen", "Amt")]),
    # an authority that opened the sentence before as its subject (round 46) still names it
    ("Das Umweltbundesamt unterstützt die Kommune. Das Amt riet anderen Verwaltungen, ihre Sicherungskopien zu "
     "überprüfen.",
     [(IND, "ihre Sicherungskopien zu überprüfen", "Umweltbundesamt")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_auditde1(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


ARTICLE = Path(__file__).parent / "data" / "quotes_r52_waldbrand_article.txt"


def test_auditde1_waldbrand_article() -> None:
    got = run(ARTICLE.read_text(encoding="utf-8"))
    # the resident introduced by his role, then quoted as "der 67-Jährige", and his Konjunktiv chain
    assert (DIR, "Ich habe nur die Papiere und den Hund mitgenommen", "Heinz Wollschläger") in got
    assert (IND, "So etwas habe er in seinem ganzen Leben noch nicht erlebt. Der Himmel sei orange gewesen, und überall "
                 "habe es nach Rauch gerochen", "Heinz Wollschläger") in got
    # the fire chief's chain, the neighbour, the premier's speech acts
    assert (DIR, "Die Lage ist weiterhin sehr angespannt", "Uwe Kaminski") in got
    assert (IND, "viele ältere Menschen im Dorf hätten große Angst", "Ingrid Pauly") in got
    assert (IND, "Dittmann kündigte schnelle Hilfen für die Evakuierten an", "Frank Dittmann") in got
    assert (DIR, "Jeder, der hier im Weg steht, gefährdet Menschenleben.", "Uwe Kaminski") in got
    assert len(got) == 28
