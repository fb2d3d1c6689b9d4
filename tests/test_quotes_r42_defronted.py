"""Round 42 (helper defronted): German source phrases after "laut" whose noun carries a participle with its own
dative object ("laut den AFP vorliegenden Zahlen", "laut einem der dpa vorliegenden Schreiben"), and a bare present
participle before the noun ("laut der vorliegenden Anklage"). Sentences written for these tests in the style of German
agency news."""
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
        if s.label not in (IND, DIR):
            continue
        sp = cue = None
        for r in ann.relations:
            if r.head == s.id and r.label == "said_by":
                sp = spans[r.tail]
            if r.head == s.id and r.label == "cue":
                cue = spans[r.tail]
        out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                    sp and text[sp.start:sp.end], cue and text[cue.start:cue.end]))
    return sorted(out)


def assert_exact(text, expected):
    """Exactly the expected quotes, each with its canonical speaker, speaker span and cue."""
    assert _quotes(text) == sorted(expected), _quotes(text)


# the participle's dative object is no speaker, and the content does not begin at the participle (the speaker was "den
# AFP" and the content "vorliegenden Zahlen …"; or nothing was found after two articles)
@pytest.mark.parametrize(("text", "expected"), [
    ("Laut den AFP vorliegenden Zahlen kamen bei dem Beben mindestens 120 Menschen ums Leben.",
     [("kamen bei dem Beben mindestens 120 Menschen ums Leben", IND, "Zahlen", "den AFP vorliegenden Zahlen", "Laut")]),
    ("Laut einem der dpa vorliegenden Schreiben will der Konzern bis Ende des Jahres 800 Stellen abbauen.",
     [("will der Konzern bis Ende des Jahres 800 Stellen abbauen", IND, "Schreiben",
       "einem der dpa vorliegenden Schreiben", "Laut")]),
    ("Laut einem dem Spiegel vorliegenden Bericht hat die Behörde die Warnungen monatelang ignoriert.",
     [("hat die Behörde die Warnungen monatelang ignoriert", IND, "Bericht", "einem dem Spiegel vorliegenden Bericht",
       "Laut")]),
    ("Laut dem Sender vorliegenden Dokumenten soll der Vertrag bereits im Frühjahr unterschrieben worden sein.",
     [("soll der Vertrag bereits im Frühjahr unterschrieben worden sein", IND, "Dokumenten",
       "dem Sender vorliegenden Dokumenten", "Laut")]),
    ("Laut einem der Zeitung vorliegenden Bericht des Bundesrechnungshofs sollen die Kosten um ein Drittel steigen.",
     [("sollen die Kosten um ein Drittel steigen", IND, "Bundesrechnungshof",
       "einem der Zeitung vorliegenden Bericht des Bundesrechnungshofs", "Laut")]),
    ("Laut der vorliegenden Anklage soll der 52-Jährige mehr als 200 Anleger betrogen haben.",
     [("soll der 52-Jährige mehr als 200 Anleger betrogen haben", IND, "Anklage", "der vorliegenden Anklage", "Laut")]),
])
def test_r42_defronted_participle_sources(text, expected):
    assert_exact(text, expected)


# guards: plain adjectives and genitives after "laut", and sentences without a source phrase, stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Laut den vorläufigen Zahlen kamen mindestens 40 Menschen ums Leben.",
     [("kamen mindestens 40 Menschen ums Leben", IND, "Zahlen", "den vorläufigen Zahlen", "Laut")]),
    ("Laut einem Bericht der BBC wurden mindestens 40 Menschen verletzt.",
     [("wurden mindestens 40 Menschen verletzt", IND, "BBC", "einem Bericht der BBC", "Laut")]),
    ("Laut einem internen Papier will das Unternehmen 300 Stellen streichen.",
     [("will das Unternehmen 300 Stellen streichen", IND, "Papier", "einem internen Papier", "Laut")]),
    ("Das bestätigte ein Sprecher des Ministeriums am Dienstag.",
     [("Das", IND, "Sprecher des Ministeriums", "ein Sprecher des Ministeriums", "bestätigte")]),
    ("Die Kinder lachten laut und sangen die ganze Nacht.", []),
])
def test_r42_defronted_guards(text, expected):
    assert_exact(text, expected)
