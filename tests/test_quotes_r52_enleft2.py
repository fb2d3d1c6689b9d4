"""Round 52, family enleft2: English leftovers of the round's audits, rows written as our own sentences. "A startup called
Acme unveiled …. The company said" is Acme's, and "the company" with no fitting name in the sentence before goes to the
latest company named with its suffix ("Lumora Inc … the company said") when no other fitting name stands between; an
expletive "it" is no speaker, the subject of "It's shameful for X to …" is X; a retort's CUE takes its particle ("shot
back", "snapped back"); a quotation right after the object of "wishing"/"thanked … for"/"congratulated … on" is the
subject's words; a currency or percent sign inside an amount ends no bare clause's subject ("said fines of more than $500
would be issued")."""

from __future__ import annotations

import pytest

from tests.quote_cases import quotes_of

IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


def cues(text: str) -> list[str]:
    return [q[0] for q in quotes_of(text, "en", labels=("CUE",))]


FIXES = [
    # (a) a company's noun and its name after "called"/"named" in the subject before (was "company"/"firm")
    ("A startup called Acme unveiled a phone on Monday. The company said it would ship in May.",
     [(IND, "it would ship in May", "Acme")]),
    ("A small tech firm named Brightline filed for bankruptcy. The firm said its debts had grown.",
     [(IND, "its debts had grown", "Brightline")]),
    ("A bank called Norbank cut rates. The bank said profits fell.", [(IND, "profits fell", "Norbank")]),
    # (a) a company with its suffix paragraphs before, a person and a product's name between (was "company")
    ("Lumora Inc on Tuesday unveiled a tablet.\n\nChief Executive Dan Kessler walked on stage to loud cheers.\n\n"
     "The device, called the Lumora Fold, will go on sale in May, the company said.",
     [(IND, "The device, called the Lumora Fold, will go on sale in May", "Lumora Inc")]),
    ("Acme Corp opened a plant in Ohio. Workers cheered. Prices for the new model will start at $20,000, the company said.",
     [(IND, "Prices for the new model will start at $20,000", "Acme Corp")]),
    # (b) an expletive "it" is no speaker; the subject of "for X to …" is (was "It")
    ("It's shameful for MSW to engage in grandstanding by suggesting that Trump is a traitor.",
     [(IND, "Trump is a traitor", "MSW")]),
    ("It is time for the senator to stop misleading voters by claiming that the bill is dead.",
     [(IND, "the bill is dead", "senator")]),
    # (d) a quotation after the object of a wish, thanks or congratulations (was no speaker)
    ('Benfica thanked Duarte in a post on social media, wishing him "all the best in England."',
     [(DIR, "all the best in England.", "Benfica")]),
    ('The club thanked its fans for "an unforgettable decade together."',
     [(DIR, "an unforgettable decade together.", "club")]),
    ('The mayor congratulated the team on "a truly historic season."', [(DIR, "a truly historic season.", "mayor")]),
    # (e) a currency or percent sign inside the subject's amount (reported nothing)
    ("Police said fines of more than $500 would be issued.", [(IND, "fines of more than $500 would be issued", "Police")]),
    ("He said fines of $500 would be issued.", [(IND, "fines of $500 would be issued", None)]),
]

GUARDS = [
    # (a) a product's name after "called" is no company; another company between leaves the nearer one
    ("Acme unveiled a phone called Nova on Monday. The company said it would ship in May.",
     [(IND, "it would ship in May", "Acme")]),
    ("A man called Smith robbed a bank. The company said losses were small.", [(IND, "losses were small", "company")]),
    ("Acme Corp opened a plant in Ohio. Rival Zento Motors cut prices. Prices will rise, the company said.",
     [(IND, "Prices will rise", "Zento Motors")]),
    ("Acme Corp opened a plant in Ohio. Workers cheered. Prices will rise, the agency said.",
     [(IND, "Prices will rise", "agency")]),
    # (b) a referential "it" before a comma keeps its reading; a plain subject stays the subject
    ("The bank raised its outlook, forecasting that growth would pick up.", [(IND, "growth would pick up", "bank")]),
    # (d) no quotation, a scare quote, or a clause after the wish is no report
    ("She wished him luck.", []),
    ('They thanked the "heroes" of the night.', []),
    ('I wish twitter had a "stalk this now" button', []),
    ('She wished the team had a "plan for the second half" ready.', []),
    # (e) amounts that were read already (a percent sign after an approximator's number, a short subject)
    ("The mayor said a fee of $40 was charged.", [(IND, "a fee of $40 was charged", "mayor")]),
    ("Officials said as many as 30% of voters were undecided.",
     [(IND, "as many as 30% of voters were undecided", "Officials")]),
    ("The agency said gusts of up to 50 mph were expected.", [(IND, "gusts of up to 50 mph were expected", "agency")]),
    # (f) a hypothetical inner quotation keeps its speaker (docs: modal hypotheticals are not filtered)
    ('"Mom would have said, \'Stop crying and go vote,\'" Hale said.',
     [(DIR, "Mom would have said, 'Stop crying and go vote,'", "Hale"), (DIR, "Stop crying and go vote,", "Mom")]),
]


@pytest.mark.parametrize(("text", "expected"), FIXES + GUARDS)
def test_quotes(text: str, expected: list) -> None:
    assert run(text) == expected, run(text)


CUE_FIXES = [
    # (c) a retort's particle belongs to its cue (was "shot", "snapped")
    ("'That is a disgraceful allegation and he knows it,' Doyle shot back.", ["shot back"]),
    ('"Nonsense," the minister snapped back at reporters.', ["snapped back"]),
    ("Graham fired back that the report was false.", ["fired back"]),
    ('"We will see," Kasich chimed in.', ["chimed in"]),
    ("She wrote back that the offer was too low.", ["wrote back"]),
]

CUE_GUARDS = [
    ('"Nonsense," she snapped.', ["snapped"]),
    ("She wrote that the offer was too low.", ["wrote"]),
    ("The soldiers fired back at the gunmen.", []),
]


@pytest.mark.parametrize(("text", "expected"), CUE_FIXES + CUE_GUARDS)
def test_cues(text: str, expected: list) -> None:
    assert cues(text) == expected, cues(text)
