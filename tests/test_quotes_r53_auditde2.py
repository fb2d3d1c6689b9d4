"""Round 53, family auditde2 (German regional and specialised news written here: police, court, sport, council, theatre,
health, rail and celebrity reports): letting out a secret ("hatte … ausgeplaudert, er telefoniere …") is a cue; a role
("Die Sängerin selbst deutete an") after a report by the person's aide in another case ("Laut ihrem Management") is
that person; a surname opening the sentence before with a relative clause after it ("Kehl, der seit Wochen in Topform
ist, ärgerte sich") is the person a role after it names ("räumte der Angreifer ein"); a feminine medium after "Der"
opening the sentence is the dative of "verriet", "erzählte", … ("Der Zeitschrift „Bunte“ verriet die Sängerin"); a
surname that is also a lower-case word ("Weiß", "Lang") opening a sentence stays a name when the text wrote it after a
first name; more Konjunktiv I forms ("baue", "schwanke"); a relative "was" after "alles", "nichts", "das Beste" stays in
the reported clause; a negation in a relative clause on an act's object is no negation of the act ("kritisierte den
Schiedsrichter, der ein Foul nicht gepfiffen habe"); a headline ending in a quotation without a sentence mark is a
title line, so a mixed-case dateline after it ("Hamburg – ") is no part of the lead's speech act."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # "ausgeplaudert" / "ausplauderte" (was nothing)
    ("Florian Silbereisen moderiert die Show. Silbereisen hatte in einer Sendung ausgeplaudert, er telefoniere "
     "regelmäßig mit seiner Ex.",
     [(IND, "er telefoniere regelmäßig mit seiner Ex", "Florian Silbereisen")]),
    ("Die Moderatorin Eva Brück hat ausgeplaudert, dass sie im Sommer heiratet.",
     [(IND, "sie im Sommer heiratet", "Eva Brück")]),
    # a role after the aide's report in the dative ("ihrem Management"; was "Sängerin")
    ("Schlagerstar Lena Hoff tritt im Mai auf. Laut ihrem Management soll im Frühjahr ein Album erscheinen. Die "
     "Sängerin selbst deutete an, dass es persönlicher werde.",
     [(IND, "soll im Frühjahr ein Album erscheinen", "Management"), (IND, "es persönlicher werde", "Lena Hoff")]),
    # a surname with a relative clause opening the sentence before the role (was the coach quoted before)
    ("Moritz Kehl traf zweimal. Trainer Jochen Saier sagte: „Gut.“ Kehl, der seit Wochen in Topform ist, ärgerte "
     "sich über die Chancen. Der Punkt fühle sich an wie eine Niederlage, sagte der Angreifer.",
     [(DIR, "Gut.", "Jochen Saier"), (IND, "Der Punkt fühle sich an wie eine Niederlage", "Moritz Kehl")]),
    # a fronted feminine medium is the dative of "verriet", "erzählte" (was the medium)
    ("Der Zeitschrift „Bunte“ verriet die Sängerin Lena Hoff, dass sie sich ein Kind wünsche.",
     [(IND, "sie sich ein Kind wünsche", "Lena Hoff")]),
    ("Der „Bild“-Zeitung erzählte der Sänger Tim Berg, er sei glücklich.", [(IND, "er sei glücklich", "Tim Berg")]),
    # a surname that is also a lower-case word opening its sentence (was the intendant quoted before)
    ("Hauptdarsteller Jonas Weiß spielt in einem weiß gekachelten Raum. Intendantin Maria Seidel sagte: „Theater muss "
     "reiben.“ Weiß selbst sprach von der „schwersten Rolle meines Lebens“.",
     [(DIR, "Theater muss reiben.", "Maria Seidel"), (DIR, "schwersten Rolle meines Lebens", "Jonas Weiß")]),
    ("Hauptdarsteller Jonas Weiß spielt in einem weiß gekachelten Raum. Intendantin Maria Seidel sagte: „Theater muss "
     "reiben.“ Weiß sagte, die Rolle sei schwer.",
     [(DIR, "Theater muss reiben.", "Maria Seidel"), (IND, "die Rolle sei schwer", "Jonas Weiß")]),
    # a Konjunktiv I form of a particle verb goes on with the report (was nothing)
    ("„Es ist nicht zu spät“, sagte Reinhardt. Der Impfschutz baue sich innerhalb von zwei Wochen auf.",
     [(DIR, "Es ist nicht zu spät", "Reinhardt"), (IND, "Der Impfschutz baue sich innerhalb von zwei Wochen auf", "Reinhardt")]),
    # a relative "was" on "alles" / "das Beste" (the content ended before it)
    ("Die Sängerin sagte, es werde persönlicher als alles, was sie bisher gemacht habe.",
     [(IND, "es werde persönlicher als alles, was sie bisher gemacht habe", "Sängerin")]),
    ("Die Sängerin sagte, es sei das Beste, was sie je gemacht habe.",
     [(IND, "es sei das Beste, was sie je gemacht habe", "Sängerin")]),
    # a negation in the object's relative clause (was nothing)
    ("Hecking kritisierte den Schiedsrichter, der ein Foul nicht gepfiffen habe.",
     [(IND, "Hecking kritisierte den Schiedsrichter, der ein Foul nicht gepfiffen habe", "Hecking")]),
    # a mixed-case dateline after a headline ending in a quotation (was the act's first words)
    ("Anna Roth: „Ich bin da“\n\nHamburg – Die Sängerin Anna Roth hat in einem Interview über ihr Leben gesprochen.",
     [(DIR, "Ich bin da", "Anna Roth"),
      (IND, "Die Sängerin Anna Roth hat in einem Interview über ihr Leben gesprochen", "Anna Roth")]),
]

GUARDS = [
    # the surname without a relative clause worked already
    ("Moritz Kehl traf zweimal. Trainer Jochen Saier sagte: „Gut.“ Kehl ärgerte sich über die Chancen. Der Punkt fühle "
     "sich an wie eine Niederlage, sagte der Angreifer.",
     [(DIR, "Gut.", "Jochen Saier"), (IND, "Der Punkt fühle sich an wie eine Niederlage", "Moritz Kehl")]),
    # the aide in the nominative worked already
    ("Schlagerstar Lena Hoff tritt im Mai auf. Laut ihr Management soll ein Album erscheinen. Die Sängerin selbst "
     "deutete an, dass es persönlicher werde.",
     [(IND, "soll ein Album erscheinen", "Management"), (IND, "es persönlicher werde", "Lena Hoff")]),
    # giving an interview is no cue; a medium inside the subject's genitive stays the subject's
    ("Der Zeitschrift „Stern“ gab der Minister ein Interview.", []),
    ("Der Chefredakteur der Zeitung erzählte, die Auflage sinke.", [(IND, "die Auflage sinke", "Chefredakteur der Zeitung")]),
    ("Der Neuen Osnabrücker Zeitung sagte Rukwied, die Ernte sei schlecht.", [(IND, "die Ernte sei schlecht", "Rukwied")]),
    # a sentence-initial word the text writes in lower case and never after a first name stays no noun
    ("Die Ministerin Maria Seidel sagte: „Gut.“ Dennoch bleibt die Lage ernst. Dennoch sei man optimistisch, sagte sie.",
     [(DIR, "Gut.", "Maria Seidel"), (IND, "Dennoch sei man optimistisch", "Maria Seidel")]),
    ("Hauptdarsteller Jonas Lang spielt seit einem Jahr. Lang sagte, die Rolle sei schwer.",
     [(IND, "die Rolle sei schwer", "Jonas Lang")]),
    # a "was" comment with its own cue after a clause still ends the content
    ("Der Minister sagte, er habe nichts gewusst, was die Opposition bezweifelt.",
     [(IND, "er habe nichts gewusst", "Minister")]),
    # a negated act stays no act; a negation in the subject's relative clause was handled before
    ("Hecking kritisierte nicht den Schiedsrichter, der ein Foul übersehen habe.", []),
    ("Der Trainer, der nicht zufrieden war, kritisierte die Abwehr.",
     [(IND, "Der Trainer, der nicht zufrieden war, kritisierte die Abwehr", "Trainer")]),
    # a title line without a quotation worked already
    ("Neue Regeln für Mieter\n\nHamburg – Die Ministerin Anna Roth hat vor steigenden Mieten gewarnt.",
     [(IND, "Die Ministerin Anna Roth hat vor steigenden Mieten gewarnt", "Anna Roth")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_auditde2_r53(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


def test_auditde2_r53_celebrity_article() -> None:
    text = (Path(__file__).parent / "data" / "quotes_r53_de_regional_article.txt").read_text(encoding="utf-8")
    got = run(text)
    assert (IND, "sie sich inzwischen ein zweites Kind wünsche", "Helene Fischer") in got
    assert (IND, "es persönlicher werde als alles, was sie bisher gemacht habe", "Helene Fischer") in got
    assert (DIR, "Das ist Vergangenheit", "Helene Fischer") in got
    assert (IND, "er telefoniere regelmäßig mit seiner Ex", "Florian Silbereisen") in got
    assert not any(q.startswith("Hamburg") for _, q, _ in got)
    assert not any(s == "Zeitschrift Bunte" for _, _, s in got)
