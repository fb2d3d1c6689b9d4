"""Round 53, family de4left: German leftovers of the round's fourth German audit (short community news). A person's name
in apposition still speaks when an affiliation with vom/von der/aus/beim follows it ("Der Leiter der Grabung, Diego Pol
vom Museo Egidio Feruglio, sagte, …" had the speaker "Leiter der Grabung"); "Ver.di" with a hyphenated compound is one
word ("Ver.di-Vize Christine Behle sagte" had the SPEAKER span "Vize Christine Behle"); the union's lower-case spelling
"ver.di" is a name, also in the canonical name and in a coordination ("Die Gewerkschaften ver.di und IG BCE riefen …
auf" is the two unions together, as with "Verdi"; "Die Agentur dpa" was "Agentur"). "Er glaube, dass …" after an
attributed sentence stays one INDIRECT_QUOTE of the whole sentence (round 29's convention; guard rows)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"
SPE = "SPEAKER"


def run_r53_de4left(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", labels=(DIR, IND, SPE), with_label=True)


FIXES_R53_DE4LEFT = [
    # a name in apposition with its affiliation
    ('Der Leiter der Grabung, Diego Pol vom Museo Egidio Feruglio, sagte, der Fund schließe eine Lücke. Das Tier sei zehn Meter lang gewesen.',
     [(IND, 'Das Tier sei zehn Meter lang gewesen', 'Diego Pol'), (IND, 'der Fund schließe eine Lücke', 'Diego Pol'), (SPE, 'Diego Pol', None)]),
    ('Die Sprecherin der Stiftung, Anna Roth von der Universität Kiel, erklärte, die Daten seien unvollständig.',
     [(IND, 'die Daten seien unvollständig', 'Anna Roth'), (SPE, 'Anna Roth', None)]),
    ('Der Trainer der Mannschaft, Tom Berg aus Bremen, sagte, das Team habe gekämpft.',
     [(IND, 'das Team habe gekämpft', 'Tom Berg'), (SPE, 'Tom Berg', None)]),
    ('Die Chefin der Behörde, Karin Wolf vom Umweltbundesamt, warnte, die Werte seien zu hoch.',
     [(IND, 'die Werte seien zu hoch', 'Karin Wolf'), (SPE, 'Karin Wolf', None)]),
    ('Ein Sprecher der Polizei, Marco Hensel vom Polizeipräsidium Mittelfranken, teilte mit, der Fahrer sei geflohen.',
     [(IND, 'der Fahrer sei geflohen', 'Marco Hensel'), (SPE, 'Marco Hensel', None)]),
    ('Die Direktorin des Museums, Lena Vogt vom Deutschen Historischen Museum, betonte, die Sammlung bleibe geöffnet.',
     [(IND, 'die Sammlung bleibe geöffnet', 'Lena Vogt'), (SPE, 'Lena Vogt', None)]),
    ('Der Leiter der Grabung, Diego Pol vom Museum in Trelew, sagte, der Fund sei wichtig.',
     [(IND, 'der Fund sei wichtig', 'Diego Pol'), (SPE, 'Diego Pol', None)]),
    # "Ver.di" with a compound
    ('Ver.di-Vize Christine Behle sagte, die Arbeitgeber hätten kein Angebot vorgelegt.',
     [(IND, 'die Arbeitgeber hätten kein Angebot vorgelegt', 'Christine Behle'), (SPE, 'Ver.di-Vize Christine Behle', None)]),
    ('Der Streik geht weiter. Ver.di-Chef Frank Werneke kündigte an, die Gewerkschaft werde nicht nachgeben.',
     [(IND, 'die Gewerkschaft werde nicht nachgeben', 'Frank Werneke'), (SPE, 'Ver.di-Chef Frank Werneke', None)]),
    # "ver.di" and other lower-case names
    ('Die Gewerkschaft ver.di forderte den Erhalt aller Arbeitsplätze.',
     [(IND, 'Die Gewerkschaft ver.di forderte den Erhalt aller Arbeitsplätze', 'Gewerkschaft ver.di'), (SPE, 'Die Gewerkschaft ver.di', None)]),
    ('Die Gewerkschaft ver.di sagte, die Beschäftigten dürften nicht die Zeche zahlen.',
     [(IND, 'die Beschäftigten dürften nicht die Zeche zahlen', 'Gewerkschaft ver.di'), (SPE, 'Die Gewerkschaft ver.di', None)]),
    ('Die Gewerkschaften ver.di und IG BCE riefen zu Warnstreiks auf.',
     [(IND, 'Die Gewerkschaften ver.di und IG BCE riefen zu Warnstreiks auf', 'Gewerkschaften ver.di und IG BCE'),
      (SPE, 'Die Gewerkschaften ver.di und IG BCE', None)]),
    ('Die Gewerkschaften ver.di und IG Metall erklärten, die Löhne müssten deutlich steigen.',
     [(IND, 'die Löhne müssten deutlich steigen', 'Gewerkschaften ver.di und IG Metall'), (SPE, 'Die Gewerkschaften ver.di und IG Metall', None)]),
    ('Die Agentur dpa meldete, die Verhandlungen seien gescheitert.',
     [(IND, 'die Verhandlungen seien gescheitert', 'Agentur dpa'), (SPE, 'Die Agentur dpa', None)]),
    ('Die Organisation foodwatch kritisierte, die Werbung sei irreführend.',
     [(IND, 'die Werbung sei irreführend', 'Organisation foodwatch'), (SPE, 'Die Organisation foodwatch', None)]),
]

GUARDS_R53_DE4LEFT = [
    ('Der Leiter der Grabung, Diego Pol, sagte, der Fund schließe eine Lücke.',
     [(IND, 'der Fund schließe eine Lücke', 'Diego Pol'), (SPE, 'Diego Pol', None)]),
    # a noble name's "von" is no affiliation
    ('Der frühere Bundespräsident, Richard von Weizsäcker, sagte, die Lage sei ernst.',
     [(IND, 'die Lage sei ernst', 'Richard von Weizsäcker'), (SPE, 'Der frühere Bundespräsident, Richard von Weizsäcker', None)]),
    # a relative clause with "von der" is no name
    ('Die Sprecherin der Stiftung, die von der Universität Kiel kommt, erklärte, die Daten seien unvollständig.',
     [(IND, 'die Daten seien unvollständig', 'Sprecherin der Stiftung'), (SPE, 'Die Sprecherin der Stiftung', None)]),
    ('Verdi-Vize Christine Behle sagte, die Arbeitgeber hätten kein Angebot vorgelegt.',
     [(IND, 'die Arbeitgeber hätten kein Angebot vorgelegt', 'Christine Behle'), (SPE, 'Verdi-Vize Christine Behle', None)]),
    ('Die Gewerkschaften Verdi und IG BCE riefen zu Warnstreiks auf.',
     [(IND, 'Die Gewerkschaften Verdi und IG BCE riefen zu Warnstreiks auf', 'Gewerkschaften Verdi und IG BCE'),
      (SPE, 'Die Gewerkschaften Verdi und IG BCE', None)]),
    ('Die Gewerkschaft Verdi forderte den Erhalt aller Arbeitsplätze.',
     [(IND, 'Die Gewerkschaft Verdi forderte den Erhalt aller Arbeitsplätze', 'Gewerkschaft Verdi'), (SPE, 'Die Gewerkschaft Verdi', None)]),
    ('Laut dpa wurden die Verhandlungen vertagt.',
     [(IND, 'wurden die Verhandlungen vertagt', 'dpa'), (SPE, 'dpa', None)]),
    # "Er/Sie glaube, dass …" continues a chain as one whole sentence; alone it reports nothing
    ('Karla Wendt sagte am Montag, die Lage sei ernst. Sie glaube, dass die Preise weiter steigen.',
     [(IND, 'Sie glaube, dass die Preise weiter steigen', 'Karla Wendt'), (IND, 'die Lage sei ernst', 'Karla Wendt'), (SPE, 'Karla Wendt', None)]),
    ('Der Paläontologe Tom Brandt nannte den Fund „außergewöhnlich“. Er glaube, dass noch viele Arten zu finden seien.',
     [(DIR, 'außergewöhnlich', 'Tom Brandt'), (IND, 'Er glaube, dass noch viele Arten zu finden seien', 'Tom Brandt'),
      (SPE, 'Der Paläontologe Tom Brandt', None)]),
    ('Er glaube, dass noch viele Arten zu finden seien.', []),
]


@pytest.mark.parametrize("text,expected", FIXES_R53_DE4LEFT)
def test_r53_de4left_fixes(text, expected):
    assert sorted(run_r53_de4left(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS_R53_DE4LEFT)
def test_r53_de4left_guards(text, expected):
    assert sorted(run_r53_de4left(text)) == sorted(expected)
