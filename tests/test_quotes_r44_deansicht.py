"""Round 44 (deansicht, German possessive and dative sources): a possessive source ("seiner Einschätzung nach", "nach
ihren Worten") with no speaker before it resolves as a pronoun would (was no speaker); an adverbial clause's conjunction
before a mid-sentence source is no content ("weil ihrer Ansicht nach …" had the report "weil"); a title's weak form
before a surname alone is no part of the name after "zufolge", "laut", "nach Angaben" ("Dem Bundesvorsitzenden Lindner
zufolge" was "Bundesvorsitzenden Lindner"); a body's short name in brackets names it ("laut einer Studie des
Bundesverbands der Deutschen Industrie (BDI)" is the BDI, "ein Sprecher des … (BDI)" "Sprecher des BDI")."""
import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def _quotes(text):
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end]))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: the possessive's referent, as "er"/"sie" would have it (the mid-sentence split stays the convention)
    ("Der Handelsexperte Jochen Albrecht sieht die Lage nüchtern. Der Konzern hat seiner Einschätzung nach viel zu spät "
     "auf die Nachfrage reagiert.",
     [("Der Konzern hat", IND, "Jochen Albrecht", "nach"),
      ("viel zu spät auf die Nachfrage reagiert", IND, "Jochen Albrecht", "nach")]),
    ("Die Grünen-Abgeordnete Katrin Vogler war am Abend zu Gast im Studio. Nach ihren Worten steht die Koalition trotz "
     "des Streits nicht vor dem Aus.",
     [("steht die Koalition trotz des Streits nicht vor dem Aus", IND, "Katrin Vogler", "Nach")]),
    ("Der Betriebsratschef Uwe Brandt kennt das Werk seit 30 Jahren. Seiner Ansicht nach hat das Management die "
     "Probleme zu lange ignoriert.",
     [("hat das Management die Probleme zu lange ignoriert", IND, "Uwe Brandt", "nach")]),
    # guards: the speaker quoted before keeps the possessive, as before
    ("Der Ökonom Marcel Fratzscher warnt vor einer Rezession. Die Politik ist seiner Ansicht nach zu zögerlich.",
     [("Der Ökonom Marcel Fratzscher warnt vor einer Rezession", IND, "Marcel Fratzscher", "warnt"),
      ("Die Politik ist", IND, "Marcel Fratzscher", "nach"),
      ("zu zögerlich", IND, "Marcel Fratzscher", "nach")]),
])
def test_r44_deansicht_possessive_source(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: the conjunction alone is no report
    ("Die Anwohnerin ist verärgert, weil ihrer Ansicht nach seit Monaten nichts passiert.",
     [("seit Monaten nichts passiert", IND, None, "nach")]),
    ("Die Gemeinde zögert noch, obwohl nach Angaben des Landratsamts alle Gutachten vorliegen.",
     [("alle Gutachten vorliegen", IND, "Landratsamt", "nach")]),
    # guard: an adverbial clause fronted with its comma stays part of the report (round 35)
    ("Weil er sich verfolgt fühlte, trug er nach eigenen Angaben ein Messer bei sich.",
     [("Weil er sich verfolgt fühlte, trug er", IND, None, "nach"),
      ("ein Messer bei sich", IND, None, "nach")]),
])
def test_r44_deansicht_conjunction_piece(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: a weak title before a surname alone
    ("Dem Bundesvorsitzenden Lindner zufolge ist die Partei zu Gesprächen bereit.",
     [("ist die Partei zu Gesprächen bereit", IND, "Lindner", "zufolge")]),
    ("Laut dem Landesvorsitzenden Heinemann soll der Parteitag im Herbst stattfinden.",
     [("soll der Parteitag im Herbst stattfinden", IND, "Heinemann", "Laut")]),
    # guard: a first name after the title, as before
    ("Dem Bundesvorsitzenden Christian Lindner zufolge ist die Partei zu Gesprächen bereit.",
     [("ist die Partei zu Gesprächen bereit", IND, "Christian Lindner", "zufolge")]),
])
def test_r44_deansicht_weak_title(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: the short name in brackets
    ("Laut einer Studie des Bundesverbands der Deutschen Industrie (BDI) fehlen in den Betrieben rund 100.000 "
     "Fachkräfte.",
     [("fehlen in den Betrieben rund 100.000 Fachkräfte", IND, "BDI", "Laut")]),
    ("Die Konjunktur bleibe schwach, sagte ein Sprecher des Bundesverbands der Deutschen Industrie (BDI).",
     [("Die Konjunktur bleibe schwach", IND, "Sprecher des BDI", "sagte")]),
    ("Der Bundesverband der Deutschen Industrie (BDI) hat die Bundesregierung scharf kritisiert.",
     [("Der Bundesverband der Deutschen Industrie (BDI) hat die Bundesregierung scharf kritisiert", IND, "BDI",
       "kritisiert")]),
    # guards: a party in brackets after a person is no short name; without brackets the name stays
    ("Nach Angaben von Kultusminister Helmut Rau (CDU) bleiben die Schulen geschlossen.",
     [("bleiben die Schulen geschlossen", IND, "Helmut Rau", "Nach")]),
    ("Nach Angaben des Bundesverbands der Deutschen Industrie stiegen die Exporte zuletzt wieder.",
     [("stiegen die Exporte zuletzt wieder", IND, "Bundesverbands der Deutschen Industrie", "Nach")]),
])
def test_r44_deansicht_bracket_short_name(text, expected):
    assert _quotes(text) == expected
