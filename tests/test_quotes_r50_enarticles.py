"""Round 50, family enarticles: English news articles of the genres tested least (court report, obituary, sports report,
interview write-up), rows written as our own wire-style sentences. A narrative sentence whose subject is a person other
than the speaker quoted before and which sets up a speaking occasion ("stood to address the court and read from a
statement", "At the ceremony, Hayes gave a short speech") makes that person the "he"/"she" of the quotation after it;
an "I" inside its sentence in a quotation nested in another is the outer speaker (was the name "I"); a fronted prepositional phrase before a comma is no title of the name after it ("According to court records,
Harbor City …" made a later "court records" Harbor City); a noun object with an adverbial clause after "showed" reports
nothing; an answer after a "Q:" line is the interviewee's also when the interviewee's last words were reported; an
interview's headline quotation before ": novelist Rosa Kendrick on …" is that person's."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


def speakers(text: str) -> dict[str, str | None]:
    return {q: s for _, q, s in run(text)}


# (article, quotation or reported clause, its speaker)
FIXES_SPEAKER = [
    # a speaking occasion set up for another person than the speaker quoted before
    ('Judge Ann Pike heard the case of Margaret Ellison.\n\nDefense lawyer Jane Holloway asked for leniency. "She is '
     'sorry," Holloway said.\n\nEllison, wearing a gray suit, stood to address the court.\n\n"I am ashamed," she said.',
     "I am ashamed,", "Margaret Ellison"),
    ('Walter Hayes built the library.\n\n"He never gave up," said Frank DeLuca, a neighbor.\n\nAt the opening ceremony '
     'in 1992, Hayes gave a short speech.\n\n"A town without a library," he said, "has stopped asking questions."',
     "A town without a library,", "Walter Hayes"),
    # an "I" inside its sentence in a nested quotation is the outer speaker
    ('"At halftime I told them, \'Nobody thinks you can come back.\' And they did," coach Ray Delgado said.',
     "Nobody thinks you can come back.", "Ray Delgado"),
    ('"Then I said, \'Get out of my office.\' He left," Mayor Ann Cole said.', "Get out of my office.", "Ann Cole"),
    # a fronted prepositional phrase gives the name after it no titles
    ("Harbor City won again on Sunday. According to league statistics, Harbor City has won six straight.",
     "Harbor City has won six straight", "league statistics"),
    ("Acme Corp hired a new auditor. According to court records, Acme Corp paid no taxes.",
     "Acme Corp paid no taxes", "court records"),
    # an answer after a "Q:" line, the interviewee's last words a reported sentence
    ('Rosa Kendrick is a novelist.\n\n"I am always early," she said.\n\nWhen the book became a bestseller, she said, '
     'everything changed.\n\nQ: Was the success hard to handle?\n\n"Very. Everyone had an opinion."',
     "Very. Everyone had an opinion.", "Rosa Kendrick"),
    # an interview's headline quotation, a colon, a role and a full name before "on"
    ("'I stopped trying to please everyone': novelist Rosa Kendrick on fame and failure\n\nRosa Kendrick's first novel "
     "sold 4 million copies. Her new book comes out next week.", "I stopped trying to please everyone", "Rosa Kendrick"),
]

GUARDS_SPEAKER = [
    # no person after the headline's colon
    ("'We will rebuild every house': Harbor City on the storm\n\nHarbor City was hit hard by the storm on Monday. Crews "
     "worked all night.", "We will rebuild every house", None),
    # no speaking occasion: the speaker quoted before goes on
    ('Judge Ann Pike heard the case of Margaret Ellison.\n\nDefense lawyer Jane Holloway asked for leniency. "She is '
     'sorry," Holloway said.\n\nEllison, wearing a gray suit, sat quietly.\n\n"The state went too far," she said.',
     "The state went too far,", "Jane Holloway"),
    # a full name opening the sentence (was right before)
    ('Senator Tom Hale opposed the bill.\n\n"It is a mistake," Hale said.\n\nRep. Mark Lowry, the bill\'s author, read '
     'a statement on the floor.\n\n"This bill saves lives," he said.', "This bill saves lives,", "Mark Lowry"),
    # the occasion's subject is the speaker quoted before
    ('"It is a mistake," Sen. Tom Hale said.\n\nAt the hearing, Hale read a statement.\n\n"We will fight," he said.',
     "We will fight,", "Tom Hale"),
    # an "I" outside any quotation keeps its name (the writer, as the tests of comments have it)
    ("As I said before, the vote was rigged.", "the vote was rigged", "I"),
    # "as" + a role before the comma is the name's title
    ("As chief executive, John Smith cut costs. The chief executive said profits rose.", "profits rose", "John Smith"),
    ("Armenia sent his counterpart, Serzh Sarkisian. The counterpart said the talks failed.", "the talks failed",
     "Serzh Sarkisian"),
    # an answer after a question whose paragraph before is the asker's
    ('Reporters asked Mayor Tom Reilly about the bridge.\n\nQ: Is it safe?\n\n"Yes, it is safe for every driver."',
     "Yes, it is safe for every driver.", None),
    # a direct quotation closing the paragraph before the question still gives the answer
    ('"We are ready," coach Ann Lee said.\n\nQ: Are you worried?\n\n"Not at all, we have a great team."',
     "Not at all, we have a great team.", "Ann Lee"),
]

FIXES = [
    # a noun object and an adverbial clause after "showed", inside another report
    ('Judge Ann Pike told the court that Ellison had "betrayed the trust of every taxpayer" and showed little remorse '
     'until she was caught.',
     [(IND, 'Ellison had "betrayed the trust of every taxpayer" and showed little remorse until she was caught',
       "Ann Pike"), (DIR, "betrayed the trust of every taxpayer", "Ann Pike")]),
]

GUARDS = [
    ("The data showed prices rose until the war began.", [(IND, "prices rose until the war began", "data")]),
    # "because" after a subject whose verb the rules miss stays inside the report
    ("My uncle thinks im lazy because he has seen my room.", [(IND, "im lazy because he has seen my room", "uncle")]),
    ("He said the deal as it stands would fail.", [(IND, "the deal as it stands would fail", None)]),
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


ARTICLE = Path(__file__).resolve().parent / "data" / "quotes_r50_court_article.txt"

#: key attributions of the court report (our own article): judge, prosecutor, defence lawyer, the defendant's statement
ARTICLE_KEYS = [
    ("You had every advantage,", "Harold Pike"),
    ("This was not a single bad decision,", "Kevin Marsh"),
    ("None of this excuses what she did,", "Jane Holloway"),
    ("I am ashamed,", "Margaret Ellison"),
    ("I told myself I would pay it back. I told myself it was a loan. It was not a loan. It was stealing, and I am "
     "sorry.", "Margaret Ellison"),
    ("someday forgive me.", "Margaret Ellison"),
    ("You say you intended to pay it back,", "Harold Pike"),
    ("the sentence was fair", "Kevin Marsh"),
    ("her client would not appeal", "Jane Holloway"),
    ("We were too trusting,", "Diane Foster"),
]


def test_court_article() -> None:
    got = speakers(ARTICLE.read_text(encoding="utf-8"))
    for quote, speaker in ARTICLE_KEYS:
        assert got.get(quote, "missing") == speaker, (quote, got.get(quote, "missing"))
    assert not any(q.startswith("little genuine remorse") for q in got), got
