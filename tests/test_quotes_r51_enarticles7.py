"""Round 51, family enarticles7: English news articles of six more genres (wire foreign politics, council budget
meeting, merger, present-tense feature, court appeal, outbreak), rows written as our own sentences. "the spokesperson"
/ "the diplomat" after "A spokesperson for X said" / "A diplomat in Y said" is that described speaker (its head before
the preposition); an inverted judge's "for the majority" / "for a unanimous court" is no part of the SPEAKER span; a
participle apposition "writing for the majority" between the subject and its verb is skipped like "writing in the
Times"; "it" after a body that spoke earlier in its sentence ("X said …, though it acknowledged that …") is that body;
a trailing attribution closing a dashed or bracketed aside ("— no relation to the family, he insists —") reports the
aside only."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", with_label=True) if q[0] in (IND, DIR)]


def speakers(text: str) -> list[str]:
    return [s for s, _n in quotes_of(text, "en", labels=("SPEAKER",))]


FIXES = [
    # "the <noun>" after a described speaker "a <noun> for/in …" is that speaker (was the body named in it, or the noun)
    ('A spokesperson for the opposition Civic Union said the party would appeal. "This is a decree," the spokesperson '
     'said.',
     [(IND, "the party would appeal", "spokesperson for the opposition Civic Union"),
      (DIR, "This is a decree,", "spokesperson for the opposition Civic Union")]),
    ('A diplomat in Valdoria City, who asked not to be named, said embassies had been caught off guard. "No one saw '
     'this coming," the diplomat said.',
     [(IND, "embassies had been caught off guard", "diplomat in Valdoria City"),
      (DIR, "No one saw this coming,", "diplomat in Valdoria City")]),
    ('A spokesman for the ministry said the talks had failed. "We are disappointed," the spokesman said.',
     [(IND, "the talks had failed", "spokesman for the ministry"),
      (DIR, "We are disappointed,", "spokesman for the ministry")]),
    # a participle apposition of whom the judge writes for (reported nothing)
    ("Judge Helena Marsh, writing for the majority, said the officers had erred.",
     [(IND, "the officers had erred", "Helena Marsh")]),
    # "it" after a body that spoke earlier in its sentence (was the document or the body of the sentence before)
    ("The filing also disclosed a loss. Harrowgate said it did not expect hurdles, though it acknowledged that "
     "regulators could require sales.",
     [(IND, "it did not expect hurdles", "Harrowgate"), (IND, "regulators could require sales", "Harrowgate")]),
    ("The ministry said the talks had failed. The Health Department said it had no new cases, but it warned that more "
     "could follow.",
     [(IND, "the talks had failed", "ministry"), (IND, "it had no new cases", "Health Department"),
      (IND, "more could follow", "Health Department")]),
    # a trailing attribution closing a dashed or bracketed aside reports the aside (was from the sentence start)
    ("Colin Whitby — no relation to the family, he insists — runs the hardware shop.",
     [(IND, "no relation to the family", "Colin Whitby")]),
    ("The old mill (a landmark since 1920, she says) is closing.",
     [(IND, "a landmark since 1920", None)]),
]

SPEAKER_FIXES = [
    # the bench the judge writes for is no part of the SPEAKER span (was "Judge Helena Marsh for the majority")
    ('"A jury could decide," wrote Judge Helena Marsh for the majority.', ["Judge Helena Marsh"]),
    ('"The law is settled," wrote Justice Ann Lee for a unanimous court.', ["Justice Ann Lee"]),
    ("The officers erred, wrote Judge Helena Marsh for the majority, and the case must be retried.",
     ["Judge Helena Marsh"]),
]

GUARDS = [
    # a quotation after the colon was already the judge's
    ('Justice Omar Field, writing for the court, said: "The statute is clear."',
     [(DIR, "The statute is clear.", "Omar Field")]),
    # another role noun than the described speaker's head stays itself
    ('A spokesman for the ministry said the talks had failed. "We are disappointed," the minister said.',
     [(IND, "the talks had failed", "spokesman for the ministry"), (DIR, "We are disappointed,", "minister")]),
    # a body before: "the spokesman" is no described speaker
    ('The ministry said the talks had failed. "We are disappointed," the spokesman said.',
     [(IND, "the talks had failed", "ministry"), (DIR, "We are disappointed,", "spokesman")]),
    # a participle phrase with a place stays skipped
    ("Helena Marsh, writing in the Times, said the officers had erred.",
     [(IND, "the officers had erred", "Helena Marsh")]),
    # a person earlier in the sentence: "it" is not that person
    ("The ministry said the talks had failed. Tom Verhoeven said prices rose, though it acknowledged that regulators "
     "could require sales.",
     [(IND, "the talks had failed", "ministry"), (IND, "regulators could require sales", None)]),
    # a plain trailing attribution and a dash closed before the content keep the sentence start
    ("Prices rose sharply in March, the bank said.", [(IND, "Prices rose sharply in March", "bank")]),
    ("The plan — which cost $5 million — failed badly, officials said.",
     [(IND, "The plan — which cost $5 million — failed badly", "officials")]),
    # a dash with no pair after the attribution keeps the sentence start
    ("The plan failed — a costly disaster for all, she said.",
     [(IND, "The plan failed — a costly disaster for all", None)]),
]

SPEAKER_GUARDS = [
    # a body a person works for: the span is the name, as with "of" (round 51, enleft24)
    ('"It is wrong," said Helena Marsh for the company.', ["Helena Marsh"]),
    ('"It is wrong," said a lawyer for the court.', ["a lawyer for the court"]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_quotes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), SPEAKER_FIXES + SPEAKER_GUARDS)
def test_speaker_spans(text: str, expected: list) -> None:
    assert speakers(text) == expected
