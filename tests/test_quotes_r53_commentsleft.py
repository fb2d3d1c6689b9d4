"""Round 53, family commentsleft: English leftovers of the round-53 reader-comment audit (probe sentences written for
this round, run as comments). A quotation inside a content no longer stops round 52's own-predicate rule ('said 2023
would be the "year of efficiency" and he meant it' took the commenter's "and he meant it"), and a quotation closing
right before "while" and a participle ends the content ('says it's "investing in the future" while firing 12,000
people'). A lower-case question after a full stop ("… already too late. which is it?") is no part of the content.
Guards: a "?" that ends a question about a report stays in its content (rounds 47/48: "Why did the mayor say the road
was safe …?"); a subject pronoun after "that" before a partial quotation stays out as without "that" (round 41's 'Trump
said he "alone can fix it."', round 53 auditnonwire's 'Hobbs said on Friday that she "will not accept a deal."');
"As you say, …" and "as you said …" after a handle report nothing (round 48's comment convention)."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

DIR, IND = "DIRECT_QUOTE", "INDIRECT_QUOTE"

FIXES = [
    # (2) the commenter's own words after a quotation inside the content
    ('Zuckerberg said 2023 would be the "year of efficiency" and he meant it.',
     [(IND, '2023 would be the "year of efficiency"', 'Zuckerberg'), (DIR, 'year of efficiency', 'Zuckerberg')]),
    ('The governor says the tax will "help families" but she raised it twice.',
     [(IND, 'the tax will "help families"', 'governor'), (DIR, 'help families', 'governor')]),
    ('So the company says it\'s "investing in the future" while firing 12,000 people.',
     [(IND, 'it\'s "investing in the future"', 'company'), (DIR, 'investing in the future', 'company')]),
    ('The senator says the bill is "a disaster" while voting for it anyway.',
     [(IND, 'the bill is "a disaster"', 'senator'), (DIR, 'a disaster', 'senator')]),
    # (5) a lower-case question after a full stop
    ('One expert says it is fine, another says it is already too late. which is it?',
     [(IND, 'it is fine, another says it is already too late', 'One expert'),
      (IND, 'it is already too late', 'another expert')]),
    ('The mayor claims the bridge is safe. why is it closed then?',
     [(IND, 'the bridge is safe', 'mayor')]),
]

GUARDS = [
    # (1) without "that" the pronoun stays out (round 41); a noun subject as before
    ('Trump said he "alone can fix it."', [(DIR, 'alone can fix it.', 'Trump')]),
    ('The company said it "remains committed to safety."', [(DIR, 'remains committed to safety.', 'company')]),
    ('Her publicist said in a statement that she "remains confident in the process."',
     [(DIR, 'remains confident in the process.', 'publicist')]),
    ('Union leaders said that workers "deserved better."',
     [(IND, 'workers "deserved better."', 'Union leaders'), (DIR, 'deserved better.', 'Union leaders')]),
    ('The coach said that he was "very proud" of the team.',
     [(IND, 'he was "very proud" of the team', 'coach'), (DIR, 'very proud', 'coach')]),
    ('The mayor said that the "Neighborhoods First" plan was dead.',
     [(IND, 'the "Neighborhoods First" plan was dead', 'mayor')]),
    # (2) a past first verb coordinates its clause; a clause after "while"; no quotation; "and that" reports on
    ('The governor said the cuts were "painful but necessary" and she stood by them.',
     [(IND, 'the cuts were "painful but necessary" and she stood by them', 'governor'),
      (DIR, 'painful but necessary', 'governor')]),
    ('The mayor said the plan would help families while the budget shrinks.',
     [(IND, 'the plan would help families while the budget shrinks', 'mayor')]),
    ('The firm says it is investing in the future while cutting costs.',
     [(IND, 'it is investing in the future while cutting costs', 'firm')]),
    ('She said it was "a mistake" and that she regretted it.',
     [(IND, 'it was "a mistake" and that she regretted it', None), (DIR, 'a mistake', None)]),
    ('He said the deal would be "dead" and prices would rise.',
     [(IND, 'the deal would be "dead" and prices would rise', None), (DIR, 'dead', None)]),
    # (3) the "?" of a question about a report stays in its content (the older convention)
    ("So the tabloids say she's broke now?", [(IND, "she's broke now?", 'tabloids')]),
    ('Why did the mayor say the road was safe?', [(IND, 'the road was safe?', 'mayor')]),
    # (4) the addressee's as-clause reports nothing in comments (round 48); "As I said" reports
    ('@Priya_dev as you said yesterday, nobody is safe.', []),
    ('As you say, nobody is safe.', []),
    ('As I said, nobody is safe.', [(IND, 'nobody is safe', 'I')]),
    # (5) a capitalised question is its own sentence; a lower-case clause that is no question stays
    ('The mayor claims the bridge is safe. Why is it closed then?', [(IND, 'the bridge is safe', 'mayor')]),
    ('The report says costs rose 3 p.m. which is late.', [(IND, 'costs rose 3 p.m. which is late', 'report')]),
]


def _comment_quotes(text):
    return quotes_of(text, "en", kind="comment", with_label=True)


@pytest.mark.parametrize(("text", "expected"), FIXES)
def test_r53_commentsleft_fixes(text, expected):
    assert _comment_quotes(text) == expected


@pytest.mark.parametrize(("text", "expected"), GUARDS)
def test_r53_commentsleft_guards(text, expected):
    assert _comment_quotes(text) == expected
