"""Round 49, family auditnews3: gaps found reading 20 more real English news articles (scrapinghub DEV text, pages
40-59, no quote gold): a relative clause on a light verb's noun ("issued a statement that appeared to …", its verb right
after "that") is no reported clause; "citing" after a narrated act of a named or described agent names no source of that
clause ("The senator then turned to …, citing an audit"); a short participle postmodifier ("Researchers using a telescope
in Chile said") keeps its head as the speaker; a quotation right before a noun it names ('the "Drive Sober. Arrive
Alive." campaign') is no quote, whatever it ends in; "it" after "X is one of the companies …" / "X is a … startup" is that
company; a described subject's coordinated cue after one comma ("The mayor visited the site, and confirmed that …")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('On Monday, the company issued a statement that appeared to settle the dispute with the union.',
     [(IND, 'On Monday, the company issued a statement that appeared to settle the dispute with the union', 'company')]),
    ('Police issued a warning that went unheeded by drivers.',
     [(IND, 'Police issued a warning that went unheeded by drivers', 'Police')]),
    ('The senator then turned to the question of funding, citing a recent audit and a newspaper column.',
     []),
    ("“We need more rockets,” Robert Aderholt said. Aderholt then turned to the issue of smaller rockets, citing Smith's past testimony.",
     [(DIR, 'We need more rockets,', 'Robert Aderholt')]),
    ('The head of the agency later dropped the plan, citing a report by the auditor.',
     []),
    ('Researchers using a telescope in Chile said the comet is breaking apart.',
     [(IND, 'the comet is breaking apart', 'Researchers using a telescope in Chile')]),
    ('Scientists using a radar dish near Green Bank have confirmed the presence of ice on the moon.',
     [(IND, 'Scientists using a radar dish near Green Bank have confirmed the presence of ice on the moon', 'Scientists using a radar dish near Green Bank')]),
    ('Families suing the city said the payout was too small.',
     [(IND, 'the payout was too small', 'Families suing the city')]),
    ("The state's new “Drive Sober. Arrive Alive.” campaign launched on Monday.",
     []),
    ('While the “Stop the Steal. Count every vote.” campaign did not appeal to her, she said she liked it.',
     [(IND, 'she liked it', None)]),
    ("The group's “Buy local, eat fresh and save money” slogan drew praise.",
     []),
    ('“We are waiting,” Jim Bridenstine said. Acme is a Seattle-based startup. It said it submitted a proposal.',
     [(DIR, 'We are waiting,', 'Jim Bridenstine'), (IND, 'it submitted a proposal', 'Acme')]),
    ('“We are waiting,” Ann Lee said. Velto is one of the companies bidding on the program. In a statement released Monday, it said it had submitted a proposal.',
     [(DIR, 'We are waiting,', 'Ann Lee'), (IND, 'it had submitted a proposal', 'Velto')]),
    ('The mayor visited the site, and confirmed that the bridge would reopen.',
     [(IND, 'the bridge would reopen', 'mayor')]),
    ('The company opened a new plant, and said that sales would rise.',
     [(IND, 'sales would rise', 'company')]),
]

GUARDS = [
    ('The company issued a statement that the plant would close.',
     [(IND, 'the plant would close', 'company')]),
    ('He expressed his confidence that the deal would pass.',
     [(IND, 'the deal would pass', None)]),
    ('The company issued a statement on Monday.',
     [(IND, 'The company issued a statement on Monday', 'company')]),
    ('The talks collapsed on Friday, citing two officials.',
     [(IND, 'The talks collapsed on Friday', 'two officials')]),
    ('Prices rose sharply last month, Reuters reported, citing two sources.',
     [(IND, 'Prices rose sharply last month', 'Reuters')]),
    ('The company plans to cut 500 jobs, citing people familiar with the matter.',
     [(IND, 'The company plans to cut 500 jobs', 'people familiar with the matter')]),
    ('Citing two officials, the newspaper reported that the talks failed.',
     [(IND, 'the talks failed', 'newspaper')]),
    ('Doctors working at a hospital in Boston said the patient was stable.',
     [(IND, 'the patient was stable', 'Doctors working at a hospital in Boston')]),
    ('She said, “The campaign is over and we lost.”',
     [(DIR, 'The campaign is over and we lost.', None)]),
    ('“We will win this fight,” campaign manager Joe Smith said.',
     [(DIR, 'We will win this fight,', 'Joe Smith')]),
    ("The governor said the state's campaign “is working” and would continue.",
     [(IND, "the state's campaign “is working” and would continue", 'governor')]),
    ('“We are waiting,” Jim Bridenstine said. Tuesday is a big day for the company. It said it submitted a proposal.',
     [(DIR, 'We are waiting,', 'Jim Bridenstine'), (IND, 'it submitted a proposal', None)]),
    ('The weather turned cold, and said that sales would rise.',
     []),
    ('Smith visited the site and said that the bridge would reopen.',
     [(IND, 'the bridge would reopen', 'Smith')]),
    ('The mayor visited the site, the governor arrived, and confirmed that the bridge would reopen.',
     []),
]


@pytest.mark.parametrize("text,expected", FIXES)
def test_r49_auditnews3_fixes(text, expected):
    assert sorted(run(text)) == sorted(expected)


@pytest.mark.parametrize("text,expected", GUARDS)
def test_r49_auditnews3_guards(text, expected):
    assert sorted(run(text)) == sorted(expected)
