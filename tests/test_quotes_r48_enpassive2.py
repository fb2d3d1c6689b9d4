"""Round 48, family enpassive2: English passive and impersonal reports left by enpassive (a belief passive with its agent
"It was thought by investigators that …", participles that report only in the impersonal passive "It was learned that
…", "It is rumoured that …", and an impersonal passive between commas after its clause's subject "The minister, it was
reported, had lied …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a belief passive with its agent before "that" reports as "It was believed by police that …" does (was nothing)
    ("It was thought by investigators that the fire was arson.", [(IND, "the fire was arson", "investigators")]),
    ("It is suspected by police that the fire was arson.", [(IND, "the fire was arson", "police")]),
    ("It was thought by senior officials that the talks would fail.",
     [(IND, "the talks would fail", "senior officials")]),
    # participles that report only in the impersonal passive (was nothing)
    ("It was learned that the minister had lied about the payments.",
     [(IND, "the minister had lied about the payments", None)]),
    ("It has been learned that the minister had lied about the payments.",
     [(IND, "the minister had lied about the payments", None)]),
    ("It is rumoured that the minister will resign.", [(IND, "the minister will resign", None)]),
    ("It is rumored that the minister will resign.", [(IND, "the minister will resign", None)]),
    ("It was widely rumoured that the minister would resign.", [(IND, "the minister would resign", None)]),
    ("The minister had lied about the payments, it was learned.",
     [(IND, "The minister had lied about the payments", None)]),
    ("The minister would resign, it was rumoured.", [(IND, "The minister would resign", None)]),
    # an agentless impersonal passive between commas after the subject: the two parts, as "The economy, Smith said, is …"
    ("The minister, it was reported, had lied about the payments.",
     [(IND, "The minister", None), (IND, "had lied about the payments", None)]),
    ("The minister, it is alleged, had lied about the payments.",
     [(IND, "The minister", None), (IND, "had lied about the payments", None)]),
    ("The talks, it was announced, would resume on Monday.",
     [(IND, "The talks", None), (IND, "would resume on Monday", None)]),
    ("The suspect, it is believed, fled to Spain.", [(IND, "The suspect", None), (IND, "fled to Spain", None)]),
    ("The minister, it has been alleged, took bribes.", [(IND, "The minister", None), (IND, "took bribes", None)]),
    ("The minister, it was reported on Monday, had lied about the payments.",
     [(IND, "The minister", None), (IND, "had lied about the payments", None)]),
    ("The minister, it was reported last week, had lied about the payments.",
     [(IND, "The minister", None), (IND, "had lied about the payments", None)]),
    ("The minister, it is now alleged, had lied about the payments.",
     [(IND, "The minister", None), (IND, "had lied about the payments", None)]),
    ("The minister, it was learned, had lied about the payments.",
     [(IND, "The minister", None), (IND, "had lied about the payments", None)]),
    # after a lone sentence adverb only the clause after the passive
    ("However, it was reported, the minister had lied.", [(IND, "the minister had lied", None)]),
]

GUARDS = [
    # a person learns, a subject is rumoured to be: no report
    ("She learned that the minister had lied.", []),
    ("The minister learned that his aide had lied.", []),
    ("The minister is rumoured to be ill.", []),
    ("Nothing was learned that day.", []),
    ("CNN has learned that the FBI opened an investigation.", [(IND, "the FBI opened an investigation", "CNN")]),
    # "by" and a time is no agent; the stance passives stay none
    ("It was thought by the end of May that the fire was out.", []),
    ("It was thought by Monday that the fire was out.", []),
    ("It was believed by police that the suspect had fled.", [(IND, "the suspect had fled", "police")]),
    ("It was understood by police that the suspect had fled.", []),
    ("The fire was thought by investigators to be arson.", []),
    ("It is thought that the fire started in the kitchen.", [(IND, "the fire started in the kitchen", None)]),
    # the parenthetical: not after a whole clause, a relative, a condition or a stance passive; not with other adjuncts
    ("He lied, it was said, and nobody believed him.", []),
    ("The money, which was stolen, it was reported, was never found.", []),
    ("If the talks fail, it was said, the plant will close.", []),
    ("The company, it is understood, will appeal.", []),
    ("The bill, it was expected, would pass.", []),
    ("The minister, it was reported on condition of anonymity, had lied.", []),
    ("The economy, Smith said, is in good shape.", [(IND, "The economy", "Smith"), (IND, "is in good shape", "Smith")]),
    ("The minister had lied about the payments, it was reported.",
     [(IND, "The minister had lied about the payments", None)]),
    # negation still reports; the writer's own report and a quoted-as-saying stay as they were
    ("It was not reported that the minister had resigned.", [(IND, "the minister had resigned", None)]),
    ("As previously reported, the minister had lied about the payments.", []),
    ("As was reported last week, the minister had lied about the payments.", []),
    ("Smith was quoted by Reuters as saying the deal was dead.", [(IND, "the deal was dead", "Smith")]),
    # "it emerged" is the writer's statement of a fact that came out, no report (kept)
    ("It emerged that the minister had lied about the payments.", []),
    ("The minister had lied, it later emerged.", []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_enpassive2_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_enpassive2_guards(text, expected):
    assert run(text) == expected
