"""Round 49, family enleft11: "confirm" and "deny" with a noun object and "that", and "told" + addressee + a clause.
An article right before a cue word makes it a noun, no inner report's verb ("confirmed the fear that …" reported 'the
fear that …'); a report noun (en.yaml `owned_report_nouns`, `hearsay_nouns`) in the object, right before "that" or
before a short adjunct, opens the content ("confirmed the report that …", "denied his claim on Fox News that …" were the
whole sentence); a thing pronoun confirming a belief is no speech act ("It confirms the belief that …"); "told
reporters Britain wants to …" is a clause after the addressee, no request ('to leave')."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a thing confirms a belief: no report
    ("It confirms the belief that the company seldom has new ideas.", []),
    ("It confirms my suspicion that the council never reads its own reports.", []),
    # an article before the noun: no inner verb
    ("Police confirmed the fear that the boy had drowned.", [(IND, "the boy had drowned", "Police")]),
    ("Smith denied the claim that the vote was rigged.", [(IND, "the vote was rigged", "Smith")]),
    # a report noun in the object, with or without an adjunct
    ("Police confirmed the report that the boy had drowned.", [(IND, "the boy had drowned", "Police")]),
    ("The club confirmed the rumors that the coach would leave.", [(IND, "the coach would leave", "club")]),
    ("Smith denied his claim on Fox News that the vote was rigged.", [(IND, "the vote was rigged", "Smith")]),
    ("Jones confirmed the report on Monday that the mine would close.", [(IND, "the mine would close", "Jones")]),
    ("Smith repeated his claim on Fox News that the vote was rigged.", [(IND, "the vote was rigged", "Smith")]),
    # a clause after the addressee, no request
    ("Smith told reporters Britain wants to leave.", [(IND, "Britain wants to leave", "Smith")]),
    ("Smith told reporters the government plans to raise taxes.",
     [(IND, "the government plans to raise taxes", "Smith")]),
]

GUARDS = [
    ("The ministry confirmed the suspicion that the plant had leaked.", [(IND, "the plant had leaked", "ministry")]),
    ("Police confirmed fears that the boy had drowned.", [(IND, "the boy had drowned", "Police")]),
    ("Jones confirmed reports that the boy had drowned.", [(IND, "the boy had drowned", "Jones")]),
    ("It confirms that the company will close the plant.", [(IND, "the company will close the plant", None)]),
    # a relative clause on the report noun stays no content
    ("Smith denied the report that appeared on Monday.",
     [(IND, "Smith denied the report that appeared on Monday", "Smith")]),
    ("Smith denied the report that he wrote.", [(IND, "Smith denied the report that he wrote", "Smith")]),
    # requests
    ("Smith told reporters to leave.", [(IND, "to leave", "Smith")]),
    ("Smith told Fox News reporters to leave.", [(IND, "to leave", "Smith")]),
    ("Smith told reporters Monday to leave.", [(IND, "to leave", "Smith")]),
    ("Smith told police officers to leave the building.", [(IND, "to leave the building", "Smith")]),
    ("Jones told residents the city needs more money.", [(IND, "the city needs more money", "Jones")]),
    # an inner report with a noun subject
    ("Smith said the police fear that the boy had drowned.",
     [(IND, "the police fear that the boy had drowned", "Smith"), (IND, "the boy had drowned", "police")]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r49_enleft11_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r49_enleft11_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
