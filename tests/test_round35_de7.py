"""Round 35 (de7): writing and thought in German news: letters, posts, reports; gender-inclusive plurals as
speakers, sentence-initial adverbs and conjunctions as no speaker, "ein anderer" before the cue, opinion and
mocking verbs before a clause, a trailing plural wie-clause, "heißt es" with a reference, a reaction before a colon.
Every table row failed before this round."""
import pytest

from tests.test_quotes import assert_de_exact


@pytest.mark.parametrize(("text", "expected"), [
    # a gender-inclusive plural is one word and speaks ("Ärzt:innen" was "Ärzt", "Schauspieler*innen" none)
    ("Am Freitag haben 40 Ärzt:innen in einem offenen Brief gewarnt, die Versorgung sei in Gefahr.",
     [("die Versorgung sei in Gefahr", "INDIRECT_QUOTE", "Ärzt:innen")]),
    ("Die Schauspieler*innen schrieben in dem Aufruf, die Bühnen dürften nicht schließen.",
     [("die Bühnen dürften nicht schließen", "INDIRECT_QUOTE", "Schauspieler*innen")]),
    ("Die Anwohner/innen hoffen, dass die Straße bald wieder frei ist.",
     [("die Straße bald wieder frei ist", "INDIRECT_QUOTE", "Anwohner/innen")]),
    ("Die Autor:innen äußern ihre Enttäuschung. Die Politik habe die Warnungen überhört.",
     [("Die Politik habe die Warnungen überhört", "INDIRECT_QUOTE", "Autor:innen")]),
])
def test_gender_inclusive_plural_speaks(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence adverb, a subordinator or a counted noun is no speaker or antecedent
    ("Es sei schwer, darüber zu reden. Deswegen schweige sie lange. „Ich brauchte Zeit“, schreibt sie.",
     [("Ich brauchte Zeit", "DIRECT_QUOTE", None)]),
    ("Bereits vor zwei Jahren hätte man bei ihr eine Entzündung entdeckt. „Das war ein Schock“, schreibt sie.",
     [("Das war ein Schock", "DIRECT_QUOTE", None)]),
    ("Weil er sich bedroht fühlte, trug er nach eigenen Angaben eine Pistole bei sich.",
     [("Weil er sich bedroht fühlte, trug er", "INDIRECT_QUOTE", None),
      ("eine Pistole bei sich", "INDIRECT_QUOTE", None)]),
    ("Der Kläger Jonas Pfeil schwieg lange. Weil er sich bedroht fühlte, trug er nach eigenen Angaben eine Pistole "
     "bei sich.",
     [("Weil er sich bedroht fühlte, trug er", "INDIRECT_QUOTE", "Jonas Pfeil"),
      ("eine Pistole bei sich", "INDIRECT_QUOTE", "Jonas Pfeil")]),
    ("Die Sängerin Mia Lorenz hat sich nach sechs Monaten Instagram-Pause zurückgemeldet. Auch sonst sei es ihr gut "
     "gegangen: „Ich habe viel gelesen und bin oft gewandert.“",
     [("Ich habe viel gelesen und bin oft gewandert.", "DIRECT_QUOTE", "Mia Lorenz")]),
    # "nach eigenen Angaben" is not the phrase's; nor a name inside a prepositional phrase of the sentence
    ("In einem Gespräch mit dem Minister Karl Wendt lobte er nach eigenen Angaben die Pläne.",
     [("In einem Gespräch mit dem Minister Karl Wendt lobte er", "INDIRECT_QUOTE", None),
      ("die Pläne", "INDIRECT_QUOTE", None)]),
])
def test_no_adverb_or_counted_noun_speaker(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "ein anderer"/"Einer" before the cue speaks, as after it
    ("Zwei Gutachter hielten die Urkunde für echt. Ein anderer dagegen sagte, sie sei gefälscht.",
     [("sie sei gefälscht", "INDIRECT_QUOTE", "anderer")]),
    ("Viele Gäste lobten das Essen. Eine andere sagte, es sei zu salzig gewesen.",
     [("Viele Gäste lobten das Essen", "INDIRECT_QUOTE", "Gäste"),
      ("es sei zu salzig gewesen", "INDIRECT_QUOTE", "andere")]),
])
def test_another_one_before_the_cue(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # verbs of mocking or suspecting (after a quotation only before) report a Konjunktiv clause after their comma
    ("Kolumnist Peter Hain witzelt, der Minister habe sich selbst widerlegt.",
     [("der Minister habe sich selbst widerlegt", "INDIRECT_QUOTE", "Peter Hain")]),
    ("Die Opposition argwöhnt, die Regierung habe den Bericht zurückgehalten.",
     [("die Regierung habe den Bericht zurückgehalten", "INDIRECT_QUOTE", "Opposition")]),
    # "finden" without "heraus" before a dass-clause or a Konjunktiv clause is an opinion
    ("Die Bürgermeisterin Ina Schell findet, dass der Stadtrat zu spät gehandelt hat.",
     [("der Stadtrat zu spät gehandelt hat", "INDIRECT_QUOTE", "Ina Schell")]),
    ("Viele Eltern finden, die Schule beginne zu früh.",
     [("die Schule beginne zu früh", "INDIRECT_QUOTE", "Eltern")]),
    # a plural cue closing a trailing wie-clause after a modal in the Konjunktiv
    ("Nun müsse rasch gehandelt werden, wie die Unterzeichner in ihrem Schreiben betonen.",
     [("Nun müsse rasch gehandelt werden", "INDIRECT_QUOTE", "Unterzeichner")]),
])
def test_opinion_and_mocking_verbs(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "heißt es unter anderem in …" keeps its source; "in Anspielung auf"/"in Bezug auf" is none
    ("Die Versorgung sei gefährdet, heißt es unter anderem in der Stellungnahme des Verbands.",
     [("Die Versorgung sei gefährdet", "INDIRECT_QUOTE", "Stellungnahme des Verbands")]),
    ("„Weiter so, Freunde“, heißt es dazu in Anspielung auf die nächste Wahl.",
     [("Weiter so, Freunde", "DIRECT_QUOTE", None)]),
    ("„Wir sind vorbereitet“, heißt es in Bezug auf den Streik.",
     [("Wir sind vorbereitet", "DIRECT_QUOTE", None)]),
    # a short quoted sentence after a verb of reacting or turning to someone and a colon
    ("Die Ministerin reagierte auf X: „Das ist unanständig.“",
     [("Das ist unanständig.", "DIRECT_QUOTE", "Ministerin")]),
    ("Trainer Ole Brandt meldete sich zu Wort: „Wir bleiben ruhig.“",
     [("Wir bleiben ruhig.", "DIRECT_QUOTE", "Ole Brandt")]),
    # a short quotation before a colon is not the cue's after it (a scare quote, no speech)
    ("Die Ministerin erntete einen „Sturm der Entrüstung“: Sie hatte die Kürzungen verteidigt.",
     [("Sie hatte die Kürzungen verteidigt", "INDIRECT_QUOTE", None)]),
    ("Die „Ampel“ ist Geschichte: Der Kanzler sagte, er werde die Vertrauensfrage stellen.",
     [("er werde die Vertrauensfrage stellen", "INDIRECT_QUOTE", "Kanzler")]),
    # a name in title case after its article (and adjective) is no direct quote
    ("Forscher der britischen „Royal Society of Chemistry“ haben sich an die Regierung gewandt.", []),
    ("Bei dem „Deep Orbit Research Probe“ (DORP) handelt es sich um einen Satelliten.", []),
    # "Sie" before a verb in the present plural is a group, not the person named before
    ("Die Ärzte haben sich an Ministerin Karla Brenner gewandt. Sie fordern mehr Personal für die Kliniken.",
     [("Sie fordern mehr Personal für die Kliniken", "INDIRECT_QUOTE", None)]),
    # a role's body after "im" inside the sentence belongs to the laut-phrase
    ("Die Versorgung ist laut einer Sprecherin im Gesundheitsministerium gesichert.",
     [("Die Versorgung ist", "INDIRECT_QUOTE", "Sprecherin im Gesundheitsministerium"),
      ("gesichert", "INDIRECT_QUOTE", "Sprecherin im Gesundheitsministerium")]),
])
def test_documents_and_reactions(text, expected):
    assert_de_exact(text, expected)


def test_round35_de7_guards():
    # a negated opinion, "fand" with its object, and a clause that is no content stay unreported
    assert_de_exact("Der Linken-Chef findet nicht, dass die Einigung ein Grund zum Feiern ist.", [])
    assert_de_exact("Die Polizei fand, als sie eintraf, die Tür offen.", [])
    assert_de_exact("Der Trainer lachte, die Fans jubelten.", [])
    # "Weil" as the surname of the speaker stays
    assert_de_exact("Weil sagte am Montag, die Landesregierung werde handeln.",
                    [("die Landesregierung werde handeln", "INDIRECT_QUOTE", "Weil")])
    # a motto or a one-word quotation after a colon is no speech
    assert_de_exact("Das Motto der Kampagne lautet: „Wir schaffen das.“", [])
    assert_de_exact("Die Polizei reagierte mit einem Großeinsatz: „Alarm.“", [])
    # a reaction with a cue of its own is unchanged; the source "Reaktion des Ministeriums" stays
    assert_de_exact("Die Lage sei ernst, heißt es in einer Reaktion des Ministeriums.",
                    [("Die Lage sei ernst", "INDIRECT_QUOTE", "Ministeriums")])
    # the infinitive after a Konjunktiv modal is no cue
    assert_de_exact("Chinas Militär werde die Souveränität verteidigen und den Separatismus niederschlagen.", [])
    # a short quotation inside a report before a colon, and one after its cue, stay
    assert_de_exact("Er sprach von einem „Desaster“: Die Partei habe versagt.",
                    [("Desaster", "DIRECT_QUOTE", None)])
    # a title-case phrase with its own sentence mark, or after a cue, stays a quotation
    assert_de_exact("Der Minister sprach von einer „Großen Koalition der Vernunft“.",
                    [("Großen Koalition der Vernunft", "DIRECT_QUOTE", "Minister")])
    # "Sie sagt" (singular) still resolves to the person before
    assert_de_exact("Die Ministerin Anna Roth kam am Montag. Sie sagt, sie sei zufrieden.",
                    [("sie sei zufrieden", "INDIRECT_QUOTE", "Anna Roth")])
    # a time phrase after "im" is the content's
    assert_de_exact("Die Lage ist laut einem Sprecher im Moment ernst.",
                    [("Die Lage ist", "INDIRECT_QUOTE", "Sprecher"), ("im Moment ernst", "INDIRECT_QUOTE", "Sprecher")])
    # "finden" with "heraus" is unchanged
    assert_de_exact("Die Forscher fanden heraus, dass die Zahl steigt.",
                    [("die Zahl steigt", "INDIRECT_QUOTE", "Forscher")])
