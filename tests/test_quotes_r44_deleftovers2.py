"""Round 44 (deleftovers2): a compound with a lower-case first part is a noun ("der dpa-Bericht", "der rbb-Intendant");
"regte … an" is a trailing cue; the particle of "gaben an" closes the cue's clause before a report with a state
adjective ("gaben an, sie seien unzufrieden"); a genitive name part before a short name in brackets ("des
Bundesverbands der Deutschen Industrie (BDI)"); a German opening mark typed with a space after it."""
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
            sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end], sp and text[sp.start:sp.end]))
    return out


def _check(text, expected, absent):
    got = _quotes(text)
    for exp in expected:
        assert any(g[0] == exp[0] and g[1] == exp[1] and g[2] == exp[2] and (exp[3] is None or g[3] == exp[3])
                   for g in got), (exp, got)
    for a in absent:
        assert not any(g[0] == a or g[2] == a for g in got), (a, got)


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # fixes: a lower-case first part of a compound ends no noun phrase
    ("Als Ursache nennt der dpa-Bericht gravierende Planungsfehler. Die Stadt habe die Warnungen ignoriert.",
     [("Die Stadt habe die Warnungen ignoriert", IND, "dpa-Bericht", None)], ["Planungsfehler"]),
    ("Der Sender müsse in den nächsten Jahren kräftig sparen, sagte der rbb-Intendant am Dienstag in Potsdam.",
     [("Der Sender müsse in den nächsten Jahren kräftig sparen", IND, "rbb-Intendant", "sagte")], ["Dienstag"]),
    # fixes: "regte … an" reports
    ("Die Länder sollten die Kosten für die Unterbringung übernehmen, regte der Städtetag an.",
     [("Die Länder sollten die Kosten für die Unterbringung übernehmen", IND, "Städtetag", "regte")], []),
    ("Der Bund müsse die Mittel für den Nahverkehr aufstocken, regte der Verband am Mittwoch an.",
     [("Der Bund müsse die Mittel für den Nahverkehr aufstocken", IND, "Verband", "regte")], []),
    # fixes: the particle closed the cue's clause; the state adjective after the comma is the report's
    ("In der Umfrage gaben zwei Drittel an, sie seien mit der Arbeit der Landesregierung unzufrieden.",
     [("sie seien mit der Arbeit der Landesregierung unzufrieden", IND, "Drittel", "gaben")], []),
    ("Viele Mieter gaben an, sie seien über die hohen Nachzahlungen entsetzt.",
     [("sie seien über die hohen Nachzahlungen entsetzt", IND, "Mieter", "gaben")], []),
    # fixes: the short name in brackets after a genitive name part names the poll's author
    ("Jedes zweite Unternehmen will weniger investieren, wie aus einer Umfrage des Bundesverbands der Deutschen "
     "Industrie (BDI) hervorgeht.",
     [("Jedes zweite Unternehmen will weniger investieren", IND, "BDI", "hervorgeht")], ["Bundesverbands"]),
    # fixes: an opening mark with a space after it
    ("„ Oft mussten wir stundenlang auf den Bus warten“, erzählt die Schülerin.",
     [("Oft mussten wir stundenlang auf den Bus warten", DIR, "Schülerin", "erzählt")], []),
    # guards: as before
    ("Die Zustände in den Lagern seien katastrophal, schreibt die taz-Korrespondentin nach ihrem Besuch.",
     [("Die Zustände in den Lagern seien katastrophal", IND, "taz-Korrespondentin", "schreibt")], []),
    ("Die Kosten seien zu hoch, sagte der NDR-Intendant am Montag.",
     [("Die Kosten seien zu hoch", IND, "NDR-Intendant", "sagte")], ["Montag"]),
    ("Die Sitzung sei abgesagt, sagte al-Ansari in Doha.",
     [("Die Sitzung sei abgesagt", IND, "al-Ansari", "sagte")], []),
    ("Der Film regte viele Zuschauer zum Nachdenken an.", [], ["Film"]),
    ("Der Trainer gab sich nach dem Spiel zufrieden, die Mannschaft habe gut gekämpft.",
     [("die Mannschaft habe gut gekämpft", IND, "Trainer", "gab")], []),
    ("Die Exporte sinken, wie eine Umfrage des Deutschen Industrie- und Handelskammertags (DIHK) ergab.",
     [("Die Exporte sinken", IND, "DIHK", "ergab")], []),
    ("Er gab an, er sei krank gewesen.", [("er sei krank gewesen", IND, None, "gab")], []),
])
def test_r44_deleftovers2(text, expected, absent):
    _check(text, expected, absent)
