"""Round 42, helper depresseschau: German press reviews (sentences written for these tests in the style of
Deutschlandfunk's "Presseschau", regional papers' "Pressestimmen" and foreign press reviews)."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        text[cue.start : cue.end] if cue else None))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


# 1. a person named in the topic's prepositional phrase before the colon is not the speaker: the paper the cue has is
# ("Die TAZ meint zur Rede des Parteichefs Lars Klingbeil: „…“" was "Rede des Parteichefs Lars Klingbeil")
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Londoner TIMES meint zur Bewerbung der Politikerin Angela Rayner: „Rayner wäre eine schwache Kandidatin.“",
     [("Rayner wäre eine schwache Kandidatin.", DIR, "Londoner TIMES", "meint")]),
    ("Die TAZ meint zur Rede des Parteichefs Lars Klingbeil: „Das war zu wenig.“",
     [("Das war zu wenig.", DIR, "TAZ", "meint")]),
    ("Die STUTTGARTER ZEITUNG schreibt zum Auftritt der Ministerin Anna Lührmann in Kiew: „Der Besuch kam spät.“",
     [("Der Besuch kam spät.", DIR, "STUTTGARTER ZEITUNG", "schreibt")]),
    ("Die FRANKFURTER RUNDSCHAU schreibt zum Besuch des Präsidenten Emmanuel Macron in Berlin: „Die Freundschaft "
     "ist brüchig.“",
     [("Die Freundschaft ist brüchig.", DIR, "FRANKFURTER RUNDSCHAU", "schreibt")]),
    ("Zum neuen Premier Ahmet Kaya in Ankara schreibt die „Neue Zürcher Zeitung“: „Der autoritäre Weg ist eine "
     "schiefe Bahn.“",
     [("Der autoritäre Weg ist eine schiefe Bahn.", DIR, "Neue Zürcher Zeitung", "schreibt")]),
    # guard: a person after "von" (no article) was already left alone
    ("Die „Badische Zeitung“ kommentiert die Pläne von Kanzler Friedrich Merz: „Das Land braucht Reformen.“",
     [("Das Land braucht Reformen.", DIR, "Badische Zeitung", "kommentiert")]),
    # guards: a person right after the cue still speaks over a fronted phrase; the paper after its cue stays
    ("Die Meisterschaft im Blick mahnt Trainer Jürgen Klopp zur Geduld: „Wir haben noch nichts gewonnen.“",
     [("Wir haben noch nichts gewonnen.", DIR, "Jürgen Klopp", "mahnt")]),
    ("Zum Haushaltsstreit schreibt das HANDELSBLATT: „Die Koalition spielt auf Zeit.“",
     [("Die Koalition spielt auf Zeit.", DIR, "HANDELSBLATT", "schreibt")]),
])
def test_r42_depresseschau_topic_person(text, expected):
    assert_exact(text, expected)


# 2. a city's adjective after an article before a paper's name in capitals is part of the speaker ("notiert die
# Pariser LIBÉRATION" was "Pariser")
@pytest.mark.parametrize(("text", "expected"), [
    ("Dazu notiert die Pariser LIBÉRATION: „Frankreich ist erschöpft.“",
     [("Frankreich ist erschöpft.", DIR, "Pariser LIBÉRATION", "notiert")]),
    ("„Österreich hat die Wahl verschlafen“, meint die Wiener PRESSE.",
     [("Österreich hat die Wahl verschlafen", DIR, "Wiener PRESSE", "meint")]),
    ("Zur Lage in Großbritannien schreibt die Londoner TIMES: „Die Regierung hat keinen Plan.“",
     [("Die Regierung hat keinen Plan.", DIR, "Londoner TIMES", "schreibt")]),
    # guards: a medium in capitals after a person's name is no part of it; the city adjective before the verb stays
    ("„Wir ermitteln in alle Richtungen“, teilte Gerichtssprecher Frank Straube MDR SACHSEN-ANHALT mit.",
     [("Wir ermitteln in alle Richtungen", DIR, "Frank Straube", "teilte")]),
    ("Die Pariser LIBÉRATION notiert: „Frankreich ist erschöpft.“",
     [("Frankreich ist erschöpft.", DIR, "Pariser LIBÉRATION", "notiert")]),
])
def test_r42_depresseschau_city_adjective(text, expected):
    assert_exact(text, expected)


# 3. a paper's name in quotation marks with its place after "aus"/"in" before the cue: the paper speaks with its cue
# ("Die „Dagens Nyheter“ aus Stockholm meint: „…“" had no cue; "Die Zeitung „Diena“ aus Riga schreibt, …" reported
# the whole sentence with the speaker of the paragraph before)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die „Irish Times“ aus Dublin meint: „Die Insel hat die Wahl.“",
     [("Die Insel hat die Wahl.", DIR, "Irish Times", "meint")]),
    ("Der „Tagesspiegel“ aus Berlin kommentiert: „Die Hauptstadt spart an der falschen Stelle.“",
     [("Die Hauptstadt spart an der falschen Stelle.", DIR, "Tagesspiegel", "kommentiert")]),
    ("Die estnische Zeitung „Postimees“ aus Tallinn schreibt, die Regierung habe zu spät gehandelt.",
     [("die Regierung habe zu spät gehandelt", IND, "Zeitung Postimees", "schreibt")]),
    # guards: a group with its place keeps it; a paper in capitals with its place is as it was
    ("Die Demonstranten aus Leipzig meinen: „Wir bleiben hier.“",
     [("Wir bleiben hier.", DIR, "Demonstranten aus Leipzig", "meinen")]),
    ("Die AUGSBURGER ALLGEMEINE aus Augsburg schreibt: „Der Streik trifft die Falschen.“",
     [("Der Streik trifft die Falschen.", DIR, "AUGSBURGER ALLGEMEINE", "schreibt")]),
])
def test_r42_depresseschau_quoted_paper_place(text, expected):
    assert_exact(text, expected)
