"""Round 51, family quotespeed2: per-candidate scans of the whole document added or kept by this round's English rules
were quadratic on long adversarial inputs ("according to that official, it …" copied the token list per source; an
indirect quote's candidate span was looked up among all records; "the union said" scanned every comma of the
document; "the witness said" every name per witness act; a sentence's first word every token; a plural possessive's
’ searched on to the paragraph's end). They are per-document indexes, bisects and caches now, with the output
unchanged (GUARDS; the dump and the news pages are byte-identical). The FIXES count the lines the quote modules run
(a deterministic measure of the work, no clock) on a repeated text of 1x and 4x the length: their growth stays below
5x (base: 4.9x to 8.3x; the copy of the tokens runs no line)."""

from __future__ import annotations

import sys

import pytest

from spanbank.annotators.quote_lexicon import load_lexicon
from spanbank.annotators.quote_speakers import (
    Entities,
    _en_apposition_words,
    _en_appositive_antecedent,
    _en_appositive_name_at,
    collect_entities,
)
from spanbank.annotators.quote_text import _PLURAL_POSSESSIVE, _PUNCT_CLOSE, _plural_possessive, tokenize
from tests.quote_cases import annotate, quotes_of


def _lines(text: str, lang: str = "en") -> int:
    """The lines run in the package's quote modules while annotating `text`."""
    n = 0

    def local(_frame, event, _arg):
        nonlocal n
        if event == "line":
            n += 1
        return local

    def glob(frame, _event, _arg):
        name = frame.f_code.co_filename
        return local if "annotators" in name and ("/quote" in name or "\\quote" in name) else None

    annotate("He said hi.", lang, "article")  # (warm: lexicon loading)
    sys.settrace(glob)
    try:
        annotate(text, lang, "article")
    finally:
        sys.settrace(None)
    return n


def _repeat(unit: str, n: int) -> str:
    return (unit * (n // len(unit) + 1))[:n]


#: (repeated unit, length of the short text, bound): the line count of 4x the length grows less than the bound
FIXES = [
    # base 4.89x (a copy of the tokens per source, the records per candidate span; the copy runs no line); now 4.32x
    ("according to that official, it ", 3000, 4.6),
    ("Unite, Britain's largest union, called the strike. The union said it would go on. ", 2000, 5.0),  # base 8.3x
    ('Ms Pryce, a neighbour, told the court. "Yes," the witness said. ', 1500, 5.0),  # base 6.5x, now 4.6x
]


@pytest.mark.parametrize("unit,size,bound", FIXES)
def test_work_grows_about_linearly(unit, size, bound):
    short, long_ = _repeat(unit, size), _repeat(unit, 4 * size)
    ratio = _lines(long_) / _lines(short)
    assert ratio < bound, ratio


IND, DIR = "INDIRECT_QUOTE", "DIRECT_QUOTE"
#: the base output on these texts, right or wrong: a speed change must not move it
GUARDS = [
    ("According to that official, the talks failed. According to that report, costs rose sharply.",
     [(IND, "the talks failed", "official"), (IND, "costs rose sharply", "report")]),
    ("Unite, Britain's largest union, called the strike. The union said it would go on for weeks.",
     [(IND, "it would go on for weeks", "Unite")]),
    ("Unite, a union, called a strike. GMB, another union, joined. The union said it would go on for weeks.",
     [(IND, "it would go on for weeks", "union")]),
    ('Ms Pryce, a neighbour, told the court she heard shouting. "It went on for hours," the witness said.',
     [(IND, "she heard shouting", "Pryce"), (DIR, "It went on for hours,", "Pryce")]),
    ("Late Okafor strike sends Redbridge past Castleton. Substitute Emeka Okafor scored late, and Okafor said the team "
     "had earned it.",
     [(IND, "the team had earned it", "Substitute Emeka Okafor")]),
    ("‘I support the drivers, but I’ve lost two days’ pay this month,’ said Mina Royce.",
     [(DIR, "I support the drivers, but I’ve lost two days’ pay this month,", "Mina Royce")]),
    ("The National Farmers' Union said prices had fallen, and the union said farmers would protest.",
     [(IND, "prices had fallen", "National Farmers' Union"), (IND, "farmers would protest", "union")]),
]


@pytest.mark.parametrize("text,expected", GUARDS)
def test_guard_output_is_unchanged(text, expected):
    assert quotes_of(text, "en", with_label=True) == expected


def _appositive_antecedent_before(tokens, k, words, ents, lex):
    """The round-48 reference: every comma before k scanned."""
    head = words[-1]
    if head in lex.stopwords or head in lex.determiners or any(w in lex.prepositions or w in lex.coordinators for w in words):
        return None
    found = set()
    for c in range(1, k):
        if tokens[c].text != "," or tokens[c].quoted:
            continue
        got = _en_apposition_words(tokens, c, k, lex)
        if got is None or got[0][-1] != head or not set(words) <= set(got[0]):
            continue
        if got[1] + 1 < k and tokens[got[1]].text == "," and tokens[got[1] + 1].low in lex.coordinators:
            continue
        if (name := _en_appositive_name_at(tokens, c, ents, lex, head=head)) is not None:
            found.add(name)
    return next(iter(found)) if len(found) == 1 else None


def test_appositive_antecedent_matches_the_full_scan_at_every_token():
    lex = load_lexicon("en")
    text = ("Unite, Britain's largest union, called the strike, and GMB, another union, joined. Acme Corp., the "
            "nation's largest widget maker, said so. Harlow, a grocery company in Ohio, and Unite, the union, met. "
            "Smith, 45, a nurse, spoke. Moderna, the Massachusetts biotech firm, reported, the union said, a loss.")
    tokens = tokenize(text)
    ents = collect_entities(tokens, lex, text)
    assert isinstance(ents, Entities)
    for words in (["union"], ["largest", "union"], ["firm"], ["biotech", "firm"], ["nurse"], ["company"], ["maker"]):
        for k in range(1, len(tokens)):
            assert _en_appositive_antecedent(tokens, k, words, ents, lex) == \
                _appositive_antecedent_before(tokens, k, words, ents, lex), (words, k)


def _plural_possessive_before(text, i, j, hi):
    """The reference: the slices of the paragraph."""
    if _PLURAL_POSSESSIVE.match(text, j) is None or len(text[i + 1 : j].split()) < 2:
        return False
    m = _PUNCT_CLOSE.search(text, j + 2, hi)
    return m is not None and "‘" not in text[j + 1 : m.start()]


def test_plural_possessive_matches_the_paragraph_search():
    text = ("‘I lost two days’ pay, and the workers’ union,’ said Royce. ‘The drivers’ ‘yes’ vote, the ‘new rules’ plan.’x "
            "‘Our members’ wages.’ ‘Three weeks’ notice!’")
    for hi in range(len(text) - 10, len(text) + 1):
        for i in [x for x, ch in enumerate(text) if ch == "‘"]:
            for j in [x for x, ch in enumerate(text) if ch == "’" and i < x < hi]:
                assert _plural_possessive(text, i, j, hi) == _plural_possessive_before(text, i, j, hi), (i, j, hi)
