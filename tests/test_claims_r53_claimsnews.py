"""Round 53 (claimsnews): shapes found by auditing six written news texts (a wire jobs story, an op-ed against a
stadium subsidy, a fact-check article, a business feature, a South Caucasus politics article in the seed's genre and
a reader-comment section under it; 201 sentences, one CLAIM / not verdict each, at annotator level).

CLAIM spans cover check-worthy factual assertions (numbers, comparisons, what happened, what someone did or said);
not feelings, hopes, schedules or page furniture. Changes:

* the **sentence splitter**: the t of a contraction is no initial ("It isn't. The team's …" and "… weren't. His
  wife …" are two sentences), and a decimal number is no abbreviation ("… fell to $38.10. Voss is …");
* **reported feelings** (`claims_lines._reported_feeling`) also with "it" ("The union said it …"), a feeling about a
  short noun phrase ("He said he was pleased with the progress on inflation."), a [feeling_verb_any] with any short
  object ("Voss said she welcomed the tariffs."), a capitalised name with an -ed word in the subject ("The United
  Auto Workers union"), and **reported hopes and readiness** ([intention_verb] / look forward / [intention_adj] + to:
  "Pashinyan said he hoped to sign a deal by the end of the year.", "Russia's foreign ministry said it was ready to
  help.");
* `claims_lines.news_furniture_line`: **fact-check fields** ("Verdict: Mostly true.", "Who said it: …"; "Claim: …"
  stays), **wire credit lines** ("Reporting by …; Editing by …"), the **newsroom's own request** ("We asked the Hale
  campaign for the source of the claim."), **photo captions** without a fact ("Photo: Nikol Pashinyan speaks in the
  National Assembly in Yerevan on Thursday.") and **schedule lines** ("The next jobs report is due on April 5.");
* "Imagine what / how … could / would …" is a rhetorical idiom even with a number ("Imagine what $850 million could
  do for those buildings.").

FIX rows get the new answer (the base sources gave the model's verdict or another split); GUARD rows give the same
answer before and after.
"""

from pathlib import Path

import pytest

from spanbank.annotators.claims import ClaimAnnotator, not_a_claim, split_sentences
from spanbank.model import Document

FIXES = [
    # reported feelings, hopes and readiness
    ("He said he was pleased with the progress on inflation.", "reported feeling"),
    ("She said she was disappointed with the pace of the talks.", "reported feeling"),
    ("Voss said she welcomed the tariffs.", "reported feeling"),
    ("The minister said he welcomed the sanctions on Moscow.", "reported feeling"),
    ("The United Auto Workers union said it looked forward to organising the new plants.", "reported feeling"),
    ("Russia's foreign ministry said it was ready to help.", "reported feeling"),
    ("Pashinyan said he hoped to sign a deal by the end of the year.", "reported feeling"),
    ("He said he was willing to meet Aliyev without preconditions.", "reported feeling"),
    ("The mayor said she hoped to win a second term.", "reported feeling"),
    # fact-check fields
    ("Verdict: Mostly true.", "fact-check field"),
    ("Rating: Half True", "fact-check field"),
    ("Who said it: State Senator Rick Hale, in a campaign ad released on September 24.", "fact-check field"),
    # wire credit lines
    ("Reporting by Lucia Mutikani; Editing by Andrea Ricci", "credit line"),
    (
        "Additional reporting by Jane Roe in Paris and Tom Reilly in Berlin; Writing by Anna Kowalski; "
        "Editing by Leslie Adler.",
        "credit line",
    ),
    # the newsroom's own request
    ("We asked the Hale campaign for the source of the claim.", "newsroom request"),
    ("We reached out to the company for a response.", "newsroom request"),
    # photo captions
    ("Photo: Nikol Pashinyan speaks in the National Assembly in Yerevan on Thursday.", "photo caption"),
    ("Photo: Protesters clash with police in Yerevan.", "photo caption"),
    # schedule lines
    ("The next jobs report is due on April 5.", "schedule line"),
    ("The council is scheduled to vote on March 12.", "schedule line"),
    ("The Fed's next meeting is scheduled for June 11-12.", "schedule line"),
    ("Sentencing is scheduled for Feb. 14.", "schedule line"),
    # a hypothetical "Imagine what … could …"
    ("Imagine what $850 million could do for those buildings.", "rhetorical idiom"),
    ("Imagine how much better off we would be without the tax.", "rhetorical idiom"),
]

GUARDS = [
    # feelings with a number, a clause, a second clause; a verb that reports a fact
    ("He said he was pleased with the 12 percent rise in sales.", None),
    ("He said he was pleased with the report that inflation fell.", None),
    ("He said he welcomed the tariffs, which raised prices by 25 percent.", None),
    ("She said she shared the documents with prosecutors.", None),
    ("Police said it was the third shooting in the area.", None),
    ("He said he was unaware of the payments.", None),
    ("She said she was disappointed with the cuts to Medicaid.", None),
    ("He said he was angry about the price of the tickets.", None),
    ("The mayor, who was indicted last week, said he was sorry.", None),
    # hopes with a number, a clause, a second clause
    ("He said he hoped to cut the deficit by $200 billion.", None),
    ("Pashinyan said he hoped to sign a deal, but Baku refused.", None),
    ("She said she was ready to testify that he lied.", None),
    ("The company said it was ready to cut 500 jobs.", None),
    # fields that are claims or transcript labels
    ("Claim: The city has lost 300 police officers since 2020.", None),
    ("Verdict: Crime rose 14 percent, not 100 percent.", None),
    ("Ruling: The court struck down the law.", None),
    ("Speaker: We cut taxes by 20 percent.", None),
    # credit words in a sentence
    ("Reporting by Lucia Mutikani shows unemployment rose", None),
    # requests that state something
    ("We asked the campaign for evidence, and it sent a 2019 report.", None),
    ("We asked the Senate for $5 billion.", None),
    ("We called for a ceasefire in 2020.", None),
    # captions with a fact
    ("Photo: Rescue workers search the rubble where 40 people died.", None),
    ("Pictured: The site where the plant was built in 1998.", None),
    # forecasts are no schedule
    ("The bill is expected to pass the Senate next week.", None),
    ("Inflation is expected to fall to 2 percent next year.", None),
    ("Unemployment is due to rise in the spring.", None),
    ("The plant is set to open in 2027.", None),
    # "Imagine" with a fact
    ("Imagine what happened to the 40 children.", None),
    ("Imagine spending $1.2 billion on a stadium.", "rhetorical idiom"),
]

SPLITS = [
    ("Supporters say this time is different. It isn't. The team's own consultant disagrees.", 3),
    ("The stock fell 4.2 percent on Tuesday to $38.10. Voss is undeterred.", 2),
    ("Most were born here, but the majority weren't. His wife is also from Alaska.", 2),
]
SPLIT_GUARDS = [
    ("J. R. Smith said so. He left.", 2),
    ("The U.S. Army left. It rose 0.5 percent.", 2),
    ("Inflation was 3.1 percent in May.", 1),
    ("Sentencing is scheduled for Feb. 14.", 1),
]


@pytest.mark.parametrize(("sentence", "why"), FIXES)
def test_fix(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize(("sentence", "why"), GUARDS)
def test_guard(sentence, why):
    assert not_a_claim(sentence) == why


@pytest.mark.parametrize(("text", "n"), SPLITS + SPLIT_GUARDS)
def test_split(text, n):
    assert len(split_sentences(text)) == n


def test_factcheck_article_claims():
    text = (Path(__file__).parent / "data" / "claims_r53_factcheck_article.txt").read_text(encoding="utf-8")
    ann = ClaimAnnotator().annotate(Document(id="r53", kind="article", text=text, meta={"lang": "en"}))
    claims = {text[s.start : s.end] for s in ann.spans}
    for furniture in (
        "Verdict: Mostly true.",
        "Who said it: State Senator Rick Hale, in a campaign ad released on September 24.",
        "We asked the Hale campaign for the source of the claim.",
    ):
        assert furniture not in claims
    for fact in (
        "Claim: The city has lost 300 police officers since 2020.",
        "Millbrook recorded 1,214 violent crimes in 2019 and 1,388 in 2023, an increase of about 14 percent.",
        "The department had 1,120 sworn officers in January 2020 and 842 in June 2024, a drop of 278.",
        "Hale's ad says violent crime doubled after the budget was cut.",
    ):
        assert fact in claims
