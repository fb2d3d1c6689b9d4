"""Quote pre-annotator, round 39 (helper deagency): German recall of reported speech in short agency news of 2004-2012.

Sentences written for these tests, in the style of dpa/AFP/AP/Reuters copy of that time (no page text, no evaluation
data): claims of a deed ("bekannte sich zu …"), threats ("angedroht", a renewed "Drohung"), compounds broken at their
hyphen by a line break ("radikal- islamischen"), and a party or an age in brackets closing a speaker's apposition before
adjuncts ("…, sagte der Sprecher des Amts, Martin Jäger (CDU), am Donnerstag in Berlin.").
"""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _got(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    byid = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        cue = next((byid[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, s.attrs["speaker"], cue and text[cue.start : cue.end]))
    return sorted(out)


def _assert(text: str, expected: list[tuple[str, str, str | None, str | None]]) -> None:
    got = _got(text)
    assert got == sorted(expected), got


# (round 39, deagency) claiming a deed is a reported speech act, the sentence its content (nothing was found)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kabul (dpa) - Die radikalislamischen Taliban bekannten sich am Montag zu dem Überfall auf einen "
            "Nachschubkonvoi.",
            [("Die radikalislamischen Taliban bekannten sich am Montag zu dem Überfall auf einen Nachschubkonvoi", IND,
              "Taliban", "bekannten")],
        ),
        (
            "Eine bislang unbekannte Gruppe hat sich zu dem Brandanschlag auf das Rathaus bekannt.",
            [("Eine bislang unbekannte Gruppe hat sich zu dem Brandanschlag auf das Rathaus bekannt", IND, "Gruppe",
              "bekannt")],
        ),
        (
            "Zu dem Selbstmordanschlag in Bagdad bekannte sich eine Splittergruppe der Al-Kaida.",
            [("Zu dem Selbstmordanschlag in Bagdad bekannte sich eine Splittergruppe der Al-Kaida", IND,
              "Splittergruppe der Al-Kaida", "bekannte")],
        ),
        (
            "Die Untergrundorganisation ETA bekennt sich in einem Schreiben zu der Explosion in Bilbao.",
            [("Die Untergrundorganisation ETA bekennt sich in einem Schreiben zu der Explosion in Bilbao", IND,
              "Untergrundorganisation ETA", "bekennt")],
        ),
        (
            "Die Rebellen der FARC haben sich zur Entführung von zwei Ingenieuren und einem Fahrer aus der Provinz "
            "Cauca bekannt.",
            [("Die Rebellen der FARC haben sich zur Entführung von zwei Ingenieuren und einem Fahrer aus der Provinz "
              "Cauca bekannt", IND, "Rebellen der FARC", "bekannt")],
        ),
    ],
)
def test_round39_deagency_claims(text, expected):
    _assert(text, expected)


# (round 39, deagency) threats: the perfect "angedroht" (with an object or an infinitive clause) and a renewed threat
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Pjöngjang hat den Abbruch aller Gespräche mit Seoul angedroht.",
            [("Pjöngjang hat den Abbruch aller Gespräche mit Seoul angedroht", IND, "Pjöngjang", "angedroht")],
        ),
        (
            "Der Iran hat angedroht, die Straße von Hormus zu sperren.",
            [("die Straße von Hormus zu sperren", IND, "Iran", "angedroht")],
        ),
        (
            "Die Regierung in Teheran erneuerte am Sonntag ihre Drohung mit einem Ölembargo.",
            [("Die Regierung in Teheran erneuerte am Sonntag ihre Drohung mit einem Ölembargo", IND,
              "Regierung in Teheran", "erneuerte")],
        ),
        (
            "Die Vereinigten Staaten erneuerten ihre Drohungen gegen das Regime in Damaskus.",
            [("Die Vereinigten Staaten erneuerten ihre Drohungen gegen das Regime in Damaskus", IND,
              "Vereinigten Staaten", "erneuerten")],
        ),
    ],
)
def test_round39_deagency_threats(text, expected):
    _assert(text, expected)


# (round 39, deagency) a compound broken at its hyphen inside the speaker's phrase (the report was lost, or the speaker
# was the compound's first part), and a party or an age in brackets before the apposition's comma and adjuncts
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Lage im Gazastreifen bleibe angespannt, sagte der Sprecher der radikal- islamischen Hamas, Fausi Barhum.",
            [("Die Lage im Gazastreifen bleibe angespannt", IND, "Fausi Barhum", "sagte")],
        ),
        (
            "Die Truppen würden noch vor Weihnachten abgezogen, sagte der Vize- Regierungssprecher Thomas Steg.",
            [("Die Truppen würden noch vor Weihnachten abgezogen", IND, "Thomas Steg", "sagte")],
        ),
        (
            "Die Einigung sei ein Erfolg, erklärte der Vorsitzende des Ausschusses, Otto Fricke (FDP), am Freitag in "
            "Berlin.",
            [("Die Einigung sei ein Erfolg", IND, "Otto Fricke", "erklärte")],
        ),
        (
            "Die Gespräche seien gescheitert, sagte der Sprecher des Auswärtigen Amts, Martin Jäger (45), am Donnerstag "
            "vor Journalisten in Berlin.",
            [("Die Gespräche seien gescheitert", IND, "Martin Jäger", "sagte")],
        ),
    ],
)
def test_round39_deagency_speaker_phrases(text, expected):
    _assert(text, expected)


# (round 39, deagency) guards: a negated claim, "bekannt" as "known", the adjective "bekannte", an agentless passive
# threat, the elided part before a conjunction, a confession with its clause and a short bracketed apposition
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zu dem Anschlag bekannte sich zunächst niemand.", []),
        ("Bislang hat sich keine Gruppe zu der Tat bekannt.", []),
        ("Es ist seit langem bekannt, dass sich die Lage im Norden zuspitzt.", []),
        ("Dem Fahrer wurde ein Fahrverbot angedroht.", []),
        (
            "Die bekannten Vorwürfe seien haltlos, sagte der Anwalt des Managers.",
            [("Die bekannten Vorwürfe seien haltlos", IND, "Anwalt des Managers", "sagte")],
        ),
        (
            "Die Bund- und Länderminister seien sich einig, sagte ein Sprecher.",
            [("Die Bund- und Länderminister seien sich einig", IND, "Sprecher", "sagte")],
        ),
        (
            "Der Angeklagte bekannte, er habe das Geld genommen.",
            [("er habe das Geld genommen", IND, "Angeklagte", "bekannte")],
        ),
        (
            "Die Lage sei ernst, sagte der Sprecher des Amts, Martin Jäger (CDU), in Berlin.",
            [("Die Lage sei ernst", IND, "Martin Jäger", "sagte")],
        ),
    ],
)
def test_round39_deagency_guards(text, expected):
    _assert(text, expected)
