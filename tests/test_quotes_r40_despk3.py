"""Round 40 (despk3): German surnames with a lower-case particle after the cue (sentences written for these tests in
the style of German agency and political news pages): "…, sagte von Storch", "so zu Guttenberg", "erklärte von
Notz: …" name the person the text named in full before ("Beatrix von Storch"); such a surname had no speaker, or
the speaker was an object before the cue or the person of the sentence before."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


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


# a particle and a surname after the cue name the person named in full before (no speaker, or a wrong one)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die AfD-Abgeordnete Beatrix von Storch war am Montag in Erfurt. „Das ist doch absurd“, sagte von Storch am Abend.",
     [("Das ist doch absurd", DIR, "Beatrix von Storch", "sagte")]),
    ("Der Grünen-Politiker Konstantin von Notz reiste nach Brüssel. „Wir verlieren wertvolle Zeit“, so von Notz.",
     [("Wir verlieren wertvolle Zeit", DIR, "Konstantin von Notz", "so")]),
    ("Der Landrat Georg von Waldenfels besuchte das Klärwerk. Die Anlage sei veraltet, erklärte von Waldenfels am "
     "Dienstag.",
     [("Die Anlage sei veraltet", IND, "Georg von Waldenfels", "erklärte")]),
    ("Verteidigungsminister Karl-Theodor zu Guttenberg landete am Morgen in Kundus. „Die Lage ist ernst“, sagte zu "
     "Guttenberg vor Soldaten.",
     [("Die Lage ist ernst", DIR, "Karl-Theodor zu Guttenberg", "sagte")]),
    # the object before the cue was the speaker
    ("Die Vizechefin Beatrix von Storch sprach in Berlin. Die Reform sei ein Fehler gewesen, betonte von Storch: „Wir "
     "haben davor gewarnt.“",
     [("Die Reform sei ein Fehler gewesen", IND, "Beatrix von Storch", "betonte"),
      ("Wir haben davor gewarnt.", DIR, "Beatrix von Storch", "betonte")]),
])
def test_r40_despk3_particle_surname_after_cue(text, expected):
    assert_exact(text, expected)


# the pronoun after such a report takes its speaker
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Abgeordnete Beatrix von Storch griff die Regierung an. „Das ist Betrug am Wähler“, sagte von Storch. Weiter "
     "sagte sie, die Koalition sei am Ende.",
     [("Das ist Betrug am Wähler", DIR, "Beatrix von Storch", "sagte"),
      ("die Koalition sei am Ende", IND, "Beatrix von Storch", "sagte")]),
])
def test_r40_despk3_pronoun_after_particle_surname(text, expected):
    assert_exact(text, expected)


# guards: "von" + a noun after a cue is no name; a particle surname the text never named in full stays as it was; a
# full name and "von der"/"van"/"de" surnames are unchanged
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Anwohner berichteten von Problemen mit dem Lärm. „Es ist unerträglich“, sagte Müller.",
     [("Die Anwohner berichteten von Problemen mit dem Lärm", IND, "Anwohner", "berichteten"),
      ("Es ist unerträglich", DIR, "Müller", "sagte")]),
    ("„Das wusste ich von Anfang an“, sagte Bürgermeister Peter Krause.",
     [("Das wusste ich von Anfang an", DIR, "Peter Krause", "sagte")]),
    ("„Das ist ein Tag der Befreiung“, sagte von Weizsäcker.",
     [("Das ist ein Tag der Befreiung", DIR, None, None)]),
    ("„Wir halten Kurs“, sagte Kommissionschefin Ursula von der Leyen. „Europa steht zusammen“, sagte von der Leyen.",
     [("Europa steht zusammen", DIR, "Ursula von der Leyen", "sagte"),
      ("Wir halten Kurs", DIR, "Ursula von der Leyen", "sagte")]),
    ("Der FDP-Politiker Jörg van Essen war in Bonn. „Das ist falsch“, sagte van Essen.",
     [("Das ist falsch", DIR, "Jörg van Essen", "sagte")]),
    ("„Das ist ein Skandal“, sagte Konstantin von Notz.",
     [("Das ist ein Skandal", DIR, "Konstantin von Notz", "sagte")]),
])
def test_r40_despk3_guards(text, expected):
    assert_exact(text, expected)
