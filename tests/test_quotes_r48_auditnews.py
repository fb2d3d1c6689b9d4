"""Round 48, family auditnews: gaps found reading 20 real English news articles (scrapinghub DEV text, no quote gold):
"…, say officials." / "…, warn health experts." (a plural present before a lower-case plural source ending the sentence),
a plan noun's infinitive inside a bare clause's subject ("told reporters the decision to drop the inquiry had been taken"),
"It will raise questions about …" (a thing, no speaker), a quoted sentence after a dash before its tag, a sentence-opening
"Yet" no part of a name, "lectured the nation that …", "flat-out" before a cue."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # (round 48, auditnews) a plural present after a comma, a lower-case plural source ending the sentence (reported nothing)
    ('The patient is the third resident to contract the disease, say officials.',
     [(IND, 'The patient is the third resident to contract the disease', 'officials')]),
    ('The patient is the third resident to contract the disease, say health officials.',
     [(IND, 'The patient is the third resident to contract the disease', 'health officials')]),
    ('The market is pricing in a recovery, say experts.',
     [(IND, 'The market is pricing in a recovery', 'experts')]),
    ('The bridge will reopen next week, say police.',
     [(IND, 'The bridge will reopen next week', 'police')]),
    ('The bridge will reopen next week, say the police.',
     [(IND, 'The bridge will reopen next week', 'police')]),
    ('The disease is always fatal if untreated, warn health experts.',
     [(IND, 'The disease is always fatal if untreated', 'health experts')]),
    ('"The risk is minimal," say officials.',
     [(DIR, 'The risk is minimal,', 'officials')]),
    ('The plan could cost more than expected, say others.',
     [(IND, 'The plan could cost more than expected', 'others')]),
    # (round 48, auditnews) a plan noun's infinitive inside the clause's subject (the auxiliary was out of reach)
    ('Prosecutors told reporters the decision to drop the inquiry had been taken after interviews with witnesses.',
     [(IND, 'the decision to drop the inquiry had been taken after interviews with witnesses', 'Prosecutors')]),
    # (round 48, auditnews) a thing raises questions, no one voices them (the sentence was a report)
    ('It will also raise questions about the futures of some of the star players.',
     []),
    # (round 48, auditnews) a quoted sentence after a dash before its tag (the sentence with the quotation was reported)
    ('The mayor was blunt — "We will not pay," she said.',
     [(DIR, 'We will not pay,', None)]),
    ('The mayor was blunt – "We will not pay," she said.',
     [(DIR, 'We will not pay,', None)]),
    # (round 48, auditnews) a sentence-opening "Yet" is no part of the name (the speaker was "Yet Jones")
    ('Yet Jones said the plan had failed.',
     [(IND, 'the plan had failed', 'Jones')]),
    # (round 48, auditnews) a lecture with an addressee and "that" (reported nothing)
    ('Schiff is lecturing the nation that its president is a criminal.',
     [(IND, 'its president is a criminal', 'Schiff')]),
    ('The senator lectured reporters that the bill was dead.',
     [(IND, 'the bill was dead', 'senator')]),
    # (round 48, auditnews) "flat-out" between the subject and its cue (the speaker was "company flat-out")
    ('The company flat-out denied that it owed money.',
     [(IND, 'it owed money', 'company')]),
]

GUARDS = [
    # nearby shapes that must not change
    ('She told reporters the decision to resign was hers alone.',
     [(IND, 'the decision to resign was hers alone', None)]),
    ('The patient is the third resident to contract the disease, officials say.',
     [(IND, 'The patient is the third resident to contract the disease', 'officials')]),
    ('The bridge will reopen next week, says the mayor.',
     [(IND, 'The bridge will reopen next week', 'mayor')]),
    ('We could invest in, say, new schools.',
     []),
    ('The fund could double in, say, ten years.',
     []),
    ('Visit your neighbours, say hello.',
     []),
    ('The project will create jobs, say supporters of the plan.',
     []),
    ('Travel in winter is hard, say, for families with kids.',
     []),
    ('If you have questions, say so.',
     []),
    ('The company said the decision was final.',
     [(IND, 'the decision was final', 'company')]),
    ('The senator raised questions about the deal.',
     [(IND, 'The senator raised questions about the deal', 'senator')]),
    ('Critics raised concerns about the plan.',
     [(IND, 'Critics raised concerns about the plan', 'Critics')]),
    ('The report raised concerns about safety at the plant.',
     [(IND, 'The report raised concerns about safety at the plant', 'report')]),
    ('The plan is dead — "for now," she said.',
     [(IND, 'The plan is dead — "for now,"', None), (DIR, 'for now,', None)]),
    ('The mayor was blunt: "We will not pay," she said.',
     [(DIR, 'We will not pay,', None)]),
    ('Still, Jones said the plan had failed.',
     [(IND, 'the plan had failed', 'Jones')]),
    ('The professor lectured on the history of Rome.',
     []),
    ('He lectured students for an hour about ethics.',
     []),
    ('The coach lectured his players after the loss.',
     []),
    ('The company flatly denied the allegations.',
     [(IND, 'The company flatly denied the allegations', 'company')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r48_auditnews_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r48_auditnews_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
