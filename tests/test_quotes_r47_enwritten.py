"""Round 47, family enwritten: English written sources (lawsuits, letters, reports, court papers, signs): a document
that "read(s)" a quotation after a comma, with no mark or "in part"; a document noun with a reduced relative of its
filing or publication before its verb ("A lawsuit filed Monday alleges …"); an apposition after a document with an
adverb or a cue participle and its agent ("The memo, first reported by Axios, says …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a document reads a quotation after a comma, with no mark, or "in part" (no speaker and no cue)
    ('The statement read, "We will not rest until justice is served."',
     [(DIR, "We will not rest until justice is served.", "statement")]),
    ('The sign read "No entry for unauthorized persons."', [(DIR, "No entry for unauthorized persons.", "sign")]),
    ('The letter read, in part: "We cannot support this plan."', [(DIR, "We cannot support this plan.", "letter")]),
    ('His statement read in part: "I accept full responsibility."',
     [(DIR, "I accept full responsibility.", "statement")]),
    ('One sign read, "Hands off our schools."', [(DIR, "Hands off our schools.", "One sign")]),
    ('The headline read "Markets tumble as fears grow."', [(DIR, "Markets tumble as fears grow.", "headline")]),
    ('The message read, "Call me as soon as you can."', [(DIR, "Call me as soon as you can.", "message")]),
    ('A handwritten note left at the scene read, "I am sorry for everything."',
     [(DIR, "I am sorry for everything.", "handwritten note")]),
    # a document's reduced relative before its verb (nothing, or the speaker "A lawsuit filed")
    ("A report released Tuesday found that the agency mishandled the funds.",
     [(IND, "the agency mishandled the funds", "report")]),
    ("A lawsuit filed Monday alleges that the city violated residents' rights.",
     [(IND, "the city violated residents' rights", "lawsuit")]),
    ("A lawsuit filed in federal court alleges that the city violated residents' rights.",
     [(IND, "the city violated residents' rights", "lawsuit")]),
    ("A letter sent to lawmakers warns that the policy will harm farmers.",
     [(IND, "the policy will harm farmers", "letter")]),
    ("An indictment unsealed Friday alleges that Smith laundered money.", [(IND, "Smith laundered money", "indictment")]),
    ("Court papers filed Monday say Smith fired five shots.", [(IND, "Smith fired five shots", "Court papers")]),
    ("Documents filed in court show that Smith fired five shots.", [(IND, "Smith fired five shots", "Documents")]),
    ("A study published in The Lancet found that the drug reduced deaths.", [(IND, "the drug reduced deaths", "study")]),
    ("A statement read on state television said the president was in good health.",
     [(IND, "the president was in good health", "statement")]),
    ("Meanwhile, a report released Tuesday found that the agency mishandled the funds.",
     [(IND, "the agency mishandled the funds", "report")]),
    # an apposition after a document: an adverb before the participle, a cue participle with its agent
    ("The memo, first reported by Axios, says staff should avoid the topic.",
     [(IND, "staff should avoid the topic", "memo")]),
    ("The memo, reported by Axios, says staff should avoid the topic.", [(IND, "staff should avoid the topic", "memo")]),
    ("The letter, first obtained by CNN, says the president was briefed in January.",
     [(IND, "the president was briefed in January", "letter")]),
    ("The report, originally published in 2019, found that the river was polluted.",
     [(IND, "the river was polluted", "report")]),
    ("Smith, first elected in 2010, said he would not run again.", [(IND, "he would not run again", "Smith")]),
]

GUARDS = [
    ('The statement read: "We are deeply saddened by the loss of our colleague."',
     [(DIR, "We are deeply saddened by the loss of our colleague.", "statement")]),
    ('She read "The Raven" aloud.', []),
    ("The letter read like a confession.", []),
    ("She read the statement aloud.", []),
    ("The report was released Tuesday.", []),
    ("The lawsuit was filed in federal court in Manhattan.", []),
    ("The memo was first reported by Axios.", []),
    ("The plan, first reported by Axios, would cut taxes.", []),
    ("The company filed a lawsuit Monday and said the city violated its rights.",
     [(IND, "the city violated its rights", "company")]),
    ("A memo obtained by The Associated Press says staff should avoid the topic.",
     [(IND, "staff should avoid the topic", "memo")]),
    ("A report released by the agency found that the funds were mishandled.",
     [(IND, "the funds were mishandled", "report released by the agency")]),
    ("The lawsuit alleges that the company misled investors about its finances.",
     [(IND, "the company misled investors about its finances", "lawsuit")]),
    ("In the letter, Smith wrote that the board had failed to act.", [(IND, "the board had failed to act", "Smith")]),
    ('"The law is clear," Judge Maria Lopez wrote in her ruling.', [(DIR, "The law is clear,", "Maria Lopez")]),
    ("According to the affidavit, the officer saw the suspect enter the building.",
     [(IND, "the officer saw the suspect enter the building", "affidavit")]),
    ("The bill would require companies to disclose their emissions.", []),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
