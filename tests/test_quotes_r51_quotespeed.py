"""Round 51, family quotespeed: the quote annotator's per-cue scans from a sentence's start (any quoted token before
the cue, the words after an attribution, an unquoted "dies"/"das" before a German cue) and the sentence splitter's test
of every sentence end against every quotation were quadratic in a sentence's or text's length; they are prefix counts
and a bisect now. The output is unchanged (GUARDS); the FIXES count Python calls of the annotator, which grew ~1.4x
faster than the length of a long sentence."""

from __future__ import annotations

import random
import sys

import pytest

from spanbank.annotators.quote_context import QuoteContext
from spanbank.annotators.quote_lexicon import load_lexicon
from spanbank.annotators.quote_text import _in
from tests.quote_cases import annotate, quotes_of

EN_HEAD = ("The foreign minister, who spoke to reporters in Baku on Tuesday after a long meeting with his counterpart, "
           "said that the talks had been difficult but constructive")
EN_UNIT = ", while officials in the capital told journalists that they expected no breakthrough and warned that the truce was fragile"
DE_HEAD = "Der Außenminister, der am Dienstag nach einem langen Treffen vor die Presse trat, sagte, die Gespräche seien schwierig gewesen"
DE_UNIT = ", während Beamte in Berlin erklärten, sie erwarteten keinen Durchbruch, und warnten, die Waffenruhe sei brüchig"


def _calls(text: str, lang: str) -> int:
    n = 0

    def prof(_frame, event, _arg):
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    annotate(text, lang, "article")  # (warm: lexicon loading)
    sys.setprofile(prof)
    try:
        annotate(text, lang, "article")
    finally:
        sys.setprofile(None)
    return n


FIXES = [("en", EN_HEAD, EN_UNIT), ("de", DE_HEAD, DE_UNIT)]


@pytest.mark.parametrize("lang,head,unit", FIXES)
def test_long_sentence_calls_grow_about_linearly(lang, head, unit):
    short, long_ = head + unit * 2 + ".", head + unit * 8 + "."
    assert len(long_) < 2000  # below the long-sentence cut
    ratio = (_calls(long_, lang) / _calls(short, lang)) / (len(long_) / len(short))
    assert ratio < 1.25, ratio  # (base: en 1.40, de 1.37; now en 1.10, de 1.17)


IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"
#: the base output on these texts, right or wrong: a speed change must not move it
GUARDS = [
    ("en", EN_HEAD + EN_UNIT * 3 + ".",
     [(IND, "the talks had been difficult but constructive", "foreign minister")]
     + [(IND, "they expected no breakthrough", "officials in the capital"),
        (IND, "the truce was fragile", "officials in the capital")] * 3),
    ("de", DE_HEAD + DE_UNIT * 3 + ".",
     [(IND, "die Gespräche seien schwierig gewesen", "Außenminister")]
     + [(IND, "sie erwarteten keinen Durchbruch", "Beamte"), (IND, "die Waffenruhe sei brüchig", None)] * 3),
    ("en", '"We will not back down," the mayor said on Monday. "This is about the city," she added, and the council, '
           'which met later, said it would "review the plan" before the vote.',
     [(DIR, "We will not back down,", "mayor"), (DIR, "This is about the city,", "mayor"),
      (IND, 'it would "review the plan" before the vote', "council"), (DIR, "review the plan", "council")]),
    ("de", "„Das ist ein schwarzer Tag“, sagte Bürgermeisterin Anna Keller. Dies, sagte sie, werde man prüfen, und die "
           "Stadt kündigte an, sie werde „rechtlich“ vorgehen.",
     [(DIR, "Das ist ein schwarzer Tag", "Anna Keller"), (IND, "Dies", "Anna Keller"),
      (IND, "werde man prüfen", "Anna Keller"), (IND, "sie werde „rechtlich“ vorgehen", "Stadt"),
      (DIR, "rechtlich", "Stadt")]),
]


@pytest.mark.parametrize("lang,text,expected", GUARDS)
def test_guard_output_is_unchanged(lang, text, expected):
    assert quotes_of(text, lang, with_label=True) == expected


def test_inside_matches_linear_scan():
    from spanbank.annotators.quote_text import _Inside

    rnd = random.Random(51)
    for _ in range(300):
        ranges = [(a, a + rnd.randint(1, 40)) for a in (rnd.randint(0, 200) for _ in range(rnd.randint(0, 8)))]
        inside = _Inside(ranges)
        for pos in range(-2, 250):
            assert inside(pos) == _in(ranges, pos)


def test_prefix_counts_match_slices():
    ctx = QuoteContext('Er sagte: „Das ist gut“, und dies sei „klar“. Sie lachte.', load_lexicon("de"))
    n = len(ctx.tokens)
    for a in range(-3, n + 3):
        for b in range(-3, n + 3):
            assert ctx.any_quoted(a, b) == any(t.quoted for t in ctx.tokens[a:b])
            assert ctx.n_words(a, b) == sum(1 for t in ctx.tokens[a:b] if t.is_word)
