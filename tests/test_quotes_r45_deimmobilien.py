"""Round 45 (deimmobilien, German housing, rent, construction and property news): sentences written for these tests
in the style of dpa, Handelsblatt and regional papers.

- A person whose title names a poll ("der Leiter der Ifo-Umfragen, Klaus Wohlrabe", "die Leiterin der
  Mieterbefragung, Anna Berger") speaks; the poll in the title's genitive no longer drops the quotation's speaker
  (`_de_poll_source`: a poll noun after "der"/"des" and a capitalised title, a comma and a person's name after it).
- A share counted in words after a qualifier keeps its number ("Nur sechs Prozent sagten" was "Prozent"), as digits
  did (`_de_counted_share` takes `de_share_number`).
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
    # fixes: a person titled after a poll speaks
    ("„Bei den Neubauprojekten sehen wir keine Besserung“, sagte der Leiter der Ifo-Umfragen, Klaus Wohlrabe.",
     [("Bei den Neubauprojekten sehen wir keine Besserung", DIR, "Klaus Wohlrabe", "sagte")]),
    ("„Viele Mieter wollen gar nicht umziehen“, erklärte die Leiterin der Mieterbefragung, Anna Berger, in Köln.",
     [("Viele Mieter wollen gar nicht umziehen", DIR, "Anna Berger", "erklärte")]),
    ("„Die Stimmung am Bau bleibt schlecht“, sagte der Leiter der Umfragen, Jörg Hansen. „Eine Wende ist nicht in "
     "Sicht.“",
     [("Die Stimmung am Bau bleibt schlecht", DIR, "Jörg Hansen", "sagte"),
      ("Eine Wende ist nicht in Sicht.", DIR, "Jörg Hansen", None)]),
    # guards: a poll still speaks no quotation; a title without a poll and a plain title stay as they were
    ("„Die Mieten steigen weiter“, sagte der Chefvolkswirt der Hausbank, Peter Lorenz.",
     [("Die Mieten steigen weiter", DIR, "Peter Lorenz", "sagte")]),
    ("Die Zahl der Baugenehmigungen sei eingebrochen, sagte der Leiter der Ifo-Umfragen, Klaus Wohlrabe.",
     [("Die Zahl der Baugenehmigungen sei eingebrochen", IND, "Klaus Wohlrabe", "sagte")]),
    ("„Die Stornierungen nehmen zu“, sagte Ifo-Umfrageleiter Klaus Wohlrabe.",
     [("Die Stornierungen nehmen zu", DIR, "Klaus Wohlrabe", "sagte")]),
])
def test_r45_deimmobilien_poll_in_title(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # fixes: a share in words after a qualifier keeps its number
    ("Nur sechs Prozent sagten, sie hätten in den vergangenen Jahren keine Mieterhöhung erhalten.",
     [("sie hätten in den vergangenen Jahren keine Mieterhöhung erhalten", IND, "sechs Prozent", "sagten")]),
    ("Knapp zwölf Prozent der befragten Eigentümer gaben an, sie wollten ihre Wohnung verkaufen.",
     [("sie wollten ihre Wohnung verkaufen", IND, "zwölf Prozent der befragten Eigentümer", "gaben")]),
    ("Lediglich acht Prozent glauben, dass die Mietpreisbremse wirkt.",
     [("die Mietpreisbremse wirkt", IND, "acht Prozent", "glauben")]),
    # guards: digits, a capitalised number and a plain subject stay as they were
    ("Nur 6 Prozent sagten, sie hätten keine Nebenkostennachzahlung erhalten.",
     [("sie hätten keine Nebenkostennachzahlung erhalten", IND, "6 Prozent", "sagten")]),
    ("Vierzig Prozent gaben an, die Wohnkosten belasteten sie stark.",
     [("die Wohnkosten belasteten sie stark", IND, "Vierzig Prozent", "gaben")]),
    ("Die Vermieter sagten, die Preise seien angemessen.",
     [("die Preise seien angemessen", IND, "Vermieter", "sagten")]),
])
def test_r45_deimmobilien_shares_in_words(text, expected):
    assert _quotes(text) == expected
