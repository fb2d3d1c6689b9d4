"""Round 47, family ennothat: English reported content without "that" after a cue verb (signaled, hinted, joked,
speculated, bragged; a worry with a third-person subject; a sentence-opening plural before a base-form noun-like cue,
"Economists estimate …"; "signals"/"hints" after a singular subject), and the guards where the verb takes an object
noun phrase or a preposition instead ("He signaled his approval.", "They feared the worst.", "He worried about money.")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"

FIXES = [
    # signal / hint / joke / speculate / brag with a clause without "that" (reported nothing)
    ('Ryan signaled he would not campaign with Trump.',
     [(IND, 'he would not campaign with Trump', 'Ryan')]),
    ('Trump hinted he might not accept the results.',
     [(IND, 'he might not accept the results', 'Trump')]),
    ('Many Democrats worry the party has lost touch with working voters.',
     [(IND, 'the party has lost touch with working voters', 'Many Democrats')]),
    ('The senator signaled he would vote against the bill.',
     [(IND, 'he would vote against the bill', 'senator')]),
    ('The governor has signaled he will sign the bill.',
     [(IND, 'he will sign the bill', 'governor')]),
    ('The chairman had hinted the company might be sold.',
     [(IND, 'the company might be sold', 'chairman')]),
    ('The governor signalled she would veto the bill.',
     [(IND, 'she would veto the bill', 'governor')]),
    ('They signaled they were open to talks.',
     [(IND, 'they were open to talks', None)]),
    ('He hinted there would be more announcements.',
     [(IND, 'there would be more announcements', None)]),
    ('The Fed has signaled it will keep rates high.',
     [(IND, 'it will keep rates high', 'Fed')]),
    ('Powell hinted rates could fall later this year.',
     [(IND, 'rates could fall later this year', 'Powell')]),
    ('The chairman signals the board will approve the deal.',
     [(IND, 'the board will approve the deal', 'chairman')]),
    ('He hints he may run again.',
     [(IND, 'he may run again', None)]),
    ('Obama joked he had finally found a job.',
     [(IND, 'he had finally found a job', 'Obama')]),
    ('Smith joked the weather was better in Florida.',
     [(IND, 'the weather was better in Florida', 'Smith')]),
    ('He speculated the virus came from a lab.',
     [(IND, 'the virus came from a lab', None)]),
    ('Trump bragged his rallies were bigger.',
     [(IND, 'his rallies were bigger', 'Trump')]),
    ('Voters worry inflation will keep rising.',
     [(IND, 'inflation will keep rising', 'Voters')]),
    ('She worries the deal will collapse.',
     [(IND, 'the deal will collapse', None)]),
    ('He worries nobody will show up.',
     [(IND, 'nobody will show up', None)]),
    ('Critics worry the plan will fail.',
     [(IND, 'the plan will fail', 'Critics')]),
    ('Economists estimate the war will cost $50 billion.',
     [(IND, 'the war will cost $50 billion', 'Economists')]),
    # a base form with a noun object and a preposition: no clause (was 'the cost at $50 billion')
    ('Some economists estimate the cost at $50 billion.',
     []),
]

GUARDS = [
    ('He signaled his approval.',
     []),
    ('The central bank signaled a pause in rate hikes.',
     []),
    ('The company signaled its intention to sell.',
     []),
    ('She predicted a victory.',
     []),
    ('They feared the worst.',
     []),
    ('They fear the worst.',
     []),
    ('He admitted the mistake.',
     []),
    ('He worried about money.',
     []),
    ('Parents worry about their children.',
     []),
    ('They worry a lot.',
     []),
    ('I worry the country is divided.',
     []),
    ('Why do they worry the plan will fail?',
     []),
    ('He hinted at a run for president.',
     []),
    ('She hinted her departure.',
     []),
    ('Obama joked about his age.',
     []),
    ('She joked her way through the speech.',
     []),
    ('He bragged about his wealth.',
     []),
    ('The chairman signals support for the deal.',
     []),
    ('Mixed signals from the Fed worried investors.',
     []),
    ('Experts predict a recession.',
     []),
    ('Experts predict prices will rise.',
     [(IND, 'prices will rise', 'Experts')]),
    ('Some economists estimate the war will cost $50 billion.',
     [(IND, 'the war will cost $50 billion', 'Some economists')]),
    ('Officials estimated the damage at $2 million.',
     []),
    ('Republicans fear Democrats will raise taxes.',
     [(IND, 'Democrats will raise taxes', 'Republicans')]),
    ('Trump insisted he had won the election.',
     [(IND, 'he had won the election', 'Trump')]),
]


@pytest.mark.parametrize("text,expected", FIXES + GUARDS)
def test_r47_ennothat(text, expected):
    assert sorted(run(text)) == sorted(expected)
