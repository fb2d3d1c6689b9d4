"""Round 47, family enaccording: English source phrases and anonymous sources (a medium's participle after the cue's
medium, "citing" without a comma, a sentence-initial "Per", a report's own source after "according to")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # a medium's participle after the trailing cue's medium (the report was lost)
    ("The plant will close in June, the company said in a statement posted online.",
     [(IND, "The plant will close in June", "company")]),
    ("The plant will close in June, the company said in a statement posted on its website.",
     [(IND, "The plant will close in June", "company")]),
    ("The sanctions would fail, Putin said in remarks reported by Interfax.",
     [(IND, "The sanctions would fail", "Putin")]),
    ("The plant will close in June, the company said in a statement reported by Reuters.",
     [(IND, "The plant will close in June", "company")]),
    ("The plant will close in June, Smith said in remarks carried by state media.",
     [(IND, "The plant will close in June", "Smith")]),
    ("The plant will close in June, Smith said on state television.",
     [(IND, "The plant will close in June", "Smith")]),
    ("Putin said in remarks reported by Interfax the sanctions would fail.",
     [(IND, "the sanctions would fail", "Putin")]),
    # the same adjunct between commas after the cue (the content was the adjunct)
    ("The sanctions would fail, Putin said, in remarks reported by Interfax.",
     [(IND, "The sanctions would fail", "Putin")]),
    ("The sanctions would fail, Putin said, in a statement posted online.",
     [(IND, "The sanctions would fail", "Putin")]),
    ("Putin, in remarks reported by Interfax, said the sanctions would fail.",
     [(IND, "the sanctions would fail", "Putin")]),
    # "citing" its source right after the cue, without a comma (the content was "citing unnamed officials")
    ("The talks had collapsed, Bloomberg reported citing unnamed officials.",
     [(IND, "The talks had collapsed", "Bloomberg")]),
    ("The talks had collapsed, the newspaper said citing a government source.",
     [(IND, "The talks had collapsed", "newspaper")]),
    # a sentence-initial "Per" before a source noun or a possessive (reported nothing)
    ("Per a report by Reuters, the deal is expected to close next month.",
     [(IND, "the deal is expected to close next month", "report by Reuters")]),
    ("Per league sources, the Lakers are trading Russell.",
     [(IND, "the Lakers are trading Russell", "league sources")]),
    ("Per ESPN's Adrian Wojnarowski, the Lakers are trading Russell.",
     [(IND, "the Lakers are trading Russell", "ESPN's Adrian Wojnarowski")]),
    # "reports" after "per" is a noun (the cue "reports" had the speaker "Per" and the whole sentence)
    ("Per reports, the Lakers are trading Russell.", []),
    # a report's own source after "according to" (a second source; the fronted content was "According to a …")
    ("According to a Bloomberg report citing people familiar with the matter, the company is exploring a sale.",
     [(IND, "the company is exploring a sale", "Bloomberg report")]),
    ("The company is exploring a sale, according to a Bloomberg report citing people familiar with the matter.",
     [(IND, "The company is exploring a sale", "Bloomberg report")]),
    ("According to a report quoting the minister, the company is exploring a sale.",
     [(IND, "the company is exploring a sale", "report")]),
]

GUARDS = [
    ("The plant will close in June, the company said in a statement released Monday.",
     [(IND, "The plant will close in June", "company")]),
    ("The company said in a statement posted online that the plant will close in June.",
     [(IND, "the plant will close in June", "company")]),
    ("The plant will close in June, Smith said in a letter obtained by Reuters.",
     [(IND, "The plant will close in June", "Smith")]),
    ("Smith said state media had lied about the plant.", [(IND, "state media had lied about the plant", "Smith")]),
    ("The talks had collapsed, Bloomberg reported, citing unnamed officials.",
     [(IND, "The talks had collapsed", "Bloomberg")]),
    ("Bloomberg reported citing unnamed officials that the talks had collapsed.",
     [(IND, "the talks had collapsed", "Bloomberg")]),
    ("The ministry said citing the lack of funds was unacceptable.",
     [(IND, "citing the lack of funds was unacceptable", "ministry")]),
    ("The deal is expected to close next month, per Reuters.",
     [(IND, "The deal is expected to close next month", "Reuters")]),
    ("Per capita income rose by 3 percent last year.", []),
    ("Per the agreement, both sides will withdraw their troops.", []),
    ("Per tradition, the president pardoned a turkey.", []),
    ("Per Section 5 of the contract, the fee is due in May.", []),
    ("Per Carlsson, the chief executive, said the deal would close next month.",
     [(IND, "the deal would close next month", "Per Carlsson")]),
    ("According to a statement from the company, the plant will close in June.",
     [(IND, "the plant will close in June", "statement from the company")]),
    ("The company is exploring a sale, according to people familiar with the matter.",
     [(IND, "The company is exploring a sale", "people familiar with the matter")]),
    ("The company, according to people familiar with the matter, is exploring a sale.",
     [(IND, "The company, according to people familiar with the matter, is exploring a sale",
       "people familiar with the matter")]),
    ("The strike killed at least 12 militants, said a source who was not authorized to speak publicly.",
     [(IND, "The strike killed at least 12 militants", "source")]),
    ("As reported by the Wall Street Journal, the bank plans to lay off 2,000 employees.",
     [(IND, "the bank plans to lay off 2,000 employees", "Wall Street Journal")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_fixes(text: str, expected: list) -> None:
    assert run(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_guards(text: str, expected: list) -> None:
    assert run(text) == expected
