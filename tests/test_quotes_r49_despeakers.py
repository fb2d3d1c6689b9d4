"""Round 49, family despeakers: German speaker mentions and their canonical names (a title of the name before is no
title of the next one, "Merz' Sprecher", a particle opening the sentence, "die Behörde" after a prosecutor’s office or a
commission, a relative "der" after a man as its clause's subject)."""

from __future__ import annotations

import pytest

from tests.quote_cases import annotate, quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # the title of the name before is no title of the next one (was the second name)
    ("Bundeskanzler Olaf Scholz traf Finanzminister Christian Lindner. Der Kanzler sagte, man sei sich einig.",
     [(IND, "man sei sich einig", "Olaf Scholz")]),
    ("Bundeskanzler Olaf Scholz traf Finanzminister Christian Lindner. „Wir sind uns einig“, sagte der Kanzler.",
     [(DIR, "Wir sind uns einig", "Olaf Scholz")]),
    ("Innenministerin Nancy Faeser traf Außenministerin Annalena Baerbock. Die Innenministerin sagte, man sei sich einig.",
     [(IND, "man sei sich einig", "Nancy Faeser")]),
    ("Bundesfinanzminister Christian Lindner traf Bundeskanzler Olaf Scholz. Der Minister sagte, man sei sich einig.",
     [(IND, "man sei sich einig", "Christian Lindner")]),
    # a genitive apostrophe after an s sound (was "Merz" and a content "' Sprecher ist …")
    ("Laut Merz' Sprecher ist die Lage ernst.", [(IND, "ist die Lage ernst", "Merz' Sprecher")]),
    ("Die Lage sei ernst, sagte Scholz' Sprecherin.", [(IND, "Die Lage sei ernst", "Scholz' Sprecherin")]),
    # "die Behörde" after a prosecutor's office or a commission (was "Behörde")
    ("Die Staatsanwaltschaft Köln ermittelt. Die Behörde teilte mit, der Mann sei festgenommen worden.",
     [(IND, "der Mann sei festgenommen worden", "Staatsanwaltschaft Köln")]),
    ("Die Staatsanwaltschaft ermittelt. Die Behörde teilte mit, der Mann sei festgenommen worden.",
     [(IND, "der Mann sei festgenommen worden", "Staatsanwaltschaft")]),
    ("Die EU-Kommission hat ein Verfahren eröffnet. Die Behörde erklärte, man prüfe den Fall.",
     [(IND, "man prüfe den Fall", "EU-Kommission")]),
    # a relative "der" after a man is its clause's subject (was the object or a body)
    ("Friedrich Merz, der Scholz zuvor kritisiert hatte, sagte, die Regierung habe versagt.",
     [(IND, "der Scholz zuvor kritisiert hatte", "Friedrich Merz"), (IND, "die Regierung habe versagt", "Friedrich Merz")]),
    ("Friedrich Merz, der die Regierung kritisiert hatte, sagte, man müsse sparen.",
     [(IND, "der die Regierung kritisiert hatte", "Friedrich Merz"), (IND, "man müsse sparen", "Friedrich Merz")]),
]

# a name's particle opening the sentence, a genitive apostrophe: the SPEAKER span (was the surname alone, "Merz")
SPAN_FIXES = [
    ("Bundesinnenminister Thomas de Maizière (CDU) kam nach Dresden. De Maizière sagte, die Lage sei ernst.", "De Maizière"),
    ("Linken-Chef Jan van Aken kam. Van Aken kritisierte, die Regierung versage.", "Van Aken"),
    ("Di Maio sagte, Italien stehe bereit.", "Di Maio"),
    ("Laut Merz' Sprecher ist die Lage ernst.", "Merz' Sprecher"),
]

GUARDS = [
    ("Bundeskanzler Olaf Scholz traf Finanzminister Christian Lindner. Der Finanzminister sagte, man sei sich einig.",
     [(IND, "man sei sich einig", "Christian Lindner")]),
    ("Bundeskanzler Olaf Scholz traf Finanzminister Christian Lindner. Der Minister sagte, man sei sich einig.",
     [(IND, "man sei sich einig", "Christian Lindner")]),
    ("Innenministerin Nancy Faeser traf Außenministerin Annalena Baerbock. Die Außenministerin sagte, man sei sich einig.",
     [(IND, "man sei sich einig", "Annalena Baerbock")]),
    ("Bundeskanzler Olaf Scholz (SPD) traf CDU-Chef Friedrich Merz. Der CDU-Vorsitzende sagte, die Regierung habe versagt.",
     [(IND, "die Regierung habe versagt", "Friedrich Merz")]),
    ("Olaf Scholz traf Friedrich Merz. Merz kritisierte die Pläne. Er sagte, man müsse sparen.",
     [(IND, "Merz kritisierte die Pläne", "Friedrich Merz"), (IND, "man müsse sparen", "Friedrich Merz")]),
    ("Anna Schmidt (45) traf Maria Weber (52). Die 52-Jährige sagte, man sei sich einig.",
     [(IND, "man sei sich einig", "Maria Weber")]),
    ("Bayerns Ministerpräsident Markus Söder kam nach Berlin. Söders Sprecher sagte, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Söders Sprecher")]),
    ("Ein Sprecher des Innenministeriums sagte, die Lage sei unter Kontrolle.",
     [(IND, "die Lage sei unter Kontrolle", "Sprecher des Innenministeriums")]),
    ("Die Staatsanwaltschaft Köln teilte mit, die Ermittlungen dauerten an.",
     [(IND, "die Ermittlungen dauerten an", "Staatsanwaltschaft Köln")]),
    ("Die EU-Kommissionspräsidentin Ursula von der Leyen kam nach Kiew. Von der Leyen sagte, die EU stehe zusammen.",
     [(IND, "die EU stehe zusammen", "Ursula von der Leyen")]),
    ("Da Müller sagte, die Lage sei ernst, wurde der Plan gestoppt.", [(IND, "die Lage sei ernst", "Müller")]),
    ("Die Staatsanwaltschaft Köln ermittelt. Das Gericht teilte mit, der Mann sei festgenommen worden.",
     [(IND, "der Mann sei festgenommen worden", "Gericht")]),
    ("Olaf Scholz lobte Friedrich Merz, der ihn zuvor kritisiert hatte.",
     [(IND, "Olaf Scholz lobte Friedrich Merz, der ihn zuvor kritisiert hatte", "Olaf Scholz"),
      (IND, "der ihn zuvor kritisiert hatte", "Friedrich Merz")]),
    ("Olaf Scholz traf Annalena Baerbock, der Habeck zuvor widersprochen hatte.",
     [(IND, "der Habeck zuvor widersprochen hatte", "Habeck")]),
    ("Trump bezeichnete ihn als „Lügner“.", [(DIR, "Lügner", "Trump")]),
    ("Die Polizei hat den Mann festgenommen. Die Behörde teilte mit, er sei geständig.",
     [(IND, "er sei geständig", "Behörde")]),
]

SPAN_GUARDS = [
    ("Thomas de Maizière kam nach Dresden. „Die Lage ist ernst“, sagte de Maizière.", "de Maizière"),
    ("Laut Söders Sprecher wird Bayern klagen.", "Söders Sprecher"),
]


@pytest.mark.parametrize(("text", "want"), FIXES + GUARDS)
def test_despeakers(text: str, want: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == want


@pytest.mark.parametrize(("text", "span"), SPAN_FIXES + SPAN_GUARDS)
def test_despeakers_speaker_span(text: str, span: str) -> None:
    assert span in [text[s.start : s.end] for s in annotate(text, "de").spans if s.label == "SPEAKER"]
