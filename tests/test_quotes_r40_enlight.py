"""Quote pre-annotator, round 40 (helper enlight): English speech nouns after light verbs and in fixed phrases.

"expressed his confidence that …" (a possessive between the light verb and its own noun read the "that" as a relative
pronoun), "issued repeated denials that …", "offered/gave assurances that …" (yaml `light_verbs`: "denials",
"assurances"), "issued a statement saying …" (the act ran over the participle: two spans) and "was quick/careful to point
out that …", "were at pains to stress that …" (the subject before the fixed phrase speaks). Guards: "no" right after the
light verb ("gave no assurances that", "expressed no concern that"), non-speech nouns ("expressed interest in", "made the
decision that", "gave the impression that"), thing subjects and the round-39 conventions for unowned nouns ("denied
reports that …" stays the denier's). Sentences written for these tests (names invented), in the style of wire news.
"""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label in (IND, DIR):
            cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                        cue and text[cue.start : cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    """Exactly the expected quotes: (text, label, canonical speaker, cue text)."""
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # a possessive between the light verb and its own noun (was nothing)
    ("Foreign Minister Aram Petrosyan expressed his confidence that the rail link would open next year.",
     [("the rail link would open next year", IND, "Aram Petrosyan", "expressed")]),
    ("The central bank governor voiced her optimism that inflation had peaked.",
     [("inflation had peaked", IND, "central bank governor", "voiced")]),
    ("Residents voiced their fears that the river would flood again.",
     [("the river would flood again", IND, "Residents", "voiced")]),
    # plural denials after "issue" (was nothing)
    ("Military officials have issued repeated denials that troops fired on the crowd.",
     [("troops fired on the crowd", IND, "Military officials", "issued")]),
    ("The ministry issued stern denials that any secret talks had taken place.",
     [("any secret talks had taken place", IND, "ministry", "issued")]),
    # assurances offered, given or provided (was nothing)
    ("The ambassador offered assurances that the consulate would remain open.",
     [("the consulate would remain open", IND, "ambassador", "offered")]),
    ("The airline has given assurances that no flights will be cancelled.",
     [("no flights will be cancelled", IND, "airline", "given")]),
    ("City officials gave repeated assurances that the tap water was safe to drink.",
     [("the tap water was safe to drink", IND, "City officials", "gave")]),
    # a participle right after the statement: one span (was also the whole sentence with the cue "issued")
    ("The foreign ministry issued a statement saying the ambassador had been recalled for consultations.",
     [("the ambassador had been recalled for consultations", IND, "foreign ministry", "saying")]),
    ("The opposition party issued a statement claiming the vote had been rigged.",
     [("the vote had been rigged", IND, "opposition party", "claiming")]),
    # fixed phrases of manner before an infinitive cue (was nothing)
    ("Treasury Secretary Helen Marsh was quick to point out that the deficit had narrowed.",
     [("the deficit had narrowed", IND, "Helen Marsh", "point")]),
    ("The coach was careful to note that no decision had been made about the captaincy.",
     [("no decision had been made about the captaincy", IND, "coach", "note")]),
    ("Company executives were at pains to stress that the layoffs were temporary.",
     [("the layoffs were temporary", IND, "Company executives", "stress")]),
    ("The senator was also quick to add that he still backed the bill.",
     [("he still backed the bill", IND, "senator", "add")]),
    # "no" right after the light verb: nothing voiced (was a report)
    ("The minister expressed no concern that the deal could collapse.", []),
])
def test_r40_enlight_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # nothing voiced or given
    ("The company gave no assurances that the plant would stay open.", []),
    ("The central bank gave no indication that it would cut rates.", []),
    # no speech
    ("The county expressed interest in buying the old rail yard.", []),
    ("The judge made the decision that the trial would go ahead in March.", []),
    ("The letter gave the impression that the firm was in trouble.", []),
    ("Investors gave assurances to the board.", []),
    # an infinitive of wish or a thing's speed: no report
    ("The chairman wanted to point out that the figures had been revised.", []),
    ("The new app is quick to load.", []),
    ("The striker is keen to show that he can still score goals.", []),
    # unchanged: an unowned noun after "denied" stays the denier's (round 39)
    ("The Kremlin denied reports that the president had met the envoy.",
     [("the president had met the envoy", IND, "Kremlin", "denied")]),
    # unchanged: light verbs that already reported
    ("The governor expressed concern that hospitals could run out of beds.",
     [("hospitals could run out of beds", IND, "governor", "expressed")]),
    ("The prosecutor made the argument that the defendant had lied.",
     [("the defendant had lied", IND, "prosecutor", "made")]),
    ("The minister expressed his hope that the talks would resume.",
     [("the talks would resume", IND, "minister", "expressed")]),
    ("Union leaders expressed their frustration that the talks had stalled again.",
     [("the talks had stalled again", IND, "Union leaders", "expressed")]),
    # unchanged: a participle after a comma keeps its own report, the act its clause (the existing convention)
    ("The agency issued a statement on Friday, saying the leak had been contained.",
     [("The agency issued a statement on Friday", IND, "agency", "issued"),
      ("the leak had been contained", IND, "agency", "saying")]),
    # unchanged: the light verb takes the clause after a participle with "that"
    ("The regulator issued a statement warning that the fund could collapse.",
     [("the fund could collapse", IND, "regulator", "issued")]),
])
def test_r40_enlight_guards(text, expected):
    assert_exact(text, expected)
