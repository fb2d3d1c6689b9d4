"""Quote pre-annotator, round 39 (helper despkbound): German speaker phrases that ran into the clause's object.

Sentences written for these tests, in the style of German court, police and agency news (no page text, no evaluation
data): a charge after the accuser ("wirft ihm die Staatsanwaltschaft Untreue vor"), a charge after "ihm" when the
accuser opens the sentence ("Die Anklage wirft ihm Heimtücke vor") and injuries after a source's genitive owner
("nach Auskunft des Klinikums Verbrennungen"); a fronted pronominal adverb ("Darüber informierte das Präsidium"), a
dative object after a bare surname ("hatte Rice der Führung … gedroht"), "dieser" as a pronoun before a plural object
and an object with a relative clause after the auxiliary ("Die Kanzlei hat die Echtheit …, die …, dementiert").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    byid = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        cue = next((byid[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, s.attrs["speaker"], cue and text[cue.start : cue.end]))
    return sorted(out)


def _assert(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    got = _got(text)
    assert got == sorted(expected), got


# (round 39, despkbound) a charge (yaml `object_nouns`) is no part of the accuser's name, nor the subject after "ihm"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Konkret wirft ihm die Anklagebehörde Untreue in 14 Fällen vor.",
            [("Konkret wirft ihm die Anklagebehörde Untreue in 14 Fällen vor", IND, "Anklagebehörde", "wirft")],
        ),
        (
            "Die Anklage wirft ihm Heimtücke vor.",
            [("Die Anklage wirft ihm Heimtücke vor", IND, "Anklage", "wirft")],
        ),
        (
            "Ihm warf der Richter Heimtücke vor.",
            [("Ihm warf der Richter Heimtücke vor", IND, "Richter", "warf")],
        ),
    ],
)
def test_r39_despkbound_charges(text, expected):
    _assert(text, expected)


# (round 39, despkbound) injuries after a source's genitive owner open the content, not the owner's name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Der Radfahrer zog sich nach Angaben eines Polizeisprechers Prellungen und Schürfwunden zu.",
            [("Der Radfahrer zog sich", IND, "Polizeisprecher", "nach"),
             ("Prellungen und Schürfwunden zu", IND, "Polizeisprecher", "nach")],
        ),
        (
            "Die Bewohnerin erlitt nach Auskunft des Klinikums Verbrennungen an beiden Händen.",
            [("Die Bewohnerin erlitt", IND, "Klinikum", "nach"),
             ("Verbrennungen an beiden Händen", IND, "Klinikum", "nach")],
        ),
    ],
)
def test_r39_despkbound_injuries(text, expected):
    _assert(text, expected)


# (round 39, despkbound) the subject is a noun phrase in the nominative, not an adverb, a dative or an object
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Darüber informierte das Polizeipräsidium am Dienstag, dass der Tatverdächtige in Haft sei.",
            [("der Tatverdächtige in Haft sei", IND, "Polizeipräsidium", "informierte")],
        ),
        (
            "Damals hatte Pence der Regierung in Caracas mit Sanktionen gedroht.",
            [("Damals hatte Pence der Regierung in Caracas mit Sanktionen gedroht", IND, "Pence", "gedroht")],
        ),
        (
            "Der Extremistenführer Abu Hamsa hat sich erneut zu Wort gemeldet. In der Aufnahme hat dieser neue Angriffe "
            "angedroht.",
            [("In der Aufnahme hat dieser neue Angriffe angedroht", IND, "Abu Hamsa", "angedroht")],
        ),
        (
            "Die Senatskanzlei hat die Echtheit eines Briefes, der am Sonntag im Netz aufgetaucht war, dementiert.",
            [("Die Senatskanzlei hat die Echtheit eines Briefes, der am Sonntag im Netz aufgetaucht war, dementiert", IND,
              "Senatskanzlei", "dementiert")],
        ),
    ],
)
def test_r39_despkbound_subjects(text, expected):
    _assert(text, expected)


# guards: a place's name after the owner stays; an accuser before "ihm vor, …" keeps its place name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach Angaben des Landratsamtes Harburg sind drei Menschen erkrankt.",
            [("sind drei Menschen erkrankt", IND, "Landratsamtes Harburg", "Nach")],
        ),
        (
            "Die Staatsanwaltschaft Köln wirft ihm vor, Spenden veruntreut zu haben.",
            [("Spenden veruntreut zu haben", IND, "Staatsanwaltschaft Köln", "wirft")],
        ),
        (
            "Am Montag hat die Stadtverwaltung, die für die Planung zuständig ist, mitgeteilt, dass die Brücke gesperrt "
            "bleibt.",
            [("die Brücke gesperrt bleibt", IND, "Stadtverwaltung", "mitgeteilt")],
        ),
        (
            "Am Abend hat dieser neue Plan für Unruhe gesorgt, sagte der Sprecher.",
            [("Am Abend hat dieser neue Plan für Unruhe gesorgt", IND, "Sprecher", "sagte")],
        ),
        (
            "Die Staatsanwaltschaft wirft dem Mann Betrug vor.",
            [("Die Staatsanwaltschaft wirft dem Mann Betrug vor", IND, "Staatsanwaltschaft", "wirft")],
        ),
    ],
)
def test_r39_despkbound_guards(text, expected):
    _assert(text, expected)
