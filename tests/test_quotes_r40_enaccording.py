"""Quote pre-annotator, round 40 (helper enaccording): English sources in adjuncts and brackets.

Sentences written for these tests (names invented), in the style of wire, court and business pages:

- a source's short form in brackets after a sentence-initial "According to" ("According to the Environmental
  Protection Agency (EPA), the plant …") is no part of the content (it began at "(EPA)"; with "recalled" after it,
  nothing was found);
- a mid-sentence "according to <source>," after a fronted adjunct, then a clause that opens with an article and a
  noun or with a name and its past verb ("Last year, according to the complaint, the clinic implanted …", "During the
  raid, according to police, Ortiz fired …") is the clause around the phrase, as "The plan, according to officials,
  would cost …" (nothing was found, or only the fronted adjunct: it read the clause as the source's apposition);
- a document noun closing a source's bare noun phrase belongs to the source ("according to courtroom reports",
  "according to media reports"; the source was "courtroom", "media");
- "Just" opening a name ("Just Stop Oil said …", "campaign group Just Stop Oil said") stays in it (was "Stop Oil");
- an adverb before a verb of going on ("The tennis star then went on to ask …") is no part of the speaker (the
  speaker was "tennis star then went").
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
    # the source's short form in brackets (the content began at the bracket, or nothing was found)
    ("According to the Environmental Protection Agency (EPA), the refinery released 300 pounds of benzene.",
     [("the refinery released 300 pounds of benzene", IND, "Environmental Protection Agency", "According to")]),
    ("According to the National Transportation Safety Board (NTSB), the pilot reported no engine trouble.",
     [("the pilot reported no engine trouble", IND, "National Transportation Safety Board", "According to")]),
    ("According to the Food and Drug Administration (FDA), the company recalled 12,000 bottles of cough syrup.",
     [("the company recalled 12,000 bottles of cough syrup", IND, "Food and Drug Administration", "According to")]),
    ("According to the Consumer Product Safety Commission (CPSC), the heaters can overheat and catch fire.",
     [("the heaters can overheat and catch fire", IND, "Consumer Product Safety Commission", "According to")]),
    # a fronted adjunct, the source, then a clause (nothing was found, or only the adjunct)
    ("Last year, according to the complaint, the clinic implanted the wrong embryo in a patient.",
     [("Last year, according to the complaint, the clinic implanted the wrong embryo in a patient", IND,
       "complaint", "according to")]),
    ("In March 2021, according to prosecutors, the defendant wired $40,000 to an offshore account.",
     [("In March 2021, according to prosecutors, the defendant wired $40,000 to an offshore account", IND,
       "prosecutors", "according to")]),
    ("During the search, according to police, Ortiz fired two shots at the officers.",
     [("During the search, according to police, Ortiz fired two shots at the officers", IND, "police",
       "according to")]),
    # a document noun closing the source's bare noun phrase (the source was "courtroom", "media")
    ("During the hearing, according to courtroom reports, the judge rebuked both lawyers.",
     [("During the hearing, according to courtroom reports, the judge rebuked both lawyers", IND,
       "courtroom reports", "according to")]),
    ("The jury deliberated for nine hours before reaching a verdict, according to media reports.",
     [("The jury deliberated for nine hours before reaching a verdict", IND, "media reports", "according to")]),
    # "Just" opening a name (was "Stop Oil")
    ("Just Stop Oil said 30 supporters had blocked the road outside the refinery.",
     [("30 supporters had blocked the road outside the refinery", IND, "Just Stop Oil", "said")]),
    ("Climate group Just Stop Oil said it would end its campaign of road blockades.",
     [("it would end its campaign of road blockades", IND, "Just Stop Oil", "said")]),
    # an adverb before a verb of going on (the speaker was "tennis star then went")
    ("The tennis star then went on to ask whether the final would be moved indoors.",
     [("the final would be moved indoors", IND, "tennis star", "ask")]),
    ("The coach later went on to say that the referee had cost his team the match.",
     [("the referee had cost his team the match", IND, "coach", "say")]),
])
def test_round40_enaccording(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: a source's apposition with a participle or a relative clause stays out of the content
    ("The toll rose to 212, according to Casualty Watch, a group based in London.",
     [("The toll rose to 212", IND, "Casualty Watch", "according to")]),
    ("The toll rose to 212, according to Casualty Watch, a group founded by veterans.",
     [("The toll rose to 212", IND, "Casualty Watch", "according to")]),
    ("Home sales fell 4 percent, according to Mark Hill, the analyst who covered the deal.",
     [("Home sales fell 4 percent", IND, "Mark Hill", "according to")]),
    ("Prices rose 3 percent, according to the survey, the third released this year.",
     [("Prices rose 3 percent", IND, "survey", "according to")]),
    # the interrupting phrase keeps the round-37 convention (the whole clause around it)
    ("The plan, according to officials, would cost $5 billion over a decade.",
     [("The plan, according to officials, would cost $5 billion over a decade", IND, "officials", "according to")]),
    # a bracket that is no short form stays as it was (an "According to" with its content after the source)
    ("According to the police, the man (a former employee) fired several shots.",
     [("the man (a former employee) fired several shots", IND, "police", "According to")]),
    ("Mnuchin went on to say that the deal was done.",
     [("the deal was done", IND, "Mnuchin", "say")]),
    ("Just Eat said orders rose 8 percent in the quarter.",
     [("orders rose 8 percent in the quarter", IND, "Eat", "said")]),
])
def test_round40_enaccording_guards(text, expected):
    assert_exact(text, expected)
