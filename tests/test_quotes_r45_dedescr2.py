"""Round 45 (dedescr2, German news): sentences written for these tests in the style of agency and regional reports.

- A demonstrative pronoun opening the sentence right before its verb ("Diese empfiehlt …", "Dieses warnt vor …",
  "Jene rät …") is the verb's subject: it was read as a back-referring object, so the report's content was the lone
  word "Diese" and the speaker the verb's object ("Diese kritisiert die Pläne" had the speaker "Pläne"). Now the
  sentence is the report, as with a named subject ("Das Institut warnt vor …"), and the demonstrative is resolved as
  before (a body or person named before, else no one).
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text):
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"), cue and text[cue.start:cue.end]))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: the demonstrative is the subject, the sentence the report
    ("Die Ständige Impfkommission hat ihre Hinweise zur Grippeimpfung überarbeitet. Diese empfiehlt nun allen "
     "Schwangeren eine Impfung im Herbst.",
     [("Diese empfiehlt nun allen Schwangeren eine Impfung im Herbst", IND, "Ständige Impfkommission", "empfiehlt")]),
    ("Die Ständige Impfkommission hat ihre Hinweise überarbeitet. Diese rät nun zu einer Auffrischung für Pflegekräfte.",
     [("Diese rät nun zu einer Auffrischung für Pflegekräfte", IND, "Ständige Impfkommission", "rät")]),
    ("Der Stadtrat hat den Bericht des Umweltamts erhalten. Dieses warnt vor steigenden Pegeln an der Ruhr.",
     [("Dieses warnt vor steigenden Pegeln an der Ruhr", IND, None, "warnt")]),
    ("Der Landkreis hat eine neue Kommission eingesetzt. Diese kritisiert die Pläne für das Gewerbegebiet scharf.",
     [("Diese kritisiert die Pläne für das Gewerbegebiet scharf", IND, None, "kritisiert")]),
    ("Der Gemeinderat tagte am Dienstag. Jene empfiehlt eine Verschiebung der Abstimmung.",
     [("Jene empfiehlt eine Verschiebung der Abstimmung", IND, None, "empfiehlt")]),
])
def test_r45_dedescr2_demonstrative_subject(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # guards (right on the frozen tree too): a fronted "Das"/"Dies" is the object, the phrase after the verb speaks;
    # a demonstrative before a "sagte" with its clause; a demonstrative with its own noun
    ("Die Stadt hat die Kita geschlossen. Das bestätigte ein Sprecher der Verwaltung am Montag.",
     [("Das", IND, "Sprecher der Verwaltung", "bestätigte")]),
    ("Die Stadt hat die Kita geschlossen. Dies teilte die Verwaltung am Montag mit.",
     [("Dies", IND, "Verwaltung", "teilte")]),
    ("Umweltministerin Anna Berger traf die Leiterin des Wasserverbands, Petra Lohmann. Diese sagte, die Pegel seien "
     "zu hoch.",
     [("die Pegel seien zu hoch", IND, "Petra Lohmann", "sagte")]),
    # (merger) a demonstrative points to the sentence just before: a person named two sentences earlier is not it
    ("Die Sprecherin der Stadt, Maria Keller, sagte, die Halle bleibe geschlossen. Im Rathaus war am Abend nur eine "
     "Praktikantin erreichbar. Diese bestätigte, dass die Halle am Montag geprüft werde.",
     [("die Halle bleibe geschlossen", IND, "Maria Keller", "sagte"),
      ("die Halle am Montag geprüft werde", IND, None, "bestätigte")]),
    ("Diese Zahlen nannte am Montag das Statistische Landesamt.",  # (the frozen tree's convention for this pattern)
     [("Diese Zahlen nannte am Montag das Statistische Landesamt", IND, "Statistische Landesamt", "nannte")]),
])
def test_r45_dedescr2_guards(text, expected):
    assert _quotes(text) == expected
