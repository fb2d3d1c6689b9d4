"""Round 42 (helper deculture2): German culture and celebrity leftovers. Sentences written for these tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _annotate(text: str):
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    return QuoteAnnotator().annotate(doc)


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = _annotate(text)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end], sp and text[sp.start:sp.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker, cue and speaker span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert tuple(by[(t, lab)]) == tuple(rest), (t, by[(t, lab)])


# 1. a magazine after a description by origin in the speaker's phrase ("verriet die Kölnerin der „Gala“"; the speaker
# span ran on over the magazine), also "der Zeitschrift „…“"; a band after a singer stays ("der Sänger der „Toten Hosen“")
@pytest.mark.parametrize(("text", "expected"), [
    ("Sängerin Laura Falk (31) ist verlobt. „Er hat mich am Strand gefragt“, verriet die Kölnerin der „Gala“.",
     [("Er hat mich am Strand gefragt", DIR, "Laura Falk", "verriet", "die Kölnerin")]),
    ("Schauspieler Jan Oster (47) wuchs in Altona auf. „Wir hatten kaum Geld“, erzählte der Hamburger der "
     "„Bunte“.",
     [("Wir hatten kaum Geld", DIR, "Jan Oster", "erzählte", "der Hamburger")]),
    ("Moderatorin Clara Wenz (39) denkt an eine Pause. „Ich brauche Zeit für meine Familie“, sagte die Münchnerin der "
     "Zeitschrift „Meins“.",
     [("Ich brauche Zeit für meine Familie", DIR, "Clara Wenz", "sagte", "die Münchnerin")]),
    ("„Ich liebe diese Stadt“, sagte die Sängerin der Zeitung.",
     [("Ich liebe diese Stadt", DIR, "Sängerin", "sagte", "die Sängerin")]),
])
def test_r42_deculture2_magazine_after_description(text, expected):
    assert_exact(text, expected)


# 2. the German translation of an English quotation in brackets after it is no second quote
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Sängerin schrieb auf Instagram: „Never give up“ (übersetzt: „Gib niemals auf“).",
     [("Never give up", DIR, "Sängerin", "schrieb", "Die Sängerin")]),
    ("Der Rapper Kofi Mensah postete dazu: „We made it“ (zu Deutsch: „Wir haben es geschafft“).",
     [("We made it", DIR, "Kofi Mensah", "postete", "Der Rapper Kofi Mensah")]),
    ("Schauspielerin Dana Roy schrieb unter das Foto: „Home is where the heart is“ (dt. „Zuhause ist, wo das Herz "
     "ist“). Ihre Fans waren begeistert.",
     [("Home is where the heart is", DIR, "Dana Roy", "schrieb", "Schauspielerin Dana Roy")]),
    ("Der Sänger Tom Ries sagte auf Englisch: „It was the best night of my life“ (frei übersetzt: „Es war die beste "
     "Nacht meines Lebens“).",
     [("It was the best night of my life", DIR, "Tom Ries", "sagte", "Der Sänger Tom Ries")]),
])
def test_r42_deculture2_bracketed_translation(text, expected):
    assert_exact(text, expected)


# guards: a band after a singer stays in the phrase; a magazine in words after a demonym stays cut; a second
# quotation in brackets without a translation label stays; a newspaper's quoted name after an age stays cut
@pytest.mark.parametrize(("text", "expected"), [
    ("„Wir hören noch lange nicht auf“, sagte der Sänger der „Toten Hosen“.",
     [("Wir hören noch lange nicht auf", DIR, "Sänger der Toten Hosen", "sagte", "der Sänger der „Toten Hosen“")]),
    ("Schlagersängerin Ina Brandl (52) tritt wieder auf. „Die Bühne hat mir gefehlt“, gestand die Österreicherin dem "
     "Magazin „Grazia“.",
     [("Die Bühne hat mir gefehlt", DIR, "Ina Brandl", "gestand", "die Österreicherin")]),
    ("Der Regisseur sagte: „Das ist mein letzter Film“ (und meinte es ernst).",
     [("Das ist mein letzter Film", DIR, "Regisseur", "sagte", "Der Regisseur")]),
    ("Sängerin Lea Horn (29) ist glücklich. „Ich bin angekommen“, sagte die 29-Jährige der „Bunte“.",
     [("Ich bin angekommen", DIR, "Lea Horn", "sagte", "die 29-Jährige")]),
])
def test_r42_deculture2_guards(text, expected):
    assert_exact(text, expected)
