"""Round 42 (helper detech): German technology news. Sentences written for these tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by[(t, lab)] == (sp, cue), (t, by[(t, lab)])


# 1. a report noun owns the news agency in its genitive ("laut einem Bericht der Nachrichtenagentur Bloomberg"): the
# agency was taken for an addressee, so the speaker ended at "Bericht" and the content began at "der Nachrichtenagentur"
@pytest.mark.parametrize(("text", "expected"), [
    ("Laut einem Bericht der Nachrichtenagentur Bloomberg testet Apple bereits einen eigenen Chatbot.",
     [("testet Apple bereits einen eigenen Chatbot", IND, "Nachrichtenagentur Bloomberg", "Laut")]),
    ("Der Chipkonzern plant laut einem Bericht der Nachrichtenagentur Reuters ein neues Werk in Arizona.",
     [("Der Chipkonzern plant", IND, "Nachrichtenagentur Reuters", "laut"),
      ("ein neues Werk in Arizona", IND, "Nachrichtenagentur Reuters", "laut")]),
    # guards: "zufolge" already took the genitive; the agency stays the addressee of a speaker; a source noun alone
    ("Einem Bericht der Nachrichtenagentur AFP zufolge hat Meta die Zahl der Moderatoren halbiert.",
     [("hat Meta die Zahl der Moderatoren halbiert", IND, "Nachrichtenagentur AFP", "zufolge")]),
    ("Der Dienst sei wieder erreichbar, sagte ein Sprecher der Nachrichtenagentur dpa.",
     [("Der Dienst sei wieder erreichbar", IND, "Sprecher", "sagte")]),
    ("Laut Informationen der Nachrichtenagentur Reuters will Google die Sparte verkaufen.",
     [("will Google die Sparte verkaufen", IND, "Nachrichtenagentur Reuters", "Laut")]),
])
def test_report_noun_owns_agency(text, expected):
    assert_exact(text, expected)


# 2. a company's genitive before a full name whose first name the lists lack, the company named in the text too:
# "Microsofts Tami Reller" is Tami Reller (was "Microsofts Tami Reller", also for a later "Reller" and "sie")
@pytest.mark.parametrize(("text", "expected"), [
    ("Nvidia hat seine Zahlen vorgelegt. Nvidias Jensen Huang sagte, die Nachfrage nach Rechenzentren bleibe hoch.",
     [("die Nachfrage nach Rechenzentren bleibe hoch", IND, "Jensen Huang", "sagte")]),
    ("Microsoft will Copilot in alle Produkte bringen. Microsofts Satya Nadella erklärte, die Investitionen würden "
     "sich lohnen. Man sehe eine enorme Nachfrage, sagte Nadella.",
     [("die Investitionen würden sich lohnen", IND, "Satya Nadella", "erklärte"),
      ("Man sehe eine enorme Nachfrage", IND, "Satya Nadella", "sagte")]),
    # guards: without the company named on its own the genitive stays (no evidence it is an owner); a known first
    # name was already split
    ("Googles Sundar Pichai erklärte, die Suche werde sich grundlegend verändern.",
     [("die Suche werde sich grundlegend verändern", IND, "Googles Sundar Pichai", "erklärte")]),
    ("Apples Tim Cook sagte, das neue Modell sei das beste iPhone aller Zeiten.",
     [("das neue Modell sei das beste iPhone aller Zeiten", IND, "Tim Cook", "sagte")]),
])
def test_company_genitive_before_name(text, expected):
    assert_exact(text, expected)


# 3. a bracket pointing to an earlier report, "(wir berichteten)", "(„The Information“ berichtete)", is no act of the
# sentence around it (the whole sentence was a quote of its subject) and its quoted medium no direct quote
@pytest.mark.parametrize(("text", "expected"), [
    ("Apple hatte die Entwicklung des Autos im Frühjahr eingestellt (wir berichteten).", []),
    ("Die Lücke in der VPN-Software wird bereits aktiv ausgenutzt (heise online berichtete).", []),
    ("Amazon will seine Sprachassistentin kostenpflichtig machen („The Information“ berichtete bereits).", []),
    ("Altman kündigte an, OpenAI werde in Europa bleiben, wie er zuvor angedeutet hatte („Swiss IT Magazine“ "
     "berichtete).",
     [("OpenAI werde in Europa bleiben", IND, "Altman", "kündigte")]),
    # guards: a medium's attribution outside a bracket stays
    ("Der Dienst ist seit dem Morgen gestört, wie „Golem.de“ berichtet.",
     [("Der Dienst ist seit dem Morgen gestört", IND, "Golem.de", "berichtet")]),
    ("Wie „The Information“ berichtet, will Amazon seine Sprachassistentin kostenpflichtig machen.",
     [("will Amazon seine Sprachassistentin kostenpflichtig machen", IND, "The Information", "berichtet")]),
])
def test_bracketed_back_reference(text, expected):
    assert_exact(text, expected)
