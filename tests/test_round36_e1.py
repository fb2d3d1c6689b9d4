"""Round 36 (e1): English press releases and official announcements (corporate wire releases, government,
police and university news releases)."""
import pytest

from tests.test_quotes import linked, quotes, run


def assert_en_exact(text, expected):
    """Exactly the expected (text, label) quotes, each with exactly this canonical speaker and, when given, this
    SPEAKER mention (expected rows: (text, label, speaker) or (text, label, speaker, speaker_span))."""
    ann = run(text, lang="en")
    got = sorted((q.text, q.label, q.attrs["speaker"]) for q in quotes(ann))
    assert [(t, lab) for t, lab, _ in got] == sorted((row[0], row[1]) for row in expected), got
    for row in expected:
        q = next(q for q in quotes(ann) if q.text == row[0] and q.label == row[1])
        assert q.attrs["speaker"] == row[2], (row[0], q.attrs["speaker"])
        if len(row) > 3:
            span = linked(ann, q.id, "said_by")
            assert span is not None and span.text == row[3], (row[0], span and span.text)


@pytest.mark.parametrize(("text", "expected"), [
    # a colon before a quotation closes the speaker's title after a trailing attribution: the clause before it is the
    # report (the title was)
    ('Home prices in the valley fell for a third straight month, says Corinne Halvey, professor of real estate at '
     'Marlow College: "Buyers are simply waiting."',
     [("Home prices in the valley fell for a third straight month", "INDIRECT_QUOTE", "Corinne Halvey"),
      ("Buyers are simply waiting.", "DIRECT_QUOTE", "Corinne Halvey")]),
    ('Wildfire smoke can travel thousands of miles, said Devin Ruparel, associate professor of atmospheric science: '
     '"We found it in samples from three continents."',
     [("Wildfire smoke can travel thousands of miles", "INDIRECT_QUOTE", "Devin Ruparel"),
      ("We found it in samples from three continents.", "DIRECT_QUOTE", "Devin Ruparel")]),
    # two coordinated titles before the name after the cue (the speaker was "Tellmark President")
    ('"We expect to double our capacity by next spring," said Tellmark President and CEO Rhea Odum.',
     [("We expect to double our capacity by next spring,", "DIRECT_QUOTE", "Rhea Odum")]),
    ('"This partnership gives our customers more choice," said Brightvale Chairman and Chief Executive Officer '
     'Marcus Feld.',
     [("This partnership gives our customers more choice,", "DIRECT_QUOTE", "Marcus Feld")]),
    # a description before an abbreviated rank in a trailing attribution (nothing was reported)
    ("The boy was found unharmed a few hours later, county sheriff's spokesman Sgt. Dale Morrow said.",
     [("The boy was found unharmed a few hours later", "INDIRECT_QUOTE", "Dale Morrow")]),
    ("Two lanes will stay closed until Friday, police spokeswoman Lt. Carla Benes said.",
     [("Two lanes will stay closed until Friday", "INDIRECT_QUOTE", "Carla Benes")]),
    # a name, then an apposition with no comma closing it before the cue: the name speaks
    ("Brent Halloway, the Deputy Secretary of Transportation says the bridge will reopen in October.",
     [("the bridge will reopen in October", "INDIRECT_QUOTE", "Brent Halloway", "Brent Halloway")]),
    ('Owen Fairley, Plant Manager and a lifelong resident of Dunmore said, "This expansion means 200 new jobs."',
     [("This expansion means 200 new jobs.", "DIRECT_QUOTE", "Owen Fairley", "Owen Fairley")]),
    ("Helen Vogel, the company's head of research said the trial would begin in June.",
     [("the trial would begin in June", "INDIRECT_QUOTE", "Helen Vogel", "Helen Vogel")]),
    # a press release's dateline with its wire service is no part of the report
    ("AUSTIN, Texas, April 2, 2025 /PRNewswire/ -- Quillon Systems today announced plans to open a second data "
     "center in Round Rock.",
     [("Quillon Systems today announced plans to open a second data center in Round Rock", "INDIRECT_QUOTE",
       "Quillon Systems")]),
    ("DENVER, Jan. 14, 2025 (GLOBE NEWSWIRE) -- Harwick Foods announced today additional steps to protect "
     "customers from a recalled batch of flour.",
     [("Harwick Foods announced today additional steps to protect customers from a recalled batch of flour",
       "INDIRECT_QUOTE", "Harwick Foods")]),
    # a company's legal form after a comma, its stock ticker, a time word before the cue
    ("Pellum Biotech, Inc. (NASDAQ: PLMB) announced today that it has completed enrollment in its phase 2 trial.",
     [("it has completed enrollment in its phase 2 trial", "INDIRECT_QUOTE", "Pellum Biotech Inc")]),
    ("Corvex Inc. today announced that it will acquire a software maker in Oslo.",
     [("it will acquire a software maker in Oslo", "INDIRECT_QUOTE", "Corvex Inc")]),
    ("Drayton Holdings, LLC said it would sell its two remaining hotels.",
     [("it would sell its two remaining hotels", "INDIRECT_QUOTE", "Drayton Holdings LLC")]),
    # "as compared" goes on with the reported clause
    ("Marrow Airlines said that because of higher fuel costs, as compared to the prior year, it will raise fares "
     "in May.",
     [("because of higher fuel costs, as compared to the prior year, it will raise fares in May", "INDIRECT_QUOTE",
       "Marrow Airlines")]),
    # a trailing "according to" source with a role after lower-case words or with a listed field: no clause around it
    ("Regular naps improve memory in older adults, according to Lena Markov, assistant professor at Corbin University.",
     [("Regular naps improve memory in older adults", "INDIRECT_QUOTE", "Lena Markov")]),
    ("Regular naps improve memory in older adults, according to Lena Markov, professor of psychology, neuroscience and "
     "behavior.",
     [("Regular naps improve memory in older adults", "INDIRECT_QUOTE", "Lena Markov")]),
    ("Regular naps improve memory in older adults, according to Lena Markov, professor of psychology, who led the "
     "study.",
     [("Regular naps improve memory in older adults", "INDIRECT_QUOTE", "Lena Markov")]),
    # "who" after a role with a complement is the role holder's, not the complement's
    ('"Funding decides who gets to do research," said Lola Marsh, professor of biomedical and chemical engineering, '
     'who believes the agency can fund more young scientists.',
     [("Funding decides who gets to do research,", "DIRECT_QUOTE", "Lola Marsh"),
      ("the agency can fund more young scientists", "INDIRECT_QUOTE", "Lola Marsh")]),
    ("The mayor met Tom Reddle, head of the union at the plant, who said the strike would go on.",
     [("the strike would go on", "INDIRECT_QUOTE", "Tom Reddle")]),
    # a coordinated "said" after a negated first predicate or after a plural title's predicate shares the subject
    ("Deputies would not describe the injuries and said an investigation is ongoing.",
     [("an investigation is ongoing", "INDIRECT_QUOTE", "Deputies")]),
    ("The officers closed the road and said the driver had been drinking.",
     [("the driver had been drinking", "INDIRECT_QUOTE", "officers")]),
    # "reads" after a document noun with its source, then a quotation
    ("A statement from the county coroner's office reads, \"The cause of death has not been determined.\"",
     [("The cause of death has not been determined.", "DIRECT_QUOTE", "statement from the county coroner's office")]),
    ('A letter from the school board reads: "We will reopen the building on Monday."',
     [("We will reopen the building on Monday.", "DIRECT_QUOTE", "letter from the school board")]),
    # "advised that" reports (police releases)
    ("Deputies advised that the highway would stay closed until the crash site was cleared.",
     [("the highway would stay closed until the crash site was cleared", "INDIRECT_QUOTE", "Deputies")]),
    # a negated participle phrase after the subject: no clause of its own
    ("One neighbor, not wanting to be identified, said the fire started in the garage.",
     [("the fire started in the garage", "INDIRECT_QUOTE", "One neighbor")]),
    ("A county official, not authorized to speak publicly, said the audit would be released next week.",
     [("the audit would be released next week", "INDIRECT_QUOTE", "county official")]),
])
def test_round36_e1_press_releases(text, expected):
    assert_en_exact(text, expected)


def test_round36_e1_press_release_guards():
    # a place before a lower-case description is no speaker's mention
    ann = run("Los Angeles, the city police chief said the protests had ended.", lang="en")
    assert [linked(ann, q.id, "said_by").text for q in quotes(ann)] == ["the city police chief"]
    # a second person in the apposition: the first name alone is not the speaker
    ann = run("Tom Reddle, Mary Jones and the mayor said the plant would reopen.", lang="en")
    assert all(q.attrs["speaker"] != "Tom Reddle" for q in quotes(ann))
    # a closed apposition, a title after the name and a single title after the cue stay as they were
    assert_en_exact("Sales rose 4 percent, said Dana Whitfield, the chief financial officer.",
                    [("Sales rose 4 percent", "INDIRECT_QUOTE", "Dana Whitfield")])
    assert_en_exact('"We are pleased with the quarter," said Acme President Tom Baker.',
                    [("We are pleased with the quarter,", "DIRECT_QUOTE", "Tom Baker")])
    assert_en_exact('"We are pleased," said Tom Baker, President and CEO of Acme.',
                    [("We are pleased,", "DIRECT_QUOTE", "Tom Baker")])
    # a colon inside the content, with no quotation after it, is no title's end
    assert_en_exact("The mayor said the plan has two parts: new buses and more trains.",
                    [("the plan has two parts: new buses and more trains", "INDIRECT_QUOTE", "mayor")])
    # a person named in the complement keeps the relative clause; a group without a role before it too
    assert_en_exact("The mayor thanked Tom Reddle, a friend of Anna Berg, who said the strike would go on.",
                    [("the strike would go on", "INDIRECT_QUOTE", "Anna Berg")])
    assert_en_exact("The bill drew criticism from business groups, who say it will cost jobs.",
                    [("it will cost jobs", "INDIRECT_QUOTE", "business groups")])
    # a plural noun that is no title stays without a speaker; a condition's coordinated verb reports nothing
    assert quotes(run("The students closed the road and said the driver had been drinking.", lang="en")) == []
    assert quotes(run("If we do not act now and say nothing, the crisis will grow.", lang="en")) == []
    # "reads" after a person with a place is no document's
    assert all(q.attrs["speaker"] is None for q in quotes(run('The boy from the school reads, "The cat sat."', lang="en")))
    # "advised" without "that" reports nothing; a negation opening a clause is no participle phrase
    assert quotes(run("Residents are advised to stay indoors.", lang="en")) == []
    assert quotes(run("The company was advised by Lazard on the sale.", lang="en")) == []
    # a plain dateline without a wire service stays out of the report as before
    assert_en_exact("DETROIT (AP) — The company said it would close the plant.",
                    [("it would close the plant", "INDIRECT_QUOTE", "company")])
