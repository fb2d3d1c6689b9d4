"""Round 45 (helper degesundheit): German health and medicine news.

Sentences written for these tests in the style of clinic, insurer and health-agency news (not copied from any page).
Fix rows fail against the frozen tree (aca4c81); guard rows pass on both.
"""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
        cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                    None if sp is None else text[sp.start : sp.end], None if cue is None else text[cue.start : cue.end]))
    return sorted(out)


def assert_exact_degesundheit(text, expected):
    """Exactly these quotes (text, label), each with its speaker name, SPEAKER span and CUE span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert by_text[(t, lab)] == rest, (t, by_text[(t, lab)])


# fixes: each row fails against the frozen tree (aca4c81)
@pytest.mark.parametrize(("text", "expected"), [
    # a hyphenated academic title before "Dr." or the name: the speaker was "Priv", "Univ", "Dipl" (a sentence ended
    # after the title)
    ("„Die neue Methode schont das Gewebe“, sagt Priv.-Doz. Dr. Miriam Adler, Oberärztin am Klinikum Kassel.",
     [("Die neue Methode schont das Gewebe", DIR, "Miriam Adler", "Priv.-Doz. Dr. Miriam Adler", "sagt")]),
    ("„Wir behandeln jede Woche mehr Kinder mit Asthma“, sagt Univ.-Prof. Dr. Florian Gruber von der Medizinischen "
     "Universität Innsbruck.",
     [("Wir behandeln jede Woche mehr Kinder mit Asthma", DIR, "Florian Gruber",
       "Univ.-Prof. Dr. Florian Gruber von der Medizinischen Universität Innsbruck", "sagt")]),
    ("„Viele Betroffene schämen sich für ihre Ängste“, erklärt Dipl.-Psych. Carola Winter.",
     [("Viele Betroffene schämen sich für ihre Ängste", DIR, "Carola Winter", "Dipl.-Psych. Carola Winter",
       "erklärt")]),
    ("„Die Praxen brauchen endlich Planungssicherheit“, sagte Dipl.-Med. Uwe Brandner, Hausarzt in Schwerin.",
     [("Die Praxen brauchen endlich Planungssicherheit", DIR, "Uwe Brandner", "Dipl.-Med. Uwe Brandner", "sagte")]),
    ("„Der Eingriff dauert nur eine halbe Stunde“, sagt Priv.-Doz. Dr. med. Tobias Lenz. Der Chirurg leitet die "
     "Abteilung seit drei Jahren.",
     [("Der Eingriff dauert nur eine halbe Stunde", DIR, "Tobias Lenz", "Priv.-Doz. Dr. med. Tobias Lenz", "sagt")]),
    # a patient, carer or study participant named by first name: the role stayed in the canonical name
    ("„Ich konnte monatelang kaum schlafen“, erzählt Patientin Jasmin.",
     [("Ich konnte monatelang kaum schlafen", DIR, "Jasmin", "Patientin Jasmin", "erzählt")]),
    ("„Nach der Reha konnte ich wieder Treppen steigen“, sagt Patient Holger.",
     [("Nach der Reha konnte ich wieder Treppen steigen", DIR, "Holger", "Patient Holger", "sagt")]),
    ("„Die Nachtschichten sind kaum noch zu schaffen“, sagt Pflegerin Nadine.",
     [("Die Nachtschichten sind kaum noch zu schaffen", DIR, "Nadine", "Pflegerin Nadine", "sagt")]),
    ("„Viele Frauen finden nach der Geburt keine Betreuung“, sagt Hebamme Lena.",
     [("Viele Frauen finden nach der Geburt keine Betreuung", DIR, "Lena", "Hebamme Lena", "sagt")]),
    ("„Manche Fiebersäfte bekommen wir seit Wochen nicht“, sagt Apothekerin Sophie.",
     [("Manche Fiebersäfte bekommen wir seit Wochen nicht", DIR, "Sophie", "Apothekerin Sophie", "sagt")]),
    ("„Ich wollte anderen Betroffenen helfen“, sagt Studienteilnehmerin Carina.",
     [("Ich wollte anderen Betroffenen helfen", DIR, "Carina", "Studienteilnehmerin Carina", "sagt")]),
    ("„Die Chemotherapie hat mich sehr geschwächt“, erzählt Brustkrebspatientin Ines.",
     [("Die Chemotherapie hat mich sehr geschwächt", DIR, "Ines", "Brustkrebspatientin Ines", "erzählt")]),
])
def test_fixes_degesundheit(text, expected):
    assert_exact_degesundheit(text, expected)


# guards: must stay as they are
@pytest.mark.parametrize(("text", "expected"), [
    ("„Die Zahl der Fälle steigt“, sagte Prof. Dr. med. Helga Brenner, Direktorin der Klinik für Infektiologie.",
     [("Die Zahl der Fälle steigt", DIR, "Helga Brenner", "Prof. Dr. med. Helga Brenner", "sagte")]),
    ("„Impfen bleibt der beste Schutz“, sagt PD Dr. Jonas Feld vom Klinikum Fürth.",
     [("Impfen bleibt der beste Schutz", DIR, "Jonas Feld", "PD Dr. Jonas Feld vom Klinikum Fürth", "sagt")]),
    ("„Die Wartezeiten sind zu lang“, sagt Oberarzt Benedikt.",
     [("Die Wartezeiten sind zu lang", DIR, "Benedikt", "Oberarzt Benedikt", "sagt")]),
    ("Die Patienten berichteten, die Wartezeit sei zu lang.",
     [("die Wartezeit sei zu lang", IND, "Patienten", "Die Patienten", "berichteten")]),
    ("Die Ständige Impfkommission (Stiko) empfiehlt, dass sich alle über 60-Jährigen impfen lassen.",
     [("sich alle über 60-Jährigen impfen lassen", IND, "Ständige Impfkommission",
       "Die Ständige Impfkommission (Stiko)", "empfiehlt")]),
    ("Die Forscher schreiben im Fachblatt „The Lancet“, das Mittel senke das Risiko deutlich.",
     [("das Mittel senke das Risiko deutlich", IND, "Forscher", "Die Forscher", "schreiben")]),
    ("Die Zahl der Krankmeldungen sei erneut gestiegen, so die Autoren.",
     [("Die Zahl der Krankmeldungen sei erneut gestiegen", IND, "Autoren", "die Autoren", "so")]),
    # a hyphenated word that is no title stays as it was: "Dipl." alone, a place
    ("Er hat ein Dipl.-Ing. gemacht, sagte der Sprecher.",
     [("Er hat ein Dipl.-Ing. gemacht", IND, "Sprecher", "der Sprecher", "sagte")]),
])
def test_guards_degesundheit(text, expected):
    assert_exact_degesundheit(text, expected)
