"""Round 44 (helper demigration): German migration, asylum and municipal news; sentences written for these tests in
the style of the pages read (interior ministers, the Städtetag, Landkreistag and Städte- und Gemeindebund, Pro Asyl)."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end], sp and text[sp.start:sp.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker, cue and speaker span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert tuple(by[(t, lab)]) == tuple(rest), (t, by[(t, lab)])


# 1. a paper spoken to in quotation marks without its article, right after the cue ("sagte „Bild“, …"): no direct quote
# "Bild", and the report after the comma is kept (it was lost)
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Innenminister sagte „Bild“, die Zahl der Abschiebungen müsse deutlich steigen.",
     [("die Zahl der Abschiebungen müsse deutlich steigen", IND, "Innenminister", "sagte", "Der Innenminister")]),
    ("Der Landrat Peter Maier (CDU) sagte „Bild am Sonntag“, seine Turnhallen seien voll belegt.",
     [("seine Turnhallen seien voll belegt", IND, "Peter Maier", "sagte", "Der Landrat Peter Maier (CDU)")]),
    ("Die Oberbürgermeisterin erklärte „Welt am Sonntag“, der Bund lasse die Städte allein.",
     [("der Bund lasse die Städte allein", IND, "Oberbürgermeisterin", "erklärte", "Die Oberbürgermeisterin")]),
    ("Der Innenminister sagte „Bild“: „Wer kein Bleiberecht hat, muss gehen.“",
     [("Wer kein Bleiberecht hat, muss gehen.", DIR, "Innenminister", "sagte", "Der Innenminister")]),
])
def test_r44_demigration_bare_paper_after_cue(text, expected):
    assert_exact(text, expected)


# 2. a dative addressee after the speaker's closing comma, when the report before holds a partial quotation: no second
# report ("…, sagte Sager (CDU), dem „Handelsblatt“." had the content "dem „Handelsblatt“")
@pytest.mark.parametrize(("text", "expected"), [
    ("Das neue Gesetz werde „keine Entlastung bringen“, sagte Reinhard Sager (CDU), dem „Handelsblatt“.",
     [("Das neue Gesetz werde „keine Entlastung bringen“", IND, "Reinhard Sager", "sagte", "Reinhard Sager (CDU)"),
      ("keine Entlastung bringen", DIR, "Reinhard Sager", "sagte", "Reinhard Sager (CDU)")]),
    ("Die Kommunen seien „längst am Limit“, sagte die Präsidentin des Städtetags, Eva Brandt (SPD), der „Rheinischen "
     "Post“ (Samstagausgabe).",
     [("Die Kommunen seien „längst am Limit“", IND, "Eva Brandt", "sagte", "die Präsidentin des Städtetags, Eva Brandt"),
      ("längst am Limit", DIR, "Eva Brandt", "sagte", "die Präsidentin des Städtetags, Eva Brandt")]),
])
def test_r44_demigration_addressee_after_apposition(text, expected):
    assert_exact(text, expected)


# guards: an exclamation or a word in quotation marks after "sagte" stays a quotation; a paper after its article was
# right, as was an addressee without a paper's quoted name after an apposition; an interrupted clause after a parenthetical attribution goes on; a paper as the subject of "berichtet"
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Landrat sagte „Nein“, und die Sitzung war beendet.",
     [("Nein", DIR, "Landrat", "sagte", "Der Landrat")]),
    ("Der Innenminister sagte der „Bild“, die Grenzkontrollen würden verlängert.",
     [("die Grenzkontrollen würden verlängert", IND, "Innenminister", "sagte", "Der Innenminister")]),
    ("Die Zahl der Asylanträge, sagte der Minister, sei im Herbst deutlich gesunken.",
     [("Die Zahl der Asylanträge", IND, "Minister", "sagte", "der Minister"),
      ("sei im Herbst deutlich gesunken", IND, "Minister", "sagte", "der Minister")]),
    ("Die Länder seien „völlig überrascht“ worden, sagte Lewentz der „Welt am Sonntag“.",
     [("Die Länder seien „völlig überrascht“ worden", IND, "Lewentz", "sagte", "Lewentz"),
      ("völlig überrascht", DIR, "Lewentz", "sagte", "Lewentz")]),
    ("Die Verfahren dauerten „viel zu lange“, kritisierte der Geschäftsführer, Karl Winter, der Zeitung.",
     [("Die Verfahren dauerten „viel zu lange“", IND, "Karl Winter", "kritisierte", "der Geschäftsführer, Karl Winter"),
      ("viel zu lange", DIR, "Karl Winter", "kritisierte", "der Geschäftsführer, Karl Winter")]),
])
def test_r44_demigration_guards(text, expected):
    assert_exact(text, expected)
