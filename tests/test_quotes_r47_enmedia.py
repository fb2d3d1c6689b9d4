"""Round 47, family enmedia: English news media as sources (an outlet's "has learned that", "Per Reuters, …", a
report's outlet citing its own source, "reported citing X" before a clause without "that")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # an outlet's scoop (was no report)
    ("CNN has learned that the FBI opened an investigation into the donations.",
     [(IND, "the FBI opened an investigation into the donations", "CNN")]),
    ("NBC News has learned that the White House is weighing new sanctions.",
     [(IND, "the White House is weighing new sanctions", "NBC News")]),
    ("The Associated Press has learned that the agency delayed the report.",
     [(IND, "the agency delayed the report", "Associated Press")]),
    ("Reuters has learned that the company is exploring a sale.",
     [(IND, "the company is exploring a sale", "Reuters")]),
    # "Per" before an outlet's name opening the sentence (was no report)
    ("Per Reuters, the talks collapsed on Monday.", [(IND, "the talks collapsed on Monday", "Reuters")]),
    ("Per CNN, the deal is expected to close next week.", [(IND, "the deal is expected to close next week", "CNN")]),
    ("Per The Washington Post, the agency ignored the warnings.",
     [(IND, "the agency ignored the warnings", "Washington Post")]),
    # a report's outlet citing its own source: no second "citing" report
    ("The company is exploring a sale, according to a report by Bloomberg citing people familiar with the matter.",
     [(IND, "The company is exploring a sale", "report by Bloomberg")]),
    ("The company is exploring a sale, according to a report by the agency citing officials.",
     [(IND, "The company is exploring a sale", "report by the agency")]),
    # "reported citing X" and a clause without "that" (the content had opened at "citing")
    ("Bloomberg reported citing unnamed officials the talks had collapsed.",
     [(IND, "the talks had collapsed", "Bloomberg")]),
    ("Bloomberg reported citing people familiar with the matter the company was exploring a sale.",
     [(IND, "the company was exploring a sale", "Bloomberg")]),
    ("CNN reported citing sources Biden would veto the bill.", [(IND, "Biden would veto the bill", "CNN")]),
]

GUARDS = [
    ("She learned that the FBI had opened an investigation.", []),
    ("The minister learned that the talks had failed.", []),
    ("Per Carlsson said the company would cut jobs.", [(IND, "the company would cut jobs", "Per Carlsson")]),
    ("Per league sources, the trade is done.", [(IND, "the trade is done", "league sources")]),
    ("Per capita income rose by 3 percent.", []),
    ("The company is exploring a sale, according to Bloomberg.", [(IND, "The company is exploring a sale", "Bloomberg")]),
    ("Reuters reported citing two sources that the talks had collapsed.",
     [(IND, "the talks had collapsed", "Reuters")]),
    ("The ministry said citing the lack of funds was unacceptable.",
     [(IND, "citing the lack of funds was unacceptable", "ministry")]),
    ("The talks collapsed, Reuters reported, citing two sources.", [(IND, "The talks collapsed", "Reuters")]),
    ("The Washington Post reported that the agency ignored the warnings.",
     [(IND, "the agency ignored the warnings", "Washington Post")]),
    ("Axios first reported that the White House would delay the vote.",
     [(IND, "the White House would delay the vote", "Axios")]),
    ("The BBC understands that the minister will resign.", [(IND, "the minister will resign", "BBC")]),
    ("Police arrested the man, citing witnesses.", []),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r47_enmedia(text, expected):
    assert sorted(run(text)) == sorted(expected)
