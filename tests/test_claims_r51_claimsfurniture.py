"""Round 51 (claimsfurniture): page furniture of news pages that the claim layer still marked.

CLAIM spans cover check-worthy factual assertions, not the furniture of a page. New shapes of
`claims_lines.junk_line` (lines without end punctuation; word lists in data/claim_lines.txt):

* a numbered product title closed by a media-format bracket ("(Blu-Ray)", "(Vinyl)"), whose capitalised words
  are title case, not verbs ("4) Arrival The Director's Cut (4K Ultra HD + Blu-Ray)");
* a price-table row or header ("MSFT 402.10 -0.8%", "Ticker Security Last Change Change %");
* an interview question without its question mark ("Q: Favourite book of the last ten years");
* a comma list of three or more names ("A: Nina Simone, Miles Davis, Adele") or of four or more things
  ("USB-C cable, power adapter, carry pouch and manual"), and box contents ("What's in the box: …").

FIX rows are written for this test and fail on the base sources; GUARD rows are near misses that must stay
with the model (`not_a_claim` is None).
"""

import pytest

from spanbank.annotators.claims import not_a_claim

FIXES = [
    ("4) Arrival The Director's Cut (4K Ultra HD + Blu-Ray)", "list item"),
    ("9) Nirvana Unplugged in Seattle Remastered (Vinyl)", "list item"),
    ("3) Jaws The Shark Returned (DVD)", "list item"),
    ("MSFT MICROSOFT CORP 402.10 -0.8%", "table row"),
    ("TSLA TESLA INC. 251.05 +4.10 +1.66%", "table row"),
    ("Ticker Security Last Change Change %", "table row"),
    ("Symbol Name Price Change Volume", "table row"),
    ("Q: Favourite book of the last ten years", "question"),
    ("Question: Best concert in the past 3 years", "question"),
    ("A: Nina Simone, Miles Davis, Adele, The Kinks", "list of names"),
    ("A: Spotify, Deliveroo, and Google Maps", "list of names"),
    ("USB-C cable, power adapter, 3mm audio jack cable, carry pouch and manual", "list of things"),
    ("Two ear tips, charging cable, quick start guide and warranty card", "list of things"),
    ("What's in the box: wireless earbuds, charging case, three sizes of ear tips, manual", "box contents"),
    ("In the box: speaker, power cord, remote control.", "box contents"),
    # Portuguese contractions in [foreign]
    ("A reunião terminou nesta tarde, disse ela.", "not English"),
]

GUARDS = [
    "7. Senate Passes Tax Bill (Video)",
    "3) Unemployment fell to 3.5 percent (BLS)",
    "2) Housing costs have doubled (Vinyl)",
    "5) The band released the album (Vinyl)",
    "Dow Jones Falls 500 Points After Fed Decision",
    "Unemployment 3.5% in March, up from 3.2%",
    "Ford, GM and Chrysler recall cars",
    "Texas, Ohio, Florida and Georgia voted for Trump",
    "Wages, prices and rents all rose",
    "Trump, Clinton, Sanders Lead Polls",
    "Ford, GM, Toyota and Honda sues",
    "Jobs up, wages up, taxes down, debt down",
    "Texas 12, Ohio 8, Florida 7, Georgia 5",
    "Tax cuts, deregulation, tariffs and spending drive growth",
    "Q: In 2019 the company's revenue grew by 40 percent.",
    "What's in the box: the company said it sold 3 million units.",
    "Apple reported $90 billion in revenue, up 8% from a year earlier",
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_claims_r51_claimsfurniture_fix(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize("sentence", GUARDS)
def test_claims_r51_claimsfurniture_guard(sentence):
    assert not_a_claim(sentence) is None
