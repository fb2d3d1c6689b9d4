"""Round 34 (helper de7, Austrian and Swiss news): speaker names that ran on into a weekday's part, a set phrase or
a light verb's noun; a lone capitalised word that is no surname as a pronoun's antecedent; a fronted state adjective
before "zeigte sich" with a content. Every sentence written for these tests."""
import pytest

from tests.test_quotes import quotes, run


def _exact(text: str) -> list[tuple[str, str, str | None]]:
    return sorted((q.text, q.label, q.attrs["speaker"]) for q in quotes(run(text, lang="de")))


@pytest.mark.parametrize(("text", "expected"), [
    # a weekday's part after the name is no part of it
    ("Das stellte Parteichefin Eva Kern Donnerstagabend klar: „Wir bleiben im Amt.“",
     [("Wir bleiben im Amt.", "DIRECT_QUOTE", "Eva Kern")]),
    ("„Die Gespräche laufen gut“, sagte Gewerkschaftschef Max Huber Montagmorgen in Linz.",
     [("Die Gespräche laufen gut", "DIRECT_QUOTE", "Max Huber")]),
    ("Die Lage sei stabil, erklärte Landeshauptmann Peter Graf Sonntagnachmittag.",
     [("Die Lage sei stabil", "INDIRECT_QUOTE", "Peter Graf")]),
    # a set phrase with "zu" after the speaker
    ("„Wir wachsen weiter“, berichtete Firmenchefin Lea Moser zu Beginn der Hauptversammlung.",
     [("Wir wachsen weiter", "DIRECT_QUOTE", "Lea Moser")]),
    ("„Das Ergebnis ist solide“, sagte der Sprecher des Konzerns zu Beginn der Sitzung.",
     [("Das Ergebnis ist solide", "DIRECT_QUOTE", "Sprecher des Konzerns")]),
    # the noun of the cue's light-verb phrase after the speaker
    ("Am Abend nahm Bürgermeisterin Clara Stein Stellung: Die Stadt habe richtig gehandelt.",
     [("Die Stadt habe richtig gehandelt", "INDIRECT_QUOTE", "Clara Stein")]),
    ("Nach der Saison zog Trainer Jonas Brandl Bilanz: „Wir haben viel gelernt.“",
     [("Wir haben viel gelernt.", "DIRECT_QUOTE", "Jonas Brandl")]),
    # "CEO" is a title: the surname later is the person, not "CEO Lena Hartl"
    ("„Wir wachsen“, sagte CEO Lena Hartl. „Das freut uns“, so Hartl.",
     [("Wir wachsen", "DIRECT_QUOTE", "Lena Hartl"), ("Das freut uns", "DIRECT_QUOTE", "Lena Hartl")]),
    # after a surname "zu" names the addressee, not a noble name's particle
    ("„Wir investieren weiter“, sagt Konzernchef Moser zu Reportern.",
     [("Wir investieren weiter", "DIRECT_QUOTE", "Moser")]),
    # a sentence-initial "Ob" is no first name
    ("Ob Hofer kandidiert, ist offen. „Ich entscheide im Frühjahr“, sagte Hofer.",
     [("Ich entscheide im Frühjahr", "DIRECT_QUOTE", "Hofer")]),
    # a pronoun without a name before it takes no adverb or object noun
    ("Einmal mehr stellte sie klar, dass die Schule offen bleibe.",
     [("die Schule offen bleibe", "INDIRECT_QUOTE", None)]),
    ("Insgesamt sieht er die Lage gelassen: „Es gibt keine Krise.“", [("Es gibt keine Krise.", "DIRECT_QUOTE", None)]),
    ("Müller-Lang mag daran nichts Ungewöhnliches finden. «Das ist mein Alltag», sagte sie.",
     [("Das ist mein Alltag", "DIRECT_QUOTE", None)]),
    ("Er rechne mit einer Einigung, auch wenn die Gegenseite keine Zusage gegeben habe. „Wir sind bereit“, sagte er.",
     [("Wir sind bereit", "DIRECT_QUOTE", None)]),
    # a fronted time or manner phrase is no source of an impersonal report
    ("In den vergangenen Tagen hieß es, die Firma suche einen Käufer.",
     [("die Firma suche einen Käufer", "INDIRECT_QUOTE", None)]),
    ("In der Regel geht man davon aus, dass die Preise im Winter sinken.",
     [("die Preise im Winter sinken", "INDIRECT_QUOTE", None)]),
    # a fronted state adjective before "zeigte sich" with a dass-clause or a colon
    ("Erleichtert zeigte sich die Bürgermeisterin, dass niemand verletzt worden sei.",
     [("niemand verletzt worden sei", "INDIRECT_QUOTE", "Bürgermeisterin")]),
    ("Besonders erfreut zeigte sich Ministerin Mia Roth, dass die Zahl der Lehrlinge gestiegen sei.",
     [("die Zahl der Lehrlinge gestiegen sei", "INDIRECT_QUOTE", "Mia Roth")]),
])
def test_de_round34_de7(text, expected):
    assert _exact(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the limits: no content after the fronted adjective is no report (as "zeigte sich zufrieden mit …")
    ("Besorgt zeigte sich der Verband über die hohen Kosten.", []),
    ("Zufrieden zeigte sich die Firma mit dem „sehr guten“ Jahr.", []),
    ("Offen zeigte sich die Tür zum Garten, dass man hineinsehen konnte.", []),
    # a place or a body before "man" still speaks
    ("Im Rathaus geht man davon aus, dass die Preise im Winter sinken.",
     [("die Preise im Winter sinken", "INDIRECT_QUOTE", "Rathaus")]),
    # names with "zu", a lone surname before a pronoun, a time word after "am"
    ("Karl-Theodor zu Guttenberg sagte, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Karl-Theodor zu Guttenberg")]),
    ("Gestern reiste Peskow nach Minsk. Er sagte, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Peskow")]),
    ("Die Parteichefin Anna Berger sagte am Montagabend, die Lage sei ernst.",
     [("die Lage sei ernst", "INDIRECT_QUOTE", "Anna Berger")]),
])
def test_de_round34_de7_guards(text, expected):
    assert _exact(text) == sorted(expected)
