"""Round 42 (helper deleftovers): German leftovers of the first wave. Sentences written for these tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by[(t, lab)] == (sp, cue), (t, by[(t, lab)])


# 1. a term after a demanding cue is its object, no inverted subject ("sechs Jahre Gefängnis" was the speaker)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Anklage fordert sieben Jahre Gefängnis.",
     [("Die Anklage fordert sieben Jahre Gefängnis", IND, "Anklage", "fordert")]),
    ("Die Anklage verlangte 12 Jahre Haft für den Hauptangeklagten.",
     [("Die Anklage verlangte 12 Jahre Haft für den Hauptangeklagten", IND, "Anklage", "verlangte")]),
    # guard: a subject with a numeral after the cue stays the speaker
    ("Der Plan sei gescheitert, sagten zwei Mitarbeiter der Firma.",
     [("Der Plan sei gescheitert", IND, "zwei Mitarbeiter der Firma", "sagten")]),
    # guard: a person's demand keeps its speaker
    ("Die Staatsanwältin forderte sechs Jahre Haft.",
     [("Die Staatsanwältin forderte sechs Jahre Haft", IND, "Staatsanwältin", "forderte")]),
])
def test_r42_deleftovers_term_after_cue(text, expected):
    assert_exact(text, expected)


# 2. a denial closing a comment clause ", was X bestritt" does not make X the speaker of the clause before
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Armee habe ein Wohnviertel beschossen, was die Regierung jedoch bestritt.", []),
    ("Der Minister sei bestochen worden, was seine Partei dementierte.", []),
    ("Ein Sprecher der Rebellen sagte, die Soldaten hätten ein Dorf angegriffen. Dabei seien Zivilisten getötet "
     "worden, was die Armee bestritt.",
     [("die Soldaten hätten ein Dorf angegriffen", IND, "Sprecher der Rebellen", "sagte"),
      ("Dabei seien Zivilisten getötet worden, was die Armee bestritt", IND, "Sprecher der Rebellen", None)]),
    # guard: a plain denial keeps its speaker
    ("Die Armee bestritt, ein Wohnviertel beschossen zu haben.",
     [("ein Wohnviertel beschossen zu haben", IND, "Armee", "bestritt")]),
])
def test_r42_deleftovers_was_denial(text, expected):
    assert_exact(text, expected)


# 3. a manner adjective before the perfect of a reflexive verb is no subject ("Kritisch" was the speaker)
@pytest.mark.parametrize(("text", "expected"), [
    ("Kritisch hat sich der Gemeindebund geäußert.",
     [("Kritisch hat sich der Gemeindebund geäußert", IND, "Gemeindebund", "geäußert")]),
    ("Zurückhaltend haben sich die Grünen geäußert.",
     [("Zurückhaltend haben sich die Grünen geäußert", IND, "Grünen", "geäußert")]),
    # guard: a surname before the auxiliary stays the speaker
    ("Fröhlich hat sich am Montag zu den Vorwürfen geäußert.",
     [("Fröhlich hat sich am Montag zu den Vorwürfen geäußert", IND, "Fröhlich", "geäußert")]),
])
def test_r42_deleftovers_fronted_manner(text, expected):
    assert_exact(text, expected)


# 4. "so" before a cue inserted in mid-sentence: the subject follows the verb (it was the sentence's first phrase)
@pytest.mark.parametrize(("text", "expected"), [
    ("Auch die Kommune, so klagte Bürgermeister Anton Gruber, sei überfordert.",
     [("Auch die Kommune", IND, "Anton Gruber", "klagte"), ("sei überfordert", IND, "Anton Gruber", "klagte")]),
    ("Die Mieten, so betonte die Senatorin, würden weiter steigen.",
     [("Die Mieten", IND, "Senatorin", "betonte"), ("würden weiter steigen", IND, "Senatorin", "betonte")]),
    # guard: at the end it was already right
    ("Das sei ein Skandal, so kritisierte der Fraktionschef.",
     [("Das sei ein Skandal", IND, "Fraktionschef", "kritisierte")]),
])
def test_r42_deleftovers_inserted_so_cue(text, expected):
    assert_exact(text, expected)


# 5. a Swiss member of parliament's title (also after a party's prefix) makes a name of an unlisted first name a person's,
# so a later description from a place names them ("so der Bündner" was the bare description)
@pytest.mark.parametrize(("text", "expected"), [
    ("GLP-Nationalrat Reto Caduff lehnt die Vorlage ab. Sie koste zu viel, so der Bündner.",
     [("GLP-Nationalrat Reto Caduff lehnt die Vorlage ab", IND, "Reto Caduff", "lehnt"),
      ("Sie koste zu viel", IND, "Reto Caduff", "so")]),
    ("Ständerätin Ladina Casutt zeigte sich enttäuscht. Das Parlament habe versagt, so die Churerin.",
     [("Das Parlament habe versagt", IND, "Ladina Casutt", "so"),
      ("Ständerätin Ladina Casutt zeigte sich enttäuscht", IND, "Ladina Casutt", "zeigte")]),
])
def test_r42_deleftovers_swiss_mp_title(text, expected):
    assert_exact(text, expected)
