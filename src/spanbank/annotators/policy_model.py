"""The shipped comment-policy token model: numpy-only inference over hashed features.

Weights live in package data (`spanbank/models/policy.npz`, written by `scripts/train_policy.py`)
and are loaded once with importlib.resources; nothing is downloaded. Two logistic regressions:
  * a toxic-token model: P(token is inside a toxic span) from `policy_text.token_features`;
  * a type model: which policy label a toxic token carries (multinomial, same features);
  * a verdict model: P(sentence is toxic) from `policy_text.doc_features`; a comment's score is
    the highest of its sentences' (trained on ToxicSpans sentences and Davidson tweets);
  * a second-pass (stacked) token model: P(token is toxic) again, from `stack_features`: the first
    pass's probabilities of the token and its neighbours, of its sentence and comment, the type
    probabilities, the rules' hits and the lexicon flags around it (trained on out-of-fold
    first-pass probabilities). Spans are read from its probabilities when the model has one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import numpy as np

from spanbank.annotators.policy_lexicon import GROUP, HOSTILE, word_flags
from spanbank.annotators.policy_text import h, normal_forms, tokens, word_features

MODEL_FILE = "policy.npz"

# rule labels and lexicon flags the second pass sees (order = feature columns; do not reorder
# without retraining)
STACK_RULE_LABELS = ("PROFANITY", "INSULT", "IDENTITY_ATTACK", "THREAT", "SPAM")
STACK_FLAGS = ("PROF", "INS", "SLUR", "GROUP", "HOSTILE")
_EPS = 1e-4


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, _EPS, 1 - _EPS)
    return np.log(p / (1 - p))


@lru_cache(maxsize=1024)
def _flag_row(flags: tuple[str, ...]) -> tuple[bool, ...]:
    """Which of STACK_FLAGS a token's lexicon flags hold (few distinct flag tuples: cached)."""
    return tuple(f in flags for f in STACK_FLAGS)


def stack_features(
    toks: list[tuple[int, int, str]],
    flags: list[tuple[str, ...]],
    sents: list[tuple[int, int]],
    rules: list,
    p: np.ndarray,
    tp: np.ndarray,
) -> np.ndarray:
    """Dense features (n_tokens, 44) of the second-pass token model, from the first pass's token
    probabilities ``p`` and type probabilities ``tp`` (n, 4: insult, profanity, threat,
    identity_hate), the comment's sentences and rule hits (objects with start, end, label).
    Shared by inference and scripts/train_policy.py. Columns: logit of the token and of the three
    tokens either side; of its sentence's highest probability, mean, log length, highest
    threat- and identity-weighted probability; the comment's highest and the token's distance to
    it; log token count; type probabilities, alone and times p; inside a rule hit of each label;
    a rule hit of each label in the sentence; lexicon flags; a group word in the sentence; short
    word; the comment's most probable token; distance to a token with p >= 0.5; the larger and the
    smaller logit of the two adjacent tokens."""
    n = len(toks)
    if n == 0:
        return np.zeros((0, 44))
    p = np.asarray(p, dtype=np.float64)
    tp = np.asarray(tp, dtype=np.float64)
    lg = _logit(p)
    low = float(_logit(np.array(_EPS)))
    pad = np.concatenate((np.full(3, low), lg, np.full(3, low)))
    nb = [pad[3 + o : 3 + o + n] for o in (-3, -2, -1, 1, 2, 3)]
    tstart = np.array([s for s, _, _ in toks])
    tend = np.array([e for _, e, _ in toks])

    # sentences in order and apart (as `policy_rules.sentences` gives them): one binary search finds
    # the one a position is in, instead of a pass over the positions per sentence
    ordered = len(sents) > 4 and all(a < b for a, b in sents) and all(
        sents[k][1] <= sents[k + 1][0] for k in range(len(sents) - 1))
    if ordered:
        sa = np.array([a for a, _ in sents])
        sb = np.array([b for _, b in sents])

    def sent_of(pos: np.ndarray) -> np.ndarray:
        if ordered:
            k = np.searchsorted(sa, pos, side="right") - 1
            return np.where((k >= 0) & (pos < sb[np.maximum(k, 0)]), k, -1)
        out = np.full(len(pos), -1)
        for k, (a, b) in enumerate(sents):
            out[(pos >= a) & (pos < b)] = k
        return out

    sid = sent_of(tstart)
    sid[sid < 0] = 0
    ns = max(len(sents), 1)
    cnt = np.bincount(sid, minlength=ns)

    def smax(v: np.ndarray) -> np.ndarray:
        m = np.full(ns, -np.inf)
        np.maximum.at(m, sid, v)
        return m[sid]

    smean = (np.bincount(sid, weights=p, minlength=ns) / np.maximum(cnt, 1))[sid]
    fl = np.array([_flag_row(flags[j]) for j in range(n)], dtype=np.float64)
    inrule = np.zeros((n, len(STACK_RULE_LABELS)))
    sentrule = np.zeros((n, len(STACK_RULE_LABELS)))
    if rules:
        rsid = sent_of(np.array([r.start for r in rules]))
        for r, rs in zip(rules, rsid, strict=True):
            k = STACK_RULE_LABELS.index(r.label)
            inrule[(tstart < r.end) & (r.start < tend), k] = 1.0
            if rs >= 0:
                sentrule[sid == rs, k] = 1.0
    pmax = np.full(n, float(_logit(np.array(p.max()))))
    hi = np.flatnonzero(p >= 0.5)
    idx = np.arange(n)
    dist = (np.minimum(np.abs(idx[:, None] - hi[None, :]).min(axis=1), 5).astype(np.float64)
            if len(hi) else np.full(n, 6.0))
    return np.column_stack([
        lg, *nb, _logit(smax(p)), smean, np.log(cnt[sid]), _logit(smax(p * tp[:, 2])),
        _logit(smax(p * tp[:, 3])), pmax, lg - pmax, np.full(n, np.log(n)), tp, tp * p[:, None],
        inrule, sentrule, fl, smax(fl[:, 3]), np.array([len(t) <= 3 for _, _, t in toks], dtype=np.float64),
        (idx == int(np.argmax(p))).astype(np.float64), dist, np.maximum(nb[2], nb[3]), np.minimum(nb[2], nb[3]),
    ])


# rows of the score cache: 0..4 the roles of the start pad "<s>", 5..9 of the end pad "</s>"
_PAD_END = 5
_CACHE_ROWS = 300_000  # rows (12 MB) or word pairs; the cache starts over beyond that (~60 MB in all)


@dataclass
class _ScoreCache:
    """Partial sums of `token_features` for `PolicyModel.scores` (see there)."""

    table: np.ndarray
    size: int
    words: dict
    pairs: dict
    triples: dict
    # token -> (normal form, weight, group word, hostile word, weight of its co-occurrence with a group)
    doc_words: dict = field(default_factory=dict)
    doc_pairs: dict = field(default_factory=dict)  # (form, form) -> weight of the bigram
    doc_bias: float = 0.0
    doc_extra: dict = field(default_factory=dict)  # "grp", "g&HOSTILE" -> weight

    @classmethod
    def new(cls, model: PolicyModel) -> _ScoreCache:
        c = cls(np.zeros((1024, 1 + len(model.type_labels))), 0, {}, {}, {})
        for pad in ("<s>", "</s>"):
            c._append(model, [[], [h("p1=" + pad)], [h("p2=" + pad)], [h("n1=" + pad)], [h("n2=" + pad)]])
        if model.doc_w is not None:
            c.doc_bias = c._doc_sum(model, [h("bias")])
            c.doc_extra = {f: c._doc_sum(model, [h(f)]) for f in ("grp", "g&HOSTILE")}
        return c

    @staticmethod
    def _doc_sum(model: PolicyModel, feats: list[int]) -> float:
        if len(feats) == 1:  # the weight itself (a sum of one float32 is it, exactly)
            return float(model.doc_w[feats[0] & (model.doc_w.shape[0] - 1)])
        f = np.asarray(feats, dtype=np.uint32) & (model.doc_w.shape[0] - 1)
        return float(model.doc_w[f].sum(dtype=np.float64))

    def add_doc_word(self, model: PolicyModel, tok: str) -> tuple[str, float, bool, bool, float]:
        form = normal_forms(tok)[-1]
        fl = word_flags(tok)
        e = self.doc_words[tok] = (
            form, self._doc_sum(model, [h("d=" + form), *(h("dL=" + f) for f in fl)]), GROUP in fl,
            HOSTILE in fl, self._doc_sum(model, [h("g&" + form)]),
        )
        return e

    def add_doc_pair(self, model: PolicyModel, a: str, b: str) -> float:
        z = self.doc_pairs[(a, b)] = self._doc_sum(model, [h("d2=" + a + "|" + b)])
        return z

    def _append(self, model: PolicyModel, feature_lists: list[list[int]]) -> int:
        base = self.size
        need = base + len(feature_lists)
        if need > len(self.table):
            grown = np.zeros((max(need, 2 * len(self.table)), self.table.shape[1]))
            grown[:base] = self.table[:base]
            self.table = grown
        single = [i for i, feats in enumerate(feature_lists) if len(feats) == 1]
        if single:
            # a row of one feature holds its weights (what `feature_sums` gives for it, exactly): all
            # such rows in one gather
            f = np.array([feature_lists[i][0] for i in single], dtype=np.uint32)
            rows = base + np.array(single)
            self.table[rows, 0] = model.tok_w[f & model.tok_mask]
            self.table[rows, 1:] = model.type_w[:, f & model.type_mask].T
        for i, feats in enumerate(feature_lists):
            if len(feats) != 1:
                self.table[base + i] = model.feature_sums(feats) if feats else 0.0
        self.size = need
        return base

    def add_words(self, model: PolicyModel, keys: list[tuple[str, tuple[str, ...]]]) -> None:
        """Rows of new (word, flags) keys (distinct), five each."""
        rows = []
        for w, fl in keys:
            form = normal_forms(w)[0]
            rows.append([*word_features(w), *(h("L=" + f) for f in fl), h("bias")])
            for role, off in (("p1", -1), ("p2", -2), ("n1", 1), ("n2", 2)):
                # this token seen from the token `off` positions away: the neighbour's word and flags
                rows.append([h(f"{role}=" + form), *(h(f"L{off}=" + f) for f in fl)])
        base = self._append(model, rows)
        for i, key in enumerate(keys):
            self.words[key] = base + 5 * i

    def add_pairs(self, model: PolicyModel, keys: list[tuple[str, str]]) -> None:
        """Rows of new word pairs (distinct): row + 0, "bp" of the second word; row + 1, "bn" of the first."""
        rows = []
        for a, b in keys:
            rows += [[h("bp=" + a + "|" + b)], [h("bn=" + a + "|" + b)]]
        base = self._append(model, rows)
        for i, key in enumerate(keys):
            self.pairs[key] = base + 2 * i

    def add_triples(self, model: PolicyModel, keys: list[tuple[str, str, str]]) -> None:
        """Rows of new word triples (distinct), one each."""
        base = self._append(model, [[h("tp=" + "|".join(key))] for key in keys])
        for i, key in enumerate(keys):
            self.triples[key] = base + i


class PolicyModelError(RuntimeError):
    pass


@dataclass
class PolicyModel:
    tok_w: np.ndarray
    tok_b: float
    type_w: np.ndarray  # (n_types, buckets)
    type_b: np.ndarray
    type_labels: list[str]
    threshold: float
    meta: dict
    doc_w: np.ndarray | None = None
    doc_b: float = 0.0
    doc_threshold: float = 1.0
    clause_labels: frozenset[str] = frozenset()
    fallback: bool = False
    threshold_unflagged: float = 0.0
    stack_w: np.ndarray | None = None  # second-pass token model over `stack_features` (None: none)
    stack_b: float = 0.0

    @property
    def tok_mask(self) -> int:
        return self.tok_w.shape[0] - 1

    @property
    def type_mask(self) -> int:
        return self.type_w.shape[1] - 1

    def scores(self, words: list[str], flags: list[tuple[str, ...]]) -> tuple[np.ndarray, np.ndarray]:
        """(P(toxic) per token, type probabilities per token (n, n_types)).

        The same sums as over `policy_text.token_features` (tested), computed from cached partial
        sums: each distinct token contributes one row per role (itself with its flags and the bias;
        as the first or second word before or after another token), each adjacent pair of words one
        row per bigram feature and each triple one row, so a token costs three dictionary lookups
        instead of hashing ~40 feature strings."""
        n = len(words)
        if n == 0:
            return np.zeros(0), np.zeros((0, len(self.type_labels)))
        cache = self._cache()
        forms = ["<s>", "<s>", *[f[0] for f in map(normal_forms, words)], "</s>", "</s>"]
        # rows of the words (start and end pads' rows around them), of the pairs (forms[j], forms[j + 1])
        # for j = 1 .. n + 1 and of the triples ending at each token; the keys not cached yet are
        # added in order of first occurrence, all at once
        word_keys = list(zip(words, flags, strict=True))
        word_row = [0, 0, *map(cache.words.get, word_keys), _PAD_END, _PAD_END]
        if None in word_row:
            cache.add_words(self, list(dict.fromkeys(k for k in word_keys if k not in cache.words)))
            word_row = [0, 0, *map(cache.words.__getitem__, word_keys), _PAD_END, _PAD_END]
        pair_keys = list(zip(forms[1 : n + 2], forms[2 : n + 3], strict=True))
        pair_row = [0, *map(cache.pairs.get, pair_keys)]
        if None in pair_row:
            cache.add_pairs(self, list(dict.fromkeys(k for k in pair_keys if k not in cache.pairs)))
            pair_row = [0, *map(cache.pairs.__getitem__, pair_keys)]
        tri_keys = list(zip(forms[:n], forms[1 : n + 1], forms[2 : n + 2], strict=True))
        tri_row = list(map(cache.triples.get, tri_keys))
        if None in tri_row:
            cache.add_triples(self, list(dict.fromkeys(k for k in tri_keys if k not in cache.triples)))
            tri_row = list(map(cache.triples.__getitem__, tri_keys))
        wr = np.asarray(word_row)
        pr = np.asarray(pair_row)
        # rows: word roles at base + 0 (self), 1 (p1), 2 (p2), 3 (n1), 4 (n2); token i is wr[i + 2]
        # (slices, the same (n, 8) C-ordered int64 array as stacking the columns gave)
        ids = np.empty((n, 8), dtype=wr.dtype)
        ids[:, 0] = wr[2 : n + 2]
        np.add(wr[1 : n + 1], 1, out=ids[:, 1])
        np.add(wr[0:n], 2, out=ids[:, 2])
        np.add(wr[3 : n + 3], 3, out=ids[:, 3])
        np.add(wr[4 : n + 4], 4, out=ids[:, 4])
        ids[:, 5] = pr[1 : n + 1]
        np.add(pr[2 : n + 2], 1, out=ids[:, 6])
        ids[:, 7] = tri_row
        z = cache.table[ids].sum(axis=1)
        p = 1.0 / (1.0 + np.exp(-(z[:, 0] + self.tok_b)))
        zt = z[:, 1:] + self.type_b
        zt -= zt.max(axis=1, keepdims=True)
        et = np.exp(zt)
        return p, et / et.sum(axis=1, keepdims=True)

    def _cache(self) -> _ScoreCache:
        c = self.__dict__.get("_score_cache")
        if c is None or c.size > _CACHE_ROWS or len(c.doc_pairs) > _CACHE_ROWS:
            c = self.__dict__["_score_cache"] = _ScoreCache.new(self)
        return c

    def feature_sums(self, feats: list[int]) -> np.ndarray:
        """[token-model sum, type-model sums] of hashed features (float64, no intercepts)."""
        f = np.asarray(feats, dtype=np.uint32)
        out = np.empty(1 + len(self.type_labels))
        out[0] = self.tok_w[f & self.tok_mask].sum(dtype=np.float64)
        out[1:] = self.type_w[:, f & self.type_mask].sum(axis=1, dtype=np.float64)
        return out

    def second_pass(self, features: np.ndarray) -> np.ndarray:
        """P(toxic) per token under the second-pass model, from `stack_features`."""
        z = features @ self.stack_w + self.stack_b
        return 1.0 / (1.0 + np.exp(-z))

    def sentence_scores(self, texts: list[str], text_tokens: list[list[str]] | None = None) -> np.ndarray:
        """P(toxic) of each sentence under the verdict model (zeros when the model has none).

        The sums over `policy_text.doc_features` (tested), from cached weights per token (its word,
        lexicon flags and co-occurrence with a group word) and per word pair. ``text_tokens``: the
        token strings of each text (`policy_text.tokens`), when the caller has them."""
        if self.doc_w is None or not texts:
            return np.zeros(len(texts))
        cache = self._cache()
        out = np.empty(len(texts))
        for k, t in enumerate(texts):
            toks = [tok for _, _, tok in tokens(t)] if text_tokens is None else text_tokens[k]
            z = cache.doc_bias
            prev = None
            entries = []
            for tok in toks:
                e = cache.doc_words.get(tok)
                if e is None:
                    e = cache.add_doc_word(self, tok)
                entries.append(e)
                z += e[1]
                if prev is not None:
                    pz = cache.doc_pairs.get((prev, e[0]))
                    if pz is None:
                        pz = cache.add_doc_pair(self, prev, e[0])
                    z += pz
                prev = e[0]
            if any(e[2] for e in entries):
                # a group word: the group's co-occurrence with every other word, and with a hostile one
                z += cache.doc_extra["grp"] + sum(e[4] for e in entries if not e[2])
                if any(e[3] for e in entries):
                    z += cache.doc_extra["g&HOSTILE"]
            out[k] = z + self.doc_b
        return 1.0 / (1.0 + np.exp(-out))


def model_from_arrays(arrays: dict) -> PolicyModel:
    meta = json.loads(str(arrays["meta"]))
    return PolicyModel(
        tok_w=np.asarray(arrays["tok_w"], dtype=np.float32),
        tok_b=float(arrays["tok_b"]),
        type_w=np.asarray(arrays["type_w"], dtype=np.float32),
        type_b=np.asarray(arrays["type_b"], dtype=np.float32),
        type_labels=list(meta["type_labels"]),
        threshold=float(meta["threshold"]),
        meta=meta,
        doc_w=np.asarray(arrays["doc_w"], dtype=np.float32) if "doc_w" in arrays else None,
        doc_b=float(arrays["doc_b"]) if "doc_b" in arrays else 0.0,
        doc_threshold=float(meta.get("doc_threshold", 1.0)),
        clause_labels=frozenset(meta.get("clause_labels", ())),
        fallback=bool(meta.get("fallback", False)),
        threshold_unflagged=float(meta.get("threshold_unflagged", 0.0)),
        stack_w=np.asarray(arrays["stack_w"], dtype=np.float64) if "stack_w" in arrays else None,
        stack_b=float(arrays["stack_b"]) if "stack_b" in arrays else 0.0,
    )


def package_arrays(name: str, error: type[Exception], what: str, script: str) -> dict[str, np.ndarray]:
    """The arrays of ``spanbank/models/<name>`` (package data, offline); ``error`` names the
    file and the training script when it is missing."""
    res = resources.files("spanbank") / "models" / name
    try:
        with res.open("rb") as fh, np.load(fh, allow_pickle=False) as z:
            return {k: z[k] for k in z.files}
    except FileNotFoundError:
        raise error(f"the {what} spanbank/models/{name} is missing; run scripts/{script}") from None


@cache
def load_policy_model() -> PolicyModel:
    """The shipped model, loaded once per process from package data."""
    return model_from_arrays(package_arrays(MODEL_FILE, PolicyModelError, "policy model", "train_policy.py"))
