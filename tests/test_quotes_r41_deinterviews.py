"""Round 41 (deinterviews): German interviews printed with turn labels ("SPIEGEL: … / Scholz: …", "Frage: … /
Nagelsmann: …") and coordinated second predicates of speech ("…, mahnte aber an, dass …"). An interview answer is the
interviewee's own words without quotation marks and without a reporting verb: no quote, as for English transcripts; a
first-person verb form in it ("ich fühle", "finde ich") is no Konjunktiv I. An unquoted "ich" speaking inside a labelled
answer is the labelled interviewee, the questioner's formal "Sie" the one who answers next. A second predicate after a
comma whose particle or da-word closes it before the content ("…, warnte aber davor, dass …") shares the subject of the
main clause, not its object. Sentences written for these tests in the style of German interview pages (news magazines,
weeklies, sports sites) and agency copy."""

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


# an interview answer after its label is no quote: a first-person present ("fühle", "finde ich", "höre ich", "habe
# mich") looks like a Konjunktiv I and made the answer's sentence an indirect quote of the label's name
@pytest.mark.parametrize(("text", "expected"), [
    ("SPIEGEL: Herr Weber, was verbindet Sie noch mit Ihrer Partei?\n\n"
     "Weber: Ich bin seit dreißig Jahren Mitglied und fühle mich dort zu Hause.\n\n"
     "SPIEGEL: Man hält Sie in Berlin für einen Einzelgänger.\n\n"
     "Weber: Diesen Vorwurf finde ich ziemlich seltsam.", []),
    ('"Focus": Frau Minister, wie fühlt sich der neue Titel an?\n\n'
     "Karin Adler: Lieber höre ich meinen Namen. Aber die Aufgabe ist groß.\n\n"
     '"Focus": Und der Umzug nach Berlin?\n\n'
     "Karin Adler: Den habe ich gut überstanden.", []),
    ("Frage: Wie lief die erste Saison?\n\n"
     "Lukas Brandl: Am Anfang habe ich immer gespielt, habe mich auch wohl gefühlt, war fit.\n\n"
     "Frage: Und dann?\n\n"
     "Lukas Brandl: Dann kam die Verletzung.", []),
    ("Reporter: Wie war das Derby?\n\n"
     "Trainer: Das Spiel war eng. Der Trainer der Gäste meinte nach dem Spiel, ein Remis wäre gerechter gewesen. "
     "Ich denke das sagt viel aus.",
     [("ein Remis wäre gerechter gewesen", IND, "Trainer der Gäste", "meinte")]),
])
def test_r41_deinterviews_answers_no_quote(text, expected):
    assert_exact(text, expected)


# an unquoted "ich" speaking inside a labelled answer is the interviewee; the questioner's formal "Sie" inside a
# sentence is the one who answers next (both had no name)
@pytest.mark.parametrize(("text", "expected"), [
    ("Frage: Herr Nagelsmann, was haben Sie der Mannschaft in der Pause gesagt?\n\n"
     "Nagelsmann: Ich habe ihr gesagt, dass wir mehr laufen müssen.\n\n"
     "Frage: Hat es geholfen?\n\n"
     "Nagelsmann: In der zweiten Hälfte schon.",
     [("wir mehr laufen müssen", IND, "Nagelsmann", "gesagt")]),
    ("ZEIT ONLINE: Im Frühjahr haben Sie gesagt, die Reform komme zu spät.\n\n"
     "Ines Brandt: Dabei bleibe ich auch.\n\n"
     "ZEIT ONLINE: Warum?\n\n"
     "Ines Brandt: Weil die Kommunen seit Jahren warten.",
     [("die Reform komme zu spät", IND, "Ines Brandt", "gesagt")]),
])
def test_r41_deinterviews_turn_speakers(text, expected):
    assert_exact(text, expected)


# a second predicate of speech after a comma, closed by its particle or da-word before the content, shares the main
# clause's subject (it took the object, "ihre Tore", or found nothing)
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Trainerin ärgerte sich über die Niederlage, warnte aber davor, dass die Saison noch lang sei.",
     [("die Saison noch lang sei", IND, "Trainerin", "warnte")]),
    ("Die Stürmerin feierte den Titel und ihre Tore, mahnte aber an, dass der Verband mehr für den Nachwuchs tun müsse.",
     [("der Verband mehr für den Nachwuchs tun müsse", IND, "Stürmerin", "mahnte")]),
    ("Der Landrat besuchte die Unglücksstelle, wies jedoch darauf hin, dass die Ermittlungen noch liefen.",
     [("die Ermittlungen noch liefen", IND, "Landrat", "wies")]),
    ("Der Bürgermeister eröffnete das Fest, gab aber zu, dass die Finanzierung noch nicht stehe.",
     [("die Finanzierung noch nicht stehe", IND, "Bürgermeister", "gab")]),
    ("Der Kapitän jubelte mit den Fans, stellte aber fest, dass die Abwehr zu viele Fehler gemacht habe.",
     [("die Abwehr zu viele Fehler gemacht habe", IND, "Kapitän", "stellte")]),
    ("Der Verein verlor das Spiel, hielt aber daran fest, dass der Trainer bleibe.",
     [("der Trainer bleibe", IND, "Verein", "hielt")]),
])
def test_r41_deinterviews_coordinated_cue(text, expected):
    assert_exact(text, expected)


# guards: a name and a colon before Konjunktiv I speech in news copy, a quote collection with quotation marks, "Frage"
# inside a quotation, a report of "ich sei", a second predicate without a particle, one name labelling one line only
@pytest.mark.parametrize(("text", "expected"), [
    ("Fraktionschef Peter Bohle äußerte sich am Abend. Bohle: Man setze alles daran, die Stelle zu erhalten.",
     [("Fraktionschef Peter Bohle äußerte sich am Abend", IND, "Peter Bohle", "äußerte"),
      ("Man setze alles daran, die Stelle zu erhalten", IND, "Peter Bohle", None)]),
    ("Die Stimmen zum Spiel. Mats Hummels: „Ich habe nicht auf die Anzeigetafel geschaut.“",
     [("Ich habe nicht auf die Anzeigetafel geschaut.", DIR, "Mats Hummels", None)]),
    ("„Die Frage ist: Wer bezahlt das am Ende?“, sagte der Kämmerer.",
     [("Die Frage ist: Wer bezahlt das am Ende?", DIR, "Kämmerer", "sagte")]),
    ("Der Angeklagte sagte, ich sei an allem schuld.",
     [("ich sei an allem schuld", IND, "Angeklagte", "sagte")]),
    ("Kimmich ärgerte sich über das Gegentor, betonte aber, dass die Mannschaft gut gespielt habe.",
     [("die Mannschaft gut gespielt habe", IND, "Kimmich", "betonte")]),
    ("Der Trainer war mit dem Punkt zufrieden, sagte aber, dass mehr möglich gewesen wäre.",
     [("mehr möglich gewesen wäre", IND, "Trainer", "sagte")]),
])
def test_r41_deinterviews_guards(text, expected):
    assert_exact(text, expected)
