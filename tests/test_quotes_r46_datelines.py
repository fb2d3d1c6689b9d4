"""Round 46, family datelines: datelines, bylines and headlines in English and German news text (a headline line, a
dateline and paragraphs).

Each "fix" row fails against the base commit 2776d42; "guard" rows are near misses that must stay as they are.
"""

import pytest

from tests.quote_cases import quotes_of

H = "Senate passes budget bill\n"

EN_ROWS = [
    # fix: a place in title case with a state or country before the dash, on the line after the headline
    ("fix", H + "Kyiv, Ukraine — Russia launched new attacks overnight, officials said.",
     [("Russia launched new attacks overnight", "officials")]),
    ("fix", H + "Washington, D.C. — The Senate passed the bill, the majority leader said.",
     [("The Senate passed the bill", "majority leader")]),
    # fix: a place and a date, no agency, a spaced dash (any paragraph)
    ("fix", H + "Washington, March 3 — The Senate passed the bill, the majority leader said.",
     [("The Senate passed the bill", "majority leader")]),
    ("fix", "Kyiv, March 3 — Russia launched new attacks overnight, officials said.",
     [("Russia launched new attacks overnight", "officials")]),
    ("fix", H + "New York, March 3, 2024 — Stocks fell sharply on Tuesday, analysts said.",
     [("Stocks fell sharply on Tuesday", "analysts")]),
    ("fix", H + "Tokyo, 3 March - Stocks fell sharply on Tuesday, analysts said.",
     [("Stocks fell sharply on Tuesday", "analysts")]),
    ("fix", H + "KYIV, Ukraine, March 3 — Russia launched new attacks overnight, officials said.",
     [("Russia launched new attacks overnight", "officials")]),
    ("fix", H + "Kyiv, Ukraine, March 3 — Russia launched new attacks overnight, officials said.",
     [("Russia launched new attacks overnight", "officials")]),
    # fix: a headline quotation after a name label is not the speaker's of a lead about someone else
    ("fix", 'Biden: "We will not back down"\nWASHINGTON (AP) — The White House announced new sanctions on Tuesday.',
     [("We will not back down", None), ("The White House announced new sanctions on Tuesday", "White House")]),
    ("fix", 'Biden: "We will not back down"\nThe White House announced new sanctions on Tuesday.',
     [("We will not back down", None), ("The White House announced new sanctions on Tuesday", "White House")]),
    # guards: datelines already right, and the label's own person in the lead
    ("guard", H + "Washington — The Senate passed the bill, the majority leader said.",
     [("The Senate passed the bill", "majority leader")]),
    ("guard", H + "WASHINGTON, March 3 — The Senate passed the bill, the majority leader said.",
     [("The Senate passed the bill", "majority leader")]),
    ("guard", H + "Kyiv, March 3 (Reuters) — Russia launched new attacks overnight, officials said.",
     [("Russia launched new attacks overnight", "officials")]),
    ("guard", H + "March 3, 2024 — Stocks fell sharply on Tuesday, analysts said.",
     [("March 3, 2024 — Stocks fell sharply on Tuesday", "analysts")]),  # (a bare date: left as it was)
    ("guard", "Paris, France, is a city where, officials said, rents are rising.",
     [("rents are rising", "officials")]),
    ("guard", 'Biden: "We will not back down"\nWASHINGTON (AP) — President Joe Biden said the United States would '
     'not back down.', [("We will not back down", "Joe Biden"), ("the United States would not back down", "Joe Biden")]),
    ("guard", '"We will win," says Merkel\nBERLIN (Reuters) - Chancellor Angela Merkel said on Sunday her party '
     'would win the election.', [("We will win,", "Angela Merkel"), ("her party would win the election", "Angela Merkel")]),
    ("guard", "Senate passes budget bill\nBy John Smith, AP\nWASHINGTON — Majority Leader Chuck Schumer said the Senate "
     "would pass the bill.", [("the Senate would pass the bill", "Chuck Schumer")]),
    ("guard", H + 'WASHINGTON (AP) — "We have the votes," Schumer said.', [("We have the votes,", "Schumer")]),
]

DE_ROWS = [
    # guard: a German headline quotation after a name label already stays the label's (its colon attribution)
    ("guard", "Merkel: „Wir werden die Krise gemeinsam meistern“\nBerlin (dpa) - Die Regierung hat am Montag neue Hilfen "
     "beschlossen, teilte ein Sprecher mit.",
     [("Wir werden die Krise gemeinsam meistern", "Merkel"), ("Die Regierung hat am Montag neue Hilfen beschlossen", "Sprecher")]),
    ("guard", "Merkel: „Wir schaffen das“\nBerlin (dpa) - Bundeskanzlerin Angela Merkel sagte am Montag, die Regierung "
     "werde die Krise meistern.",
     [("Wir schaffen das", "Angela Merkel"), ("die Regierung werde die Krise meistern", "Angela Merkel")]),
    ("guard", "Kanzlerin Merkel: „Wir schaffen das“\nBerlin (dpa) - Die Regierung hat am Montag neue Hilfen beschlossen.",
     [("Wir schaffen das", "Merkel")]),
    ("guard", "Regierung will Krise meistern\nVon Anna Schmidt\nBerlin - Bundeskanzlerin Angela Merkel sagte am Montag, "
     "die Regierung werde die Krise meistern.", [("die Regierung werde die Krise meistern", "Angela Merkel")]),
    ("guard", "Regierung will Krise meistern\nBerlin/Brüssel (dpa) – Die Regierung werde die Krise meistern, sagte "
     "Merkel am Montag.", [("Die Regierung werde die Krise meistern", "Merkel")]),
    ("guard", "Regierung will Krise meistern\nBerlin – „Wir schaffen das“, sagte Bundeskanzlerin Angela Merkel am Montag.",
     [("Wir schaffen das", "Angela Merkel")]),
]


@pytest.mark.parametrize("kind,text,expected", EN_ROWS, ids=[f"{r[0]}-en{i}" for i, r in enumerate(EN_ROWS)])
def test_r46_datelines_en(kind: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted(quotes_of(text, "en"), key=str) == sorted(expected, key=str)


@pytest.mark.parametrize("kind,text,expected", DE_ROWS, ids=[f"{r[0]}-de{i}" for i, r in enumerate(DE_ROWS)])
def test_r46_datelines_de(kind: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert sorted(quotes_of(text, "de"), key=str) == sorted(expected, key=str)
