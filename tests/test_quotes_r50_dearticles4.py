"""Round 50, family dearticles4 (German articles written here: rail strike, flu season, school phone ban, a foreign
crisis with state media, a state election night, an interview report): a company or body written with "die" speaks before
the object after its verb ("Die Bahn forderte die Gewerkschaft auf, …"); a singular "sie" is no masculine or neuter body
("sagt sie" after "Der Verband …"); "…, räumte sie ein." keeps "sie" as its speaker (the particle "ein" was read as an
article); a Konjunktiv clause before an inverted cue whose report goes on after it ("Es sei nicht zu spät, betonte X:
…"); er/sie after a person described before a colon in the same sentence; "spricht dagegen von …" is no weighing of
evidence; "darunter zwei Polizisten" is an appendix; an addressees' list before an infinitive clause; polls named as a
questioning of voters ("Nachwahlbefragung")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


FIXES = [
    ('Die Bahn forderte die Gewerkschaft auf, an den Verhandlungstisch zurückzukehren.',
     [('INDIRECT_QUOTE', 'an den Verhandlungstisch zurückzukehren', 'Bahn')]),
    ('Die Universität kritisierte die Regierung.',
     [('INDIRECT_QUOTE', 'Die Universität kritisierte die Regierung', 'Universität')]),
    ('Die Klinik bat die Polizei um Hilfe.',
     [('INDIRECT_QUOTE', 'Die Klinik bat die Polizei um Hilfe', 'Klinik')]),
    ('Der Verband sagte, die Mengen seien ausreichend. Elke Brandt kennt das. Die 71-Jährige lag eine Woche im Krankenhaus. „Ich dachte, das ist eine Erkältung“, sagt sie heute.',
     [('INDIRECT_QUOTE', 'die Mengen seien ausreichend', 'Verband'), ('DIRECT_QUOTE', 'Ich dachte, das ist eine Erkältung', 'Elke Brandt')]),
    ('Das Institut erklärte, es gebe genug Impfstoff. „Ich habe lange gewartet“, sagte sie.',
     [('INDIRECT_QUOTE', 'es gebe genug Impfstoff', 'Institut'), ('DIRECT_QUOTE', 'Ich habe lange gewartet', None)]),
    ('Anna Lorenz kam. Viele Behörden seien unterbesetzt, räumte sie ein. Der Bund sei bereit, die Länder zu unterstützen.',
     [('INDIRECT_QUOTE', 'Viele Behörden seien unterbesetzt', 'Anna Lorenz'), ('INDIRECT_QUOTE', 'Der Bund sei bereit, die Länder zu unterstützen', 'Anna Lorenz')]),
    ('Die Lage sei ernst, räumte sie ein.',
     [('INDIRECT_QUOTE', 'Die Lage sei ernst', None)]),
    ('Die Lage sei ernst, sagte er, da sei ein Streik das letzte Mittel.',
     [('INDIRECT_QUOTE', 'Die Lage sei ernst', None), ('INDIRECT_QUOTE', 'da sei ein Streik das letzte Mittel', None)]),
    ('Es sei keineswegs zu spät, betonte Hartlieb: Der Impfschutz baue sich auf.',
     [('INDIRECT_QUOTE', 'Es sei keineswegs zu spät', 'Hartlieb'), ('INDIRECT_QUOTE', 'Der Impfschutz baue sich auf', 'Hartlieb')]),
    ('Harald Wenzke sagte, man werde streiken. Ein Student aus Göttingen zeigte Verständnis: Die Lokführer hätten einen harten Job, sagte er, da sei ein Streik das letzte Mittel.',
     [('INDIRECT_QUOTE', 'man werde streiken', 'Harald Wenzke'), ('INDIRECT_QUOTE', 'Die Lokführer hätten einen harten Job', 'Student'), ('INDIRECT_QUOTE', 'da sei ein Streik das letzte Mittel', 'Student')]),
    ('Harald Wenzke sagte, man werde streiken. Eine Pendlerin war wütend: Die Bahn lasse sie im Stich, sagte sie.',
     [('INDIRECT_QUOTE', 'man werde streiken', 'Harald Wenzke'), ('INDIRECT_QUOTE', 'Die Bahn lasse sie im Stich', 'Pendlerin')]),
    ('Die Regierung spricht dagegen von vier Toten.',
     [('INDIRECT_QUOTE', 'Die Regierung spricht dagegen von vier Toten', 'Regierung')]),
    ('Ein Oppositionspolitiker sprach dagegen am Telefon von Massenverhaftungen.',
     [('INDIRECT_QUOTE', 'Ein Oppositionspolitiker sprach dagegen am Telefon von Massenverhaftungen', 'Oppositionspolitiker')]),
    ('Die Regierung spricht von vier Toten, darunter zwei Polizisten.',
     [('INDIRECT_QUOTE', 'Die Regierung spricht von vier Toten, darunter zwei Polizisten', 'Regierung')]),
    ('Das Institut empfiehlt allen über 60 Jahren, Schwangeren und chronisch Kranken, sich impfen zu lassen.',
     [('INDIRECT_QUOTE', 'sich impfen zu lassen', 'Institut')]),
    ('Die Polizei rät Autofahrern, Radfahrern und Fußgängern, vorsichtig zu sein.',
     [('INDIRECT_QUOTE', 'vorsichtig zu sein', 'Polizei')]),
    ('Nach einer Nachwahlbefragung der Forschungsgruppe Wahlen war die Wirtschaft entscheidend.',
     [('INDIRECT_QUOTE', 'war die Wirtschaft entscheidend', 'Forschungsgruppe Wahlen')]),
]

GUARDS = [
    ('Laut einer Wählerbefragung liegt die SPD vorn.',
     [('INDIRECT_QUOTE', 'liegt die SPD vorn', 'Wählerbefragung')]),
    ('Den Vorschlag der Bahn lehnte die Gewerkschaft ab.',
     [('INDIRECT_QUOTE', 'Den Vorschlag der Bahn lehnte die Gewerkschaft ab', 'Gewerkschaft')]),
    ('Die Feuerwehr war im Einsatz. Sie rief die Anwohner auf, die Fenster zu schließen.',
     [('INDIRECT_QUOTE', 'die Fenster zu schließen', 'Feuerwehr')]),
    ('„Was tun Sie?“, fragte sie der Moderator.',
     [('DIRECT_QUOTE', 'Was tun Sie?', 'Moderator')]),
    ('Vieles spricht dagegen.',
     []),
    ('Einiges sprach jedoch dagegen, dass die Firma zahlt.',
     []),
    ('Die Polizei rät Autofahrern, langsam zu fahren.',
     [('INDIRECT_QUOTE', 'langsam zu fahren', 'Polizei')]),
    ('Nach der Befragung der Zeugen vertagte das Gericht die Verhandlung.',
     []),
    ('Harald Wenzke sagte, man werde streiken. Der Streik hat Folgen: Die Kunden seien verärgert, sagte er.',
     [('INDIRECT_QUOTE', 'man werde streiken', 'Harald Wenzke'), ('INDIRECT_QUOTE', 'Die Kunden seien verärgert', 'Harald Wenzke')]),
    ('Die Lage ist ernst, sagte er, da sei ein Streik das letzte Mittel.',
     [('INDIRECT_QUOTE', 'da sei ein Streik das letzte Mittel', None)]),
    ('Wenn das Tempo gehalten werde, sagte sie, sei das Ziel zu schaffen.',
     [('INDIRECT_QUOTE', 'Wenn das Tempo gehalten werde', None), ('INDIRECT_QUOTE', 'sei das Ziel zu schaffen', None)]),
    ('Die Lage sei ernst, sagte er, es gebe keinen anderen Weg.',
     [('INDIRECT_QUOTE', 'Die Lage sei ernst', None), ('INDIRECT_QUOTE', 'es gebe keinen anderen Weg', None)]),
    ('Die Stadträtin Eva Kurz sagte, die Pläne seien gut. „Wir sind bereit“, sagte sie.',
     [('INDIRECT_QUOTE', 'die Pläne seien gut', 'Eva Kurz'), ('DIRECT_QUOTE', 'Wir sind bereit', 'Eva Kurz')]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
