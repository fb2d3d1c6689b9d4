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
from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import chain

import numpy as np

from spanbank.annotators.policy_text import doc_features, token_features

MODEL_FILE = "policy.npz"

# rule labels and lexicon flags the second pass sees (order = feature columns; do not reorder
# without retraining)
STACK_RULE_LABELS = ("PROFANITY", "INSULT", "IDENTITY_ATTACK", "THREAT", "SPAM")
STACK_FLAGS = ("PROF", "INS", "SLUR", "GROUP", "HOSTILE")
_EPS = 1e-4


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, _EPS, 1 - _EPS)
    return np.log(p / (1 - p))


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

    def sent_of(pos: np.ndarray) -> np.ndarray:
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
    fl = np.array([[f in flags[j] for f in STACK_FLAGS] for j in range(n)], dtype=np.float64)
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
        """(P(toxic) per token, type probabilities per token (n, n_types))."""
        n = len(words)
        if n == 0:
            return np.zeros(0), np.zeros((0, len(self.type_labels)))
        feats = [token_features(words, i, flags) for i in range(n)]
        lens = np.fromiter(map(len, feats), dtype=np.int64, count=n)
        flat = np.fromiter(chain.from_iterable(feats), dtype=np.uint32, count=int(lens.sum()))
        starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
        z = np.add.reduceat(self.tok_w[flat & self.tok_mask], starts) + self.tok_b
        p = 1.0 / (1.0 + np.exp(-z))
        zt = np.add.reduceat(self.type_w[:, flat & self.type_mask], starts, axis=1).T + self.type_b
        zt -= zt.max(axis=1, keepdims=True)
        et = np.exp(zt)
        return p, et / et.sum(axis=1, keepdims=True)

    def second_pass(self, features: np.ndarray) -> np.ndarray:
        """P(toxic) per token under the second-pass model, from `stack_features`."""
        z = features @ self.stack_w + self.stack_b
        return 1.0 / (1.0 + np.exp(-z))

    def sentence_scores(self, texts: list[str]) -> np.ndarray:
        """P(toxic) of each sentence under the verdict model (zeros when the model has none)."""
        if self.doc_w is None or not texts:
            return np.zeros(len(texts))
        feats = [doc_features(t) for t in texts]
        lens = np.fromiter(map(len, feats), dtype=np.int64, count=len(feats))
        flat = np.fromiter(chain.from_iterable(feats), dtype=np.uint32, count=int(lens.sum()))
        starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
        z = np.add.reduceat(self.doc_w[flat & (self.doc_w.shape[0] - 1)], starts) + self.doc_b
        return 1.0 / (1.0 + np.exp(-z))


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
