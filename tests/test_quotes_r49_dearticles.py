"""Round 49, family dearticles (an audit of six German long articles written for it: politics, a trial, a police report,
quarterly results, a match report, a council dispute). An age description ("der 48-Jährige") after a speaker known only
by a description or a body ("der Torschütze") took no one even when the sentence before introduced a new person; an age
description the text had used before for someone never named ("…, ließ der 27-Jährige erklären") was later given to a
person first named after it; a speech act after a dash ("Streit im Rat – Bürgermeisterin kritisiert Blockade") took
the words before the dash into its span."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # an age description after a description speaker: the new person of the sentence before
    ('Ali Demir verkürzte, Lukas Brenner traf spät. »Ich habe den Ball reingedrückt«, sagte der Torschütze. '
     'Werder-Coach Thomas Reimann haderte mit dem Elfmeter. Aus seiner Sicht sei das kein Foul gewesen, sagte der '
     '48-Jährige.',
     [(DIR, 'Ich habe den Ball reingedrückt', 'Torschütze'),
      (IND, 'Aus seiner Sicht sei das kein Foul gewesen', 'Thomas Reimann')]),
    ('Jonas Weber und Tim Roth kamen spät. „Wir sind froh“, sagte der Kapitän. Trainer Sven Kuhn wirkte erleichtert. '
     '„Das war knapp“, sagte der 51-Jährige.',
     [(DIR, 'Wir sind froh', 'Kapitän'), (DIR, 'Das war knapp', 'Sven Kuhn')]),
    # an age description used before for someone unnamed: not a person named after it
    ('Hamburg - Der Angeklagte schwieg. Er sei unschuldig, ließ der 27-Jährige erklären. Anwalt Thomas Reuter sagte, '
     'die Familie wolle eine Entschuldigung. „Ich würde alles tun“, schrieb der 27-Jährige.',
     [(IND, 'Er sei unschuldig', '27-Jährige'), (IND, 'die Familie wolle eine Entschuldigung', 'Thomas Reuter'),
      (DIR, 'Ich würde alles tun', '27-Jährige')]),
    # … but the person named close before that first description
    ('Marco Keller ist neuer Trainer. Der 45-Jährige kommt aus Kiel. Präsident Uwe Brandt lobte ihn. „Er ist ein '
     'Gewinn“, sagte Brandt. „Ich freue mich“, sagte der 45-Jährige.',
     [(IND, 'Präsident Uwe Brandt lobte ihn', 'Uwe Brandt'), (DIR, 'Er ist ein Gewinn', 'Uwe Brandt'),
      (DIR, 'Ich freue mich', 'Marco Keller')]),
    ('Der Raser Tom Becker ist verurteilt worden. Der 27-Jährige muss ins Gefängnis. Anwalt Thomas Reuter sagte, die '
     'Familie sei erleichtert. „Es tut mir leid“, sagte der 27-Jährige nach dem Urteil.',
     [(IND, 'die Familie sei erleichtert', 'Thomas Reuter'), (DIR, 'Es tut mir leid', 'Tom Becker')]),
    # a speech act after a dash: the clause after it
    ('Streit im Rat – Bürgermeisterin kritisiert Blockade\n\nWaldkirch - Der Rat tagte am Montag.',
     [(IND, 'Bürgermeisterin kritisiert Blockade', 'Bürgermeisterin')]),
    ('Koalition ringt um Haushalt – Finanzminister warnt vor neuen Schulden',
     [(IND, 'Finanzminister warnt vor neuen Schulden', 'Finanzminister')]),
    ('Der Rat tagte lange – die Bürgermeisterin kritisierte die Blockade scharf.',
     [(IND, 'die Bürgermeisterin kritisierte die Blockade scharf', 'Bürgermeisterin')]),
    ('Nach dem Spiel – Trainer Meier lobte die Mannschaft.',
     [(IND, 'Trainer Meier lobte die Mannschaft', 'Meier')]),
]

GUARDS = [
    # an age description after a description speaker with no one new in between stays that description
    ('„Ich habe getroffen“, sagte der Torschütze. Es sei sein erstes Tor gewesen, sagte der 24-Jährige.',
     [(DIR, 'Ich habe getroffen', 'Torschütze'), (IND, 'Es sei sein erstes Tor gewesen', '24-Jährige')]),
    # a person named just before, quoted before
    ('Bürgermeister Jan Kraus zeigte sich erschüttert. „Das ist furchtbar“, sagte der 52-Jährige.',
     [(IND, 'Bürgermeister Jan Kraus zeigte sich erschüttert', 'Jan Kraus'), (DIR, 'Das ist furchtbar', 'Jan Kraus')]),
    # a headline's description, then the person named in the lead
    ('Der 27-Jährige muss ins Gefängnis.\n\nHamburg - Der Raser Tom Becker ist verurteilt worden. „Es tut mir leid“, '
     'sagte der 27-Jährige nach dem Urteil.',
     [(DIR, 'Es tut mir leid', 'Tom Becker')]),
    # the age given beside a name decides
    ('Marco Keller (33) kam aus Kiel. Trainer Uwe Brandt lobte ihn. „Er ist gut“, sagte Brandt. „Ich bin froh“, '
     'sagte der 33-Jährige.',
     [(IND, 'Trainer Uwe Brandt lobte ihn', 'Uwe Brandt'), (DIR, 'Er ist gut', 'Uwe Brandt'),
      (DIR, 'Ich bin froh', 'Marco Keller')]),
    # dashes: a dateline, a dash after the act, a content clause
    ('Berlin – Die Polizei warnte vor Glätte.',
     [(IND, 'Die Polizei warnte vor Glätte', 'Polizei')]),
    ('Die Polizei warnte vor Glätte – und zwar zu Recht.',
     [(IND, 'Die Polizei warnte vor Glätte – und zwar zu Recht', 'Polizei')]),
    ('Berlin – Die Polizei sagte, es sei glatt.',
     [(IND, 'es sei glatt', 'Polizei')]),
    ('„Wir bleiben hart“ – Ministerin verteidigt Sparkurs',
     [(DIR, 'Wir bleiben hart', 'Ministerin')]),
    ('Der Streit eskaliert – der Minister sagte, die Lage sei ernst.',
     [(IND, 'die Lage sei ernst', 'Minister')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r49_dearticles_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r49_dearticles_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
