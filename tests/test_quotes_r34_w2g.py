"""Round 34, helper w2g (English news on the 2024 US campaign and Congress): a belief verb ("think", "thinks",
"thought") reports a bare clause after a third-person subject, as "believe" already did; a fronted adverbial clause
("After X said …, Y …") reports up to its comma when a plain main clause follows, and its subordinator is no part of
the speaker's name, nor is a floating "both"/"all" after the subject; the noun of "according to a … report" is no cue; "a … swing state that …" is no report of the
state's; "concluded" before a time word or a preposition ends an event, it finds nothing; "They claim …" opening a
sentence is a verb."""

import pytest

from tests.test_quotes import quotes, run
from tests.test_quotes import test_en_news_attribution_table as en_table  # alias: not collected twice


@pytest.mark.parametrize(("text", "expected"), [
    # a belief with a bare clause after a third-person subject (was: no quote, "think" needed "that")
    ("Most Senate Republicans think the spending bill will pass before Friday.",
     [("the spending bill will pass before Friday", "INDIRECT_QUOTE", "Most Senate Republicans")]),
    ("Campaign aides thought the governor had won the debate easily.",
     [("the governor had won the debate easily", "INDIRECT_QUOTE", "Campaign aides")]),
    ("Several House Democrats thought the vote should be delayed.",
     [("the vote should be delayed", "INDIRECT_QUOTE", "Several House Democrats")]),
    ("Pollsters in Nevada thought turnout would fall below 60 percent.",
     [("turnout would fall below 60 percent", "INDIRECT_QUOTE", "Pollsters in Nevada")]),
    # a fronted adverbial clause reports up to its comma (was: the main clause ran into the content)
    ("After Governor Ellen Price announced that the bridge would close, commuters flooded the ferry terminals.",
     [("the bridge would close", "INDIRECT_QUOTE", "Ellen Price")]),
    ("While Mayor Tom Keller said the tunnel was safe, engineers disagreed.",
     [("the tunnel was safe", "INDIRECT_QUOTE", "Tom Keller")]),
    ("Because the chairman said the hearing was over, reporters left the room.",
     [("the hearing was over", "INDIRECT_QUOTE", "chairman")]),
    # the subordinator is no part of the name (was "Although Okafor")
    ("Although Okafor insisted that the vote was fair, the board ordered a recount.",
     [("the vote was fair", "INDIRECT_QUOTE", "Okafor")]),
    ("After Senator Maria Lopez told reporters that the deal was done, the chamber adjourned for the night.",
     [("the deal was done", "INDIRECT_QUOTE", "Maria Lopez")]),
    # "according to a … report": the noun is the source, not a cue (was the speaker "according to a new Gallup")
    ("Turnout fell sharply in the suburbs, according to a new Gallup report.",
     [("Turnout fell sharply in the suburbs", "INDIRECT_QUOTE", "new Gallup report")]),
    # a floating quantifier after the subject is no part of it (was "Perez and Lindqvist both", "governors all")
    ("Perez and Lindqvist both said the pipeline deal was unfair to farmers.",
     [("the pipeline deal was unfair to farmers", "INDIRECT_QUOTE", "Perez and Lindqvist")]),
    ("The three governors all said the storm aid had arrived too late.",
     [("the storm aid had arrived too late", "INDIRECT_QUOTE", "three governors")]),
    # "They claim" opening the sentence is a verb (was: no quote)
    ("They claim the new tariffs will lower grocery prices.",
     [("the new tariffs will lower grocery prices", "INDIRECT_QUOTE", None)]),
])
def test_en_round34_w2g(text, expected):
    en_table(text, expected)


@pytest.mark.parametrize(("text", "expected"), [
    # no report: a swing state's relative clause (was "both parties hope to win" reported by "a key swing")
    ("The senator campaigned in Nevada, a key swing state that both parties hope to win.", []),
    ("Walz held a rally in Michigan, a crucial battleground state that Biden carried in 2020.", []),
    # an event ended, nobody concluded anything (was the quotation's speaker "The rally")
    ("The rally concluded minutes before the senator flew home to “take a breath” after the long week.", []),
])
def test_en_round34_w2g_no_report(text, expected):
    assert [q.text for q in quotes(run(text, lang="en"))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # guards: questions, first person, "to think", free relatives and conditions stay unreported
    ("Do voters really think the economy is improving?", []),
    ("I think the bill is dead.", []),
    ("Voters want to know what they think the bill should include.", []),
    ("If the senators think the deal is fair, they will vote for it.", []),
    ("Republicans think about the bill every day.", []),
    # "that" still opens a belief's content; a finding after a time word still reports
    ("Many Democrats think that the race is tied.", ["the race is tied"]),
    ("The inquiry concluded on Friday that the police had acted lawfully.", ["the police had acted lawfully"]),
    # an adverbial opener whose content has no verb before the comma is left as it was
    ("When the platform says that from here on out, we will hold hearings, the party is split.",
     None),
])
def test_en_round34_w2g_guards(text, expected):
    got = [q.text for q in quotes(run(text, lang="en"))]
    if expected is not None:
        assert got == expected
