"""Round 52, family de4left: German leftovers of the round's fourth German audit. A titled name with its article and
lower-case adjectives in apposition names the speaker ("Der Vorsitzende der X, der bayerische Regierungschef Georg
Habermehl, zeigte sich …"); a statement's described genitive owner is the body named before, else its base form ("in
einer Stellungnahme des Unternehmens"); a dative plural in "-ern" after "den" is its base form ("Den Rechnungsprüfern
zufolge"); a city's adjective before a company's own name and legal form is no part of it ("die Kasseler Rheinwerk
Defence GmbH"); "verteidigen" with a seat, title or lead is no speech ("das Rathaus verteidigt"); adjectives or an
extended attribute before a source noun keep its genitive owner ("Einer am Donnerstag veröffentlichten Studie des
Instituts …"); the reproach after a title and surname is no part of the name ("warf dem Kanzler Scholz Versagen vor")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # (another speaker in between: the described company in its base form only)
    ('Der Hersteller, die Rheinwerk Defence GmbH, wies die Verantwortung zurück. Ein Minister sagte, das reiche nicht. Man habe umstellen müssen, hieß es in einer Stellungnahme des Unternehmens.',
     [(IND, 'Der Hersteller, die Rheinwerk Defence GmbH, wies die Verantwortung zurück', 'Rheinwerk Defence GmbH'), (IND, 'das reiche nicht', 'Minister'), (IND, 'Man habe umstellen müssen', 'Unternehmen')]),
    ('Der Hersteller, die Kasseler Rheinwerk Defence GmbH, wies die Verantwortung zurück. Man habe die Lieferketten umstellen müssen, hieß es in einer Stellungnahme des Unternehmens.',
     [(IND, 'Der Hersteller, die Kasseler Rheinwerk Defence GmbH, wies die Verantwortung zurück', 'Rheinwerk Defence GmbH'), (IND, 'Man habe die Lieferketten umstellen müssen', 'Rheinwerk Defence GmbH')]),
    ('Der Vorsitzende der Ministerpräsidentenkonferenz, der bayerische Regierungschef Georg Habermehl, zeigte sich zufrieden mit dem Ergebnis.',
     [(IND, 'Der Vorsitzende der Ministerpräsidentenkonferenz, der bayerische Regierungschef Georg Habermehl, zeigte sich zufrieden mit dem Ergebnis', 'Georg Habermehl')]),
    ('Der Chef der Gewerkschaft, der ehemalige Lokführer Klaus Weber, kündigte Streiks an.',
     [(IND, 'Der Chef der Gewerkschaft, der ehemalige Lokführer Klaus Weber, kündigte Streiks an', 'Klaus Weber')]),
    ('Die Chefin der Behörde, die frühere Staatssekretärin Anna Berger, sagte, man sei enttäuscht.',
     [(IND, 'man sei enttäuscht', 'Anna Berger')]),
    ('Der Sprecher der Landesregierung, der langjährige Regierungssprecher Thomas Kranz, sagte, die Gespräche liefen gut.',
     [(IND, 'die Gespräche liefen gut', 'Thomas Kranz')]),
    ('Die Vorsitzende des Ausschusses, die erfahrene Abgeordnete Petra Lindner, forderte mehr Transparenz.',
     [(IND, 'Die Vorsitzende des Ausschusses, die erfahrene Abgeordnete Petra Lindner, forderte mehr Transparenz', 'Petra Lindner')]),
    ('Der Präsident des Verbands, der frühere Bürgermeister Jürgen Hahn, warnte vor einer Pleitewelle.',
     [(IND, 'Der Präsident des Verbands, der frühere Bürgermeister Jürgen Hahn, warnte vor einer Pleitewelle', 'Jürgen Hahn')]),
    ('Man werde das Urteil prüfen, hieß es in einer Stellungnahme des Unternehmens.',
     [(IND, 'Man werde das Urteil prüfen', 'Unternehmen')]),
    ('Die Rheinwerk GmbH kündigte Einsprüche an. Man werde das Urteil prüfen, hieß es in einer Mitteilung des Unternehmens.',
     [(IND, 'Die Rheinwerk GmbH kündigte Einsprüche an', 'Rheinwerk GmbH'), (IND, 'Man werde das Urteil prüfen', 'Rheinwerk GmbH')]),
    ('Siemens senkte die Prognose. Man sei zuversichtlich, hieß es in einer Stellungnahme des Konzerns.',
     [(IND, 'Man sei zuversichtlich', 'Siemens')]),
    ('Man werde die Vorwürfe prüfen, hieß es in einer Mitteilung des Ministeriums.',
     [(IND, 'Man werde die Vorwürfe prüfen', 'Ministerium')]),
    ('Den Rechnungsprüfern zufolge wurden die Mittel verschwendet.',
     [(IND, 'wurden die Mittel verschwendet', 'Rechnungsprüfer')]),
    ('Laut den Ermittlern war der Mann betrunken.',
     [(IND, 'war der Mann betrunken', 'Ermittler')]),
    ('Den Forschern zufolge steigt der Meeresspiegel schneller.',
     [(IND, 'steigt der Meeresspiegel schneller', 'Forscher')]),
    ('Der Hersteller, die Kasseler Rheinwerk Defence GmbH, wies die Vorwürfe zurück.',
     [(IND, 'Der Hersteller, die Kasseler Rheinwerk Defence GmbH, wies die Vorwürfe zurück', 'Rheinwerk Defence GmbH')]),
    ('Der Betreiber, die Münchner Nordwind Energie AG, wies die Vorwürfe zurück.',
     [(IND, 'Der Betreiber, die Münchner Nordwind Energie AG, wies die Vorwürfe zurück', 'Nordwind Energie AG')]),
    ('Bei der Kommunalwahl haben die Grünen in Freiburg das Rathaus verteidigt.',
     []),
    ('Der Weltmeister verteidigte seinen Titel in Wimbledon.',
     []),
    ('Die CDU verteidigte ihre absolute Mehrheit im Landtag.',
     []),
    ('Bayern verteidigte die Tabellenführung mit einem Sieg in Mainz.',
     []),
    ('Die Amtsinhaberin verteidigte ihr Mandat im Wahlkreis Nord.',
     []),
    ('Der Spitzenreiter verteidigte seinen Vorsprung auf die Verfolger.',
     []),
    ('Einer am Donnerstag veröffentlichten Studie des Instituts für Wohnungswirtschaft (IfW) zufolge steigen die Mieten weiter.',
     [(IND, 'steigen die Mieten weiter', 'Institut für Wohnungswirtschaft')]),
    ('Einer neuen Studie des Instituts für Wohnungswirtschaft zufolge steigen die Mieten weiter.',
     [(IND, 'steigen die Mieten weiter', 'Institut für Wohnungswirtschaft')]),
    ('Laut einer gestern vorgelegten Studie der Bertelsmann-Stiftung steigen die Mieten weiter.',
     [(IND, 'steigen die Mieten weiter', 'Bertelsmann-Stiftung')]),
    ('Einem internen Bericht des Ministeriums zufolge fehlt Geld für die Sanierung.',
     [(IND, 'fehlt Geld für die Sanierung', 'Ministerium')]),
    ('Einem am Montag vorgestellten Gutachten des Umweltbundesamtes zufolge sind die Werte zu hoch.',
     [(IND, 'sind die Werte zu hoch', 'Umweltbundesamt')]),
    ('Die Opposition warf dem Kanzler Scholz Versagen vor. „Wir handeln“, sagte der Kanzler.',
     [(IND, 'Die Opposition warf dem Kanzler Scholz Versagen vor', 'Opposition'), (DIR, 'Wir handeln', 'Scholz')]),
    ('Die Opposition warf dem Kanzler Olaf Scholz Versagen vor. „Wir handeln“, sagte der Kanzler.',
     [(IND, 'Die Opposition warf dem Kanzler Olaf Scholz Versagen vor', 'Opposition'), (DIR, 'Wir handeln', 'Olaf Scholz')]),
    ('Die Opposition warf Kanzler Scholz Untätigkeit vor. „Wir handeln“, sagte der Kanzler.',
     [(IND, 'Die Opposition warf Kanzler Scholz Untätigkeit vor', 'Opposition'), (DIR, 'Wir handeln', 'Scholz')]),
    ('Die Gewerkschaft warf der Ministerin Lindner Wortbruch vor. „Das stimmt nicht“, sagte die Ministerin.',
     [(IND, 'Die Gewerkschaft warf der Ministerin Lindner Wortbruch vor', 'Gewerkschaft'), (DIR, 'Das stimmt nicht', 'Lindner')]),
]

GUARDS = [
    ('Der Minister, Georg Habermehl, sagte, das Ergebnis sei gut.',
     [(IND, 'das Ergebnis sei gut', 'Georg Habermehl')]),
    ('Der Vorsitzende der Kommission, der bayerische Regierungschef, sagte, man sei zufrieden.',
     [(IND, 'man sei zufrieden', 'Vorsitzende der Kommission')]),
    ('Der Sprecher des Verbands, der neue Sprecher, sagte, man sei enttäuscht.',
     [(IND, 'man sei enttäuscht', 'Sprecher des Verbands')]),
    ('Der Vorsitzende der Bischofskonferenz, der Limburger Bischof Georg Bätzing, betonte, die Kirche müsse sich ändern.',
     [(IND, 'die Kirche müsse sich ändern', 'Georg Bätzing')]),
    ('Man werde prüfen, hieß es in einer Mitteilung des Präsidenten.',
     [(IND, 'Man werde prüfen', 'Präsidenten')]),
    ('Das Umweltbundesamt warnte vor Hitze. Man werde prüfen, hieß es in einer Stellungnahme der Behörde.',
     [(IND, 'Das Umweltbundesamt warnte vor Hitze', 'Umweltbundesamt'), (IND, 'Man werde prüfen', 'Umweltbundesamt')]),
    ('Den Bauern zufolge wurden die Mittel verschwendet.',
     [(IND, 'wurden die Mittel verschwendet', 'Bauern')]),
    ('Den Grünen zufolge wurden die Mittel verschwendet.',
     [(IND, 'wurden die Mittel verschwendet', 'Grünen')]),
    ('Der Betreiber, die Hamburger Hochbahn AG, wies die Vorwürfe zurück.',
     [(IND, 'Der Betreiber, die Hamburger Hochbahn AG, wies die Vorwürfe zurück', 'Hamburger Hochbahn AG')]),
    ('Der Verlag, die Frankfurter Allgemeine Zeitung GmbH, wies die Vorwürfe zurück.',
     [(IND, 'Der Verlag, die Frankfurter Allgemeine Zeitung GmbH, wies die Vorwürfe zurück', 'Frankfurter Allgemeine Zeitung GmbH')]),
    ('Der Betreiber, die Berliner Verkehrsbetriebe, wies die Vorwürfe zurück.',
     [(IND, 'Der Betreiber, die Berliner Verkehrsbetriebe, wies die Vorwürfe zurück', 'Berliner Verkehrsbetriebe')]),
    ('Der Hersteller, die Bauer Media Group, wies die Vorwürfe zurück.',
     [(IND, 'Der Hersteller, die Bauer Media Group, wies die Vorwürfe zurück', 'Bauer Media Group')]),
    ('Der Betreiber, die Münchner Stadtwerke Service GmbH, wies die Vorwürfe zurück.',
     [(IND, 'Der Betreiber, die Münchner Stadtwerke Service GmbH, wies die Vorwürfe zurück', 'Münchner Stadtwerke Service GmbH')]),
    ('Der Minister verteidigte die Reform gegen Kritik.',
     [(IND, 'Der Minister verteidigte die Reform gegen Kritik', 'Minister')]),
    ('Die Ministerin verteidigte ihre Entscheidung, die Schulen zu schließen.',
     [(IND, 'die Schulen zu schließen', 'Ministerin')]),
    ('Der Trainer verteidigte seine Spieler gegen die Kritik.',
     [(IND, 'Der Trainer verteidigte seine Spieler gegen die Kritik', 'Trainer')]),
    ('Einer Studie des Instituts für Wohnungswirtschaft (IfW) zufolge steigen die Mieten weiter.',
     [(IND, 'steigen die Mieten weiter', 'Institut für Wohnungswirtschaft')]),
    ('Die Opposition warf dem Kanzler Symbolpolitik vor.',
     [(IND, 'Die Opposition warf dem Kanzler Symbolpolitik vor', 'Opposition')]),
    ('Die Opposition warf dem Kanzler Olaf Scholz vor, zu spät gehandelt zu haben.',
     [(IND, 'zu spät gehandelt zu haben', 'Opposition')]),
    ('Der Verband kritisierte Kanzler Olaf Scholz. „Wir handeln“, sagte der Kanzler.',
     [(IND, 'Der Verband kritisierte Kanzler Olaf Scholz', 'Verband'), (DIR, 'Wir handeln', 'Olaf Scholz')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r52_de4left_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r52_de4left_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
