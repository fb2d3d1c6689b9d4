"""Round 51 (enleft24): three leftovers.

1. A "he"/"she" after a sentence opening with "Her mother"/"His father" … as its subject is the kin person named
   before in apposition ("Her mother, Eleanor, nods. … Her mother smiles. "…," she says" is Eleanor, not the daughter
   quoted before).
2. "for <organisation>" after a person's full name ends the SPEAKER span, as "of" did: 'said Helena Marsh for the
   company' is "Helena Marsh" (judges' "for the majority" keeps working).
3. Policy: a denial of saying ("Nobody is saying", "I never said") reaches a violent verb behind a modal of urging:
   "Nobody is saying we should shoot them." is no THREAT span (the token model's "shoot them" was kept because
   `negated_word` stopped at "should"); "We should shoot them." and a coordinated clause after the denial stay.

Sentences are written for these tests. FIX rows fail against the base sources (90583a2); GUARD rows pass on both.
"""

from __future__ import annotations

import pytest

from spanbank.annotators.violations import PolicyAnnotator
from spanbank.model import Document
from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str | None]]:
    return quotes_of(text, "en")


def speakers(text: str) -> list[str]:
    return [s for s, _n in quotes_of(text, "en", labels=("SPEAKER",))]


def threats(text: str) -> list[str]:
    ann = PolicyAnnotator().annotate(Document(id="t", kind="comment", text=text, meta={}))
    return [text[s.start : s.end] for s in ann.spans if s.label == "THREAT"]


_HANNAH = 'Hannah Whitby, 17, wants to study law. "I will be a lawyer," Hannah says. '
_TOM = 'Tom Reed, 12, loves football. "I want to play for England," Tom says. '

FIXES = [
    (_HANNAH + 'Her mother, Eleanor, nods. "She works hard." Her mother smiles. "She will," she says.',
     ("She will,", "Eleanor")),
    (_TOM + 'His father, Mark Reed, laughs. His father shrugs. "He might," he says.', ("He might,", "Mark Reed")),
    (_HANNAH + 'Her sister, Grace, laughs. Her sister grins. "She never stops," she says.', ("She never stops,", "Grace")),
]

GUARDS = [
    # no kin person named before: the daughter quoted before
    (_HANNAH + 'Her mother smiles. "She will," she says.', ("She will,", "Hannah Whitby")),
    # a kin noun of the other sex than the pronoun
    ('Tom Reed, 12, loves football. "I want to play," Tom says. His mother, Anna, laughs. His mother shrugs. '
     '"He might," he says.', ("He might,", "Tom Reed")),
    # the kin noun is no subject: a possessive, a relative clause
    (_HANNAH + "Her mother, Eleanor, nods. Her mother's friend smiles. \"She will,\" she says.",
     ("She will,", "Hannah Whitby")),
    (_HANNAH + 'Her mother, Eleanor, nods. Her mother, who is 50, smiles. "She will," she says.',
     ("She will,", "Hannah Whitby")),
    # the kin person named right before already was
    (_HANNAH + 'Her mother, Eleanor, nods. "She will," she says.', ("She will,", "Eleanor")),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_kin_subject_pronoun(text: str, expected: tuple) -> None:
    assert expected in run(text)


SPEAKER_FIXES = [
    ('"We will appeal," said Helena Marsh for the company.', ["Helena Marsh"]),
    ('"It is a fair deal," said John Smith for the union.', ["John Smith"]),
    ('"We disagree," said Anna Lee for the defence team.', ["Anna Lee"]),
]

SPEAKER_GUARDS = [
    ('"We will appeal," said Helena Marsh of the company.', ["Helena Marsh"]),
    ('"It is wrong," wrote Judge Helena Marsh for the majority.', ["Judge Helena Marsh"]),
    # a role for a body, a title's own "for", a name before the cue
    ('"It is wrong," said a lawyer for the court.', ["a lawyer for the court"]),
    ('"It is wrong," said Shadow Minister for Health Anne Ruston.', ["Shadow Minister for Health Anne Ruston"]),
    ('"It is wrong," said Helena Marsh for Acme Corp.', ["Helena Marsh for Acme Corp"]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_FIXES + SPEAKER_GUARDS)
def test_speaker_for_body(text: str, expected: list) -> None:
    assert speakers(text) == expected


POLICY_FIXES = [
    ("Nobody is saying we should shoot them.", []),
    ("I never said we should shoot them.", []),
    ("Nobody should shoot them.", []),
]

POLICY_GUARDS = [
    ("We should shoot them.", ["shoot them"]),
    ("Nobody is saying anything, so we should shoot them.", ["shoot them"]),
    ("Never forget that we should shoot them.", ["shoot them"]),
    ("We need to shoot them.", ["shoot them"]),
    ("I never said I would kill him.", []),
    ("I don't think we must hang them.", []),
]


@pytest.mark.parametrize(("text", "expected"), POLICY_FIXES + POLICY_GUARDS)
def test_policy_denied_urging(text: str, expected: list) -> None:
    assert threats(text) == expected
