"""Round 41 (denames): German names in foreign, sports and culture news. A Chinese or Korean name written family name
first is that person's when the family name stands alone later ("Außenamtssprecherin Mao Ning … so Mao weiter" was
"Mao"; the English lists serve German too); a genitive before its noun after "zu" is the person spoken to, no noble
name ("sagt Christiane Kunze zu Hamburgs Tennisass" was all one name); a surname in "-an" after an unlisted middle name
closing the clause is no verb object ("sagte Präsident Recep Tayyip Erdogan." was "Recep Tayyip"). Sentences written for
these tests in the style of German agency copy, foreign news and match reports."""

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


# a Chinese or Korean family name alone after the full name written family name first is that person (was the family
# name alone)
@pytest.mark.parametrize(("text", "expected"), [
    ("Außenamtssprecherin Mao Ning trat am Dienstag vor die Presse. Peking lehne jede Einmischung ab, so Mao weiter.",
     [("Peking lehne jede Einmischung ab", IND, "Mao Ning", "so")]),
    ("Der chinesische Außenminister Wang Yi empfing seinen Amtskollegen in Peking. „Wir setzen auf Dialog“, sagte Wang "
     "nach dem Treffen.",
     [("Wir setzen auf Dialog", DIR, "Wang Yi", "sagte")]),
    ("Südkoreas Präsident Yoon Suk Yeol reiste zum Gipfel nach Tokio. Die Zusammenarbeit mit Japan sei wichtiger denn "
     "je, sagte Yoon am Mittwoch.",
     [("Die Zusammenarbeit mit Japan sei wichtiger denn je", IND, "Yoon Suk Yeol", "sagte")]),
    ("Ministerpräsident Li Qiang eröffnete die Messe in Shanghai. China werde seine Märkte weiter öffnen, betonte Li.",
     [("China werde seine Märkte weiter öffnen", IND, "Li Qiang", "betonte")]),
])
def test_r41_denames_family_first(text, expected):
    assert_exact(text, expected)


# a genitive before its noun after "zu" names the person spoken to, no part of the speaker's name
@pytest.mark.parametrize(("text", "expected"), [
    ("„Ich bin mit der Saison sehr zufrieden“, sagt Christiane Kunze zu Hamburgs Tennisass.",
     [("Ich bin mit der Saison sehr zufrieden", DIR, "Christiane Kunze", "sagt")]),
    ("„Du hast das großartig gemacht“, sagte Markus Weinzierl zu Augsburgs Torhüter.",
     [("Du hast das großartig gemacht", DIR, "Markus Weinzierl", "sagte")]),
])
def test_r41_denames_zu_genitive(text, expected):
    assert_exact(text, expected)


# a surname in "-an" after an unlisted middle name, closing the clause, is part of the name (was cut off as an object)
@pytest.mark.parametrize(("text", "expected"), [
    ("„Die Türkei steht an der Seite der Palästinenser“, sagte Präsident Recep Tayyip Erdogan.",
     [("Die Türkei steht an der Seite der Palästinenser", DIR, "Recep Tayyip Erdogan", "sagte")]),
    ("„Wir werden nicht nachgeben“, sagte Präsident Recep Tayyip Erdoğan am Sonntag in Ankara.",
     [("Wir werden nicht nachgeben", DIR, "Recep Tayyip Erdoğan", "sagte")]),
])
def test_r41_denames_an_surname(text, expected):
    assert_exact(text, expected)


# guards: a noble "zu" after a first name, an addressee after "zu" without a genitive, a verb object after a full name,
# a first name that is also a Korean family name before a Western surname (no family name written first), a family name alone with no full name before
@pytest.mark.parametrize(("text", "expected"), [
    ("„Ich habe Fehler gemacht“, sagte Karl-Theodor zu Guttenberg.",
     [("Ich habe Fehler gemacht", DIR, "Karl-Theodor zu Guttenberg", "sagte")]),
    ("„Wir müssen jetzt liefern“, sagte Friedrich Merz zu Journalisten.",
     [("Wir müssen jetzt liefern", DIR, "Friedrich Merz", "sagte")]),
    ("Zuvor kündigte Konzernchef Oliver Blume Einschnitte an. Es gehe um Tausende Stellen, sagte er.",
     [("Es gehe um Tausende Stellen", IND, "Oliver Blume", "sagte"),
      ("Zuvor kündigte Konzernchef Oliver Blume Einschnitte an", IND, "Oliver Blume", "kündigte")]),
    ("Die Sängerin Kim Wilde trat in Berlin auf. Kim sagte, sie freue sich auf das Publikum.",
     [("sie freue sich auf das Publikum", IND, "Kim", "sagte")]),
    ("Peking lehne jede Einmischung ab, so Mao weiter.",
     [("Peking lehne jede Einmischung ab", IND, "Mao", "so")]),
])
def test_r41_denames_guards(text, expected):
    assert_exact(text, expected)
