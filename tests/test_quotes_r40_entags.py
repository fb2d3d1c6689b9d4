"""Round 40 (entags): English quote tags of manner and retort. Verbs that are a tag only right after a quotation
(after_quotation_cues: '"…," Trump challenged', '"…," Cruz jabbed at the senator', '"…," barked Clough'), retorts
with their particle next to a quotation or "that" (quotation_particle_verbs: 'Rubio shot back, "…"', 'Graham fired
back that …', '"…," Kasich chimed in.'), and quotation-only cues as the tag of a quotation before them ('"…," Trump
lambasted Biden'). Sentences written for these tests in the style of debate, hearing and sports reports."""

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
    return sorted(out, key=lambda x: (x[0], x[1]))


def assert_exact(text, expected):
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


@pytest.mark.parametrize(("text", "expected"), [
    # manner verbs as the tag after a quotation (no speaker, no cue before)
    ("\"Show me one job you created,\" Christie challenged.",
     [("Show me one job you created,", DIR, "Christie", "challenged")]),
    ("\"He has never won anything in his life,\" Trump jabbed at the Ohio governor.",
     [("He has never won anything in his life,", DIR, "Trump", "jabbed")]),
    ("\"Well, at least the bus was on time,\" Belichick deadpanned after the loss.",
     [("Well, at least the bus was on time,", DIR, "Belichick", "deadpanned")]),
    ("\"Sit down and let me finish!\" the chairman barked.",
     [("Sit down and let me finish!", DIR, "chairman", "barked")]),
    ("\"Nobody in this room believes that!\" barked Ferguson at the journalists.",
     [("Nobody in this room believes that!", DIR, "Ferguson", "barked")]),
    # retorts with their particle
    ("\"You voted for the same bill,\" Warren shot back.",
     [("You voted for the same bill,", DIR, "Warren", "shot")]),
    ("\"That is simply false,\" Pelosi fired back at the reporter.",
     [("That is simply false,", DIR, "Pelosi", "fired")]),
    ("Rubio quickly shot back, \"You hired the workers yourself.\"",
     [("You hired the workers yourself.", DIR, "Rubio", "shot")]),
    ("The chairman fired back that the hearing had been scheduled for weeks.",
     [("the hearing had been scheduled for weeks", IND, "chairman", "fired")]),
    ("\"I agree with the governor on that one,\" Kasich chimed in.",
     [("I agree with the governor on that one,", DIR, "Kasich", "chimed")]),
    # a quotation-only cue as the tag of a quotation before it
    ("\"He cannot even read a teleprompter,\" Trump mocked his rival.",
     [("He cannot even read a teleprompter,", DIR, "Trump", "mocked")]),
    ("\"This deal is a disaster for working families,\" Sanders slammed the agreement.",
     [("This deal is a disaster for working families,", DIR, "Sanders", "slammed")]),
])
def test_r40_entags_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: these verbs report nothing elsewhere
    ("The attorneys general challenged the rule in federal court.", []),
    ("The gunman fired back, wounding a deputy.", []),
    ("Mourinho hit back at the pundits after the match.", []),
    ("Ferguson fired back at his critics on Saturday.", []),
    ("The storm hit back-to-back towns along the coast.", []),
    ("The dog barked at the mail carrier.", []),
    ("The senator was taunted by protesters outside the hall.", []),
    # a quotation that is a name, not a tag's quotation
    ("Trump's \"America First\" agenda challenged longtime allies.", []),
    ("Critics mocked the \"Mission Accomplished\" banner for years.", []),
    # existing tags stay as they were
    ("\"We'll see about that,\" Cruz quipped.", [("We'll see about that,", DIR, "Cruz", "quipped")]),
    ("\"Get out of my face,\" the coach snapped back.", [("Get out of my face,", DIR, "coach", "snapped")]),
])
def test_r40_entags_guards(text, expected):
    assert_exact(text, expected)
