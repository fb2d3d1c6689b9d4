"""Round 53, family auditde1 (German agency news written here: coalition, summit, industry, trial, study, storm,
state-parliament and foreign-election articles): a feminine party description after the dative "der" and a party
description after "dem" in a source phrase ("Der Grünen-Politikerin zufolge", "Laut dem Grünen-Politiker") name the
member seen with "(Grüne)"; an age description after someone unnamed, known by a role with its article, spoke with no
one named since stays the description, not someone named before the role ("Minister X … Ein Anwohner schilderte
… „…“, sagte der 58-Jährige" was X); a Spanish or Portuguese
"de los" inside an affiliation keeps the subject ("von der Universidad de los Andes sagte der Deutschen Welle"); a
mixed-case dateline of a foreign place with accents ("Bogotá (AFP) - ") belongs to no sentence; a sentence adverb
("Bisher sei …, schreiben sie") is no plural group for "sie"; "der Anwalt", "der Diplomat" name the defence lawyer or
ambassador seen with that title."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a party description in a source phrase: the feminine dative "der" and the masculine "dem" (were the bare description)
    ("Ministerin Katrin Zeller (Grüne) sagte, es sei gut. Der Grünen-Politikerin zufolge ist eine Lösung möglich.",
     [(IND, "es sei gut", "Katrin Zeller"), (IND, "ist eine Lösung möglich", "Katrin Zeller")]),
    ("Minister Kai Zeller (Grüne) sagte, es sei gut. Dem Grünen-Politiker zufolge ist eine Lösung möglich.",
     [(IND, "es sei gut", "Kai Zeller"), (IND, "ist eine Lösung möglich", "Kai Zeller")]),
    ("Minister Kai Zeller (Grüne) sagte, es sei gut. Laut dem Grünen-Politiker ist eine Lösung möglich.",
     [(IND, "es sei gut", "Kai Zeller"), (IND, "ist eine Lösung möglich", "Kai Zeller")]),
    # a feminine description after the dative "der" does not name a man (was Thomas Zeller)
    ("Minister Thomas Zeller (Grüne) sagte, es sei gut. Der Grünen-Politikerin zufolge ist eine Lösung möglich.",
     [(IND, "es sei gut", "Thomas Zeller"), (IND, "ist eine Lösung möglich", "Grünen-Politikerin")]),
    # an age after an unnamed role spoke (was the person named before the role)
    ("„Wir helfen“, versprach Ministerpräsident Andreas Kellner. Ein Anwohner schilderte die dramatischen Minuten. "
     "„Das Wasser stand plötzlich bis zur Hüfte“, sagte der 58-Jährige.",
     [(DIR, "Wir helfen", "Andreas Kellner"), (IND, "Ein Anwohner schilderte die dramatischen Minuten", "Anwohner"),
      (DIR, "Das Wasser stand plötzlich bis zur Hüfte", "58-Jährige")]),
    ("Staatsanwalt Andreas Kellner sprach von Betrug. Im Prozess hat der Hauptangeklagte vor dem Landgericht Frankfurt "
     "die Vorwürfe zurückgewiesen. Er habe niemanden täuschen wollen, sagte der 45-Jährige.",
     [(IND, "Staatsanwalt Andreas Kellner sprach von Betrug", "Andreas Kellner"),
      (IND, "Im Prozess hat der Hauptangeklagte vor dem Landgericht Frankfurt die Vorwürfe zurückgewiesen",
       "Hauptangeklagte"),
      (IND, "Er habe niemanden täuschen wollen", "45-Jährige")]),
    # "de los" inside an affiliation (was "Andes", and with an addressee the newspaper)
    ("Der Politologe Andrés Villegas von der Universidad de los Andes sagte der Deutschen Welle, Quintero stehe vor "
     "gewaltigen Aufgaben.",
     [(IND, "Quintero stehe vor gewaltigen Aufgaben", "Andrés Villegas")]),
    ("Der Politologe Andrés Villegas von der Universidad de los Andes sagte, die Wahl sei fair gewesen.",
     [(IND, "die Wahl sei fair gewesen", "Andrés Villegas")]),
    # a sentence adverb ending like a plural noun is no group for "sie" (was "Bisher")
    ("Die Autoren der Studie fordern mehr Forschung. Bisher sei kaum untersucht, wie sich Schlaf auswirke, schreiben sie.",
     [(IND, "Die Autoren der Studie fordern mehr Forschung", "Autoren der Studie"),
      (IND, "Bisher sei kaum untersucht, wie sich Schlaf auswirke", "Autoren der Studie")]),
    # the calling of a defence lawyer and of an ambassador (were "Anwalt", "Diplomat")
    ("Verteidiger Klaus Wendt sprach von einer Vorverurteilung. „Wer investiert, weiß, dass er Geld verlieren kann“, "
     "sagte der Anwalt.",
     [(IND, "Verteidiger Klaus Wendt sprach von einer Vorverurteilung", "Klaus Wendt"),
      (DIR, "Wer investiert, weiß, dass er Geld verlieren kann", "Klaus Wendt")]),
    ("Botschafter Aram Petrosjan begrüßte die Initiative. Seine Regierung sei zu Gesprächen bereit, sagte der Diplomat.",
     [(IND, "Botschafter Aram Petrosjan begrüßte die Initiative", "Aram Petrosjan"),
      (IND, "Seine Regierung sei zu Gesprächen bereit", "Aram Petrosjan")]),
    # a foreign place's dateline after the headline (was the speaker and the content's first words)
    ("Amtsinhaber gibt auf\n\nBogotá (AFP) - Nach der Stichwahl hat Präsident Álvaro Restrepo seine Niederlage "
     "eingeräumt.",
     [(IND, "Nach der Stichwahl hat Präsident Álvaro Restrepo seine Niederlage eingeräumt", "Álvaro Restrepo")]),
]

GUARDS = [
    # a masculine description does not name a woman
    ("Ministerin Katrin Zeller (Grüne) sagte, es sei gut. Dem Grünen-Politiker zufolge ist eine Lösung möglich.",
     [(IND, "es sei gut", "Katrin Zeller"), (IND, "ist eine Lösung möglich", "Grünen-Politiker")]),
    # already right: the nominative
    ("Ministerin Katrin Zeller (Grüne) sagte, es sei gut. Die Grünen-Politikerin sagte, eine Lösung sei möglich.",
     [(IND, "es sei gut", "Katrin Zeller"), (IND, "eine Lösung sei möglich", "Katrin Zeller")]),
    # someone named after the role: the age is that person's (round 51)
    ("„Wir helfen“, versprach Ministerpräsident Andreas Kellner. Ein Anwohner schilderte die Minuten. Nachbar Heinz "
     "Wollschläger half. „Das Wasser stand bis zur Hüfte“, sagte der 58-Jährige.",
     [(DIR, "Wir helfen", "Andreas Kellner"), (IND, "Ein Anwohner schilderte die Minuten", "Anwohner"),
      (DIR, "Das Wasser stand bis zur Hüfte", "Heinz Wollschläger")]),
    # an age of the other gender than the role's is not the role's
    ("Staatsanwalt Andreas Kellner sprach von Betrug. Eine Rentnerin aus Offenbach sagte, sie habe alles verloren. "
     "„Ich will Gerechtigkeit“, sagte der 47-Jährige.",
     [(IND, "Staatsanwalt Andreas Kellner sprach von Betrug", "Andreas Kellner"),
      (IND, "sie habe alles verloren", "Rentnerin aus Offenbach"), (DIR, "Ich will Gerechtigkeit", "Andreas Kellner")]),
    # a bare plural of persons opening the sentence is still the group; a judge is no lawyer
    ("Ärzte haben einen Brief geschrieben. Sie sagten, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Ärzte")]),
    ("Richter Klaus Wendt sprach von einem Fehler. „Wer investiert, weiß das“, sagte der Anwalt.",
     [(IND, "Richter Klaus Wendt sprach von einem Fehler", "Klaus Wendt"), (DIR, "Wer investiert, weiß das", "Anwalt")]),
    # a German dateline and a place in capitals stay as they were
    ("Berlin (dpa) - Nach der Wahl hat Kanzler Olaf Scholz seine Niederlage eingeräumt.",
     [(IND, "Nach der Wahl hat Kanzler Olaf Scholz seine Niederlage eingeräumt", "Olaf Scholz")]),
    ("Die Forscherin Anna Souza von der Universität Coimbra sagte der Zeitung, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Anna Souza")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_auditde1_r53(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


ARTICLE = Path(__file__).parent / "data" / "quotes_r53_de_agency_article.txt"


def test_auditde1_r53_agency_article() -> None:
    got = run(ARTICLE.read_text(encoding="utf-8"))
    # the dateline is no speaker; the defeated president's chain; the political scientist's chain
    assert (IND, "Nach der Stichwahl in Kolumbien hat Präsident Álvaro Restrepo seine Niederlage eingeräumt",
            "Álvaro Restrepo") in got
    assert (IND, "Er werde eine geordnete Übergabe der Amtsgeschäfte sicherstellen", "Álvaro Restrepo") in got
    assert (IND, "Quintero stehe vor gewaltigen Aufgaben", "Andrés Villegas") in got
    assert (IND, "Die Erwartungen ihrer Anhänger seien enorm", "Andrés Villegas") in got
    assert (DIR, "Sie hat ein Land geerbt, das tief gespalten ist", "Andrés Villegas") in got
    # a slogan inside a Konjunktiv sentence is no quote of its own
    assert not any(q[1] == "Ein Kolumbien für alle" for q in got)
