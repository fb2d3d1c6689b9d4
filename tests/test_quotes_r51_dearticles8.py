"""Round 51, family dearticles8 (German quotes; six written articles: a train crash, a Bundestag hearing, a climate
report, a school committee, a Bundesliga match, a pay arbitration): a number in digits counts the noun after it, no
name ("nach 14 Stunden Verhandlungen" became a person that took the titles of the name before it, so "der Schlichter"
was "Stunden Verhandlungen"); "der Coach" names the one seen as "Trainer" (of two coaches, the one quoted last); "der
frühere Landesarbeitsrichter" is the person quoted just before; an apposition with its article and a role the titles
lack ("die Hauptautorin des Berichts, die Klimaforscherin Dr. Annelie Brückner"); a surname that is also a title
("Bernd Hofmeister", "Hans Richter") is a name; a person's name with a relative clause before the verb is the subject
("Auch Helga Brandstätter, die …, schilderte die Minuten …", "Kloss, der nicht beteiligt war, äußerte sich"); a measure
before a noun ("dem 240 Seiten starken Dokument"); a fronted prepositional phrase with a relative clause is no report
before a trailing verb ("Zur Begründung dieser Entscheidung, die im Mai fiel, verweist der Bericht auf …"); an
impersonal "es" before a colon is no person ("Darin heißt es: „…“"). All sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('„Das ist fair“, sagte Schlichter Ferdinand Aumüller nach 14 Stunden Verhandlungen. Wie der Schlichter mitteilte, haben beide Seiten bis Mai Zeit.',
     [(DIR, 'Das ist fair', 'Ferdinand Aumüller'),
      (IND, 'haben beide Seiten bis Mai Zeit', 'Ferdinand Aumüller')]),
    ('Trainer Stefan Kornmeier haderte mit dem Schiedsrichter. Der Coach kündigte an, sich beim Verband zu beschweren.',
     [(IND, 'sich beim Verband zu beschweren', 'Stefan Kornmeier')]),
    ('Trainer Dirk Lambrecht war zufrieden. Gästetrainer Stefan Kornmeier haderte. »Das sieht jeder«, schimpfte Kornmeier. Der Coach kündigte an, sich zu beschweren.',
     [(DIR, 'Das sieht jeder', 'Stefan Kornmeier'),
      (IND, 'sich zu beschweren', 'Stefan Kornmeier')]),
    ('„Das ist fair“, sagte Schlichter Ferdinand Aumüller. Der frühere Landesarbeitsrichter nannte den Vorschlag „tragfähig“.',
     [(DIR, 'Das ist fair', 'Ferdinand Aumüller'),
      (DIR, 'tragfähig', 'Ferdinand Aumüller')]),
    ('„Die Zahlen sind eindeutig“, sagte die Hauptautorin des Berichts, die Klimaforscherin Dr. Annelie Brückner.',
     [(DIR, 'Die Zahlen sind eindeutig', 'Annelie Brückner')]),
    ('„Die Lage ist ernst“, sagte der Leiter der Station, der Glaziologe Torben Quast.',
     [(DIR, 'Die Lage ist ernst', 'Torben Quast')]),
    ('Schulleiter Bernd Hofmeister verteidigte die Pläne. »Ich verstehe die Sorgen«, sagte Hofmeister.',
     [(DIR, 'Ich verstehe die Sorgen', 'Bernd Hofmeister'),
      (IND, 'Schulleiter Bernd Hofmeister verteidigte die Pläne', 'Bernd Hofmeister')]),
    ('Der Zeuge Hans Richter wurde befragt. „Ich habe nichts gesehen“, sagte Richter.',
     [(DIR, 'Ich habe nichts gesehen', 'Hans Richter')]),
    ('Auch Helga Brandstätter, die mit ihrer Enkelin unterwegs war, schilderte die Minuten nach dem Unglück.',
     [(IND, 'Auch Helga Brandstätter, die mit ihrer Enkelin unterwegs war, schilderte die Minuten nach dem Unglück', 'Helga Brandstätter')]),
    ('Präsident Alois Zettl sagte, der Bericht sei düster. Der Meteorologe Peter Kloss, der nicht beteiligt war, äußerte sich zurückhaltend. Einige Modelle seien unsicher, sagte er.',
     [(IND, 'Der Meteorologe Peter Kloss, der nicht beteiligt war, äußerte sich zurückhaltend', 'Peter Kloss'),
      (IND, 'Einige Modelle seien unsicher', 'Peter Kloss'),
      (IND, 'der Bericht sei düster', 'Alois Zettl')]),
    ('Die Lage sei ernst, heißt es in dem 240 Seiten starken Dokument.',
     [(IND, 'Die Lage sei ernst', 'Dokument')]),
    ('Die Lage sei ernst, sagte der zwei Meter große Stürmer.',
     [(IND, 'Die Lage sei ernst', 'Stürmer')]),
    ('»Ich verstehe das«, sagte Bernd Hofmann. Für Aufregung sorgte eine E-Mail des Schulamts. Darin heißt es: „Eine Beteiligung ist nicht vorgesehen.“',
     [(DIR, 'Eine Beteiligung ist nicht vorgesehen.', 'E-Mail'),
      (DIR, 'Ich verstehe das', 'Bernd Hofmann')]),
    ('Zur Begründung dieser Entscheidung, die im Mai fiel, verweist der Bericht auf Aussagen.',
     [(IND, 'Zur Begründung dieser Entscheidung, die im Mai fiel, verweist der Bericht auf Aussagen', 'Bericht')]),
]

GUARDS = [
    ('In der Stadt, die kein Geld habe, fehle es an allem, sagte der Bürgermeister.',
     [(IND, 'In der Stadt, die kein Geld habe, fehle es an allem', 'Bürgermeister')]),
    ('Für die Kinder, die dort lernten, sei das schlimm, sagte der Bürgermeister.',
     [(IND, 'Für die Kinder, die dort lernten, sei das schlimm', 'Bürgermeister')]),
    ('Der Meteorologe Jan Vogt kam nach 3 Tagen Messungen zurück. Die Werte seien auffällig, sagte der Meteorologe.',
     [(IND, 'Die Werte seien auffällig', 'Jan Vogt')]),
    ('„Wir prüfen das“, sagte Ministerin Karin Vogel. Die ehemalige Lehrerin kündigte an, die Schulen zu besuchen.',
     [(DIR, 'Wir prüfen das', 'Karin Vogel'),
      (IND, 'die Schulen zu besuchen', 'Karin Vogel')]),
    ('Der Meteorologe Jan Vogt kam zurück. Die Werte seien auffällig, sagte der Meteorologe.',
     [(IND, 'Die Werte seien auffällig', 'Jan Vogt')]),
    ('Co-Trainer Stefan Kornmeier haderte mit dem Schiedsrichter. Der Coach kündigte an, sich beim Verband zu beschweren.',
     [(IND, 'sich beim Verband zu beschweren', 'Coach')]),
    ('„Das ist fair“, sagte Schlichterin Anna Aumüller. Der frühere Landesarbeitsrichter nannte den Vorschlag „tragfähig“.',
     [(DIR, 'Das ist fair', 'Anna Aumüller'),
      (DIR, 'tragfähig', 'Landesarbeitsrichter')]),
    ('„Das ist fair“, sagte Schlichter Ferdinand Aumüller. Der frühere Kanzler Gerhard Schröder nannte den Vorschlag „tragfähig“.',
     [(DIR, 'Das ist fair', 'Ferdinand Aumüller'),
      (DIR, 'tragfähig', 'Gerhard Schröder')]),
    ('„Die Zahlen sind eindeutig“, sagte die Hauptautorin des Berichts, Anna Brückner.',
     [(DIR, 'Die Zahlen sind eindeutig', 'Anna Brückner')]),
    ('Peter Kloss, der beteiligt war, schilderte die Lage nicht.',
     []),
    ('Helga Brandstätter, die mit ihrer Enkelin unterwegs war, sagte, es sei schlimm gewesen.',
     [(IND, 'es sei schlimm gewesen', 'Helga Brandstätter')]),
    ('Die Lage sei ernst, sagten die 200 Beschäftigten.',
     [(IND, 'Die Lage sei ernst', 'Beschäftigten')]),
    ('Die Kommission legte einen Bericht vor. Darin heißt es: „Die Lage ist ernst.“',
     [(DIR, 'Die Lage ist ernst.', 'Bericht')]),
    ('Am 3. Mai sagte Peter Schulz, die Lage sei ernst.',
     [(IND, 'die Lage sei ernst', 'Peter Schulz')]),
    ('Trainer Dirk Lambrecht war zufrieden. Trainer Stefan Kornmeier haderte. Der Übungsleiter kündigte an, sich zu beschweren.',
     [(IND, 'sich zu beschweren', 'Stefan Kornmeier')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r51_dearticles8_quotes_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r51_dearticles8_quotes_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
