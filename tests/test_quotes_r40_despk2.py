"""Round 40 (despk2): German speaker boundaries (sentences written for these tests in the style of German agency, local
and political news pages): elided compounds after an adjective or with an article inside, two roles before a name with
no article, relative clauses with a speech act before the main cue, light verbs in relative clauses, dates before an
infinitive cue, "ab"/"bis" and a time in a relative clause after "Laut X"."""

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


# an elided compound after a capitalised adjective, or with an article in its second part, is the subject (the speaker
# was the object after the verb)
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Deutsche Städte- und Gemeindebund begrüßte ausdrücklich die Einigung der Länder.",
     [("Der Deutsche Städte- und Gemeindebund begrüßte ausdrücklich die Einigung der Länder", IND,
       "Deutsche Städte und Gemeindebund", "begrüßte")]),
    ("Der Bayerische Bauern- und Winzerverband lobte die Pläne der Landesregierung.",
     [("Der Bayerische Bauern- und Winzerverband lobte die Pläne der Landesregierung", IND,
       "Bayerische Bauern und Winzerverband", "lobte")]),
    ("Das Umwelt- und das Wirtschaftsministerium forderten mehr Tempo beim Netzausbau.",
     [("Das Umwelt- und das Wirtschaftsministerium forderten mehr Tempo beim Netzausbau", IND,
       "Umwelt und das Wirtschaftsministerium", "forderten")]),
])
def test_r40_despk2_elided_compounds(text, expected):
    assert_exact(text, expected)


# two roles of one person with no article, at the sentence start or after a sentence adverb: the named person speaks
# (the speaker was the object, or the span lost the first role)
@pytest.mark.parametrize(("text", "expected"), [
    ("CSU-Chef und Ministerpräsident Markus Söder kritisierte die Pläne der Ampel.",
     [("CSU-Chef und Ministerpräsident Markus Söder kritisierte die Pläne der Ampel", IND, "Markus Söder",
       "kritisierte")]),
    ("SPD-Chef und Vizekanzler Sigmar Gabriel lobte die Einigung mit der Union.",
     [("SPD-Chef und Vizekanzler Sigmar Gabriel lobte die Einigung mit der Union", IND, "Sigmar Gabriel", "lobte")]),
])
def test_r40_despk2_two_roles(text, expected):
    assert_exact(text, expected)


# a relative clause with a speech act between the subject and the main cue: both are reported, and a light verb's own
# noun in the relative clause is no speaker (the main report was lost, or the speaker was "Kritik")
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Gewerkschaft Verdi, die Warnstreiks ankündigte, erklärte, die Verhandlungen seien gescheitert.",
     [("die Warnstreiks ankündigte", IND, "Gewerkschaft Verdi", "ankündigte"),
      ("die Verhandlungen seien gescheitert", IND, "Gewerkschaft Verdi", "erklärte")]),
    ("Der Landrat, der Kritik übte, sagte, der Kreis werde die Kosten nicht tragen.",
     [("der Kritik übte", IND, "Landrat", "übte"),
      ("der Kreis werde die Kosten nicht tragen", IND, "Landrat", "sagte")]),
    ("Der Bürgermeister, der scharfe Kritik an der Landesregierung übte, forderte mehr Geld.",
     [("der scharfe Kritik an der Landesregierung übte", IND, "Bürgermeister", "übte"),
      # (round 40, deobjects) the main act too, as without the relative clause ("Der Bürgermeister forderte mehr Geld")
      ("Der Bürgermeister, der scharfe Kritik an der Landesregierung übte, forderte mehr Geld", IND, "Bürgermeister",
       "forderte")]),
    ("Der Fraktionschef, der Kritik an Scholz geübt hatte, sagte am Montag, die Koalition sei am Ende.",
     [("der Kritik an Scholz geübt hatte", IND, "Fraktionschef", "geübt"),
      ("die Koalition sei am Ende", IND, "Fraktionschef", "sagte")]),
])
def test_r40_despk2_relative_acts(text, expected):
    assert_exact(text, expected)


# a date before an infinitive cue is no speaker; "ab" and a time open a relative clause after "Laut X" (the speaker was
# "September"; the relative clause was part of the content)
@pytest.mark.parametrize(("text", "expected"), [
    ("Theoretisch könnte die Kommission am 26. September empfehlen, das Verfahren einzustellen.",
     [("das Verfahren einzustellen", IND, "Kommission", "empfehlen")]),
    ("Laut Innenminister Joachim Herrmann, der ab 14 Uhr vor die Presse trat, gebe es keine Hinweise auf weitere Täter.",
     [("gebe es keine Hinweise auf weitere Täter", IND, "Joachim Herrmann", "Laut")]),
])
def test_r40_despk2_dates_and_times(text, expected):
    assert_exact(text, expected)


# guards: two roles after a title already found, coordinated sources stay two, a date after an auxiliary, a plain relative clause, an object relative, a
# surname that is a month, an elided compound without an adjective
@pytest.mark.parametrize(("text", "expected"), [
    ("Landrat und Kreisbrandmeister Peter Hofmann lobte den Einsatz der Helfer.",
     [("Landrat und Kreisbrandmeister Peter Hofmann lobte den Einsatz der Helfer", IND, "Peter Hofmann", "lobte")]),
    ("Betriebsrat und IG Metall kündigten Proteste an.",
     [("Betriebsrat und IG Metall kündigten Proteste an", IND, "Betriebsrat und IG Metall", "kündigten")]),
    ("Der Minister hat am 1. Juli angekündigt, die Steuern zu senken.",
     [("die Steuern zu senken", IND, "Minister", "angekündigt")]),
    ("Der Bürgermeister, der am Abend sprach, sagte, die Stadt werde nicht zahlen.",
     [("die Stadt werde nicht zahlen", IND, "Bürgermeister", "sagte")]),
    ("Die Reform, die die Opposition ablehnte, trat am Montag in Kraft.",
     [("die die Opposition ablehnte", IND, "Opposition", "ablehnte")]),
    ("Der Abgeordnete Mai sagte am Montag, die Partei sei gespalten.",
     [("die Partei sei gespalten", IND, "Mai", "sagte")]),
    ("Die Stadt- und Kreissparkasse teilte mit, die Filiale werde geschlossen.",
     [("die Filiale werde geschlossen", IND, "Stadt und Kreissparkasse", "teilte")]),
])
def test_r40_despk2_guards(text, expected):
    assert_exact(text, expected)
