"""Round 50, family enarticles2: English news articles of six more genres (election night, police, health, diplomatic
wire, product launch, British style), rows written as our own sentences. A description of a place or an employer longer
than eight words in apposition after a quotation ('"…," Milan Horvat, a 63-year-old farmer from the Beldavian village
of Dorn, said') keeps its name; a restrictive "who asked not to be named" with a finished reason clause before the
verb ("… because she feared for her safety said") keeps its head; "posted" before a comma or colon and a quotation is
its cue; "according to" a transcript or translation of a speech that has its own cue is no second report; a he/she
after an unnamed person's report ("A neighbor …", "A senior Western diplomat …") continues that person; a he/she after
a sentence that goes on with the same pronoun about the person opening the sentence before is that person; "the Rev"
before a name in apposition gives the name."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", with_label=True) if q[0] in (IND, DIR)]


def speaker_of(text: str, quote: str) -> str | None:
    got = {q: s for _, q, s in run(text)}
    assert quote in got, got
    return got[quote]


# (article, quotation, its speaker)
FIXES = [
    # a long description of a place after the name, then the verb
    ('"We have lived here for generations," Milan Horvat, a 63-year-old farmer from the Beldavian village of Dorn, '
     'said by telephone.', "We have lived here for generations,", "Milan Horvat"),
    ('"Nobody told us anything," Joan Pike, a retired teacher from the town of Ashby in North Yorkshire, said.',
     "Nobody told us anything,", "Joan Pike"),
    # a restrictive relative clause with a finished reason clause before the verb
    ("A neighbor who asked not to be named because she feared for her safety said she was woken by the shots.",
     "she was woken by the shots", "neighbor"),
    ("A guard who asked not to be identified because he feared losing his job said the doors were unlocked.",
     "the doors were unlocked", "guard"),
    # "posted" with a comma or colon before its quotation
    ('Ann Ray praised the phone. Another user posted, "Cool, but I am not paying that much."',
     "Cool, but I am not paying that much.", "Another user"),
    ('The mayor posted on Facebook: "The bridge will reopen on Monday."', "The bridge will reopen on Monday.", "mayor"),
    # a he/she continuing an unnamed person's report, not the latest full name
    ("Andrei Volkan said the plan was bad. A senior Western diplomat said the recall was serious. He said several "
     "governments had urged talks.", "several governments had urged talks", "senior Western diplomat"),
    ("Tom Reed said the plan was bad. A diplomat in Paris said the recall was serious. He said talks were needed.",
     "talks were needed", "diplomat in Paris"),
    # a he/she after a sentence that goes on with the same pronoun about the person who opens the sentence before
    ('Tessa Grant said the campaign would review its strategy.\n\nSandra Hartley, a former attorney general, will be the '
     'first woman to serve as governor. Asked about that milestone, she paused before answering. "I hope that the girls '
     'know it," she said.', "I hope that the girls know it,", "Sandra Hartley"),
    # "the Rev" before a name in apposition
    ("The vicar of St Michael's Church, the Rev Paul Hendry, said the community had pulled together.",
     "the community had pulled together", "Paul Hendry"),
]

# (article, the quotes expected: label, text, speaker)
FIXES_QUOTES = [
    # "according to" a record of the speech after its own cue and speaker: no second report over it
    ('"The actions are a gross violation," Foreign Minister Andrei Volkan told reporters in the capital, according to a '
     'translation provided by his office.', [(DIR, "The actions are a gross violation,", "Andrei Volkan")]),
    ("Speaking to students, President Yuri Stanek said that the country would not yield, according to a transcript "
     "published by his office.", [(IND, "the country would not yield", "Yuri Stanek")]),
]

GUARDS = [
    # a description of eight words or fewer, as before
    ('"We have lived here for generations," Milan Horvat, a farmer from the village of Dorn, said.',
     "We have lived here for generations,", "Milan Horvat"),
    # a restrictive relative clause within the usual reach
    ("A neighbor who asked not to be named said she was woken by the shots.", "she was woken by the shots", "neighbor"),
    # the he/she of a report by a named person before
    ("Jane Smith said the plan was bad. She said the vote was rigged.", "the vote was rigged", "Jane Smith"),
    # a he/she after a neighbor's report, as before
    ('Jane Smith said the plan was bad. A neighbor said the shots were loud. "I looked out the window," she said.',
     "I looked out the window,", "neighbor"),
    # a pronoun after a sentence about the speaker quoted before
    ('Sandra Hartley won the race. Tessa Grant said the campaign would review its strategy. "We lost," she said.',
     "We lost,", "Tessa Grant"),
    # a name in apposition without the article, as before
    ("The vicar, Mr Paul Hendry, said the community had pulled together.", "the community had pulled together",
     "Paul Hendry"),
]

GUARDS_QUOTES = [
    # the clause's own verb inside a reason clause stays its own report
    ("Republicans who detested him a year ago have embraced him now because they think he can win.",
     [(IND, "he can win", None)]),
    # "according to" a record alone is the report's source
    ("The minister resigned, according to a transcript of the meeting.",
     [(IND, "The minister resigned", "transcript of the meeting")]),
    # "according to" persons after a speech cue: the speech, as before
    ("Smith said the talks had failed, according to two people familiar with the matter.",
     [(IND, "the talks had failed", "Smith")]),
    # "posted" of a result is no cue
    ('The company posted a loss. "We are open again," the manager said.',
     [(DIR, "We are open again,", "manager")]),
    # the "the" + title of an office is no name
    ("The leader of the party, the Prime Minister, said the community had pulled together.",
     [(IND, "the community had pulled together", "leader of the party")]),
]


@pytest.mark.parametrize(("text", "quote", "speaker"), FIXES + GUARDS)
def test_speaker(text: str, quote: str, speaker: str | None) -> None:
    assert speaker_of(text, quote) == speaker


@pytest.mark.parametrize(("text", "expected"), FIXES_QUOTES + GUARDS_QUOTES)
def test_quotes(text: str, expected: list) -> None:
    got = run(text)
    assert got == expected, got
