"""Check-worthy claim pre-annotator: sentence splitter + a small n-gram logistic regression.

`ClaimAnnotator.annotate(doc)` splits the text into sentences (`split_sentences`) and emits one
CLAIM span over each sentence whose check-worthiness score reaches the model's threshold. The
model is a logistic regression over TF-IDF weighted word n-grams, character n-grams and cheap
linguistic cues (numbers and numbers with a unit, money, percentages, superlatives, comparatives,
capitalised words and name-like spans, trend and action verbs, tense, modality, hedges, person,
negation, questions, imperative starts), blended with a complement naive Bayes model over the
word and cue features; `sentence_features` computes them and is shared with the training script
(scripts/train_claims.py), so training and inference cannot drift apart. Inference is pure Python: the weights ship as gzipped JSON in
`spanbank/models/claims.json.gz` and are read once with importlib.resources (no network).
"""

from __future__ import annotations

import gzip
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import repeat
from typing import Any

from spanbank.annotators.base import Annotator
from spanbank.annotators.claims_lines import (
    anecdote_intro,
    echoed_amount,
    echoed_quote,
    junk_line,
    private_followup,
    pronoun_anecdote,
    quoted_content,
)
from spanbank.model import Annotation, Document, Span

MODEL_RESOURCE = "models/claims.json.gz"  # package data of spanbank
_SHE_HE = re.compile(r"\b(?:she|he)\b", re.IGNORECASE)  # what a story's pronoun sentence needs (`pronoun_anecdote`)

# -- sentence splitting ----------------------------------------------------------------------------

# titles and abbreviations that never end a sentence (the next word is a name or a number)
_TITLES = frozenset(
    "mr mrs ms dr prof sen sens rep reps gov gen lt col sgt capt cmdr adm st mt ft pres supt rev hon messrs "
    "jan feb mar apr jun jul aug sep sept oct nov dec vs v cf approx art fig figs vol ch pp".split()
)
# abbreviations that end a sentence only when a capitalised word follows that usually starts one
_ABBREVS = frozenset(
    "etc inc ltd co corp bros jr sr al e.g i.e u.s u.k u.n u.s.a e.u a.m p.m ph.d d.c b.c a.d no nos".split()
)
_STARTERS = frozenset(
    "the a an it he she we they i this that these those there but and so in on at if when then yet "
    "however meanwhile his her its our their you".split()
)
_CLOSERS = "\"'”’»)]"
# the leading lookahead only states what every branch starts with: it lets the regex engine skip
# to candidate characters instead of trying the branches at every position (twice as fast)
_BOUNDARY = re.compile(r"(?=[.!?…])(?:\.{3,}|…|[.!?]+)[\"'”’»)\]]*(?=\s|$)")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_NON_SPACE = re.compile(r"\S")  # \s is exactly what str.strip()/split() treat as whitespace
_FIRST_WORD = re.compile(r"[\w’']+")


def _word_before(line: str, seg_start: int, end: int) -> re.Match | None:
    r"""`_WORD_BEFORE.search(line, seg_start, end)`, trying the last 32 characters first: the
    leftmost match is the start of the [\w.] run ending at `end`, so a window match that does not
    start at the window's edge is the same match (searching the whole segment is quadratic)."""
    lo = end - 32
    if lo > seg_start:
        wm = _WORD_BEFORE.search(line, lo, end)
        if wm is None or wm.start() > lo:
            return wm
    return _WORD_BEFORE.search(line, seg_start, end)


def _contraction_end(line: str, at: int, word: str) -> bool:
    """(round 53, review2) The one letter at `at` ends a contraction or a possessive after an apostrophe: the t of
    "n't" ("It isn't."), an s, d or m ("It is Tom's.", "I'd."); not the letter of an abbreviation or a name's initial
    after an apostrophe ("the gov't. said", "Dulles Int'l. Airport", "John O'B. Smith" do not split)."""
    if not at or line[at - 1] not in "'’":
        return False
    return word in ("s", "d", "m") or (word == "t" and line[at - 2 : at - 1].lower() == "n")


def _is_boundary(line: str, m: re.Match, seg_start: int) -> bool:
    whole = m.group(0)
    punct = whole.rstrip(_CLOSERS)
    closed = len(punct) < len(whole)
    ns = _NON_SPACE.search(line, m.end())  # the rest of the line, left-stripped, starts here
    if ns is None:
        return True
    rest_at = ns.start()
    nxt = line[rest_at]
    if punct in ("...", "…") or (len(punct) >= 3 and set(punct) == {"."}):
        return not nxt.islower()
    if "!" in punct or "?" in punct:
        return not (closed and nxt.islower())  # “Why?” he asked.
    # a single period
    if closed and nxt.islower():
        return False  # “… tactics.” said Aliyev
    wm = _word_before(line, seg_start, m.start())
    word = wm.group(1) if wm else ""
    low = word.lower().strip(".")
    if not word:
        return True
    if low in _TITLES:
        return False
    if len(low) == 1 and word[0].isalpha() and not _contraction_end(line, wm.start(), word):
        return False  # an initial: J. R. Smith (round 53, claimsnews: not the t of a contraction, "It isn't.")
    if low.isdigit() and not line[seg_start:wm.start()].strip():
        return False  # a list marker: "1. John said:"
    # U.S., a.m., e.g.; round 53 (claimsnews): a decimal number is no abbreviation ("… to $38.10. Voss is …")
    if low in _ABBREVS or ("." in low and len(low) <= 6 and not low.replace(".", "").isdigit()):
        if low in ("no", "nos"):
            return not nxt.isdigit()
        first = _FIRST_WORD.match(line, rest_at)
        return bool(first) and first.group(0).lower() in _STARTERS and nxt.isupper()
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) code-point offsets of the sentences of `text`, whitespace trimmed.

    Newlines are boundaries; so are ., !, ?, … (with any closing quotes or brackets kept in the
    sentence) when followed by whitespace, except after titles (Mr.), initials, abbreviations
    (U.S., e.g.) that do not end the sentence, list markers, and a closing quote followed by a
    lower-case word. Decimal numbers (1.5) never split because no whitespace follows the point.
    """
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        seg_start = 0
        for m in _BOUNDARY.finditer(line):
            if _is_boundary(line, m, seg_start):
                _emit(line, pos, seg_start, m.end(), out)
                seg_start = m.end()
        _emit(line, pos, seg_start, len(line), out)
        pos += len(line) + 1
    return out


def _emit(line: str, pos: int, start: int, end: int, out: list[tuple[int, int]]) -> None:
    seg = line[start:end]
    stripped = seg.strip()
    if not stripped or not any(c.isalnum() for c in stripped):
        return
    lead = len(seg) - len(seg.lstrip())
    out.append((pos + start + lead, pos + start + lead + len(stripped)))


# -- features ----------------------------------------------------------------------------------------

_TOKEN = re.compile(r"[$€£]?\d(?:[\d,.]*\d)?%?|\w+(?:['’]\w+)*|[^\w\s]")
_OPINION = re.compile(
    r"\b(?:i|we) (?:think|believe|feel|hope|guess|suppose|wish|want|would like|love|agree|disagree)\b"
    r"|\bin my (?:opinion|view)\b|\bi'?m (?:sure|convinced|afraid)\b",
    re.I,
)
_IMPERATIVE = frozenset(
    "let let's lets please go look listen imagine think remember stop get join vote read share help "
    "tell organize publish keep come make take give send call contact sign check watch don't do thank "
    "welcome consider".split()
)
_SUPERLATIVE = re.compile(r"\b(?:most|least|best|worst|largest|biggest|highest|lowest|\w{3,}est)\b", re.I)
_NOT_SUPERLATIVE = frozenset("honest interest forest rest best-known west test guest request protest".split())
_COMPARATIVE = re.compile(r"\b(?:more|less|fewer|\w+er) than\b|\b(?:twice|half) as\b", re.I)
_YEAR = re.compile(r"\b(?:1[89]\d\d|20\d\d)s?\b")
_PAST = re.compile(r"\b\w{3,}ed\b|\b(?:was|were|had|did|said|made|took|gave|went|won|lost|voted)\b", re.I)
# claims@2 cues: named-entity-like spans, numbers with a unit, trend and action verbs, tense/mood,
# person, negation (each a binary feature; their weights are learnt like the others)
# a leading (?=…) below only restates the first character every match has: the regex engine then
# skips to candidate positions instead of trying the whole pattern everywhere (same matches)
_CAPSPAN = re.compile(r"(?=[A-Z])(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+(?:\s+(?:of\s+|the\s+)?[A-Z][a-z]+)+")  # Social Security
_NUM_UNIT = re.compile(
    r"(?=\d)\b\d[\d,.]*\s*(?:%|percent|per cent|million|billion|trillion|thousand|hundred|dollars|jobs|people"
    r"|americans|years|times|troops|soldiers|workers|acres|barrels|points)\b",
    re.I,
)
# word-list cues: a cue fires when one of its words is a whole word of the sentence (case-insensitive),
# or one of its phrases occurs (single spaces); checked on sets of words, not with one regex per cue
_WORD_CUES: dict[str, frozenset[str]] = {
    "numword": frozenset(
        "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred "
        "thousand million billion trillion dozen dozens half double doubled tripled quarter third".split()
    ),
    "action_past": frozenset(
        "voted signed passed vetoed cut raised created lost increased reduced doubled tripled invaded approved "
        "opposed supported proposed sent spent borrowed balanced added killed built closed fired hired said "
        "called wrote".split()
    ),
    "future": frozenset("will won't gonna i'll we'll shall".split()),
    "modal": frozenset("should must ought could would might may".split()),
    "hedge": frozenset("maybe perhaps probably possibly seem seems might frankly honestly".split()),
    "first_person": frozenset("i me my i'm i've i'd".split()),
    "second_person": frozenset("you your you're you've".split()),
    "we": frozenset("we our us".split()),
    "negation": frozenset("not no never n't nothing none".split()),
}
_PHRASE_CUES = {
    "going to": "future", "need to": "modal", "have to": "modal", "has to": "modal", "i think": "hedge",
    "i believe": "hedge", "i guess": "hedge", "i suppose": "hedge", "in my opinion": "hedge",
}
_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(_PHRASE_CUES, key=len, reverse=True)) + r")\b")
# trend and quantity-change verbs: a word starting with one of these stems
_TREND_STEMS = (
    "increas", "decreas", "rais", "cut", "grow", "grew", "grown", "fell", "fall", "rose", "rise", "doubl", "tripl",
    "drop", "declin", "reduc", "lost", "los", "creat", "add", "balanc", "borrow", "spent", "spend",
)
_WORD_RUN = re.compile(r"\w+")
_PRESENT_PERFECT = re.compile(r"(?=h)\b(?:has|have)\s+(?:\w+\s+)?(?:been|\w+ed)\b", re.I)
_GREETING_START = re.compile(r"^(?:thank|thanks|good evening|good night|well,|yes|no,|okay|ok|all right)\b", re.I)
_CUE_ORDER = (
    "num_unit", "numword", "trend", "action_past", "future", "modal", "hedge", "first_person", "second_person",
    "we", "negation", "pres_perfect", "greeting_start",
)


class _Memo(dict):
    """str -> int, computed by `fn` on a miss and kept while there are fewer than 100,000 entries;
    `map(memo.__getitem__, words)` then looks words up without a Python call per cached word."""

    def __init__(self, fn):
        super().__init__()
        self.fn = fn

    def __missing__(self, key: str) -> int:
        v = self.fn(key)
        if len(self) < 100_000:
            self[key] = v
        return v


_CUE_BIT = {c: 1 << i for i, c in enumerate(_CUE_ORDER)}
_CUE_LISTS: dict[int, tuple[str, ...]] = {}  # bit mask -> the cues in _CUE_ORDER


def _word_cues(word: str) -> tuple[str, ...]:
    """The word-list cues one lower-case word (or token) fires."""
    cues = [cue for cue, vocab in _WORD_CUES.items() if word in vocab]
    if word.endswith("n't") and "negation" not in cues:
        cues.append("negation")
    if word.startswith(_TREND_STEMS):
        cues.append("trend")
    return tuple(cues)


def _word_cue_bits(word: str) -> int:
    bits = 0
    for c in _word_cues(word):
        bits |= _CUE_BIT[c]
    return bits


_WORD_CUE_CACHE = _Memo(_word_cue_bits)  # word -> bit mask of its word-list cues (bit i = _CUE_ORDER[i])


# -- cheap tests that prove a regex cannot match (so it is not run) --
# A match of each regex below contains a whole \w-run of the sentence that is one of these words
# (case-insensitively; a run with a non-ASCII character is always taken as a candidate, since
# re.IGNORECASE also folds ſ, ı, İ and the Kelvin sign). Keep them in step with the regexes.
_COMPARATIVE_RUNS = frozenset({"than", "twice", "half"})  # "... than", "twice/half as"
_OPINION_RUNS = frozenset(  # the word after "i/we", "in my", "i'm"
    "think believe feel hope guess suppose wish want would love agree disagree opinion view sure convinced "
    "afraid".split()
)
_PRESENT_PERFECT_RUNS = frozenset({"has", "have"})
# _PHRASE (case-sensitive, on the lower-cased sentence): its first and its last word are whole runs
_PHRASE_FIRST = frozenset(p.split()[0] for p in _PHRASE_CUES)
_PHRASE_LAST = frozenset(p.split()[-1] for p in _PHRASE_CUES)
_MONEY_WORDS = frozenset({"dollars", "million", "billion", "trillion"})
_CURRENCY_DIGIT = re.compile(r"[$€£]\d")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")

# facts about one \w-run of the original sentence, cached: the single-word regexes (_SUPERLATIVE,
# _YEAR, _PAST only ever match a whole \w-run, so a sentence matches iff one of its runs
# fullmatches) and whether the run can be part of a _COMPARATIVE/_OPINION/_PRESENT_PERFECT match
_SUP, _YEAR_RUN, _PAST_RUN, _CMP_RUN, _OPN_RUN, _PP_RUN = 1, 2, 4, 8, 16, 32
def _run_bits(run: str) -> int:
    low = run.lower()
    bits = 0
    if _SUPERLATIVE.fullmatch(run) and low not in _NOT_SUPERLATIVE:
        bits |= _SUP
    if _YEAR.fullmatch(run):
        bits |= _YEAR_RUN
    if _PAST.fullmatch(run):
        bits |= _PAST_RUN
    unsure = not run.isascii()
    if unsure or low in _COMPARATIVE_RUNS:
        bits |= _CMP_RUN
    if unsure or low in _OPINION_RUNS:
        bits |= _OPN_RUN
    if unsure or low in _PRESENT_PERFECT_RUNS:
        bits |= _PP_RUN
    return bits


_RUN_CACHE = _Memo(_run_bits)
_CAPITALISED = _Memo(lambda w: int(w[:1].isupper() and not w.isupper()))  # counted by `caps` in _cues


def _more_cues(
    text: str,
    low: str,
    tokens: list[str],
    runs: set[str] | None = None,
    has_digit: bool | None = None,
    maybe_pp: bool = True,
) -> tuple[str, ...]:
    r"""The claims@2 cues of one sentence (`low` = text.lower(), `tokens` = its lower-case tokens).

    What `_cues` already knows can be passed on: `runs`, the set of \w-runs of `low` (extended in
    place), `has_digit`, whether `low` has a digit, and `maybe_pp=False` when no run of `text` can
    be the has/have of a _PRESENT_PERFECT match."""
    words = set(_WORD_RUN.findall(low)) if runs is None else runs
    words.update(tokens)  # tokens keep their apostrophe: won't, i'll
    bits = 0
    for b in set(map(_WORD_CUE_CACHE.__getitem__, words)):  # few distinct masks, mostly 0
        bits |= b
    if not (words.isdisjoint(_PHRASE_FIRST) or words.isdisjoint(_PHRASE_LAST)):
        for m in _PHRASE.findall(low):
            bits |= _CUE_BIT[_PHRASE_CUES[m]]
    if has_digit is None:
        has_digit = _DIGIT.search(low) is not None
    if has_digit and _NUM_UNIT.search(text):  # its match starts with a digit
        bits |= _CUE_BIT["num_unit"]
    if maybe_pp and _PRESENT_PERFECT.search(text):
        bits |= _CUE_BIT["pres_perfect"]
    if _GREETING_START.match(text):
        bits |= _CUE_BIT["greeting_start"]
    out = _CUE_LISTS.get(bits)
    if out is None:
        out = _CUE_LISTS[bits] = tuple(c for c in _CUE_ORDER if bits & _CUE_BIT[c])
    return out


def _cues(text: str, tokens: list[str], low: str | None = None, has_digit: bool | None = None) -> list[str]:
    if low is None:
        low = text.lower()
    if has_digit is None:
        has_digit = _DIGIT.search(low) is not None  # a character has a digit in it iff its lower case has
    rb = 0
    for b in set(map(_RUN_CACHE.__getitem__, _WORD_RUN.findall(text))):
        rb |= b
    low_runs = set(_WORD_RUN.findall(low))
    cues = []
    # a token can start with a digit or currency sign only if the sentence has one (non-ASCII
    # characters are checked one by one: str.isdigit() is wider than \d, e.g. ²)
    maybe_number = has_digit or "$" in text or (
        not text.isascii() and any(c.isdigit() or c in "€£" for c in _NON_ASCII.findall(text))
    )
    if maybe_number and any(t[0].isdigit() or t[0] in "$€£" for t in tokens):
        cues.append("number")
    if "%" in text or " percent" in low or " per cent" in low:
        cues.append("percent")
    if not low_runs.isdisjoint(_MONEY_WORDS) or (has_digit and _CURRENCY_DIGIT.search(low)):
        cues.append("money_or_magnitude")
    if rb & _YEAR_RUN:
        cues.append("year")
    if rb & _SUP:
        cues.append("superlative")
    if rb & _CMP_RUN and _COMPARATIVE.search(text):
        cues.append("comparative")
    if rb & _OPN_RUN and _OPINION.search(text):
        cues.append("opinion")
    if text.rstrip(_CLOSERS + " ").endswith("?"):
        cues.append("question")
    if tokens and tokens[0] in _IMPERATIVE:
        cues.append("imperative_start")
    if rb & _PAST_RUN:
        cues.append("past")
    caps = sum(map(_CAPITALISED.__getitem__, text.split()[1:]))
    cues.append(f"caps_{min(caps, 3)}")
    cues.append(f"len_{min(len(tokens) // 8, 5)}")
    # a _CAPSPAN match has a second capitalised word after whitespace, which `caps` counts
    spans = _CAPSPAN.findall(text) if caps else ()
    if spans:
        cues.append("capspan")
    cues.append(f"capspan_{min(len(spans), 2)}")
    cues.extend(_more_cues(text, low, tokens, low_runs, has_digit, bool(rb & _PP_RUN)))
    return cues


def sentence_features(text: str) -> dict[str, list[str]]:
    """Feature strings of one sentence, by block.

    "w": word 1-2-grams; "f": linguistic cues; "c": the sentence's words, each standing for the
    unit TF-IDF vector of its character 2-5-grams (`char_ngrams`); the "c" block is the mean of
    those word vectors, so a word's contribution can be cached. Digits are folded to 0 (numbers
    are a cue, not vocabulary)."""
    raw = _TOKEN.findall(text)
    lowered = [t.lower() for t in raw]
    low = text.lower()
    has_digit = _DIGIT.search(low) is not None
    if has_digit:
        tokens = [_DIGIT.sub("0", t) for t in lowered]
        chars = _DIGIT.sub("0", low).split()
    else:  # nothing to fold (a token's lower case has a digit only if the sentence's has)
        tokens = lowered
        chars = low.split()
    words = tokens + [f"{a} {b}" for a, b in zip(["<s>", *tokens], [*tokens, "</s>"], strict=True)]
    return {"w": words, "c": chars, "f": _cues(text, lowered, low, has_digit)}


_DIGIT = re.compile(r"\d")
#: blocks whose items are words, each mapped to a unit vector of its char n-grams and averaged
WORD_MEAN_BLOCKS = frozenset({"c"})


@lru_cache(maxsize=4096)  # inference caches each word's score (ClaimModel); this serves training
def char_ngrams(word: str) -> tuple[str, ...]:
    w = f" {word} "
    return tuple(w[i : i + n] for n in range(2, 6) for i in range(len(w) - n + 1))


def _unit_dot(terms: dict[str, tuple[float, float]], feats: Iterable[str]) -> float:
    """coef·x/‖x‖ with x = (1 + ln tf)·idf over the in-vocabulary features (0 when none is)."""
    get = terms.get
    norm = dot = 0.0
    if isinstance(feats, (list, tuple)) and len(set(feats)) == len(feats):
        # no repeats: every tf is 1, and the features come in the order Counter would give them
        for e in map(get, feats):
            if e is not None:
                norm += e[0]
                dot += e[1]
        return dot / math.sqrt(norm) if norm else 0.0
    for f, n in Counter(feats).items():
        e = get(f)
        if e is None:
            continue
        if n == 1:
            norm += e[0]
            dot += e[1]
        else:
            tf = 1.0 + math.log(n)  # sublinear tf
            norm += tf * tf * e[0]
            dot += tf * e[1]
    return dot / math.sqrt(norm) if norm else 0.0


# -- the model ---------------------------------------------------------------------------------------

_WORD_CACHE_MAX = 200_000


@dataclass(frozen=True)
class ClaimModel:
    """A linear model over TF-IDF blocks, optionally blended with a naive Bayes model:
    score = (1 - nb_weight)·sigmoid(bias + Σ_block coef·x_block) + nb_weight·sigmoid(nb_decision).

    x_block is the L2-normalised TF-IDF vector of the block's features, except for the char block
    (WORD_MEAN_BLOCKS), where it is the mean of the words' normalised char-n-gram vectors. The naive
    Bayes part (complement NB over binary presence of the word and cue features) is a sum of one
    log-ratio per distinct in-vocabulary feature (`nb_blocks`); without it the score is the LR's."""

    blocks: dict[str, dict[str, tuple[float, float]]]  # block -> feature -> (idf, coef)
    bias: float
    threshold: float
    meta: dict[str, Any]
    nb_blocks: dict[str, dict[str, float]] = field(default_factory=dict)  # block -> feature -> log ratio
    nb_bias: float = 0.0
    nb_weight: float = 0.0
    # block -> feature -> (idf², idf·coef): what a feature seen once adds to ‖x‖² and coef·x
    _terms: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict, repr=False, compare=False)
    _word_scores: dict[str, float] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        for b, table in self.blocks.items():
            self._terms[b] = {f: (idf * idf, idf * coef) for f, (idf, coef) in table.items()}

    @classmethod
    def from_json(cls, data: dict) -> ClaimModel:
        blocks = {b: {f: (v[0], v[1]) for f, v in feats.items()} for b, feats in data["blocks"].items()}
        nb = data.get("nb") or {}
        return cls(
            blocks=blocks,
            bias=float(data["bias"]),
            threshold=float(data["threshold"]),
            meta=data["meta"],
            nb_blocks={b: {f: float(v) for f, v in feats.items()} for b, feats in (nb.get("blocks") or {}).items()},
            nb_bias=float(nb.get("bias", 0.0)),
            nb_weight=float(nb.get("weight", 0.0)),
        )

    @property
    def version(self) -> str:
        return str(self.meta.get("model_version", "unknown"))

    def _word_score(self, terms: dict[str, tuple[float, float]], word: str) -> float:
        v = self._word_scores.get(word)
        if v is None:
            v = _unit_dot(terms, char_ngrams(word))
            if len(self._word_scores) < _WORD_CACHE_MAX:
                self._word_scores[word] = v
        return v

    def decision(self, text: str, feats: dict[str, list[str]] | None = None) -> float:
        """The logistic regression's decision value (scikit-learn's decision_function)."""
        total = self.bias
        feats = sentence_features(text) if feats is None else feats
        for block, terms in self._terms.items():
            items = feats.get(block, ())
            if block in WORD_MEAN_BLOCKS:
                if items:
                    scores = list(map(self._word_scores.get, items))  # cached words
                    if None in scores:
                        scores = [self._word_score(terms, w) if v is None else v for w, v in zip(items, scores, strict=True)]
                    total += sum(scores) / len(items)
            else:
                total += _unit_dot(terms, items)
        return total

    def nb_decision(self, text: str, feats: dict[str, list[str]] | None = None) -> float:
        """The naive Bayes part's log-odds: Σ over distinct in-vocabulary features of their log ratio."""
        feats = sentence_features(text) if feats is None else feats
        total = self.nb_bias
        for block, table in self.nb_blocks.items():
            total += sum(map(table.get, set(feats.get(block, ())), repeat(0.0)))
        return total

    def score(self, text: str) -> float:
        feats = sentence_features(text)
        p = _sigmoid(self.decision(text, feats))
        if self.nb_weight:
            p = (1.0 - self.nb_weight) * p + self.nb_weight * _sigmoid(self.nb_decision(text, feats))
        return p

    def scores(self, texts: Iterable[str]) -> list[float]:
        return [self.score(t) for t in texts]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z) if z > -700 else 0.0
    return e / (1.0 + e)


def load_model_file(path) -> ClaimModel:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return ClaimModel.from_json(json.load(fh))


@lru_cache(maxsize=1)
def load_model() -> ClaimModel:
    """The shipped model, read once from package data (offline)."""
    ref = resources.files("spanbank").joinpath(MODEL_RESOURCE)
    with ref.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        return ClaimModel.from_json(json.load(fh))


# -- the annotator ----

_OPENERS = "\"'“‘«„(["
_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")
_PAIRS = {"“": "”", "‘": "’", "«": "»", "„": "“", "(": ")", "[": "]", '"': '"', "'": "'"}


def not_a_claim(sentence: str) -> str | None:
    """Why a sentence is never a CLAIM whatever the model says (None when the model decides)."""
    body = sentence.rstrip(_CLOSERS + " ")
    if body.endswith("?"):
        return "question"
    if body.endswith(":"):
        return "heading or attribution line"  # "1. John said:"
    n = 0
    for _ in _LETTER_RUN.finditer(sentence):  # stops at the third run of 2+ letters
        n += 1
        if n == 3:
            # page furniture: tweet attribution, link, credit, byline, shop listing, list heading,
            # another language (claims_lines.py)
            return junk_line(sentence)
    if n == 2 and _SHORT_AMOUNT.search(sentence):
        return junk_line(sentence)  # round 54 (claimsnews): "It's 3.8% now.", "That was $5 a gallon." go to the model
    return "fragment"  # "Related posts", "Good."


# round 54 (claimsnews): a two-word sentence that states an amount with a pronoun and a copula
_SHORT_AMOUNT = re.compile(
    r"^\W*(?:it|that|this|they)(?:['’]s|['’]re|\s+(?:is|was|are|were))\s+(?:now\s+|only\s+|still\s+|just\s+)?"
    r"(?:[$€£]\s?\d[\d,.]*|\d[\d,.]*\s?%)",
    re.I,
)


def trim_quotes(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop an opening quote whose closing mark is in another sentence, and vice versa."""
    while start < end and text[start] in _OPENERS and _PAIRS[text[start]] not in text[start + 1 : end]:
        start += 1
    while end > start and text[end - 1] in _CLOSERS:
        closer = text[end - 1]
        if any(_PAIRS[o] == closer and o in text[start : end - 1] for o in _PAIRS):
            break
        end -= 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    return start, end


class ClaimAnnotator(Annotator):
    name = "claims"
    version = "8"  # 8: claims@2's weights + round 54 rules (family anecdotes, echoed amounts, calendar and transcript lines); 7: claims@2's weights + the rules of claims_lines.py (furniture @3; insults, superlative opinions, list items, opinion shapes @4; clinical senses, shop listings, "More …" complaints @5; contact lines, reported feelings, quoted opinions @6; speech formulas, news furniture, promotions and bios @7)
    method = "model"
    applies_to = ("article", "comment")
    layers = ("claims",)

    def __init__(self, model: ClaimModel | None = None, threshold: float | None = None):
        self.model = model or load_model()
        self.threshold = self.model.threshold if threshold is None else threshold

    @property
    def origin(self) -> str:
        """`model:claims@8+<model version>`: the weights' version travels with every prediction."""
        return f"{self.method}:{self.name}@{self.version}+{self.model.version}"

    def quote_passes(self, sentence: str) -> bool:
        """Round 52: a direct quotation with a plain attribution is a claim only when the quoted words are one on
        their own: the speech verb, the name and the title of the attribution make the model score an opinion
        over the threshold ('"This is a responsible budget for difficult times," Mayor Okafor said.'). The
        quoted words go through the same rules (`not_a_claim`, but a short fragment is scored) and the model."""
        content = quoted_content(sentence)
        if content is None:
            return True
        why = not_a_claim(content)
        if why and why != "fragment":
            return False
        return self.model.score(content) >= self.threshold

    def annotate(self, doc: Document) -> Annotation:
        ann = self.new_annotation(doc)
        ann.meta["threshold"] = round(self.threshold, 3)
        lang = (doc.meta or {}).get("lang")
        if lang and not str(lang).lower().startswith("en"):
            ann.meta["skipped"] = f"language {lang!r}: the claim model is English-only"
            return ann
        text = doc.text
        n = 0
        before: list[str] = []  # round 54 (claimsdebate): the two sentences before, for an echoed amount
        story = 0  # round 54 (claimsleft): sentences left in which a she/he sentence continues a private person's story
        thread = doc.kind == "comment"  # round 54 (claimscomments): replies quoting the thread, private follow-ups
        private = False
        sents = split_sentences(text)
        # a story's she/he sentence can only follow within two sentences: a sentence opens a story only if one of the
        # next two has the word "she" or "he" (or it is itself a story sentence), so the rest are not asked
        pronoun = [bool(_SHE_HE.search(text, a, b)) for a, b in sents]
        for i, (start, end) in enumerate(sents):
            sentence = text[start:end]
            earlier = " ".join(before)
            before = [*before[-1:], sentence]
            in_story, story = story > 0, max(story - 1, 0)
            after_private, private = private, False
            continues = in_story and pronoun[i] and pronoun_anecdote(sentence)
            if (continues or any(pronoun[i + 1 : i + 3])) and anecdote_intro(sentence):
                story = 2
            elif continues:
                story = 2
                continue
            why = not_a_claim(sentence)
            if why:
                private = why == "private fact"
                continue
            if thread and (echoed_quote(sentence, text, start) or (after_private and private_followup(sentence))):
                continue
            s = self.model.score(sentence)
            if s >= self.threshold and not self.quote_passes(sentence):
                continue
            if s >= self.threshold and earlier and echoed_amount(sentence, earlier):
                continue
            if s >= self.threshold:
                start, end = trim_quotes(text, start, end)
                n += 1
                ann.spans.append(Span.over(text, start, end, "CLAIM", f"c{n}", score=round(s, 3)))
        return ann


__all__ = [
    "ClaimAnnotator",
    "ClaimModel",
    "load_model",
    "load_model_file",
    "not_a_claim",
    "sentence_features",
    "split_sentences",
    "trim_quotes",
]
