"""Round 41 (destudies2): German slogans joined in a list after a call or a chant ("riefen „…“, „…“ und „…“"), and
chants before the slogan they call out ("Die Teilnehmer skandierten „…“"); sentences written for these tests in the
style of German protest reports (dpa, local papers)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


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


# a chant before its slogan, and every slogan of a list after a call or a chant: the callers speak (only the first
# slogan was found, a one-word or pronoun-led one after "und" was read as a term or a title; "skandierten" before a
# quotation was no cue, so the slogan had no speaker or the speaker of the sentence before)
@pytest.mark.parametrize(("text", "expected"), [
    ("Vor dem Rathaus skandierten die Demonstranten „Wir sind das Volk“.",
     [("Wir sind das Volk", DIR, "Demonstranten", "skandierten")]),
    ("Die Gegendemonstranten riefen „Nazis raus“ und „Wir sind mehr“.",
     [("Nazis raus", DIR, "Gegendemonstranten", "riefen"),
      ("Wir sind mehr", DIR, "Gegendemonstranten", "riefen")]),
    ("Mehrere hundert Menschen riefen „Lügenpresse“, „Hau ab“ und „Volksverräter“.",
     [("Lügenpresse", DIR, "Menschen", "riefen"),
      ("Hau ab", DIR, "Menschen", "riefen"),
      ("Volksverräter", DIR, "Menschen", "riefen")]),
    ("Die Bauern skandierten „Ohne uns kein Brot“ und „Wir haben es satt“.",
     [("Ohne uns kein Brot", DIR, "Bauern", "skandierten"),
      ("Wir haben es satt", DIR, "Bauern", "skandierten")]),
    ("Vor dem Werkstor skandierten die Streikenden unter anderem «Hände weg von unseren Renten» und «Wir bleiben hier».",
     [("Hände weg von unseren Renten", DIR, "Streikenden", "skandierten"),
      ("Wir bleiben hier", DIR, "Streikenden", "skandierten")]),
    ('Die Fans riefen "Vorstand raus" oder "Wir wollen euch kämpfen sehen".',
     [("Vorstand raus", DIR, "Fans", "riefen"),
      ("Wir wollen euch kämpfen sehen", DIR, "Fans", "riefen")]),
    ("Die Demonstranten skandierten «Freiheit».",
     [("Freiheit", DIR, "Demonstranten", "skandierten")]),
])
def test_r41_destudies2_joined_slogans(text, expected):
    assert_exact(text, expected)


# guards: a chant or a call without a quotation right after it, its particle, a quoted noun after an article, a list
# without quotations, and a chant after its quotation stay as they were
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Demonstranten skandierten Parolen gegen die Regierung.", []),
    ("Die Regierung rief den „Notstand“ und den „Katastrophenfall“ aus.", []),
    ("„Nieder mit der Regierung“, skandierten die Demonstranten vor dem Gebäude.",
     [("Nieder mit der Regierung", DIR, "Demonstranten", "skandierten")]),
    ("Die Fans feierten die Mannschaft und riefen nach dem Trainer.", []),
    ("Eine Nachbarin rief die Polizei und die Feuerwehr.", []),
])
def test_r41_destudies2_slogan_guards(text, expected):
    assert_exact(text, expected)
