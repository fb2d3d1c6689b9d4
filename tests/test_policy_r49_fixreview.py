"""Round 49 review fixes (fixreview) of `policy_rules.reported_violence`.

A threat reported of someone else ("he threatened to kill her") is no threat, but the commenter's own
("I've threatened to kill him", "We have threatened to kill them all": the subject found before the verb
across auxiliaries, negations and adverbs) is; and a passive addressed to the reader ("you are killed",
"you have been shot") is no report of violence. FIX rows: `reported_violence` was True on the base sources
and is now False (a THREAT of the token model on the violence word is kept). GUARD rows: reported violence
that stays reported. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.policy_rules import reported_violence
from spanbank.annotators.policy_text import tokens
from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document

_VIOLENCE = ("kill", "killed", "shot", "shoot")

FIXES = [
    "I've threatened to kill him before",
    "I’ve threatened to kill him before",
    "I'd threatened to kill him",
    "We have threatened to kill them all",
    "We've threatened to shoot them",
    "We had repeatedly threatened to kill them",
    "you are killed if you go there",
    "You have been shot, remember that",
    "If you come back here you are killed",
]

GUARDS = [
    "He threatened to kill her",
    "Police said he had threatened to kill his wife",
    "He has never threatened to kill anyone",
    "I heard he threatened to kill her",
    "The man who threatened to kill her was arrested",
    "Your son was killed in a crash",
    "They were killed in a crash",
    "Three people were shot on Friday",
]


def _reported(text: str) -> bool:
    toks = tokens(text)
    i = next(k for k, t in enumerate(toks) if t[2].lower() in _VIOLENCE)
    return reported_violence(text, toks, i)


@pytest.mark.parametrize("text", FIXES)
def test_policy_r49_fixreview_fix(text: str) -> None:
    assert not _reported(text)


@pytest.mark.parametrize("text", GUARDS)
def test_policy_r49_fixreview_guard(text: str) -> None:
    assert _reported(text)


def test_policy_r49_fixreview_addressed_passive_keeps_category() -> None:
    # the verdict's category is no longer withheld for a passive addressed to the reader
    text = "If you come back here you are killed"
    ann = PolicyAnnotator().annotate(Document(id="t#c1", kind="comment", text=text, meta={"lang": "en"}))
    assert "THREAT" in ann.labels["violations"]
