"""Round 41 (dedescr): German descriptions of people in sports, politics and foreign news with several people: an age
description never stands for a person given another age ("Trainer Sandro Wagner (37) … sagte der 64-Jährige"); a
surname alone is no description matched against the words seen before another name ("Koch setzte sich gegen Anna Berger
durch. …, sagte Koch" was Anna Berger); a role with its genitive before a name in apposition ("Der Sprecher des
russischen Außenministeriums, Igor Petrow,") is that name's title and gender; an age description after a speaker named
by the surname alone takes no other person named close before. Sentences written for these tests in the style of
German agency copy, match reports and foreign news."""

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


# an age description does not stand for a person given another age beside the name ("(37)", "der 29-jährige …"): no
# name is better than a wrong one (was the person named before)
@pytest.mark.parametrize(("text", "expected"), [
    ("Trainer Sandro Wagner (37) musste die Niederlage erklären. „Wir waren zu passiv“, sagte der 64-Jährige.",
     [("Wir waren zu passiv", DIR, "64-Jährige", "sagte")]),
    ("Die Biathletin Franziska Preuß (30) lag nach dem Schießen vorne. „Das war ein harter Tag“, sagte die 45-Jährige.",
     [("Das war ein harter Tag", DIR, "45-Jährige", "sagte")]),
    ("Der 29-jährige Florian Wirtz traf doppelt. „Ich bin zufrieden“, sagte Wirtz. „Das Team war stark“, ergänzte der "
     "33-Jährige.",
     [("Ich bin zufrieden", DIR, "Florian Wirtz", "sagte"),
      ("Das Team war stark", DIR, "33-Jährige", "ergänzte")]),
])
def test_r41_dedescr_other_age(text, expected):
    assert_exact(text, expected)


# a surname alone opening a sentence before another person's full name ("Koch setzte sich gegen Anna Berger durch") is
# no title of that name: a later "sagte Koch" is Koch (was the opponent)
@pytest.mark.parametrize(("text", "expected"), [
    ("Koch setzte sich gegen Anna Berger durch. „Ich habe einfach gekämpft“, sagte Koch.",
     [("Ich habe einfach gekämpft", DIR, "Koch", "sagte")]),
    ("Brenner schlug Jonas Weber in drei Sätzen. „Das war mein bestes Match“, sagte Brenner.",
     [("Das war mein bestes Match", DIR, "Brenner", "sagte")]),
    ("Hartmann verlor im Halbfinale gegen Lena Vogt. „Sie war heute besser“, sagte Hartmann nach dem Spiel.",
     [("Sie war heute besser", DIR, "Hartmann", "sagte")]),
])
def test_r41_dedescr_lone_surname(text, expected):
    assert_exact(text, expected)


# a role with its genitive before a name in apposition gives the name that title and its gender: "der Sprecher" and
# "Sie" later stand for it (were the bare description and no one)
@pytest.mark.parametrize(("text", "expected"), [
    ("Der Sprecher des russischen Außenministeriums, Igor Petrow, äußerte sich am Abend. Später sagte der Sprecher, "
     "Moskau sei zu Gesprächen bereit.",
     [("Der Sprecher des russischen Außenministeriums, Igor Petrow, äußerte sich am Abend", IND, "Igor Petrow",
       "äußerte"),
      ("Moskau sei zu Gesprächen bereit", IND, "Igor Petrow", "sagte")]),
    ("Die Sprecherin des Außenministeriums, Li Wen, trat vor die Presse. Sie sagte, Peking lehne die Zölle ab.",
     [("Peking lehne die Zölle ab", IND, "Li Wen", "sagte")]),
])
def test_r41_dedescr_genitive_role(text, expected):
    assert_exact(text, expected)


# an age description after a speaker named by the surname alone takes no other person named close before (was the
# opponent named in full)
@pytest.mark.parametrize(("text", "expected"), [
    ("Becker gewann gegen Thomas Lehmann. „Ich war heute fokussiert“, erklärte Becker. „Es lief alles“, sagte der "
     "26-Jährige.",
     [("Ich war heute fokussiert", DIR, "Becker", "erklärte"),
      ("Es lief alles", DIR, "26-Jährige", "sagte")]),
])
def test_r41_dedescr_surname_speaker_age(text, expected):
    assert_exact(text, expected)


# guards: the age given fits, one of two people given that age, an age description of the one person named, two people
# before an office, a role with its preposition before the name, a genitive role of a known first name
@pytest.mark.parametrize(("text", "expected"), [
    ("Trainer Sandro Wagner (37) war bedient. „Wir waren zu passiv“, sagte der 37-Jährige.",
     [("Wir waren zu passiv", DIR, "Sandro Wagner", "sagte")]),
    ("Vorstandschef Michael Krause (64) und Trainer Sandro Wagner (37) saßen auf dem Podium. „Wir müssen liefern“, "
     "sagte der 64-Jährige.",
     [("Wir müssen liefern", DIR, "Michael Krause", "sagte")]),
    ("Die Polizei nahm den Fahrer fest. Zeugin Maria Keller hatte den Unfall gesehen. „Es ging alles so schnell“, "
     "sagte die 52-Jährige.",
     [("Es ging alles so schnell", DIR, "Maria Keller", "sagte")]),
    ("Boris Pistorius traf Lloyd Austin. „Wir brauchen mehr Soldaten“, sagte der Minister.",
     [("Wir brauchen mehr Soldaten", DIR, "Minister", "sagte")]),
    ("Bundesminister für Gesundheit Karl Lauterbach stellte den Plan vor. „Wir handeln jetzt“, sagte der "
     "Bundesminister.",
     [("Wir handeln jetzt", DIR, "Karl Lauterbach", "sagte")]),
    ("Die Präsidentin des Verbandes, Sabine Roth, lobte die Spieler. „Wir sind stolz“, sagte die Präsidentin.",
     [("Die Präsidentin des Verbandes, Sabine Roth, lobte die Spieler", IND, "Sabine Roth", "lobte"),
      ("Wir sind stolz", DIR, "Sabine Roth", "sagte")]),
])
def test_r41_dedescr_guards(text, expected):
    assert_exact(text, expected)
