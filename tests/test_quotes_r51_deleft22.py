"""Round 51, family deleft22 (German): a bare plural object after an inverted cue's full name is no part of the name
("Dann mahnte Ministerin Kurz Nachbesserungen an" was "Kurz Nachbesserungen"), nor does the speaker's span run on to
the object's phrase; a public utility or local body with its place in apposition is the speaker ("Der Betreiber, die
Stadtwerke München, erklärte"); a body's contrast with a pronoun object before the adverb ("Die Opposition sehe das
dagegen anders") or with "indes" starts a new source. Sentences written here."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


def speakers(text: str) -> list[str]:
    return [s for s, _ in quotes_of(text, "de", labels=("SPEAKER",))]


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a plural object in -ungen, -nisse … after a title and a surname or an unlisted first name and a surname
    ("Dann mahnte Ministerin Kurz Nachbesserungen an.",
     [(IND, "Dann mahnte Ministerin Kurz Nachbesserungen an", "Kurz")]),
    ("Im Ausschuss mahnte Ayşe Demir Nachbesserungen an.",
     [(IND, "Im Ausschuss mahnte Ayşe Demir Nachbesserungen an", "Ayşe Demir")]),
    ("Am Dienstag kritisierte Stadträtin Öztürk Versäumnisse der Verwaltung.",
     [(IND, "Am Dienstag kritisierte Stadträtin Öztürk Versäumnisse der Verwaltung", "Öztürk")]),
    ("Zuletzt forderte Bürgermeisterin Lange Nachbesserungen.",
     [(IND, "Zuletzt forderte Bürgermeisterin Lange Nachbesserungen", "Lange")]),
    ("Am Montag forderte Verdi-Chefin Jale Ünal Lohnerhöhungen von acht Prozent.",
     [(IND, "Am Montag forderte Verdi-Chefin Jale Ünal Lohnerhöhungen von acht Prozent", "Jale Ünal")]),
    # a longer name or a company with its legal form before the object stays whole
    ("Dann mahnte Ministerin Anna Maria Kurz Nachbesserungen an.",
     [(IND, "Dann mahnte Ministerin Anna Maria Kurz Nachbesserungen an", "Anna Maria Kurz")]),
    ("Dann forderte die Deutsche Bahn AG Verbesserungen.",
     [(IND, "Dann forderte die Deutsche Bahn AG Verbesserungen", "Deutsche Bahn AG")]),
    # a utility or local body with its place in apposition (was the description)
    ("Der Betreiber, die Stadtwerke München, erklärte, die Anlage sei sicher.",
     [(IND, "die Anlage sei sicher", "Stadtwerke München")]),
    ("Der Betreiber, die Berliner Verkehrsbetriebe, teilte mit, der Verkehr laufe wieder.",
     [(IND, "der Verkehr laufe wieder", "Berliner Verkehrsbetriebe")]),
    ("Der Eigentümer, der Wasserverband Nord, erklärte, das Wasser sei sauber.",
     [(IND, "das Wasser sei sauber", "Wasserverband Nord")]),
    # a body contrasting with a pronoun object before the adverb, or with "indes" (was Karl Huber)
    ("Karl Huber sagte, die Lage sei ernst. Die Opposition sehe das dagegen anders.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Die Opposition sehe das dagegen anders", "Opposition")]),
    ("Karl Huber sagte, die Lage sei ernst. Die Regierung halte indes an dem Plan fest.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Die Regierung halte indes an dem Plan fest", "Regierung")]),
]

FIXES_SPAN = [
    # the speaker's span stops before the object and its phrase (was "Ministerin Kurz Einschränkungen für Raucher")
    ("Dabei forderte Ministerin Kurz Einschränkungen für Raucher.", ["Ministerin Kurz"]),
    ("Dabei forderte Anna Demir Einschränkungen für Raucher.", ["Anna Demir"]),
]

GUARDS = [
    # real multi-word names and bodies stay whole
    ("Dann sagte Ministerin Anna Maria Kurz, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Anna Maria Kurz")]),
    ("Dann kritisierte die Deutsche Bahn AG die Streiks.",
     [(IND, "Dann kritisierte die Deutsche Bahn AG die Streiks", "Deutsche Bahn AG")]),
    ("Im Ausschuss kritisierte Ayşe Demir-Yilmaz die Pläne.",
     [(IND, "Im Ausschuss kritisierte Ayşe Demir-Yilmaz die Pläne", "Ayşe Demir-Yilmaz")]),
    ("Dann kritisierten die Vereinten Nationen die Regierung.",
     [(IND, "Dann kritisierten die Vereinten Nationen die Regierung", "Vereinten Nationen")]),
    ("Zudem forderte Landrat Bernd Kögel Gewissheiten über die Finanzierung.",
     [(IND, "Zudem forderte Landrat Bernd Kögel Gewissheiten über die Finanzierung", "Bernd Kögel")]),
    # a company with its legal form (round 51, deleft19) and a body's genitive are as before
    ("Der Betreiber, die Nordwind Energie GmbH, erklärte, die Anlage sei sicher.",
     [(IND, "die Anlage sei sicher", "Nordwind Energie GmbH")]),
    ("Der Sprecher, der Verband der Stadtwerke, erklärte, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Sprecher")]),
    # things go on with the report; a body without a contrast too
    ("Karl Huber sagte, die Lage sei ernst. Die Kosten seien dagegen gesunken.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Die Kosten seien dagegen gesunken", "Karl Huber")]),
    ("Karl Huber sagte, die Lage sei ernst. Die Opposition habe die Pläne nicht gelesen.",
     [(IND, "die Lage sei ernst", "Karl Huber"), (IND, "Die Opposition habe die Pläne nicht gelesen", "Karl Huber")]),
    # "Das sagte er" after a cue-less quotation: the quotation is his, and "Das" is reported (docs/quotes.md convention)
    ("Peter Kahl leitet die Firma.\n\n„Wir werden das Werk nicht schließen.“\n\nDas sagte er bei einem Besuch im März.",
     [(DIR, "Wir werden das Werk nicht schließen.", "Peter Kahl"), (IND, "Das", "Peter Kahl")]),
]

GUARDS_SPAN = [
    ("Das sagte der Präsident des Verbands, Peter Kahl.", ["der Präsident des Verbands, Peter Kahl"]),
    ("Dabei forderte Lauterbach Änderungen an der Reform.", ["Lauterbach"]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_deleft22(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", FIXES_SPAN + GUARDS_SPAN)
def test_deleft22_speaker_span(text: str, expected: list[str]) -> None:
    assert speakers(text) == expected
