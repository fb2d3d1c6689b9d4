"""Quote pre-annotator, round 41 (helper enorgs2): English organisations described with modifiers and possessives.

Sentences written for these tests (organisations public, people invented) in the style of NGO, UN-agency and
think-tank news pages:

- a described organisation with modifiers stands for the organisation named before, as a bare "the <noun>" does
  (round 40): "the London-based rights group", "the U.S.-based international human rights group", "the U.N. agency",
  "the UN health body", "the Geneva-based body", "the Washington-based think tank" (was the description); a U.N.
  description takes a name ending in Organization, Programme, Fund, Office … or an acronym; "the body" a name ending
  in Organization, Council, Committee …; "the parent company", "the rival group" are other organisations (unchanged);
- a name seen with a person's title is no organisation a description stands for ("Colonel Haddad … The organization
  said" was Haddad);
- "think" before "tank" is no cue ("The Washington-based think tank said …" reported "tank said …");
- a report noun after a possessive, an adverb and a participle is no cue: "In its newly released annual report, …"
  (the speaker was "newly released annual"), also after a capitalised preposition opening the sentence ("In its 50th
  annual report, …" gave the speaker "50th annual").
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


# a described organisation with modifiers: the organisation named before
@pytest.mark.parametrize(("text", "expected"), [
    ("Amnesty International published a report on executions on Monday. The rights group said at least 500 people "
     "had been put to death last year.",
     [("at least 500 people had been put to death last year", IND, "Amnesty International", "said")]),
    ("Amnesty International published a report on executions on Monday. The London-based rights group said the "
     "number of hangings had doubled.",
     [("the number of hangings had doubled", IND, "Amnesty International", "said")]),
    ("Human Rights Watch released its findings in Nairobi on Tuesday. The New York-based international human rights "
     "group said soldiers had burned at least 40 homes.",
     [("soldiers had burned at least 40 homes", IND, "Human Rights Watch", "said")]),
    ("The World Food Programme appealed for more money on Friday. The U.N. agency said 4 million people in the region "
     "faced severe hunger.",
     [("4 million people in the region faced severe hunger", IND, "World Food Programme", "said")]),
    ("The World Health Organization held an emergency meeting on Monday. The Geneva-based body said the outbreak was "
     "not yet a global emergency.",
     [("the outbreak was not yet a global emergency", IND, "World Health Organization", "said")]),
    ("The World Health Organization held an emergency meeting on Monday. The UN health body said the risk to "
     "travellers remained low.",
     [("the risk to travellers remained low", IND, "World Health Organization", "said")]),
    ("The Brookings Institution published the study on Wednesday. The Washington-based think tank said wages had "
     "barely kept pace with rents.",
     [("wages had barely kept pace with rents", IND, "Brookings Institution", "said")]),
])
def test_r41_enorgs2_modified_descriptions(text, expected):
    assert_exact(text, expected)


# a name seen with a person's title is no organisation
@pytest.mark.parametrize(("text", "expected"), [
    ('Amnesty International accused the government of torture after Colonel Haddad vowed to "crush the traitors". '
     'The organization said the threats had to be taken seriously.',
     [("crush the traitors", DIR, "Haddad", "vowed"),
      ("the threats had to be taken seriously", IND, "Amnesty International", "said")]),
])
def test_r41_enorgs2_titled_name_no_body(text, expected):
    assert_exact(text, expected)


# a report noun after a possessive and its modifiers is no cue
@pytest.mark.parametrize(("text", "expected"), [
    ('In its newly released annual report, Freedom House rated Georgia as "partly free". It said the courts had '
     'lost their independence.',
     [("the courts had lost their independence", IND, "Freedom House", "said")]),
    ('In its 50th annual report, the group downgraded Peru to "partly free".',
     []),
])
def test_r41_enorgs2_report_noun(text, expected):
    assert_exact(text, expected)


# guards: what stays as it was
@pytest.mark.parametrize(("text", "expected"), [
    # a bare description (round 40)
    ("Amnesty International published a report on Monday. The organization said executions had risen.",
     [("executions had risen", IND, "Amnesty International", "said")]),
    # another organisation than the one named before
    ("Harlow Foods sold its bakery unit to Brenner Mills on Monday. The parent company said the sale would close in "
     "June.",
     [("the sale would close in June", IND, "parent company", "said")]),
    # no organisation named before: the description as written
    ("The London-based rights group said the trial had been unfair.",
     [("the trial had been unfair", IND, "London-based rights group", "said")]),
    # a U.N. description needs a name of its kind
    ("Oxfam appealed for more money on Friday. The U.N. agency said 4 million people faced hunger.",
     [("4 million people faced hunger", IND, "U.N. agency", "said")]),
    # the organisation after its report noun speaks
    ("In its annual report, Freedom House said the courts had lost their independence.",
     [("the courts had lost their independence", IND, "Freedom House", "said")]),
])
def test_r41_enorgs2_guards(text, expected):
    assert_exact(text, expected)
