"""Round 52, family seedleft: leftovers of the seed-domain audit. An organisation's description ("the organization",
"the group", "the association", "the coalition") after a sentence whose subject is an acronym ("The AHCA dismissed the
criticism. "…," the organization said" was "organization"), never a country; a fronted adverbial before "the ROLE of
the ORG, Name," ("On Sunday, the principal of the St. Gregory School, Maral Boyajian, said …" gave nothing; "During
the banquet, …, announced the creation of the fund" had the speaker "creation of the …"); a theme after "the theme
of", "themed", "the theme", "the banner" is no direct quote; a speech act in a "whose" clause is that clause ("…, whose
president, Lena Arslanian, pledged $50,000" took in the main clause); a quoted sentence listed after "including"/"such
as"/"among them" before a trailing cue is the report, the clause before it no indirect quote."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # (a) an organisation's description after an acronym subject
    ('The AHCA dismissed the criticism. "Peace cannot be built on ruins," the organization said in a statement. '
     '"We will keep working."',
     [(DIR, 'Peace cannot be built on ruins,', 'AHCA'), (DIR, 'We will keep working.', 'AHCA')]),
    ('AHCA dismissed the criticism. "Peace cannot be built on ruins," the organization said.',
     [(DIR, 'Peace cannot be built on ruins,', 'AHCA')]),
    ('The ANCA dismissed the criticism. "Peace cannot be built on ruins," the group said.',
     [(DIR, 'Peace cannot be built on ruins,', 'ANCA')]),
    ('The ANCA welcomed the vote. The organization said the bill was overdue.',
     [(IND, 'the bill was overdue', 'ANCA')]),
    ('The Armenian Bar Association welcomed the vote. "It is overdue," the association said.',
     [(DIR, 'It is overdue,', 'Armenian Bar Association')]),
    # never a country
    ('Armenia dismissed the criticism. "It is overdue," the organization said.',
     [(DIR, 'It is overdue,', 'organization')]),
    # (b) a fronted adverbial before a role of an organisation with "St." and the name in apposition
    ('On Sunday, the principal of the St. Gregory School, Maral Boyajian, said the school would expand.',
     [(IND, 'the school would expand', 'Maral Boyajian')]),
    ('On Sunday, the pastor of the St. Mary Church, John Avakian, said the roof would be repaired.',
     [(IND, 'the roof would be repaired', 'John Avakian')]),
    ('During the banquet, the principal of the St. Gregory Day School, Maral Boyajian, announced the creation of the '
     'Hagop Memorial Fund.',
     [(IND, 'During the banquet, the principal of the St. Gregory Day School, Maral Boyajian, announced the creation of '
            'the Hagop Memorial Fund', 'Maral Boyajian')]),
    ('In June, the head of the Dr. King Academy, Ani Hovsepian, said classes would resume.',
     [(IND, 'classes would resume', 'Ani Hovsepian')]),
    # (c) themes and banners
    ('Archbishop Hovnan Derderian delivered a sermon on the theme of "faith passed from generation to generation."',
     []),
    ('The evening, themed "a century of survival and renewal," drew 300 guests.',
     []),
    ('The conference focused on the theme "a century of survival and renewal."',
     []),
    ('The festival ran under the banner "we are our mountains."',
     []),
    ('The gala was held under the motto of "never forget, never give up, never stop hoping."',
     []),
    # (d) a speech act in a "whose" clause
    ('Other donors included the Arslanian Foundation, whose president, Lena Arslanian, pledged an additional $50,000.',
     [(IND, 'whose president, Lena Arslanian, pledged an additional $50,000', 'Lena Arslanian')]),
    ('The Arslanian Foundation, whose president pledged $50,000, was thanked.',
     [(IND, 'whose president pledged $50,000', 'Arslanian Foundation')]),
    ('Smith, whose lawyer denied the charges, was freed.',
     [(IND, 'whose lawyer denied the charges', 'lawyer')]),
    # (e) a quoted sentence listed before a trailing cue
    ("He listed demands, including 'Stop the war now,' he said.",
     [(DIR, 'Stop the war now,', None)]),
    ('He listed demands, including "Stop the war now," he said.',
     [(DIR, 'Stop the war now,', None)]),
    ('The crowd chanted slogans, among them "Stop the war now," she said.',
     [(DIR, 'Stop the war now,', None)]),
    ('He listed demands, such as "End the blockade," the spokesman said.',
     [(DIR, 'End the blockade,', 'spokesman')]),
]

GUARDS = [
    ('The FBI opened an inquiry. "We are looking," the company said.',
     [(DIR, 'We are looking,', 'company')]),
    ('The Armenian Assembly of America dismissed the criticism. "Peace cannot be built on ruins," the group said.',
     [(DIR, 'Peace cannot be built on ruins,', 'Armenian Assembly of America')]),
    ('John Smith of the ANCA dismissed the criticism. "Peace cannot be built on ruins," the organization said.',
     [(DIR, 'Peace cannot be built on ruins,', 'organization')]),
    ('The principal of the St. Gregory School, Maral Boyajian, said the school would expand.',
     [(IND, 'the school would expand', 'Maral Boyajian')]),
    ('On Sunday, the principal of the Gregory School, Maral Boyajian, said the school would expand.',
     [(IND, 'the school would expand', 'Maral Boyajian')]),
    ('Maral Boyajian announced the creation of the fund.',
     [(IND, 'Maral Boyajian announced the creation of the fund', 'Maral Boyajian')]),
    ('He spoke of "a new era of peace."',
     [(DIR, 'a new era of peace.', None)]),
    ('The bishop spoke on the theme of faith. "We must never forget," he said.',
     [(DIR, 'We must never forget,', 'bishop')]),
    ('Lena Arslanian, whose foundation gave $5, pledged more money.',
     [(IND, 'Lena Arslanian, whose foundation gave $5, pledged more money', 'Lena Arslanian')]),
    ('Smith, whose lawyer said he was innocent, was freed.',
     [(IND, 'he was innocent', 'lawyer')]),
    ('Other donors included the Arslanian Foundation, whose president, Lena Arslanian, said the gift was a duty.',
     [(IND, 'the gift was a duty', 'Lena Arslanian')]),
    ('Assange, who denies the accusation, has avoided extradition.',
     [(IND, 'who denies the accusation', 'Assange')]),
    ('He is tired of the "endless war," he said.',
     [(IND, 'He is tired of the "endless war,"', None), (DIR, 'endless war,', None)]),
    ('He listed demands, including an end to "the war," he said.',
     [(IND, 'He listed demands, including an end to "the war,"', None), (DIR, 'the war,', None)]),
    ('The war must stop, he said.',
     [(IND, 'The war must stop', None)]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r52_seedleft_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r52_seedleft_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
