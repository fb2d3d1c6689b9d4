"""Round 50, family dearticles5 (an audit of ten German wire-style news reports written for it: a foreign ministers'
meeting, an earthquake, a cup final, a sea-level study, a banker's trial, job cuts, an election, a space probe, storms,
a tennis semi-final). An ownerless source ("nach bisherigen Erkenntnissen") inside the content of a leading report
split it into fragments; a noun source between a speaker's verb and a colon ("Ribeiro sagte nach Angaben des Vereins
auf Portugiesisch: „…“") made "Ribeiro sagte" the club's report; "er" after a newspaper named after "die" with a place
adjective ("die Frankfurter Rundschau") was the newspaper, now the one man named by his surname in the sentence before;
a government office ("Der Bundesforschungsminister") named a man seen only as a director; lower-case agency names
("Nachrichtenagentur dpa"), ownerless indefinite sources ("nach einer neuen Studie") and a poll's body with its genitive
name ("Umfrage des Verbands der Automobilindustrie") lost words or kept the article; a court's body after its
article ("der Kammer") was read as a person's role and named the defendant."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('Das Amt teilte mit, unter den Opfern befänden sich nach bisherigen Erkenntnissen keine Deutschen.',
     [(IND, 'unter den Opfern befänden sich nach bisherigen Erkenntnissen keine Deutschen', 'Amt')]),
    ('Die Polizei sagte am Abend, der Fahrer sei nach ersten Erkenntnissen zu schnell gewesen.',
     [(IND, 'der Fahrer sei nach ersten Erkenntnissen zu schnell gewesen', 'Polizei')]),
    ('Der Stürmer Tomás Ribeiro traf. Ribeiro sagte nach Angaben des Vereins auf Portugiesisch: „Ich habe nur an meine Familie gedacht.“',
     [(DIR, 'Ich habe nur an meine Familie gedacht.', 'Tomás Ribeiro')]),
    ('Die Sängerin Lea Brandt trat auf. Brandt sagte laut dem Veranstalter: „Das war ein schöner Abend.“',
     [(DIR, 'Das war ein schöner Abend.', 'Lea Brandt')]),
    ('Der Manager Gerd Wallner stand vor Gericht. Wie die Frankfurter Rundschau berichtet, hatte Wallner geschwiegen. Am letzten Tag sagte er: „Ich bedaure das sehr.“',
     [(IND, 'hatte Wallner geschwiegen', 'Frankfurter Rundschau'), (DIR, 'Ich bedaure das sehr.', 'Gerd Wallner')]),
    ('Der Trainer Karl Sommer war enttäuscht. Wie die Badische Zeitung schreibt, hatte Sommer lange geschwiegen. Dann sagte er: „Wir waren schlecht.“',
     [(IND, 'hatte Sommer lange geschwiegen', 'Badische Zeitung'), (DIR, 'Wir waren schlecht.', 'Karl Sommer')]),
    ('Ihr Direktor Michael Grant schrieb: „Congratulations to you all.“ Der Bundesforschungsminister bezeichnete die Mission als Erfolg.',
     [(DIR, 'Congratulations to you all.', 'Michael Grant'), (IND, 'Der Bundesforschungsminister bezeichnete die Mission als Erfolg', 'Bundesforschungsminister')]),
    ('Wie die Nachrichtenagentur dpa berichtete, dauerten die Gespräche mehr als neun Stunden.',
     [(IND, 'dauerten die Gespräche mehr als neun Stunden', 'Nachrichtenagentur dpa')]),
    ('Der Meeresspiegel steigt nach einer neuen Studie schneller als bisher angenommen.',
     [(IND, 'Der Meeresspiegel steigt', 'Studie'), (IND, 'schneller als bisher angenommen', 'Studie')]),
    ('Nach einer Umfrage des Verbands der Automobilindustrie plant jedes dritte Unternehmen einen Stellenabbau.',
     [(IND, 'plant jedes dritte Unternehmen einen Stellenabbau', 'Verbands der Automobilindustrie')]),
    ('Das Landgericht hat den ehemaligen Chef Gerd Wallner verurteilt. Nach Überzeugung der Kammer hatte der Mann '
     'Kredite vergeben.',
     [(IND, 'hatte der Mann Kredite vergeben', 'Kammer')]),
]

GUARDS = [
    ('Das Gericht verurteilte Gerd Wallner. Die Kammer sagte, der Mann habe gelogen.',
     [(IND, 'der Mann habe gelogen', 'Kammer')]),
    ('Richter Klaus Ebner verkündete das Urteil. Der Richter sagte, der Mann habe gelogen.',
     [(IND, 'Richter Klaus Ebner verkündete das Urteil', 'Klaus Ebner'), (IND, 'der Mann habe gelogen', 'Klaus Ebner')]),
    ('Trainerin Eva Lang war zufrieden. Der Bürgermeister sagte, die Stadt sei stolz auf das Team.',
     [(IND, 'die Stadt sei stolz auf das Team', 'Bürgermeister')]),
    ('Nach ersten Erkenntnissen war der Fahrer zu schnell.',
     [(IND, 'war der Fahrer zu schnell', None)]),
    ('Der Minister sagte laut einem Bericht der Zeitung, die Lage sei ernst.',
     [(IND, 'die Lage sei ernst', 'Minister')]),
    ('Der Manager Gerd Wallner stand vor Gericht. Wie die Polizei berichtet, hatte Wallner geschwiegen. Am letzten Tag sagte er: „Ich bedaure das sehr.“',
     [(IND, 'hatte Wallner geschwiegen', 'Polizei'), (DIR, 'Ich bedaure das sehr.', 'Gerd Wallner')]),
    ('Minister Michael Grant gratulierte. Der Minister sagte, die Mission sei ein Erfolg.',
     [(IND, 'Minister Michael Grant gratulierte', 'Michael Grant'), (IND, 'die Mission sei ein Erfolg', 'Michael Grant')]),
    ('Der Direktor Michael Grant gratulierte. Der Direktor sagte, die Mission sei ein Erfolg.',
     [(IND, 'Der Direktor Michael Grant gratulierte', 'Michael Grant'), (IND, 'die Mission sei ein Erfolg', 'Michael Grant')]),
    ('Laut der Nachrichtenagentur ANSA wurden zwei Personen vermisst.',
     [(IND, 'wurden zwei Personen vermisst', 'Nachrichtenagentur ANSA')]),
    ('Einem neuen Bericht zufolge ist die Lage ernst.',
     [(IND, 'ist die Lage ernst', 'Bericht')]),
    ('Nach einer Umfrage des Bundesverbands der Deutschen Industrie (BDI) plant jedes dritte Unternehmen einen Abbau.',
     [(IND, 'plant jedes dritte Unternehmen einen Abbau', 'BDI')]),
    ('Nach einer Umfrage des Meinungsforschungsinstituts Forsa ist die Mehrheit dagegen.',
     [(IND, 'ist die Mehrheit dagegen', 'Forsa')]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_dearticles5(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
