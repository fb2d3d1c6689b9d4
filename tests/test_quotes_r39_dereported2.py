"""Round 39 (dereported2): German reported speech acts with a noun-phrase content in agency news."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return sorted((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker")) for s in ann.spans
                  if s.label in ("DIRECT_QUOTE", "INDIRECT_QUOTE"))


def assert_de_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker (None: none)."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


# reproving with an object only ("rügen", "monieren", "beanstanden") is a speech act like "kritisieren"
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Bundesrechnungshof rügte die Verschwendung von Fördergeld beim Ausbau der Autobahnen.",
     [("Der Bundesrechnungshof rügte die Verschwendung von Fördergeld beim Ausbau der Autobahnen", IND,
       "Bundesrechnungshof")]),
    ("Die Wettbewerbshüter haben die Preisabsprachen der Zementhersteller gerügt.",
     [("Die Wettbewerbshüter haben die Preisabsprachen der Zementhersteller gerügt", IND, "Wettbewerbshüter")]),
    ("Der Steuerzahlerbund monierte die hohen Kosten für den Umbau des Kanzleramts.",
     [("Der Steuerzahlerbund monierte die hohen Kosten für den Umbau des Kanzleramts", IND, "Steuerzahlerbund")]),
    ("Die Grünen im Landtag beanstandeten die fehlende Transparenz bei der Vergabe.",
     [("Die Grünen im Landtag beanstandeten die fehlende Transparenz bei der Vergabe", IND, "Grünen im Landtag")]),
])
def test_round39_dereported2_de_acts_outside_lexicon(text, expected):
    assert_de_exact(text, expected)


# guards: acts the lexicon already had stay as they are; plain events and things as subjects stay nothing
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Opposition hat den Haushaltsentwurf scharf kritisiert.",
     [("Die Opposition hat den Haushaltsentwurf scharf kritisiert", IND, "Opposition")]),
    ("Die Regierung in Ankara wies die Vorwürfe zurück.",
     [("Die Regierung in Ankara wies die Vorwürfe zurück", IND, "Regierung in Ankara")]),
    ("Der Konzern kündigte 500 Stellen.", []),
    ("Die Polizei nahm den Mann noch am Tatort fest.", []),
    ("Die Kosten des Umbaus wurden bereits im Frühjahr gerügt, weil sie stark gestiegen waren.", []),
    ("Die Arbeiter wiesen den Lastwagen in die Einfahrt.", []),
])
def test_round39_dereported2_de_act_guards(text, expected):
    assert_de_exact(text, expected)
