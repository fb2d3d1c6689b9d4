"""Round 40 (enpartial2): English partial quotations in a sentence whose verb is a judging verb, and their speakers.
Quotation-only cues ('castigated lawmakers as "reckless"', 'labeled the bill "a job killer"', 'likened the tax to
"a raid on pensions"', '…, characterizing it as "a smear"'), a naming participle after its noun that is no cue
('trashbins labelled "racist", "sexist"'), and a partial quotation with no cue in a sentence whose subject is a
person the article names ('Spicer refused to comment on something that is "not a confirmed action"'). Sentences
written for these tests in the style of political and wire reports."""

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
    # judging verbs with a quotation after them (quote_only_cues)
    ("The governor castigated state lawmakers as \"reckless\" in a radio address on Saturday.",
     [("reckless", DIR, "governor", "castigated")]),
    ("Sen. Marco Rubio labeled the spending bill \"a job killer\" during a stop in Tampa.",
     [("a job killer", DIR, "Marco Rubio", "labeled")]),
    ("The opposition leader labelled the budget \"a betrayal of pensioners\" on Tuesday.",
     [("a betrayal of pensioners", DIR, "opposition leader", "labelled")]),
    ("Elizabeth Warren dubbed the merger \"a gift to Wall Street\" in a floor speech.",
     [("a gift to Wall Street", DIR, "Elizabeth Warren", "dubbed")]),
    ("The finance minister likened the new levy to \"a raid on family savings\" last week.",
     [("a raid on family savings", DIR, "finance minister", "likened")]),
    # a participle after a comma: its own cue, not the verb before it
    ("Mayor Lori Lightfoot rejected the ruling, dismissing it as \"judicial overreach of the worst kind.\"",
     [("judicial overreach of the worst kind.", DIR, "Lori Lightfoot", "dismissing")]),
    ("Sen. Bob Casey denounced the report, characterizing it as \"a partisan smear\" in an interview.",
     [("a partisan smear", DIR, "Bob Casey", "characterizing")]),
    ("Gov. Phil Murphy vetoed the measure, branding it \"a giveaway to insurers.\"",
     [("a giveaway to insurers.", DIR, "Phil Murphy", "branding")]),
    # a partial quotation with no cue: the named subject's words
    ("Asked why voters should trust him, Gov. Chris Christie pointed to his record of cutting spending and "
     "\"standing up for the taxpayers of this state.\"",
     [("standing up for the taxpayers of this state.", DIR, "Chris Christie", None)]),
    ("Press secretary Sean Spicer refused to comment on a strike that remains \"under review by the Pentagon.\"",
     [("under review by the Pentagon.", DIR, "Sean Spicer", None)]),
    ("\"We will hold the line,\" said Gov. Andrew Cuomo. Mayor Eric Adams pointed instead to a plan that would "
     "\"put people back to work before the summer.\"",
     [("We will hold the line,", DIR, "Andrew Cuomo", "said"),
      ("put people back to work before the summer.", DIR, "Eric Adams", None)]),
])
def test_r40_enpartial2_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: naming participles after their noun are no cue
    ("Protesters carried boxes labeled \"toxic\" and \"dangerous\" past the statehouse.", []),
    ("The vaccine effort, dubbed \"Operation Warp Speed,\" began in May.", []),
    ("Investigators found a bottle labelled \"poison\" in the garage.", []),
    # scare quotes stay speakerless or are dropped
    ("Critics have mocked the so-called \"experts\" for years.", []),
    ("Senator Ted Cruz lives in a \"tiny house\" near the river.", []),
    # a judging verb's quotation keeps its verb as before
    ("Trump blasted the report as \"fake news\" on Tuesday.",
     [("fake news", DIR, "Trump", "blasted")]),
    ("The company described the allegations as \"completely without merit.\"",
     [("completely without merit.", DIR, "company", "described")]),
    # the subject of a copula, or a vocative before the subject, is no speaker of a partial quotation
    ("Senator Rand Paul is one of those lawmakers who \"never met a spending bill they liked.\"",
     [("never met a spending bill they liked.", DIR, None, None)]),
    ("Mr Jenkins, the governor's fans love it when he \"says what everyone is thinking,\" so spare us the lecture.",
     [("says what everyone is thinking,", DIR, None, None)]),
    # a pronoun subject is not taken by the new fallback
    ("He refused to comment on something that is \"not a confirmed action.\"",
     [("not a confirmed action.", DIR, None, None)]),
])
def test_r40_enpartial2_guards(text, expected):
    assert_exact(text, expected)
