"""Round 52, review3: review of the round's last changes.

* German "-ern" plurals after "den" keep their plural when the noun's plural itself ends in "-ern", also in compounds
  ("den Schwiegereltern" was "Schwiegerelter", "den Schweinebauern" "Schweinebauer", "den Ärztekammern" "Ärztekammer");
  other dative plurals still lose the "-n" ("den Ermittlern" -> "Ermittler").
* claims_lines.comment_stance_line: its docstring said a challenge's part after the modal has no digit; the code (and
  the round's own rows) allow one ("… should try raising a family on $30,000 a year"): docstring corrected, guards here.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.claims_lines import comment_stance_line
from tests.quote_cases import quotes_of


def speakers(text: str) -> list[str | None]:
    return [s for lab, _t, s in quotes_of(text, "de", with_label=True) if lab == "INDIRECT_QUOTE"]


QUOTE_FIXES = [
    ("Laut den Schwiegereltern war der Mann nie zu Hause.", ["Schwiegereltern"]),
    ("Den Pflegeeltern zufolge war das Kind krank.", ["Pflegeeltern"]),
    ("Den Schweinebauern zufolge sind die Preise zu niedrig.", ["Schweinebauern"]),
    ("Den Handwerkskammern zufolge fehlen Lehrlinge.", ["Handwerkskammern"]),
]
QUOTE_GUARDS = [
    ("Den Ermittlern zufolge war der Mann betrunken.", ["Ermittler"]),
    ("Den Bauern zufolge sind die Preise zu niedrig.", ["Bauern"]),
    ("Laut den Rechnungsprüfern fehlen zwei Millionen Euro.", ["Rechnungsprüfer"]),
]


@pytest.mark.parametrize(("text", "want"), QUOTE_FIXES + QUOTE_GUARDS)
def test_quote_review_r52_review3(text: str, want: list[str]) -> None:
    assert speakers(text) == want


CLAIM_GUARDS = [
    ("Anyone who thinks $15 is too much should try living on it for a month.", "normative statement"),
    ("Anyone who thinks $15 is too much should look at 2022, when crime rose 30 percent.", None),
    ("Everyone who voted for the $2 billion plan should be ashamed.", "normative statement"),
]


@pytest.mark.parametrize(("text", "want"), CLAIM_GUARDS)
def test_claim_review_r52_review3(text: str, want: str | None) -> None:
    assert comment_stance_line(text) == want
