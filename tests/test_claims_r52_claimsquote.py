"""Round 52 (claimsquote): a direct quotation with a plain attribution is scored on its quoted words.

The speech verb, the name and the title of an attribution push the model's score of an opinion over the
threshold ('"This is a fair deal for both sides," Finance Minister Paul Brandt said on Tuesday.'); the sentence
stays a CLAIM (span = the sentence, docs/claims.md) only when the quoted words pass the rules and the model on
their own. Factual quotes and attributions that state more than who spoke keep the whole-sentence decision.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.claims import ClaimAnnotator
from spanbank.annotators.claims_lines import quoted_content
from spanbank.model import Document

_ANNOTATOR_R52_QUOTE = ClaimAnnotator()


def _claims_r52_quote(text: str) -> list[str]:
    ann = _ANNOTATOR_R52_QUOTE.annotate(Document(id="r52q", text=text, kind="article"))
    return [text[s.start : s.end] for s in ann.spans]


# (sentence, is a CLAIM) -- every FIX row is a CLAIM on the base sources
FIXES_R52_QUOTE = [
    ('"This is a responsible plan for hard times," Governor Maria Lindqvist said after the vote.', False),
    ('"This is a fair deal for both sides," Finance Minister Paul Brandt said on Tuesday.', False),
    ('"The plan is a sensible compromise," Councillor Nora Webb said after the meeting.', False),
    ('"We have waited decades for this," said Dr. Elena Kovacs.', False),
    ('Finance Minister Paul Brandt said: "This is a fair deal for both sides."', False),
    ('Mayor Daniel Okafor said on Tuesday: "This is a responsible budget for difficult times."', False),
]

GUARDS_R52_QUOTE = [
    # factual quoted assertions stay claims
    ('"Crime fell 12 percent last year," the chief said.', True),
    ('"Unemployment in the county rose to 7.4 percent in March," said economist Jane Porter.', True),
    ('"The factory closed in 2019 and 400 workers lost their jobs," the union leader said.', True),
    ('"The city spends more per resident than any other city in the state," the minister said after the vote.', True),
    ('"The plant closed in March and the town lost its biggest employer," Councillor Nora Webb said after the meeting.', True),
    ('The senator said: "We spent $3 billion on this bridge and it is still not finished."', True),
    # an attribution that states more than who spoke keeps the whole sentence
    ('"This is a responsible budget," the mayor said, adding that taxes had risen 3 percent.', True),
    ('"This is a great day," said Mayor Okafor, whose city lost 2,000 jobs last year.', True),
    # no quotation marks: indirect speech and unmarked opinions stay with the model
    ("This is a responsible budget for difficult times, Mayor Daniel Okafor said after the vote.", True),
    ("The mayor said the city had cut its debt by $40 million since 2020.", True),
    # opinions the model already rejects stay rejected
    ('"Health care is a right, not a privilege," the senator told supporters.', False),
]


@pytest.mark.parametrize(("sentence", "claim"), FIXES_R52_QUOTE + GUARDS_R52_QUOTE)
def test_claims_r52_quoted_content(sentence: str, claim: bool) -> None:
    assert bool(_claims_r52_quote(sentence)) is claim


def test_claims_r52_quote_span_is_the_sentence() -> None:
    text = '"Crime fell 12 percent last year," the chief said.'
    assert _claims_r52_quote(text) == [text]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ('"We have waited decades for this," said Dr. Elena Kovacs, the chief medical officer.', "We have waited decades for this."),
        ('Okafor said: "This is a responsible budget."', "This is a responsible budget."),
        ('Lakeport spends $1,410," she told reporters.', "Lakeport spends $1,410."),  # the quote opened earlier
        ('"Frozen" opened in 1,200 theatres, the studio said.', None),  # a title, not a quotation
        ('"It works," he said, adding that sales had doubled.', None),
        ("The mayor said the budget was responsible.", None),
    ],
)
def test_claims_r52_quoted_content_shape(sentence: str, content: str | None) -> None:
    assert quoted_content(sentence) == content
