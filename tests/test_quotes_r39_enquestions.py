"""Round 39 (enquestions): English reported questions put by a passive's agent, requests whose infinitive is a bare verb
in "-ing" ("to bring"), and coordinated subjects of a participle cue (sentences written for these tests in the style of
wire and congressional news pages)."""

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
    # a question put by the passive's agent is the agent's, as "Wallace asked whether …" is (was nothing)
    ("In the Sunday interview, the governor was asked by Bret Baier whether she would sign the spending bill.",
     [("she would sign the spending bill", IND, "Bret Baier", "asked")]),
    ("The mayor was asked by reporters if the schools would reopen after the storm.",
     [("the schools would reopen after the storm", IND, "reporters", "asked")]),
    ("Harris was asked by a reporter at the briefing whether the vote would be delayed.",
     [("the vote would be delayed", IND, "reporter", "asked")]),
    # a request with a bare infinitive in "-ing" ("to bring"; was nothing, or the whole sentence after "urged")
    ("Grassley in a letter asked the committee chairman to bring the nominee back for a second hearing.",
     [("to bring the nominee back for a second hearing", IND, "Grassley", "asked")]),
    ("The families asked the airline to bring their relatives home before the holidays.",
     [("to bring their relatives home before the holidays", IND, "families", "asked")]),
    ("Ortiz urged the county board to bring the contract back for a public vote.",
     [("to bring the contract back for a public vote", IND, "Ortiz", "urged")]),
    # a coordinated subject of a participle cue speaks as a group (was its first conjunct)
    ("The Federal Trade Commission and the Justice Department sued the hospital chain on Tuesday, saying the deal "
     "would raise prices for patients.",
     [("the deal would raise prices for patients", IND, "Federal Trade Commission and the Justice Department", "saying")]),
    ("Sens. Susan Collins (R-Maine) and Angus King (I-Maine) sent a letter to the Army Corps of Engineers on Monday, "
     "urging the agency to finish the levee repairs.",
     [("to finish the levee repairs", IND, "Susan Collins and Angus King", "urging")]),
    ("The Justice Department and the Federal Communications Commission filed a joint brief, arguing that the merger "
     "would benefit rural customers.",
     [("the merger would benefit rural customers", IND, "Justice Department and the Federal Communications Commission",
       "arguing")]),
    # a participle act without a comma after a main clause in the past is its own clause (was the whole sentence)
    ("Sens. Susan Collins and Angus King sent a letter to the Navy calling for a review of the shipyard contract.",
     [("calling for a review of the shipyard contract", IND, "Susan Collins and Angus King", "calling")]),
    ("The county commissioners wrote a letter to Gov. Janet Mills calling for an audit of the road fund.",
     [("calling for an audit of the road fund", IND, "county commissioners", "calling")]),
    # a party-and-state tag is no part of a coordinated speaker's name (was "Susan Collins")
    ("Sens. Susan Collins (R-Maine) and Angus King (I-Maine) said the repairs could not wait another winter.",
     [("the repairs could not wait another winter", IND, "Susan Collins and Angus King", "said")]),
])
def test_r39_enquestions_fixes(text, expected):
    assert_exact(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a passive question without its agent stays nothing; an active question stays the asker's
    ("The governor was asked in an interview whether she would sign the spending bill.", []),
    ("Reporters asked whether the president would sign the bill.",
     [("the president would sign the bill", IND, "Reporters", "asked")]),
    # a passive with its agent still reports only a "that" clause otherwise
    ("The mayor was told by aides that the vote would fail.",
     [("the vote would fail", IND, "aides", "told")]),
    ("The plan was criticized by the union during the meeting.", []),
    # a single subject keeps itself; a list with commas keeps its earlier reading
    ("Sen. Maria Cantwell sent a letter to the agency on Monday, saying the repairs were overdue.",
     [("the repairs were overdue", IND, "Maria Cantwell", "saying")]),
    ("The senators sent a letter to the secretary, saying the program had failed.",
     [("the program had failed", IND, "senators", "saying")]),
    # an object after the verb is no conjunct of the subject
    ("Cantwell met Murray and the governor on Friday, saying the levee repairs were overdue.",
     [("the levee repairs were overdue", IND, "Cantwell", "saying")]),
    # a progressive act is still the whole sentence
    ("The teachers union is calling for smaller classes.",
     [("The teachers union is calling for smaller classes", IND, "teachers union", "calling")]),
    # "-ing" nouns after "to" are still no request
    ("The coach asked the players to training an hour early.", []),
])
def test_r39_enquestions_guards(text, expected):
    assert_exact(text, expected)
