"""Round 53, review1: defects found reviewing the code merged in round 53.

* "paper"/"papers" had become term markers (auditnonwire, for 'Her 1991 paper, "Drying Ridges," was dismissed …'),
  so the newspaper before a quotation made the quotation a title: 'Jones told the paper "there is nothing to
  report."' lost its quote. "paper" now counts only before a work's title in an apposition (quote_direct
  `_EN_WORK_APPOSITION_NOUNS`).
* claims_lines `_SF_SPLIT` (the speech formulas) rescanned a run of tabs or no-break spaces from each of its
  characters (the 30-space cap counts only spaces): a line with a long whitespace run took seconds (quadratic).
* quotes `_en_heading_quotation_echoed` recomputed every later attributed quotation's words for each live-blog
  heading (quadratic in the number of quotations); they are joined once now.
"""

from __future__ import annotations

import pytest

import spanbank.annotators.quotes as quotes_mod
from spanbank.annotators.claims_lines import speech_formula_line
from tests.quote_cases import quotes_of


def run(text: str) -> list[tuple[str, str, str | None]]:
    return quotes_of(text, "en", with_label=True)


DIR = "DIRECT_QUOTE"
IND = "INDIRECT_QUOTE"

FIXES = [
    ('Jones told the paper "there is nothing to report."',
     [(DIR, 'there is nothing to report.', 'Jones')]),
    ('Mayor Ann Lee told the papers "we will rebuild every single home."',
     [(DIR, 'we will rebuild every single home.', 'Ann Lee')]),
    ('Anna Kovacs left the club in May. She told the paper "the club owes me nothing."',
     [(DIR, 'the club owes me nothing.', 'Anna Kovacs')]),
]

GUARDS = [
    # a work's title in an apposition stays no quotation (auditnonwire)
    ('Her 1991 paper, "Drying Ridges," was dismissed by some reviewers.', []),
    ('Her 1991 paper in the journal Biotropica, "Drying Ridges," was dismissed by some reviewers.', []),
    ('Her essay, "Why We Fight," was praised by critics.', []),
    ('The paper said "the effect was small."', [(DIR, 'the effect was small.', 'paper')]),
    ('Smith told the newspaper "the deal is dead and we will fight on."',
     [(DIR, 'the deal is dead and we will fight on.', 'Smith')]),
    ('Smith wrote in the paper that "the deal is dead."', [(DIR, 'the deal is dead.', 'Smith')]),
]


@pytest.mark.parametrize("text,want", FIXES + GUARDS)
def test_review_r53_review1_quotes(text: str, want: list) -> None:
    got = [x for x in run(text) if x[0] in (DIR, IND)]
    assert got == want


SPEECH_GUARDS = [
    ("So tonight, I am asking Congress to pass a $15 minimum wage.", "request or formula"),
    ("Madam Speaker, Madam Vice President, members of Congress, and my fellow Americans.", "form of address"),
    ("Madam Speaker,\t\tmembers of Congress,\t and my fellow Americans.", "form of address"),
    ("So get out there, knock on doors, and vote on November 5th!", "call to action"),
    ("Call Congress today - and tell them to vote no.", "call to action"),
    ("Vote no, because the bill cuts 40,000 jobs.", None),
    ("Members of Congress voted 220 to 211.", None),
]


@pytest.mark.parametrize("text,want", SPEECH_GUARDS)
def test_review_r53_review1_speech_formulas(text: str, want: str | None) -> None:
    assert speech_formula_line(text) == want


@pytest.mark.parametrize("space", ["\t", "\u00a0"])
def test_review_r53_review1_speech_formula_whitespace_run_linear(space: str) -> None:
    # FIX: 20,000 tabs took about 15 s before: each character of a whitespace run restarted the separator regex, which
    # then ran to the run's end (quadratic). Now a separator can only start at the run's first character; checked by
    # where the regex may match, not by a clock
    from spanbank.annotators.claims_lines import _SF_SPLIT
    run = "x" + space * 50 + ", y"
    assert _SF_SPLIT.match(run, 1) is not None
    assert [i for i in range(2, 52) if _SF_SPLIT.match(run, i) is not None] == []
    line = "Taxes went up under this governor" + space * 2000 + "while the deficit doubled."
    assert speech_formula_line(line) is None


def test_review_r53_review1_heading_echo_linear(monkeypatch) -> None:
    # FIX: a live blog of 60 headings and 60 attributed quotations computed the quotation words 3,660 times (each
    # heading rescanned every later quotation); now once per quotation
    calls = 0
    words = quotes_mod._quote_words

    def counted(text: str) -> list[str]:
        nonlocal calls
        calls += 1
        return words(text)

    monkeypatch.setattr(quotes_mod, "_quote_words", counted)
    n = 60
    text = "Storm live blog.\n\n" + "".join(
        f'{i}:50 p.m. — "The roof came off house number {i}"\n\nThe mayor ordered an evacuation of street {i}.\n\n'
        for i in range(n)) + "".join(f'"We did everything we could for block {i}," Mayor Ann Lee said.\n\n' for i in range(n))
    run(text)
    assert calls <= 4 * n


def test_review_r53_review1_heading_echo_still_attributes() -> None:
    text = ('"We are ready," Daniels said.\n\n8:50 p.m. — "The water came in through the floor"\n\n"The water came in '
            'through the floor first, not the door," Ruth Abernathy said.')
    got = run(text)
    assert (DIR, 'The water came in through the floor', 'Ruth Abernathy') in got
