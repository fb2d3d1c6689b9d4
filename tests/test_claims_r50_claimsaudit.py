"""Round 50 (claimsaudit): opinions phrased as facts, and numbered title lists, that the claim layer marked.

CLAIM spans cover check-worthy factual assertions (numbers, comparisons and superlatives that can be
measured, causal and historical statements, what happened), not opinions. Three shapes are named by
`not_a_claim` now (`claims_lines.comment_junk` / `junk_line`, word lists in data/claim_lines.txt):

* an insult or evaluative word after a noun-phrase subject of up to six words ("The Ontario College of
  Teachers is a joke."); before, only a name of up to three capitalised words could stand there;
* a superlative that only rates ("This is the worst government ever."), while a measurable superlative
  ("the largest deficit since 1945", "the strongest army in the region") or a rating of something measured
  ("the worst unemployment rate") stays with the model;
* a numbered line of a product or title list without end punctuation ("12) Roger Waters – The Wall (DVD)").

FIX rows are written for this test and get the new reason; GUARD rows are near misses that must stay
with the model (`not_a_claim` is None).
"""

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    # an insult or pure evaluative after a noun-phrase subject
    ("The Ontario College of Teachers is a joke!!!", "insult or exclamation"),
    ("Our city council is a bunch of clowns.", "insult or exclamation"),
    ("The Liberal Party of Canada is a disgrace.", "insult or exclamation"),
    ("Prime Minister Jane Doe is a disgrace.", "insult or exclamation"),
    ("The cops in this town are idiots.", "insult or exclamation"),
    ("That decision was absurd.", "insult or exclamation"),
    # superlatives that only rate
    ("This is the worst government in history!", "superlative opinion"),
    ("This is the worst government ever.", "superlative opinion"),
    ("He's one of the greatest presidents of all time.", "superlative opinion"),
    ("The mayor is the most corrupt politician in Canadian history.", "superlative opinion"),
    ("That is the stupidest thing I have ever seen.", "superlative opinion"),
    ("She is the best senator we have ever had.", "superlative opinion"),
    # numbered product and title lists
    ("12) Roger Waters – The Wall (DVD)", "list item"),
    ("4) Bicicletta Pieghevole Deluxe 20 pollici (Rosso)", "list item"),
    ("3) Dark Side of the Moon (Vinile)", "list item"),
]

GUARDS = [
    # a fact next to the insult, or a subject that is a clause
    "The man who cut school funding is an idiot.",
    "The bill passed by the Senate is a joke.",
    "The Ontario College of Teachers is a regulator.",
    "Trump is a liar.",
    # measurable superlatives and ratings of something measured
    "The Azeri army is the strongest in the region.",
    "This is the largest deficit since 1945.",
    "Canada's unemployment rate is the worst in Europe.",
    "This is the best economy in our history.",
    "They were the best team in the league.",
    "He is the best-known economist in Canada.",
    "This is the worst government ever, they raised taxes twice.",
    "The best way to cut crime is to hire more police.",
    # numbered lines that are sentences or headlines
    "3. Unemployment fell to 3.5 percent",
    "2) Housing costs have doubled",
    "3) Alberta corporations get rich",
    "7. Senate Passes Tax Bill",
    "4. Crime doubled in Chicago",
    "5) Taxes up in Ohio",
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_fix(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize("sentence", GUARDS)
def test_guard(sentence):
    assert not_a_claim(sentence) is None


def test_annotator_drops_rating_keeps_fact():
    text = "This is the worst government in history! The deficit doubled in two years."
    ann = ClaimAnnotator().annotate(Document(id="r50", kind="comment", text=text))
    assert [s.text for s in ann.spans] == ["The deficit doubled in two years."]
