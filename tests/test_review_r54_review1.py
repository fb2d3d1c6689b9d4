"""Round 54, review1: a hostile review of the round's quote rules (seedcomments, depolitics, enscience, encourt).

Fixed: a comment's byline is blanked in comments only, and not when a title opens the name (an article or a
transcript opening "Obama said:\nWe will cut taxes." reports Obama; was nothing); a he/she opening the content of a
described person's report stays a named person of its sex who reported nothing in the sentences before ("Mark Tamm was
convicted …. The prosecutor said he told investors the drug worked." is Tamm's report, was the prosecutor's); an adverb
ending in "s" after "and that" is no plural subject of a second that-clause ("…, and that always annoyed riders" is the
writer's); "up"/"down" open a comparison of the writer's only before "from" ("…, the CEO said, up to 20% next year"
reports the quantity, was dropped); the possessive-office check runs once per name, not once per mention (200 "His
attorney said …" under a name seen 200 times took 50 s). Guards: the rules' own cases and near misses that stay."""

from __future__ import annotations

import pytest

import spanbank.annotators.quote_speakers as quote_speakers
from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run_r54_review1(text: str, lang: str = "en", kind: str = "article") -> list[tuple[str, str, str | None]]:
    return quotes_of(text, lang, kind=kind, with_label=True)


FIXES_R54_REVIEW1 = [
    # a byline-shaped first line of an article or a transcript reports the name (was blanked: nothing)
    ("article", "Obama said:\n\nWe will cut taxes for the middle class.",
     [(IND, "We will cut taxes for the middle class", "Obama")]),
    ("article", "Trump wrote:\nThe election was rigged.", [(IND, "The election was rigged", "Trump")]),
    ("article", "Ms. Okafor said:\nWe will go on.", [(IND, "We will go on", "Okafor")]),
    # a title before the name is a public person's, no commenter's byline
    ("comment", "Senator Warren said:\n\nThe banks must be broken up.", [(IND, "The banks must be broken up", "Warren")]),
    # a named person of the pronoun's sex who reported nothing is the he/she inside a described reporter's content
    ("article", "Mark Tamm, 52, was convicted of fraud on Tuesday. The prosecutor said he told investors the drug worked.",
     [(IND, "he told investors the drug worked", "prosecutor"), (IND, "the drug worked", "Mark Tamm")]),
    ("article", "Jane Roe, 41, was charged with fraud. A detective testified that she told investors the fund was safe.",
     [(IND, "she told investors the fund was safe", "detective"), (IND, "the fund was safe", "Jane Roe")]),
    # an adverb ending in "s" after "and that": a demonstrative "that", the writer's remark
    ("article", "The driver said the bus came late again, and that always annoyed riders.",
     [(IND, "the bus came late again", "driver")]),
    ("article", "Jones said the plant closed in May, and that perhaps surprised nobody.",
     [(IND, "the plant closed in May", "Jones")]),
    # "up to" after a mid-sentence attribution is a quantity of the report, no comparison of the writer's
    ("article", "Sales will fall, the CEO said, up to 20% next year.",
     [(IND, "Sales will fall", "CEO"), (IND, "up to 20% next year", "CEO")]),
]

GUARDS_R54_REVIEW1 = [
    # commenters' bylines stay blanked; a description above a paragraph introduces what was said
    ("comment", "Vartan said:\n\nRead the article again.", []),
    ("comment", "Hagop K. said:\n\nRead the article again.", []),
    ("comment", 'Maral said:\n\nThe State Department "continues to review" the waiver.', []),
    ("article", "The president said:\nWe will not back down.", [(IND, "We will not back down", "president")]),
    # edge input: an empty comment, a byline alone, an unclosed quotation below a byline
    ("comment", "", []),
    ("comment", "Vartan said:", []),
    ("comment", "Vartan said:\n\u201c", []),
    # the described reporter's own act: the named person is of the other sex, or is the reporter before
    ("article", "Mark Tamm, 52, was convicted of fraud on Tuesday. The company's former chief scientist testified that she "
     "warned Tamm that the data did not support his claims.",
     [(IND, "she warned Tamm that the data did not support his claims", "company's former chief scientist"),
      (IND, "the data did not support his claims", "company's former chief scientist")]),
    ("article", "Prosecutor Joan Liu wrote that Tamm lied. The nurse said she told Tamm that the data was weak.",
     [(IND, "Tamm lied", "Joan Liu"), (IND, "she told Tamm that the data was weak", "nurse"),
      (IND, "the data was weak", "nurse")]),
    # a plural subject and a past verb after "and that" is the second that-clause
    ("article", "He said the merger was done, and that shareholders approved it.",
     [(IND, "the merger was done, and that shareholders approved it", None)]),
    # a possessive's role after a public office; the office's holder goes on without a possessive
    ("article", "Acting U.S. Attorney Denise Patel said Brennan stole $4 million. His attorney said Brennan would appeal.",
     [(IND, "Brennan stole $4 million", "Denise Patel"), (IND, "Brennan would appeal", "attorney")]),
    ("article", "Attorney Mark Stone represents the family. Their attorney said the city was negligent.",
     [(IND, "the city was negligent", "Mark Stone")]),
    # a noun after a name's possessive; a poll's question only after a poll's phrase
    ("article", "Lavrov said Russia's response would be swift.", [(IND, "Russia's response would be swift", "Lavrov")]),
    ("article", 'In a meeting with the mayor, residents were asked: "Do you feel safe?"', [(DIR, "Do you feel safe?", None)]),
    ("article", 'In a survey by the charity, parents were asked: "Would you recommend the ward?"',
     [(DIR, "Would you recommend the ward?", "survey")]),
    # the writer's comparison after a mid-sentence attribution
    ("article", "Sales fell 4%, the CEO said, down from 12% a year earlier.", [(IND, "Sales fell 4%", "CEO")]),
    ("article", "Revenue fell 3%, the company said, well below what analysts had expected.",
     [(IND, "Revenue fell 3%", "company")]),
    # a judgement with its article after "counts as" stays a quotation
    ("article", 'The drug counts as "a breakthrough," Smith said.',
     [(IND, 'The drug counts as "a breakthrough,"', "Smith"), (DIR, "a breakthrough,", "Smith")]),
]

GUARDS_R54_REVIEW1_DE = [
    # an unnamed spokesman opening the sentence before "sagte er"; a named person there stays the speaker before
    ("Kanzler Olaf Scholz verteidigte den Plan. „Das ist richtig“, sagte Scholz. Ein Regierungssprecher wollte das nicht "
     "bestätigen. „Dazu äußern wir uns nicht“, sagte er.",
     [(IND, "Kanzler Olaf Scholz verteidigte den Plan", "Olaf Scholz"), (DIR, "Das ist richtig", "Olaf Scholz"),
      (DIR, "Dazu äußern wir uns nicht", "Regierungssprecher")]),
]


@pytest.mark.parametrize(("kind", "text", "want"), FIXES_R54_REVIEW1 + GUARDS_R54_REVIEW1)
def test_quotes_r54_review1(kind: str, text: str, want: list) -> None:
    got = [q for q in run_r54_review1(text, kind=kind) if q[0] in (IND, DIR)]
    assert got == want


@pytest.mark.parametrize(("text", "want"), GUARDS_R54_REVIEW1_DE)
def test_quotes_r54_review1_de(text: str, want: list) -> None:
    got = [q for q in run_r54_review1(text, lang="de") if q[0] in (IND, DIR)]
    assert got == want


def test_quotes_r54_review1_possessive_office_once_per_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """The possessive-office check reads every mention of the text: it runs once per name and description, not once per
    mention of the name (30 "His attorney said …" under a name seen 30 times made 900 checks)."""
    calls = []
    check = quote_speakers._en_possessive_office

    def counted(*args):
        calls.append(1)
        return check(*args)

    monkeypatch.setattr(quote_speakers, "_en_possessive_office", counted)
    text = "Acting U.S. Attorney Denise Patel said Brennan stole money. His attorney said Brennan would appeal. " * 30
    got = run_r54_review1(text)
    assert (IND, "Brennan would appeal", "attorney") in got
    assert len(calls) <= 4 * 30
