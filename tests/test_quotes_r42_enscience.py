"""Round 42 (helper enscience): English science, health and medical news (sentences written for these tests).

- "According to the study, published Tuesday in JAMA, …": a past participle right after the comma that closes the
  source, then a time word or a preposition, is the source's modifier (the content opened at "published").
- "…, said Jane Roe, postdoctoral fellow at Yale University.": a bare role after an inverted speaker's name may end in
  a role noun without a role suffix ("fellow", "dean", "head") and may run past ten words when the rest is an
  organisation's name ("associate research scientist at the Institute for Research on Women and Gender"); the
  apposition was the content and the report before it was lost.
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
            out.append((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"), cue and text[cue.start : cue.end]))
    return sorted(out, key=lambda q: (q[0], q[1]))


def assert_exact(text, expected):
    assert _quotes(text) == sorted(expected, key=lambda q: (q[0], q[1]))


@pytest.mark.parametrize(("text", "expected"), [
    # a participle phrase after the source's comma is the source's (the content opened at the participle)
    ("According to the study, published Tuesday in JAMA, the drug cut hospital stays by two days.",
     [("the drug cut hospital stays by two days", IND, "study", "According to")]),
    ("According to the analysis, published online in The Lancet on Monday, rates of measles rose in 40 countries.",
     [("rates of measles rose in 40 countries", IND, "analysis", "According to")]),
    ("According to the report, released last week by the agency, overdose deaths fell for the first time in years.",
     [("overdose deaths fell for the first time in years", IND, "report", "According to")]),
    ("According to the trial, conducted at 12 hospitals in Texas, the vaccine protected most older patients.",
     [("the vaccine protected most older patients", IND, "trial", "According to")]),
])
def test_r42_enscience_according_participle(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a role noun without a role suffix before the organisation (the role was the content)
    ("Daily walks lowered blood pressure in older adults, said Tom Hale, postdoctoral fellow at Yale University.",
     [("Daily walks lowered blood pressure in older adults", IND, "Tom Hale", "said")]),
    ("The vaccine was safe for pregnant women, said Laura Kim, senior research fellow at Duke University.",
     [("The vaccine was safe for pregnant women", IND, "Laura Kim", "said")]),
    # a long organisation's name after a bare role (the role was the content)
    ("Screen time has little effect on teen sleep, said Michelle Ortega, associate research scientist at the Institute "
     "for Research on Child Health and Development.",
     [("Screen time has little effect on teen sleep", IND, "Michelle Ortega", "said")]),
    # (this one passed before too: a title "professor" within ten words)
    ("The new test finds tumors earlier than a scan, says Omar Reyes, assistant professor of radiology at the University "
     "of Michigan Medical School.",
     [("The new test finds tumors earlier than a scan", IND, "Omar Reyes", "says")]),
])
def test_r42_enscience_bare_role(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: an adjective opening the content after the source stays content
    ("According to the survey, increased spending on groceries drove the rise.",
     [("increased spending on groceries drove the rise", IND, "survey", "According to")]),
    ("According to the study, researchers followed 2,000 women for a decade.",
     [("researchers followed 2,000 women for a decade", IND, "study", "According to")]),
    # guards: shapes that were right before
    ("The drug cut the risk of stroke by a third, said lead author Jane Doe, a professor of neurology at Emory University.",
     [("The drug cut the risk of stroke by a third", IND, "Jane Doe", "said")]),
    ("The study found that the drug reduced deaths among older patients.",
     [("the drug reduced deaths among older patients", IND, "study", "found")]),
    ("The risk to most carriers is low, the authors concluded.",
     [("The risk to most carriers is low", IND, "authors", "concluded")]),
    ('"This is an important step," said Dr. Amy Chen, who was not involved in the study.',
     [("This is an important step,", DIR, "Amy Chen", "said")]),
])
def test_r42_enscience_guards(text, expected):
    assert_exact(text, expected)
