"""Round 49 (claimsnews): page furniture of news articles is never a CLAIM.

FIX rows are lines of web pages that the claim model (trained on debate sentences) scored as
check-worthy: tweet attribution lines, bare links, credits, copyright and disclaimer lines, bylines,
datelines, shop listings, numbered list headings and sentences in another language. `not_a_claim`
now names their shape (claims_lines.py). GUARD rows are real claims of the same look that must stay
with the model (short and verbless debate claims, names with foreign particles, numbered claims).
"""

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim
from spanbank.model import Document

FIXES = [
    ("— Maria Lopez (@mlopez_news) March 3, 2021", "tweet attribution line"),
    ("— City of Springfield (@SpringfieldGov) Oct. 12, 2020", "tweet attribution line"),
    ("https://t.co/AbCdEf1234", "link"),
    ("pic.twitter.com/xYz123AbC", "link"),
    ("👉 https://www.example.org/news/2021/03/04/budget-vote", "link"),
    ("Photo: Sam Reyes / Reuters", "credit line"),
    ("Image credit: Lena Ortiz/Getty Images", "credit line"),
    ("Copyright 2020 Lakeside Media Group.", "copyright line"),
    ("© 2021 Northern Star Inc. All rights reserved.", "copyright line"),
    ("Disclaimer: The opinions expressed by guest writers are their own.", "disclaimer"),
    ("The views expressed in this column are solely the author's own and not those of the paper.", "disclaimer"),
    ("Read more: Storm damage across the valley", "boilerplate"),
    ("Subscribe to our daily newsletter for the latest headlines", "boilerplate"),
    ("By Anna Kowalski and Peter Brandt", "byline"),
    ("Published: March 4, 2021 at 3:15 pm ET", "dateline"),
    ("4. Drink more water before meals", "list heading"),
    ("9) Keep a sleep diary", "list heading"),
    ("3. Cooking at home more often", "list heading"),
    ("Garmin Forerunner 245 Music for $299", "shop listing"),
    ("Samsung Galaxy Tab S6, Wi-Fi, 128GB – Mountain Gray (Renewed)", "shop listing"),
    ("Bose QuietComfort Earbuds (Black, Latest Model)", "shop listing"),
    ("Available at Walmart", "shop listing"),
    ("O governo anunciou que a inflação caiu para 3 por cento no ano passado.", "not English"),
    ("Secondo il ministero, la disoccupazione è scesa al 9 per cento e che i salari sono cresciuti.", "not English"),
    ("Безработица в стране снизилась до пяти процентов в прошлом году.", "not English"),
    ("Pemerintah mengatakan bahwa angka kemiskinan turun dan tidak akan naik lagi.", "not English"),
    ("La inflación subió un 4 por ciento, pero el gobierno dice que es temporal.", "not English"),
]

GUARDS = [
    "Unemployment fell to 3.5 percent.",
    "Twenty-three million jobs.",
    "Four hundred thousand manufacturing jobs lost",
    "Rafael van der Vaart scored twice for Hamburg.",
    "Los Angeles Lakers beat the Miami Heat 102-99",
    "De la Cruz hit 40 home runs in 2019.",
    "The Italian phrase il dolce far niente means the sweetness of doing nothing, and 40 percent use it.",
    "Photo IDs are now required at polling stations in 34 states, the report found.",
    "Source: the Labor Department said 200,000 jobs were added in May.",
    "Credit card debt rose to $1 trillion last year.",
    "Copyright infringement cases rose 12 percent in 2019.",
    "By 2020, the deficit had doubled to $1 trillion.",
    "By Tuesday, officials had counted 4,000 ballots.",
    "Updated figures show unemployment fell to 4 percent.",
    "3. Unemployment fell to 3.5 percent",
    "2) Crime rose in every district last year",
    "1) Alberta gets its pipeline",
    "He sold the house for $400,000",
    "Apple sold 40 million iPhones for $999 each",
    "The views expressed in the survey were shared by 60 percent of economists.",
    "Unemployment is at a 50-year low https://t.co/AbCdEf1234",
    "Read more closely and you will see that taxes went up by 8 percent.",
    "Trump Signs $1.5 Trillion Tax Cut Into Law",
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_page_furniture_is_not_a_claim(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize("sentence", GUARDS)
def test_real_claims_stay_with_the_model(sentence):
    assert not_a_claim(sentence) is None


def test_annotator_skips_furniture_but_keeps_the_claim():
    text = (
        "Unemployment fell to 3.5 percent in November, the lowest rate in 50 years.\n"
        "— Maria Lopez (@mlopez_news) December 6, 2019\n"
        "Garmin Forerunner 245 Music for $299\n"
        "O governo anunciou que a inflação caiu para 3 por cento no ano passado."
    )
    ann = ClaimAnnotator().annotate(Document(id="t", kind="article", text=text, meta={"lang": "en"}))
    got = [text[s.start : s.end] for s in ann.spans]
    assert got == ["Unemployment fell to 3.5 percent in November, the lowest rate in 50 years."]
