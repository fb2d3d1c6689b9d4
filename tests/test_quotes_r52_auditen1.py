"""Round 52, family auditen1: gaps found auditing four English wire articles written for the audit (an obituary, a
product launch, a rate decision, a wildfire evacuation): a short work title in title case after its noun and a comma
is no quote even with a cue after it ('In her memoir, "The Long Docket," she wrote that …'); a "where" relative clause
after the source of a sentence-initial "According to X," is skipped ("According to the Fund, where she worked, Hale
argued …" reported "where she worked …"); "when asked …" after a cue is the occasion, no reported question ("Kessler
shrugged off the jab when asked about it"); "until" ends a lower-case subject ("his roof until deputies told him to
go" had the speaker "his roof until deputies"); an amount's approximator or range takes no word of a bare clause's
subject reach ("said gusts of up to 50 mph were expected" reported nothing); the past "forecast" before "that"; a name
after "the" right after a past verb (an object: "unveiled the Fold Max") is no antecedent of "the company"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


IND = "INDIRECT_QUOTE"
DIR = "DIRECT_QUOTE"

FIXES = [
    ('In her 2009 memoir, "The Long Docket," she wrote that the hardest case was one she lost.',
     [(IND, 'the hardest case was one she lost', None)]),
    ('In his book, "Dear John," he recalled that the war was hard.',
     [(IND, 'the war was hard', None)]),
    ('According to the Southern Legal Defense Fund, where she worked as a lawyer, Hale argued more than 40 cases.',
     [(IND, 'Hale argued more than 40 cases', 'Southern Legal Defense Fund')]),
    ('Kessler shrugged off the jab when asked about it at a press briefing.',
     []),
    ('She smiled when asked about the rumours.',
     []),
    ('She said when asked about it that the plan had failed.',
     [(IND, 'the plan had failed', None)]),
    ('He hosed down his roof until deputies told him to go.',
     [(IND, 'to go', 'deputies')]),
    ('The National Weather Service said gusts of up to 50 mph were expected through Thursday.',
     [(IND, 'gusts of up to 50 mph were expected through Thursday', 'National Weather Service')]),
    ('The weather service said winds of 40 to 50 mph were expected.',
     [(IND, 'winds of 40 to 50 mph were expected', 'weather service')]),
    ('The bank forecast that inflation would return to its target next year.',
     [(IND, 'inflation would return to its target next year', 'bank')]),
    ('Lumora Inc on Tuesday unveiled the Fold Max. The company said sales would rise.',
     [(IND, 'sales would rise', 'Lumora Inc')]),
    ('Acme Corp acquired the Beta Group. The company said the deal would close in May.',
     [(IND, 'the deal would close in May', 'Acme Corp')]),
]

GUARDS = [
    ('Her memoir, "The Long Docket," was published in 2009.',
     []),
    ('In his memoir he wrote, "We never gave up."',
     [(DIR, 'We never gave up.', None)]),
    ('"Never Again," she wrote.',
     [(DIR, 'Never Again,', None)]),
    ('According to John Smith, who led the study, the drug works.',
     [(IND, 'the drug works', 'John Smith')]),
    ('According to the study, when patients took the drug, they improved.',
     [(IND, 'when patients took the drug, they improved', 'study')]),
    ('He asked when the vote would be held.',
     [(IND, 'when the vote would be held', None)]),
    ('He cleaned the roof after police told him to leave.',
     [(IND, 'to leave', 'police')]),
    ('He waited until the police arrived, the officer said.',
     [(IND, 'He waited until the police arrived', 'officer')]),
    ('The forecast that inflation would fall proved wrong.',
     []),
    ('The agency predicted that the storm would weaken.',
     [(IND, 'the storm would weaken', 'agency')]),
    ('Police said up to 50 people were hurt.',
     [(IND, 'up to 50 people were hurt', 'Police')]),
    ('He said the plan to hire up to 50 people a day was on track.',
     [(IND, 'the plan to hire up to 50 people a day was on track', None)]),
    ('Apple reported revenue of $90 billion. The company said demand was strong.',
     [(IND, 'demand was strong', 'Apple')]),
]


@pytest.mark.parametrize("text,want", FIXES + GUARDS)
def test_quotes_r52_auditen1(text: str, want: list) -> None:
    assert run(text) == want


ARTICLE = Path(__file__).parent / "data" / "quotes_r52_obituary_article.txt"


def test_quotes_r52_obituary_article_key_spans() -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    got = run(text)
    assert not any(s[1].startswith("The Long Docket") for s in got)
    assert (IND, 'Oyelaran-Hale argued more than 40 voting-rights cases in state and federal courts',
            'Southern Legal Defense Fund') in got
    assert (IND, 'the hardest case of her career was one she lost', 'Margaret Oyelaran-Hale') in got
    assert (DIR, 'Judge Oyelaran-Hale brought to this court a rare combination of rigor and compassion,',
            'Walter Pruitt') in got
    assert (DIR, 'I went to law school because I was angry,', 'Margaret Oyelaran-Hale') in got
    assert (IND, 'the family was "overwhelmed by the kindness of strangers."', 'Michael Hale') in got
