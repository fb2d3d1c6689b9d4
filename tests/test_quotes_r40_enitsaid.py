"""Round 40 (enitsaid): English organisations as speakers on corporate, court and agency pages: "the company", "the
agency", "the group" for an organisation speaking before or named in the sentence before, and "it" after a sentence
whose subject is such a description (sentences written for these tests in the style of wire and business news)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


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
    """Exactly the expected (text, label) quotes, each with this canonical speaker and cue."""
    got = _quotes(text)
    assert [(t, lab) for t, lab, _, _ in got] == sorted((t, lab) for t, lab, _, _ in expected), got
    by_text = {(t, lab): (sp, cue) for t, lab, sp, cue in got}
    for t, lab, sp, cue in expected:
        assert by_text[(t, lab)] == (sp, cue), (t, by_text[(t, lab)])


# "the company", "the firm", "the group", "the agency", "the ministry": the organisation speaking before (or named as
# the subject of the sentence before), when its name fits the noun (was the bare noun)
@pytest.mark.parametrize(("text", "expected"), [
    ("Corvane Systems said on Tuesday it would cut 300 jobs. The company said the cuts would mostly hit its German plants.",
     [("it would cut 300 jobs", IND, "Corvane Systems", "said"),
      ("the cuts would mostly hit its German plants", IND, "Corvane Systems", "said")]),
    ('Brenford Mills confirmed that it had received a subpoena. "We are cooperating fully," the firm said in a '
     "statement.",
     [("it had received a subpoena", IND, "Brenford Mills", "confirmed"),
      ("We are cooperating fully,", DIR, "Brenford Mills", "said")]),
    ("Global Witness said the mine had polluted two rivers. The group said villagers had not been consulted.",
     [("the mine had polluted two rivers", IND, "Global Witness", "said"),
      ("villagers had not been consulted", IND, "Global Witness", "said")]),
    ("The Environmental Protection Agency fined the refinery $4 million. The agency said the plant had exceeded its "
     "limits for years.",
     [("the plant had exceeded its limits for years", IND, "Environmental Protection Agency", "said")]),
    ("The Health Ministry closed two clinics on Monday. The ministry said the outbreak was under control.",
     [("the outbreak was under control", IND, "Health Ministry", "said")]),
    ("Tallis Motors said sales rose 4 percent in March. The carmaker also said it would raise prices in June.",
     [("sales rose 4 percent in March", IND, "Tallis Motors", "said"),
      ("it would raise prices in June", IND, "Tallis Motors", "said")]),
    ('The FAA said it was reviewing the incident. "We take every report seriously," the agency said.',
     [("it was reviewing the incident", IND, "FAA", "said"),
      ("We take every report seriously,", DIR, "FAA", "said")]),
])
def test_r40_enitsaid_described_organisation(text, expected):
    assert_exact(text, expected)


# "it" after a sentence whose subject is a described company: that company's name, else no one (was a firm named in
# passing as a verb's object)
@pytest.mark.parametrize(("text", "expected"), [
    ("A judge dismissed the lawsuit against Corvane Systems on Friday. The company had hired Halden Partners to audit "
     "its accounts. It said the ruling vindicated its position.",
     [("the ruling vindicated its position", IND, None, "said")]),
    ("Corvane Systems said it would appeal. The company had hired Halden Partners to audit its accounts. It said the "
     "audit found no wrongdoing.",
     [("it would appeal", IND, "Corvane Systems", "said"),
      ("the audit found no wrongdoing", IND, "Corvane Systems", "said")]),
])
def test_r40_enitsaid_it_after_description(text, expected):
    assert_exact(text, expected)


# guards: a company's description is no public body speaking before, a public body's description no company, a
# described company with modifiers of its own is someone new, and "it" after a named subject stays
@pytest.mark.parametrize(("text", "expected"), [
    ("The Food Standards Agency said the chain had ignored warnings. The company said it would appeal.",
     [("the chain had ignored warnings", IND, "Food Standards Agency", "said"),
      ("it would appeal", IND, "company", "said")]),
    ("Corvane Systems said it had fixed the fault. The agency said the fix came too late.",
     [("it had fixed the fault", IND, "Corvane Systems", "said"),
      ("the fix came too late", IND, "agency", "said")]),
    ("Corvane Systems said it had fixed the fault. The German company said the fix came too late.",
     [("it had fixed the fault", IND, "Corvane Systems", "said"),
      ("the fix came too late", IND, "German company", "said")]),
    ("Mayor Ellen Brooks said the city would sue. The company said the claims were baseless.",
     [("the city would sue", IND, "Ellen Brooks", "said"),
      ("the claims were baseless", IND, "company", "said")]),
    ("Corvane Systems said it would appeal. It added that the fine was excessive.",
     [("it would appeal", IND, "Corvane Systems", "said"),
      ("the fine was excessive", IND, "Corvane Systems", "added")]),
])
def test_r40_enitsaid_guards(text, expected):
    assert_exact(text, expected)
