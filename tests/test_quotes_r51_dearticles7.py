"""Round 51, family dearticles7 (an audit of six more German long articles written for it: a flood with its crisis
staff, a medical study, a state election campaign, a portrait of a singer, a summit, a police report).

- A noun of a person's role fronted before a dative or predicative cue and a name ("Die Kandidatin wirft
  Ministerpräsident Rolf Hagemann vor, …", "Die Sängerin lobte Anna Roth als …") is the subject, not an object:
  the name after the verb spoke.
- Members of an audience ("Der Zwischenrufer sagte, …") are everyday roles (`lay_roles`): they took the spokesman
  named before.
- A "sie"/"er" after a sentence whose speaker is a person who gave no quotation ("Leonie Farrer will davon nichts
  wissen. Sie sagt, …") is that person, not the paper quoted before.
- "die Organisation" / "der Verband" after an association named by another head ("Die Deutsche Hochdruckliga",
  "Der Deutsche Mieterbund") is that association.
- A list of topics after a speech act goes on after the comma with its preposition repeated ("spricht über Kitas,
  über Busse, über Lehrermangel" reported its last two items).
- "soll(en)" with a period's end, start or middle before a schedule ("bis Ende des Jahres auslaufen") is a plan.
- A broadcaster or a talk after "im" is where it was said, no place of the office ("sagte der Kanzler im ZDF" was
  "Kanzler", not "Bundeskanzler Olaf Scholz").
"""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('Die Kandidatin wirft Ministerpräsident Rolf Hagemann vor, das Land ruiniert zu haben.',
     [(IND, 'das Land ruiniert zu haben', 'Kandidatin')]),
    ('Die Sängerin lobte Anna Roth als mutig, sie sei eine Heldin.',
     [(IND, 'sie sei eine Heldin', 'Sängerin')]),
    ('„Das ist falsch“, schrieb Regierungssprecher Malte Kuhnert. Der Zwischenrufer sagte, er habe früher immer SPD '
     'gewählt.',
     [(DIR, 'Das ist falsch', 'Malte Kuhnert'), (IND, 'er habe früher immer SPD gewählt', 'Zwischenrufer')]),
    ('Laut der Zeitschrift Klangbild ist die Platte mutig. Leonie Farrer will davon nichts wissen. Sie sagt, sie habe '
     'keine Wahl gehabt.',
     [(IND, 'ist die Platte mutig', 'Zeitschrift Klangbild'), (IND, 'sie habe keine Wahl gehabt', 'Leonie Farrer')]),
    ('Die Deutsche Hochdruckliga begrüßte die Arbeit. Sie sei ein wichtiger Baustein, teilte die Organisation mit.',
     [(IND, 'Die Deutsche Hochdruckliga begrüßte die Arbeit', 'Deutsche Hochdruckliga'),
      (IND, 'Sie sei ein wichtiger Baustein', 'Deutsche Hochdruckliga')]),
    ('Der Deutsche Mieterbund hat die Pläne kritisiert. Die Mieten stiegen zu stark, erklärte der Verband.',
     [(IND, 'Der Deutsche Mieterbund hat die Pläne kritisiert', 'Deutsche Mieterbund'),
      (IND, 'Die Mieten stiegen zu stark', 'Deutsche Mieterbund')]),
    ('Die Kandidatin tritt ans Mikrofon. Dann spricht sie über Kitas, über Busse auf dem Land, über Lehrermangel.',
     [(IND, 'Dann spricht sie über Kitas, über Busse auf dem Land, über Lehrermangel', None)]),
    ('Beide Seiten wollen eine Stromleitung bauen, sagte Gerlach. Die Kontrollen sollen bis Ende des Jahres auslaufen.',
     [(IND, 'Beide Seiten wollen eine Stromleitung bauen', 'Gerlach')]),
    ('Bundeskanzler Olaf Scholz kam. Niemand wolle die Grenze unbewacht lassen, sagte der Kanzler im ZDF.',
     [(IND, 'Niemand wolle die Grenze unbewacht lassen', 'Olaf Scholz')]),
    ('Bundeskanzler Olaf Scholz kam. Niemand wolle die Grenze unbewacht lassen, sagte der Kanzler im Interview.',
     [(IND, 'Niemand wolle die Grenze unbewacht lassen', 'Olaf Scholz')]),
]

GUARDS = [
    # a fronted thing stays the object; a masculine role noun already spoke
    ('Die Pläne der Union wies Olaf Scholz als rechtswidrig zurück, sie seien falsch.',
     [(IND, 'sie seien falsch', 'Olaf Scholz')]),
    ('Eine Verschiebung des Wahltermins bezeichnete Anna Conze als fatal, sie sei ein Fehler.',
     [(IND, 'sie sei ein Fehler', 'Anna Conze')]),
    ('Das Papier wies Olaf Scholz zurück, es sei falsch.', [(IND, 'es sei falsch', 'Olaf Scholz')]),
    ('Der Trainer bezeichnete Jonas Keller als Glücksfall, er sei unverzichtbar.',
     [(IND, 'er sei unverzichtbar', 'Trainer')]),
    # the spokesman's own title still finds him; a listener already a lay role
    ('„Das ist falsch“, schrieb Regierungssprecher Malte Kuhnert. Der Regierungssprecher sagte, die Zahlen stimmten.',
     [(DIR, 'Das ist falsch', 'Malte Kuhnert'), (IND, 'die Zahlen stimmten', 'Malte Kuhnert')]),
    ('Bürgermeister Karl Brandt eröffnete die Sitzung. Eine Zuhörerin fragte nach den Kosten. Die Zuhörerin sagte, das '
     'Geld fehle an den Schulen.',
     [(IND, 'das Geld fehle an den Schulen', 'Zuhörerin')]),
    # no person between: the paper goes on
    ('Laut der Zeitschrift Klangbild ist die Platte mutig. Sie schreibt, das Album sei ein Wagnis.',
     [(IND, 'ist die Platte mutig', 'Zeitschrift Klangbild'), (IND, 'das Album sei ein Wagnis', 'Zeitschrift Klangbild')]),
    # "Der Bund" alone is the federal state, no association
    ('Der Bund hat die Arbeit begrüßt. Sie sei ein wichtiger Baustein, teilte der Verband mit.',
     [(IND, 'Der Bund hat die Arbeit begrüßt', 'Bund'), (IND, 'Sie sei ein wichtiger Baustein', 'Verband')]),
    ('Die Gewerkschaft Verdi begrüßte die Arbeit. Sie sei ein wichtiger Baustein, teilte die Gewerkschaft mit.',
     [(IND, 'Die Gewerkschaft Verdi begrüßte die Arbeit', 'Gewerkschaft Verdi'),
      (IND, 'Sie sei ein wichtiger Baustein', 'Gewerkschaft Verdi')]),
    # a clause with its verb after the repeated preposition stays the content
    ('Er sprach über die Lage, über die Zukunft werde später entschieden.',
     [(IND, 'über die Zukunft werde später entschieden', None)]),
    # a place after the office still names another office's holder
    ('Bundeskanzler Olaf Scholz kam. Niemand wolle die Grenze unbewacht lassen, sagte der Kanzler in Bayern.',
     [(IND, 'Niemand wolle die Grenze unbewacht lassen', 'Kanzler')]),
    # hearsay with a perfect infinitive, and a plan without a period, stay reported
    ('Die Steuer sei zu hoch, sagte Gerlach. Er soll Ende des Jahres Geld genommen haben.',
     [(IND, 'Die Steuer sei zu hoch', 'Gerlach'), (IND, 'Er soll Ende des Jahres Geld genommen haben', 'Gerlach')]),
    ('Die Steuer sei zu hoch, sagte Gerlach. Die Steuer soll weiter steigen.',
     [(IND, 'Die Steuer sei zu hoch', 'Gerlach'), (IND, 'Die Steuer soll weiter steigen', 'Gerlach')]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_dearticles7(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
