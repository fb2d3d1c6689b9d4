"""Round 36 (g2): long German background passages — a report that goes on over several sentences keeps the right
speaker. Sentences written anew in the style of the pages read (no page text)."""
import pytest

from tests.test_quotes import assert_de_exact, quotes, run


@pytest.mark.parametrize(("text", "expected"), [
    # an adverb of contrast between the subject and its cue ("Die Mehrheit ihrerseits sagt, …") gave nothing of its
    # own: the sentence went on with the speaker before
    ("Der Landkreis fordert mehr Geld vom Land. Der Finanzminister seinerseits erklärte, die Kassen seien leer.",
     [("Der Landkreis fordert mehr Geld vom Land", "INDIRECT_QUOTE", "Landkreis"),
      ("die Kassen seien leer", "INDIRECT_QUOTE", "Finanzminister")]),
    ("Die Betriebsräte verlangen neue Verhandlungen. Die Geschäftsführung ihrerseits betont, man habe alle Zusagen "
     "eingehalten.",
     [("man habe alle Zusagen eingehalten", "INDIRECT_QUOTE", "Geschäftsführung")]),
])
def test_de_contrast_adverb_before_cue(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a passive sentence between names no source: not the event after "bei" ("der Kontrolle"), nor the passive's
    # subject ("ein Wert", "der Bebauungsplan"); the judge's report goes on, its partial quotation is hers too
    ("Wie auch die Richterin Jana Falk betont, hält das Gericht die Aussage für widersprüchlich. Bei der Kontrolle "
     "wurde ein Wert von zwei Promille gemessen. Dieser Wert sei „mit einem Filmriss kaum vereinbar“.",
     [("hält das Gericht die Aussage für widersprüchlich", "INDIRECT_QUOTE", "Jana Falk"),
      ("Dieser Wert sei „mit einem Filmriss kaum vereinbar“", "INDIRECT_QUOTE", "Jana Falk"),
      ("mit einem Filmriss kaum vereinbar", "DIRECT_QUOTE", "Jana Falk")]),
    ("Die Anwohner beschweren sich über den Lärm. In der Ratssitzung wurde der Bebauungsplan verabschiedet. "
     "Die Baustelle sei nicht zumutbar.",
     [("Die Baustelle sei nicht zumutbar", "INDIRECT_QUOTE", None)]),
    ("Bei der Verkehrskontrolle wurde festgestellt, dass der Wagen nicht zugelassen war. Der Fahrer habe "
     "keinen Führerschein besessen.",
     [("der Wagen nicht zugelassen war", "INDIRECT_QUOTE", None),
      ("Der Fahrer habe keinen Führerschein besessen", "INDIRECT_QUOTE", None)]),
])
def test_de_passive_sentence_names_no_source(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "sagte er" after a lead clause whose subject is a role with its article: the role's holder named before, not
    # a group that spoke in between
    ("Innenminister Paul Wendt kündigte strengere Kontrollen an. Zuvor hatte sich Nordfront zu dem Anschlag bekannt "
     "und weitere Taten angekündigt. Der Innenminister, der sonst eher vorsichtig formuliert, wurde deutlich: „Wir "
     "werden jede Spur verfolgen“, sagte er.",
     [("Innenminister Paul Wendt kündigte strengere Kontrollen an", "INDIRECT_QUOTE", "Paul Wendt"),
      ("Zuvor hatte sich Nordfront zu dem Anschlag bekannt und weitere Taten angekündigt", "INDIRECT_QUOTE", "Nordfront"),
      ("Wir werden jede Spur verfolgen", "DIRECT_QUOTE", "Paul Wendt")]),
    # "er" is no noun written with "die" (a union), when a person was named before
    ("Landrat Georg Imhof warnte vor Engpässen. Zuvor hatte die Gewerkschaft weitere Streiks angekündigt. "
     "„Die Versorgung ist in Gefahr“, sagte er.",
     [("Landrat Georg Imhof warnte vor Engpässen", "INDIRECT_QUOTE", "Georg Imhof"),
      ("Zuvor hatte die Gewerkschaft weitere Streiks angekündigt", "INDIRECT_QUOTE", "Gewerkschaft"),
      ("Die Versorgung ist in Gefahr", "DIRECT_QUOTE", "Georg Imhof")]),
])
def test_de_pronoun_after_other_source(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a body's name in quotation marks after the genitive of the speaker's role, before the cue: no direct quote
    ("Die Leiterin des „Instituts für Küstenforschung und Meeresschutz“ (IKM), Sabine Roth, erklärte, der "
     "Meeresspiegel steige schneller als erwartet.",
     [("der Meeresspiegel steige schneller als erwartet", "INDIRECT_QUOTE", "Sabine Roth")]),
    ("Der Vorsitzende des „Vereins für Denkmalpflege Oberland“, Kurt Ebner, sagte, das Gebäude müsse erhalten "
     "bleiben.",
     [("das Gebäude müsse erhalten bleiben", "INDIRECT_QUOTE", "Kurt Ebner")]),
])
def test_de_quoted_body_name_in_speaker_phrase(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a generic "Wer" clause with a cue reports no one (was a report whose speaker was "Wer")
    ("Wer behauptet, die Stadt habe die Entwicklung verschlafen, der irrt.", []),
    ("Wer glaubt, die Reform sei schon gescheitert, unterschätzt die Beharrlichkeit der Ministerin.", []),
])
def test_de_generic_wer_clause(text, expected):
    assert_de_exact(text, expected)


def test_de_round36_g2_guards():
    # a cue after the "Wer" clause still reports: "Wer gewinnt, sei offen, sagte der Trainer."
    ann = run("Wer das Turnier gewinnt, sei völlig offen, sagte der Trainer.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Trainer"]
    # a "Wer" clause in the Konjunktiv I is itself reported: the speaker before goes on
    ann = run("Bürgermeister Karl Reiter verteidigte die Planung. Wer behaupte, die Stadt habe geschlafen, der irre.",
              lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Karl Reiter", "Karl Reiter"]
    # an active sentence's subject still speaks on ("Die Anwohner sind verärgert. Der Lärm sei …")
    ann = run("Die Anwohner sind verärgert. Der Lärm sei nicht zu ertragen.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Anwohner"]
    # "wird" with an infinitive is no passive: the future's subject still speaks
    ann = run("Der Bürgermeister wird morgen sprechen. Die Stadt sei gut vorbereitet.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Bürgermeister"]
    # a source after "bei" that is no event still speaks: "Bei der Polizei geht man davon aus, …"
    ann = run("Bei der Polizei geht man davon aus, dass der Täter geflohen ist.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann)] == ["Polizei"]
    # a partial quotation after an article that is someone's words stays a direct quote
    ann = run("Der Sprecher des Vereins sprach von einem „schwarzen Tag für den Sport“.", lang="de")
    assert any(q.label == "DIRECT_QUOTE" for q in quotes(ann))
    # "er" after a feminine body with no person named before keeps the continuing speaker
    ann = run("Die Tonbandstimme forderte den Rückzug. „Wir werden nicht aufgeben“, sagte er.", lang="de")
    assert [q.attrs["speaker"] for q in quotes(ann) if q.label == "DIRECT_QUOTE"] == ["Tonbandstimme"]
