"""Quote pre-annotator, round 39 (helper encomments3): a third person's predicted or imagined saying in reader comments.

Sentences written for these tests (names invented), in the style of news comment sections and forum threads: "say"
after a modal of a prediction or a hypothesis with a third-person subject ("they'll all say …", "his parents will
always say …", "Many will say …", "As Coach Bixby would say: "…"", "only a fool would say …", "You would think a
mayor would say: "…"") is nobody's speech; it was a report (indirect, or a direct quote with that subject as speaker).
Guards: previews of prepared remarks ("will say in a speech", "…, per the prepared remarks"), a habit or a narrative
past ("would later say", "would say only that"), a document ("the report will say"), the writer's
own words and reports in the past stay.
"""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", kind="comment", text=text, meta={"lang": "en"})
    ann = QuoteAnnotator().annotate(doc)
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"))
                  for s in ann.spans if s.label in (IND, DIR))


def assert_exact(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _ in got] == sorted((t, lab) for t, lab, _ in expected), got
    by_text = {(t, lab): sp for t, lab, sp in got}
    for t, lab, sp in expected:
        assert by_text[(t, lab)] == sp, (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # (round 39, encomments3) a prediction: no report
    ("When the bridge finally falls down they'll all say it was the weather.", []),
    ("Wait ten years and they will all say \"nobody could have known.\"", []),
    ("His teachers will always say he was a quiet kid who never caused trouble.", []),
    ("Many will say the tax is fair, but nobody on this street can afford it.", []),
    ("The council will just say the money ran out again.", []),
    # a hypothesis: no report
    ("Only a fool would say the river is safe to swim in after that spill.", []),
    ("Most fans would say the coach should have gone for two.", []),
    ("As Coach Bixby would say: \"Hustle, hustle, hustle!\"", []),
    ("You would think a mayor would say: \"Folks, slow down near the school.\"", []),
    ("Some would say the new stadium is a waste of money, and they might be right.", []),
    # guards: a preview of prepared remarks stays
    ("The governor will say in a speech on Tuesday that the budget is balanced.",
     [("the budget is balanced", IND, "governor")]),
    ("“We are back on track,” Walden will say, per the prepared remarks.",
     [("We are back on track,", DIR, "Walden")]),
    # guards: a habit or a narrative past stays
    ("Asked about the fire, the chief would say only that the cause was under investigation.",
     [("the cause was under investigation", IND, "chief")]),
    ("Harlow would later say that the deal was a mistake.", [("the deal was a mistake", IND, "Harlow")]),
    # guards: reports and the writer's past words stay
    ("The mayor said the road would reopen in May.", [("the road would reopen in May", IND, "mayor")]),
    ("As I said before, the bus schedule changed in March.", [("the bus schedule changed in March", IND, "I")]),
    ("Honestly, I would just say \"we lost, we move on\" and leave it there.",
     [("we lost, we move on", DIR, "I")]),
])
def test_round39_encomments3_predicted_say(text, expected):
    assert_exact(text, expected)
