"""Round 43 (helper detv): German reports about TV talk shows, broadcast interviews and podcasts. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from tests.test_quotes import DIR, assert_exact_deculture2


# 1. an object pronoun between a trailing cue and its subject, the exchange between guests and host: an accusative
# "ihn" before any subject, "ihr" before a subject's article, "sie" before a masculine one (the quotation had been
# lost, or "sie" had been the speaker)
@pytest.mark.parametrize(("text", "expected"), [
    ("„Und wer soll das bezahlen?“, fragte ihn Lanz.",
     [("Und wer soll das bezahlen?", DIR, "Lanz", "fragte", "Lanz")]),
    ("„Sie haben die Kommunen im Stich gelassen“, warf ihr der CDU-Chef vor.",
     [("Sie haben die Kommunen im Stich gelassen", DIR, "CDU-Chef", "warf", "der CDU-Chef")]),
    ("„Haben Sie darüber mit dem Kanzler gesprochen?“, wollte sie der Moderator wissen.",
     [("Haben Sie darüber mit dem Kanzler gesprochen?", DIR, "Moderator", "wollte", "der Moderator")]),
    ("„Das ist doch reine Symbolpolitik“, entgegnete ihr die Linken-Politikerin.",
     [("Das ist doch reine Symbolpolitik", DIR, "Linken-Politikerin", "entgegnete", "die Linken-Politikerin")]),
    ("„Woher haben Sie diese Zahlen?“, fragte ihn die Grünen-Politikerin Katharina Dröge.",
     [("Woher haben Sie diese Zahlen?", DIR, "Katharina Dröge", "fragte", "die Grünen-Politikerin Katharina Dröge")]),
])
def test_r43_detv_object_pronoun_before_subject(text, expected):
    assert_exact_deculture2(text, expected)


# 2. talk-show tags right after a quotation: "begann", "unterbrach", "fiel … ins Wort"
@pytest.mark.parametrize(("text", "expected"), [
    ("„Herr Lanz, darf ich bitte ausreden“, begann die 52-Jährige, bevor der Moderator sie erneut unterbrach.",
     [("Herr Lanz, darf ich bitte ausreden", DIR, "52-Jährige", "begann", "die 52-Jährige")]),
    ("„Heute wird es ungemütlich für Sie“, begann der Moderator und fragte dann: „Wie erklären Sie das?“",
     [("Heute wird es ungemütlich für Sie", DIR, "Moderator", "begann", "der Moderator"),
      ("Wie erklären Sie das?", DIR, "Moderator", "fragte", "der Moderator")]),
    ("„Lassen Sie mich den Satz zu Ende bringen“, unterbrach ihn die Wirtschaftsministerin.",
     [("Lassen Sie mich den Satz zu Ende bringen", DIR, "Wirtschaftsministerin", "unterbrach",
       "die Wirtschaftsministerin")]),
    ("„Das stimmt doch hinten und vorne nicht“, fiel ihm Kubicki ins Wort.",
     [("Das stimmt doch hinten und vorne nicht", DIR, "Kubicki", "fiel", "Kubicki")]),
])
def test_r43_detv_talk_show_tags(text, expected):
    assert_exact_deculture2(text, expected)


# guards: a possessive "ihr" before a noun stays in the speaker; "sie" before a feminine article stays the subject
# ("she asked the minister"); the new tags report nothing away from a quotation; "grätschte … dazwischen" was right
@pytest.mark.parametrize(("text", "expected"), [
    ("„Das haben Sie selbst beschlossen“, grätschte der FDP-Vize dazwischen.",
     [("Das haben Sie selbst beschlossen", DIR, "FDP-Vize", "grätschte", "der FDP-Vize")]),
    ("„Die Ministerin äußert sich nicht“, sagte ihr Sprecher.",
     [("Die Ministerin äußert sich nicht", DIR, "Sprecher", "sagte", "ihr Sprecher")]),
    ("Die Talkshow begann mit einem Einspieler über die Lage in den Kommunen.", []),
    ("Die Entscheidung fiel ihm schwer. Danach ging er zurück ins Ministerium.", []),
    ("„Das war knapp“, sagte Wüst bei „Markus Lanz“.",
     [("Das war knapp", DIR, "Wüst", "sagte", "Wüst")]),
])
def test_r43_detv_guards(text, expected):
    assert_exact_deculture2(text, expected)
