"""Comment-level "violates policy" verdict model: numpy-only inference over hashed features.

Weights live in package data (`spanbank/models/policy_verdict.npz`, written by
`scripts/train_policy_verdict.py`) and are loaded once with importlib.resources; nothing is
downloaded. See docs/policy_verdict.md.

The model scores a whole comment (`VerdictModel.score(text) -> P(violates)`), with up to two
logistic regressions over the SAME hashed features (`features`):
  * a comment model over the comment's features, L2-normalised (a bag of the comment);
  * a sentence model over each sentence's features; the comment gets the highest and the mean of
    its sentences' logits (one toxic sentence in a long, calm comment still counts);
and a small stacking logistic regression that combines the comment logit with the sentences'
max and mean logits (weights in the metadata). Which parts are used was chosen by CV on TRAIN.

The word lists the features use (group words, hostile words, profanity, insults, slurs) are a
snapshot of `src/spanbank/data/policy/` taken when the model was trained and stored in the model
itself, so later edits of the annotator's lexicons do not shift this model's features.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import zlib
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain

import numpy as np

from spanbank.annotators.policy_model import package_arrays

MODEL_FILE = "policy_verdict.npz"

_URL = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)
_HANDLE = re.compile(r"@\w+")
_WORD = re.compile(r"[a-z0-9]+(?:['*$#@][a-z0-9]+)*")
# sentence ends: . ! ? (runs), newlines; a comment without any is one sentence
_SENT = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "$": "s", "@": "a"})
_RUN3 = re.compile(r"([a-z])\1{2,}")
FLAGS = ("GROUP", "HOSTILE", "PROF", "INS", "SLUR")


class VerdictModelError(RuntimeError):
    pass


def normalise(text: str) -> str:
    """NFKC, lower case, curly apostrophes straight, links and @handles dropped (tweets' handles and
    'RT' are a Twitter artifact of the training data, not a signal about news comments)."""
    t = unicodedata.normalize("NFKC", text).replace("’", "'").replace("‘", "'")
    t = _HANDLE.sub(" ", _URL.sub(" ", t))
    return t.lower()


def words(text: str) -> list[str]:
    """Normalised words of ``text`` (leet digits decoded inside words with letters, runs of three or
    more letters shortened to two, 'rt' dropped)."""
    return [w for w in map(_word_form, _WORD.findall(normalise(text))) if w]


@lru_cache(maxsize=200_000)
def _word_form(w: str) -> str:
    """One matched word's normalised form ("" when it is dropped); cached, as words repeat."""
    if any(c.isdigit() or c in "$@" for c in w) and any(c.isalpha() for c in w):
        w = w.translate(_LEET)
    w = _RUN3.sub(r"\1\1", w).strip("'")
    return "" if w == "rt" else w


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence holding a letter or digit; the whole text when none."""
    out = [m.span() for m in _SENT.finditer(text) if any(c.isalnum() for c in m.group())]
    return out or [(0, len(text))]


def split_sentences(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in sentence_spans(text)]


@lru_cache(maxsize=100_000)
def _h(s: str) -> int:
    return zlib.crc32(s.encode("utf-8"))


@dataclass(frozen=True)
class Lexicon:
    """Word lists (exact words and prefixes) per flag; a snapshot stored with the model."""

    exact: dict[str, frozenset[str]] = field(default_factory=dict)
    prefixes: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @classmethod
    def from_json(cls, d: dict) -> Lexicon:
        return cls({k: frozenset(v["exact"]) for k, v in d.items()},
                   {k: tuple(v["prefixes"]) for k, v in d.items()})

    def to_json(self) -> dict:
        return {k: {"exact": sorted(self.exact[k]), "prefixes": sorted(self.prefixes.get(k, ()))}
                for k in self.exact}

    def flags(self, w: str) -> tuple[str, ...]:
        out = []
        for k, ex in self.exact.items():
            pre = self.prefixes.get(k, ())
            base = w[:-2] if w.endswith("'s") else w
            if w in ex or base in ex or (pre and w.startswith(pre)) or (w.endswith("s") and w[:-1] in ex):
                out.append(k)
        return tuple(out)


class Featurizer:
    """Hashed features of a text (a comment or one sentence): words, word bigrams, character
    3-5-grams of each word, lexicon flags, and, when a group word occurs, the group's
    co-occurrence with the other words (`g&word`) and with a hostile word (`g&HOSTILE`)."""

    def __init__(self, lexicon: Lexicon, chars: bool = True, groups: bool = True):
        self.lexicon = lexicon
        self.chars = chars
        self.groups = groups
        self._word_cache: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {}
        self._bigram_cache: dict[tuple[str, str], int] = {}
        self._last: tuple[str, np.ndarray] | None = None  # the last text and its features

    def _word(self, w: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
        got = self._word_cache.get(w)
        if got is None:
            feats = [_h("w=" + w)]
            if self.chars and len(w) > 2:
                p = f"<{w}>"
                for n in (3, 4, 5):
                    feats += [_h(f"c{n}=" + p[i : i + n]) for i in range(len(p) - n + 1)]
            fl = self.lexicon.flags(w)
            feats += [_h("L=" + f) for f in fl]
            got = (tuple(feats), fl)
            if len(self._word_cache) < 100_000:  # ~1 KB each
                self._word_cache[w] = got
        return got

    def features(self, text: str) -> np.ndarray:
        """Unique hashed feature ids (uint32) of ``text``; empty text gives just the bias."""
        last = self._last
        if last is not None and last[0] == text:
            # a one-sentence comment is featurised as the comment and as its sentence
            return last[1].copy()
        ws = _words_memo(text)
        cached = self._word_cache.get
        got = [cached(w) or self._word(w) for w in dict.fromkeys(ws)]  # each distinct word once
        group = any("GROUP" in fl for _, fl in got)
        bigrams = self._bigram_cache
        pairs = list(zip(ws, ws[1:], strict=False))
        bs = list(map(bigrams.get, pairs))
        if None in bs:
            for k, pair in enumerate(pairs):
                if bs[k] is None:
                    b = bs[k] = zlib.crc32(("b=" + pair[0] + "|" + pair[1]).encode("utf-8"))  # = _h, not kept twice
                    if len(bigrams) < 200_000:
                        bigrams[pair] = b
        # the words' features, then the bigrams', added one at a time in this order: a set's
        # iteration order (and so the order `_logit` sums the weights in) depends on it
        feats: set[int] = {_h("bias")}
        feats.update(chain.from_iterable([f for f, _ in got]), bs)
        if self.groups and group:
            # the group's co-occurrence within each sentence, not across the whole comment
            for sent in split_sentences(text) if len(ws) > 40 else [text]:
                sw = _words_memo(sent) if len(ws) > 40 else ws
                sf = {w: (cached(w) or self._word(w))[1] for w in sw}
                if not any("GROUP" in fl for fl in sf.values()):
                    continue
                feats.add(_h("grp"))
                feats.update(_h("g&" + w) for w, fl in sf.items() if "GROUP" not in fl)
                if any("HOSTILE" in fl for fl in sf.values()):
                    feats.add(_h("g&HOSTILE"))
        out = np.fromiter(feats, dtype=np.uint32, count=len(feats))
        self._last = (text, out)
        return out.copy()


@lru_cache(maxsize=256)
def _words_memo(text: str) -> tuple[str, ...]:
    """`words` of a text, remembered: a comment's sentences are featurised twice (the comment
    model's group co-occurrence per sentence, and the sentence model)."""
    return tuple(words(text))


@dataclass
class VerdictModel:
    """P(a comment violates the policy). ``threshold``: the verdict's operating point (CV on TRAIN);
    ``version``: bump when the shipped model's output changes (origin ``model:policy_verdict@<v>``)."""

    meta: dict
    featurizer: Featurizer
    comment_w: np.ndarray | None
    sentence_w: np.ndarray | None
    stack: np.ndarray  # [bias, comment logit, max sentence logit, mean sentence logit]

    @property
    def threshold(self) -> float:
        return float(self.meta["threshold"])

    @property
    def version(self) -> str:
        return str(self.meta["version"])

    @property
    def origin(self) -> str:
        return f"model:policy_verdict@{self.version}"

    def _logit(self, w: np.ndarray, texts: list[str], l2: bool) -> np.ndarray:
        mask = w.shape[0] - 2  # the last row is the intercept
        out = np.empty(len(texts))
        b = float(w[-1])
        features = self.featurizer.features
        for i, t in enumerate(texts):
            idx = features(t) & mask
            z = float(w[idx].sum())
            if l2:
                z /= math.sqrt(len(idx))  # = np.sqrt: both correctly rounded
            out[i] = z + b
        return out

    def parts(self, text: str) -> tuple[float, float, float]:
        """(comment logit, highest sentence logit, mean sentence logit); 0 for a part not shipped."""
        zc = self._logit(self.comment_w, [text], True)[0] if self.comment_w is not None else 0.0
        if self.sentence_w is not None:
            zs = self._logit(self.sentence_w, split_sentences(text), True)
            return zc, float(zs.max()), float(zs.mean())
        return zc, 0.0, 0.0

    def score(self, text: str) -> float:
        """P(the comment violates the policy), in [0, 1]; deterministic."""
        if not text or not text.strip():
            return 0.0
        zc, zmax, zmean = self.parts(text)
        z = self.stack[0] + self.stack[1] * zc + self.stack[2] * zmax + self.stack[3] * zmean
        return float(1.0 / (1.0 + np.exp(-z)))


def model_from_arrays(arrays: dict) -> VerdictModel:
    meta = json.loads(str(arrays["meta"]))
    lex = Lexicon.from_json(meta["lexicon"])
    feat = Featurizer(lex, chars=bool(meta["features"]["chars"]), groups=bool(meta["features"]["groups"]))
    return VerdictModel(
        meta=meta,
        featurizer=feat,
        comment_w=np.asarray(arrays["comment_w"], dtype=np.float32) if "comment_w" in arrays else None,
        sentence_w=np.asarray(arrays["sentence_w"], dtype=np.float32) if "sentence_w" in arrays else None,
        stack=np.asarray(meta["stack"], dtype=np.float64),
    )


@cache
def load_verdict_model() -> VerdictModel:
    """The shipped verdict model, loaded once per process from package data (offline)."""
    return model_from_arrays(package_arrays(MODEL_FILE, VerdictModelError, "verdict model", "train_policy_verdict.py"))
