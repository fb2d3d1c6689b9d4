"""Metrics: precision / recall / F1 of one layer against another. Pure functions, no I/O.

Definitions (also in docs/eval.md):

* `prf` — P = tp/(tp+fp), R = tp/(tp+fn), F1 = 2PR/(P+R). A zero denominator gives 0.0 (the
  scikit-learn ``zero_division=0`` convention); when there is nothing at all (tp = fp = fn = 0)
  every value is ``None``: "not scored", never a made-up 0 or 1.
* `match_spans` — coverage matching of predicted against gold spans. Spans are first trimmed of
  whitespace and quotation marks at both ends (gold quotes may include „…“, ours never do).
  A gold span counts as *recalled* when a predicted span covers at least ``threshold`` of the
  gold span's characters (overlap / len(gold)); a predicted span counts as *correct* when a gold
  span covers at least ``threshold`` of its characters (overlap / len(pred)). Both are one-to-one:
  candidate pairs are taken greedily, highest coverage first (ties: larger overlap, then earlier
  spans), and a span is used at most once on its side. ``threshold=None`` means exact match of
  the trimmed offsets.
* `char_f1` / `semeval_f1` — SemEval-2021 Task 5: per post, F1 of the predicted against the gold
  set of character offsets; both empty = 1, exactly one empty = 0; the score is the mean over posts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: characters trimmed from both ends of a span before matching
TRIM_CHARS = " \t\n\r\u00a0\"'“”„‟«»‹›‘’‚‛「」『』"


def f1_of(p: float | None, r: float | None) -> float | None:
    """Harmonic mean of precision and recall; None when either is not scored, 0.0 when both are 0."""
    if p is None or r is None:
        return None
    return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        if self.tp + self.fp + self.fn == 0:
            return None
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float | None:
        if self.tp + self.fp + self.fn == 0:
            return None
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float | None:
        return f1_of(self.precision, self.recall)

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def prf(tp: int, fp: int, fn: int) -> PRF:
    if min(tp, fp, fn) < 0:
        raise ValueError(f"counts must be >= 0, got tp={tp} fp={fp} fn={fn}")
    return PRF(tp, fp, fn)


def binary_prf(gold: Iterable[bool], pred: Iterable[bool]) -> PRF:
    """Positive-class counts of paired boolean labels."""
    tp = fp = fn = 0
    for g, p in zip(gold, pred, strict=True):
        if g and p:
            tp += 1
        elif p:
            fp += 1
        elif g:
            fn += 1
    return PRF(tp, fp, fn)


# -- span matching -----------------------------------------------------------------------------

Offsets = tuple[int, int]


def trim(text: str, start: int, end: int, chars: str = TRIM_CHARS) -> Offsets:
    """Offsets of ``text[start:end]`` without leading/trailing ``chars`` (unchanged if all trimmed)."""
    s, e = start, end
    while s < e and text[s] in chars:
        s += 1
    while e > s and text[e - 1] in chars:
        e -= 1
    return (s, e) if s < e else (start, end)


def overlap(a: Offsets, b: Offsets) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _greedy(pairs: list[tuple[float, int, int, int]]) -> dict[int, int]:
    """pairs of (coverage, overlap, i, j); best first, one-to-one. Returns {i: j}."""
    pairs.sort(key=lambda t: (-t[0], -t[1], t[2], t[3]))
    used_j: set[int] = set()
    out: dict[int, int] = {}
    for _, _, i, j in pairs:
        if i in out or j in used_j:
            continue
        out[i] = j
        used_j.add(j)
    return out


def coverage_pairs(
    covered: Sequence[Offsets], covering: Sequence[Offsets], threshold: float | None
) -> dict[int, int]:
    """One-to-one greedy matching {index in covered: index in covering} where the covering span
    covers >= threshold of the covered span's characters (exact offsets when threshold is None)."""
    pairs: list[tuple[float, int, int, int]] = []
    for i, a in enumerate(covered):
        length = a[1] - a[0]
        if length <= 0:
            continue
        for j, b in enumerate(covering):
            if threshold is None:
                if a == b:
                    pairs.append((1.0, length, i, j))
                continue
            ov = overlap(a, b)
            if ov and ov / length >= threshold:
                pairs.append((ov / length, ov, i, j))
    return _greedy(pairs)


@dataclass(frozen=True)
class SpanMatch:
    """Result of `match_spans`: which gold spans were recalled, which predictions were correct."""

    n_gold: int
    n_pred: int
    recalled: dict[int, int]  # gold index -> pred index
    correct: dict[int, int]  # pred index -> gold index

    @property
    def precision(self) -> float | None:
        if self.n_gold + self.n_pred == 0:
            return None
        return len(self.correct) / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float | None:
        if self.n_gold + self.n_pred == 0:
            return None
        return len(self.recalled) / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float | None:
        return f1_of(self.precision, self.recall)


def match_spans(gold: Sequence[Offsets], pred: Sequence[Offsets], threshold: float | None) -> SpanMatch:
    """Coverage matching (module docstring). Offsets should already be trimmed (`trim`)."""
    if threshold is not None and not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    recalled = coverage_pairs(gold, pred, threshold)
    correct = coverage_pairs(pred, gold, threshold)
    return SpanMatch(len(gold), len(pred), recalled, correct)


@dataclass
class SpanCounts:
    """Counts accumulated over many documents for one label and one threshold."""

    n_gold: int = 0
    n_pred: int = 0
    n_recalled: int = 0
    n_correct: int = 0

    def add(self, m: SpanMatch) -> None:
        self.n_gold += m.n_gold
        self.n_pred += m.n_pred
        self.n_recalled += len(m.recalled)
        self.n_correct += len(m.correct)

    @property
    def precision(self) -> float | None:
        if self.n_gold + self.n_pred == 0:
            return None
        return self.n_correct / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float | None:
        if self.n_gold + self.n_pred == 0:
            return None
        return self.n_recalled / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float | None:
        return f1_of(self.precision, self.recall)

    def to_dict(self) -> dict:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1,
                "n_gold": self.n_gold, "n_pred": self.n_pred,
                "n_recalled": self.n_recalled, "n_correct": self.n_correct}


# -- character offsets (SemEval-2021 Task 5) ---------------------------------------------------


def char_set(spans: Iterable[Offsets]) -> set[int]:
    out: set[int] = set()
    for s, e in spans:
        out.update(range(s, e))
    return out


def char_f1(pred: set[int], gold: set[int]) -> float:
    """SemEval-2021 Task 5 F1 of one post: both empty = 1, one empty = 0."""
    if not pred and not gold:
        return 1.0
    if not pred or not gold:
        return 0.0
    inter = len(pred & gold)
    if inter == 0:
        return 0.0
    p, r = inter / len(pred), inter / len(gold)
    return 2 * p * r / (p + r)


def semeval_f1(posts: Iterable[tuple[set[int], set[int]]]) -> float | None:
    """Mean per-post `char_f1` over (pred, gold) pairs; None when there are no posts."""
    scores = [char_f1(p, g) for p, g in posts]
    return sum(scores) / len(scores) if scores else None


def char_prf(pred: set[int], gold: set[int]) -> PRF:
    """Character counts of one post, for micro-averaging over posts."""
    inter = len(pred & gold)
    return PRF(inter, len(pred) - inter, len(gold) - inter)


# -- speakers ----------------------------------------------------------------------------------


def _tokens(name: str) -> list[str]:
    cleaned = "".join(ch if ch.isalnum() else " " for ch in name.casefold())
    return cleaned.split()


def speaker_match(ours: str | None, gold: str | None) -> bool:
    """Equal after case/punctuation/space normalisation, or all tokens of one are among the
    other's (``Aliyev`` ~ ``Ilham Aliyev``; ``Uwe Foullong`` ~ ``der Gewerkschaftsvorstand Uwe
    Foullong``). Empty names never match."""
    a, b = _tokens(ours or ""), _tokens(gold or "")
    if not a or not b:
        return False
    if a == b:
        return True
    ca, cb = Counter(a), Counter(b)
    return not (ca - cb) or not (cb - ca)


# -- text extraction ---------------------------------------------------------------------------


def token_prf(extracted: str, gold: str) -> PRF:
    """Bag-of-words (whitespace tokens, multiset) overlap of extracted vs gold text, the measure of
    the scrapinghub article-extraction benchmark."""
    e, g = Counter(extracted.split()), Counter(gold.split())
    inter = sum((e & g).values())
    return PRF(inter, sum(e.values()) - inter, sum(g.values()) - inter)


def normalise_ws(text: str) -> str:
    return " ".join(text.split())


def mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None
