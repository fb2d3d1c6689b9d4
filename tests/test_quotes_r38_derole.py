"""Round 38, helper derole: German role nouns, office synonyms and coordinated role+name pairs (sentences written for
these tests, in the style of regional news on clubs, fire brigades and town councils; no page text, no evaluation
data)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document


def speaker_of(text: str, quote: str) -> tuple[str | None, str | None]:
    """(attrs.speaker, label) of the one quote whose text is `quote`."""
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    got = [(s.attrs.get("speaker"), s.label) for s in ann.spans
           if s.label in ("DIRECT_QUOTE", "INDIRECT_QUOTE") and text[s.start : s.end] == quote]
    assert len(got) == 1, [(text[s.start : s.end], s.label) for s in ann.spans if s.label.endswith("QUOTE")]
    return got[0]


DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


@pytest.mark.parametrize(
    ("text", "quote", "label", "speaker"),
    [
        # a club's function names no one just because one person was named before, also across a paragraph break
        ("Jonas Weber vertritt als jüngstes Mitglied die Jugend des Vereins.\n\n„Unser Schießstand ist endlich "
         "saniert“, berichtete der Schützenmeister.", "Unser Schießstand ist endlich saniert", DIR, "Schützenmeister"),
        ("Lena Vogt wurde zur neuen Schriftführerin gewählt. Karl Huber dankte ihr. Die Kasse sei in Ordnung, "
         "erklärte der Schatzmeister.", "Die Kasse sei in Ordnung", IND, "Schatzmeister"),
        # ... but the person seen with the function in an apposition or after "als"
        ("Markus Berger, Kommandant der Feuerwehr Oberau, blickte zurück. „Wir hatten so viele Einsätze wie nie“, "
         "sagte der Kommandant.", "Wir hatten so viele Einsätze wie nie", DIR, "Markus Berger"),
        ("Thomas Kern zog als Schützenmeister Bilanz. „Der Nachwuchs macht uns Freude“, sagte der Schützenmeister.",
         "Der Nachwuchs macht uns Freude", DIR, "Thomas Kern"),
        # a person role across a paragraph break: the person of the paragraph before is no antecedent
        ("Peter Lang ist seit Jahren Mitglied im Heimatverein.\n\nDie Weiden seien viel zu trocken, sagte der "
         "Schäfer.", "Die Weiden seien viel zu trocken", IND, "Schäfer"),
        # another word for the office names its holder, and the pronouns after it follow
        ("Burgstadts Bürgermeister Stefan Weigand (parteilos) stellte am Montag die Pläne für den Hafen vor. „Das ist "
         "ein großer Tag für die Stadt“, sagte das Stadtoberhaupt. Er sei froh, dass es nun losgehe.",
         "Das ist ein großer Tag für die Stadt", DIR, "Stefan Weigand"),
        ("Burgstadts Bürgermeister Stefan Weigand (parteilos) stellte am Montag die Pläne für den Hafen vor. „Das ist "
         "ein großer Tag für die Stadt“, sagte das Stadtoberhaupt. Er sei froh, dass es nun losgehe.",
         "Er sei froh, dass es nun losgehe", IND, "Stefan Weigand"),
        ("Bürgermeisterin Petra Hahn eröffnete die Sitzung. Kämmerer Uwe Roth legte den Haushalt vor. „Wir müssen "
         "sparen“, mahnte die Rathauschefin.", "Wir müssen sparen", DIR, "Petra Hahn"),
        ("Bürgermeister Jan Ott eröffnete die Sitzung, Stadträtin Eva Kühn fragte nach den Kosten. „Das wird teuer“, "
         "räumte der Rathauschef ein.", "Das wird teuer", DIR, "Jan Ott"),
        ("Landrat Michael Brandl besuchte das Klinikum. Dort begrüßte ihn Geschäftsführerin Anja Wolf. „Das Haus "
         "bleibt“, versprach der Kreischef.", "Das Haus bleibt", DIR, "Michael Brandl"),
        ("Der Vorsitzende Klaus Meier begrüßte die Gäste, darunter Ortsvorsteher Rolf Baum. „Wir feiern 100 Jahre“, "
         "sagte der Vereinschef.", "Wir feiern 100 Jahre", DIR, "Klaus Meier"),
        # coordinated role+name pairs: the words before "und" are another person's
        ("Weinhändler Kunz und Winzer Georg Bauer stritten auf dem Podium über die Preise. „Das ist zu billig“, sagte "
         "Kunz.", "Das ist zu billig", DIR, "Kunz"),
        ("Metzger Brand und Bäcker Stefan Mohr luden zum Markt. „Wir brauchen Parkplätze“, sagte Brand.",
         "Wir brauchen Parkplätze", DIR, "Brand"),
    ],
)
def test_derole_fixes(text: str, quote: str, label: str, speaker: str) -> None:
    assert speaker_of(text, quote) == (speaker, label)


@pytest.mark.parametrize(
    ("text", "quote", "label", "speaker"),
    [
        # guards: a function seen as a title before the name, a description of the one person named in the same
        # paragraph, an office named before, a synonym with no titled holder, two holders
        ("Kommandant Stefan Liebl zog Bilanz. „Wir hatten 61 Einsätze“, sagte der Kommandant.",
         "Wir hatten 61 Einsätze", DIR, "Stefan Liebl"),
        ("Herbert Grönemeyer spielte in Bochum. „Das war ein großer Abend“, sagte der Sänger.",
         "Das war ein großer Abend", DIR, "Herbert Grönemeyer"),
        ("Olaf Scholz besuchte die Werft. „Hier entsteht die Zukunft“, sagte der Kanzler.",
         "Hier entsteht die Zukunft", DIR, "Olaf Scholz"),
        ("Anna Schmidt führt den Laden seit Jahren. „Wir bleiben“, sagte das Stadtoberhaupt.",
         "Wir bleiben", DIR, "Stadtoberhaupt"),
        ("Altbürgermeister Hans Ried kam zur Feier. „Ein schöner Tag“, sagte das Stadtoberhaupt.",
         "Ein schöner Tag", DIR, "Stadtoberhaupt"),
        ("Sabine Roth, Erste Schützenmeisterin des Vereins, eröffnete den Abend. Der Verein zähle 180 Mitglieder, "
         "berichtete die Schützenmeisterin.", "Der Verein zähle 180 Mitglieder", IND, "Sabine Roth"),
        ("Jürgen Ott sagte, die Wehr brauche ein neues Fahrzeug. „Das alte ist 30 Jahre alt“, sagte der Kommandant.",
         "Das alte ist 30 Jahre alt", DIR, "Kommandant"),
    ],
)
def test_derole_guards(text: str, quote: str, label: str, speaker: str) -> None:
    assert speaker_of(text, quote) == (speaker, label)
