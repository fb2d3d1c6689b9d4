"""Round 43, helper enleftovers: English time adjuncts after a cue (sentences written for these tests in the style of
wire and regional news: "said Tuesday, the ministry must …", "…, the mayor said over the weekend.")."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    out = []
    for s in ann.spans:
        if s.label not in (IND, DIR):
            continue
        sp = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "said_by"), None)
        cue = next((spans[r.tail] for r in ann.relations if r.head == s.id and r.label == "cue"), None)
        out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                    None if sp is None else text[sp.start : sp.end], None if cue is None else text[cue.start : cue.end]))
    return sorted(out)


def assert_exact(text, expected):
    """Exactly these quotes (text, label), each with its speaker name, SPEAKER span and CUE span."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, *_ in got] == sorted((t, lab) for t, lab, *_ in expected), got
    by_text = {(t, lab): rest for t, lab, *rest in got}
    for t, lab, *rest in expected:
        assert by_text[(t, lab)] == rest, (t, by_text[(t, lab)])


# fixes: each row fails against the frozen tree (4445f0c)
@pytest.mark.parametrize(("text", "expected"), [
    # a bare day or a time phrase, then a comma before the reported clause (without "that")
    ("Prime Minister Dung said Thursday, the health ministry must prepare for every scenario.",
     [("the health ministry must prepare for every scenario", IND, "Dung", "Prime Minister Dung", "said")]),
    ("Mayor Ellen Park said over the weekend, the city had spent $4 million on snow removal.",
     [("the city had spent $4 million on snow removal", IND, "Ellen Park", "Mayor Ellen Park", "said")]),
    ("The regulator said earlier this month, the bank had failed to report the transfers.",
     [("the bank had failed to report the transfers", IND, "regulator", "The regulator", "said")]),
    ("County officials said Monday night, crews would keep working until the road reopened.",
     [("crews would keep working until the road reopened", IND, "County officials", "County officials", "said")]),
    # "over" and a definite time phrase after a trailing cue: the report before it was lost
    ("The bridge will stay closed until March, the mayor said over the weekend.",
     [("The bridge will stay closed until March", IND, "mayor", "the mayor", "said")]),
    ("Fares would rise by 5 percent, a spokeswoman for the transit agency said over the past week.",
     [("Fares would rise by 5 percent", IND, "spokeswoman for the transit agency",
       "a spokeswoman for the transit agency", "said")]),
    ("The plant could reopen by June, Governor Alan Reyes said over the holiday weekend, citing new inspection reports.",
     [("The plant could reopen by June", IND, "Alan Reyes", "Governor Alan Reyes", "said")]),
    ("Her son was safe, Linda Moore told reporters over the phone.",
     [("Her son was safe", IND, "Linda Moore", "Linda Moore", "told")]),
])
def test_r43_enleftovers_time_adjunct_fixes(text, expected):
    assert_exact(text, expected)


# guards: each row passes on both trees
@pytest.mark.parametrize(("text", "expected"), [
    # an apposition on the day or a superlative after the comma, no clause
    ("Farmers will get cheaper loans, the agriculture minister said Sunday, the latest effort to ease the drought.",
     [("Farmers will get cheaper loans", IND, "agriculture minister", "the agriculture minister", "said")]),
    ("Jones said Monday, the same day the audit was released.", []),
    # a participle after the comma reports on its own
    ("The mayor said on Monday, adding that the city would hire more inspectors.",
     [("the city would hire more inspectors", IND, "mayor", "The mayor", "adding")]),
    # "over" before a quantity opens the content
    ("Officials said over 200 homes had been damaged.",
     [("over 200 homes had been damaged", IND, "Officials", "Officials", "said")]),
    ("The agency said over a third of the wells were dry.", []),  # (nothing, as before: no adjunct skipped)
    # a clause right after "over the …" keeps the phrase
    ("The coach said over the years the club had grown.",
     [("over the years the club had grown", IND, "coach", "The coach", "said")]),
    # a bare time phrase without a comma, as before
    ("The governor said last week the levees would hold.",
     [("the levees would hold", IND, "governor", "The governor", "said")]),
])
def test_r43_enleftovers_time_adjunct_guards(text, expected):
    assert_exact(text, expected)
