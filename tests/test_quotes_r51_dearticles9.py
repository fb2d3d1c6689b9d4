"""Round 51, family dearticles9 (German quotes; six written articles: a dpa election report from abroad, a city
council's budget debate, a merger of two logistics groups, a flood reportage in the present tense, an appeal judgment,
a norovirus outbreak): a negative pronoun as the subject reports no speech ("Niemand habe der Familie gesagt, wo …"
was a report of "Niemand"; the Konjunktiv I sentence goes on with the speaker before); a question with the indicative
"soll" is the writer's, no hearsay going on ("Wie soll es weitergehen?"); a plural "sie" after a fronted participle and
its plural auxiliary takes the subject after them ("Geklagt hatten mehrere Anwohner …. Sie beklagen …" was the court of
the headline); an everyday role before a full name whose first name the lists lack is no part of it ("der Student
Julián Moreno", so "der 23-Jährige" named him); a relative clause inside the subject of a Konjunktiv I sentence after a
report ("Alle Festgenommenen, die lediglich ihre Meinung geäußert hätten, seien freizulassen") goes on with the
speaker before (the speaker was "ihre Meinung"); after a speaker known only by a role noun ("Ein Gutachter …, sagt er")
an age description names the person of its gender named close before ("Nachbarin Gisela Brückner … sagt die
74-Jährige"). All sentences written for this test."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('Der Student sagte, sein Bruder sei verschwunden. Niemand habe der Familie gesagt, wo er festgehalten werde.',
     [(IND, 'sein Bruder sei verschwunden', 'Student'),
      (IND, 'Niemand habe der Familie gesagt, wo er festgehalten werde', 'Student')]),
    ('Die Anwältin sagte, ihr Mandant sei unschuldig. Keiner habe ihn je gefragt, wo er an dem Abend gewesen sei.',
     [(IND, 'ihr Mandant sei unschuldig', 'Anwältin'),
      (IND, 'Keiner habe ihn je gefragt, wo er an dem Abend gewesen sei', 'Anwältin')]),
    ('Niemand sagte, wo er festgehalten wird.', []),
    ('Der Bauer Jens Kohlhaas sagt, das Haus sei verloren. Wie soll es weitergehen? Der Gutachter kommt erst im Mai.',
     [(IND, 'das Haus sei verloren', 'Jens Kohlhaas')]),
    ('Die Bürgermeisterin sagte, das Geld reiche nicht. Was soll die Stadt noch streichen? Der Rat tagt am Montag.',
     [(IND, 'das Geld reiche nicht', 'Bürgermeisterin')]),
    ('Das Oberlandesgericht hat entschieden. Geklagt hatten mehrere Anwohner aus dem Ortsteil Brakel. Sie beklagen seit Jahren nächtlichen Lärm.',
     [(IND, 'Sie beklagen seit Jahren nächtlichen Lärm', 'Anwohner')]),
    ('Geklagt hatten mehrere Anwohner. Sie sagten, der Lärm sei unerträglich.',
     [(IND, 'der Lärm sei unerträglich', 'Anwohner')]),
    ('„Wie sollen wir das glauben?“, fragte der Student Julián Moreno. Der 23-Jährige sagte, sein Bruder sei verschwunden.',
     [(DIR, 'Wie sollen wir das glauben?', 'Julián Moreno'),
      (IND, 'sein Bruder sei verschwunden', 'Julián Moreno')]),
    ('Rentnerin Małgorzata Nowak wohnt seit 1979 im Dorf. „So etwas habe ich nie erlebt“, sagt Rentnerin Małgorzata Nowak. Die 74-Jährige sagte, der Bach sei früher harmlos gewesen.',
     [(DIR, 'So etwas habe ich nie erlebt', 'Małgorzata Nowak'),
      (IND, 'der Bach sei früher harmlos gewesen', 'Małgorzata Nowak')]),
    ('Tochter Lena Kohl ist angereist. Die 29-Jährige hilft. „Sie wollen nicht weg“, sagt sie.\n\nJens Kohl zuckt mit den '
     'Schultern. Ein Gutachter soll kommen. Erst dann wisse man mehr, sagt er.\n\nNebenan hilft Nachbarin Gisela Brückner. '
     'Sie wohnt seit 1979 dort. „So etwas habe ich nie erlebt“, sagt die 74-Jährige.',
     [(DIR, 'Sie wollen nicht weg', 'Lena Kohl'),
      (IND, 'Erst dann wisse man mehr', 'Gutachter'),
      (DIR, 'So etwas habe ich nie erlebt', 'Gisela Brückner')]),
    ('Nachbarin Gerlinde Kramer sagte, sie sei verschwunden.',
     [(IND, 'sie sei verschwunden', 'Gerlinde Kramer')]),
    ('Ein Sprecher erklärte, die Regierung müsse das Recht achten. Alle Festgenommenen, die lediglich ihre Meinung geäußert hätten, seien umgehend freizulassen.',
     [(IND, 'die Regierung müsse das Recht achten', 'Sprecher'),
      (IND, 'Alle Festgenommenen, die lediglich ihre Meinung geäußert hätten, seien umgehend freizulassen', 'Sprecher')]),
    ('Ein Sprecher erklärte, die Lage sei ruhig. Alle Bürger, die Kritik geäußert hätten, seien angehört worden.',
     [(IND, 'die Lage sei ruhig', 'Sprecher'),
      (IND, 'Alle Bürger, die Kritik geäußert hätten, seien angehört worden', 'Sprecher')]),
    ('Ein Sprecher erklärte, die Lage sei ruhig. Es seien Menschen festgenommen worden, die Parolen gerufen hätten.',
     [(IND, 'die Lage sei ruhig', 'Sprecher'),
      (IND, 'Es seien Menschen festgenommen worden, die Parolen gerufen hätten', 'Sprecher')]),
]

GUARDS = [
    ('Der Sprecher sagte, niemand habe etwas gesagt.',
     [(IND, 'niemand habe etwas gesagt', 'Sprecher')]),
    ('Jens Kohlhaas sagt, das Haus sei verloren. Warum solle man noch bleiben?',
     [(IND, 'das Haus sei verloren', 'Jens Kohlhaas'),
      (IND, 'Warum solle man noch bleiben?', 'Jens Kohlhaas')]),
    ('Der Sprecher sagte, der Täter sei geflohen. Er soll zuvor zwei Männer bedroht haben.',
     [(IND, 'der Täter sei geflohen', 'Sprecher'),
      (IND, 'Er soll zuvor zwei Männer bedroht haben', 'Sprecher')]),
    ('„Wie sollen wir das glauben?“, fragte der Student Peter Moreno. Der 23-Jährige sagte, sein Bruder sei verschwunden.',
     [(DIR, 'Wie sollen wir das glauben?', 'Peter Moreno'),
      (IND, 'sein Bruder sei verschwunden', 'Peter Moreno')]),
    ('Ein Sprecher erklärte, die Lage sei ruhig. Die Demonstranten, die ihre Meinung geäußert hatten, wurden festgenommen.',
     [(IND, 'die Lage sei ruhig', 'Sprecher'),
      (IND, 'die ihre Meinung geäußert hatten', 'Demonstranten')]),
    ('Ein Polizeisprecher sagte, der Täter sei geflohen. Das Opfer Anna Schmidt liege im Krankenhaus, sagte er. „Wir suchen '
     'Zeugen“, sagte der 45-Jährige.',
     [(IND, 'der Täter sei geflohen', 'Polizeisprecher'),
      (IND, 'Das Opfer Anna Schmidt liege im Krankenhaus', 'Polizeisprecher'),
      (DIR, 'Wir suchen Zeugen', '45-Jährige')]),
    ('Die Anwältin sagte, ihr Mandant sei unschuldig. Der Richter fragte, wo er an dem Abend gewesen sei.',
     [(IND, 'ihr Mandant sei unschuldig', 'Anwältin'),
      (IND, 'er an dem Abend gewesen sei', 'Richter')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r51_dearticles9_quotes_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r51_dearticles9_quotes_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
