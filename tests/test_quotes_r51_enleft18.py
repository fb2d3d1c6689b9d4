"""Round 51, family enleft18 (English quotes, families left open by round 50): a bare reported clause with its own
subject and verb before a "when" clause keeps the whole clause ("Smith said prices fell when the war ended" reported only
'when the war ended'; the subject may be a bare plural, a pronoun or a quantifier, and a copula with its predicate
counts); an adverbial clause between commas right after the cue, then the main clause without "that", is reported
("Smith said, if elected, he would cut taxes"; a participle of being asked frames the saying: "Smith said, when asked,
he would …"); a two-word clause after such a parenthetical and "that" ("Smith said, when asked, that prices fell.");
"According to that official, …" names its source as "this official" does (the cue had no speaker and a finding noun in
the content, "intelligence showed …", became the only speaker)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return sorted(quotes_of(text, "en", with_label=True))


FIXES = [
    ('Smith said prices fell when the war ended.',
     [('INDIRECT_QUOTE', 'prices fell when the war ended', 'Smith')]),
    ('Jones told reporters prices fell when the war ended.',
     [('INDIRECT_QUOTE', 'prices fell when the war ended', 'Jones')]),
    ('Police said officers fired when the man ran.',
     [('INDIRECT_QUOTE', 'officers fired when the man ran', 'Police')]),
    ('The mayor said many people died when the dam broke.',
     [('INDIRECT_QUOTE', 'many people died when the dam broke', 'mayor')]),
    ('Smith said he left when the war ended.',
     [('INDIRECT_QUOTE', 'he left when the war ended', 'Smith')]),
    ('Smith said prices were high when the war ended.',
     [('INDIRECT_QUOTE', 'prices were high when the war ended', 'Smith')]),
    ('Smith said oil prices fell when the war ended.',
     [('INDIRECT_QUOTE', 'oil prices fell when the war ended', 'Smith')]),
    ('Smith said, when asked, that prices fell.',
     [('INDIRECT_QUOTE', 'prices fell', 'Smith')]),
    ('She said, in a statement, that profits rose.',
     [('INDIRECT_QUOTE', 'profits rose', None)]),
    ('Smith said, if elected, he would cut taxes.',
     [('INDIRECT_QUOTE', 'if elected, he would cut taxes', 'Smith')]),
    ('Smith said, when the war ended, prices fell sharply.',
     [('INDIRECT_QUOTE', 'when the war ended, prices fell sharply', 'Smith')]),
    ('Smith said, when asked, he would cut taxes.',
     [('INDIRECT_QUOTE', 'he would cut taxes', 'Smith')]),
    ('The mayor said, although the budget is tight, the city will hire more teachers.',
     [('INDIRECT_QUOTE', 'although the budget is tight, the city will hire more teachers', 'mayor')]),
    ('According to that official, intelligence showed that the attack was planned.',
     [('INDIRECT_QUOTE', 'intelligence showed that the attack was planned', 'official'), ('INDIRECT_QUOTE', 'the attack was planned', 'intelligence')]),
    ('Defense official Tom Baker spoke on Monday. According to that official, the attack was planned weeks ago.',
     [('INDIRECT_QUOTE', 'the attack was planned weeks ago', 'Tom Baker')]),
    ('According to that source, the troops would leave in May.',
     [('INDIRECT_QUOTE', 'the troops would leave in May', 'source')]),
]

GUARDS = [
    ('The mayor said taxes rose after the plant closed.',
     [('INDIRECT_QUOTE', 'taxes rose after the plant closed', 'mayor')]),
    ('Jones told reporters the team lost because the coach quit.',
     [('INDIRECT_QUOTE', 'the team lost because the coach quit', 'Jones')]),
    ('Smith said the price fell when the war ended.',
     [('INDIRECT_QUOTE', 'the price fell when the war ended', 'Smith')]),
    ('When the war ended, Smith said prices fell.',
     [('INDIRECT_QUOTE', 'prices fell', 'Smith')]),
    ('Smith said that prices fell when the war ended.',
     [('INDIRECT_QUOTE', 'prices fell when the war ended', 'Smith')]),
    ('Smith said prices fell before the war ended.',
     [('INDIRECT_QUOTE', 'prices fell before the war ended', 'Smith')]),
    ('Smith said prices fell if the war ended.',
     [('INDIRECT_QUOTE', 'prices fell if the war ended', 'Smith')]),
    ('Smith asked reporters when the war ended.',
     [('INDIRECT_QUOTE', 'when the war ended', 'Smith')]),
    ('Smith explained exactly when the war ended.',
     [('INDIRECT_QUOTE', 'when the war ended', 'Smith')]),
    ('Smith told officials when the war ended.',
     [('INDIRECT_QUOTE', 'when the war ended', 'Smith')]),
    ('He said nothing when his boss bowed.',
     []),
    ('Smith said, when asked, that prices fell sharply last year.',
     [('INDIRECT_QUOTE', 'prices fell sharply last year', 'Smith')]),
    ('Smith said, however, that he would cut taxes.',
     [('INDIRECT_QUOTE', 'he would cut taxes', 'Smith')]),
    ('According to police, records showed that the attack was planned.',
     [('INDIRECT_QUOTE', 'records showed that the attack was planned', 'police'), ('INDIRECT_QUOTE', 'the attack was planned', 'records')]),
    ('Records showed that the attack was planned.',
     [('INDIRECT_QUOTE', 'the attack was planned', 'Records')]),
    ('According to this official, the attack was planned weeks ago.',
     [('INDIRECT_QUOTE', 'the attack was planned weeks ago', 'official')]),
    ('According to that plan, the troops would leave in May.',
     []),
    ('According to that, the attack was planned weeks ago.',
     []),
    ('Court records show the company paid the fine.',
     [('INDIRECT_QUOTE', 'the company paid the fine', 'Court records')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r51_enleft18_fixes(text, expected):
    assert run(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r51_enleft18_guards(text, expected):
    assert run(text) == sorted(expected)
