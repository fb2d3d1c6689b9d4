"""Round 54, family desocial (German social-media posts, interviews given to other media, celebrity stories, readers'
letters and polls, written for this audit): the platform X before a full stop is no initial ("…, schrieb sie auf X. Sie
sagte, …" were one sentence); a lower-case agency's or paper's name before a cue verb in "-e" is no adjective's article
phrase ("Gegenüber der dpa sagte Tiedemann, …" reported nothing); a first name alone after the one full name it opens is
that person ("Die Sängerin Lena Korbach … Lena hatte gesagt, …"; also for "er" after a body's report, "Kofi selbst
meldete sich. … schrieb er, …"); a capitalised "Ihr…" after a word is the polite form, the reader's addressee ("Laut
Ihrer Umfrage sind …" was the woman quoted before); a paper's name in quotation marks after "die" is feminine, no
antecedent of "er" ("Wie die „Bild“ berichtet, … schrieb er, …" was the paper); first names of young women and men
common in celebrity news ("Ava", "Emily", "Finn"); a headline's "Ex-" label is the one former holder the lead names
("Ex-Kanzleramtschef: „…“" above "Der frühere Kanzleramtschef Werner Tiedemann …"). All sentences written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES_R54_DESOCIAL = [
    # the platform X ends its sentence
    ("„Ein Tempolimit bringt nichts“, schrieb der Politiker Jonas Adler am Dienstag auf X. Er werde sich nicht hergeben.",
     [(DIR, "Ein Tempolimit bringt nichts", "Jonas Adler"), (IND, "Er werde sich nicht hergeben", "Jonas Adler")]),
    ("Die Abgeordnete Miriam Sattler reagierte prompt. „Der Minister irrt“, schrieb sie auf X. Sie sagte, sie ist "
     "enttäuscht.",
     [(DIR, "Der Minister irrt", "Miriam Sattler"), (IND, "sie ist enttäuscht", "Miriam Sattler")]),
    # an agency's or a paper's lower-case name before the cue
    ("Gegenüber der dpa sagte Tiedemann, er bereue die Zustimmung.",
     [(IND, "er bereue die Zustimmung", "Tiedemann")]),
    ("Der taz sagte Müller, er bereue die Zustimmung.",
     [(IND, "er bereue die Zustimmung", "Müller")]),
    # a first name alone after the full name
    ("Die Sängerin Lena Korbach geht eigene Wege. Lena hatte zuletzt gesagt, dass sie mit der Branche hadert.",
     [(IND, "sie mit der Branche hadert", "Lena Korbach")]),
    ("Die Influencerin Mia Sander entschuldigte sich. Mia sagte weiter, sie wolle künftig genauer hinschauen.",
     [(IND, "Die Influencerin Mia Sander entschuldigte sich", "Mia Sander"),
      (IND, "sie wolle künftig genauer hinschauen", "Mia Sander")]),
    ("Der Rapper Kofi Mensah liegt im Krankenhaus. „Werd gesund!“, schrieb der Musiker Jonas Falk. Wie die Zeitung "
     "berichtet, soll Mensah bis Mittwoch bleiben. Kofi selbst meldete sich am Sonntag. In seiner Story schrieb er, er "
     "sei dankbar.",
     [(DIR, "Werd gesund!", "Jonas Falk"), (IND, "soll Mensah bis Mittwoch bleiben", "Zeitung"),
      (IND, "er sei dankbar", "Kofi Mensah")]),
    # the polite "Ihrer" of a reader's letter
    ("Meine Nachbarin meinte damals, das sei eine Farce. Laut Ihrer Umfrage sind zwei Drittel der Leser zufrieden.",
     [(IND, "das sei eine Farce", "Meine Nachbarin"), (IND, "sind zwei Drittel der Leser zufrieden", "Umfrage")]),
    # a paper's name in quotation marks after "die" is no "er"
    ("Der Rapper Kofi Mensah liegt im Krankenhaus. Wie die „Bild“ berichtet, soll Mensah noch bis Mittwoch bleiben. "
     "In seiner Story schrieb er, er sei dankbar.",
     [(IND, "soll Mensah noch bis Mittwoch bleiben", "Bild"), (IND, "er sei dankbar", "Kofi Mensah")]),
    # first names of young women in celebrity news
    ("Auch die Sängerin Ava Lindqvist meldete sich. Sie postete ein Herz und schrieb: „Wir denken an dich.“",
     [(DIR, "Wir denken an dich.", "Ava Lindqvist")]),
    ("Die Sängerin Emily Hartwig war da. „Wir denken an dich“, sagte sie.",
     [(DIR, "Wir denken an dich", "Emily Hartwig")]),
    # a former holder's label above the headline's quotation
    ("Ex-Kanzleramtschef: „Wir haben Fehler gemacht“\n\nBerlin – Der frühere Kanzleramtschef Werner Tiedemann hat "
     "Versäumnisse eingeräumt. „Wir haben Fehler gemacht“, sagte er.",
     [(DIR, "Wir haben Fehler gemacht", "Werner Tiedemann"),
      (IND, "Der frühere Kanzleramtschef Werner Tiedemann hat Versäumnisse eingeräumt", "Werner Tiedemann"),
      (DIR, "Wir haben Fehler gemacht", "Werner Tiedemann")]),
]

GUARDS_R54_DESOCIAL = [
    # an initial "X." of a name, and "X" after other words (unchanged)
    ("Der Angeklagte Thomas X. sagte, er bereue die Tat.", [(IND, "er bereue die Tat", "Thomas X.")]),
    # an adjective after an article and an adverb stays no cue (unchanged)
    ("Die Versicherung zahlt für die neu versicherte Schäden nichts.", []),
    # two full names with the same first name: the first name alone is no one of them (unchanged)
    ("Die Sängerin Lena Korbach und Lena Schulz gehen eigene Wege. Lena hatte zuletzt gesagt, dass sie hadert.",
     [(IND, "sie hadert", "Lena")]),
    # a lower-case "ihrer" is the woman's; a capitalised "Ihre" opening its sentence too (unchanged)
    ("Meine Nachbarin meinte damals, das sei eine Farce. Laut ihrer Umfrage sind zwei Drittel der Leser zufrieden.",
     [(IND, "das sei eine Farce", "Meine Nachbarin"),
      (IND, "sind zwei Drittel der Leser zufrieden", "Meine Nachbarin")]),
    ("Meine Nachbarin meinte damals, das sei eine Farce. Ihre Antwort: „Das ist eine Lüge.“",
     [(IND, "das sei eine Farce", "Meine Nachbarin"), (DIR, "Das ist eine Lüge.", "Meine Nachbarin")]),
    # the label of a former holder names no one in office (unchanged)
    ("Ex-Kanzleramtschef: „Wir haben Fehler gemacht“\n\nBerlin – Kanzleramtschef Werner Tiedemann hat Versäumnisse "
     "eingeräumt. „Wir haben Fehler gemacht“, sagte er.",
     [(DIR, "Wir haben Fehler gemacht", "Ex-Kanzleramtschef"),
      (IND, "Kanzleramtschef Werner Tiedemann hat Versäumnisse eingeräumt", "Werner Tiedemann"),
      (DIR, "Wir haben Fehler gemacht", "Werner Tiedemann")]),
    # a surname after the full name (unchanged)
    ("Die Sängerin Lena Korbach geht eigene Wege. Korbach hatte zuletzt gesagt, dass sie hadert.",
     [(IND, "sie hadert", "Lena Korbach")]),
]


@pytest.mark.parametrize(("text", "want"), FIXES_R54_DESOCIAL + GUARDS_R54_DESOCIAL)
def test_r54_desocial_rows(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE_R54_DESOCIAL = Path(__file__).parent / "data" / "quotes_r54_de_social_article.txt"


def test_r54_desocial_article() -> None:
    text = ARTICLE_R54_DESOCIAL.read_text(encoding="utf-8")
    assert run(text) == [
        (DIR, "Keine Sorge, Leute, mir geht es schon besser", "Kofi Mensah"),
        (IND, "Kofi habe sich bei einem Sturz im Studio verletzt", "Plattenfirma"),
        (IND, "Die geplanten Konzerte in Leipzig und Dresden würden verschoben", "Plattenfirma"),
        (IND, "die Tour sei nicht in Gefahr", "Jens Ruppert"),
        (DIR, "Werd schnell gesund, Bruder!", "Jonas Falk"),
        (DIR, "Wir denken an dich.", "Ava Lindqvist"),
        (IND, "soll Mensah noch bis Mittwoch in der Klinik bleiben", "Bild"),
        (IND, "er sei dankbar für die vielen Nachrichten", "Kofi Mensah"),
        (DIR, "Ihr seid die Besten", "Kofi Mensah"),
        (DIR, "Danke für alles", "Kofi Mensah"),
        (IND, "Er wolle bald wieder auf der Bühne stehen", "Kofi Mensah"),
        (IND, "der Rapper brauche jetzt vor allem Ruhe", "Jens Ruppert"),
        (IND, "er sich mehr Ruhe wünscht", "Kofi Mensah"),
        (IND, "er arbeitet zu viel und schläft zu wenig", "Kofi Mensah"),
    ]
