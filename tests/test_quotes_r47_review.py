"""Round 47, review: what the reviewers found that changes output. An unquoted yes/no in a YAML cue list became a boolean
(the idiom list of title-case "X Says …" headlines held "true" and "false"), and the cue-list loader now refuses such an
entry instead of reading it as a word. A progressive "asking" takes the auxiliaries the older
`_EN_BE_PROGRESSIVE` lists (the round had its own, smaller set)."""

from __future__ import annotations

import pytest

from spanbank.annotators.quote_lexicon import Lexicon, load_lexicon
from tests.quote_cases import quotes_of

LEAD = "\n\nJohn Smith, the mayor, spoke on Monday."


@pytest.mark.parametrize(("headline", "expected"), [
    ("Smith Says Yes To Deal", []),  # an idiom ("says yes to"), no report (the list's "yes" had been True)
    ("Smith Says No To Deal", []),
    ("Smith Says Economy Is Strong", [("INDIRECT_QUOTE", "Economy Is Strong", "John Smith")]),  # guard
])
def test_title_case_says_idioms(headline: str, expected: list) -> None:
    assert quotes_of(headline + LEAD, "en", with_label=True) == expected


def test_cue_list_refuses_yaml_booleans() -> None:
    with pytest.raises(ValueError, match=r"'cue_verbs'.*quote yes, no"):
        Lexicon.from_dict({"lang": "en", "cue_verbs": ["said", True]})


@pytest.mark.parametrize("lang", ["en", "de"])
def test_shipped_cue_lists_hold_words_only(lang: str) -> None:
    lex = load_lexicon(lang)  # raises on a boolean or empty entry in any list read as a word set
    assert "true" not in lex.title_says_objects and "false" not in lex.title_says_objects


@pytest.mark.parametrize(("text", "expected"), [
    # a progressive "asking" after a contracted or future "be" (the round's own set lacked 're, 's and be)
    ("They're asking why the water was shut off.", [("INDIRECT_QUOTE", "why the water was shut off", None)]),
    ("Residents will be asking why the water was shut off.",
     [("INDIRECT_QUOTE", "why the water was shut off", "Residents")]),
    ("Residents are asking why the water was shut off.",
     [("INDIRECT_QUOTE", "why the water was shut off", "Residents")]),  # guard
    ("We're asking why the water was shut off.", []),  # guard: the writer's own question
])
def test_progressive_asking(text: str, expected: list) -> None:
    assert quotes_of(text, "en", with_label=True) == expected
