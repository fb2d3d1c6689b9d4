"""Round 39 (enjunk): English junk speakers: an imperative glued to the subject at a sentence start, abstract nouns
before "that" as speakers, a report inside a sentence-opening "The fact that …" clause, "More than N" persons."""

import pytest

from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"


def _quotes_enjunk(text: str) -> list[tuple[str, str, str | None, str | None]]:
    ann = QuoteAnnotator().annotate(Document(id="t", kind="comment", text=text, meta={"lang": "en"}))
    spans = {s.id: s for s in ann.spans}
    cue = {r.head: spans[r.tail] for r in ann.relations if r.label == "cue"}
    return sorted((text[s.start : s.end], s.label, (s.attrs or {}).get("speaker"),
                   text[cue[s.id].start : cue[s.id].end] if s.id in cue else None)
                  for s in ann.spans if s.label in (IND, DIR))


@pytest.mark.parametrize(("text", "expected"), [
    # an imperative of attention opening the sentence is no part of the speaker (was "Watch Democrats", "Look at the
    # governor", "Listen to Schumer")
    ('Watch Democrats criticize the tax plan as "a giveaway to the rich" after they voted for the last one.',
     [("a giveaway to the rich", DIR, "Democrats", "criticize")]),
    ("Look at Biden claiming he never met the man.",
     [("he never met the man", IND, "Biden", "claiming")]),
    ("Listen to Schumer insisting the border was never open.",
     [("the border was never open", IND, "Schumer", "insisting")]),
    # a made-up scene reports nothing (was a report of "Republicans", of "Picture")
    ("Imagine Republicans saying the debt ceiling doesn't matter.", []),
    ("Picture the sheriff telling voters the jail is safe.", []),
    # an abstract noun before "that" speaks nothing (was the speaker "idea" with the cue "citing", "notion")
    ('The idea that the paper is "just asking questions" by repeating rumors is laughable.',
     []),
    ('The notion that the mayor "misspoke" by claiming he had served in the Navy is absurd.', []),
    # a report inside a sentence-opening "The fact that …" clause ends before the clause's predicate
    ("The fact that she said nothing tells you all you need to know.", []),
    ("The fact that the senator claimed the fire was arson tells you everything about him.",
     [("the fire was arson", IND, "senator", "claimed")]),
    # "More than N" persons keep the whole count (was "More")
    ("More than 200 former prosecutors signed an open letter in The Boston Globe urging lawmakers to act.",
     [("to act", IND, "More than 200 former prosecutors", "urging")]),
])
def test_en_junk_fixes(text, expected):
    assert _quotes_enjunk(text) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # guards: an imperative with a comma, a subject that is no imperative, a claim owned by a person
    ("Look, the senator said the vote would happen on Friday.",
     [("the vote would happen on Friday", IND, "senator", "said")]),
    ("Notice how the governor said the budget was balanced.",
     [("the budget was balanced", IND, "governor", "said")]),
    ("Human Rights Watch said the detainees had been beaten.",
     [("the detainees had been beaten", IND, "Human Rights Watch", "said")]),
    ("The fact is that the mayor said the road would open in May.",
     [("the road would open in May", IND, "mayor", "said")]),
    ("Eleven senators sent a letter to the agency, urging it to reconsider.",
     [("urging it to reconsider", IND, "Eleven senators", "urging")]),
])
def test_en_junk_guards(text, expected):
    assert _quotes_enjunk(text) == sorted(expected)
