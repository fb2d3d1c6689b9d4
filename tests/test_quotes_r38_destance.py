"""Round 38, helper destance: German stance reports and ownerless sources.

Sentences written for these tests in the style of German business, health and agency news (no page text, no evaluation
data): a fronted dass-clause before "halten … für <adjective>" (the clause stands for the "es" that "halten … für"
needs), statements named by their time or status only and hearsay ("nach ersten Erkenntnissen", "nach früheren
Informationen", "dem Vernehmen nach": no speaker of their own, the source named before), and adverbs after a subject
without a noun ("die meisten aber").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Annotation, Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _run(text: str) -> Annotation:
    return QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))


def _linked(ann: Annotation, quote_id: str, rel: str):
    byid = {s.id: s for s in ann.spans}
    tails = [byid[r.tail] for r in ann.relations if r.head == quote_id and r.label == rel]
    return tails[0] if tails else None


def assert_exact(text, expected):
    """Exactly the expected (text, label, speaker, cue) quotes; speaker is the canonical name (None: none), cue the
    cue span's text (None: not checked)."""
    ann = _run(text)
    got = sorted(
        (s.text, s.label, s.attrs["speaker"], (c.text if (c := _linked(ann, s.id, "cue")) else None))
        for s in ann.spans if s.label in (IND, DIR))
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)][0] == sp, (t, by_text[(t, lab)])
        if cue is not None:
            assert by_text[(t, lab)][1] == cue, (t, by_text[(t, lab)])


# (round 38, destance) a fronted dass-clause before "halten … für" and an adjective: the clause is the content (the
# sentence reported nothing: "halten … für" was a light verb only with "es")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dass die Notenbank die Leitzinsen schon im März senkt, halten die meisten Volkswirte für unwahrscheinlich.",
            [("die Notenbank die Leitzinsen schon im März senkt", IND, "Volkswirte", "halten")],
        ),
        (
            "Dass die Übernahme noch am Kartellamt scheitert, hält der Analyst der Landesbank für ausgeschlossen.",
            [("die Übernahme noch am Kartellamt scheitert", IND, "Analyst der Landesbank", "hält")],
        ),
        (
            "Dass das neue Präparat auch bei Kindern wirkt, halten die Forscher für möglich.",
            [("das neue Präparat auch bei Kindern wirkt", IND, "Forscher", "halten")],
        ),
        (
            "Dass die Werft noch einen Käufer findet, hielt die Gewerkschaft bis zuletzt für realistisch.",
            [("die Werft noch einen Käufer findet", IND, "Gewerkschaft", "hielt")],
        ),
        (
            # an adverb after a subject without a noun is no part of the speaker
            "Dass die Inflation bis zum Sommer unter zwei Prozent fällt, halten die meisten aber für unwahrscheinlich.",
            [("die Inflation bis zum Sommer unter zwei Prozent fällt", IND, "meisten", "halten")],
        ),
    ],
)
def test_de_fronted_dass_stance(text, expected):
    assert_exact(text, expected)


# (round 38, destance) statements named by their time or status only and hearsay name no speaker of their own: the
# source named before speaks (a speech verb's earlier in the sentence, or one within three sentences), or no one (the
# speakers were "ersten Erkenntnissen", "früheren Informationen", "Dem Vernehmen")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nach ersten Erkenntnissen war der Lieferwagen auf glatter Fahrbahn ins Schleudern geraten.",
            [("war der Lieferwagen auf glatter Fahrbahn ins Schleudern geraten", IND, None, "Nach")],
        ),
        (
            "Nach früheren Informationen sollen mehr als 300 Haushalte ohne Strom gewesen sein.",
            [("sollen mehr als 300 Haushalte ohne Strom gewesen sein", IND, None, "Nach")],
        ),
        (
            "Dem Vernehmen nach will der Versandhändler sein Lager in Erfurt verkaufen.",
            [("will der Versandhändler sein Lager in Erfurt verkaufen", IND, None, "nach")],
        ),
        (
            "Wie die Stadtwerke mitteilten, wird die Leitung ab Montag erneuert. Dort kam es dem Vernehmen nach "
            "bereits mehrfach zu Rohrbrüchen.",
            [("wird die Leitung ab Montag erneuert", IND, "Stadtwerke", "mitteilten"),
             ("Dort kam es", IND, "Stadtwerke", "nach"),
             ("bereits mehrfach zu Rohrbrüchen", IND, "Stadtwerke", "nach")],
        ),
        (
            "Der Landkreis teilte mit, dass die Keime bisherigen Erkenntnissen zufolge aus einem Brunnen stammen.",
            [("die Keime bisherigen Erkenntnissen zufolge aus einem Brunnen stammen", IND, "Landkreis", "teilte"),
             ("die Keime", IND, "Landkreis", "zufolge"),
             ("aus einem Brunnen stammen", IND, "Landkreis", "zufolge")],
        ),
    ],
)
def test_de_ownerless_sources(text, expected):
    assert_exact(text, expected)


# guards: what must stay as it is
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fronted dass-clause before a speech verb, as before
        (
            "Dass der Konzern in Leipzig Stellen streichen will, bestätigte ein Sprecher am Dienstag.",
            [("der Konzern in Leipzig Stellen streichen will", IND, "Sprecher", "bestätigte")],
        ),
        # "halten … für" with a noun after it, and without a fronted dass-clause, reports nothing
        ("Dass die Reform kommt, hält der Minister für einen großen Erfolg.", []),
        ("Die Experten halten die Reform für unwahrscheinlich.", []),
        # a subject clause before "ist": no report
        ("Dass die Preise steigen, ist für viele Familien ein Problem.", []),
        # a statement with its owner keeps the owner
        (
            "Nach ersten Erkenntnissen der Polizei war der Fahrer zu schnell unterwegs.",
            [("war der Fahrer zu schnell unterwegs", IND, "Polizei", "Nach")],
        ),
        (
            "Nach Informationen des Senders soll der Trainer bereits entlassen worden sein.",
            [("soll der Trainer bereits entlassen worden sein", IND, "Sender", "Nach")],
        ),
        # "Presseberichten" and "Berichten" are sources of their own
        (
            "Nach Presseberichten sind bei dem Sturm zwei Menschen ums Leben gekommen.",
            [("sind bei dem Sturm zwei Menschen ums Leben gekommen", IND, "Presseberichten", "Nach")],
        ),
    ],
)
def test_de_destance_guards(text, expected):
    assert_exact(text, expected)
