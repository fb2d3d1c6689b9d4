"""Round 35 (de5): press releases and the local news built from them — academic titles inside a name, roles of
universities and clinics, "so X" without its closing comma, owned sources, titled names in apposition, present plural
"sie", coordinated roles after an inverted cue, a lower-case organisation before a role."""
import pytest

from tests.test_quotes import assert_de_exact, linked, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # an academic title inside the name run: the role and "Dr." before the name (a later "sie" is the rector)
    ("Prorektorin Dr. Sabine Kaltwasser begrüßte die neuen Studierenden. „Sie werden hier nicht allein gelassen“, "
     "sagte sie.",
     [("Prorektorin Dr. Sabine Kaltwasser begrüßte die neuen Studierenden", "INDIRECT_QUOTE", "Sabine Kaltwasser"),
      ("Sie werden hier nicht allein gelassen", "DIRECT_QUOTE", "Sabine Kaltwasser")]),
    ("Chefärztin Dr. Miriam Oltmanns lobte die Pflegekräfte. „Wir brauchen mehr Personal“, betonte sie.",
     [("Chefärztin Dr. Miriam Oltmanns lobte die Pflegekräfte", "INDIRECT_QUOTE", "Miriam Oltmanns"),
      ("Wir brauchen mehr Personal", "DIRECT_QUOTE", "Miriam Oltmanns")]),
    # "Prof. Dr." inside a source phrase: the phrase runs on to the name
    ("Die Zahl der Anmeldungen ist nach Auffassung von Präsidentin Prof. Dr. Ute Wendland erfreulich hoch.",
     [("Die Zahl der Anmeldungen ist", "INDIRECT_QUOTE", "Ute Wendland"),
      ("erfreulich hoch", "INDIRECT_QUOTE", "Ute Wendland")]),
])
def test_round35_de5_academic_titles(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "so X" without its closing comma, the report's Konjunktiv verb right after the name
    ("Für das kommende Jahr, so Kämmerin Bettina Rauch wäre ein Defizit kaum zu vermeiden.",
     [("Für das kommende Jahr", "INDIRECT_QUOTE", "Bettina Rauch"),
      ("wäre ein Defizit kaum zu vermeiden", "INDIRECT_QUOTE", "Bettina Rauch")]),
    ("Im Frühjahr, so Ortsvorsteher Lutz Hennig sei mit dem Abriss der Halle zu rechnen.",
     [("Im Frühjahr", "INDIRECT_QUOTE", "Lutz Hennig"),
      ("sei mit dem Abriss der Halle zu rechnen", "INDIRECT_QUOTE", "Lutz Hennig")]),
])
def test_round35_de5_so_without_comma(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an owned source ("nach eigenen Angaben") takes no genitive: the noun phrase after it is the report's
    ("Der Tafelverein ist nach eigenen Angaben der größte Anbieter in der Region.",
     [("Der Tafelverein ist", "INDIRECT_QUOTE", "Tafelverein"),
      ("der größte Anbieter in der Region", "INDIRECT_QUOTE", "Tafelverein")]),
    ("Die Brauerei bleibt nach eigenen Angaben der wichtigste Arbeitgeber im Ort.",
     [("Die Brauerei bleibt", "INDIRECT_QUOTE", "Brauerei"),
      ("der wichtigste Arbeitgeber im Ort", "INDIRECT_QUOTE", "Brauerei")]),
])
def test_round35_de5_owned_source(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a role, then an article-led titled name in apposition: the name speaks
    ("Der Vorsitzende des Landessportbundes, der Kieler Präsident Holger Wendt, betonte, die Vereine bräuchten mehr "
     "Hallenzeiten.",
     [("die Vereine bräuchten mehr Hallenzeiten", "INDIRECT_QUOTE", "Holger Wendt")]),
    ("Die Hallen seien marode, sagte die Leiterin des Sportamts, die Bremer Dezernentin Karin Lüders.",
     [("Die Hallen seien marode", "INDIRECT_QUOTE", "Karin Lüders")]),
    # two coordinated roles after an inverted cue: the name after the second one speaks
    ("„Der Neubau war überfällig“, erklärte Landrat und Verbandsvorsitzender Jochen Albers (CDU).",
     [("Der Neubau war überfällig", "DIRECT_QUOTE", "Jochen Albers")]),
    ("„Die Wartezeiten sinken deutlich“, ergänzte Sozial- und Gesundheitsdezernentin Petra Kühn.",
     [("Die Wartezeiten sinken deutlich", "DIRECT_QUOTE", "Petra Kühn")]),
    # a long role description with a "für" phrase, then the name without commas
    ("„Der Arbeitsmarkt kühlt ab“, meint die Vorsitzende der Geschäftsführung der Agentur für Arbeit Ulrike Brandes.",
     [("Der Arbeitsmarkt kühlt ab", "DIRECT_QUOTE", "Ulrike Brandes")]),
    ("Die Betriebe seien verunsichert, sagte der Präsident der Kammer für Handwerk der Region Emsland Karl Kruse.",
     [("Die Betriebe seien verunsichert", "INDIRECT_QUOTE", "Karl Kruse")]),
    # a lower-case organisation before its hyphen and the role
    ("„Ohne Angebot erhöhen wir den Druck“, erklärt ver.di-Landesleiter Jonas Ahlers.",
     [("Ohne Angebot erhöhen wir den Druck", "DIRECT_QUOTE", "Jonas Ahlers")]),
])
def test_round35_de5_roles_before_names(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a present plural "sie": no single person named before
    ("Die Kammern haben sich gegen den Entwurf von Ministerin Ruth Kessler gestellt. Sonst drohen Engpässe in der "
     "Versorgung, wie sie warnen.",
     [("Sonst drohen Engpässe in der Versorgung", "INDIRECT_QUOTE", None)]),
    # the verb's object after a full name is no part of the name a later "er" takes
    ("Im Tarifstreit schließt Gewerkschaftschef Peter Kranz Streiks nicht aus. „Der Druck steigt“, sagte er.",
     [("Im Tarifstreit schließt Gewerkschaftschef Peter Kranz Streiks nicht aus", "INDIRECT_QUOTE", "Peter Kranz"),
      ("Der Druck steigt", "DIRECT_QUOTE", "Peter Kranz")]),
    # "auf den Punkt bringen" with a colon and a Konjunktiv report
    ("Vorstand Ralf Meinert brachte es auf den Punkt: Die beiden Filialen würden seit Jahren Verluste schreiben.",
     [("Die beiden Filialen würden seit Jahren Verluste schreiben", "INDIRECT_QUOTE", "Ralf Meinert")]),
])
def test_round35_de5_plural_object_summary(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause in the passive: its pronoun is no speaker, and nothing is reported
    ("Rektor Jan Moll wandte sich an die Erstsemester, die am Morgen feierlich begrüßt wurden. „Willkommen an unserer "
     "Hochschule“, sagte er.",
     [("Willkommen an unserer Hochschule", "DIRECT_QUOTE", "Jan Moll")]),
    ("Die Sparpläne, die am Montag im Kreistag angekündigt wurden, stoßen auf Widerstand.", []),
])
def test_round35_de5_passive_relative(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "quote", "span"), [
    # the fronted object "Das" and the auxiliary are no part of the speaker's mention
    ("Das hat Bürgermeisterin Jana Roloff am Montag nachgeholt. „Wir danken allen Helfern.“",
     "Wir danken allen Helfern.", "Bürgermeisterin Jana Roloff"),
])
def test_round35_de5_speaker_span(text, quote, span):
    ann = run(text, lang="de")
    q = next(q for q in quotes(ann) if q.text == quote)
    sp = linked(ann, q.id, "said_by")
    assert sp is not None and sp.text == span, (sp.text if sp else None)


def test_round35_de5_guards():
    # "so" as a correlative or degree word stays no source
    assert_de_exact("Wenn es regnet, so wäre das Fest verschoben.", [])
    # an auxiliary before "sie": "wird sie sagen" is one woman
    assert_de_exact("Ministerin Anna Roth kam spät. „Das wird sie sagen“, meinte ihr Sprecher Tom Bauer.",
                    [("Das wird sie sagen", "DIRECT_QUOTE", "Tom Bauer")])
    # a long role description without a name stays the speaker
    assert_de_exact("„Die Lage ist ernst“, sagte die Leiterin des Amtes für Arbeit und Soziales der Stadt.",
                    [("Die Lage ist ernst", "DIRECT_QUOTE", "Leiterin des Amtes")])
    # a relative clause after the role is no apposition of a name
    assert_de_exact("Die Hallen seien marode, sagte der Amtsleiter, der Karin Lüders kennt.",
                    [("Die Hallen seien marode", "INDIRECT_QUOTE", "Amtsleiter")])
