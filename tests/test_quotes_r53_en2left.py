"""Round 53, family en2left (leftovers of the auditen2 political-news audit): each participle of a coordinated absolute
phrase "…, with X -ing … and Y -ing that …" has its own subject (and a second participle without one shares the
first's); "said that" before a bare singular count noun and its auxiliary is the demonstrative ("said that question
was …"); the writer's summing-up apposition after a content's comma (", a post the aides shared") and a contrast clause
", even as …" end the content; a post's platform may be followed by time adverbs before "that" ("posted on Facebook
moments later that …"); an emphatic description ("The president himself weighed in") is someone new, and the "He"
after it is that description (or the person named before with its title), not the speaker quoted before."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # the second participle of a "with" absolute has its own subject (was Alan Brooks)
    ('Talks collapsed on Friday, with Speaker Alan Brooks calling the offer "a joke" and Senator Joan Pike insisting '
     "that a deal had been close.",
     [(DIR, "a joke", "Alan Brooks"), (IND, "a deal had been close", "Joan Pike")]),
    # a description as the second subject (was "board")
    ('The board met again, with Chairman Paul Lane accusing the union of "bad faith" and the union chief saying that no '
     "vote would be held.",
     [(DIR, "bad faith", "Paul Lane"), (IND, "no vote would be held", "union chief")]),
    # a second participle without a subject shares the first's (were "Budget", "Stocks")
    ("Budget talks stalled again, with Governor Mark Ellis praising the mayor and warning that layoffs would follow.",
     [(IND, "layoffs would follow", "Mark Ellis")]),
    ("Stocks slid on Monday, with the central bank chief raising rates again and warning that inflation remained sticky.",
     [(IND, "inflation remained sticky", "central bank chief")]),
    # a demonstrative "that" before a bare count noun and its auxiliary (was "question was premature")
    ("Asked about a third term, the governor said that question was premature.",
     [(IND, "that question was premature", "governor")]),
    ("The senator argued that plan would bankrupt the state.",
     [(IND, "that plan would bankrupt the state", "senator")]),
    # the writer's summing-up apposition after the content's comma (ran into the content)
    ('Councilwoman Dee Park wrote that the vote was "a betrayal of every renter," a remark her colleagues called unfair.',
     [(IND, 'the vote was "a betrayal of every renter,"', "Dee Park"), (DIR, "a betrayal of every renter,", "Dee Park")]),
    # a long ", even as …" clause of the writer's ends the content (was run over)
    ("Senator Ann Cole told donors on Monday that she would stay in the race until the very end of the primary season, "
     "even as fresh polling showed her support had collapsed among older voters in the state.",
     [(IND, "she would stay in the race until the very end of the primary season", "Ann Cole"),
      (IND, "her support had collapsed among older voters in the state", "fresh polling")]),
    # time adverbs between a post's platform and its "that" (was no report)
    ('Mayor Ray Tull lost the vote. He posted on Facebook moments later that the council had "betrayed the city."',
     [(IND, 'the council had "betrayed the city."', "Ray Tull"), (DIR, "betrayed the city.", "Ray Tull")]),
    # an emphatic description and the "He" after it (were Tom Garrity)
    ("Senator Tom Garrity said the bill was dead. The president himself weighed in late on Thursday. He wrote on Truth "
     "Social that the bill was a disaster.",
     [(IND, "the bill was dead", "Tom Garrity"), (IND, "the bill was a disaster", "president")]),
    ("President Dan Hale met donors on Monday. Senator Tom Garrity said the bill was dead. The president himself weighed "
     "in on Thursday. He told reporters that the bill was a disaster.",
     [(IND, "the bill was dead", "Tom Garrity"), (IND, "the bill was a disaster", "Dan Hale")]),
    ("Senator Tom Garrity said the bill was dead. The governor herself said the plan was a disaster.",
     [(IND, "the bill was dead", "Tom Garrity"), (IND, "the plan was a disaster", "governor")]),
]

GUARDS = [
    # already right: a second subject after ", and"; a bare plural as the second subject
    ("Talks stalled, with Senator Frank Delgado praising Governor Anne Whitaker and aides saying that a deal was close.",
     [(IND, "a deal was close", "aides")]),
    ("Markets fell, with Governor Lee warning of a recession, and Treasury Secretary Paul Mason arguing that growth would "
     "recover by spring.",
     [(IND, "growth would recover by spring", "Paul Mason")]),
    # the complementizer stays before a mass noun, a plural, a determiner, or a noun with a complement
    ("The senator said that inflation was too high.", [(IND, "inflation was too high", "senator")]),
    ("The senator said that the plan would bankrupt the state.", [(IND, "the plan would bankrupt the state", "senator")]),
    ("The senator said that plans were being drafted.", [(IND, "plans were being drafted", "senator")]),
    ("The mayor said that question of funding was settled.", [(IND, "question of funding was settled", "mayor")]),
    # a list of objects and an "even if" clause stay in the content; a summing-up noun without its comma too
    ("The mayor said the city would hire a cook, a chef and a driver.",
     [(IND, "the city would hire a cook, a chef and a driver", "mayor")]),
    ("The mayor said she would keep fighting, even if the odds grew longer.",
     [(IND, "she would keep fighting, even if the odds grew longer", "mayor")]),
    ("The mayor said the plan was a claim on the future.", [(IND, "the plan was a claim on the future", "mayor")]),
    # the named speaker's own description goes on; no description between
    ("Senator Tom Garrity said the bill was dead. The senator himself weighed in on Thursday. He wrote on X that the bill "
     "was a disaster.",
     [(IND, "the bill was dead", "Tom Garrity"), (IND, "the bill was a disaster", "Tom Garrity")]),
    ("Senator Tom Garrity said the bill was dead. He wrote on X that the bill was a disaster.",
     [(IND, "the bill was dead", "Tom Garrity"), (IND, "the bill was a disaster", "Tom Garrity")]),
    ("The governor posted on X that the ruling would be appealed.", [(IND, "the ruling would be appealed", "governor")]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_en2left(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected

