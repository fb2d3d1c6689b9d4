"""Round 42 (helper deculture): German culture and celebrity news. Sentences written for these tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by[(t, lab)] == (sp, cue), (t, by[(t, lab)])


# 1. celebrity-page tags right after a quotation ("offenbarte die 50-Jährige", "säuselte der Moderator"; the quotation
# had no speaker, or the name before it)
@pytest.mark.parametrize(("text", "expected"), [
    ("Schlagersängerin Andrea Kühn (52) feierte ihr Bühnenjubiläum. „Ich bin nicht der Typ für Affären“, offenbarte "
     "die 52-Jährige im Gespräch mit der „Bunte“.",
     [("Ich bin nicht der Typ für Affären", DIR, "Andrea Kühn", "offenbarte")]),
    ("Moderatorin Jana Roth (29) ist verlobt. „Wir wollen im Sommer heiraten, am liebsten an der Ostsee“, offenbart "
     "die 29-Jährige.",
     [("Wir wollen im Sommer heiraten, am liebsten an der Ostsee", DIR, "Jana Roth", "offenbart")]),
    ("Bei so viel Harmonie im Studio war der Abend gerettet. „Das ist echt schön und da geht einem das Herz auf“, "
     "säuselte Moderator Tim Brandt.",
     [("Das ist echt schön und da geht einem das Herz auf", DIR, "Tim Brandt", "säuselte")]),
    ("Schauspieler Max Behrens (58) kam zu spät zur Premiere. „Wer mich kennt, weiß, dass ich nie pünktlich bin“, "
     "schmunzelte der 58-Jährige.",
     [("Wer mich kennt, weiß, dass ich nie pünktlich bin", DIR, "Max Behrens", "schmunzelte")]),
])
def test_r42_deculture_after_quotation_tags(text, expected):
    assert_exact(text, expected)


# 2. a mood adjective or a manner participle opening the sentence is no subject ("Gerührt sagte Helene"; the speaker
# was "Gerührt"), also before a one-word stage name and a second verb joined by "und"
@pytest.mark.parametrize(("text", "expected"), [
    ("Gerührt sagte Helene: „Ich danke euch allen von ganzem Herzen.“",
     [("Ich danke euch allen von ganzem Herzen.", DIR, "Helene", "sagte")]),
    ("Unbeeindruckt nahm Shirin die Auszeichnung entgegen und sagte: „Ich mache einfach weiter wie bisher.“",
     [("Ich mache einfach weiter wie bisher.", DIR, "Shirin", "sagte")]),
    ("Strahlend nahm die Regisseurin den Preis entgegen und sagte: „Dieser Film gehört dem ganzen Team.“",
     [("Dieser Film gehört dem ganzen Team.", DIR, "Regisseurin", "sagte")]),
    ("Schmunzelnd erzählte Cro im Gespräch mit dem Magazin: „Ich habe lange gebraucht, um das zu verstehen.“",
     [("Ich habe lange gebraucht, um das zu verstehen.", DIR, "Cro", "erzählte")]),
    ("Ungerührt verkündete Apache auf Instagram: „Das neue Album kommt im Mai.“",
     [("Das neue Album kommt im Mai.", DIR, "Apache", "verkündete")]),
])
def test_r42_deculture_fronted_mood(text, expected):
    assert_exact(text, expected)


# guards: "offenbarte" with an object reports nothing; a surname that is also a mood word stays the speaker; a fronted
# mood before an article phrase kept its speaker before
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Prüfung offenbarte gravierende Mängel am Dach der Oper.", []),
    ("Stolz sagte, die Partei werde in dieser Frage nicht nachgeben.",
     [("die Partei werde in dieser Frage nicht nachgeben", IND, "Stolz", "sagte")]),
    ("Sichtlich bewegt sagte die Sängerin Lea Sommer: „Das ist der schönste Tag meines Lebens.“",
     [("Das ist der schönste Tag meines Lebens.", DIR, "Lea Sommer", "sagte")]),
    ("Begeistert schrieb die Moderatorin Nina Vogt auf Instagram: „Was für ein Abend!“",
     [("Was für ein Abend!", DIR, "Nina Vogt", "schrieb")]),
])
def test_r42_deculture_guards(text, expected):
    assert_exact(text, expected)
