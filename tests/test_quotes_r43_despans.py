"""Round 43 (helper despans): German speaker spans; sentences written for these tests."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got(text):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for q in ann.spans:
        if q.label not in (IND, DIR):
            continue
        who = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "said_by"), None)
        cue = next((spans[r.tail].text for r in ann.relations if r.head == q.id and r.label == "cue"), None)
        out.append((q.text, q.label, q.attrs.get("speaker"), who, cue))
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    assert _got(text) == sorted(expected, key=lambda x: (x[0], x[1])), _got(text)


# "seit", "während" or "bis" opening the sentence as a preposition before the finite auxiliary: the subject follows the
# auxiliary (the speaker was the preposition's object: "Festnahme", "Wochen", "Sitzung")
@pytest.mark.parametrize(("text", "expected"), [
    ("Seit ihrer Festnahme hat die 31-Jährige jede Beteiligung an dem Überfall bestritten.",
     [("Seit ihrer Festnahme hat die 31-Jährige jede Beteiligung an dem Überfall bestritten", IND, "31-Jährige",
       "die 31-Jährige", "bestritten")]),
    ("Seit Wochen hat der Betriebsrat vor einem Stellenabbau gewarnt.",
     [("Seit Wochen hat der Betriebsrat vor einem Stellenabbau gewarnt", IND, "Betriebsrat", "der Betriebsrat",
       "gewarnt")]),
    ("Während der Sitzung hat die Bürgermeisterin angekündigt, die Gebühren zu senken.",
     [("die Gebühren zu senken", IND, "Bürgermeisterin", "die Bürgermeisterin", "angekündigt")]),
])
def test_r43_despans_fronted_preposition(text, expected):
    assert_exact(text, expected)


# a paper's name in quotation marks right after a person's name or title, without an article, is the addressee the
# text left out, no part of the speaker (was "Bauer Spiegel Online", "Bürgermeisterin Stern", the span took the paper)
@pytest.mark.parametrize(("text", "expected"), [
    ("„Wir haben alles versucht“, sagte Bauer „Spiegel Online“.",
     [("Wir haben alles versucht", DIR, "Bauer", "Bauer", "sagte")]),
    ("„Die Lage ist ernst“, sagte Innenministerin Sabine Roth „Zeit Online“ am Dienstag.",
     [("Die Lage ist ernst", DIR, "Sabine Roth", "Innenministerin Sabine Roth", "sagte")]),
    ("„Das reicht nicht“, sagte die Bürgermeisterin „Stern“.",
     [("Das reicht nicht", DIR, "Bürgermeisterin", "die Bürgermeisterin", "sagte")]),
])
def test_r43_despans_quoted_medium_after_person(text, expected):
    assert_exact(text, expected)


# a surname's initial ends the name before the next sentence's first word (was "Sabine M. Sie", "Karl W. Auch")
@pytest.mark.parametrize(("text", "expected"), [
    ("„Ich habe Angst um meine Kinder“, sagt Sabine M. Sie lebt seit zehn Jahren im Viertel.",
     [("Ich habe Angst um meine Kinder", DIR, "Sabine M.", "Sabine M", "sagt")]),
    ("„Das war ein Schock“, sagt Karl W. Auch seine Frau hat den Knall gehört.",
     [("Das war ein Schock", DIR, "Karl W.", "Karl W", "sagt")]),
    ("„Das war ein Schock“, sagt Karl W. Die Nachbarn hätten geschrien.",
     [("Das war ein Schock", DIR, "Karl W.", "Karl W", "sagt")]),
])
def test_r43_despans_initial_before_sentence(text, expected):
    assert_exact(text, expected)


def test_r43_despans_guards():
    # a body's name in quotation marks after its noun stays the speaker's name
    assert_exact("„Wir klagen“, sagte der Verein „Mehr Demokratie“.",
                 [("Wir klagen", DIR, "Verein Mehr Demokratie", "der Verein „Mehr Demokratie“", "sagte")])
    assert_exact("„Wir machen weiter“, erklärte das Bündnis „Pro Schiene“.",
                 [("Wir machen weiter", DIR, "Bündnis Pro Schiene", "das Bündnis „Pro Schiene“", "erklärte")])
    # a middle initial before a surname stays in the name
    assert_exact("„Die Partei muss sich erneuern“, sagte Hans J. Vogel.",
                 [("Die Partei muss sich erneuern", DIR, "Hans J. Vogel", "Hans J. Vogel", "sagte")])
    # the conjunction "seit" opening a verb-final clause is unchanged
    assert_exact("Seit er im Amt ist, hat der Landrat immer wieder betont, dass gespart werden müsse.",
                 [("gespart werden müsse", IND, "Landrat", "der Landrat", "betont")])
    # the paper with its article stays outside the speaker
    assert_exact("„Das reicht nicht“, sagte Müller dem „Spiegel“.",
                 [("Das reicht nicht", DIR, "Müller", "Müller", "sagte")])
