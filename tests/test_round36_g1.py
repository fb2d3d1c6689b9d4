"""Round 36, helper g1: reported speech acts in German agency news (sentences invented in the style of dpa/AFP/epd items).

Each table row fails against the round-35 annotator; the guards say what the new rules must leave alone."""
from __future__ import annotations

import pytest

from tests.test_quotes import assert_de_exact, quotes, run

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


@pytest.mark.parametrize(("text", "expected"), [
    # a speech act named by its noun, the source in a von/aus-phrase after the verb or fronted before it
    ("Kritik an dem Neubau kam am Dienstag auch vom Bund der Steuerzahler.",
     [("Kritik an dem Neubau kam am Dienstag auch vom Bund der Steuerzahler", IND, "Bund der Steuerzahler")]),
    ("Scharfe Kritik kam von der Gewerkschaft Verdi.",
     [("Scharfe Kritik kam von der Gewerkschaft Verdi", IND, "Gewerkschaft Verdi")]),
    ("Aus der Ärzteschaft kamen Warnungen vor einer Überlastung der Notaufnahmen.",
     [("Aus der Ärzteschaft kamen Warnungen vor einer Überlastung der Notaufnahmen", IND, "Ärzteschaft")]),
    ("Lob kommt dagegen vom Handelsverband Bayern.",
     [("Lob kommt dagegen vom Handelsverband Bayern", IND, "Handelsverband Bayern")]),
])
def test_de_nominal_speech_acts(text, expected):
    assert_de_exact(text, expected)


def test_de_nominal_act_leaves_a_quotation_with_its_own_cue():
    # (merge review) the quotation after the colon is the trailing cue's, also after "etwa" (the Grünen had taken it)
    assert_de_exact('Kritik kam dagegen von den Grünen: "Die Regierung weiß beim Klimaschutz nicht weiter", sagte etwa '
                    "Fraktionschef Ulf Brandt.", [("Die Regierung weiß beim Klimaschutz nicht weiter", DIR, "Ulf Brandt")])


@pytest.mark.parametrize(("text", "expected"), [
    # "äußern" (present plural) with a light-verb noun; doubting with an object only
    ("Die Landkreise äußern Kritik an der Verteilung der Mittel.",
     [("Die Landkreise äußern Kritik an der Verteilung der Mittel", IND, "Landkreise")]),
    ("Der Kreistag hatte die Zahlen des Gutachtens bezweifelt.",
     [("Der Kreistag hatte die Zahlen des Gutachtens bezweifelt", IND, "Kreistag")]),
    # reproaching ("hielt … vor") and defending ("nahm … in Schutz")
    ("Der Fraktionschef hielt dem Senator schwere Versäumnisse bei der Planung vor.",
     [("Der Fraktionschef hielt dem Senator schwere Versäumnisse bei der Planung vor", IND, "Fraktionschef")]),
    ("Die Bürgermeisterin nahm den Kämmerer am Abend erneut in Schutz.",
     [("Die Bürgermeisterin nahm den Kämmerer am Abend erneut in Schutz", IND, "Bürgermeisterin")]),
])
def test_de_listed_speech_acts(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a list of demanded things with commas is the act's object, not a content or a subject
    ("Der Mieterbund forderte niedrigere Mieten, mehr Sozialwohnungen und einen besseren Kündigungsschutz.",
     [("Der Mieterbund forderte niedrigere Mieten, mehr Sozialwohnungen und einen besseren Kündigungsschutz", IND,
       "Mieterbund")]),
    ("Die Lehrergewerkschaft hat kleinere Klassen, weniger Bürokratie und mehr Personal verlangt.",
     [("Die Lehrergewerkschaft hat kleinere Klassen, weniger Bürokratie und mehr Personal verlangt", IND,
       "Lehrergewerkschaft")]),
    ("Tanja Kessler hatte zuvor höhere Löhne, die Übernahme der Auszubildenden und mehr Urlaub gefordert.",
     [("Tanja Kessler hatte zuvor höhere Löhne, die Übernahme der Auszubildenden und mehr Urlaub gefordert", IND,
       "Tanja Kessler")]),
    # an act closing its clause, then another speaker's main clause with its own cue and content
    ("Im Landtag hatte die Opposition den Entwurf scharf kritisiert, der Abgeordnete Jonas Weber sagte, er halte "
     "das Gesetz für verfassungswidrig.",
     [("Im Landtag hatte die Opposition den Entwurf scharf kritisiert", IND, "Opposition"),
      ("er halte das Gesetz für verfassungswidrig", IND, "Jonas Weber")]),
    # a fronted purpose or manner clause before the act's verb is no content: the sentence is the act
    ("Um die Beiträge stabil zu halten, forderte die Kasse einen höheren Bundeszuschuss.",
     [("Um die Beiträge stabil zu halten, forderte die Kasse einen höheren Bundeszuschuss", IND, "Kasse")]),
    ("Ohne Namen zu nennen, kritisierte der Landesbischof die Kürzungen beim Sozialticket.",
     [("Ohne Namen zu nennen, kritisierte der Landesbischof die Kürzungen beim Sozialticket", IND, "Landesbischof")]),
])
def test_de_act_boundaries(text, expected):
    assert_de_exact(text, expected)


@pytest.mark.parametrize("text", [
    # no source named, a direction or a quantifier as the source, a negation, no speech noun
    "Die Kritik kam zu spät.",
    "Kritik kam von allen Seiten.",
    "Hilfe kam von der Feuerwehr aus dem Nachbarort.",
    "Der Zug kam aus Hamburg.",
    "Kritik kam von der Opposition nicht.",
    # non-speech actions stay unmarked
    "Die Ministerin eröffnete am Montag das neue Klärwerk.",
    "Der Bürgermeister unterzeichnete den Vertrag mit der Partnerstadt.",
    "Die Polizei hielt den Mann bis zum Eintreffen der Kripo fest.",
    "Die Stadt hält für Notfälle 200 Betten bereit.",
])
def test_de_nominal_and_listed_act_guards(text):
    assert quotes(run(text, lang="de")) == []


def test_de_content_after_act_guards():
    # a fronted infinitive clause around a parenthetical attribution stays the report's first part
    assert_de_exact("Um die Zeugen zu schützen, sagte die Richterin, werde nicht öffentlich verhandelt.",
                    [("Um die Zeugen zu schützen", IND, "Richterin"), ("werde nicht öffentlich verhandelt", IND, "Richterin")])
    # a content clause after an act with its own subject and Konjunktiv stays the act's content
    assert_de_exact("Der Verband kritisierte, die Pläne seien unausgegoren.",
                    [("die Pläne seien unausgegoren", IND, "Verband")])
    # a list before a real relative clause is no object list: the relative clause is not the act's subject
    ann = run("Die Firma, die den Auftrag erhalten hatte, hat den Vorwurf zurückgewiesen.", lang="de")
    assert [(q.text, q.attrs["speaker"]) for q in quotes(ann)] == [
        ("Die Firma, die den Auftrag erhalten hatte, hat den Vorwurf zurückgewiesen", "Firma")]
    # a quotation in the act's own clause is still its content (round 35's convention)
    ann = run("Der Landrat nannte die Entscheidung „unverständlich“.", lang="de")
    assert [(q.text, q.label) for q in quotes(ann)] == [("unverständlich", DIR)]


@pytest.mark.parametrize("text", [
    # a temporal "nach" phrase opening the sentence before a source noun is no postposed source ("seiner Meinung nach"):
    # the preposition's own noun phrase is not followed by "nach" as a source
    "Nach ihrer ersten Aussage nach dem Unfall hat die Fahrerin geschwiegen.",
    "Nach seiner ersten Aussage nach dem Urteil ist der Angeklagte in Berufung gegangen.",
])
def test_de_no_postposed_source_after_preposition(text):
    spans = sorted((q.start, q.end, q.text) for q in quotes(run(text, lang="de")))
    assert all(t.lower() != "nach" for _, _, t in spans), spans
    assert all(b <= c for (_, b, _), (c, _, _) in zip(spans, spans[1:], strict=False)), spans  # no overlapping reports
