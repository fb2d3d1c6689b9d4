"""Round 49, family auditnews6: English shapes from a news audit (probe sentences written for this round): the idiom
"depending on who you ask" and the elided standard of a comparison ("as good as the hosts hoped it would be") are no
reports; a single case or a debt a company or an agency reports is a figure, no speech; consent to a thing ("would
agree to a meeting") is no cue and takes no quotation before it; a capitalised modifier inside an addressee ("told
visiting Ukrainian officials they …") is the addressee's; a he/she after a sentence opening "Yet/But <name>" is that
name; a coordinated predicate inside a bracket takes the bracket's subject, and a content clause opened inside a
bracket ends where the bracket closes; a report inside a fronted "as soon as"/"as long as" clause ends at its comma; a plural head with a present-tense "that" relative ("Buyers that need the big
model know that …") is the speaker."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('Tesla is betting on batteries, which, depending on who you ask in the industry, is seen as the future or a fad.',
     []),
    ('The law is either fair or cruel, depending on who you ask.',
     []),
    ('The fair was neither as bad as the critics thought it would be, nor as good as the hosts hoped it would be.',
     []),
    ('The storm was not as strong as forecasters predicted it would be.',
     []),
    ('But the company also reported long-term debt of more than $700 million.',
     []),
    ('The state health agency reported its fourth case of measles on Monday after two other cases were confirmed.',
     []),
    ('He told visiting Ukrainian officials they would need to wait before the deal would be signed.',
     [(IND, 'they would need to wait before the deal would be signed', None)]),
    ('She told senior Democratic senators the bill would pass.',
     [(IND, 'the bill would pass', None)]),
    ('Mayor Tom Lane told visiting officials they would need to “deliver” before the council would agree to a meeting.',
     [(IND, 'they would need to “deliver” before the council would agree to a meeting', 'Tom Lane'),
      (DIR, 'deliver', 'Tom Lane')]),
    ('Mayor Tom Lane is likely to face questions.\n\nLane, a wealthy grocer the governor picked as his deputy, is more '
     'involved than anyone in the effort to audit rival Joe Biden and others. Yet Lane has already amended his story '
     'once — “I now do remember,” he said, referring to the call.',
     [(DIR, 'I now do remember,', 'Tom Lane')]),
    ('Mayor Tom Lane is likely to face questions.\n\nLane is more involved than anyone in the effort to audit rival Joe '
     'Biden. Yet Lane has already amended his story once. “I now do remember,” he said.',
     [(DIR, 'I now do remember,', 'Tom Lane')]),
    ('Chief executive Mark Reed has said he expects savings. Earlier this year, Acme reportedly cut more than 60 jobs '
     '(the company would not give the number but called it “immaterial”) and Beta cut more.',
     [(IND, 'he expects savings', 'Mark Reed'), (DIR, 'immaterial', 'company')]),
    ('Acme cut jobs (the firm would not give the number but said it was small) and Beta cut more.',
     [(IND, 'it was small', 'firm')]),
    ('Acme cut jobs (the company said it was small) and Beta cut more.',
     [(IND, 'it was small', 'company')]),
    ('Those buyers that need the big model probably already know that they need to wait.',
     [(IND, 'they need to wait', 'buyers')]),
    ('Acme cut jobs (the company said it was “immaterial”).',
     [(IND, 'it was “immaterial”', 'company'), (DIR, 'immaterial', 'company')]),
    ('Mayor Tom Lane spoke. Rival Joe Biden won. But Lane has already amended his story once — “I now do remember,” '
     'he said.',
     [(DIR, 'I now do remember,', 'Tom Lane')]),
    ('As soon as he said that the deal was off, shares fell.',
     [(IND, 'the deal was off', None)]),
    ('As long as the mayor says that taxes will not rise, voters will back him.',
     [(IND, 'taxes will not rise', 'mayor')]),
]

GUARDS = [
    ('Smith said that as soon as the deal was off, shares fell.',
     [(IND, 'as soon as the deal was off, shares fell', 'Smith')]),
    ('When he said that the deal was off, shares fell.',
     [(IND, 'the deal was off', None)]),
    ('Ask anyone in town, and they will tell you the mayor is honest.',
     [(IND, 'the mayor is honest', None)]),
    ('The show was as bad as Smith said the reviews were.',
     [(IND, 'the reviews were', 'Smith')]),
    ('Smith said the storm was not as strong as he had feared.',
     [(IND, 'the storm was not as strong as he had feared', 'Smith')]),
    ('The agency reported that a case of measles had been found.',
     [(IND, 'a case of measles had been found', 'agency')]),
    ('The company reported a drop in profit.',
     [(IND, 'The company reported a drop in profit', 'company')]),
    ('He told Chinese officials they would need to wait.',
     [(IND, 'they would need to wait', None)]),
    ('She told the farmers China would buy more soy.',
     [(IND, 'China would buy more soy', None)]),
    ('She told visiting officials that the deal was off.',
     [(IND, 'the deal was off', None)]),
    ('Smith agreed that the plan was fair.',
     [(IND, 'the plan was fair', 'Smith')]),
    ('The union agreed to return to work, its leader said.',
     [(IND, 'The union agreed to return to work', 'leader')]),
    ('Smith closed the plant and said it was old.',
     [(IND, 'it was old', 'Smith')]),
    ('Acme said the plan (which was new) would work.',
     [(IND, 'the plan (which was new) would work', 'Acme')]),
    ('People who own the old model say that it is fine.',
     [(IND, 'it is fine', 'People')]),
    ('Officials said the contracts that cover the workers expire soon.',
     [(IND, 'the contracts that cover the workers expire soon', 'Officials')]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_auditnews6(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert run(text) == expected
