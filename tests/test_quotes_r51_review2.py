"""Round 51 review (review2) of the round's second half of quote rules. All sentences written for this test.

* `quote_indirect._en_dashed_aside_start` (round 51, enarticles7): the walk over the content tested "a dash or
  a bracket opens an aside" before "the same dash closes the open one", so a closing dash re-opened the aside and
  the closing branch could never fire for dashes. A dashed pair closed inside the content before a trailing
  attribution followed by a dash cut the content to the words after the pair: "Colin Whitby — a grocer — is no
  relation, he insists — not even a cousin." reported "is no relation" (now the whole clause before the cue); the
  open dashes and brackets are now kept as a stack, so a bracket closed inside a dashed pair no longer leaves the
  pair's closing dash to open an aside ("The mill — a landmark (since 1920) — will close …, the owner says — …").
  An aside the attribution closes keeps its own content ("— a landmark since 1920, she says —").
"""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return [q for q in quotes_of(text, "en", with_label=True) if q[0] in (IND, DIR)]


FIXES = [
    # a dashed pair closed inside the content is no aside of the attribution after it (was the words after the pair)
    ("Colin Whitby — a grocer — is no relation, he insists — not even a cousin.",
     [(IND, "Colin Whitby — a grocer — is no relation", "Colin Whitby")]),
    ("The mill — a landmark for decades — will close in May, the owner says — after a century of work.",
     [(IND, "The mill — a landmark for decades — will close in May", "owner")]),
    ("Ann Cole — a nurse — was not at fault, her lawyer argues — and the hospital agrees.",
     [(IND, "Ann Cole — a nurse — was not at fault", "lawyer")]),
    # a bracket inside the closed pair (the bracket's close left the second dash to open an aside)
    ("The mill — a landmark (since 1920) — will close in May, the owner says — after a century of work.",
     [(IND, "The mill — a landmark (since 1920) — will close in May", "owner")]),
]

GUARDS = [
    # the attribution closes the aside it stands in: the aside alone (round 51, enarticles7)
    ("Colin Whitby — no relation to the family, he insists — runs the hardware shop.",
     [(IND, "no relation to the family", "Colin Whitby")]),
    ("The old mill — a landmark since 1920, she says — is closing.",
     [(IND, "a landmark since 1920", None)]),
    ("The old mill (a landmark since 1920, she says) is closing.",
     [(IND, "a landmark since 1920", None)]),
    # a closed pair before an aside the attribution closes: still the aside alone
    ("Ann Cole — a nurse — runs the ward, and the hospital — a landmark since 1920, she says — is closing.",
     [(IND, "a landmark since 1920", "Ann Cole")]),
    ("The ward — small but busy — is (a landmark since 1920, she says) closing.",
     [(IND, "a landmark since 1920", None)]),
    # no dash after the attribution: the whole content
    ("The mill — a landmark for decades — will close in May, the owner says.",
     [(IND, "The mill — a landmark for decades — will close in May", "owner")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_review2_dashed_aside(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
