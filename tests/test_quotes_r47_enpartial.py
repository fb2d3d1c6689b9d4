"""Round 47, family enpartial: partial quotations and quotations inside attributions (English): a lower-case partial
quotation closing a relative clause or apposition of the subject with the American comma inside the marks before the cue
('Trump, who calls himself "a very stable genius," said …'), and a reported clause that only frames another speaker's
direct quotation ('Smith said that Jones had told him, "The plan is dead."')."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    # a partial quotation with the comma inside the marks closes a relative clause after the subject: the cue after it
    # reported nothing (it was read as the quotation's inversion; with the comma outside the marks it worked)
    ('Trump, who calls himself "a very stable genius," said the economy was booming.',
     [(DIR, 'a very stable genius,', 'Trump'), (IND, 'the economy was booming', 'Trump')]),
    ('The senator, who described the bill as "a disaster," said it would not pass.',
     [(DIR, 'a disaster,', 'senator'), (IND, 'it would not pass', 'senator')]),
    ('The senator, who once called the bill "a disaster," said it would not pass.',
     [(DIR, 'a disaster,', 'senator'), (IND, 'it would not pass', 'senator')]),
    ('Smith, who called the ruling "deeply flawed," said he would appeal.',
     [(DIR, 'deeply flawed,', 'Smith'), (IND, 'he would appeal', 'Smith')]),
    ('Biden, who has vowed to "build back better," said the bill would pass.',
     [(DIR, 'build back better,', 'Biden'), (IND, 'the bill would pass', 'Biden')]),
    ('The company, which called the report "misleading," said it would cooperate with regulators.',
     [(DIR, 'misleading,', 'company'), (IND, 'it would cooperate with regulators', 'company')]),
    ('Officials, who described the situation as "fluid," said more troops would arrive.',
     [(DIR, 'fluid,', 'Officials'), (IND, 'more troops would arrive', 'Officials')]),
    ('Johnson, who once called the EU "a failed project," said Britain would thrive.',
     [(DIR, 'a failed project,', 'Johnson'), (IND, 'Britain would thrive', 'Johnson')]),
    ('The minister, who called the attack "cowardly and barbaric," vowed that the government would respond.',
     [(DIR, 'cowardly and barbaric,', 'minister'), (IND, 'the government would respond', 'minister')]),
    ('Trump, who has called climate change "a hoax," claimed the report was fake.',
     [(DIR, 'a hoax,', 'Trump'), (IND, 'the report was fake', 'Trump')]),
    ('The former president, who has repeatedly called the investigation "a witch hunt," said Tuesday that he would not testify.',
     [(DIR, 'a witch hunt,', 'former president'), (IND, 'he would not testify', 'former president')]),
    ('Smith, who told reporters "the plan is dead," said he would resign.',
     [(DIR, 'the plan is dead,', 'Smith'), (IND, 'he would resign', 'Smith')]),
    ('The protesters, who chanted "No justice, no peace," said they would return.',
     [(DIR, 'No justice, no peace,', 'protesters'), (IND, 'they would return', 'protesters')]),
    ('The mayor, who has called the plan "a waste of money," told reporters that the city would appeal.',
     [(DIR, 'a waste of money,', 'mayor'), (IND, 'the city would appeal', 'mayor')]),
    # a clause that only frames another speaker's quotation (its cue and an addressee before ", \"…\"" or ": \"…\"") is no
    # report (was the fragment "Jones had told him" reported by Smith)
    ('Smith said that Jones had told him, "The plan is dead."',
     [(DIR, 'The plan is dead.', 'Jones')]),
    ('Smith said that Jones had told him: "The plan is dead."',
     [(DIR, 'The plan is dead.', 'Jones')]),
    ('Smith said an aide had told her, "We are not going to win."',
     [(DIR, 'We are not going to win.', 'aide')]),
    ('She said an aide had told her: "We are not going to win."',
     [(DIR, 'We are not going to win.', 'aide')]),
    ('Smith recalled that Jones had said, "The plan is dead."',
     [(DIR, 'The plan is dead.', 'Jones')]),
    ('Smith said that Jones had asked him, "Is the plan dead?"',
     [(DIR, 'Is the plan dead?', 'Jones')]),
    ('The official said a colleague had warned him, "This will end badly."',
     [(DIR, 'This will end badly.', 'colleague')]),
    ('Smith wrote that his father once told him, "Never give up."',
     [(DIR, 'Never give up.', 'father')]),
    ('Smith told reporters that Jones had told him, "The plan is dead."',
     [(DIR, 'The plan is dead.', 'Jones')]),
    # a report that ran on over the quotation's attribution ends before it (ran on to "the Canadians said")
    ('By the way, when Senator Obama said he would unilaterally renegotiate the North American Free Trade Agreement, the Canadians said, "Yes, and we will sell our oil to China."',
     [(IND, 'he would unilaterally renegotiate the North American Free Trade Agreement', 'Obama'), (DIR, 'Yes, and we will sell our oil to China.', 'Canadians')]),
]

GUARDS = [
    # the comma outside the marks, a restrictive relative, a fronted participle, inversions and the partial quote of
    # the subject (round 46) as before; a partial or continuing quotation after a report keeps the report
    ('Trump, who calls himself "a very stable genius", said the economy was booming.',
     [(DIR, 'a very stable genius', 'Trump'), (IND, 'the economy was booming', 'Trump')]),
    ('The senator, who described the bill as "a disaster", said it would not pass.',
     [(DIR, 'a disaster', 'senator'), (IND, 'it would not pass', 'senator')]),
    ('A councillor who called the plan "a disaster" told reporters it would fail.',
     [(DIR, 'a disaster', 'councillor'), (IND, 'it would fail', 'councillor')]),
    ('A councillor who called the plan "a disaster," told reporters it would fail.',
     [(DIR, 'a disaster,', 'councillor'), (IND, 'it would fail', 'councillor')]),
    ('Calling the attack "cowardly," the minister said the government would respond.',
     [(DIR, 'cowardly,', 'minister'), (IND, 'the government would respond', 'minister')]),
    ('"We will win," said Smith, who leads the party.',
     [(DIR, 'We will win,', 'Smith')]),
    ('"We will win," Smith, who leads the party, said.',
     [(DIR, 'We will win,', 'Smith')]),
    ('The group, which calls itself "Patriots for Freedom," held a rally on Saturday.',
     []),
    ('Trump called himself "a very stable genius."',
     [(DIR, 'a very stable genius.', 'Trump')]),
    ('Smith called the plan "a disaster," saying it would hurt families.',
     [(DIR, 'a disaster,', 'Smith'), (IND, 'it would hurt families', 'Smith')]),
    ('Smith called the plan "a disaster" and said it would hurt families.',
     [(DIR, 'a disaster', 'Smith'), (IND, 'it would hurt families', 'Smith')]),
    ('Smith, who said the plan was "reckless", argued that it would fail.',
     [(IND, 'the plan was "reckless"', 'Smith'), (DIR, 'reckless', 'Smith'), (IND, 'it would fail', 'Smith')]),
    ('Smith said that Jones had told him the plan was dead.',
     [(IND, 'Jones had told him the plan was dead', 'Smith'), (IND, 'the plan was dead', 'Jones')]),
    ('He said that police warned residents to stay indoors, "for their own safety."',
     [(IND, 'police warned residents to stay indoors', None), (IND, 'to stay indoors', 'police'), (DIR, 'for their own safety.', 'police')]),
    ('He said the plan was dead, "and nobody will revive it."',
     [(IND, 'the plan was dead', None), (DIR, 'and nobody will revive it.', None)]),
    ('Smith said the plan was dead, "The votes are not there."',
     [(IND, 'the plan was dead', 'Smith'), (DIR, 'The votes are not there.', 'Smith')]),
    ('Smith told reporters that the plan was dead: "There is no way forward."',
     [(IND, 'the plan was dead', 'Smith'), (DIR, 'There is no way forward.', 'Smith')]),
    ('When the mayor said the bridge was safe, the engineers said: "It is not."',
     [(IND, 'the bridge was safe', 'mayor'), (DIR, 'It is not.', 'engineers')]),
    ('Smith said he told Jones, "The plan is dead."',
     [(DIR, 'The plan is dead.', 'Smith')]),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r47_enpartial_fixes(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r47_enpartial_guards(text, expected):
    assert run(text) == expected
