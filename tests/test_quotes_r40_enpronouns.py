"""Quote pre-annotator, round 40 (helper enpronouns): English pronouns and descriptions as speakers.

Sentences written for these tests (names invented, a few public first names), in the style of political, court and
sports pages with several people:

- a he/she takes no name whose first name (yaml `male_names`/`female_names`, now with more news names: "Megyn",
  "Kyrsten", "Harry") or whose own report ("Kelly said she …") gives it the other gender, not even as the only name
  left ("Megyn Kelly asked Trump … "…," he said" was Megyn Kelly); no one is better than a man named in passing;
- a surname alone opening the sentence before a he/she is that person ("Trump cut her off. "…," he said");
- a description of an office after a sentence opening with a surname alone takes the person of that surname ("Cruz
  won the primary. The Texas Senator said …"), and none when two people are named together there ("Cruz and Marco
  Rubio … the Texas senator insisted" was Rubio);
- "who" after a party tag in brackets is the person before the brackets ("Sen. Joe Manchin (D-W.Va.), who said");
- "for his part" and a sentence adverb opening the sentence are no part of the speaker ("Cruz for his part said",
  "Indeed Rosendale cited …").
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
    # gender: a first name of the lists, and a name given "she" by its own report, take no "he"
    ('Megyn Kelly pressed the candidate on his tax returns. "I will release them when the audit is done," he said.',
     [("I will release them when the audit is done,", DIR, None, "said")]),
    ('Kelly said she had asked Hargrove about the donations twice. "There is nothing to hide," he said.',
     [("There is nothing to hide,", DIR, None, "said"),
      ("she had asked Hargrove about the donations twice", IND, "Kelly", "said")]),
    ('Sen. Kyrsten Delano met the nominee for an hour. "I have not decided," he said afterward.',
     [("I have not decided,", DIR, None, "said")]),
    # a surname alone opening the sentence before: that person, not the woman quoted earlier
    ('Moderator Megyn Kelly asked Donald Trump about his remarks. "You have called women terrible names," she said. '
     'Trump cut her off. "Only one person," he said.',
     [("Only one person,", DIR, "Donald Trump", "said"),
      ("You have called women terrible names,", DIR, "Megyn Kelly", "said")]),
    # a description of an office: the surname opening the sentence before; no one of two people named together
    ("Sen. Ted Cruz thanked his volunteers in Houston. He left early. Cruz won the primary by nine points on Tuesday. "
     "The Texas Senator said the race was far from over.",
     [("the race was far from over", IND, "Ted Cruz", "said")]),
    ("Cruz and Marco Rubio have sharpened their attacks on the frontrunner. On Sunday the Texas senator insisted that he "
     "was the only real alternative.",
     [("he was the only real alternative", IND, "Texas senator", "insisted")]),
    # "who" after a party tag in brackets
    ("Collins was later joined by Sen. Joe Manchin (D-W.Va.), who said he would vote to confirm the judge.",
     [("he would vote to confirm the judge", IND, "Joe Manchin", "said")]),
    ("Lindgren spoke after Rep. Carl Okafor (R-Ohio), who said the bill went too far.",
     [("the bill went too far", IND, "Carl Okafor", "said")]),
    # "for his part" and an opening sentence adverb are no part of the speaker
    ("Sen. Ted Cruz spoke in Dallas on Monday. Cruz for his part said the campaign had only begun.",
     [("the campaign had only begun", IND, "Ted Cruz", "said")]),
    ("Warren for her part said she would stay in the race.",
     [("she would stay in the race", IND, "Warren", "said")]),
    ("Rep. Matt Ellison quit the race on Thursday. Indeed Ellison cited the endorsement, saying it made a win unlikely.",
     [("it made a win unlikely", IND, "Matt Ellison", "saying")]),
    ("Meanwhile Hargrove told reporters the deal was dead.",
     [("the deal was dead", IND, "Hargrove", "told")]),
])
def test_enpronouns_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: what stays as it was
    ('Sen. Lisa Brandt said she opposed the nomination. "I will be a no tomorrow," she said.',
     [("I will be a no tomorrow,", DIR, "Lisa Brandt", "said"),
      ("she opposed the nomination", IND, "Lisa Brandt", "said")]),
    ('Coach Harry Redfern watched from the sideline. "They were outstanding," he said.',
     [("They were outstanding,", DIR, "Harry Redfern", "said")]),
    ("Trump, for his part, said the polls were rigged.",
     [("the polls were rigged", IND, "Trump", "said")]),
    ("Long Island officials said the beaches would reopen.",
     [("the beaches would reopen", IND, "Long Island officials", "said")]),
    ("First Lady Jill Biden said the program would expand.",
     [("the program would expand", IND, "Jill Biden", "said")]),
    ("Harry Kane scored twice against Italy. The England captain said the team had deserved it.",
     [("the team had deserved it", IND, "Harry Kane", "said")]),
])
def test_enpronouns_guards(text, expected):
    assert_exact(text, expected)
