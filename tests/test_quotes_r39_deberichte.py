"""Round 39 (deberichte): German report nouns with a relative source clause, and "wonach" clauses in a fronted clause.

Sentences written for these tests in the style of German agency and business news that report on reports (IAEA, UN,
NGO and media reports, rumours in business news; no page text, no evaluation data). A report noun with its owner and
"wonach" or a relative source phrase ("nach dem", "laut dem", "dem zufolge") reports the clause after it, also after a
verb that is no cue ("Die Welt reagiert besorgt auf den Bericht der IAEA, nach dem …"); the cue is "wonach" or the
preposition ("nach", "laut", "zufolge"), the speaker the noun's owner or no one. A fronted adverbial clause ("Nachdem
Gerüchte aufkamen, wonach …, hat das Unternehmen …") is no content of the main clause's cue; a fronted report noun
and its clause give the clause to a cue with a speaker ("Die Berichte, wonach …, wies eine Sprecherin zurück") and
keep the noun's own report before a passive without its agent ("…, wurden nicht bestätigt").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    """(text, label, canonical speaker, cue text) of every quote, sorted."""
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    by_id = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        cue = next((by_id[r.tail].text for r in ann.relations if r.label == "cue" and r.head == s.id and r.tail in by_id),
                   None)
        out.append((s.text, s.label, (s.attrs or {}).get("speaker"), cue))
    return sorted(out)


# (round 39, deberichte) a report noun's relative source clause after a verb that is no cue
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Regierung in Berlin reagierte zurückhaltend auf den Bericht der Vereinten Nationen, nach dem im Süden des "
         "Landes Hunderttausende vom Hunger bedroht sind.",
         [("im Süden des Landes Hunderttausende vom Hunger bedroht sind", IND, "Vereinten Nationen", "nach")]),
        ("Die Börse reagierte nervös auf eine Studie der Bundesbank, der zufolge die Inflation im Herbst wieder "
         "anziehen könnte.",
         [("die Inflation im Herbst wieder anziehen könnte", IND, "Bundesbank", "zufolge")]),
        ("Für Aufsehen sorgte ein Gutachten des TÜV, laut dem an mehreren Brücken gravierende Mängel festgestellt wurden.",
         [("an mehreren Brücken gravierende Mängel festgestellt wurden", IND, "TÜV", "laut")]),
        # a relative source after "von" and the owner, with a cue: the clause only (was "dem zufolge …")
        ("Menschenrechtler verwiesen auf einen Bericht von Amnesty International, dem zufolge in den Lagern "
         "systematisch gefoltert werde.",
         [("in den Lagern systematisch gefoltert werde", IND, "Menschenrechtler", "verwiesen")]),
    ],
)
def test_r39_deberichte_relative_source(text, expected):
    assert _quotes(text) == expected


# (round 39, deberichte) "wonach" in a fronted clause, after "laut geworden", "die Runde machen" and a report's day
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted adverbial clause is no content of the main clause's cue
        ("Nachdem am Wochenende Gerüchte aufkamen, wonach die Reederei an einer Übernahme von Hapag interessiert sei, "
         "hat das Unternehmen diese Gerüchte dementiert.",
         [("die Reederei an einer Übernahme von Hapag interessiert sei", IND, None, "wonach")]),
        # "laut" before "geworden" is the adjective, no source
        ("Seit Tagen waren Gerüchte laut geworden, wonach der Verein den Trainer noch vor der Winterpause entlassen werde.",
         [("der Verein den Trainer noch vor der Winterpause entlassen werde", IND, None, "wonach")]),
        # a fronted report noun: its owner reports before a passive without agent, the cue's speaker after an active cue
        ("Berichte der „Bild“, wonach die Ministerin ihr Amt aufgeben wolle, wurden am Abend nicht bestätigt.",
         [("die Ministerin ihr Amt aufgeben wolle", IND, "Bild", "wonach")]),
        ("Die Berichte, wonach der Konzern 2000 Stellen streichen wolle, wies eine Sprecherin am Montag zurück.",
         [("der Konzern 2000 Stellen streichen wolle", IND, "Sprecherin", "wies")]),
        ("Am Markt machten Gerüchte die Runde, wonach ein Finanzinvestor bei dem Maschinenbauer einsteigen wolle.",
         [("ein Finanzinvestor bei dem Maschinenbauer einsteigen wolle", IND, None, "wonach")]),
        ("Auslöser war ein Bericht des „Handelsblatts“ vom Vortag, wonach die Bank mit zwei Interessenten über einen "
         "Verkauf verhandle.",
         [("die Bank mit zwei Interessenten über einen Verkauf verhandle", IND, "Handelsblatt", "wonach")]),
    ],
)
def test_r39_deberichte_wonach(text, expected):
    assert _quotes(text) == expected


# (round 39, deberichte) a hearsay noun closing a main clause, then a clause in the Konjunktiv I: the rumour's content,
# no one's (it had gone on with the speaker of the sentence before); the noun is its cue
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ein Sprecher sagte: „Wir verkaufen nichts.“ Zuvor waren Spekulationen aufgekommen, der Konzern plane den "
         "Verkauf seiner Kabelsparte.",
         [("Wir verkaufen nichts.", DIR, "Sprecher", "sagte"),
          ("der Konzern plane den Verkauf seiner Kabelsparte", IND, None, "Spekulationen")]),
        ("In der Stadt kursierten Gerüchte, die Brücke werde wegen Einsturzgefahr gesperrt.",
         [("die Brücke werde wegen Einsturzgefahr gesperrt", IND, None, "Gerüchte")]),
    ],
)
def test_r39_deberichte_hearsay_konjunktiv(text, expected):
    assert _quotes(text) == expected


# guards: these stay as they are
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition and a noun opening a main clause after the comma: no relative source
        ("Er legte den Bericht beiseite, nach dem Essen ging er spazieren.", []),
        # signs are no report
        ("Es gab Anzeichen, nach denen sich die Lage entspannt.", []),
        # a fronted clause holding a main clause is the content of the trailing cue
        ("Weil die Kassen leer seien, müsse gespart werden, sagte der Kämmerer.",
         [("Weil die Kassen leer seien, müsse gespart werden", IND, "Kämmerer", "sagte")]),
        # the round-38 reading of a cue before the relative source
        ("Der Minister dementierte einen Bericht, nach dem er zurücktreten wolle.",
         [("er zurücktreten wolle", IND, "Minister", "dementierte")]),
        # "laut" before a source stays the source
        ("Laut Polizei wurde niemand verletzt.", [("wurde niemand verletzt", IND, "Polizei", "Laut")]),
        # a hearsay noun inside a reported sentence: the report goes on with its speaker
        ("Der Sprecher sagte, es gebe keine Pläne. Zuvor habe es Gerüchte gegeben, der Konzern plane einen Verkauf.",
         [("Zuvor habe es Gerüchte gegeben, der Konzern plane einen Verkauf", IND, "Sprecher", None),
          ("es gebe keine Pläne", IND, "Sprecher", "sagte")]),
        # a relative clause after the noun, and a claim noun opening the sentence: no report
        ("Es gab Gerüchte, die schnell als falsch galten.", []),
        ("Seine Behauptung, er sei unschuldig, glaubte ihm niemand.", []),
        # a denial before the noun: no report
        ("Es gibt keine Berichte, nach denen der Konzern Stellen streichen will.", []),
    ],
)
def test_r39_deberichte_guards(text, expected):
    assert _quotes(text) == expected
