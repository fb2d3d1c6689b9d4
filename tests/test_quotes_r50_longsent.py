"""Round 50 (longsent): very long single sentences (scraped text without sentence marks, comment walls) take work
linear in their length. Two changes: `direct_quotes` visits a quotation's cues nearest first and stops when no cue can
be nearer (it tested every cue against the tokens between it and the quotation), and `sentences` cuts a "sentence"
over MAX_SENTENCE_CHARS at a clause break. The tests count Python calls (sys.setprofile) rather than time."""

from __future__ import annotations

import sys

import pytest

from spanbank.annotators.quote_lexicon import load_lexicon
from spanbank.annotators.quote_text import find_quotations, sentences
from spanbank.annotators.quotes import QuoteAnnotator
from spanbank.model import Document

UNITS = [
    ("de", "„Ja“, räumte sie ein "),
    ("de", "„Ja“, sagte sie "),
    ("de", "Die Initiative forderte ein Gutachten und kündigte an, "),
    ("en", "money prosecutors said she spent on horses, "),
    ("en", 'posted, "Cool" '),
]


def _repeat(unit: str, n: int) -> str:
    return unit * (n // len(unit))


def _calls(text: str, lang: str) -> int:
    """Python calls made while annotating the text (a measure of work that does not depend on the machine)."""
    qa = QuoteAnnotator()
    qa.annotate(Document(id="w", kind="article", text="Er sagte, es sei gut.", meta={"lang": lang}))  # lexicon loaded
    n = 0

    def prof(frame, event, arg):
        nonlocal n
        if event == "call":
            n += 1

    sys.setprofile(prof)
    try:
        qa.annotate(Document(id="x", kind="article", text=text, meta={"lang": lang}))
    finally:
        sys.setprofile(None)
    return n


@pytest.mark.parametrize("lang,unit", UNITS)
def test_long_sentence_is_cut_at_clause_breaks(lang, unit):
    from spanbank.annotators.quote_text import MAX_SENTENCE_CHARS

    text = _repeat(unit, 20000)
    pieces = sentences(text, find_quotations(text), load_lexicon(lang))
    assert len(pieces) > 1
    quotes = find_quotations(text)
    for k, (s, e) in enumerate(pieces):
        assert e - s <= MAX_SENTENCE_CHARS
        if k + 1 < len(pieces):
            assert e - s >= MAX_SENTENCE_CHARS // 2
            assert text[e:pieces[k + 1][0]].strip() == ""  # nothing is lost between pieces
            assert not any(q.outer_start < e < q.outer_end for q in quotes)  # never inside a quotation


def test_normal_and_quoted_sentences_stay_whole():
    lex = load_lexicon("en")
    text = "The mayor said that " + "the plan, which is old, " * 60 + "works."  # 1,466 characters
    assert sentences(text, find_quotations(text), lex) == [(0, len(text))]
    quote = '"' + "we will build it and " * 130 + 'it will work"'  # one quotation of 2,744 characters
    text = "The mayor said " + quote + " on Monday."
    assert sentences(text, find_quotations(text), lex) == [(0, len(text))]


@pytest.mark.parametrize("lang,unit", UNITS)
def test_work_is_linear_over_the_cap(lang, unit):
    # ten times the length takes about ten times the calls (the quadratic path took ~100x)
    short, long = _calls(_repeat(unit, 2000), lang), _calls(_repeat(unit, 20000), lang)
    assert long < 20 * short, (short, long)


@pytest.mark.parametrize("unit,bound", [("„Ja“, räumte sie ein ", 10), ("„Ja“, sagte sie ", 16)])
def test_direct_quote_cues_are_not_rescanned_per_quotation(unit, bound):
    # under the cap: four times the length, with a quotation and a cue per unit (base: 34x and 41x the calls)
    short, long = _calls(_repeat(unit, 450), "de"), _calls(_repeat(unit, 1800), "de")
    assert long < bound * short, (short, long)


def test_long_sentence_output_scales():
    unit = "„Ja“, räumte sie ein "
    text = _repeat(unit, 20000)
    # the work is bounded by the call counts of test_work_is_linear_over_the_cap (this text at 20,000 characters)
    ann = QuoteAnnotator().annotate(Document(id="x", kind="article", text=text, meta={"lang": "de"}))
    direct = [s for s in ann.spans if s.label == "DIRECT_QUOTE"]
    assert len(direct) == len(text) // len(unit)
    assert all(text[s.start : s.end] == "Ja" for s in direct)
