"""Round 34 (de3, German sports news): persons spoken to after "zu", fronted adverbs in -ell/-iv, "bestreiten"
as playing, a medium after a title or an age, live-ticker time stamps, fronted "Angesprochen auf …", broadcasters'
short names in quotation marks after "zu", and an age description after someone new was introduced."""
import pytest

from tests.test_quotes import quotes, run


def assert_de_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker (None: none)."""
    ann = run(text, lang="de")
    got = sorted((q.text, q.label, q.attrs["speaker"]) for q in quotes(ann))
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # the persons spoken to after "zu" are no part of a name ("Kröger zu Reportern")
    ("„Die Abwehr stand heute sehr sicher“, sagte Kröger zu Reportern.",
     [("Die Abwehr stand heute sehr sicher", "DIRECT_QUOTE", "Kröger")]),
    ("Ihr Team sei bereit für das Finale, sagte Trainerin Anna Vogt zu Journalisten.",
     [("Ihr Team sei bereit für das Finale", "INDIRECT_QUOTE", "Anna Vogt")]),
    # a fronted adverb in -ell or -iv is no subject: the name after the verb speaks
    ("Personell kündigte Hansen für das nächste Länderspiel einige Wechsel an.",
     [("Personell kündigte Hansen für das nächste Länderspiel einige Wechsel an", "INDIRECT_QUOTE", "Hansen")]),
    ("Offensiv sagte Brehme, die Mannschaft müsse mutiger werden.",
     [("die Mannschaft müsse mutiger werden", "INDIRECT_QUOTE", "Brehme")]),
    # "bestreiten" with a match, a season's games or a race as its object is playing, no denial
    ("Die Auswahl bestreitet am Dienstag ihr drittes Gruppenspiel gegen Polen.", []),
    ("Der Torhüter hat in dieser Spielzeit bereits 28 Partien bestritten.", []),
    ("Der Radprofi bestritt im Sommer die Tour de France.", []),
    # a medium after a title or an age is the addressee, no genitive of the speaker
    ("„Wir wollen ins Halbfinale“, sagte der 27-Jährige der Sportschau.",
     [("Wir wollen ins Halbfinale", "DIRECT_QUOTE", "27-Jährige")]),
    ("„Wir wollen ins Halbfinale“, sagte der Kapitän der Süddeutschen Zeitung.",
     [("Wir wollen ins Halbfinale", "DIRECT_QUOTE", "Kapitän")]),
    # a live ticker's time stamp opening the paragraph is no part of the sentence
    ("18:42 Uhr – Man werde die Taktik nicht ändern, so Hansen.",
     [("Man werde die Taktik nicht ändern", "INDIRECT_QUOTE", "Hansen")]),
    ("18:42 Uhr – „Wir bleiben ruhig und konzentriert“, so Hansen über die Lage.",
     [("Wir bleiben ruhig und konzentriert", "DIRECT_QUOTE", "Hansen")]),
    # a fronted "Angesprochen auf …" / "Gefragt nach …" is the question, no subject
    ("Angesprochen auf die Rote Karte sagte Hansen: „Die war völlig berechtigt.“",
     [("Die war völlig berechtigt.", "DIRECT_QUOTE", "Hansen")]),
    ("Gefragt nach seiner Zukunft sagte Hansen, er wolle in Bremen bleiben.",
     [("er wolle in Bremen bleiben", "INDIRECT_QUOTE", "Hansen")]),
    # a broadcaster's short name in quotation marks after "zu"/"zum" is no direct quote
    ("„Wir sind stolz auf diese Mannschaft“, so Kapitänin Lea Brandt zum „ZDF“.",
     [("Wir sind stolz auf diese Mannschaft", "DIRECT_QUOTE", "Lea Brandt")]),
    ("„Das Ergebnis ist verdient“, sagt Jensen zu „TV2“.",
     [("Das Ergebnis ist verdient", "DIRECT_QUOTE", "Jensen")]),
    # an age description after someone new was introduced as the subject of the sentence before is that person
    ("Sprinterin Lisa Brandt holte Silber. „Ich bin überglücklich“, sagte die 22-Jährige. Als Erste war die "
     "frühere Weltmeisterin Julia Kern zur Stelle. „Das war ein perfektes Rennen“, sagte die 31-Jährige.",
     [("Ich bin überglücklich", "DIRECT_QUOTE", "Lisa Brandt"),
      ("Das war ein perfektes Rennen", "DIRECT_QUOTE", "Julia Kern")]),
    ("Zehnkämpfer Tom Weber holte Silber. „Ich bin zufrieden“, sagte der 24-Jährige. Erster Gratulant war der frühere "
     "Welt- und Europameister Paul Sander. „Das war stark“, würdigte der 29-Jährige den Auftritt seines Kollegen.",
     [("Ich bin zufrieden", "DIRECT_QUOTE", "Tom Weber"), ("Das war stark", "DIRECT_QUOTE", "Paul Sander")]),
])
def test_de_round34_de3(text, expected):
    assert_de_exact(text, expected)


def test_de_round34_de3_guards():
    """What the rules above leave alone."""
    texts = [t for t in (q.text for q in quotes(run("Der Trainer bestritt die Vorwürfe nach dem Spiel.", lang="de")))]
    assert texts == ["Der Trainer bestritt die Vorwürfe nach dem Spiel"]  # a denial with a match only in a PP
    ann = run("„Wir sind bereit“, sagte der Chefredakteur der Süddeutschen Zeitung.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Chefredakteur der Süddeutschen Zeitung"]  # a paper's staff
    ann = run("„Das ist ein Kompromiss“, sagte sie zum „Kompromiss“ der Koalition.", lang="de")
    assert "Kompromiss" in [q.text for q in quotes(ann)]  # no broadcaster's short name in capitals
    ann = run("Tim Brandt gewann. „Ich bin glücklich“, sagte Brandt. Dann traf er Trainer Hans Meier. „Das war ein "
              "Teamerfolg“, sagte der 24-Jährige.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Tim Brandt", "Tim Brandt"]  # the object is nobody new
