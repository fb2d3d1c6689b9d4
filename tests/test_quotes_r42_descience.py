"""Round 42 (helper descience): German science and health news. Sentences written for these tests."""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    doc = Document(id="t", kind="article", text=text, meta={"lang": "de"})
    ann = QuoteAnnotator().annotate(doc)
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (DIR, IND):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            who = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
            out.append((text[s.start:s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start:cue.end], who and text[who.start:who.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with this canonical speaker, cue and SPEAKER span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _, _ in got] == sorted((t, lab) for t, lab, _, _, _ in expected), got
    by = {(t, lab): (sp, cue, who) for t, lab, sp, cue, who in got}
    for t, lab, sp, cue, who in expected:
        assert by[(t, lab)] == (sp, cue, who), (t, by[(t, lab)])


# 1. a research group after the verb runs on over its leader ("um X", "unter (der) Leitung von X") and the leader's
# affiliation, as the same phrase before the verb already does (the speaker was "ein Team", "die Forscher")
@pytest.mark.parametrize(("text", "expected"), [
    ("Die Larven wuchsen im wärmeren Wasser deutlich schneller, berichtet ein Team um Lena Hartmann im Fachjournal "
     "„Nature Ecology & Evolution“.",
     [("Die Larven wuchsen im wärmeren Wasser deutlich schneller", IND, "Team um Lena Hartmann", "berichtet",
       "ein Team um Lena Hartmann")]),
    ("Das Mittel senke das Rückfallrisiko um ein Viertel, schreiben die Forscher um Markus Albrecht von der "
     "Universität Würzburg.",
     [("Das Mittel senke das Rückfallrisiko um ein Viertel", IND,
       "Forscher um Markus Albrecht von der Universität Würzburg", "schreiben",
       "die Forscher um Markus Albrecht von der Universität Würzburg")]),
    ("„Damit hatten wir nicht gerechnet“, sagen die Wissenschaftlerinnen um Sabine Krüger vom Alfred-Wegener-Institut.",
     [("Damit hatten wir nicht gerechnet", DIR, "Wissenschaftlerinnen um Sabine Krüger vom Alfred-Wegener-Institut",
       "sagen", "die Wissenschaftlerinnen um Sabine Krüger vom Alfred-Wegener-Institut")]),
    ("Die Mäuse hätten sich schneller erholt, berichten Forschende unter der Leitung von Jan Petersen im Fachblatt "
     "„Cell“.",
     [("Die Mäuse hätten sich schneller erholt", IND, "Forschende unter der Leitung von Jan Petersen", "berichten",
       "Forschende unter der Leitung von Jan Petersen")]),
    ("Ein Zusammenhang mit dem Schlafmangel sei wahrscheinlich, schreibt das Forscherteam um Tobias Lenz.",
     [("Ein Zusammenhang mit dem Schlafmangel sei wahrscheinlich", IND, "Forscherteam um Tobias Lenz",
       "schreibt", "das Forscherteam um Tobias Lenz")]),
    # a source phrase: the leading bodies belong to the source, not to the content
    ("Laut den Forschern unter Leitung des Universitätsklinikums Tübingen und der Universität Basel ist das Risiko "
     "gering.",
     [("ist das Risiko gering", IND,
       "Forschern unter Leitung des Universitätsklinikums Tübingen und der Universität Basel", "Laut",
       "den Forschern unter Leitung des Universitätsklinikums Tübingen und der Universität Basel")]),
])
def test_research_team_leader_after_verb(text, expected):
    assert_exact(text, expected)


# 2. an institute's "für" phrase after "vom"/"von" belongs to the speaker after the verb (the span ended at "Institut",
# "Zentrum"), as it does before the verb
@pytest.mark.parametrize(("text", "expected"), [
    ("„Die Daten sind eindeutig“, sagt Miriam Scholz vom Max-Planck-Institut für Kognitions- und Neurowissenschaften.",
     [("Die Daten sind eindeutig", DIR, "Miriam Scholz", "sagt",
       "Miriam Scholz vom Max-Planck-Institut für Kognitions- und Neurowissenschaften")]),
    ("Die Impfquote reiche nicht aus, erklärt der Virologe Stefan Graf vom Helmholtz-Zentrum für Infektionsforschung.",
     [("Die Impfquote reiche nicht aus", IND, "Stefan Graf", "erklärt",
       "der Virologe Stefan Graf vom Helmholtz-Zentrum für Infektionsforschung")]),
    ("„Wir sehen das mit Sorge“, sagt Studienleiterin Petra Voigt vom Deutschen Zentrum für Diabetesforschung.",
     [("Wir sehen das mit Sorge", DIR, "Petra Voigt", "sagt",
       "Studienleiterin Petra Voigt vom Deutschen Zentrum für Diabetesforschung")]),
])
def test_institute_fuer_phrase_after_verb(text, expected):
    assert_exact(text, expected)


# guards: what must stay as it is
@pytest.mark.parametrize(("text", "expected"), [
    # the phrase before the verb was already whole
    ("Ein Team um Lena Hartmann von der Universität Kiel berichtet, dass die Korallen sich erholen.",
     [("die Korallen sich erholen", IND, "Team um Lena Hartmann von der Universität Kiel", "berichtet",
       "Ein Team um Lena Hartmann von der Universität Kiel")]),
    # "um" + a time is no leader
    ("Die Werte seien stabil, sagten die Forscher um Mitternacht.",
     [("Die Werte seien stabil", IND, "Forscher", "sagten", "die Forscher")]),
    # "für" + an article after an affiliation is no institute's name
    ("Die Lage sei ernst, sagte Jana Busch von der Universität Bonn für die ganze Arbeitsgruppe.",
     [("Die Lage sei ernst", IND, "Jana Busch", "sagte", "Jana Busch von der Universität Bonn")]),
    # a person (no research group) before "um" keeps no leader
    ("Das sei ein Fehler gewesen, sagte die Ministerin um die Mittagszeit.",
     [("Das sei ein Fehler gewesen", IND, "Ministerin", "sagte", "die Ministerin")]),
    # a title or a role before the leader's name is left (the name would become the canonical speaker, not the team)
    ("Ein Zusammenhang sei wahrscheinlich, schreibt das Forscherteam um Prof. Tobias Lenz.",
     [("Ein Zusammenhang sei wahrscheinlich", IND, "Forscherteam", "schreibt", "das Forscherteam")]),
    ("Ein Zusammenhang sei wahrscheinlich, schreibt das Forscherteam um den Psychologen Tobias Lenz.",
     [("Ein Zusammenhang sei wahrscheinlich", IND, "Forscherteam", "schreibt", "das Forscherteam")]),
    # an unaffiliated expert's relative clause stays outside
    ("„Die Studie ist solide gemacht“, sagt die Epidemiologin Karin Wolf, die nicht an der Studie beteiligt war.",
     [("Die Studie ist solide gemacht", DIR, "Karin Wolf", "sagt", "die Epidemiologin Karin Wolf")]),
])
def test_guards(text, expected):
    assert_exact(text, expected)
