"""Round 39 (demedia): German media as sources in press reviews and media news.

Sentences written for these tests in the style of German press reviews, business tickers and media news (no page
text, no evaluation data): a paper's findings as a compound ("Nach BILD-Erkenntnissen", "nach „Spiegel“-Informationen")
name the paper; two or more media that researched together ("Nach Recherchen von NDR, WDR und „Süddeutscher Zeitung“",
"des „Handelsblatts“ und der „Zeit“") are one source, not the first one and a content opening at "und"; a paper's name
without its article in a wie-clause ("…, wie zuerst „Forbes“ berichtet hatte") is the speaker; a paper's edition in
parentheses after its quoted name ("die „Süddeutsche Zeitung“ (Dienstagausgabe)") belongs to the attribution.
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


def _speaker_spans(text: str) -> list[str]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "de"}))
    return sorted(s.text for s in ann.spans if s.label == "SPEAKER")


# (round 39, demedia) a paper's findings or research as a compound: the paper is the speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach BILD-Erkenntnissen will die Reederei rund 800 Stellen an Land streichen.",
         [("will die Reederei rund 800 Stellen an Land streichen", IND, "BILD", "Nach")]),
        ("Nach NDR-Recherchen hatte das Ministerium die Warnungen schon im Mai erhalten.",
         [("hatte das Ministerium die Warnungen schon im Mai erhalten", IND, "NDR", "Nach")]),
        ("Nach „Spiegel“-Informationen soll der Aufsichtsrat am Freitag über den Verkauf beraten.",
         [("soll der Aufsichtsrat am Freitag über den Verkauf beraten", IND, "Spiegel", "Nach")]),
        ('Nach "Handelsblatt"-Recherchen prüft der Versicherer einen Rückzug aus dem Kreditgeschäft.',
         [("prüft der Versicherer einen Rückzug aus dem Kreditgeschäft", IND, "Handelsblatt", "Nach")]),
        ("Laut „Spiegel“-Informationen soll der Aufsichtsrat am Freitag über den Verkauf beraten.",
         [("soll der Aufsichtsrat am Freitag über den Verkauf beraten", IND, "Spiegel", "Laut")]),
        # guards: the compounds that already worked
        ("Nach SPIEGEL-Informationen soll der Aufsichtsrat am Freitag über den Verkauf beraten.",
         [("soll der Aufsichtsrat am Freitag über den Verkauf beraten", IND, "SPIEGEL", "Nach")]),
        ("Nach Polizei-Angaben wurde bei dem Unfall niemand verletzt.",
         [("wurde bei dem Unfall niemand verletzt", IND, "Polizei", "Nach")]),
    ],
)
def test_r39_demedia_compound(text, expected):
    assert _quotes(text) == expected


# (round 39, demedia) media that researched together are one source
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach Recherchen von NDR, WDR und „Süddeutscher Zeitung“ flossen die Gelder über eine Briefkastenfirma in Zypern.",
         [("flossen die Gelder über eine Briefkastenfirma in Zypern", IND, "NDR, WDR und Süddeutscher Zeitung", "Nach")]),
        ("Nach Recherchen von NDR, WDR und SZ hatte der Geheimdienst den Mann jahrelang beobachtet.",
         [("hatte der Geheimdienst den Mann jahrelang beobachtet", IND, "NDR, WDR und SZ", "Nach")]),
        ("Nach gemeinsamen Recherchen von „Spiegel“ und „Zeit“ soll der Minister von den Zahlungen gewusst haben.",
         [("soll der Minister von den Zahlungen gewusst haben", IND, "Spiegel und Zeit", "Nach")]),
        ("Nach Informationen des „Handelsblatts“ und der „Wirtschaftswoche“ steht der Finanzvorstand vor dem Abschied.",
         [("steht der Finanzvorstand vor dem Abschied", IND, "Handelsblatt und Wirtschaftswoche", "Nach")]),
        ("Nach Erkenntnissen von Süddeutscher Zeitung und von BILD war der Vorstand schon im Frühjahr gewarnt worden.",
         [("war der Vorstand schon im Frühjahr gewarnt worden", IND, "Süddeutscher Zeitung und BILD", "Nach")]),
        ("Nach Angaben von Anwohnern, Polizei und Feuerwehr brach das Feuer im Dachstuhl aus.",
         [("brach das Feuer im Dachstuhl aus", IND, "Anwohnern, Polizei und Feuerwehr", "Nach")]),
        # guards: two owners that already worked, and a name in apposition (no list)
        ("Nach Angaben der Polizei und der Feuerwehr wurde bei dem Brand niemand verletzt.",
         [("wurde bei dem Brand niemand verletzt", IND, "Polizei und Feuerwehr", "Nach")]),
        ("Nach Informationen von NDR und WDR hatte der Geheimdienst den Mann jahrelang beobachtet.",
         [("hatte der Geheimdienst den Mann jahrelang beobachtet", IND, "NDR und WDR", "Nach")]),
        ("Nach Angaben von Polizeisprecher Jens Bauer, der am Einsatzort war, wurde niemand verletzt.",
         [("wurde niemand verletzt", IND, "Jens Bauer", "Nach")]),
    ],
)
def test_r39_demedia_coordinated_media(text, expected):
    assert _quotes(text) == expected


# (round 39, demedia) a paper's name without its article in a wie-clause, and an edition in parentheses
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Der Investor hat seine Anteile an dem Fußballklub verkauft, wie zuerst „Forbes“ berichtet hatte.",
         [("Der Investor hat seine Anteile an dem Fußballklub verkauft", IND, "Forbes", "berichtet")]),
        ('Die Sendung wird nach der Sommerpause nicht fortgesetzt, wie "Bild" erfuhr.',
         [("Die Sendung wird nach der Sommerpause nicht fortgesetzt", IND, "Bild", "erfuhr")]),
        ("Wie „Bild“ erfuhr, wird die Sendung nach der Sommerpause nicht fortgesetzt.",
         [("wird die Sendung nach der Sommerpause nicht fortgesetzt", IND, "Bild", "erfuhr")]),
        ("Der Autobauer will im kommenden Jahr 3000 Stellen streichen, berichtete die „Süddeutsche Zeitung“ "
         "(Dienstagausgabe) unter Berufung auf Unternehmenskreise.",
         [("Der Autobauer will im kommenden Jahr 3000 Stellen streichen", IND, "Süddeutsche Zeitung", "berichtete")]),
        ('Der Verlag stellt zwei Regionalausgaben ein, berichtet das "Handelsblatt" (Samstag) unter Berufung auf Insider.',
         [("Der Verlag stellt zwei Regionalausgaben ein", IND, "Handelsblatt", "berichtet")]),
        # guards: with the article, and a comparison with a film's title (no report)
        ("Der Investor hat seine Anteile an dem Fußballklub verkauft, wie zuerst der „Spiegel“ berichtet hatte.",
         [("Der Investor hat seine Anteile an dem Fußballklub verkauft", IND, "Spiegel", "berichtet")]),
        ("Die Fortsetzung ist fast so erfolgreich, wie „Titanic“ es damals war.", []),
    ],
)
def test_r39_demedia_wie_and_edition(text, expected):
    assert _quotes(text) == expected


def test_r39_demedia_edition_in_speaker_span():
    text = "Der Verlag stellt zwei Regionalausgaben ein, berichtet das „Handelsblatt“ (Dienstagausgabe)."
    assert _speaker_spans(text) == ["das „Handelsblatt“ (Dienstagausgabe)"]


# (round 39, demedia) a paper's Sunday edition written without quotation marks is one name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Nach Informationen der Welt am Sonntag will die Bahn ihre Güterverkehrssparte verkaufen.",
         [("will die Bahn ihre Güterverkehrssparte verkaufen", IND, "Welt am Sonntag", "Nach")]),
        ("Laut einem Bericht der Bild am Sonntag will die Bahn ihre Güterverkehrssparte verkaufen.",
         [("will die Bahn ihre Güterverkehrssparte verkaufen", IND, "Bild am Sonntag", "Laut")]),
        ("Die Bahn will ihre Güterverkehrssparte verkaufen, berichtet die NZZ am Sonntag.",
         [("Die Bahn will ihre Güterverkehrssparte verkaufen", IND, "NZZ am Sonntag", "berichtet")]),
    ],
)
def test_r39_demedia_sunday_papers(text, expected):
    assert _quotes(text) == expected


# (round 39, demedia) a name after a role with a paper's quoted name inside a fronted prepositional phrase is no speaker
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Im Gespräch mit dem Herausgeber der „Rheinischen Post“ Jan Weber sagt Mertens, er halte den Streik für falsch.",
         [("er halte den Streik für falsch", IND, "Mertens", "sagt")]),
        # guards: without the paper, and the role with the paper as the subject
        ("Im Gespräch mit dem Herausgeber Jan Weber sagt Mertens, er halte den Streik für falsch.",
         [("er halte den Streik für falsch", IND, "Mertens", "sagt")]),
        ("Der Herausgeber der „Rheinischen Post“ Jan Weber sagte, er halte den Streik für falsch.",
         [("er halte den Streik für falsch", IND, "Jan Weber", "sagte")]),
    ],
)
def test_r39_demedia_fronted_interviewer(text, expected):
    assert _quotes(text) == expected
