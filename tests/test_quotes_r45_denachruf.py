"""Round 45 (helper denachruf): German obituaries, tributes and reactions to deaths. Sentences written for these tests
in the style of dpa Nachrufe and reaction round-ups (not copied from any page): a comma clause in the indicative after
a shown feeling or an honouring is narration ("zeigte sich tief betroffen, er war sein Kapitän"); a party description
("der SPD-Politiker") names the person of that party, not the deceased named with another party in brackets; "das
Staatsoberhaupt" names the Bundespräsident seen before."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str):
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return [(text[q.start:q.end], (q.attrs or {}).get("speaker")) for q in ann.spans if q.label in (IND, DIR)]


def _speaker_of(text: str, quote: str):
    got = _quotes(text)
    return next((s for t, s in got if t == quote), ("no such quote", got))


@pytest.mark.parametrize(("text", "absent"), [
    # fixes: the indicative comma clause after "zeigte sich betroffen" / "würdigte …" is the writer's narration
    ("Auch der frühere Nationalspieler Uwe Brandt zeigte sich tief betroffen, er war jahrelang sein Mannschaftskamerad.",
     "er war jahrelang sein Mannschaftskamerad"),
    ("Die Intendantin Petra Lang zeigte sich erschüttert, sie hatte mit ihm noch im Frühjahr gedreht.",
     "sie hatte mit ihm noch im Frühjahr gedreht"),
    ("Weggefährten und Freunde würdigten am Dienstag den Verstorbenen, sie kamen zu Hunderten zur Trauerfeier.",
     "sie kamen zu Hunderten zur Trauerfeier"),
])
def test_r45_denachruf_narration_is_no_report(text, absent):
    got = _quotes(text)
    assert all(t != absent for t, _ in got), got


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # guards: with Konjunktiv or "dass" the clause stays a report; "Wie … zeigen, …" stays as it was
    ("Der Trainer zeigte sich bestürzt, er sei noch immer fassungslos.", "er sei noch immer fassungslos", "Trainer"),
    ("Die Ministerin zeigte sich erleichtert, dass die Trauerfeier im Dom stattfinden kann.",
     "die Trauerfeier im Dom stattfinden kann", "Ministerin"),
    ("Der Bürgermeister würdigte den Verstorbenen, er habe die Stadt über Jahrzehnte geprägt.",
     "er habe die Stadt über Jahrzehnte geprägt", "Bürgermeister"),
    # fixes: a party description names the person of that party, not the deceased with another party in brackets
    ("Bundestagspräsident Karl Wendt (SPD) hat den verstorbenen Altkanzler Otto Berger (CDU) gewürdigt. "
     "„Er hat dieses Land zusammengeführt“, sagte der SPD-Politiker.",
     "Er hat dieses Land zusammengeführt", "Karl Wendt"),
    ("Ministerpräsidentin Sabine Kraus (CDU) nahm Abschied von der früheren Oberbürgermeisterin Anna Roth (SPD). "
     "„Wir verlieren eine große Kommunalpolitikerin“, sagte die CDU-Politikerin.",
     "Wir verlieren eine große Kommunalpolitikerin", "Sabine Kraus"),
    # fix: "das Staatsoberhaupt" is the Bundespräsident seen before
    ("Bundespräsident Joachim Weber kondolierte der Familie. „Er war ein Mann des offenen Wortes“, sagte das "
     "Staatsoberhaupt.",
     "Er war ein Mann des offenen Wortes", "Joachim Weber"),
    # guards: without a bracketed party of his own the description still takes the one person named with it
    ("Außenministerin Lena Hoff (Grüne) würdigte den Verstorbenen. „Sein Rat wird uns fehlen“, sagte die "
     "Grünen-Politikerin.",
     "Sein Rat wird uns fehlen", "Lena Hoff"),
    # two of the party: no one
    ("Karl Wendt (SPD) und Hans Ebert (SPD) würdigten Otto Berger (CDU). „Er bleibt unvergessen“, sagte der "
     "SPD-Politiker.",
     "Er bleibt unvergessen", "SPD-Politiker"),
])
def test_r45_denachruf_speakers(text, quote, speaker):
    assert _speaker_of(text, quote) == speaker
