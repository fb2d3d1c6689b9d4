"""Round 36 (helper de2): court press releases and verdict reports (BGH, BVerfG, BAG, Verwaltungs- and Landgerichte)
and the legal news reporting them. Sentences written for these tests, with invented names."""
import pytest

from tests.test_quotes import assert_de_exact


@pytest.mark.parametrize(("text", "expected"), [
    # a legal reference ("§ 823 Abs. 1 BGB", "Art. 3 GG") ends no sentence: the Konjunktiv chain goes on after it
    ("Das Landgericht Passau hat die Klage abgewiesen. Dem Kläger stehe kein Anspruch aus § 823 Abs. 2 BGB zu. "
     "Er habe den Unfall selbst verschuldet.",
     [("Dem Kläger stehe kein Anspruch aus § 823 Abs. 2 BGB zu. Er habe den Unfall selbst verschuldet",
       "INDIRECT_QUOTE", "Landgericht Passau")]),
    ("Das Verwaltungsgericht Gera gab der Klage statt. Die Satzung sei mit Art. 3 Abs. 1 GG unvereinbar. Die Stadt "
     "müsse die Gebühren erstatten.",
     [("Die Satzung sei mit Art. 3 Abs. 1 GG unvereinbar. Die Stadt müsse die Gebühren erstatten", "INDIRECT_QUOTE",
       "Verwaltungsgericht Gera")]),
])
def test_de_legal_abbreviation_before_number(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a party's submission: "trug … vor", "trägt vor", "hat vorgetragen"
    ("Zur Begründung trug die Klägerin vor, der Bescheid sei zu spät zugestellt worden.",
     [("der Bescheid sei zu spät zugestellt worden", "INDIRECT_QUOTE", "Klägerin")]),
    ("Der Beklagte trägt vor, er habe die Rechnung nie erhalten.",
     [("er habe die Rechnung nie erhalten", "INDIRECT_QUOTE", "Beklagte")]),
    ("Die Gemeinde Hollfeld hat vorgetragen, die Straße sei längst gewidmet.",
     [("die Straße sei längst gewidmet", "INDIRECT_QUOTE", "Gemeinde Hollfeld")]),
])
def test_de_submission_cue(text, expected):
    assert_de_exact(text, expected)


def test_de_submission_cue_guards():
    assert_de_exact("Die Beklagte trägt die Kosten des Verfahrens.", [])
    assert_de_exact("Der Hausmeister trug die Kisten vor das Tor.", [])


@pytest.mark.parametrize(("text", "expected"), [
    # "entschieden" as the plural preterite: postposed with its subject, or before a dass-clause
    ("Die Gebühr ist mit dem Gesetz nicht vereinbar, entschieden die Richter.",
     [("Die Gebühr ist mit dem Gesetz nicht vereinbar", "INDIRECT_QUOTE", "Richter")]),
    ("Die Erfurter Richter entschieden am Donnerstag, dass die Zulage auch Teilzeitkräften zusteht.",
     [("die Zulage auch Teilzeitkräften zusteht", "INDIRECT_QUOTE", "Erfurter Richter")]),
])
def test_de_plural_ruling(text, expected):
    assert_de_exact(text, expected)


def test_de_plural_ruling_guards():
    # the participle: no report of its own
    assert_de_exact("Der Streit um die Zulage ist noch nicht entschieden.", [])
    assert_de_exact("Nachdem die Richter entschieden hatten, dass die Klage zulässig ist, ging die Verhandlung weiter.",
                    [])
    assert_de_exact("Beide Vorinstanzen entschieden zugunsten der Klägerin.", [])


@pytest.mark.parametrize(("text", "expected"), [
    # a court turning back a party's motion is its ruling, no speech act; the chain after it is the court's
    ("Die Revision der Klägerin wurde vom BGH zurückgewiesen. Die Kündigung sei wirksam gewesen.",
     [("Die Kündigung sei wirksam gewesen", "INDIRECT_QUOTE", "BGH")]),
    ("Das Oberlandesgericht Celle wies die Berufung des Händlers zurück.", []),
])
def test_de_court_turns_back_motion(text, expected):
    assert_de_exact(text, expected)


def test_de_court_turns_back_motion_guards():
    # a person or a government rejecting a claim still reports
    assert_de_exact("Der Minister wies die Vorwürfe zurück.",
                    [("Der Minister wies die Vorwürfe zurück", "INDIRECT_QUOTE", "Minister")])
    assert_de_exact("Die Regierung wies die Klage der Opposition als haltlos zurück.",
                    [("Die Regierung wies die Klage der Opposition als haltlos zurück", "INDIRECT_QUOTE", "Regierung")])


@pytest.mark.parametrize(("text", "expected"), [
    # a coordinated cue after a clause whose subject is a person noun or a body with the object after it
    ("Die Mieterin erhob Widerklage und verlangte die Rückzahlung der Kaution.",
     [("Die Mieterin erhob Widerklage und verlangte die Rückzahlung der Kaution", "INDIRECT_QUOTE", "Mieterin")]),
    ("Im Mai legte die Staatsanwaltschaft Revision ein und bestritt jede Absprache.",
     [("Im Mai legte die Staatsanwaltschaft Revision ein und bestritt jede Absprache", "INDIRECT_QUOTE",
       "Staatsanwaltschaft")]),
])
def test_de_coordinated_cue_subject(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an attributive participle before an adjective and its noun is no cue
    ("Weil die Klausel nichtig ist, müssen die verlangten hohen Entgelte erstattet werden.", []),
])
def test_de_attributive_participle_before_adjective(text, expected):
    assert_de_exact(text, expected)


def test_de_attributive_participle_guards():
    assert_de_exact("Die Betriebsräte forderten höhere Löhne.",
                    [("Die Betriebsräte forderten höhere Löhne", "INDIRECT_QUOTE", "Betriebsräte")])


@pytest.mark.parametrize(("text", "expected"), [
    # "gemäß"/"laut" with a rule after it: conformity, no source
    ("Die Beschäftigten erhalten gemäß Sozialplan eine Abfindung, wenn sie bis Juni kündigen.", []),
    ("Der Verein zahlt gemäß dem Tarifvertrag höhere Zuschläge.", []),
])
def test_de_rule_after_source_preposition(text, expected):
    assert_de_exact(text, expected)


def test_de_rule_after_source_preposition_guards():
    assert_de_exact("Die Mieterin muss gemäß § 535 BGB die Schönheitsreparaturen nicht übernehmen.", [])
    assert_de_exact("Laut Polizei wurde niemand verletzt.",
                    [("wurde niemand verletzt", "INDIRECT_QUOTE", "Polizei")])


@pytest.mark.parametrize(("text", "expected"), [
    # a court named as the subject of the writer's sentence between: the Konjunktiv chain after it is the court's
    ("Die Behörde bestritt jeden Fehler. Doch das Verwaltungsgericht Minden gab dem Eilantrag statt. Die Sperrung "
     "sei unverhältnismäßig.",
     [("Die Behörde bestritt jeden Fehler", "INDIRECT_QUOTE", "Behörde"),
      ("Die Sperrung sei unverhältnismäßig", "INDIRECT_QUOTE", "Verwaltungsgericht Minden")]),
])
def test_de_court_between_reports(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "mit der Begründung, …" after a ruling's verb: the subject's reason
    ("Das Sozialgericht Detmold hat die Klage mit der Begründung abgewiesen, die Frist sei versäumt worden.",
     [("die Frist sei versäumt worden", "INDIRECT_QUOTE", "Sozialgericht Detmold")]),
    ("Das Gericht lehnte den Antrag mit der Begründung ab, es fehle an einem Eilbedürfnis.",
     [("es fehle an einem Eilbedürfnis", "INDIRECT_QUOTE", "Gericht")]),
])
def test_de_reason_phrase(text, expected):
    assert_de_exact(text, expected)


def test_de_reason_phrase_guards():
    # no Konjunktiv I nor dass-clause after it: nothing reported
    assert_de_exact("Das Gericht hat die Klage mit der Begründung abgewiesen, die im Bescheid stand.", [])


@pytest.mark.parametrize(("text", "expected"), [
    # a cue in a dass-clause whose main clause goes on with the report in the Konjunktiv I reports nothing of its own
    ("Die Verteidigerin hatte den Antrag damit begründet, dass ihr Mandant vorverurteilt worden sei. So sei das "
     "Schöffengericht sicher gewesen, dass er die Rückgabe des Autos gefordert habe.",
     [("ihr Mandant vorverurteilt worden sei", "INDIRECT_QUOTE", "Verteidigerin"),
      ("So sei das Schöffengericht sicher gewesen, dass er die Rückgabe des Autos gefordert habe", "INDIRECT_QUOTE",
       "Verteidigerin")]),
])
def test_de_cue_inside_reported_clause(text, expected):
    assert_de_exact(text, expected)


def test_de_cue_inside_reported_clause_guards():
    # a cue in the main clause of the Konjunktiv sentence still reports its own speaker
    assert_de_exact("Die Sprecherin sagte, die Lage sei ernst. Der Minister habe gesagt, dass er zurücktreten werde.",
                    [("die Lage sei ernst", "INDIRECT_QUOTE", "Sprecherin"),
                     ("er zurücktreten werde", "INDIRECT_QUOTE", "Minister")])


@pytest.mark.parametrize(("text", "expected"), [
    # a passive accusation in a relative clause inside the sentence reports nothing of the main clause
    ("Der 52-Jährige, dem Untreue vorgeworfen wird, schwieg am ersten Verhandlungstag.", []),
])
def test_de_passive_in_relative_clause(text, expected):
    assert_de_exact(text, expected)


def test_de_passive_in_relative_clause_guards():
    assert_de_exact("Dem Kassierer wird vorgeworfen, 40.000 Euro veruntreut zu haben.", [])
