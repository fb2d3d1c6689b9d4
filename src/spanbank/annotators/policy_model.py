"""The shipped comment-policy token model: numpy-only inference over hashed features.

Weights live in package data (`spanbank/models/policy.npz`, written by `scripts/train_policy.py`)
and are loaded once with importlib.resources; nothing is downloaded. Two logistic regressions:
  * a toxic-token model: P(token is inside a toxic span) from `policy_text.token_features`;
  * a type model: which policy label a toxic token carries (multinomial, same features);
  * a verdict model: P(sentence is toxic) from `policy_text.doc_features`; a comment's score is
    the highest of its sentences' (trained on ToxicSpans sentences and Davidson tweets).
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
    )


@cache
def load_policy_model() -> PolicyModel:
    """The shipped model, loaded once per process from package data."""
    res = resources.files("spanbank") / "models" / MODEL_FILE
    try:
        with res.open("rb") as fh, np.load(fh, allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
    except FileNotFoundError:
        raise PolicyModelError(
            f"the policy model spanbank/models/{MODEL_FILE} is missing; run scripts/train_policy.py"
        ) from None
    return model_from_arrays(arrays)
