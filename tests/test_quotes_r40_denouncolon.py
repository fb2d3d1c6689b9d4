"""Round 40 (denouncolon): German reports in an owned speech noun and a colon ("Ihr Vorwurf: Der Minister schaue …",
"Die Kritik der Grünen: …"), and mocking "über" as a speech act (sentences written for these tests in the style of
German agency and political news of 2004–2020)."""

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


# a speech noun with its owner opening the sentence, a colon, then a clause in the Konjunktiv: the owner's report, the
# noun its cue (nothing was found, or the report had no cue)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Kritik der Grünen: Die Regierung habe den Klimaschutz jahrelang verschleppt.",
     [("Die Regierung habe den Klimaschutz jahrelang verschleppt", IND, "Grünen", "Kritik")]),
    ("Die Forderung der Gewerkschaft: Die Löhne müssten um sechs Prozent steigen.",
     [("Die Löhne müssten um sechs Prozent steigen", IND, "Gewerkschaft", "Forderung")]),
    ("Die Opposition griff den Innenminister scharf an. Ihr Vorwurf: Der Minister schaue bei Beförderungen zuerst "
     "aufs Parteibuch.",
     [("Der Minister schaue bei Beförderungen zuerst aufs Parteibuch", IND, "Opposition", "Vorwurf")]),
    ("Der Landrat trat am Montag zurück. Seine Begründung: Die Landesregierung habe den Kreis im Stich gelassen.",
     [("Die Landesregierung habe den Kreis im Stich gelassen", IND, "Landrat", "Begründung")]),
    ("Der Verband der Kinderärzte schlug Alarm. Seine Warnung: Die Kommunen müssten mehr Kita-Plätze schaffen.",
     [("Der Verband der Kinderärzte schlug Alarm", IND, "Verband der Kinderärzte", "schlug"),
      ("Die Kommunen müssten mehr Kita-Plätze schaffen", IND, "Verband der Kinderärzte", "Warnung")]),
    ("Das harte Urteil des Rechnungshofs: Das Ministerium habe Millionen verschwendet.",
     [("Das Ministerium habe Millionen verschwendet", IND, "Rechnungshofs", "Urteil")]),
])
def test_de_owned_noun_colon_reports(text, expected):
    assert_exact(text, expected)


# mocking with "über" is a speech act, as complaining with "über" (round 34)
@pytest.mark.parametrize(("text", "expected"), [
    ("Der SPD-Chef spottete über die Rentenpläne der Union.",
     [("Der SPD-Chef spottete über die Rentenpläne der Union", IND, "SPD-Chef", "spottete")]),
])
def test_de_mocking_acts(text, expected):
    assert_exact(text, expected)


# guards: a noun without owner, a result, a list, the indicative, a possessive opening a text, and the acts the frozen tree already had
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Vorwurf: Er soll fast eine halbe Million Euro veruntreut haben.", []),
    ("Das Ergebnis: Die Partei verlor zwölf Prozentpunkte.", []),
    ("Die Zutaten: Mehl, Zucker, Eier.", []),
    ("Die Kritik der Opposition: unsozial und ungerecht.", []),
    ("Die Opposition griff den Minister an. Ihr Vorwurf: Der Minister schaut zuerst aufs Parteibuch.", []),
    ("Seine Forderung: Die Bahn müsse die Fahrgäste entschädigen.", []),
    ("Merkel erteilte den Plänen eine klare Absage.",
     [("Merkel erteilte den Plänen eine klare Absage", IND, "Merkel", "erteilte")]),
    ("Gabriel gibt dem Rivalen die Schuld an der Niederlage.",
     [("Gabriel gibt dem Rivalen die Schuld an der Niederlage", IND, "Gabriel", "gibt")]),
    ("Die Menge drängte auf die Straße.", []),
])
def test_de_noun_colon_guards(text, expected):
    assert_exact(text, expected)
