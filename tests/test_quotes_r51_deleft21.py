"""Round 51, family deleft21 (German article audits): a role description after the aide of the person it names spoke
("…, sagte ihr Sprecher. Die Sängerin selbst formuliert es so: »…«") names that person, also when a capitalised adjective
and noun opening a sentence ("Alte Lieder werde es …") was read as a name; Konjunktiv I cue forms "rechne damit, dass",
"sei überzeugt, dass" continue the reported speech as a whole sentence, as "Sie glaube, dass …" does; a body's document
with its owner ("In einer Mitteilung der Staatskanzlei hieß es") is the body, one without an owner right after a
sentence in which that body spoke is the body; an age given to an unnamed role ("Eine 54-jährige Zeugin") is that
role ("Zeugin") on later age mentions."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return sorted(quotes_of(text, "de", with_label=True))


FIXES = [
    ('In einer Pressemitteilung des Innenministeriums heißt es, man prüfe den Vorgang.',
     [('INDIRECT_QUOTE', 'man prüfe den Vorgang', 'Innenministerium')]),  # (round 52, de4left: base form)
    ('Lena Lind hat ein neues Album aufgenommen. Es erscheint im Herbst bei einem kleinen Label in Hamburg, das sie vor drei Jahren gegründet hat. Im Frühjahr folgt eine Tournee durch zwölf Städte in Deutschland, Österreich und der Schweiz. Neue Lieder werde es dabei nicht geben, sagte ihr Sprecher. Die Sängerin formuliert es so: »Ich schaue nach vorn.«',
     [('DIRECT_QUOTE', 'Ich schaue nach vorn.', 'Lena Lind'), ('INDIRECT_QUOTE', 'Neue Lieder werde es dabei nicht geben', 'Sprecher')]),
    ('Wer Marta Keller kennt, weiß das.\n\nAlte Bilder werde es nicht geben, sagte ihr Sprecher. Die Malerin selbst formuliert es so: »Ich male jetzt klein.«',
     [('DIRECT_QUOTE', 'Ich male jetzt klein.', 'Marta Keller'), ('INDIRECT_QUOTE', 'Alte Bilder werde es nicht geben', 'Sprecher')]),
    ('Karla Wendt sagte am Montag in Berlin, die Lage sei ernst. Sie rechne damit, dass die Preise weiter steigen.',
     [('INDIRECT_QUOTE', 'Sie rechne damit, dass die Preise weiter steigen', 'Karla Wendt'), ('INDIRECT_QUOTE', 'die Lage sei ernst', 'Karla Wendt')]),
    ('Karla Wendt sagte am Montag in Berlin, die Lage sei ernst. Sie sei überzeugt, dass die Preise weiter steigen.',
     [('INDIRECT_QUOTE', 'Sie sei überzeugt, dass die Preise weiter steigen', 'Karla Wendt'), ('INDIRECT_QUOTE', 'die Lage sei ernst', 'Karla Wendt')]),
    ('Karla Wendt sagte am Montag in Berlin, die Lage sei ernst. Sie sei sich sicher, dass die Preise weiter steigen.',
     [('INDIRECT_QUOTE', 'Sie sei sich sicher, dass die Preise weiter steigen', 'Karla Wendt'), ('INDIRECT_QUOTE', 'die Lage sei ernst', 'Karla Wendt')]),
    ('In einer Mitteilung der Staatskanzlei hieß es, man prüfe den Vorgang.',
     [('INDIRECT_QUOTE', 'man prüfe den Vorgang', 'Staatskanzlei')]),
    ('In einer schriftlichen Stellungnahme der Stadtwerke hieß es: „Wir prüfen den Vorgang.“',
     [('DIRECT_QUOTE', 'Wir prüfen den Vorgang.', 'Stadtwerke')]),
    ('In einer Stellungnahme von Greenpeace hieß es, man prüfe den Vorgang.',
     [('INDIRECT_QUOTE', 'man prüfe den Vorgang', 'Greenpeace')]),
    ('Die Staatskanzlei wies die Vorwürfe zurück. In einer schriftlichen Stellungnahme hieß es, man prüfe den Vorgang.',
     [('INDIRECT_QUOTE', 'Die Staatskanzlei wies die Vorwürfe zurück', 'Staatskanzlei'), ('INDIRECT_QUOTE', 'man prüfe den Vorgang', 'Staatskanzlei')]),
    ('Eine 54-jährige Zeugin hat den Unfall beobachtet. „Das Auto fuhr viel zu schnell“, sagte die Zeugin. „Ich habe sofort die Polizei gerufen“, sagte die 54-Jährige.',
     [('DIRECT_QUOTE', 'Das Auto fuhr viel zu schnell', 'Zeugin'), ('DIRECT_QUOTE', 'Ich habe sofort die Polizei gerufen', 'Zeugin')]),
    ('Ein 71-jähriger Rentner hat den Unfall beobachtet. „Ich habe sofort die Polizei gerufen“, sagte der 71-Jährige.',
     [('DIRECT_QUOTE', 'Ich habe sofort die Polizei gerufen', 'Rentner')]),
]


GUARDS = [
    ('Die Sängerin Lena Lind hat ein neues Album aufgenommen. Es erscheint im Herbst bei einem kleinen Label in Hamburg, das sie vor drei Jahren gegründet hat. Im Frühjahr folgt eine Tournee durch zwölf Städte in Deutschland, Österreich und der Schweiz. Alte Lieder werde es dabei nicht geben, sagte ihr Sprecher. Die Sängerin selbst formuliert es so: »Ich schaue nach vorn.«',
     [('DIRECT_QUOTE', 'Ich schaue nach vorn.', 'Lena Lind'), ('INDIRECT_QUOTE', 'Alte Lieder werde es dabei nicht geben', 'Sprecher')]),
    ('Der Sänger Jonas Lind hat ein neues Album aufgenommen. Es erscheint im Herbst bei einem kleinen Label in Hamburg, das sie vor drei Jahren gegründet hat. Im Frühjahr folgt eine Tournee durch zwölf Städte in Deutschland, Österreich und der Schweiz. Alte Lieder werde es dabei nicht geben, sagte sein Sprecher. Der Sänger selbst formuliert es so: »Ich schaue nach vorn.«',
     [('DIRECT_QUOTE', 'Ich schaue nach vorn.', 'Jonas Lind'), ('INDIRECT_QUOTE', 'Alte Lieder werde es dabei nicht geben', 'Sprecher')]),
    ('Lena Lind hat ein neues Album aufgenommen. Es erscheint im Herbst bei einem kleinen Label in Hamburg, das sie vor drei Jahren gegründet hat. Im Frühjahr folgt eine Tournee durch zwölf Städte in Deutschland, Österreich und der Schweiz. Die Sängerin selbst formuliert es so: »Ich schaue nach vorn.«',
     [('DIRECT_QUOTE', 'Ich schaue nach vorn.', 'Sängerin')]),
    ('Die Sängerin Lena Lind hat ein neues Album aufgenommen. Es erscheint im Herbst bei einem kleinen Label in Hamburg, das sie vor drei Jahren gegründet hat. Im Frühjahr folgt eine Tournee durch zwölf Städte in Deutschland, Österreich und der Schweiz. Alte Lieder werde es dabei nicht geben, sagte sein Sprecher. Die Sängerin selbst formuliert es so: »Ich schaue nach vorn.«',
     [('DIRECT_QUOTE', 'Ich schaue nach vorn.', 'Lena Lind'), ('INDIRECT_QUOTE', 'Alte Lieder werde es dabei nicht geben', 'Sprecher')]),
    ('Die Sängerin Mara Lind hat ein neues Album aufgenommen. Produziert hat es Julia Brandt. Es erscheint im Herbst bei einem kleinen Label in Hamburg, das sie vor drei Jahren gegründet hat. Im Frühjahr folgt eine Tournee durch zwölf Städte in Deutschland, Österreich und der Schweiz. Alte Lieder werde es dabei nicht geben, sagte ihr Sprecher. Die Sängerin selbst formuliert es so: »Ich schaue nach vorn.«',
     [('DIRECT_QUOTE', 'Ich schaue nach vorn.', 'Sängerin'), ('INDIRECT_QUOTE', 'Alte Lieder werde es dabei nicht geben', 'Sprecher')]),
    ('Karla Wendt sagte am Montag in Berlin, die Lage sei ernst. Sie glaube, dass die Preise weiter steigen.',
     [('INDIRECT_QUOTE', 'Sie glaube, dass die Preise weiter steigen', 'Karla Wendt'), ('INDIRECT_QUOTE', 'die Lage sei ernst', 'Karla Wendt')]),
    ('Karla Wendt sagte am Montag in Berlin, die Lage sei ernst. Sie rechnet damit, dass die Preise weiter steigen.',
     [('INDIRECT_QUOTE', 'die Lage sei ernst', 'Karla Wendt'), ('INDIRECT_QUOTE', 'die Preise weiter steigen', 'Karla Wendt')]),
    ('Die Experten rechnen damit, dass die Preise steigen.',
     [('INDIRECT_QUOTE', 'die Preise steigen', 'Experten')]),
    ('Die Ministerin ist überzeugt, dass die Preise steigen.',
     [('INDIRECT_QUOTE', 'die Preise steigen', 'Ministerin')]),
    ('Es sei sicher, dass die Preise steigen, sagte Karla Wendt.',
     [('INDIRECT_QUOTE', 'Es sei sicher, dass die Preise steigen', 'Karla Wendt')]),
    ('In einer schriftlichen Stellungnahme hieß es, man prüfe den Vorgang.',
     [('INDIRECT_QUOTE', 'man prüfe den Vorgang', 'Stellungnahme')]),
    ('In einer Mitteilung vom Montag hieß es, man prüfe den Vorgang.',
     [('INDIRECT_QUOTE', 'man prüfe den Vorgang', 'Mitteilung')]),
    ('In der Erklärung der Bundesregierung hieß es, man prüfe den Vorgang.',
     [('INDIRECT_QUOTE', 'man prüfe den Vorgang', 'Bundesregierung')]),
    ('Die Stadtwerke wiesen die Vorwürfe zurück. Die Lage ist unklar. In einer Stellungnahme hieß es, man prüfe den Vorgang.',
     [('INDIRECT_QUOTE', 'Die Stadtwerke wiesen die Vorwürfe zurück', 'Stadtwerke'), ('INDIRECT_QUOTE', 'man prüfe den Vorgang', 'Stellungnahme')]),
    ('Anna Roth wies die Vorwürfe zurück. In einer Stellungnahme hieß es, man prüfe den Vorgang.',
     [('INDIRECT_QUOTE', 'Anna Roth wies die Vorwürfe zurück', 'Anna Roth'), ('INDIRECT_QUOTE', 'man prüfe den Vorgang', 'Stellungnahme')]),
    ('Ein 71-jähriger Mann hat den Unfall beobachtet. „Ich habe sofort die Polizei gerufen“, sagte der 71-Jährige.',
     [('DIRECT_QUOTE', 'Ich habe sofort die Polizei gerufen', '71-Jährige')]),
    ('Die 54-jährige Zeugin Anna Roth hat den Unfall beobachtet. „Ich habe sofort die Polizei gerufen“, sagte die 54-Jährige.',
     [('DIRECT_QUOTE', 'Ich habe sofort die Polizei gerufen', 'Anna Roth')]),
    ('Eine 54-jährige Zeugin hat den Unfall beobachtet. „Ich habe sofort die Polizei gerufen“, sagte der 54-Jährige.',
     [('DIRECT_QUOTE', 'Ich habe sofort die Polizei gerufen', '54-Jährige')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r51_deleft21_fixes(text, expected):
    assert run(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r51_deleft21_guards(text, expected):
    assert run(text) == sorted(expected)
