"""Quote pre-annotator, round 39 (helper ensay): "say" in the writer's own prose (reader comments, forum posts).

Sentences written for these tests (names invented), in the style of news comment sections and forum threads: a set
phrase ("Let's say", "as they say", "goes without saying"), the writer's own present words ("I'd say", "I say",
"I'm just saying", "we can say", "One could say"), a comparison ("It's like saying …", "better than saying"), an
imperative ("Stop saying …", "Quit saying …") reported nothing, though they gave a report (with the speaker "I", "Lets",
"Stop", "Goes", "Haha" or none). Guards: reports of others and of the writer's past words stay.
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
    # (round 39, ensay) set phrases with "say": no report
    ("Lets just say the new manager is not a fan of overtime.", []),
    ("Lets say the school board had listened, would the parents still be this angry?", []),
    ("That, as they say, is the end of the story.", []),
    ("It goes without saying that the parking fees will go up again.", []),
    ("Goes without saying that the owners will raise the rent again next spring.", []),
    # the writer's own present words: no report
    ("I'd say the refs cost us the game more than the weather did.", []),
    ("They are not perfect, I'd say the second quarter was their worst in years.", []),
    ("I say we vote every one of them out in November.", []),
    ("I'm just saying: if you park on the grass, the city will tow your truck.", []),
    ("How often can we say the council got it wrong before somebody resigns?", []),
    ("Can I say the new schedule is a disaster without getting flagged?", []),
    ("One could say the league has been waiting for this moment for years.", []),
    # a comparison or an imperative: no report
    ("It's like saying the fire department causes fires because they show up at every one.", []),
    ("Haha, it's better than saying the team has a plan for the draft.", []),
    ("Stop saying the schools are broken when you have never set foot in one.", []),
    ("Quit saying the budget is balanced when the county borrowed twice this year.", []),
    # guards: reports stay (of others, of a document, of the writer's past words, prepared remarks)
    ("Trump said that the wall would be paid for by Mexico.",
     [("the wall would be paid for by Mexico", IND, "Trump")]),
    ("The article says the plant will close by the end of the year.",
     [("the plant will close by the end of the year", IND, "article")]),
    ("As I said before, the bus schedule changed in March.", [("the bus schedule changed in March", IND, "I")]),
    ("Nowhere did I say the road was closed for good.", [("the road was closed for good", IND, "I")]),
    ("You say the vote was rigged, but you never show any proof.", [("the vote was rigged", IND, "You")]),
    ("The governor will say in a speech on Tuesday that the economy is strong.",
     [("the economy is strong", IND, "governor")]),
    ("Critics like Senator Hale say the bill goes too far.", [("the bill goes too far", IND, "Hale")]),
    # guard: the writer's saying before a quotation keeps the writer as its speaker (no one else takes it over)
    ("Honestly, I would just say \"we lost, we move on\" and leave it there.",
     [("we lost, we move on", DIR, "I")]),
    ("Needless to say, the manager kept saying “we are fully staffed” while the line grew.",
     [("we are fully staffed", DIR, "manager")]),
    ("The chief said it was too early to say what caused the fire.",
     [("it was too early to say what caused the fire", IND, "chief")]),
])
def test_round39_ensay_writers_own_say(text, expected):
    assert_exact(text, expected)
