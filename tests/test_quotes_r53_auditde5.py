"""Round 53, family auditde5 (German press review, interview, Bundestag debate, study report, agency report and talk-show
recap written here): a medium's description ("so das Blatt", "schreibt die norddeutsche Zeitung", "heißt es in dem
Kommentar") names the paper that reported the sentence before or opened it as its subject; a talk show named after its
host after a cue ("sagte sie bei „Lanz“") is no direct quotation; the pundits' trades ("Der Journalist Gabor Steingart")
are titles, not name parts; an expert's trade ("Der Schlafmediziner Ingo Fietze hält … für plausibel. Er warnte …")
is a role before the new person a later "er"/"sie" takes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a paper's description after that paper reported the sentence before (were "Blatt", "Zeitung", "Sender")
    ("In der FAZ heißt es, die Lage sei ernst. „So geht es nicht weiter“, so das Blatt.",
     [(IND, "die Lage sei ernst", "FAZ"), (DIR, "So geht es nicht weiter", "FAZ")]),
    ("Die „Rheinische Post“ kommentiert, die Wahl sei knapp. Die Regierung sei gescheitert, schreibt die Zeitung.",
     [(IND, "die Wahl sei knapp", "Rheinische Post"), (IND, "Die Regierung sei gescheitert", "Rheinische Post")]),
    ("Nach Ansicht der „Kieler Nachrichten“ ist der Kanzler gefordert. Er müsse handeln, schreibt die norddeutsche Zeitung.",
     [(IND, "ist der Kanzler gefordert", "Kieler Nachrichten"), (IND, "Er müsse handeln", "Kieler Nachrichten")]),
    # … or opened the sentence before as its subject in quotation marks (was "Kommentar", "Blatt")
    ("Der „Weser-Kurier“ glaubt nicht an ein Ende. Beide Partner wüssten das, heißt es in dem Kommentar.",
     [(IND, "Beide Partner wüssten das", "Weser-Kurier")]),
    ("Die „Neue Osnabrücker Zeitung“ sieht das anders. Die Regierung habe versagt, schreibt das Blatt.",
     [(IND, "Die Regierung habe versagt", "Neue Osnabrücker Zeitung")]),
    # a talk show named after its host after a cue (was the direct quote "Lanz")
    ("„Mit jeder Lieferung verlängern wir das Sterben“, sagte sie bei „Lanz“.",
     [(DIR, "Mit jeder Lieferung verlängern wir das Sterben", None)]),
    # a pundit's trade before a first name the lists lack (were "Journalist Gabor Steingart", "Publizist …")
    ("Der Journalist Gabor Steingart meinte, die Debatte sei überhitzt. „Das ist Unsinn“, sagte der Journalist.",
     [(IND, "die Debatte sei überhitzt", "Gabor Steingart"), (DIR, "Das ist Unsinn", "Gabor Steingart")]),
    ("Der Publizist Jorin Falkenstein schrieb, die Debatte sei entgleist.",
     [(IND, "die Debatte sei entgleist", "Jorin Falkenstein")]),
    # an expert's trade before a new person opening the sentence before "Er"/"Sie" (was the researcher quoted before)
    ("Rainer Thomasius sagte, das sei so. Der Schlafmediziner Ingo Fietze hält die Ergebnisse für plausibel. Er warnte "
     "jedoch, die Medien seien nicht schuld.",
     [(IND, "das sei so", "Rainer Thomasius"), (IND, "die Medien seien nicht schuld", "Ingo Fietze")]),
]

GUARDS = [
    # a known first name's "Sie", as before, and "Er" after a woman opening the sentence before stays the man quoted before
    ("Rainer Thomasius sagte, das sei so. Die Klimaforscherin Jorinde Kessel hält die Ergebnisse für plausibel. Sie "
     "warnte jedoch, die Medien seien nicht schuld.",
     [(IND, "das sei so", "Rainer Thomasius"), (IND, "die Medien seien nicht schuld", "Jorinde Kessel")]),
    ("Rainer Thomasius sagte, das sei so. Die Klimaforscherin Jorinde Kessel hält die Ergebnisse für plausibel. Er "
     "warnte jedoch, die Medien seien nicht schuld.",
     [(IND, "das sei so", "Rainer Thomasius"), (IND, "die Medien seien nicht schuld", "Rainer Thomasius")]),
    # a broadcaster's description whose name holds the noun, and a show after a named speaker, as before
    ("Wie der Sender CNN berichtete, ging es um Geld. Die Gespräche seien zäh gewesen, meldete der Sender.",
     [(IND, "ging es um Geld", "Sender CNN"), (IND, "Die Gespräche seien zäh gewesen", "Sender CNN")]),
    ("„Wir brauchen Verhandlungen“, sagte Wagenknecht bei „Maischberger“.",
     [(DIR, "Wir brauchen Verhandlungen", "Wagenknecht")]),
    # (round 53, merge) a place adjective's paper is a paper of its own, at the end of a sentence too (a press review names
    # many papers in a row)
    ("Die „Rheinische Post“ sieht das anders. Der Kanzler müsse handeln, schreibt die Stuttgarter Zeitung.",
     [(IND, "Der Kanzler müsse handeln", "Stuttgarter Zeitung")]),
    # a place adjective's paper opening its sentence is a new paper
    ("In der FAZ heißt es, die Lage sei ernst. Die Berliner Zeitung schreibt, die Lage sei ruhig.",
     [(IND, "die Lage sei ernst", "FAZ"), (IND, "die Lage sei ruhig", "Berliner Zeitung")]),
    # a person reported the sentence before: "die Zeitung" stays the paper's own description
    ("Der Bürgermeister sagte, das Fest sei gelungen. Die Stimmung sei gut, schreibt die Zeitung.",
     [(IND, "das Fest sei gelungen", "Bürgermeister"), (IND, "Die Stimmung sei gut", "Zeitung")]),
    # a subject in quotation marks that is no paper's subject of the sentence before (a person spoke in between)
    ("Die Firma Keller sieht das anders. Die Regierung habe versagt, schreibt das Blatt.",
     [(IND, "Die Regierung habe versagt", "Blatt")]),
    # a known first name after a trade, as before
    ("Die Journalistin Anna Berger meinte, die Debatte sei überhitzt.",
     [(IND, "die Debatte sei überhitzt", "Anna Berger")]),
    # a quoted show name not after a cue, as before
    ("Bei „Maischberger“ hatte sich auch der Minister geäußert. Die Lage sei ernst, sagte er.",
     [(IND, "Bei „Maischberger“ hatte sich auch der Minister geäußert", "Minister"),
      (IND, "Die Lage sei ernst", "Minister")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_quotes_r53_auditde5_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_quotes_r53_auditde5_guards(text, expected):
    assert run(text) == expected


def test_quotes_r53_auditde5_press_review():
    text = (Path(__file__).parent / "data" / "quotes_r53_de_press_review.txt").read_text(encoding="utf-8")
    got = run(text)
    assert (DIR, "Ein Staat, der alles verspricht, kann am Ende nichts halten", "FAZ") in got
    assert (IND, "Er müsse endlich ein Machtwort sprechen", "Rheinische Post") in got
    assert (IND, "Beide Partner wüssten, dass Neuwahlen ihnen schaden würden", "Münchner Merkur") in got
    assert (IND, "der Finanzminister habe die Lücke im Etat viel zu lange kleingeredet", "Spiegel") in got
    assert not any(s in ("Blatt", "Düsseldorfer Zeitung", "Kommentar") for _, _, s in got)
