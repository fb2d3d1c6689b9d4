"""Round 34 (helper w2b, German migration and interior news 2023-2024): a cue closing a relative clause in the
prefield of a Konjunktiv main clause reports nothing (the report before goes on); "zurückweisen"/"abweisen" with
people as the object is turning them back at a border; "konkretisieren" is a cue; "Dies verlautete am Freitag aus
X" takes X as its source; a paper after "bei" near its cue is no quotation; "Landrat", "Landrätin", "Dezernent(in)"
and "Beigeordnete(r)" are titles; "zahlreiche" and "etliche" open a subject after a fronted adverb; "der" before a
feminine title after the verb is a dative ("Die SPD warf der Ministerin vor, …"); an addressee after the speaker's
apposition ("…, sagte die Präsidentin, Eva Lohse, der Deutschen Presse-Agentur") is no content."""
import pytest

from tests.test_quotes import assert_de_structures, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # a cue closing a relative clause right before the Konjunktiv main verb: the report before goes on
    ("Innenminister Karl Berger sagte, man müsse die Debatte versachlichen. Diejenigen, die höhere Zäune forderten, "
     "wüssten, „dass das nur Symbolpolitik ist“.",
     [("man müsse die Debatte versachlichen", "INDIRECT_QUOTE", "Karl Berger"),
      ("Diejenigen, die höhere Zäune forderten, wüssten, „dass das nur Symbolpolitik ist“", "INDIRECT_QUOTE",
       "Karl Berger"),
      ("dass das nur Symbolpolitik ist", "DIRECT_QUOTE", "Karl Berger")]),
    ("Die Zusammenarbeit laufe gut, sagte Landesinnenministerin Petra Lindner. Mit Tschechien, an dessen Grenze "
     "feste Kontrollen verlangt werden, gebe es gemeinsame Streifen.",
     [("Die Zusammenarbeit laufe gut", "INDIRECT_QUOTE", "Petra Lindner"),
      ("Mit Tschechien, an dessen Grenze feste Kontrollen verlangt werden, gebe es gemeinsame Streifen",
       "INDIRECT_QUOTE", "Petra Lindner")]),
    ("Im Mai seien 412 Menschen zurückgeschickt worden, erklärte Minister Jens Ahrens. Von 60 Personen, die ein "
     "Schutzgesuch äußerten, seien 18 in Haft genommen worden.",
     [("Im Mai seien 412 Menschen zurückgeschickt worden", "INDIRECT_QUOTE", "Jens Ahrens"),
      ("Von 60 Personen, die ein Schutzgesuch äußerten, seien 18 in Haft genommen worden", "INDIRECT_QUOTE",
       "Jens Ahrens")]),
    # "zurückweisen"/"abweisen" with people as the object: turned back at the border, no rejection of a claim
    ("An der Grenze zu Polen wies die Bundespolizei am Wochenende 85 Migranten zurück.", []),
    ("Die Polizei hat seit Juni mehr als 2400 Menschen an den Landgrenzen zurückgewiesen.", []),
    ("Die Grenzbeamten wiesen die Asylsuchenden noch am Bahnhof zurück. Das bestätigte ein Sprecher.",
     [("Das", "INDIRECT_QUOTE", "Sprecher")]),
    # "konkretisieren" reports its content
    ("Ein Sprecher des Ministeriums konkretisierte am Montag, unter den Abgeschobenen seien vier Gewalttäter.",
     [("unter den Abgeschobenen seien vier Gewalttäter", "INDIRECT_QUOTE", "Sprecher")]),
    # "Dies verlautete … aus X": X is the source, also of the Konjunktiv sentence after it
    ("Dies verlautete am Dienstag aus Regierungskreisen. Der Plan werde noch geprüft.",
     [("Dies", "INDIRECT_QUOTE", "Regierungskreisen"), ("Der Plan werde noch geprüft", "INDIRECT_QUOTE",
                                                         "Regierungskreisen")]),
    # a paper after "bei" next to its cue is the medium, no quotation: the act is reported and goes on
    ("Kurz vor der Wahl versprach der CSU-Politiker Martin Kessler bei „Bild“ mehr Abschiebeflüge. Darauf könnten "
     "sich die Bürger verlassen.",
     [("Kurz vor der Wahl versprach der CSU-Politiker Martin Kessler bei „Bild“ mehr Abschiebeflüge", "INDIRECT_QUOTE",
       "Martin Kessler"), ("Darauf könnten sich die Bürger verlassen", "INDIRECT_QUOTE", "Martin Kessler")]),
    # district and town officers are titles before a name
    ("Die Turnhalle bleibt belegt. Das sagte Landrat Tobias Reimer am Mittwoch im Kreistag.",
     [("Das", "INDIRECT_QUOTE", "Tobias Reimer")]),
    ("Das erklärte Landrätin Ulrike Brandt nach der Sitzung.", [("Das", "INDIRECT_QUOTE", "Ulrike Brandt")]),
    ("Das betonte Sozialdezernentin Karin Lohse.", [("Das", "INDIRECT_QUOTE", "Karin Lohse")]),
    # a quantifier after a fronted adverb opens the subject; the object does not speak
    ("Auch etliche Landräte lobten die Arbeit der Helfer.",
     [("Auch etliche Landräte lobten die Arbeit der Helfer", "INDIRECT_QUOTE", "Landräte")]),
    ("Auch zahlreiche Bürgermeister kritisierten die Pläne des Landes.",
     [("Auch zahlreiche Bürgermeister kritisierten die Pläne des Landes", "INDIRECT_QUOTE", "Bürgermeister")]),
    # "der" before a feminine title after the verb is a dative: the party before the verb speaks
    ("Die FDP warf der Innenministerin vor, sie habe die Kommunen allein gelassen.",
     [("sie habe die Kommunen allein gelassen", "INDIRECT_QUOTE", "FDP")]),
    ("Die Linke warf der Bürgermeisterin Untätigkeit vor.",
     [("Die Linke warf der Bürgermeisterin Untätigkeit vor", "INDIRECT_QUOTE", "Linke")]),
    # an addressee after the speaker's apposition is no content: the report before the attribution is
    ("Die Kommunen seien am Limit, sagte die Präsidentin des Städtebundes, Anke Roth, der Deutschen Presse-Agentur in "
     "Kassel.",
     [("Die Kommunen seien am Limit", "INDIRECT_QUOTE", "Anke Roth")]),
    ("Die Länder verteilten die Menschen zu früh, sagte der Sprecher des Verbandes, Uwe Brand, der "
     "Nachrichtenagentur dpa am Montag.",
     [("Die Länder verteilten die Menschen zu früh", "INDIRECT_QUOTE", "Uwe Brand")]),
])
def test_de_round34_w2b(text, expected):
    assert_de_structures(text, expected)


def test_de_round34_w2b_guards():
    # a rejected claim stays a speech act, also with people in a genitive or after a quantifier in the genitive
    for text in ("Der Minister wies die Vorwürfe der Flüchtlingshelfer zurück.",
                 "Die Ministerin wies die Kritik vieler Migranten zurück."):
        assert [q.text for q in quotes(run(text, lang="de"))] == [text[:-1]]
    # a relative clause's cue before an indicative main clause, or without a report before it, is left as it was
    text = "Diejenigen, die Kontrollen forderten, wüssten, „dass das nur Symbolpolitik ist“."
    assert [q.text for q in quotes(run(text, lang="de"))] == ["dass das nur Symbolpolitik ist"]
