"""Round 47, deconj (German free indirect speech): Konjunktiv sentences that go on with a report without a cue of their
own, and where they stop. A fronted condition with its Konjunktiv II or "sollte" first is no statement of its own
("Sollte die Koalition zerbrechen, drohen Neuwahlen." reported the condition, spoken by "Neuwahlen"); a bare plural of
things is no speaker of "drohen" ("Damals drohten Neuwahlen."); a writer's sentence about a thing, a figure or a price
that opens the paragraph after a report is no source of the Konjunktiv after it, the report before goes on ("Die Aktie
verlor fünf Prozent. Das Unternehmen habe keine Wahl gehabt." had the speaker "Aktie"); a writer's sentence giving
another party's view ("Die Opposition sieht das anders.") makes the Konjunktiv after it that party's report."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

FIXES = [
    ('Sollte die Koalition zerbrechen, drohen Neuwahlen.',
     []),
    ('Der Minister sagte, die Lage sei ernst. Sollte die Regierung scheitern, drohen Neuwahlen.',
     [('INDIRECT_QUOTE', 'die Lage sei ernst', 'Minister')]),
    ('Sollten die Gespräche scheitern, kündigte die Gewerkschaft einen Streik an.',
     [('INDIRECT_QUOTE', 'Sollten die Gespräche scheitern, kündigte die Gewerkschaft einen Streik an', 'Gewerkschaft')]),
    ('Sollte der Plan scheitern, verspricht der Minister Neuwahlen.',
     [('INDIRECT_QUOTE', 'Sollte der Plan scheitern, verspricht der Minister Neuwahlen', 'Minister')]),
    ('Damals drohten Neuwahlen.',
     []),
    ('Sollte die Regierung scheitern, drohten Neuwahlen.',
     []),
    ('Nach Angaben der Polizei wurde niemand verletzt.\n\nDie Ermittlungen dauern an. Ein Gutachter solle den Brandort untersuchen.',
     [('INDIRECT_QUOTE', 'wurde niemand verletzt', 'Polizei'), ('INDIRECT_QUOTE', 'Ein Gutachter solle den Brandort untersuchen', 'Polizei')]),
    ('Der Sprecher teilte mit, das Unternehmen habe die Produktion gestoppt.\n\nDie Aktie verlor am Montag fünf Prozent. Das Unternehmen habe keine Wahl gehabt.',
     [('INDIRECT_QUOTE', 'das Unternehmen habe die Produktion gestoppt', 'Sprecher'), ('INDIRECT_QUOTE', 'Das Unternehmen habe keine Wahl gehabt', 'Sprecher')]),
    ('Der Sprecher teilte mit, das Unternehmen habe die Produktion gestoppt.\n\nDie Preise steigen seit Wochen. Man habe keine Wahl gehabt.',
     [('INDIRECT_QUOTE', 'das Unternehmen habe die Produktion gestoppt', 'Sprecher'), ('INDIRECT_QUOTE', 'Man habe keine Wahl gehabt', 'Sprecher')]),
    ('Der Bürgermeister sagte, die Stadt habe kein Geld.\n\nDas Defizit beträgt zwei Millionen Euro. Man müsse sparen.',
     [('INDIRECT_QUOTE', 'die Stadt habe kein Geld', 'Bürgermeister'), ('INDIRECT_QUOTE', 'Man müsse sparen', 'Bürgermeister')]),
    ('Die Schulden wachsen seit Jahren. Man müsse sparen.',
     [('INDIRECT_QUOTE', 'Man müsse sparen', None)]),
    ('Der Bürgermeister sagte, die Stadt habe kein Geld. Die Opposition sieht das anders. Die Stadt habe Geld verschwendet.',
     [('INDIRECT_QUOTE', 'die Stadt habe kein Geld', 'Bürgermeister'), ('INDIRECT_QUOTE', 'Die Stadt habe Geld verschwendet', 'Opposition')]),
    ('Der Bürgermeister sagte, die Stadt habe kein Geld. Die Grünen sehen das anders. Die Stadt habe Geld verschwendet.',
     [('INDIRECT_QUOTE', 'die Stadt habe kein Geld', 'Bürgermeister'), ('INDIRECT_QUOTE', 'Die Stadt habe Geld verschwendet', 'Grünen')]),
    ('Der Bürgermeister sagte, die Stadt habe kein Geld. Die Opposition ist anderer Meinung. Die Stadt habe Geld verschwendet.',
     [('INDIRECT_QUOTE', 'die Stadt habe kein Geld', 'Bürgermeister'), ('INDIRECT_QUOTE', 'Die Stadt habe Geld verschwendet', 'Opposition')]),
]

GUARDS = [
    ('Der Bürgermeister sagte, die Stadt habe kein Geld. Die FDP beurteilt dies deutlich kritischer. Die Stadt habe Geld verschwendet.',
     [('INDIRECT_QUOTE', 'die Stadt habe kein Geld', 'Bürgermeister'), ('INDIRECT_QUOTE', 'Die Stadt habe Geld verschwendet', 'FDP')]),
    ('Der Minister sagte, die Lage sei ernst. Man müsse jetzt handeln. Die Regierung werde alle Optionen prüfen.',
     [('INDIRECT_QUOTE', 'die Lage sei ernst', 'Minister'), ('INDIRECT_QUOTE', 'Man müsse jetzt handeln. Die Regierung werde alle Optionen prüfen', 'Minister')]),
    ('Innenminister Thomas Weber sagte am Montag, die Lage sei ernst. Man müsse jetzt handeln.\n\nDie Regierung werde alle Optionen prüfen. Eine Entscheidung solle bis Ende des Monats fallen.',
     [('INDIRECT_QUOTE', 'die Lage sei ernst', 'Thomas Weber'), ('INDIRECT_QUOTE', 'Man müsse jetzt handeln', 'Thomas Weber'), ('INDIRECT_QUOTE', 'Die Regierung werde alle Optionen prüfen. Eine Entscheidung solle bis Ende des Monats fallen', 'Thomas Weber')]),
    ('„Wir sind sehr besorgt“, sagte Weber. Die Lage sei ernst. Man könne nicht länger warten.',
     [('DIRECT_QUOTE', 'Wir sind sehr besorgt', 'Weber'), ('INDIRECT_QUOTE', 'Die Lage sei ernst. Man könne nicht länger warten', 'Weber')]),
    ('Laut Polizeisprecher Jan Müller wurde der Mann festgenommen. Er habe sich nicht gewehrt. Die Ermittlungen dauerten an.',
     [('INDIRECT_QUOTE', 'wurde der Mann festgenommen', 'Jan Müller'), ('INDIRECT_QUOTE', 'Er habe sich nicht gewehrt', 'Jan Müller')]),
    ('Die Gewerkschaft Verdi kritisierte den Plan scharf. Er gehe an der Realität vorbei.',
     [('INDIRECT_QUOTE', 'Die Gewerkschaft Verdi kritisierte den Plan scharf', 'Gewerkschaft Verdi'), ('INDIRECT_QUOTE', 'Er gehe an der Realität vorbei', 'Gewerkschaft Verdi')]),
    ('Der Minister sagte, die Lage sei ernst. Die Regierung tagt am Dienstag erneut.',
     [('INDIRECT_QUOTE', 'die Lage sei ernst', 'Minister')]),
    ('Der Minister sagte, die Lage sei ernst. Wäre es doch nur so einfach.',
     [('INDIRECT_QUOTE', 'die Lage sei ernst', 'Minister')]),
    ('Der Minister sagte, die Lage sei ernst. Es sieht so aus, als ob die Regierung zögere.',
     [('INDIRECT_QUOTE', 'die Lage sei ernst', 'Minister')]),
    ('Der Minister sagte, die Lage sei ernst. Würde man jetzt nicht handeln, wären die Folgen dramatisch.',
     [('INDIRECT_QUOTE', 'die Lage sei ernst', 'Minister'), ('INDIRECT_QUOTE', 'Würde man jetzt nicht handeln, wären die Folgen dramatisch', 'Minister')]),
    ('Der Minister sagte, die Lage sei ernst. Die Bürger würden die Folgen spüren. Viele hätten Angst.',
     [('INDIRECT_QUOTE', 'die Lage sei ernst', 'Minister'), ('INDIRECT_QUOTE', 'Die Bürger würden die Folgen spüren. Viele hätten Angst', 'Minister')]),
    ('Sollte die Koalition zerbrechen, drohe eine Neuwahl, sagte der Minister.',
     [('INDIRECT_QUOTE', 'Sollte die Koalition zerbrechen, drohe eine Neuwahl', 'Minister')]),
    ('Sollte er gewinnen, sagte er, werde er die Steuern senken.',
     [('INDIRECT_QUOTE', 'Sollte er gewinnen', None), ('INDIRECT_QUOTE', 'werde er die Steuern senken', None)]),
    ('Die Koalition könnte zerbrechen, warnte der Minister.',
     [('INDIRECT_QUOTE', 'Die Koalition könnte zerbrechen', 'Minister')]),
    ('Der Sprecher teilte mit, das Unternehmen habe die Produktion gestoppt.\n\nDie Gewerkschaft ist empört. Man habe keine Wahl gehabt.',
     [('INDIRECT_QUOTE', 'das Unternehmen habe die Produktion gestoppt', 'Sprecher'), ('INDIRECT_QUOTE', 'Man habe keine Wahl gehabt', 'Gewerkschaft')]),
    ('Der Bürgermeister sagte, die Stadt habe kein Geld.\n\nDie Kämmerin sieht das ähnlich. Man müsse sparen.',
     [('INDIRECT_QUOTE', 'die Stadt habe kein Geld', 'Bürgermeister'), ('INDIRECT_QUOTE', 'Man müsse sparen', 'Kämmerin')]),
    ('Der Bürgermeister sagte, die Stadt habe kein Geld. Die Stadtkasse ist leer. Man müsse sparen.',
     [('INDIRECT_QUOTE', 'die Stadt habe kein Geld', 'Bürgermeister'), ('INDIRECT_QUOTE', 'Man müsse sparen', 'Bürgermeister')]),
    ('Der Sprecher teilte mit, das Unternehmen habe die Produktion gestoppt. Die Aktie verlor am Montag fünf Prozent. Das Unternehmen habe keine Wahl gehabt.',
     [('INDIRECT_QUOTE', 'das Unternehmen habe die Produktion gestoppt', 'Sprecher'), ('INDIRECT_QUOTE', 'Das Unternehmen habe keine Wahl gehabt', 'Sprecher')]),
    ('Die Opposition sieht das anders. Die Regierung habe versagt.',
     [('INDIRECT_QUOTE', 'Die Regierung habe versagt', 'Opposition')]),
    ('Der Bürgermeister sagte, die Stadt habe kein Geld. Die Opposition bezweifelt das. Die Stadt habe Geld verschwendet.',
     [('INDIRECT_QUOTE', 'die Stadt habe kein Geld', 'Bürgermeister'), ('INDIRECT_QUOTE', 'das', 'Opposition'), ('INDIRECT_QUOTE', 'Die Stadt habe Geld verschwendet', 'Opposition')]),
    ('Der Minister sagte, die Lage sei ernst.\n\nDie Regierungen der Länder sind empört. Man sei nicht gefragt worden.',
     [('INDIRECT_QUOTE', 'die Lage sei ernst', 'Minister'), ('INDIRECT_QUOTE', 'Man sei nicht gefragt worden', 'Regierungen der Länder')]),
    ('Die Vereinten Nationen warnten vor einer Hungersnot. Die Lage sei dramatisch.',
     [('INDIRECT_QUOTE', 'Die Vereinten Nationen warnten vor einer Hungersnot', 'Vereinten Nationen'), ('INDIRECT_QUOTE', 'Die Lage sei dramatisch', 'Vereinten Nationen')]),
    ('Die Hilfsorganisationen drohten mit einem Rückzug.',
     []),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list[tuple]) -> None:
    assert quotes_of(text, "de", with_label=True) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list[tuple]) -> None:
    assert quotes_of(text, "de", with_label=True) == expected
