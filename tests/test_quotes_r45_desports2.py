"""Round 45 (helper desports2): German football news. Sentences written for these tests in the style of the
"Stimmen zum Spieltag" pages of league, club and broadcaster sites (not copied from any page): a speaker line "Name
(Trainer Club): „…“" whose parenthesis names the club after a role word; the person before the parenthesis speaks,
not the club."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return [(text[q.start:q.end], (q.attrs or {}).get("speaker")) for q in ann.spans if q.label in (IND, DIR)]


def _speaker_of(text: str, quote: str):
    got = _quotes(text)
    return next((s for t, s in got if t == quote), ("no such quote", got))


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # fixes: a first name the lexicon does not know, then "(Trainer <club>)": the club is no person
    ("Die Stimmen zum 9. Spieltag.\n\nMiklós Farkas (Trainer Hertha BSC): „Am Ende war der Sieg verdient, wir haben "
     "das 2:1 sauber verteidigt.“",
     "Am Ende war der Sieg verdient, wir haben das 2:1 sauber verteidigt.", "Miklós Farkas"),
    ("Die Stimmen zum 9. Spieltag.\n\nJuha Rantanen (Trainer 1. FC Nürnberg): „Wir haben in der 67. Minute den "
     "Faden verloren.“",
     "Wir haben in der 67. Minute den Faden verloren.", "Juha Rantanen"),
    ("Sandro Keller (Trainer SC Paderborn): „Das war zu wenig.“\n\nPál Horváth (Trainer Hertha BSC) zum Elfmeter: "
     "„Den kann man geben, aber ich hätte ihn nicht gepfiffen.“",
     "Den kann man geben, aber ich hätte ihn nicht gepfiffen.", "Pál Horváth"),
    ("Die Stimmen nach dem Abpfiff.\n\nTamás Varga (Kapitän Hertha BSC): „Wir müssen jetzt zusammenhalten und "
     "weiterarbeiten.“",
     "Wir müssen jetzt zusammenhalten und weiterarbeiten.", "Tamás Varga"),
    # guards: a known first name, a club without a role word, and a title before the name stay as they are
    ("Die Stimmen zum Spieltag.\n\nPeter Krause (Trainer Hertha BSC): „Zum Schluss war es ein verdienter Sieg.“",
     "Zum Schluss war es ein verdienter Sieg.", "Peter Krause"),
    ("Die Stimmen zum Spieltag.\n\nZoltán Kiss (Hertha BSC): „Zum Schluss war es ein verdienter Sieg.“",
     "Zum Schluss war es ein verdienter Sieg.", "Zoltán Kiss"),
    ("Nach dem Spiel war Trainer Jens Keller bedient. „Das war heute einfach zu wenig von uns“, sagte der Trainer.",
     "Das war heute einfach zu wenig von uns", "Jens Keller"),
    ("Der Verein (Hertha BSC) teilte mit: „Wir bedauern die Vorfälle im Gästeblock.“",
     "Wir bedauern die Vorfälle im Gästeblock.", "Verein"),
])
def test_r45_desports2_paren_club(text, quote, speaker):
    assert _speaker_of(text, quote) == speaker
