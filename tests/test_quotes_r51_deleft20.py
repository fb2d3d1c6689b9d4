"""Round 51, family deleft20 (German quotes): a call or an answer before a colon whose owner is named with "aus"/"von"
or a genitive ("Aus der SPD-Fraktion kam der Ruf: „…“" is the SPD-Fraktion's, "Dann ertönte ein Zwischenruf: „…“" no
one's named; both were the speaker before); a pronoun read in the driver's passes after the last sentence resolves to
the speaker up to its own sentence, not a person named later ("Anna Wiegand lebt im Dorf. Sie kennt jeden. »…«" went to
a Landrat named after the quotation); the last paragraph of a multi-paragraph quotation with only its closing mark; a
person named as the subject of a cue whose only clause was the writer's question ("Auf die Frage, ob er um seinen Job
fürchte, reagierte Kessler gelassen.") is the "er" of the next "sagte er". All sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Aus der SPD-Fraktion kam der Ruf: „Das sagen ausgerechnet Sie heute!“',
     [(DIR, 'Das sagen ausgerechnet Sie heute!', 'SPD-Fraktion'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Aus der Union kam ein Zwischenruf: „Das glauben Sie doch selbst nicht!“',
     [(DIR, 'Das glauben Sie doch selbst nicht!', 'Union'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Von den Grünen kam die Antwort: „Das ist viel zu wenig Geld.“',
     [(DIR, 'Das ist viel zu wenig Geld.', 'Grünen'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Dann ertönte ein Zwischenruf: „Das glauben Sie doch selbst nicht!“',
     [(DIR, 'Das glauben Sie doch selbst nicht!', None),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Der Zwischenruf der Linken: „Das glauben Sie doch selbst nicht!“',
     [(DIR, 'Das glauben Sie doch selbst nicht!', 'Linken'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Aus dem Saal kam der Ruf: „Das glauben Sie doch selbst nicht!“',
     [(DIR, 'Das glauben Sie doch selbst nicht!', None),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Aus den Reihen der Union kam der laute Zwischenruf: „Das glauben Sie doch selbst nicht!“',
     [(DIR, 'Das glauben Sie doch selbst nicht!', 'Union'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Die Ministerin Klara Geywitz warb für das Gesetz. Aus dem Publikum kam der Ruf: „Wer soll das bezahlen?“',
     [(DIR, 'Wer soll das bezahlen?', 'Publikum'),
      (IND, 'Die Ministerin Klara Geywitz warb für das Gesetz', 'Klara Geywitz')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Die Antwort kam prompt von Friedrich Merz: „Das ist viel zu wenig Geld.“',
     [(DIR, 'Das ist viel zu wenig Geld.', 'Friedrich Merz'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Der Verein hat Jan Kessler als Manager geholt. Trainer Markus Weber sagte, die Mannschaft sei stark. Auf die Frage, ob er um seinen Job fürchte, reagierte Kessler gelassen. „Ich mache mir keine Gedanken“, sagte er.',
     [(DIR, 'Ich mache mir keine Gedanken', 'Jan Kessler'),
      (IND, 'die Mannschaft sei stark', 'Markus Weber')]),
    ('Der Verein hat Jan Kessler als Manager geholt. Trainer Markus Weber sagte, die Mannschaft sei stark. Auf die Frage, ob er um seinen Job fürchte, reagierte Kessler gelassen. Er wolle weiter arbeiten, sagte er.',
     [(IND, 'Er wolle weiter arbeiten', 'Jan Kessler'),
      (IND, 'die Mannschaft sei stark', 'Markus Weber')]),
    ('Anna Wiegand lebt seit 30 Jahren im Dorf. Sie kennt jeden Nachbarn beim Namen.\n\n»Wer hier wohnt, hält zusammen. Das war schon immer so.\n\n»Aber jetzt wollen sie uns vertreiben, weil der Kreis Druck macht.«\n\nLandrat Heiko Sommer sieht das anders. Er sagte, die Pläne seien notwendig.',
     [(DIR, 'Aber jetzt wollen sie uns vertreiben, weil der Kreis Druck macht.', 'Anna Wiegand'),
      (DIR, 'Wer hier wohnt, hält zusammen. Das war schon immer so.', 'Anna Wiegand'),
      (IND, 'die Pläne seien notwendig', 'Heiko Sommer')]),
    ('Anna Wiegand lebt seit 30 Jahren im Dorf. Sie kennt jeden Nachbarn beim Namen.\n\n»Wer hier wohnt, hält zusammen. Das war schon immer so.\n\nAber jetzt wollen sie uns vertreiben, weil der Kreis Druck macht.«\n\nLandrat Heiko Sommer sieht das anders. Er sagte, die Pläne seien notwendig.',
     [(DIR, 'Aber jetzt wollen sie uns vertreiben, weil der Kreis Druck macht.', 'Anna Wiegand'),
      (DIR, 'Wer hier wohnt, hält zusammen. Das war schon immer so.', 'Anna Wiegand'),
      (IND, 'die Pläne seien notwendig', 'Heiko Sommer')]),
    ('Peter Brandt betreibt den Laden seit 1990.\n\n„Wir haben hier alles erlebt. Krisen, Baustellen, Pandemie.\n\nAber aufgeben kommt für uns nicht in Frage.“\n\nDas sagte er bei einem Besuch im März.',
     [(DIR, 'Aber aufgeben kommt für uns nicht in Frage.', 'Peter Brandt'),
      (DIR, 'Wir haben hier alles erlebt. Krisen, Baustellen, Pandemie.', 'Peter Brandt'),
      (IND, 'Das', 'Peter Brandt')]),
    ('Anna Wiegand lebt seit 30 Jahren im Dorf. Sie kennt jeden Nachbarn beim Namen.\n\n»Wer hier wohnt, hält zusammen.«\n\nLandrat Heiko Sommer sieht das anders. Er sagte, die Pläne seien notwendig.',
     [(DIR, 'Wer hier wohnt, hält zusammen.', 'Anna Wiegand'),
      (IND, 'die Pläne seien notwendig', 'Heiko Sommer')]),
]

GUARDS = [
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Seine Antwort: „Das ist eine gute Nachricht für alle.“',
     [(DIR, 'Das ist eine gute Nachricht für alle.', 'Olaf Scholz'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Kanzler Olaf Scholz sagte, der Haushalt sei solide. Die Devise lautet: „Wir sparen, wo es nur geht.“',
     [(DIR, 'Wir sparen, wo es nur geht.', 'Olaf Scholz'),
      (IND, 'der Haushalt sei solide', 'Olaf Scholz')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Sein Ruf: „Wir müssen jetzt zusammenstehen.“',
     [(DIR, 'Wir müssen jetzt zusammenstehen.', 'Olaf Scholz'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Die Antwort kam prompt: „Das ist viel zu wenig Geld.“',
     [(DIR, 'Das ist viel zu wenig Geld.', 'Olaf Scholz'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Die Warnung der Opposition: „Das wird teuer für alle.“',
     [(DIR, 'Das wird teuer für alle.', 'Opposition'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
    ('Der Verein hat Jan Kessler als Manager geholt. Trainer Markus Weber sagte, die Mannschaft sei stark. Danach reagierte Kessler gelassen. „Ich mache mir keine Gedanken“, sagte er.',
     [(DIR, 'Ich mache mir keine Gedanken', 'Jan Kessler'),
      (IND, 'die Mannschaft sei stark', 'Markus Weber')]),
    ('Der Verein hat Anna Kessler als Managerin geholt. Trainer Markus Weber sagte, die Mannschaft sei stark. Auf die Frage, ob sie um ihren Job fürchte, reagierte Kessler gelassen. „Ich mache mir keine Gedanken“, sagte er.',
     [(DIR, 'Ich mache mir keine Gedanken', 'Markus Weber'),
      (IND, 'die Mannschaft sei stark', 'Markus Weber')]),
    ('Trainer Markus Weber sagte, die Mannschaft sei stark. Dann lobte er Jan Kessler. „Er macht das sehr gut“, sagte er.',
     [(DIR, 'Er macht das sehr gut', 'Markus Weber'),
      (IND, 'Dann lobte er Jan Kessler', 'Markus Weber'),
      (IND, 'die Mannschaft sei stark', 'Markus Weber')]),
    ('„Wir bleiben hier“, sagte Anna Wiegand.\n\n»Das war schon immer so.\n\n»Niemand vertreibt uns«, fügte sie hinzu.',
     [(DIR, 'Das war schon immer so.', 'Anna Wiegand'),
      (DIR, 'Niemand vertreibt uns', 'Anna Wiegand'),
      (DIR, 'Wir bleiben hier', 'Anna Wiegand')]),
    ('Heiko Sommer sagte: »Wir prüfen das.\n\nDie Entscheidung fällt im Mai, sagte ein Sprecher.',
     [(DIR, 'Wir prüfen das.', 'Heiko Sommer'),
      (IND, 'Die Entscheidung fällt im Mai', 'Sprecher')]),
    ('Kanzler Olaf Scholz sagte, der Haushalt sei solide. Nachsatz: „Und das bleibt auch so, versprochen.“',
     [(DIR, 'Und das bleibt auch so, versprochen.', 'Olaf Scholz'),
      (IND, 'der Haushalt sei solide', 'Olaf Scholz')]),
    ('Trainer Markus Weber lobte die Fans. Der Ruf des Vereins hat gelitten, sagte er.',
     [(IND, 'Der Ruf des Vereins hat gelitten', 'Markus Weber'),
      (IND, 'Trainer Markus Weber lobte die Fans', 'Markus Weber')]),
    ('Heiko Sommer sagte: »Wir prüfen das noch einmal genau.\n\nEin Sprecher nannte das Vorgehen »voreilig und falsch«.',
     [(DIR, 'Wir prüfen das noch einmal genau.', 'Heiko Sommer'),
      (DIR, 'voreilig und falsch', 'Sprecher')]),
    ('Trainer Markus Weber lobte die Mannschaft. Auf die Frage, ob er kandidiere, antwortete er ausweichend. „Das entscheide ich später“, sagte er.',
     [(DIR, 'Das entscheide ich später', 'Markus Weber'),
      (IND, 'Trainer Markus Weber lobte die Mannschaft', 'Markus Weber')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Von der Regierungsbank kam Zustimmung. „Das ist der richtige Weg“, sagte er.',
     [(DIR, 'Das ist der richtige Weg', 'Regierungsbank'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz'),
      (IND, 'Von der Regierungsbank kam Zustimmung', 'Regierungsbank')]),
    ('Kanzler Olaf Scholz verteidigte den Haushalt. Aus der Opposition kam Kritik: Der Plan sei unsozial.',
     [(IND, 'Der Plan sei unsozial', 'Opposition'),
      (IND, 'Kanzler Olaf Scholz verteidigte den Haushalt', 'Olaf Scholz')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r51_deleft20_quotes_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r51_deleft20_quotes_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
