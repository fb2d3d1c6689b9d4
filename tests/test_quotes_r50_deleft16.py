"""Round 50 leftovers, family deleft16 (German; sentences written for these tests).

(1) A definite description of an expert or an everyday role ("so der Experte", "erzählt die Rentnerin") names the
person introduced before whose title is of that kind and whose gender fits: the speaker just quoted known by a
description ("Ein Meteorologe des DWD sagte, …"), or the one woman/man of that kind named close before ("Anwohnerin
Gerlinde Kramer …", an everyday role before a first name the lists lack is now the name's title); never one seen with an
office ("Bürgermeisterin Anna Schulz sagte …"), nor one of two such persons.
(2) A speech act before "und" + a second speech-act cue of the same subject with its own content is reported beside
that content ("Die Initiative forderte ein Gutachten und kündigte an, vor Gericht zu ziehen."; also with the particle
after an object: "und forderte die Bürger auf, …", "und rief dazu auf, …"); a second cue that only says (sagte,
betonte) still gives the first its content.
(3) Headline labels: a ge-…-en participle is no finite verb ("Polizei: Täter gefunden"); a finite ge- verb is
("Polizei: Lage gerät außer Kontrolle").
(4) "zeigte sich enttäuscht, aber kämpferisch": the coordinated adjective stays in the stance act.
"""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"

_KRAMER = "Anwohnerin Gerlinde Kramer wohnt seit 40 Jahren in der Straße. "
_LAUT = "„So laut war es noch nie“, erzählt die Rentnerin."
_DWD = "Ein Meteorologe des DWD sagte, der Sturm werde am Abend nachlassen. "
_BOEN = "„Wir rechnen mit Böen bis 100 Kilometer pro Stunde“, so der Experte."
_BODY = "\n\nBerlin (dpa) - Die Lage bleibt angespannt."

FIXES = [
    # (1) descriptions
    (_DWD + _BOEN, [(IND, "der Sturm werde am Abend nachlassen", "Meteorologe des DWD"),
                    (DIR, "Wir rechnen mit Böen bis 100 Kilometer pro Stunde", "Meteorologe des DWD")]),
    (_KRAMER + _LAUT, [(DIR, "So laut war es noch nie", "Gerlinde Kramer")]),
    # two women: the one with the everyday role, also when the mayor speaks in between
    ("Bürgermeisterin Anna Schulz eröffnete das Fest. " + _KRAMER + _LAUT,
     [(DIR, "So laut war es noch nie", "Gerlinde Kramer")]),
    (_KRAMER + "Bürgermeisterin Anna Schulz sagte, man nehme die Sorgen ernst. " + _LAUT,
     [(IND, "man nehme die Sorgen ernst", "Anna Schulz"), (DIR, "So laut war es noch nie", "Gerlinde Kramer")]),
    # the role is the name's title: a later "sie" is hers, by her name
    (_KRAMER + "Sie sagte, es sei laut.", [(IND, "es sei laut", "Gerlinde Kramer")]),
    # a lay description after an office holder alone: no one (was the mayor)
    ("Bürgermeisterin Anna Schulz sagte, man nehme die Sorgen ernst. " + _LAUT,
     [(IND, "man nehme die Sorgen ernst", "Anna Schulz"), (DIR, "So laut war es noch nie", "Rentnerin")]),
    # two women of that kind named together: no one (was the one named last)
    ("Anwohnerin Gerlinde Kramer und ihre Nachbarin Renate Vogt wohnen seit 40 Jahren in der Straße. " + _LAUT,
     [(DIR, "So laut war es noch nie", "Rentnerin")]),
    # (2) an act and a second act with content
    ("Die Initiative forderte ein unabhängiges Verkehrsgutachten und kündigte an, vor Gericht zu ziehen.",
     [(IND, "Die Initiative forderte ein unabhängiges Verkehrsgutachten", "Initiative"),
      (IND, "vor Gericht zu ziehen", "Initiative")]),
    ("Der Wetterdienst warnte vor Sturmböen und rief dazu auf, Keller zu meiden.",
     [(IND, "Der Wetterdienst warnte vor Sturmböen", "Wetterdienst"), (IND, "Keller zu meiden", "Wetterdienst")]),
    ("Der Wetterdienst warnte am Montag vor Sturmböen und forderte die Bürger auf, Keller zu meiden.",
     [(IND, "Der Wetterdienst warnte am Montag vor Sturmböen", "Wetterdienst"), (IND, "Keller zu meiden", "Wetterdienst")]),
    ("Die Ministerin zeigte sich bewegt und versprach, dass die Stadt den Familien helfen werde.",
     [(IND, "Die Ministerin zeigte sich bewegt", "Ministerin"), (IND, "die Stadt den Familien helfen werde", "Ministerin")]),
    # (3) headlines
    ("Polizei: Täter gefunden" + _BODY, []),
    ("Polizei: Vermisster Junge gefunden" + _BODY, []),
    ("Bericht: Entscheidung gefallen" + _BODY, []),
    ("Polizei: Lage gerät außer Kontrolle" + _BODY, [(IND, "Lage gerät außer Kontrolle", "Polizei")]),
    # (4) a coordinated adjective of a stance
    ("Haas zeigte sich enttäuscht, aber kämpferisch.", [(IND, "Haas zeigte sich enttäuscht, aber kämpferisch", "Haas")]),
    ("Die Ministerin gab sich sehr zuversichtlich, aber vorsichtig.",
     [(IND, "Die Ministerin gab sich sehr zuversichtlich, aber vorsichtig", "Ministerin")]),
]

GUARDS = [
    # (1) a man is no Rentnerin; a spokesman is no expert; another role or another gender: no one
    ("Anwohner Kurt Wallner wohnt seit 40 Jahren in der Straße. " + _LAUT, [(DIR, "So laut war es noch nie", "Rentnerin")]),
    ("Polizeisprecher Jens Bauer sagte, die Straße bleibe gesperrt. " + _BOEN,
     [(IND, "die Straße bleibe gesperrt", "Jens Bauer"), (DIR, "Wir rechnen mit Böen bis 100 Kilometer pro Stunde", "Experte")]),
    (_DWD + "„Wir rechnen mit Böen“, so der Trainer.",
     [(IND, "der Sturm werde am Abend nachlassen", "Meteorologe des DWD"), (DIR, "Wir rechnen mit Böen", "Trainer")]),
    ("Eine Meteorologin des DWD sagte, der Sturm werde nachlassen. „Wir rechnen mit Böen“, so der Experte.",
     [(IND, "der Sturm werde nachlassen", "Meteorologin des DWD"), (DIR, "Wir rechnen mit Böen", "Experte")]),
    ("Die Klimaforscherin Petra Lang hat die Daten ausgewertet. „Der Trend ist eindeutig“, sagt die Expertin.",
     [(DIR, "Der Trend ist eindeutig", "Petra Lang")]),
    # (2) a second cue that only says gives the first its content
    ("Der Minister sprach sich gegen das Verbot aus und sagte, das Gesetz könne Absprachen verletzen.",
     [(IND, "das Gesetz könne Absprachen verletzen", "Minister")]),
    ("Der Minister hat die Pläne kritisiert und betont, die Reform komme zu spät.",
     [(IND, "die Reform komme zu spät", "Minister")]),
    ("Die Initiative forderte ein Gutachten und kündigte Proteste an.",
     [(IND, "Die Initiative forderte ein Gutachten und kündigte Proteste an", "Initiative")]),
    # (3) finite ge- verbs and participles with their auxiliary
    ("Polizei: Beide Täter gestehen" + _BODY, [(IND, "Beide Täter gestehen", "Polizei")]),
    ("Studie: Banken geraten unter Druck" + _BODY, [(IND, "Banken geraten unter Druck", "Studie")]),
    ("Polizei: Täter gefasst" + _BODY, []),
    # (4) a clause after "aber", and the writer's comment after an act without "sich"
    ("Haas zeigte sich enttäuscht, aber die Mannschaft kämpfte weiter.", [(IND, "Haas zeigte sich enttäuscht", "Haas")]),
    ("Die Polizei warnte vor Glätte, doch vergeblich.", [(IND, "Die Polizei warnte vor Glätte", "Polizei")]),
    ("Die Ministerin zeigte sich besorgt und zuversichtlich.",
     [(IND, "Die Ministerin zeigte sich besorgt und zuversichtlich", "Ministerin")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r50_deleft16_fixes(text, expected):
    assert sorted(run(text), key=repr) == sorted(expected, key=repr)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r50_deleft16_guards(text, expected):
    assert sorted(run(text), key=repr) == sorted(expected, key=repr)
