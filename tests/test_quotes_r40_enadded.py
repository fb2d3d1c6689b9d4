"""Quote pre-annotator, round 40 (helper enadded): English attributions interrupted between subject, verb and content.

Sentences written for these tests (names invented), in the style of wire and political pages:

- a "when/while/after asked (pressed, questioned) …" adjunct between the subject and the verb is skipped like a bare
  "asked …" ("Trump, when asked about the report, said it was 'fake news'" gave the speaker span "it" and lost the
  report), also with a weekday after the participle ("The senator, asked Tuesday about the bill, said …");
- a plural speech noun right after the preposition of an adverbial interrupter ("The ambassador, in remarks to the
  Security Council, warned that …") no longer blocks it (nothing was found);
- a fronted phrase, the subject, the cue, an interruption between commas and a "that" clause ("Speaking at a rally,
  the president insisted, without citing evidence, that …") is no trailing attribution of the fronted phrase (the
  fronted phrase was the report);
- "but" (or "and" before "declined/refused to") and the speaker's refusal without a subject ("but did not give
  figures", "but would not say how many", "but gave no date") ends the report (it ran to the sentence end).
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
    # "when asked …" between the subject and its verb (the speaker span was the content's subject, the report lost)
    ('Hendricks, when asked about the audit, said it was "a partisan stunt."',
     [("a partisan stunt.", DIR, "Hendricks", "said"),
      ('it was "a partisan stunt."', IND, "Hendricks", "said")]),
    ("Gov. Lena Marsh, when asked whether she would sign the bill, said she had not made up her mind.",
     [("she had not made up her mind", IND, "Lena Marsh", "said")]),
    ("The coach, when pressed by reporters, said the team had not discussed a trade.",
     [("the team had not discussed a trade", IND, "coach", "said")]),
    ("Prime Minister Olsen, when questioned by lawmakers, insisted that the rules had been followed.",
     [("the rules had been followed", IND, "Olsen", "insisted")]),
    ("Brandt, while asked about the merger, told reporters the company was not for sale.",
     [("the company was not for sale", IND, "Brandt", "told")]),
    # a weekday after the participle (nothing was found)
    ("The senator, asked Tuesday about the spending bill, said it would pass before the recess.",
     [("it would pass before the recess", IND, "senator", "said")]),
    ("Rep. Carla Vance, when asked Friday if she would run again, said she was leaning toward retirement.",
     [("she was leaning toward retirement", IND, "Carla Vance", "said")]),
    # a speech noun right after the interrupter's preposition (nothing was found)
    ("The ambassador, in remarks to the Security Council on Monday, warned that the crisis would deepen.",
     [("the crisis would deepen", IND, "ambassador", "warned")]),
    ("Novak, in comments to local television, said the plant would stay open through the winter.",
     [("the plant would stay open through the winter", IND, "Novak", "said")]),
    # a fronted phrase, then "cue, interruption, that": the that-clause is the report (the fronted phrase was)
    ("Speaking at a rally in Tulsa, the president insisted, without offering evidence, that the count had been rigged.",
     [("the count had been rigged", IND, "president", "insisted")]),
    ("At a news conference on Monday, the chief claimed, falsely, that crime had fallen every year.",
     [("crime had fallen every year", IND, "chief", "claimed")]),
    ("Appearing on Sunday talk shows, Hartley said, however, that the committee would press ahead.",
     [("the committee would press ahead", IND, "Hartley", "said")]),
    # "but" + the speaker's refusal without a subject is no part of the report (it ran to the sentence end)
    ("The company said quarterly sales rose 4 percent but did not give figures for the holiday season.",
     [("quarterly sales rose 4 percent", IND, "company", "said")]),
    ("Army officials said the assault had been repelled but would not say how many soldiers were wounded.",
     [("the assault had been repelled", IND, "Army officials", "said")]),
    ("The ministry said negotiations would resume soon but gave no date.",
     [("negotiations would resume soon", IND, "ministry", "said")]),
    ("Sen. Ruth Calder said the bill was badly flawed and refused to say whether she would vote for it.",
     [("the bill was badly flawed", IND, "Ruth Calder", "said")]),
    ("A county spokeswoman confirmed the arrest but declined to give details.",
     [("A county spokeswoman confirmed the arrest", IND, "county spokeswoman", "confirmed")]),
])
def test_r40_enadded_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # interrupters that worked before stay as they were
    ('Dunmore, asked about the report, said it was "fake news."',
     [("fake news.", DIR, "Dunmore", "said"), ('it was "fake news."', IND, "Dunmore", "said")]),
    ("Mr. Dunmore, in an interview on Tuesday, said the deal was dead.",
     [("the deal was dead", IND, "Dunmore", "said")]),
    ("The minister, speaking at a rally in Leeds, said the strike would end soon.",
     [("the strike would end soon", IND, "minister", "said")]),
    ("One official, who spoke on condition of anonymity, said the talks had stalled.",
     [("the talks had stalled", IND, "One official", "said")]),
    ("Okafor, for his part, said the vote would go ahead.",
     [("the vote would go ahead", IND, "Okafor", "said")]),
    ("The mayor, however, said the city could not afford the plan.",
     [("the city could not afford the plan", IND, "mayor", "said")]),
    # coordinated verb phrases without their own subject keep the first subject
    ("Earle replied the White House would not comment on the inquiry but added he \"would not be surprised\" by charges.",
     [("the White House would not comment on the inquiry", IND, "Earle", "replied"),
      ('he "would not be surprised" by charges', IND, "Earle", "added"),
      ("would not be surprised", DIR, "Earle", "added")]),
    ("The spokesman declined to comment but noted that the agency was reviewing the case.",
     [("the agency was reviewing the case", IND, "spokesman", "noted")]),
    ("Mills said the plant had met its targets, and added that it would hire 200 workers next year.",
     [("it would hire 200 workers next year", IND, "Mills", "added"),
      ("the plant had met its targets", IND, "Mills", "said")]),
    # a fronted phrase before a plain that-clause, and a true trailing attribution after a comma, stay as they were
    ("Speaking at a rally, the president insisted that the count had been rigged.",
     [("the count had been rigged", IND, "president", "insisted")]),
    ("The count had been rigged, the president insisted, without offering evidence.",
     [("The count had been rigged", IND, "president", "insisted")]),
    ("The economy, the minister said, is recovering.",
     [("The economy", IND, "minister", "said"), ("is recovering", IND, "minister", "said")]),
    # a "when asked" clause that is no interrupter: a fronted question stays no report of its own
    ("When asked about the audit, Hendricks said it was a partisan stunt.",
     [("it was a partisan stunt", IND, "Hendricks", "said")]),
    # a second predicate of the report's own subject, or "and" before a plain negation, stays in the report
    ("Engineers said the bridge was safe but was being inspected again.",
     [("the bridge was safe but was being inspected again", IND, "Engineers", "said")]),
    ("Witnesses said the soldiers did not give any warning.",
     [("the soldiers did not give any warning", IND, "Witnesses", "said")]),
])
def test_r40_enadded_guards(text, expected):
    assert_exact(text, expected)
