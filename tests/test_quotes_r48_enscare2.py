"""Round 48, family enscare2: English scare quotes and quoted names inside a sentence that has a speaker (a quoted word
or name between a definite determiner or a possessive and its noun, titles between commas after their noun inside a
cue's clause, slogans and works after their kind noun); real partial quotes stay."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a quoted word or name between a definite determiner or a possessive and its noun: a scare quote or a name
    # (were direct quotes of the sentence's speaker)
    ('Bolivia\'s ombudsman called on the "interim" government to withdraw the troops.',
     []),
    ('The ombudsman said the "interim" government must withdraw the troops.',
     [(IND, 'the "interim" government must withdraw the troops', 'ombudsman')]),
    ('Sanders said the "Medicare for All" plan would save money.',
     [(IND, 'the "Medicare for All" plan would save money', 'Sanders')]),
    ('Warren praised the "Medicare for All" plan at a rally in Iowa.',
     [(IND, 'Warren praised the "Medicare for All" plan at a rally in Iowa', 'Warren')]),
    ('The mayor said the "temporary" closure had lasted two years.',
     [(IND, 'the "temporary" closure had lasted two years', 'mayor')]),
    ('The governor said the state\'s "reopening" plan would begin in May.',
     [(IND, 'the state\'s "reopening" plan would begin in May', 'governor')]),
    ('The spokesman said the group\'s "peaceful" protest turned violent.',
     [(IND, 'the group\'s "peaceful" protest turned violent', 'spokesman')]),
    ('Johnson said his "oven-ready" deal would get Brexit done.',
     [(IND, 'his "oven-ready" deal would get Brexit done', 'Johnson')]),
    ('The CEO said the firm\'s "Fit for 55" targets were achievable.',
     [(IND, 'the firm\'s "Fit for 55" targets were achievable', 'CEO')]),
    ('Trump said the "fake news" media was lying.',
     [(IND, 'the "fake news" media was lying', 'Trump')]),
    ('The minister said the army\'s "humanitarian" corridors were open.',
     [(IND, 'the army\'s "humanitarian" corridors were open', 'minister')]),
    ('Police said the "Unite the Right" rally drew hundreds.',
     [(IND, 'the "Unite the Right" rally drew hundreds', 'Police')]),
    ('The group organized the "Unite the Right" rally, police said.',
     [(IND, 'The group organized the "Unite the Right" rally', 'police')]),
    ('The union said the company\'s "final" offer was unacceptable.',
     [(IND, 'the company\'s "final" offer was unacceptable', 'union')]),
    ('Smith said he had read the "so-called" report.',
     [(IND, 'he had read the "so-called" report', 'Smith')]),
    ('The official said the "deal of the century" plan would fail.',
     [(IND, 'the "deal of the century" plan would fail', 'official')]),
    ('The spokeswoman said the company\'s "zero tolerance" policy applied to all staff.',
     [(IND, 'the company\'s "zero tolerance" policy applied to all staff', 'spokeswoman')]),
    ('The governor said the "stay at home" order would be extended.',
     [(IND, 'the "stay at home" order would be extended', 'governor')]),
    ('Sanders said the "rigged" economy hurt workers.',
     [(IND, 'the "rigged" economy hurt workers', 'Sanders')]),
    ('Smith said his "Contract with America" approach had worked.',
     [(IND, 'his "Contract with America" approach had worked', 'Smith')]),
    ('The minister said Russia\'s "peacekeeping" troops would stay.',
     [(IND, 'Russia\'s "peacekeeping" troops would stay', 'minister')]),
    ('He said their "reform" package hurt the poor.',
     [(IND, 'their "reform" package hurt the poor', None)]),
    # a title in title case between commas after its noun, inside a cue's clause, the noun's verb after it
    ('Smith said the report, "A Nation at Risk," was outdated.',
     []),
    ('Smith said the article, "Jobless Become Ideological Football," was wrong.',
     []),
    ('Smith said the documentary, "The Price of Silence," premieres Friday.',
     []),
    # slogans and works after their kind noun (mantra, catchphrase, tagline, exhibition, exhibit, anthem)
    ('Obama borrowed the mantra "Yes we can" from the farm workers, Smith said.',
     [(IND, 'Obama borrowed the mantra "Yes we can" from the farm workers', 'Smith')]),
    ('The exhibition "Faces of War" opens on Friday, the museum said.',
     [(IND, 'The exhibition "Faces of War" opens on Friday', 'museum')]),
    ('The museum said the exhibit "Faces of War" would open on Friday.',
     [(IND, 'the exhibit "Faces of War" would open on Friday', 'museum')]),
    ('The band played the anthem "Land of Hope" before the match, organizers said.',
     [(IND, 'The band played the anthem "Land of Hope" before the match', 'organizers')]),
    ('The company said its tagline "Think different" had been retired.',
     [(IND, 'its tagline "Think different" had been retired', 'company')]),
    ('Smith said the campaign\'s catchphrase "Yes we can" inspired him.',
     [(IND, 'the campaign\'s catchphrase "Yes we can" inspired him', 'Smith')]),
]

GUARDS = [
    # real partial quotes: predicates, objects of a cue, no noun after the quotation
    ('Smith called the plan "a disaster."',
     [(DIR, 'a disaster.', 'Smith')]),
    ('Smith said the talks were "productive."',
     [(DIR, 'productive.', 'Smith'), (IND, 'the talks were "productive."', 'Smith')]),
    ('Jones described him as "a liar."',
     [(DIR, 'a liar.', 'Jones')]),
    ('The minister warned of "dire consequences" if the deal collapsed.',
     [(DIR, 'dire consequences', 'minister')]),
    ('Trump denounced what he called "a witch hunt."',
     [(DIR, 'a witch hunt.', 'Trump'), (IND, 'what he called "a witch hunt."', 'Trump')]),
    ('Officials said the "caravan" of migrants had reached the border.',
     [(DIR, 'caravan', 'Officials'), (IND, 'the "caravan" of migrants had reached the border', 'Officials')]),
    ('Putin said the "special military operation" was going to plan.',
     [(DIR, 'special military operation', 'Putin'), (IND, 'the "special military operation" was going to plan', 'Putin')]),
    # superlatives and predicates after a copula, "as" or a naming verb; an indefinite article
    ('Trump said NAFTA was the "worst" trade deal ever made.',
     [(DIR, 'worst', 'Trump'), (IND, 'NAFTA was the "worst" trade deal ever made', 'Trump')]),
    ('Trump said the country has the "greatest" economy in history.',
     [(DIR, 'greatest', 'Trump'), (IND, 'the country has the "greatest" economy in history', 'Trump')]),
    ('Smith called it the "biggest" scam in the state\'s history.',
     [(DIR, 'biggest', 'Smith')]),
    ('Smith called it a "dangerous" precedent.',
     [(DIR, 'dangerous', 'Smith')]),
    ('Jones said the decision set a "dangerous" precedent.',
     [(DIR, 'dangerous', 'Jones'), (IND, 'the decision set a "dangerous" precedent', 'Jones')]),
    ('The senator described the bill as the "only" option left.',
     [(DIR, 'only', 'senator')]),
    ('The minister said the plan was a "complete" failure.',
     [(DIR, 'complete', 'minister'), (IND, 'the plan was a "complete" failure', 'minister')]),
    # no noun after the quotation, or a verb after a plural scare quote
    ('Smith said his "friends" in Congress had abandoned him.',
     [(DIR, 'friends', 'Smith'), (IND, 'his "friends" in Congress had abandoned him', 'Smith')]),
    ('Smith said the "experts" say the plan will fail.',
     [(IND, 'the "experts" say the plan will fail', 'Smith'), (IND, 'the plan will fail', 'experts')]),
    ('Sessions said the administration would pursue a "zero tolerance" policy at the border.',
     [(DIR, 'zero tolerance', 'Sessions'), (IND, 'the administration would pursue a "zero tolerance" policy at the border', 'Sessions')]),
    ('The governor said residents must "stay at home" until May.',
     [(DIR, 'stay at home', 'governor'), (IND, 'residents must "stay at home" until May', 'governor')]),
    ('Sanders said the economy was "rigged."',
     [(DIR, 'rigged.', 'Sanders'), (IND, 'the economy was "rigged."', 'Sanders')]),
    ('Trump called the caravan an "invasion."',
     [(DIR, 'invasion.', 'Trump')]),
    ('The UN warned of "catastrophic" consequences if the fighting continued.',
     [(DIR, 'catastrophic', 'UN')]),
    # a cue introducing its speech after a medium noun
    ('He wrote in his book, "My mother was a saint."',
     [(DIR, 'My mother was a saint.', None)]),
    ('Smith said in his memoir, "I never wanted to be president."',
     [(DIR, 'I never wanted to be president.', 'Smith')]),
    ('He wrote in the column, "We should all ride the bus," and then he did.',
     [(DIR, 'We should all ride the bus,', None)]),
    ('Demonstrators chanted "lock her up" outside the venue, police said.',
     [(DIR, 'lock her up', 'Demonstrators'), (IND, 'Demonstrators chanted "lock her up" outside the venue', 'police')]),
    ('Clinton said half of Trump\'s supporters belonged in a "basket of deplorables."',
     [(DIR, 'basket of deplorables.', 'Clinton'), (IND, 'half of Trump\'s supporters belonged in a "basket of deplorables."', 'Clinton')]),
    ('Smith said he would "fight like hell" for the bill.',
     [(DIR, 'fight like hell', 'Smith'), (IND, 'he would "fight like hell" for the bill', 'Smith')]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r48_enscare2(text, expected):
    assert sorted(run(text)) == sorted(expected)
