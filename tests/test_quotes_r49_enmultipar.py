"""Round 49, family enmultipar: English long articles, rows written as our own wire-style paragraphs. A quotation over
several paragraphs whose own cue comes in a later paragraph is that speaker's from its first paragraph (the first took
the speaker of the sentence before); the turns of a quoted question-and-answer exchange alternate once an asking cue
is answered with an answering cue; a headline's quotation that the body repeats with no cue is the headline speaker's;
a name or company ending in "Jr." / "Inc." in apposition before its verb speaks ("The manufacturer, BabyCo Inc., said …"
reported nothing); "the hospital", "the council", "the university" … stand for a name of their kind."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


def speakers(text: str) -> dict[str, str | None]:
    return {q: s for lab, q, s in run(text) if lab == DIR}


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

# (article, direct quotation, its speaker)
FIXES_SPEAKER = [
    # a multi-paragraph quotation attributed in its last paragraph to a new speaker
    ('The Senate began debate on Tuesday.\n\nMajority Leader Tom Grant said the plan would pass. "We have the votes," '
     'Grant said.\n\n"This plan raises taxes on half of the middle class. It adds to the debt.\n\n"And it does nothing '
     'for workers," said Sen. Amy Chen, the top Democrat on the panel.',
     "This plan raises taxes on half of the middle class. It adds to the debt.", "Amy Chen"),
    ('Firefighters worked all night.\n\n"We lost two trucks," Chief Mark Evans said.\n\n"The wind was screaming all '
     'night.\n\n"I thought the roof would go," resident Mary Olsen said.',
     "The wind was screaming all night.", "Mary Olsen"),
    # a question-and-answer exchange, one quotation a paragraph
    ('Defense attorney Ron Blake questioned the witness, Lisa Grant.\n\n"How many drinks did you have?" Blake asked.'
     '\n\n"Two, maybe three," she replied.\n\n"And it was dark?"\n\n"Yes, but the street lights were on."',
     "And it was dark?", "Ron Blake"),
    ('The senator pressed the nominee, Paul Dunn.\n\n"Did you sign the memo?" Sen. Ann Lee asked.\n\n"I did not," '
     'Dunn answered.\n\n"Who did?"\n\n"I do not know."\n\n"Will you find out?"',
     "Who did?", "Ann Lee"),
    ('The senator pressed the nominee, Paul Dunn.\n\n"Did you sign the memo?" Sen. Ann Lee asked.\n\n"I did not," '
     'Dunn answered.\n\n"Who did?"\n\n"I do not know."\n\n"Will you find out?"',
     "Will you find out?", "Ann Lee"),
    # the headline's quotation repeated in the body with no cue
    ("Mayor Smith: 'We Will Not Back Down'\n\nThe city will not drop its lawsuit, officials said Thursday.\n\n"
     '"We will not back down. The state has broken its promise."\n\nThe lawsuit seeks $40 million.',
     "We will not back down. The state has broken its promise.", "Smith"),
    # a body's description after its name
    ('Mercy General Hospital said it had changed its procedures. "We are deeply sorry," the hospital said.',
     "We are deeply sorry,", "Mercy General Hospital"),
    ('The Springfield City Council voted 5-2 on Monday. "The vote was fair," the council said.',
     "The vote was fair,", "Springfield City Council"),
]

FIXES = [
    # a name's or a company's suffix with its full stop in apposition before the verb
    ("The lawyer, John Smith Jr., said the deal was fair.", [(IND, "the deal was fair", "John Smith Jr")]),
    ("The manufacturer, BabyCo Inc., said it was cooperating.", [(IND, "it was cooperating", "BabyCo Inc")]),
    ("The firm, Acme Co., said profits would fall.", [(IND, "profits would fall", "Acme Co")]),
    ("Ohio State University said it would appeal. The university said the ruling was wrong.",
     [(IND, "it would appeal", "Ohio State University"), (IND, "the ruling was wrong", "Ohio State University")]),
]

GUARDS_SPEAKER = [
    # a bare answer after the asker's bare question is the answerer's (the speaker two turns back)
    ('Defense attorney Ron Blake questioned the witness, Lisa Grant.\n\n"How many drinks did you have?" Blake asked.'
     '\n\n"Two, maybe three," she replied.\n\n"And it was dark?"\n\n"Yes, but the street lights were on."',
     "Yes, but the street lights were on.", "Lisa Grant"),
    ('The senator pressed the nominee, Paul Dunn.\n\n"Did you sign the memo?" Sen. Ann Lee asked.\n\n"I did not," '
     'Dunn answered.\n\n"Who did?"\n\n"I do not know."\n\n"Will you find out?"',
     "I do not know.", "Paul Dunn"),
    # a multi-paragraph quotation carried from the speaker before, with no other cue
    ('Sen. Maria Lopez spoke on Monday.\n\n"This pipeline threatens our water.\n\n"We asked for a review. We were '
     'ignored."\n\nThe bill passed.', "This pipeline threatens our water.", "Maria Lopez"),
    # its own cue names the same speaker
    ('"Nobody wanted this," Hayes said. "But the numbers do not lie.\n\n"We have lost 800 students," he said.',
     "But the numbers do not lie.", "Hayes"),
    # no exchange: a statement, a question with "asked", then the asker's own rhetorical answer
    ('The tax passed.\n\n"The tax will raise $2 billion," Jones said.\n\n"Who pays for this?" Smith asked at the '
     'hearing.\n\n"Not the rich. Working families do."', "Not the rich. Working families do.", "Smith"),
    # an answer with "said" is no exchange: the answerer's rhetorical question goes on
    ('Reporters asked about the bridge.\n\n"Is it safe?" a reporter asked.\n\n"Yes," Mayor Tom Reilly said.\n\n"Why '
     'would we open it otherwise?"', "Why would we open it otherwise?", "Tom Reilly"),
    # a bare paragraph after two speakers, no question: the last speaker goes on
    ('"We will fight," Smith said.\n\n"We will win," Jones said.\n\n"This is a long battle."',
     "This is a long battle.", "Jones"),
    # a body quotation that does not repeat the headline's
    ("Mayor Smith: 'We Will Not Back Down'\n\nThe city will not drop its lawsuit, officials said Thursday.\n\n"
     '"The state has broken its promise."', "The state has broken its promise.", "officials"),
    # a headline quotation repeated with the body's own cue
    ("Mayor Smith: 'We Will Not Back Down'\n\nThe city sued the state.\n\n"
     '"We will not back down," Deputy Mayor Ann Cole said.', "We will not back down,", "Ann Cole"),
    # a description of another kind than the name before
    ('Acme Corp. said profits fell. "We are sorry," the hospital said.', "We are sorry,", "hospital"),
    ('Doctors at Mercy, the hospital, protested. "The rules are fair," the hospital said.', "The rules are fair,",
     "hospital"),
    ('Council President Diane Wu spoke first. "The vote was fair," the council said.', "The vote was fair,", "council"),
    ('The Justice Department said it would appeal. "The ruling is wrong," the department said.',
     "The ruling is wrong,", "Justice Department"),
]

GUARDS = [
    ("John Smith Jr., the lawyer, said the deal was fair.", [(IND, "the deal was fair", "John Smith Jr")]),
    ("BabyCo Inc. said it was cooperating.", [(IND, "it was cooperating", "BabyCo Inc")]),
    ("The lawyer, John Smith, said the deal was fair.", [(IND, "the deal was fair", "John Smith")]),
    ("He met the lawyer, John Smith Jr., and left.", []),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), FIXES_SPEAKER + GUARDS_SPEAKER)
def test_speaker(text: str, quote: str, speaker: str | None) -> None:
    got = speakers(text)
    assert quote in got, got
    assert got[quote] == speaker, got


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_quotes(text: str, expected: list) -> None:
    got = [q for q in run(text) if q[0] in (IND, DIR)]
    assert got == expected, got
