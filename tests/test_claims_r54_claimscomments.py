"""Round 54 (claims comments): shapes found by auditing eight written reader-comment sections of ten comments each
(Karabakh talks, a property-tax hike, vaccines, a basketball trade, immigration, energy prices, a court ruling,
housing), one verdict per sentence, with "N. Name said:" headers as in the seed's comment section.

Not check-worthy, whatever number they hold:

* a **reply that quotes the thread**: 'Homeowner Hank said: "more crime."', '> He averaged 27 points.' repeat words
  written earlier in the same comment document (`claims_lines.echoed_quote`, comments only);
* a **private follow-up**: "Two years ago it was $190." right after a private fact ("My electric bill was $380 last
  month."; `claims_lines.private_followup`, comments only);
* the writer's **tenure** ("I've lived in this apartment for eight years …", "I've had season tickets since 1986 …":
  [tenure_verb], not with a [tenure_block] word or a second subject) and a **memory** ("I remember when gas was 30
  cents a gallon."), both private facts;
* a **counterfactual whose only number is a year in its if-clause** ("If they had frozen salaries in 2020 we wouldn't
  be in this mess.").

FIX rows get a new reason (or lose their CLAIM in a comment document); GUARD rows are unchanged.
"""

from pathlib import Path

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    ("I've lived in this apartment for eight years and never missed a payment.", "private fact"),
    ("I've had season tickets since 1986 and I've never been this angry.", "private fact"),
    ("I have lived in Alaska since I was born 61 years ago.", "private fact"),
    ("I've owned my truck since 2011.", "private fact"),
    ("I remember when gas was 30 cents a gallon.", "private fact"),
    ("I can remember when a movie ticket was two dollars.", "private fact"),
    ("If they had frozen salaries in 2020 we wouldn't be in this mess.", "counterfactual conditional"),
    ("If Trump had won in 2020 we'd be at war with Iran by now.", "counterfactual conditional"),
]

GUARDS = [
    # work, office or a record: a politician's tenure is check-worthy (ClaimBuster TRAIN)
    ("I've worked with those leaders for 20 years.", None),
    ("And I've had a consistent record ever since 1965.", None),
    ("I've had to make thousands of decisions since I became governor.", None),
    # a second subject, a cause or an amount is a statement of its own
    ("I have lived in this city for 20 years and crime has doubled.", None),
    ("I've owned this house since 2004 and my property taxes tripled.", None),
    ("I've lived here for ten years and paid $40,000 in property taxes.", None),
    ("I remember when unemployment was 10 percent under Obama.", None),
    # a number or a comparison in the main clause is an estimate
    ("If Obama had won in 2012, unemployment would have hit 12 percent.", None),
    ("If he had signed the bill in 2019, 40,000 people would have lost coverage.", None),
    ("If the Fed had raised rates in 2021, inflation would be lower.", None),
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_fix(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize(("sentence", "why"), GUARDS)
def test_guard(sentence, why):
    assert not_a_claim(sentence) == why


def _claims(text: str, kind: str = "comment") -> list[str]:
    ann = ClaimAnnotator().annotate(Document(id="r54", kind=kind, text=text, meta={"lang": "en"}))
    return [s.text for s in ann.spans]


THREAD_FIXES = [
    # a reply quoting an earlier comment of the thread
    (
        '  1. HoopsGuy said:\n\n    He averaged 27 points and 8 rebounds last season.\n\n'
        '  2. BleedGreen said:\n\n    HoopsGuy said: "He averaged 27 points." Yeah, and he missed 40 games.\n',
        'HoopsGuy said: "He averaged 27 points."',
    ),
    (
        "Ann said:\nThe tax rate rose 12 percent in 2023.\nBob said:\n> The tax rate rose 12 percent in 2023.\n",
        "> The tax rate rose 12 percent in 2023.",
    ),
    # an earlier value of a private fact
    ("My electric bill was $380 last month. Two years ago it was $190.", "Two years ago it was $190."),
    ("My rent is $2,100 now. It was $1,450 in 2019.", "It was $1,450 in 2019."),
]

THREAD_GUARDS = [
    # a quotation of words not in the thread, or the same shape in an article
    ('Obama said: "We will cut the deficit in half by 2013."', "comment"),
    ('Karen said: "The tax rate rose 12 percent."', "comment"),
    ('The tax rate rose 12 percent. Karen W. said: "The tax rate rose 12 percent."', "article"),
    # no private fact before, or more than an amount and a time
    ("Two years ago it was $190.", "comment"),
    ("My electric bill was $380 last month. Two years ago it was $190 in Ohio.", "comment"),
    ("My electric bill was $380 last month. Two years ago it was $190.", "article"),
]


@pytest.mark.parametrize(("text", "echo"), THREAD_FIXES)
def test_thread_fix(text, echo):
    assert echo not in _claims(text)


@pytest.mark.parametrize(("text", "kind"), THREAD_GUARDS)
def test_thread_guard(text, kind):
    last = ClaimAnnotator()
    ann = last.annotate(Document(id="r54", kind=kind, text=text, meta={"lang": "en"}))
    assert ann.spans and ann.spans[-1].end == len(text.rstrip())


def test_housing_comments():
    text = (Path(__file__).parent / "data" / "claims_r54_comments.txt").read_text(encoding="utf-8")
    claims = _claims(text)
    for opinion in (
        'Homeowner Hank said: "more crime."',
        "I've lived in this apartment for eight years and never missed a payment.",
    ):
        assert opinion not in claims
    for fact in (
        "The city approved only 1,200 new housing units last year while adding 15,000 jobs.",
        "The median home price in the county hit $685,000 in June, up 9 percent from a year ago.",
        "A 2019 Stanford study found that San Francisco's 1994 rent control expansion reduced the rental housing "
        "supply by 15 percent.",
        "There is zero evidence that new apartments raise crime rates.",
    ):
        assert fact in claims
