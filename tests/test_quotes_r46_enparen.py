"""Round 46, family enparen: English attributions inside the content (parentheticals) and after it."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def reports(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "en")


# fix rows: each failed before round 46
FIXES = [
    # an addressee or adjuncts close an interrupting attribution
    ("The reform, the minister told reporters, would not be delayed.",
     [("The reform", "minister"), ("would not be delayed", "minister")]),
    ("The reform, the minister said in a statement, would not be delayed.",
     [("The reform", "minister"), ("would not be delayed", "minister")]),
    ("The reform, the minister wrote on Twitter, would not be delayed.",
     [("The reform", "minister"), ("would not be delayed", "minister")]),
    ("The new tax, the spokeswoman told reporters, will take effect in March.",
     [("The new tax", "spokeswoman"), ("will take effect in March", "spokeswoman")]),
    ("The suspect, police said in a statement, was arrested on Monday.",
     [("The suspect", "police"), ("was arrested on Monday", "police")]),
    ("The bill, the senator told CNN's State of the Union, lacks support.",
     [("The bill", "senator"), ("lacks support", "senator")]),
    # an inverted interrupting attribution
    ("The plan, said the minister, would fail.", [("The plan", "minister"), ("would fail", "minister")]),
    ("The plan, said John Smith, would fail.", [("The plan", "John Smith"), ("would fail", "John Smith")]),
    ("The reform, argued the minister, would not be delayed.",
     [("The reform", "minister"), ("would not be delayed", "minister")]),
    # the plural present of a cue after its subject
    ("The economy, analysts say, remains weak.", [("The economy", "analysts"), ("remains weak", "analysts")]),
    ("The government, critics say, lacks a plan.", [("The government", "critics"), ("lacks a plan", "critics")]),
    ("The study, the authors write, shows a clear link.",
     [("The study", "authors"), ("shows a clear link", "authors")]),
]

# guard rows: near misses that stay as they were
GUARDS = [
    ("The reform, the minister said on Tuesday, would not be delayed.",
     [("The reform", "minister"), ("would not be delayed", "minister")]),
    ("The plan, the minister said, would fail.", [("The plan", "minister"), ("would fail", "minister")]),
    ("Prices rose, the bank said in a statement, citing higher costs.", [("Prices rose", "bank")]),
    ("Prices rose sharply, the bank told Reuters, adding that costs were up.",
     [("Prices rose sharply", "bank"), ("costs were up", "bank")]),
    ("The economy is recovering, the official told Reuters on condition of anonymity.",
     [("The economy is recovering", "official")]),
    ("The plant will close next year, said Peter Altmaier, the energy minister, on Tuesday.",
     [("The plant will close next year", "Peter Altmaier")]),
    ("The man, said to be in his 50s, was arrested on Monday.", []),
    ("The plan, which the minister told reporters about, would fail.", []),
    ("Meanwhile, said the minister, prices would rise.", [("prices would rise", "minister")]),
]


@pytest.mark.parametrize(("kind", "text", "expected"), [("fix", *r) for r in FIXES] + [("guard", *r) for r in GUARDS])
def test_r46_enparen(kind: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert reports(text) == expected


def test_guard_no_inverted_parenthetical_after_a_whole_clause():
    # a verb phrase in a list after a whole clause is no inverted attribution: its clause is not reported
    text = ("The government is broke because it has failed to cut old idiotic spending, added new idiotic spending, "
            "overpays a bloated staff, and subsidizes silly things.")
    assert not any(t.startswith("The government") for t, _ in reports(text))
