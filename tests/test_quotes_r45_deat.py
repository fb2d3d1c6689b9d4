"""Round 45 (helper deat): Austrian and Swiss German news. Sentences written for these tests in the style of APA,
ORF, Kurier and OTS party releases (not copied from any page): parties written short in titles ("SP-Vorsitzender",
"VP-Chef", "FP-Chef", "der FPÖ-General") and Austrian degrees and mandates before a name ("Mag.", "Ing.", "LAbg.",
"NAbg.", "Abg.")."""
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


def _speaker_span(text: str, quote: str):
    """The SPEAKER span's text of the quote's said_by relation."""
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    by_id = {s.id: s for s in ann.spans}
    q = next((s for s in ann.spans if s.label in (IND, DIR) and text[s.start:s.end] == quote), None)
    if q is None:
        return ("no such quote", _quotes(text))
    rel = next((r for r in ann.relations if r.label == "said_by" and r.head == q.id), None)
    if rel is None:
        return None
    sp = by_id[rel.tail]
    return text[sp.start:sp.end]


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # fixes: an Austrian party written short in a description ("SP" for SPÖ, "FP" for FPÖ, "VP" for ÖVP) names the
    # one person seen with that party, not the person quoted before
    ("Von SPÖ-Chef Thomas Lindner kam Zustimmung. Kanzler Georg Brandl (ÖVP) sprach von „harten Gesprächen“. "
     "„Eine Koalition um jeden Preis wird es nicht geben“, betonte der SP-Vorsitzende.",
     "Eine Koalition um jeden Preis wird es nicht geben", "Thomas Lindner"),
    ("FPÖ-Chef Rudolf Wagner trat am Montag vor die Presse. „Wir sind bereit, Verantwortung zu übernehmen“, sagte der "
     "FP-Chef.",
     "Wir sind bereit, Verantwortung zu übernehmen", "Rudolf Wagner"),
    ("FP-Chef Rudolf Wagner trat am Montag vor die Presse. „Wir sind bereit“, sagte der FPÖ-Chef.",
     "Wir sind bereit", "Rudolf Wagner"),
    # a party's "General" is its general secretary
    ("FPÖ-Generalsekretär Martin Egger griff die Volkspartei an. Die Pressekonferenz sei eine Ablenkung gewesen, "
     "so der FPÖ-General.",
     "Die Pressekonferenz sei eine Ablenkung gewesen", "Martin Egger"),
    # a description of another party is not the person quoted before
    ("SP-Klubobmann Franz Huber sprach von einem „Skandal“. Der FP-Chef wiederum meinte, die Regierung sei am Ende.",
     "die Regierung sei am Ende", "FP-Chef"),
])
def test_r45_deat_party_fixes(text, quote, speaker):
    assert _speaker_of(text, quote) == speaker


@pytest.mark.parametrize(("text", "quote", "speaker", "span"), [
    # fixes: an Austrian degree or mandate before the name ends no sentence and is no name ("Mag", "LAbg" were the
    # speaker)
    ("Seine Partei habe die Rechnung präsentiert bekommen, führte Klubobmann Mag. Walter Steiner (FPÖ) aus.",
     "Seine Partei habe die Rechnung präsentiert bekommen", "Walter Steiner", "Klubobmann Mag. Walter Steiner (FPÖ)"),
    ("„Die Stadt spart bei den Falschen“, so ÖVP-Klubobmann LAbg. Andreas Hofer in der Sitzung des Gemeinderats.",
     "Die Stadt spart bei den Falschen", "Andreas Hofer", "ÖVP-Klubobmann LAbg. Andreas Hofer"),
    ("„Das ist ein Affront gegen das Parlament“, sagte FPÖ-Generalsekretär NAbg. Karl Moser.",
     "Das ist ein Affront gegen das Parlament", "Karl Moser", "FPÖ-Generalsekretär NAbg. Karl Moser"),
    ("Der Ausbau werde sich verzögern, sagte Ing. Peter Leitner von der Landesbaudirektion.",
     "Der Ausbau werde sich verzögern", "Peter Leitner",
     "Ing. Peter Leitner von der Landesbaudirektion"),
    ("„Wir bleiben bei unserem Nein“, erklärte Abg. Maria Gruber (SPÖ).",
     "Wir bleiben bei unserem Nein", "Maria Gruber", "Abg. Maria Gruber (SPÖ)"),
])
def test_r45_deat_title_fixes(text, quote, speaker, span):
    assert _speaker_of(text, quote) == speaker
    assert _speaker_span(text, quote) == span


@pytest.mark.parametrize(("text", "quote", "speaker"), [
    # guards (right on the frozen tree too): "mag." in lower case is the verb and ends its sentence
    ("Das ist etwas, das er nicht mag. Die Regierung sei am Ende, sagte Landesrat Peter Leitner.",
     "Die Regierung sei am Ende", "Peter Leitner"),
    # the party's own description of the person quoted before
    ("SPÖ-Chef Thomas Lindner kam spät. „Das ist unerhört“, sagte der SPÖ-Chef.", "Das ist unerhört", "Thomas Lindner"),
    ("„Wir bleiben dabei“, sagte Kanzler Georg Brandl (ÖVP). Man werde nicht nachgeben, so der VP-Chef.",
     "Man werde nicht nachgeben", "Georg Brandl"),
    # a doctor's title as before
    ("„Das ist unerhört“, sagte Generalsekretär Dr. Karl Moser.", "Das ist unerhört", "Karl Moser"),
    # Swiss: the SP is a party of its own
    ("SP-Präsident Marco Rossi kritisierte den Entscheid. „Das ist ein schwarzer Tag“, sagte der SP-Präsident.",
     "Das ist ein schwarzer Tag", "Marco Rossi"),
])
def test_r45_deat_guards(text, quote, speaker):
    assert _speaker_of(text, quote) == speaker
