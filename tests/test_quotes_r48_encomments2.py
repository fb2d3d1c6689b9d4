"""Round 48, family encomments2: reader comments, second pass. A plural subject in -s and a bare intransitive verb
are a two-word clause as a past form was ("You said that Armenians lie."; en.yaml `plural_clause_verbs`); a question
to the addressee about their words reports nothing ("So, John, are you saying that the war is over?" gave John the
question); a display name after an "@" handle is the addressee's ('@John Smith You wrote "…"' was "John Smith You");
"he"/"she" in "I agree with Mike when he says …" is Mike (en.yaml `agreement_verbs`)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"

FIXES = [
    ("@Mike you said that Armenians lie.", [(IND, "Armenians lie", "Mike")]),
    ("You said that Armenians lie.", [(IND, "Armenians lie", "You")]),
    ("Mike said that Armenians lie.", [(IND, "Armenians lie", "Mike")]),
    ("They said that prices rise.", [(IND, "prices rise", None)]),
    ("He said that taxes matter.", [(IND, "taxes matter", None)]),
    ("Officials said that talks fail.", [(IND, "talks fail", "Officials")]),
    ("He said that miracles happen.", [(IND, "miracles happen", None)]),
    ("So, John, are you saying that the war is over?", []),
    ("John, are you saying the war is over?", []),
    ("@John are you saying that the war is over?", []),
    ('@John Smith You wrote "the war is over" and I agree.', [(DIR, "the war is over", "John Smith")]),
    ('@John Smith you wrote "the war is over" and I agree.', [(DIR, "the war is over", "John Smith")]),
    ("I agree with Mike when he says that the war is over.", [(IND, "the war is over", "Mike")]),
    ("I agree with John Smith when he says the war is over.", [(IND, "the war is over", "John Smith")]),
    ("I disagree with Senator John Smith when he says the war is over.", [(IND, "the war is over", "John Smith")]),
    ("I agree with Sarah when she writes that the talks failed.", [(IND, "the talks failed", "Sarah")]),
]

GUARDS = [
    ("He said that Armenians lied.", [(IND, "Armenians lied", None)]),
    ("You said that the Armenians lie.", [(IND, "the Armenians lie", "You")]),
    ("He said that news spreads.", []),
    ("He said that his friends.", []),
    ("He said that sales tax.", []),
    ("Are you saying that the war is over?", []),
    ("You are saying that the war is over.", [(IND, "the war is over", "You")]),
    ("Like you said, the war is over.", []),
    ("As you say, the war is over.", []),
    ('@JohnSmith You wrote "the war is over" and I agree.', [(DIR, "the war is over", "JohnSmith")]),
    ("@John Smith: you said that the war is over.", [(IND, "the war is over", "John Smith")]),
    ("I spoke with Mike when he said that the war is over.", [(IND, "the war is over", None)]),
    ("I agree with Mike when she says that the war is over.", [(IND, "the war is over", None)]),
    ("I met John Smith yesterday. He says the war is over.", [(IND, "the war is over", "John Smith")]),
    ("> the talks failed\nNo they did not.", []),
]


def _comment_quotes(text):
    return quotes_of(text, "en", kind="comment", with_label=True)


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_r48_encomments2_fixes(text, expected):
    assert _comment_quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_r48_encomments2_guards(text, expected):
    assert _comment_quotes(text) == expected
