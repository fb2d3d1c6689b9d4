"""Round 36 (second wave), helper v3: German domestic politics in 1990s agency and newspaper style.

Invented sentences in the style of Bonn reports on tax, asylum and Treuhand debates: two roles of one politician with
an adjective before the second ("der stellvertretende FDP-Vorsitzende und hessische Justizminister X"), a pronoun after
a sentence whose subject is a titled or inverted full name, a pronoun opening the clause after a colon, a party chair's
synonyms ("der SPD-Parteichef" for "der SPD-Parteivorsitzende X"), a name fronted before the cue and its pronoun, a
known surname before an object's role and name, and a body's apposition after a trailing cue.
"""

import pytest

from tests.test_quotes import assert_de_exact


@pytest.mark.parametrize(("text", "expected"), [
    # two roles of one person before the name, the second with an adjective: the person speaks (was the first role,
    # or nothing at all)
    ("Demgegenüber bekräftigte der stellvertretende FDP-Vorsitzende und hessische Justizminister Gerd Wallmann "
     "gestern die Forderung seiner Partei nach einer Reform. Der Vorstoß sei verfassungsrechtlich riskant.",
     [("Demgegenüber bekräftigte der stellvertretende FDP-Vorsitzende und hessische Justizminister Gerd Wallmann "
       "gestern die Forderung seiner Partei nach einer Reform", "INDIRECT_QUOTE", "Gerd Wallmann"),
      ("Der Vorstoß sei verfassungsrechtlich riskant", "INDIRECT_QUOTE", "Gerd Wallmann")]),
    ("Das Konzept sei unausgegoren, sagte der SPD-Fraktionsvize und frühere Bauminister Karl Heinzen.",
     [("Das Konzept sei unausgegoren", "INDIRECT_QUOTE", "Karl Heinzen")]),
    ("Die Länder würden nicht zustimmen, erklärte die PDS-Sprecherin und sächsische Landtagsabgeordnete Ute Brandt.",
     [("Die Länder würden nicht zustimmen", "INDIRECT_QUOTE", "Ute Brandt")]),
    # "er"/"sie" after a sentence whose subject is a titled full name (after an opening adverb, or inverted after
    # the fronted object's auxiliary): that person, not the one quoted before
    ("„Wir lehnen das ab“, sagte Otto Brenner. Der brandenburgische Ministerpräsident Jochen Pfeil wirkte zufrieden. "
     "Er sprach von einem „guten Tag für den Osten“.",
     [("Wir lehnen das ab", "DIRECT_QUOTE", "Otto Brenner"),
      ("guten Tag für den Osten", "DIRECT_QUOTE", "Jochen Pfeil")]),
    ("„Wir lehnen das ab“, sagte Otto Brenner. Eine realistischere Sicht auf den Osten hat Brandenburgs "
     "Ministerpräsident Jochen Pfeil festgestellt. Im Gespräch mit der Zeitung bezeichnete er die Ergebnisse als "
     "„ausreichend“.",
     [("Wir lehnen das ab", "DIRECT_QUOTE", "Otto Brenner"),
      ("ausreichend", "DIRECT_QUOTE", "Jochen Pfeil")]),
    # a pronoun opening the clause after a colon continues the person named before the colon
    ("Die Reform sei nicht lösbar, sagte Ulrich Kamp (SPD). Heinz Wessel (PDS) kritisiert die geplante Neuregelung "
     "scharf: Er befürchtet, dass Flüchtlinge in die Illegalität getrieben werden könnten.",
     [("Die Reform sei nicht lösbar", "INDIRECT_QUOTE", "Ulrich Kamp"),
      ("Er befürchtet, dass Flüchtlinge in die Illegalität getrieben werden könnten", "INDIRECT_QUOTE", "Heinz Wessel"),
      ("Flüchtlinge in die Illegalität getrieben werden könnten", "INDIRECT_QUOTE", "Heinz Wessel")]),
    # a party chair's synonyms: "der SPD-Parteichef" is the "SPD-Parteivorsitzende" named before, not the last name
    ("Der SPD-Parteivorsitzende Oskar Lorenz ist sicher, dass die Pläne scheitern. Er habe Jürgen Falk (Grüne) seine "
     "Meinung dargelegt. Zur Kandidatur erklärte der SPD-Parteichef, für ihn sei das erfreulich.",
     [("die Pläne scheitern", "INDIRECT_QUOTE", "Oskar Lorenz"),
      ("Er habe Jürgen Falk (Grüne) seine Meinung dargelegt", "INDIRECT_QUOTE", "Oskar Lorenz"),
      ("für ihn sei das erfreulich", "INDIRECT_QUOTE", "Oskar Lorenz")]),
    # a name inside the phrase fronted before the cue and its pronoun is no antecedent of the pronoun
    ("Mit dieser Feststellung versuchte SPD-Chef Rudolf Kern, Vorbehalte auszuräumen. Im Beisein des neuen "
     "Verteidigungsministers Perro und etlicher Senatoren plädierte er für eine Stärkung der UNO.",
     [("Im Beisein des neuen Verteidigungsministers Perro und etlicher Senatoren plädierte er für eine Stärkung der "
       "UNO", "INDIRECT_QUOTE", "Rudolf Kern")]),
    # the surname of a person named before, then the object's role and full name: the surname speaks
    ("Kanzler Helmut Brandt lehnte ein Treffen ab. Statt dessen schlug Brandt Finanzminister Theo Wagner (CSU) als "
     "Gesprächspartner für die SPD vor.",
     [("Kanzler Helmut Brandt lehnte ein Treffen ab", "INDIRECT_QUOTE", "Helmut Brandt"),
      ("Statt dessen schlug Brandt Finanzminister Theo Wagner (CSU) als Gesprächspartner für die SPD vor",
       "INDIRECT_QUOTE", "Helmut Brandt")]),
    ("Kanzler Helmut Brandt lehnte ein Treffen ab. Später sagte Brandt Finanzminister Theo Wagner, die Lage sei ernst.",
     [("Kanzler Helmut Brandt lehnte ein Treffen ab", "INDIRECT_QUOTE", "Helmut Brandt"),
      ("die Lage sei ernst", "INDIRECT_QUOTE", "Helmut Brandt")]),
    # a body's apposition with an indefinite article after a trailing cue is no second report
    ("Das sei Betrug am Wähler, kritisierte der Bund der Steuerzahler, ein Verein mit Sitz in Wiesbaden.",
     [("Das sei Betrug am Wähler", "INDIRECT_QUOTE", "Bund der Steuerzahler")]),
    ("Die Neubewertung sei unseriös, kritisiert die Schutzgemeinschaft der Kleinsparer, ein Zusammenschluss der "
     "Verbände des Kreditgewerbes.",
     [("Die Neubewertung sei unseriös", "INDIRECT_QUOTE", "Schutzgemeinschaft der Kleinsparer")]),
])
def test_de_round37_v3_bonn_politics(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # two roles with a plural verb name two people; a single role and a name stay as they were
    ("Das Konzept sei unausgegoren, sagte der SPD-Fraktionsvize Karl Heinzen.",
     [("Das Konzept sei unausgegoren", "INDIRECT_QUOTE", "Karl Heinzen")]),
    # the person quoted before goes on when the sentence between names another as an object or after a preposition
    ("„Wir lehnen das ab“, sagte Otto Brenner. Den Vorschlag hat die Regierung mit Minister Jochen Pfeil beraten. "
     "Er sprach von einem „guten Tag“.",
     [("Wir lehnen das ab", "DIRECT_QUOTE", "Otto Brenner"),
      ("guten Tag", "DIRECT_QUOTE", "Otto Brenner")]),
    ("„Wir lehnen das ab“, sagte Otto Brenner. Gestern hat die Kanzlerin Minister Jochen Pfeil entlassen. "
     "Er sprach von einem „guten Tag“.",
     [("Wir lehnen das ab", "DIRECT_QUOTE", "Otto Brenner"),
      ("guten Tag", "DIRECT_QUOTE", "Otto Brenner")]),
    # a woman named as subject is no antecedent of "er"
    ("„Wir lehnen das ab“, sagte Otto Brenner. Die saarländische Sozialministerin Renate Kessler wirkte zufrieden. "
     "Er sprach von einem „guten Tag“.",
     [("Wir lehnen das ab", "DIRECT_QUOTE", "Otto Brenner"),
      ("guten Tag", "DIRECT_QUOTE", "Otto Brenner")]),
    # another party's chair is no synonym of the chair named before
    ("Der SPD-Parteivorsitzende Oskar Lorenz ist sicher, dass die Pläne scheitern. Der CDU-Parteichef Hans Lenz "
     "sagte, die Lage sei ernst.",
     [("die Pläne scheitern", "INDIRECT_QUOTE", "Oskar Lorenz"),
      ("die Lage sei ernst", "INDIRECT_QUOTE", "Hans Lenz")]),
    # a fronted phrase without a name, or with a comma, leaves the pronoun as it was
    ("Mit dieser Feststellung versuchte SPD-Chef Rudolf Kern, Vorbehalte auszuräumen. Nach dem Treffen mit Kanzler "
     "Helmut Brandt sagte er, die Gespräche seien gut gewesen.",
     [("die Gespräche seien gut gewesen", "INDIRECT_QUOTE", "Rudolf Kern")]),
    # a role and a full name after the verb stay the speaker
    ("Kanzler Helmut Brandt lehnte ein Treffen ab. Später sagte Finanzminister Theo Wagner, die Lage sei ernst.",
     [("Kanzler Helmut Brandt lehnte ein Treffen ab", "INDIRECT_QUOTE", "Helmut Brandt"),
      ("die Lage sei ernst", "INDIRECT_QUOTE", "Theo Wagner")]),
    # a content clause with its own verb after the cue stays a report
    ("Der Bund der Steuerzahler kritisierte, eine Reform der Steuern sei überfällig.",
     [("eine Reform der Steuern sei überfällig", "INDIRECT_QUOTE", "Bund der Steuerzahler")]),
])
def test_de_round37_v3_bonn_politics_guards(text, expected):
    assert_de_exact(text, expected)
