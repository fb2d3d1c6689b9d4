"""Round 36 (w2): German agency-style foreign news (Africa, Asia, Latin America): the name in apposition after an
official's description with a place ("der Gouverneur von X, Name"), after one of a group ("einer der Sprecher der
Rebellen, Name") and before a closing participle ("Das hat der Minister, Name, bestätigt"); "Demnach" after a reported
act; "Nach Angaben aus dem X"; a plural object after the subject ("hatten die Rebellen Verhandlungen abgelehnt").
All sentences are invented."""

import pytest

from tests.test_quotes import assert_de_exact


@pytest.mark.parametrize(("text", "expected"), [
    # a place's bare name after the title, then the name in apposition (the speaker was the description)
    ("Die Lage in der Stadt sei ruhig, sagte der Gouverneur von Helmand, Asadullah Wardaki, am Montag.",
     [("Die Lage in der Stadt sei ruhig", "INDIRECT_QUOTE", "Asadullah Wardaki")]),
    ("Die Zahl der Opfer werde weiter steigen, sagte der Sprecher der Provinzregierung von Sindh, Rashid Qaimkhani.",
     [("Die Zahl der Opfer werde weiter steigen", "INDIRECT_QUOTE", "Rashid Qaimkhani")]),
    ("Mindestens acht Polizisten seien getötet worden, sagte der Polizeichef in Herat, Ahmad Sarwani.",
     [("Mindestens acht Polizisten seien getötet worden", "INDIRECT_QUOTE", "Ahmad Sarwani")]),
    # one of a group, then the name in apposition (the name and the addressee were a content)
    ("Die Geiseln seien wohlauf, sagte einer der Sprecher der Rebellen, Abdullah Warsame, der Nachrichtenagentur AFP.",
     [("Die Geiseln seien wohlauf", "INDIRECT_QUOTE", "Abdullah Warsame")]),
    # the name in apposition before the closing participle (the speaker was the description)
    ("Dies hat der Minister für Katastrophenschutz, Jama Warfaa, erklärt.",
     [("Dies", "INDIRECT_QUOTE", "Jama Warfaa")]),
])
def test_w2_name_in_apposition(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "Demnach" opening the sentence after a reported act that is its whole sentence (nothing was reported)
    ("Die Wahlbehörde gab am Dienstag das vorläufige Ergebnis bekannt. Demnach erhielt der Amtsinhaber 58 Prozent.",
     [("Die Wahlbehörde gab am Dienstag das vorläufige Ergebnis bekannt", "INDIRECT_QUOTE", "Wahlbehörde"),
      ("Demnach erhielt der Amtsinhaber 58 Prozent", "INDIRECT_QUOTE", "Wahlbehörde")]),
    # the owner after "aus" with its article belongs to the source (it was part of the content)
    ("Nach Angaben aus dem Verteidigungsministerium wurden zwölf Kämpfer getötet.",
     [("wurden zwölf Kämpfer getötet", "INDIRECT_QUOTE", "Angaben aus dem Verteidigungsministerium")]),
    ("Nach Informationen aus dem Umfeld des Präsidenten ist er wohlauf.",
     [("ist er wohlauf", "INDIRECT_QUOTE", "Informationen aus dem Umfeld des Präsidenten")]),
    # a plural object after the subject with its article is no part of the speaker
    ("Am Montag hatten die Aufständischen Friedensgespräche abgelehnt.",
     [("Am Montag hatten die Aufständischen Friedensgespräche abgelehnt", "INDIRECT_QUOTE", "Aufständischen")]),
    ("Zuvor hatten die Rebellen Verhandlungen mit der Regierung abgelehnt.",
     [("Zuvor hatten die Rebellen Verhandlungen mit der Regierung abgelehnt", "INDIRECT_QUOTE", "Rebellen")]),
])
def test_w2_sources_and_spans(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a body's singular name after its noun stays one phrase; so do the United Nations
    ("Die Bewegung Gerechtigkeit und Gleichheit teilte mit, sie habe die Stadt eingenommen.",
     [("sie habe die Stadt eingenommen", "INDIRECT_QUOTE", "Bewegung Gerechtigkeit und Gleichheit")]),
    ("Die Vereinten Nationen forderten, die Kämpfe sofort einzustellen.",
     [("die Kämpfe sofort einzustellen", "INDIRECT_QUOTE", "Vereinten Nationen")]),
    # "Demnach" after a sentence that reports nothing is left alone
    ("Die Armee rückte am Dienstag in die Stadt ein. Demnach kontrolliert sie nun den Hafen.", []),
    # a name in apposition with a known first name before the participle and an adverb was taken already
    ("Das hat der Innenminister der Provinz, Farid Osmanzai, am Abend bestätigt.",
     [("Das", "INDIRECT_QUOTE", "Farid Osmanzai")]),
    # a name after a title with a place but no comma is not taken for an apposition
    ("Die Lage sei ruhig, sagte der Gouverneur von Helmand am Montag.",
     [("Die Lage sei ruhig", "INDIRECT_QUOTE", "Gouverneur von Helmand")]),
])
def test_w2_guards(text, expected):
    assert_de_exact(text, expected)
