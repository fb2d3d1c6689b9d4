"""Quote pre-annotator, round 39 (helper descare): German titles, mottos, nicknames and listed terms in quotation marks.

Sentences written for these tests (names invented), in the style of German politics, sport and culture pages and
commentary: a short quotation after a definite article or a possessive is a name, not a partial quotation, when a number
closes it ("in den „Bemerkungen 2022“", "die „Agenda 2030“"), when it is a law's name ("das „Gute-Kita-Gesetz“", a
compound ending in one of `rule_noun_endings`) or when the text quotes the same single word again (a nickname, "dem
„Kaiser“"); a quotation right after or before "heißen" is what a thing is called ("Das Stück heißt „…“", 'das
offiziell "…" heißt'); "stand unter dem Motto: „…“" is no cue, and a motto or a title as the subject before a colon is
no speaker ("Das Motto des Abends lautete: „…“"); the first of a list of quoted words with commas is a mention like the
others ("Wortschöpfungen wie „Wumms“, „Bazooka“ oder „Zeitenwende“").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR = "DIRECT_QUOTE"


def _direct_descare(text: str) -> list[tuple[str, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], (s.attrs or {}).get("speaker")) for s in ann.spans if s.label == DIR)


def assert_direct_descare(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _direct_descare(text) == sorted(expected)


# titles numbered by their last word, and laws' names, after a definite article or a possessive
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Landesrechnungshof beanstandet in den „Bemerkungen 2023“ die Vergabe von Beraterverträgen.", []),
    ("Die Wirtschaftsministerin verteidigte die „Agenda 2035“ im Landtag gegen die Opposition.", []),
    ("Der Sozialverband kritisierte in seinem „Armutsbericht 2024“ die Kürzungen bei der Grundsicherung.", []),
    ("Die Linke warf der Koalition vor, die „Hartz IV“-Sätze kaum zu erhöhen. Ihr Fraktionschef sagte, die "
     "„Hartz IV“ Reform sei gescheitert.", []),
    ("Die Familienministerin verteidigte das „Starke-Kinder-Gesetz“ gegen die Kritik der Kommunen.", []),
    ("Die Grünen kritisierten, das „Wachstumsbeschleunigungsgesetz“ nütze vor allem Hoteliers.", []),
    ("Die FDP lehnt das „Heizungsgesetz“ in dieser Form ab, sagte ihr Fraktionsvize am Dienstag.", []),
])
def test_de_titles_and_laws_after_article(text, expected):
    assert_direct_descare(text, expected)


# a single word the text quotes again: a nickname or a running term, not a partial quotation
@pytest.mark.parametrize(("text", "expected"), [
    ("Der „Bomber“ ist tot. Vereinspräsident Anton Reiser sagte, dass die Fans trauerten und dass der Klub dem "
     "„Bomber“ ein Denkmal setzen werde.", []),
    ("Mit 73 Jahren ist der „Professor“ gestorben. Sein früherer Trainer betonte, dass er stolz sei und dass der "
     "Verband dem „Professor“ viel verdanke.", []),
])
def test_de_nickname_quoted_again(text, expected):
    assert_direct_descare(text, expected)


# names after or before "heißen"
@pytest.mark.parametrize(("text", "expected"), [
    ("Das neue Stück heißt „Der Abend der langen Schatten“ und hat am Freitag Premiere, sagte die Intendantin.", []),
    ("Mit dem Gesetz, das offiziell „Gesetz zur Stärkung der Pflege im ländlichen Raum“ heißt, sollen Pflegekräfte "
     "entlastet werden, sagte der Minister.", []),
])
def test_de_named_by_heissen(text, expected):
    assert_direct_descare(text, expected)


# mottos and titles before a colon
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Parteitag der Liberalen stand unter dem Motto: „Freiheit braucht Mut und Verantwortung“.", []),
    ("Die Kundgebung der Gewerkschaft stand unter dem Motto: „Gute Arbeit für alle“.", []),
    ("Das Motto der diesjährigen Festwoche lautete: „Gemeinsam für eine offene Stadt“.", []),
])
def test_de_motto_before_colon(text, expected):
    assert_direct_descare(text, expected)


# the first of a list of quoted words with commas
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Kanzler liebt, so heißt es in Berlin, griffige Wortschöpfungen wie „Wumms“, „Bazooka“ oder „Zeitenwende“.",
     []),
])
def test_de_listed_terms(text, expected):
    assert_direct_descare(text, expected)


# a lower-case quotation after a named thing's noun and a cue verb is what the speaker called it, no name
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Landrätin nannte den Plan „unverantwortlich“.", [("unverantwortlich", "Landrätin")]),
    ("Der Verbandschef nannte das Projekt „völlig überteuert“.", [("völlig überteuert", "Verbandschef")]),
])
def test_de_judged_thing(text, expected):
    assert_direct_descare(text, expected)


# guards: things that must stay as they are
@pytest.mark.parametrize(("text", "expected"), [
    # partial quotations: after an indefinite article, after "von", a lower-case word, a word quoted once
    ("Der Vizekanzler nannte das Entlastungspaket einen „Doppel-Wumms“.", [("Doppel-Wumms", "Vizekanzler")]),
    ("Der Minister sprach von einer „Zeitenwende“ in der Verteidigungspolitik.", [("Zeitenwende", "Minister")]),
    ("Die Landrätin kritisierte die „Hetze“ gegen Asylbewerber.", [("Hetze", "Landrätin")]),
    ("Merz bezeichnete das Programm als „überflüssig“.", [("überflüssig", "Merz")]),
    ("Das Wort „alternativlos“ wurde zum Unwort des Jahres gewählt, teilte die Jury mit.", []),
    ("Die Oppositionsführerin sprach vom „Murksgesetz“ der Regierung.", [("Murksgesetz", "Oppositionsführerin")]),
    ("Die Grünen nannten das Vorhaben ein „Bürokratiemonstergesetz“.", [("Bürokratiemonstergesetz", "Grünen")]),
    # "heißt es" reports a quotation
    ("In dem Schreiben heißt es „Wir bedauern die Entscheidung zutiefst“.",
     [("Wir bedauern die Entscheidung zutiefst", "Schreiben")]),
    ("„Wir bedauern die Entscheidung zutiefst“ heißt es in dem Schreiben des Vorstands.",
     [("Wir bedauern die Entscheidung zutiefst", "Schreiben des Vorstands")]),
    # a real speaker before a colon
    ("Der Vorsitzende sagte zum Auftakt: „Wir stehen zusammen.“", [("Wir stehen zusammen.", "Vorsitzende")]),
    # a nickname between first name and surname stays no quotation
    ("„Das war bitter“, sagte Trainer Holger Brandt. Gerd „Kanone“ Wolf hätte den Ball reingemacht.",
     [("Das war bitter", "Holger Brandt")]),
])
def test_de_descare_guards(text, expected):
    assert_direct_descare(text, expected)
