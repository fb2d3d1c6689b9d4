"""Round 38, helper deoffice: German offices with a party, a level or a region ("der Vorsitzende der FDP in
Baden-Württemberg", "der CDU-Landesvorsitzende"), offices seen after "als" or in an apposition, a role before two
coordinated names after the verb ("begrüßte der Kommandant X und Y"), and a brigade's or club's function before a lone
surname ("Kommandant Weber"). Sentences written for these tests, in the style of state party news, club and fire
brigade reports; no page text, no evaluation data."""

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
        # an office with a region or a level is the one seen at that level, not the nation's chair named before
        ("Die Delegierten bestätigten Jens Brandt als Landesvorsitzenden. Parteichef Martin Vogel sprach als "
         "Bundesvorsitzender zu ihnen. „Wir greifen wieder an“, rief der Vorsitzende der FDP in Sachsen.",
         "Wir greifen wieder an", DIR, "Jens Brandt"),
        ("Jens Brandt wurde in Riesa als Landesvorsitzender bestätigt. Martin Vogel sprach als Bundesvorsitzender. "
         "„Wir greifen wieder an“, fügte der Vorsitzende der FDP in Sachsen hinzu.", "Wir greifen wieder an", DIR,
         "Jens Brandt"),
        ("Der Landesvorsitzende der CDU in Thüringen, Markus Feld, lobte den Beschluss. Auch Friedrich Brenner kam "
         "nach Erfurt. Man müsse jetzt handeln, sagte der Vorsitzende der CDU in Thüringen.", "Man müsse jetzt handeln",
         IND, "Markus Feld"),
        # ... and no one when only the nation's chair was named
        ("FDP-Chef Martin Vogel sprach zu den Delegierten. „Wir greifen wieder an“, fügte der Vorsitzende der FDP in "
         "Sachsen hinzu.", "Wir greifen wieder an", DIR, "Vorsitzende der FDP"),
        ("Der CDU-Vorsitzende Friedrich Brenner war nicht gekommen. Man müsse jetzt handeln, sagte der "
         "CDU-Landesvorsitzende.", "Man müsse jetzt handeln", IND, "CDU-Landesvorsitzende"),
        ("Der CDU-Vorsitzende Friedrich Brenner war nicht gekommen. Man müsse jetzt handeln, sagte der thüringische "
         "CDU-Vorsitzende.", "Man müsse jetzt handeln", IND, "CDU-Vorsitzende"),
        ("Der SPD-Vorsitzende Lukas Hartwig besuchte Hannover. Die Partei stehe geschlossen, sagte der Vorsitzende der "
         "SPD in Niedersachsen.", "Die Partei stehe geschlossen", IND, "Vorsitzende der SPD"),
        # an office seen after "als" names its holder further on too
        ("Hans Ebner sprach als Vorsitzender zu den Mitgliedern. Danach gab es Kaffee und Kuchen. Die Kapelle spielte "
         "zwei Stücke. Auch Bürgermeisterin Eva Roth war gekommen. „Der Verein steht gut da“, sagte der Vorsitzende.",
         "Der Verein steht gut da", DIR, "Hans Ebner"),
        # one role before two names after its verb: the role is the subject, the names are greeted
        ("Kommandant Stefan Kerner zog Bilanz. Schließlich begrüßte der Kommandant Lukas Brandl und Jonas Eder als neue "
         "Mitglieder. „Ihr seid unsere Zukunft“, sagte er.", "Ihr seid unsere Zukunft", DIR, "Stefan Kerner"),
        ("Kommandant Stefan Kerner zog Bilanz. Am Ende ehrte der Kommandant Lukas Brandl und Jonas Eder für 25 Jahre "
         "Dienst. „Auf euch ist Verlass“, sagte der Kommandant.", "Auf euch ist Verlass", DIR, "Stefan Kerner"),
        # a brigade's function before a lone surname names that person
        ("Die Feuerwehr war mit 40 Kräften im Einsatz. Kommandant Brandl leitete den Einsatz. Wie er sagte, habe es "
         "keine Verletzten gegeben.", "habe es keine Verletzten gegeben", IND, "Brandl"),
        ("Kommandant Brandl war als Erster am Brandort. „Das Feuer hatte schon auf das Dach übergegriffen“, sagte der "
         "Kommandant.", "Das Feuer hatte schon auf das Dach übergegriffen", DIR, "Brandl"),
    ],
)
def test_deoffice_fixes(text: str, quote: str, label: str, speaker: str) -> None:
    assert speaker_of(text, quote) == (speaker, label)


@pytest.mark.parametrize(
    ("text", "quote", "label", "speaker"),
    [
        # guards: the one person just named for an office without a level; a title naming its holder; an adjective the
        # office was not seen with; a plural verb with two subjects; a role and one name after the verb
        ("Friedrich Brenner besuchte Erfurt. Man müsse jetzt handeln, sagte der CDU-Vorsitzende.",
         "Man müsse jetzt handeln", IND, "Friedrich Brenner"),
        ("Landesvorsitzender Jens Brandt eröffnete den Parteitag. „Wir sind bereit“, sagte der Landesvorsitzende.",
         "Wir sind bereit", DIR, "Jens Brandt"),
        ("FDP-Chef Martin Vogel sprach in Dresden. „Wir greifen wieder an“, sagte der FDP-Vorsitzende.",
         "Wir greifen wieder an", DIR, "Martin Vogel"),
        ("Präsident Carlos Ortega empfing die Gäste in La Paz. Danach trafen sich Anna Roth und Karl Bauer. Die Bank "
         "werde helfen, sagte der bolivianische Präsident.",
         "Die Bank werde helfen", IND, "Präsident"),
        ("Am Ende sagte der Kommandant Stefan Kerner, die Wehr brauche ein neues Fahrzeug.",
         "die Wehr brauche ein neues Fahrzeug", IND, "Stefan Kerner"),
        ("Kommandant Stefan Kerner zog Bilanz. „Wir hatten 61 Einsätze“, sagte der Kommandant.",
         "Wir hatten 61 Einsätze", DIR, "Stefan Kerner"),
    ],
)
def test_deoffice_guards(text: str, quote: str, label: str, speaker: str) -> None:
    assert speaker_of(text, quote) == (speaker, label)
