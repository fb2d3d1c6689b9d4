"""Round 51, family deleft19 (German descriptions and second predicates): an office's description names no one seen
only with the title of another office ("Die Kanzlerin Anna Berg … Die Ministerin schloss eine Koalition aus" was Anna
Berg; "die Politikerin", "die Regierungschefin" and a compound of the same office still fit); the accused of a trial
report ("der Angeklagte", "die Angeklagte") names the one person named before in a sentence about the charge or the
trial ("Der Prozess gegen Rainer Pohlmann begann …"), and "die Angeklagte" is one woman, no plural; a company with its
article in apposition to a description is the speaker ("Der Betreiber, die Nordwind Energie GmbH, erklärte, …"); a bare
plural thing after a second predicate is its object ("…, mahnte aber Nachbesserungen an": the first clause's subject)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('Die Kanzlerin Anna Berg sprach am Montag. Die Ministerin schloss eine Koalition aus.',
     [(IND, 'Die Ministerin schloss eine Koalition aus', 'Ministerin')]),
    ('Die Kanzlerin Anna Berg sprach am Montag. Die Ministerin sagte, man werde die Steuern senken.',
     [(IND, 'man werde die Steuern senken', 'Ministerin')]),
    ('Ministerpräsident Karl Roth sprach am Montag. Der Minister sagte, man werde die Steuern senken.',
     [(IND, 'man werde die Steuern senken', 'Minister')]),
    ('Bürgermeisterin Eva Krause eröffnete die Messe. Die Präsidentin sagte, die Stadt brauche mehr Wohnungen.',
     [(IND, 'die Stadt brauche mehr Wohnungen', 'Präsidentin')]),
    ('Vor dem Landgericht steht seit Montag Rainer Pohlmann. Der Angeklagte sagte, er habe Fehler gemacht.',
     [(IND, 'er habe Fehler gemacht', 'Rainer Pohlmann')]),
    ('Der Prozess gegen Rainer Pohlmann begann am Montag. Der Angeklagte sagte, er habe Fehler gemacht.',
     [(IND, 'er habe Fehler gemacht', 'Rainer Pohlmann')]),
    ('Rainer Pohlmann (52) ist wegen Betrugs angeklagt. Der Angeklagte räumte ein, er habe Fehler gemacht.',
     [(IND, 'er habe Fehler gemacht', 'Rainer Pohlmann')]),
    ('Angeklagt ist Julia Brandt. Die Angeklagte sagte, sie habe von nichts gewusst.',
     [(IND, 'sie habe von nichts gewusst', 'Julia Brandt')]),
    ('Die Angeklagte Julia Brandt schwieg. Die Angeklagte sagte, sie habe von nichts gewusst.',
     [(IND, 'sie habe von nichts gewusst', 'Julia Brandt')]),
    ('Der Betreiber, die Nordwind Energie GmbH, erklärte, die Anlage sei sicher.',
     [(IND, 'die Anlage sei sicher', 'Nordwind Energie GmbH')]),
    ('Der Betreiber der Anlage, die Nordwind Energie GmbH, teilte mit, sie sei sicher.',
     [(IND, 'sie sei sicher', 'Nordwind Energie GmbH')]),
    ('Der Hersteller, die Firma Kessler, erklärte, das Gerät sei sicher.',
     [(IND, 'das Gerät sei sicher', 'Firma Kessler')]),
    ('Ayşe Demir unterstützte das Paket grundsätzlich, mahnte aber Nachbesserungen an.',
     [(IND, 'Ayşe Demir unterstützte das Paket grundsätzlich, mahnte aber Nachbesserungen an', 'Ayşe Demir')]),
    ('Ayşe Demir unterstützte das Paket grundsätzlich, forderte aber Nachbesserungen.',
     [(IND, 'Ayşe Demir unterstützte das Paket grundsätzlich, forderte aber Nachbesserungen', 'Ayşe Demir')]),
]

GUARDS = [
    ('Sollte die Koalition zerbrechen, drohten Neuwahlen.',
     []),
    ('Jonas Weber lobte den Entwurf, kündigte zudem Änderungen an.',
     [(IND, 'Jonas Weber lobte den Entwurf, kündigte zudem Änderungen an', 'Jonas Weber')]),
    ('Julia Brandt und Tim Roth sind angeklagt. Die Angeklagten sagten, sie hätten von nichts gewusst.',
     [(IND, 'sie hätten von nichts gewusst', 'Angeklagten')]),
    ('Kanzlerin Anna Berg sprach am Montag. Die Kanzlerin sagte, man werde die Steuern senken.',
     [(IND, 'man werde die Steuern senken', 'Anna Berg')]),
    ('Anna Berg (SPD) sprach am Montag. Die Politikerin sagte, man werde die Steuern senken.',
     [(IND, 'man werde die Steuern senken', 'Anna Berg')]),
    ('Kanzlerin Anna Berg sprach am Montag. Die Politikerin sagte, man werde die Steuern senken.',
     [(IND, 'man werde die Steuern senken', 'Anna Berg')]),
    ('Außenministerin Anna Berg sprach am Montag. Die Ministerin sagte, man werde die Steuern senken.',
     [(IND, 'man werde die Steuern senken', 'Anna Berg')]),
    ('Bundeskanzlerin Anna Berg sprach am Montag. Die Regierungschefin sagte, man werde die Steuern senken.',
     [(IND, 'man werde die Steuern senken', 'Anna Berg')]),
    ('Kanzlerin Anna Berg empfing Ministerin Eva Roth. Die Ministerin sagte, man werde die Steuern senken.',
     [(IND, 'man werde die Steuern senken', 'Eva Roth')]),
    ('Vizekanzler Karl Roth sprach am Montag. Der Minister sagte, man werde die Steuern senken.',
     [(IND, 'man werde die Steuern senken', 'Karl Roth')]),
    ('Der Angeklagte Rainer Pohlmann schwieg lange. Der Angeklagte sagte, er habe Fehler gemacht.',
     [(IND, 'er habe Fehler gemacht', 'Rainer Pohlmann')]),
    ('Der Angeklagte Rainer Pohlmann schwieg lange. Der Prozess gegen Tim Roth wird getrennt geführt. Der Angeklagte sagte, er habe Fehler gemacht.',
     [(IND, 'er habe Fehler gemacht', 'Rainer Pohlmann')]),
    ('Der 52-jährige Rainer Pohlmann schwieg lange. Der 52-Jährige sagte, er habe Fehler gemacht.',
     [(IND, 'er habe Fehler gemacht', 'Rainer Pohlmann')]),
    ('Die Zeugin Maria Schulz wurde am Mittwoch gehört. Die Zeugin sagte, sie habe nichts gesehen.',
     [(IND, 'sie habe nichts gesehen', 'Maria Schulz')]),
    ('Die Richterin Eva Lang verlas das Urteil. Die Richterin sagte, die Tat wiege schwer.',
     [(IND, 'die Tat wiege schwer', 'Eva Lang')]),
    ('Der Prozess gegen Rainer Pohlmann und Tim Roth begann am Montag. Der Angeklagte sagte, er habe Fehler gemacht.',
     [(IND, 'er habe Fehler gemacht', 'Angeklagte')]),
    ('Rainer Pohlmann traf Tim Roth am Bahnhof. Der Angeklagte sagte, er habe Fehler gemacht.',
     [(IND, 'er habe Fehler gemacht', 'Angeklagte')]),
    ('Der Sprecher, Karl Roth, erklärte, die Anlage sei sicher.',
     [(IND, 'die Anlage sei sicher', 'Karl Roth')]),
    ('Der Betreiber, Nordwind Energie, erklärte, die Anlage sei sicher.',
     [(IND, 'die Anlage sei sicher', 'Nordwind Energie')]),
    ('Die Nordwind Energie GmbH betreibt den Park. Der Betreiber erklärte, die Anlage sei sicher.',
     [(IND, 'die Anlage sei sicher', 'Nordwind Energie GmbH')]),
    ('Das Paket sei gut, sagten Gewerkschaften.',
     [(IND, 'Das Paket sei gut', 'Gewerkschaften')]),
    ('Verdi lobte das Angebot, beklagte aber die Unsicherheit.',
     [(IND, 'Verdi lobte das Angebot, beklagte aber die Unsicherheit', 'Verdi')]),
    ('Die Lage sei ernst, sagte aber Ministerin Eva Roth.',
     [(IND, 'Die Lage sei ernst', 'Eva Roth')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r51_deleft19_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r51_deleft19_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
