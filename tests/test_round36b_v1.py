"""Round 36 (second wave, helper v1): German political and diplomatic news read for impersonal and anonymous sources ("war aus
Diplomatenkreisen zu hören", "Dies sagte ein Diplomat", "wurde von unterrichteter Seite erklärt", "die Erwartungen
gedämpft"). Sentences written anew in the style of the pages read (no page text; invented names)."""
import pytest

from tests.test_quotes import assert_de_exact, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # "zu hören" with a form of "sein" reports like "verlautete": its source after "aus"/"von"/"in" speaks
    ("Aus Brüsseler Diplomatenkreisen war am Dienstag zu hören, die Verhandlungen über das Abkommen stünden kurz vor "
     "dem Abschluss.",
     [("die Verhandlungen über das Abkommen stünden kurz vor dem Abschluss", "INDIRECT_QUOTE",
       "Brüsseler Diplomatenkreisen")]),
    ("Der Zeitplan für den Beitritt werde nicht gehalten, war aus Kommissionskreisen zu hören.",
     [("Der Zeitplan für den Beitritt werde nicht gehalten", "INDIRECT_QUOTE", "Kommissionskreisen")]),
    ("Wie aus der Delegation zu hören war, hat Ankara neue Bedingungen gestellt.",
     [("hat Ankara neue Bedingungen gestellt", "INDIRECT_QUOTE", "Delegation")]),
    ("Nach der Sitzung war aus dem Kanzleramt zu hören, man sehe keinen Grund zur Eile.",
     [("man sehe keinen Grund zur Eile", "INDIRECT_QUOTE", "Kanzleramt")]),
])
def test_de_heard_from_source(text, expected):
    assert_de_exact(text, expected)


def test_de_heard_from_source_guards():
    # a noun of its own in the clause is what was heard, no report: noises, an announcement
    for text in ("Im Plenarsaal waren laute Zwischenrufe zu hören.",
                 "Aus dem Lautsprecher war eine Durchsage zu hören, dass der Zug ausfällt.",
                 "Zu hören war nur das Rauschen des Meeres.",
                 "Wie zu hören war, ist der Saal bereits ausverkauft."):
        assert quotes(run(text, lang="de")) == [], text


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted "Dies" is what was said (as "Das"), the noun phrase after the verb speaks (it was "Dies")
    ("Dies sagte ein Sprecher des Außenministeriums am Mittwoch in Paris.",
     [("Dies", "INDIRECT_QUOTE", "Sprecher des Außenministeriums")]),
    ("Dies teilte ein Diplomat der Vereinten Nationen am Abend mit.",
     [("Dies", "INDIRECT_QUOTE", "Diplomat der Vereinten Nationen")]),
])
def test_de_fronted_dies_is_no_speaker(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a passive with its agent after "von" (also fronted) reports the clause before or after it
    ("Die Truppen würden bis zum Herbst abgezogen, wurde in Bonn von unterrichteter Seite erklärt.",
     [("Die Truppen würden bis zum Herbst abgezogen", "INDIRECT_QUOTE", "Seite")]),
    ("Von offizieller Seite wurde betont, an dem Zeitplan werde festgehalten.",
     [("an dem Zeitplan werde festgehalten", "INDIRECT_QUOTE", "Seite")]),
    ("Vom Auswärtigen Amt wurde bestätigt, der Botschafter sei einbestellt worden.",
     [("der Botschafter sei einbestellt worden", "INDIRECT_QUOTE", "Auswärtigen Amt")]),
    # without an agent only after a Konjunktiv report (no speaker)
    ("Die Gespräche seien vertagt worden, wurde am Abend erklärt.",
     [("Die Gespräche seien vertagt worden", "INDIRECT_QUOTE", None)]),
])
def test_de_passive_agent_reports(text, expected):
    assert_de_exact(text, expected)


def test_de_passive_agent_reports_guards():
    # the topic of "berichtet" after a fronted "Von" is no agent; an indicative clause before an agentless passive is
    # the writer's
    assert_de_exact("Von den Plänen wurde erst am Montag berichtet, sagte ein Sprecher.",
                    [("Von den Plänen wurde erst am Montag berichtet", "INDIRECT_QUOTE", "Sprecher")])
    assert quotes(run("Der Antrag wurde abgelehnt, wurde am Freitag mitgeteilt.", lang="de")) == []
    assert quotes(run("Von dem Unfall wurde am Abend berichtet, der Fahrer sei verletzt.", lang="de")) == []


@pytest.mark.parametrize(("text", "expected"), [
    # dampening expectations is a reported speech act of someone who can speak; a Konjunktiv sentence continues it
    ("Die französische Regierung hat vor dem Treffen in Wien die Erwartungen gedämpft. Ein Durchbruch sei nicht zu "
     "erwarten.",
     [("Die französische Regierung hat vor dem Treffen in Wien die Erwartungen gedämpft", "INDIRECT_QUOTE", "Regierung"),
      ("Ein Durchbruch sei nicht zu erwarten", "INDIRECT_QUOTE", "Regierung")]),
    ("Vor dem Gipfel dämpfte Außenminister Klaus Brenner die Erwartungen an eine schnelle Einigung.",
     [("Vor dem Gipfel dämpfte Außenminister Klaus Brenner die Erwartungen an eine schnelle Einigung", "INDIRECT_QUOTE",
       "Klaus Brenner")]),
])
def test_de_dampened_expectations(text, expected):
    assert_de_exact(text, expected)


def test_de_dampened_expectations_guards():
    # figures or the weather dampen expectations without speaking; the noun's genitive is not its subject
    for text in ("Schwache Exportzahlen dämpften die Erwartungen an einen Aufschwung.",
                 "Der Dauerregen dämpfte die Erwartungen der Festwirte.",
                 "Die Zahlen dämpfen die Erwartungen."):
        assert quotes(run(text, lang="de")) == [], text


@pytest.mark.parametrize(("text", "expected"), [
    # the circle after "nach Angaben aus" / "nach Informationen aus" belongs to the source, also inside the clause and
    # without an article (it opened the content)
    ("Die Regierung will nach Angaben aus Diplomatenkreisen neue Sanktionen beschließen.",
     [("Die Regierung will", "INDIRECT_QUOTE", "Angaben aus Diplomatenkreisen"),
      ("neue Sanktionen beschließen", "INDIRECT_QUOTE", "Angaben aus Diplomatenkreisen")]),
    ("Der Gesandte ist nach Informationen aus dem Umfeld des Präsidenten bereits abgereist.",
     [("Der Gesandte ist", "INDIRECT_QUOTE", "Informationen aus dem Umfeld des Präsidenten"),
      ("bereits abgereist", "INDIRECT_QUOTE", "Informationen aus dem Umfeld des Präsidenten")]),
    ("Nach Angaben aus diplomatischen Kreisen ist der Vertrag unterschriftsreif.",
     [("ist der Vertrag unterschriftsreif", "INDIRECT_QUOTE", "Angaben aus diplomatischen Kreisen")]),
])
def test_de_source_circle_after_aus(text, expected):
    assert_de_exact(text, expected)


def test_de_source_circle_after_aus_guards():
    # a year or a place after "aus" is no circle: the source stays "Angaben"
    for text in ("Die Zahl der Anträge ist nach Angaben aus dem Jahr 2005 gestiegen.",
                 "Die Mieten sind nach Angaben aus Berlin gestiegen."):
        assert {q.attrs["speaker"] for q in quotes(run(text, lang="de"))} == {"Angaben"}, text


@pytest.mark.parametrize(("text", "expected"), [
    # the dative source of "zufolge" does not run back over the inverted subject before it: a bare plural source
    # ("Kreisen", "Insidern") or a dative article after another article ("die Regierung der Zeitung zufolge")
    ("Nun berät das Auswärtige Amt Kreisen zufolge mit den Partnern.",
     [("Nun berät das Auswärtige Amt", "INDIRECT_QUOTE", "Kreisen"),
      ("mit den Partnern", "INDIRECT_QUOTE", "Kreisen")]),
    ("Deshalb will die Regierung Diplomaten zufolge neue Sanktionen beschließen.",
     [("Deshalb will die Regierung", "INDIRECT_QUOTE", "Diplomaten"),
      ("neue Sanktionen beschließen", "INDIRECT_QUOTE", "Diplomaten")]),
    ("Am Montag plant die Nordbank Insidern zufolge einen Stellenabbau.",
     [("Am Montag plant die Nordbank", "INDIRECT_QUOTE", "Insidern"),
      ("einen Stellenabbau", "INDIRECT_QUOTE", "Insidern")]),
    ("Deshalb will die Regierung der Zeitung zufolge neue Sanktionen beschließen.",
     [("Deshalb will die Regierung", "INDIRECT_QUOTE", "Zeitung"),
      ("neue Sanktionen beschließen", "INDIRECT_QUOTE", "Zeitung")]),
])
def test_de_zufolge_dative_part(text, expected):
    assert_de_exact(text, expected)


def test_de_zufolge_dative_part_guards():
    # one dative phrase stays whole: an article of the dative with its genitive, a title with a name
    assert_de_exact("Einem Bericht der Zeitung zufolge will die Regierung neue Sanktionen beschließen.",
                    [("will die Regierung neue Sanktionen beschließen", "INDIRECT_QUOTE", "Zeitung")])
    assert_de_exact("Bundeskanzler Olaf Martens zufolge sind neue Sanktionen möglich.",
                    [("sind neue Sanktionen möglich", "INDIRECT_QUOTE", "Olaf Martens")])


def test_de_zufolge_dative_part_adjective_guards():
    # a capitalised adjective opening the sentence stays with its noun
    assert_de_exact("Ersten Ermittlungen zufolge war der Fahrer zu schnell.",
                    [("war der Fahrer zu schnell", "INDIRECT_QUOTE", "Ersten Ermittlungen")])
