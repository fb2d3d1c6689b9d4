"""Round 48, family encomments: quotes in reader comments. A "you" right after a comment's vocative (an @handle or a
name before a comma or colon opening the sentence) is the addressee's word: the SPEAKER span is "you", the speaker
the addressee's name ("@Mike You said "…"" was "Mike You"; "Mike, you said the war was over" reported nothing). A "you"
without a vocative stays as it was (round 39 pins "You say the vote was rigged" with the speaker "You")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"

FIXES = [
    ('@Mike You said "Armenians lie" and that is racist.', [(DIR, "Armenians lie", "Mike")]),
    ('@Mike_77 You claimed that the war was over.', [(IND, "the war was over", "Mike_77")]),
    ('@mike77 you wrote "Armenians lie" and that is racist.', [(DIR, "Armenians lie", "mike77")]),
    ("Mike, you said the war was over. It is not.", [(IND, "the war was over", "Mike")]),
    ('Mike, you claimed "the war is over" but it is not.', [(DIR, "the war is over", "Mike")]),
    ("Dear Mike, you said that Aliyev is a liar. You are right.", [(IND, "Aliyev is a liar", "Mike")]),
    ("Hey John, you wrote that the talks failed.", [(IND, "the talks failed", "John")]),
    ('President Aliyev, you said "we will return".', [(DIR, "we will return", "Aliyev")]),
    ('Mike: you said "Armenians lie".', [(DIR, "Armenians lie", "Mike")]),
    ("It is not over. Mike, you said the war was over.", [(IND, "the war was over", "Mike")]),
]

GUARDS = [
    ('You said "the war is over" yesterday.', [(DIR, "the war is over", "You")]),
    ("You say the vote was rigged, but you never show any proof.", [(IND, "the vote was rigged", "You")]),
    ("DISC, you said, was about 1.4 billion.", []),
    ("Now, you show that you can compromise and not just dictate.", []),
    ("John, you know that the war is not over.", []),
    ("Mike, do you really believe that Aliyev will negotiate?", []),
    ("No, you said the war was over.", []),
    ('Aliyev said "we will return" and he meant it.', [(DIR, "we will return", "Aliyev")]),
    ("As the article says, the talks failed.", [(IND, "the talks failed", "article")]),
    ("The author claims that Aliyev is a dictator.", [(IND, "Aliyev is a dictator", "author")]),
    ('Aliyev uses the word "occupation" every day.', []),
    ('These so-called "peace talks" are a joke.', []),
    ('Mike wrote: "Armenians lie". That is racist.', [(DIR, "Armenians lie", "Mike")]),
]


def _comment_quotes(text):
    return quotes_of(text, "en", kind="comment", with_label=True)


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_r48_encomments_fixes(text, expected):
    assert _comment_quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_r48_encomments_guards(text, expected):
    assert _comment_quotes(text) == expected
