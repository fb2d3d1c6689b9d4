"""Round 47, family dequellen: German source phrases and second-hand sources ("erfuhr" in a main clause with a source
or a medium, "zu erfahren"/"zu vernehmen" from a source, a source noun's possessive or demonstrative genitive)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "de", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"
DPA = "Deutsche Presse-Agentur"

FIXES = [
    # "erfuhr" in a main clause with an "aus …kreisen" source or a medium subject (reported nothing)
    ("Aus Sicherheitskreisen erfuhr die Deutsche Presse-Agentur, der Verdächtige sei festgenommen worden.",
     [(IND, "der Verdächtige sei festgenommen worden", DPA)]),
    ("Die Deutsche Presse-Agentur erfuhr aus Sicherheitskreisen, der Verdächtige sei festgenommen worden.",
     [(IND, "der Verdächtige sei festgenommen worden", DPA)]),
    ("Aus Sicherheitskreisen erfuhr die Zeitung, dass der Verdächtige festgenommen wurde.",
     [(IND, "der Verdächtige festgenommen wurde", "Zeitung")]),
    ("Aus Koalitionskreisen erfuhr die „Welt“, die Einigung stehe kurz bevor.",
     [(IND, "die Einigung stehe kurz bevor", "Welt")]),
    ("Am Montag erfuhr die Deutsche Presse-Agentur, der Verdächtige sei festgenommen worden.",
     [(IND, "der Verdächtige sei festgenommen worden", DPA)]),
    # trailing "erfuhr" with a quoted medium before the source
    ("Die Einigung stehe kurz bevor, erfuhr die „Welt“ aus Koalitionskreisen.",
     [(IND, "Die Einigung stehe kurz bevor", "Welt")]),
    # "zu erfahren" and "zu vernehmen" from a source, as "zu hören"
    ("Wie aus Justizkreisen zu erfahren war, wird der Prozess im Mai beginnen.",
     [(IND, "wird der Prozess im Mai beginnen", "Justizkreisen")]),
    ("Aus Justizkreisen war zu erfahren, der Prozess werde im Mai beginnen.",
     [(IND, "der Prozess werde im Mai beginnen", "Justizkreisen")]),
    ("Der Prozess werde im Mai beginnen, war aus Justizkreisen zu erfahren.",
     [(IND, "Der Prozess werde im Mai beginnen", "Justizkreisen")]),
    ("Wie aus Regierungskreisen zu vernehmen war, soll die Reform im Herbst kommen.",
     [(IND, "soll die Reform im Herbst kommen", "Regierungskreisen")]),
    ("Aus dem Ministerium war zu vernehmen, die Reform solle im Herbst kommen.",
     [(IND, "die Reform solle im Herbst kommen", "Ministerium")]),
    # a source noun's genitive with a demonstrative or possessive (the content began at it)
    ("Nach Informationen dieser Zeitung plant die Regierung neue Steuern.",
     [(IND, "plant die Regierung neue Steuern", "Zeitung")]),
    ("Laut Informationen dieser Zeitung plant die Regierung neue Steuern.",
     [(IND, "plant die Regierung neue Steuern", "Zeitung")]),
    ("Informationen dieser Zeitung zufolge plant die Regierung neue Steuern.",
     [(IND, "plant die Regierung neue Steuern", "Zeitung")]),
    ("Laut Angaben seiner Sprecherin wurden drei Menschen verletzt.",
     [(IND, "wurden drei Menschen verletzt", "Sprecherin")]),
    ("Angaben seiner Sprecherin zufolge wurden drei Menschen verletzt.",
     [(IND, "wurden drei Menschen verletzt", "Sprecherin")]),
    ("Laut Angaben ihres Anwalts ist die Frau unschuldig.",
     [(IND, "ist die Frau unschuldig", "Anwalt")]),
    ("Angaben dieses Sprechers zufolge wurden drei Menschen verletzt.",
     [(IND, "wurden drei Menschen verletzt", "Sprecher")]),
]

GUARDS = [
    # a person learning something is no report
    ("Er erfuhr, dass sein Vater gestorben war.", []),
    ("Aus Sicherheitskreisen erfuhr er, dass er entlassen werde.", []),
    ("Aus dem Radio erfuhr die Mutter, dass ihr Sohn verhaftet worden war.", []),
    ("Erst später erfuhr die Familie, dass der Mann tot war.", []),
    ("Am Montag erfuhr der Spieler, dass er nicht spielen darf.", []),
    # nothing learned or heard from a source
    ("Aus Justizkreisen war nichts zu erfahren.", []),
    ("Im Saal war ein Knall zu vernehmen, dann brach Panik aus.", []),
    ("Wie zu erfahren war, wurden drei Menschen verletzt.", []),
    # the shapes that already reported
    ("Wie die Deutsche Presse-Agentur aus Sicherheitskreisen erfuhr, wurde der Verdächtige festgenommen.",
     [(IND, "wurde der Verdächtige festgenommen", DPA)]),
    ("Der Verdächtige wurde festgenommen, wie die Deutsche Presse-Agentur aus Sicherheitskreisen erfuhr.",
     [(IND, "Der Verdächtige wurde festgenommen", DPA)]),
    ("Wie die „Welt“ aus Koalitionskreisen erfahren hat, steht die Einigung kurz bevor.",
     [(IND, "steht die Einigung kurz bevor", "Welt")]),
    ("Aus Diplomatenkreisen war zu hören, die Gespräche seien gescheitert.",
     [(IND, "die Gespräche seien gescheitert", "Diplomatenkreisen")]),
    ("Nach Angaben seines Anwalts ist der Mann unschuldig.",
     [(IND, "ist der Mann unschuldig", "Anwalt")]),
    ("Laut einem Bericht der Süddeutschen Zeitung plant die Regierung neue Steuern.",
     [(IND, "plant die Regierung neue Steuern", "Süddeutschen Zeitung")]),
    ("Angaben der Polizei zufolge wurden drei Menschen verletzt.",
     [(IND, "wurden drei Menschen verletzt", "Polizei")]),
    ("Der Sprecher sagte dieser Zeitung, die Lage sei ernst.",
     [(IND, "die Lage sei ernst", "Sprecher")]),
    ("Der Minister sagte seiner Frau, er komme später.",
     [(IND, "er komme später", "Minister")]),
    ("Aus Regierungskreisen hieß es, die Regierung plane neue Steuern.",
     [(IND, "die Regierung plane neue Steuern", "Regierungskreisen")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_r47_dequellen_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_r47_dequellen_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
