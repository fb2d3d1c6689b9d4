"""Quote pre-annotator, round 41 (helper endescr2): English speaker resolution after plural, coordinated and owned
names, and descriptions after two people.

Sentences written for these tests (names invented, a few public first names) in the style of court, flood, rights-group,
campaign and corporate pages:

- an unquoted "they" is no one person: not the person quoted before ("Sen. Tom Hale said … . Democrats in the House
  disagreed. They said …" was Tom Hale), nor the last of two coordinated names ("Ruth Ellison and Mark Dorsey … They
  said" was Mark Dorsey); with no group speaking before it takes a bare plural of persons or two names joined by "and"
  opening the sentence before ("Jurors deliberated … They also said …" had no speaker);
- a capitalised name after an owner's possessive ("its World Report", "its Annual Review") is a thing owned, not the
  organisation a later "it" or "the group" stands for (was "World Report");
- "he"/"she" is no capitalised name after a lower-case "the" that is no person ("he survived the Normandy Invasion …,
  she said" was "Normandy Invasion");
- an office description after a sentence naming one person in full and another, seen in full before, by the surname
  alone is no one's, or the one seen with the office's title ("Sen. Marco Rubio …. Later Rubio attacked Donald Trump
  …. "…," the Florida senator said" was Donald Trump).
"""
from __future__ import annotations

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"


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


# "they": no one person; else the plural or coordinated subject opening the sentence before
@pytest.mark.parametrize(("text", "expected"), [
    # the person quoted before is no "they" (was Tom Hale, Ellen Brooks)
    ("Sen. Tom Hale said the bill was dead. Democrats in the House disagreed. They said the votes were there.",
     [("the bill was dead", IND, "Tom Hale", "said"),
      ("the votes were there", IND, "Democrats", "said")]),
    ("Mayor Ellen Brooks said the city would sue the county. Residents of the east side met on Tuesday night. They said "
     "the flooding had gone on for years.",
     [("the city would sue the county", IND, "Ellen Brooks", "said"),
      ("the flooding had gone on for years", IND, "Residents", "said")]),
    ('"We are ready," said Coach Dan Miller. They said the team would travel on Friday.',
     [("We are ready,", DIR, "Dan Miller", "said"),
      ("the team would travel on Friday", IND, None, "said")]),
    # a bare plural of persons opening the sentence before (was no one)
    ("Jurors deliberated for three days before convicting the former mayor of fraud. They also said the prosecution's "
     "case had been easy to follow.",
     [("the prosecution's case had been easy to follow", IND, "Jurors", "said")]),
    ("Firefighters reached the warehouse shortly after midnight. They said the blaze started in a storage room.",
     [("the blaze started in a storage room", IND, "Firefighters", "said")]),
    ("Homeowners along the river spent the night filling sandbags. They told reporters the water had risen too fast.",
     [("the water had risen too fast", IND, "Homeowners", "told")]),
    # two person names joined by "and" (was the second, or no one)
    ("Ruth Ellison and Mark Dorsey met the governor on Monday. They said the plan would leave rural clinics without "
     "staff.",
     [("the plan would leave rural clinics without staff", IND, "Ruth Ellison and Mark Dorsey", "said")]),
    ("Sen. Susan Collins and Sen. Joe Manchin spent an hour with the nominee. They said afterward that she had answered "
     "every question.",
     [("she had answered every question", IND, "Susan Collins and Joe Manchin", "said")]),
])
def test_r41_endescr2_they(text, expected):
    assert_exact(text, expected)


# a name after an owner's possessive is a thing owned, no antecedent of "it" or "the group"
@pytest.mark.parametrize(("text", "expected"), [
    ("Human Rights Watch released its World Report on Thursday. The group said the government had jailed dozens of "
     "journalists.",
     [("the government had jailed dozens of journalists", IND, "Human Rights Watch", "said")]),
    ('Human Rights Watch released its World Report on Thursday. "The crackdown has worsened," the group said.',
     [("The crackdown has worsened,", DIR, "Human Rights Watch", "said")]),
    ("Amnesty International published its Global Report on Tuesday. The organization said executions had risen "
     "sharply.",
     [("executions had risen sharply", IND, "Amnesty International", "said")]),
    ("Corvane Systems published its Annual Review on Monday. It said profits had fallen for a third year.",
     [("profits had fallen for a third year", IND, "Corvane Systems", "said")]),
])
def test_r41_endescr2_owned_names(text, expected):
    assert_exact(text, expected)


# "he"/"she" is no name after a lower-case "the" (was the event)
@pytest.mark.parametrize(("text", "expected"), [
    ("Marcella Brandt, 81, lost her home in the fire. Her husband served in the Navy; he survived the Normandy Invasion "
     "but was badly wounded, she said.",
     [("Her husband served in the Navy; he survived the Normandy Invasion but was badly wounded", IND,
       "Marcella Brandt", "said")]),
])
def test_r41_endescr2_no_event_for_she(text, expected):
    assert_exact(text, expected)


# an office description after two people: the one seen with the office's title, else no one
@pytest.mark.parametrize(("text", "expected"), [
    ('Sen. Marco Rubio spoke in Dallas on Friday. Later Rubio attacked Donald Trump over his business record. "He is a '
     'con artist," the Florida senator said.',
     [("He is a con artist,", DIR, "Marco Rubio", "said")]),
    ('Marco Rubio spoke in Dallas on Friday. Later Rubio attacked Donald Trump over his business record. "He is a con '
     'artist," the Florida senator said.',
     [("He is a con artist,", DIR, "Florida senator", "said")]),
])
def test_r41_endescr2_description_after_two(text, expected):
    assert_exact(text, expected)


# guards: what stays as it was
@pytest.mark.parametrize(("text", "expected"), [
    # a group speaking before goes on
    ("Officials said the road would reopen on Monday. They said repairs would take a week.",
     [("the road would reopen on Monday", IND, "Officials", "said"),
      ("repairs would take a week", IND, "Officials", "said")]),
    # an organisation speaking before goes on ("they" of a body)
    ("The union said the strike would go ahead. They said members had voted to reject the offer.",
     [("the strike would go ahead", IND, "union", "said"),
      ("members had voted to reject the offer", IND, "union", "said")]),
    # a thing opening the sentence before is no antecedent
    ("The talks collapsed on Friday. They said the sides would meet again in May.",
     [("the sides would meet again in May", IND, None, "said")]),
    # "it" after the report as the subject stays the report's (round 35)
    ("The report criticized the government for jailing journalists. It also said the courts had been weakened.",
     [("The report criticized the government for jailing journalists", IND, "report", "criticized"),
      ("the courts had been weakened", IND, "report", "said")]),
    # a title seen with the person named in the sentence before (round 22)
    ("Sen. Marco Rubio attacked Donald Trump on Friday. \"He is a con artist,\" the senator said.",
     [("He is a con artist,", DIR, "Marco Rubio", "said")]),
    ("Gov. Jerry Brown met Mayor Eric Garcetti on Monday. The governor said the state would help.",
     [("the state would help", IND, "Jerry Brown", "said")]),
    # a media role names the person spoken to (round 38)
    ("Mary Barra spoke on Tuesday. \"Demand is strong,\" Barra told CNBC's Phil Moreau. \"Are you sure?\" the presenter "
     "asked.",
     [("Demand is strong,", DIR, "Mary Barra", "told"), ("Are you sure?", DIR, "Phil Moreau", "asked")]),
    # "she" after the person quoted goes on
    ('Sen. Lisa Brandt visited the plant. "We will fight for these jobs," she said.',
     [("We will fight for these jobs,", DIR, "Lisa Brandt", "said")]),
])
def test_r41_endescr2_guards(text, expected):
    assert_exact(text, expected)
