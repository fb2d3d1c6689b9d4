"""Quote pre-annotator, round 40 (helper enasked): English questions and answers in news copy.

Sentences written for these tests (names invented), in the style of wire and political pages:

- a trailing "when asked/pressed/questioned …" clause is the writer's, not part of the reported clause ("said she was
  not ready to endorse anyone when asked about the primary field");
- after a quotation's attribution and its place or time, a "when/as …" clause is no content ('"…," Morales said in the
  Capitol on Thursday when reporters asked her about the vote' reported the when-clause);
- a cue inside a fronted question ("Asked whether he believed …,", "When asked if she agreed that …,") reports nothing
  (its report ran over the comma into the main clause).
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
                        text[cue.start : cue.end] if cue else None))
    return sorted(out)


def assert_exact(text, expected):
    assert _quotes(text) == sorted(expected), _quotes(text)


@pytest.mark.parametrize(("text", "expected"), [
    # a trailing "when asked …" is the writer's adjunct (it was inside the reported clause)
    ("Sen. Dana Whitfield said she was not ready to endorse anyone when asked about the crowded primary field.",
     [("she was not ready to endorse anyone", IND, "Dana Whitfield", "said")]),
    ("The governor told reporters he had not spoken to the White House when pressed on Tuesday about the disaster aid.",
     [("he had not spoken to the White House", IND, "governor", "told")]),
    ("Kessler said the agency was reviewing the footage when asked whether officers had followed policy.",
     [("the agency was reviewing the footage", IND, "Kessler", "said")]),
    ("The mayor said the budget was balanced when questioned by reporters at City Hall.",
     [("the budget was balanced", IND, "mayor", "said")]),
    ('Hollis said the talks were "moving in the right direction" when asked about a possible deal.',
     [("moving in the right direction", DIR, "Hollis", "said"),
      ('the talks were "moving in the right direction"', IND, "Hollis", "said")]),
    # after a quotation, its attribution, a place or time: the when-clause is no content (it was reported)
    ('"We are not going anywhere," Morales said in the Capitol on Thursday when reporters asked her about the vote.',
     [("We are not going anywhere,", DIR, "Morales", "said")]),
    ('"I have full confidence in him," the president told reporters at the White House when asked about his adviser.',
     [("I have full confidence in him,", DIR, "president", "told")]),
    # a cue inside a fronted question reports nothing (its report ran into the main clause, or was nobody's)
    ('Asked Thursday whether he believed the inspector general, Corbin told reporters, "I see no reason not to."',
     [("I see no reason not to.", DIR, "Corbin", "told")]),
    ("When asked if she agreed that the measure was dead, Rep. Alma Ruiz said she was still hopeful.",
     [("she was still hopeful", IND, "Alma Ruiz", "said")]),
    ("Asked whether the president had said he would veto the bill, the press secretary said no decision had been made.",
     [("no decision had been made", IND, "press secretary", "said")]),
])
def test_r40_enasked_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted "Asked …" stays no cue; the main clause keeps its speaker and content
    ("Asked about the report, a Pentagon spokesman said the department was reviewing it.",
     [("the department was reviewing it", IND, "Pentagon spokesman", "said")]),
    ("When asked if she planned to run again, Harmon said she was focused on her current job.",
     [("she was focused on her current job", IND, "Harmon", "said")]),
    ("Asked if he thought the ruling would stand, the attorney general said he expected an appeal.",
     [("he expected an appeal", IND, "attorney general", "said")]),
    ('Asked by a reporter whether he had spoken to the prime minister, Walsh said: "Not yet."',
     [("Not yet.", DIR, "Walsh", "said")]),
    ('"No, not at all," Trump said when asked whether he was worried about the interview.',
     [("No, not at all,", DIR, "Trump", "said")]),
    ('"That is not on the table," the minister said on Monday as she left the cabinet meeting.',
     [("That is not on the table,", DIR, "minister", "said")]),
    ('"I am not concerned," Trump said in the Oval Office.',
     [("I am not concerned,", DIR, "Trump", "said")]),
    # the speaker's own condition stays in the report
    ("Trump said he would answer the questions when asked by the committee.",
     [("he would answer the questions when asked by the committee", IND, "Trump", "said")]),
    ("The senator said she would comply when asked to do so.",
     [("she would comply when asked to do so", IND, "senator", "said")]),
    ("The chairman said he would testify if asked.",
     [("he would testify if asked", IND, "chairman", "said")]),
    ("Dunn said the vote would be held when the Senate returns in September.",
     [("the vote would be held when the Senate returns in September", IND, "Dunn", "said")]),
    # an active question stays the asker's; a medium stays out of the report
    ("Reporters asked whether the president would sign the bill.",
     [("the president would sign the bill", IND, "Reporters", "asked")]),
    ("The senator said in a statement that the bill would hurt families.",
     [("the bill would hurt families", IND, "senator", "said")]),
])
def test_r40_enasked_guards(text, expected):
    assert_exact(text, expected)
