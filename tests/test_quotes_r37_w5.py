# (round 37, w5; sentences written for these tests, names invented)
# Round 37 (w5): English business, financial and technology news (earnings reports, guidance, analysts' notes,
# statements and filings, anonymous sources on deals, regulators).
#
# Each table row fails against the round-36 annotator (rules:quotes@33); the guards say what the new rules must leave
# alone.
from __future__ import annotations

import pytest

from tests.test_quotes import DIR, IND, assert_en_exact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) a bare subject with a short postmodifier, then its past verb: the reported clause
        (
            "Brantwell Foods said revenue for the fourth quarter rose 6% to $2.1 billion.",
            [("revenue for the fourth quarter rose 6% to $2.1 billion", IND, "Brantwell Foods")],
        ),
        (
            "The insurer said net income in the third quarter fell by 12%.",
            [("net income in the third quarter fell by 12%", IND, "insurer")],
        ),
        (
            "Analysts said demand for memory chips jumped after the holiday season.",
            [("demand for memory chips jumped after the holiday season", IND, "Analysts")],
        ),
        (
            "The company said sales in the U.S. climbed 4% in the period.",
            [("sales in the U.S. climbed 4% in the period", IND, "company")],
        ),
    ],
)
def test_round37_w5_postmodified_subject(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) a coordinated "and said" after a company's first predicate: a perfect, a past equal to its
        # present ("beat", "forecast"), a described company, a name with its description between commas
        (
            "Corvane has topped forecasts and said it would close two plants.",
            [("it would close two plants", IND, "Corvane")],
        ),
        (
            "The lender beat estimates and said loan growth would slow next year.",
            [("loan growth would slow next year", IND, "lender")],
        ),
        (
            "The automaker forecast lower deliveries and said prices would stay high.",
            [("prices would stay high", IND, "automaker")],
        ),
        (
            "The retailer posted a smaller loss and said it would open 40 stores.",
            [("it would open 40 stores", IND, "retailer")],
        ),
        (
            "Delmora, the Ohio-based maker of industrial pumps, posted a wider loss and said it would cut 300 jobs.",
            [("it would cut 300 jobs", IND, "Delmora")],
        ),
    ],
)
def test_round37_w5_coordinated_said_after_company_predicate(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) anonymous sources with knowledge of a matter or briefed on it keep their postmodifier
        (
            "Helmcrest is exploring a sale of its software unit, people with knowledge of the matter said.",
            [
                (
                    "Helmcrest is exploring a sale of its software unit",
                    IND,
                    "people with knowledge of the matter",
                )
            ],
        ),
        (
            "Two people with direct knowledge of the talks said the bid could top $4 billion.",
            [("the bid could top $4 billion", IND, "Two people with direct knowledge of the talks")],
        ),
        (
            "People briefed on the negotiations said the merger could close by June.",
            [("the merger could close by June", IND, "People briefed on the negotiations")],
        ),
        (
            "The deal values the startup at $900 million, according to people involved in the talks.",
            [("The deal values the startup at $900 million", IND, "people involved in the talks")],
        ),
    ],
)
def test_round37_w5_anonymous_sources(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) an acronym's document after "according to" is the source, not the acronym
        (
            "According to the SEC filing, the buyback will run through 2026.",
            [("the buyback will run through 2026", IND, "SEC filing")],
        ),
        (
            "The pipeline will cost $2 billion, according to a FERC filing.",
            [("The pipeline will cost $2 billion", IND, "FERC filing")],
        ),
    ],
)
def test_round37_w5_acronym_document_source(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) no cue: a report noun closing a prepositional phrase ("in its … earnings report:"), a participle
        # with its agent after a noun ("a filing first reported by X"), a cue noun as a participle's object ("easing
        # fears that …")
        (
            "Orlen Stores warned of softer demand in its fourth-quarter earnings report: Shoppers are trading down.",
            [
                (
                    "Orlen Stores warned of softer demand in its fourth-quarter earnings report",
                    IND,
                    "Orlen Stores",
                )
            ],
        ),
        ("The layoffs were disclosed in a regulatory filing first reported by Bloomberg.", []),
        ("The miner raised its dividend, easing fears that it would cut payouts.", []),
        (
            "The company denied the report, dismissing claims that it had misled investors.",
            [
                ("The company denied the report", IND, "company"),
            ],
        ),
    ],
)
def test_round37_w5_no_cue(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) "continued to" + infinitive is no cue: a partial quotation keeps the speaker of the report
        (
            "The chipmaker said it earned more than expected as it continued to build a “more resilient” supply chain.",
            [
                (
                    "it earned more than expected as it continued to build a “more resilient” supply chain",
                    IND,
                    "chipmaker",
                ),
                ("more resilient", DIR, "chipmaker"),
            ],
        ),
        # (round 37, w5) the cue's medium after the content is no part of it
        (
            'Norvik Energy said the ruling was "deeply flawed" in a statement on Tuesday.',
            [
                ('the ruling was "deeply flawed"', IND, "Norvik Energy"),
                ("deeply flawed", DIR, "Norvik Energy"),
            ],
        ),
        (
            "Chief Financial Officer Dana Whitlow said margins would recover on a conference call with analysts.",
            [("margins would recover", IND, "Dana Whitlow")],
        ),
        (
            "Halvorsen said the company would not raise prices in an interview with Reuters.",
            [("the company would not raise prices", IND, "Halvorsen")],
        ),
        (
            "The bank said it would cut costs, in a note to clients.",
            [("it would cut costs", IND, "bank")],
        ),
    ],
)
def test_round37_w5_spans(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) a wire's dateline that is its agency alone, or has a comma before it, is no part of the content
        (
            "(Bloomberg) -- Ridgeway Bancorp is pursuing a deal for a failed lender, according to people familiar with "
            "the matter.",
            [
                (
                    "Ridgeway Bancorp is pursuing a deal for a failed lender",
                    IND,
                    "people familiar with the matter",
                )
            ],
        ),
        (
            "TORONTO, (Reuters) - Ardent Apparel cut its forecast on Thursday, the company said.",
            [("Ardent Apparel cut its forecast on Thursday", IND, "company")],
        ),
        # (round 37, w5) an act inside the writer's "as" clause is that clause, not the sentence
        (
            "The revised outlook came as the company reported a drop in first-quarter profit.",
            [("the company reported a drop in first-quarter profit", IND, "company")],
        ),
        (
            "Shares fell 9 percent, even as the retailer announced a $300 million buyback.",
            [("the retailer announced a $300 million buyback", IND, "retailer")],
        ),
    ],
)
def test_round37_w5_datelines_and_as_clauses(text, expected):
    assert_en_exact(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (round 37, w5) guards: what the new rules leave alone
        ("He said prayers for the workers killed in the blast.", []),
        ("The airline added routes, countering concerns that demand had peaked.", []),
        (
            "Paris, the capital, was quiet and officials said nothing had happened.",
            [("nothing had happened", IND, "officials")],
        ),
        (
            "He said the figures were contained in a statement.",
            [("the figures were contained in a statement", IND, None)],
        ),
        (
            "She said the company would invest more in a call center.",
            [("the company would invest more in a call center", IND, None)],
        ),
        (
            "Retail sales rose 3% in May, the Commerce Department said in a report.",
            [("Retail sales rose 3% in May", IND, "Commerce Department")],
        ),
        (
            "Tarsis Motors forecast lower deliveries and said prices would stay high.",
            [("prices would stay high", IND, "Tarsis Motors")],
        ),
        ('"We will keep going," he continued.', [("We will keep going,", DIR, None)]),
        (
            "Shares fell 10 percent after the company announced a buyback.",
            [("the company announced a buyback", IND, "company")],
        ),
        (
            "(Reuters) - Oster Corp said the refiled case was meritless.",
            [("the refiled case was meritless", IND, "Oster Corp")],
        ),
    ],
)
def test_round37_w5_guards(text, expected):
    assert_en_exact(text, expected)
