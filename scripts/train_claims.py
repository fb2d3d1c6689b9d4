#!/usr/bin/env python
"""Train the check-worthy claim model shipped as src/spanbank/models/claims.json.gz.

Reads ../shared/traindata/claimbuster.train.jsonl.gz (records with `text` and
`doc_labels.check_worthy`), featurises every sentence with `spanbank.annotators.claims.sentence_features`
(the same function the annotator uses), chooses the regularisation strength by cross-validation on
TRAIN only (folds are contiguous blocks of sentence ids, i.e. mostly whole debates, so the score
says how the model does on debates it has not seen), picks the decision threshold that maximises
positive-class F1 on the pooled out-of-fold scores, fits on all of TRAIN and writes the weights as
deterministic gzipped JSON. Prints the cross-validated scores the settings were selected by.

The shipped score blends the logistic regression with a complement naive Bayes model over the
binary presence of the word and cue features: (1 - w)·p_LR + w·p_NB, w chosen by the same
cross-validation (w = 0 is the LR alone, so the blend only ships when it wins on TRAIN).

Needs the "train" extra (scikit-learn). Everything is seeded: the same input gives a byte-identical
file, and `meta.model_version` (a hash of the weights) and `meta.train_sha256` say what was trained
on what.

    python scripts/train_claims.py [--train PATH] [--out PATH] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import io
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.linear_model import LogisticRegression
from sklearn.naive_bayes import ComplementNB

from spanbank.annotators.claims import WORD_MEAN_BLOCKS, char_ngrams, sentence_features

REPO = Path(__file__).resolve().parent.parent
DEFAULT_TRAIN = REPO.parent / "shared" / "traindata" / "claimbuster.train.jsonl.gz"
DEFAULT_OUT = REPO / "src" / "spanbank" / "models" / "claims.json.gz"

SEED = 20240601
FOLDS = 5
MIN_DF = {"w": 2, "c": 3, "f": 1}
C_GRID = (1.0, 2.0, 4.0, 8.0, 16.0)
NB_BLOCKS = ("w", "f")  # the naive Bayes part sees word 1-2-grams and cues, present or not
NB_MIN_DF = 2
NB_ALPHA = 0.5
NB_WEIGHTS = (0.0, 0.2, 0.3, 0.4)
THRESHOLDS = [round(t, 2) for t in np.arange(0.20, 0.81, 0.01)]
FORMAT = "spanbank-claims-lr/3"


def load(path: Path, limit: int | None) -> tuple[list[str], np.ndarray, str]:
    raw = Path(path).read_bytes()
    rows = []
    with gzip.open(io.BytesIO(raw), "rt", encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                order = (rec.get("meta") or {}).get("sentence_id", lineno)
                rows.append((order, rec["text"], bool(rec["doc_labels"]["check_worthy"])))
            except (KeyError, TypeError, json.JSONDecodeError) as e:
                raise SystemExit(f"{path}:{lineno}: bad record ({e})") from e
            if limit and len(rows) >= limit:
                break
    rows.sort(key=lambda r: r[0])  # sentence ids run debate by debate: contiguous folds ~ whole debates
    return [r[1] for r in rows], np.array([r[2] for r in rows], dtype=int), hashlib.sha256(raw).hexdigest()


class Vectorizer:
    """Per block: vocabulary (min_df over sentences), smooth idf, sublinear tf, L2 norm; the char
    block is the mean of its words' normalised char-n-gram vectors. Mirrors ClaimModel.decision."""

    def __init__(self, feats: list[dict[str, list[str]]]):
        n = len(feats)
        self.vocab: dict[str, dict[str, int]] = {}
        self.idf: dict[str, np.ndarray] = {}
        for block, min_df in MIN_DF.items():
            df = Counter(f for fs in feats for f in set(self._units(block, fs[block])))
            names = sorted(f for f, c in df.items() if c >= min_df)
            self.vocab[block] = {f: i for i, f in enumerate(names)}
            self.idf[block] = np.array([math.log((1 + n) / (1 + df[f])) + 1.0 for f in names])

    @staticmethod
    def _units(block: str, items: list[str]) -> list[str]:
        if block in WORD_MEAN_BLOCKS:
            return [g for w in items for g in char_ngrams(w)]
        return items

    def _unit_vector(self, block: str, feats) -> dict[int, float]:
        vocab, idf = self.vocab[block], self.idf[block]
        counts = Counter(vocab[f] for f in feats if f in vocab)
        v = {j: (1.0 + math.log(c)) * idf[j] for j, c in counts.items()}
        norm = math.sqrt(sum(x * x for x in v.values()))
        return {j: x / norm for j, x in v.items()} if norm else {}

    def transform(self, feats: list[dict[str, list[str]]]) -> csr_matrix:
        mats = []
        for block, vocab in self.vocab.items():
            rows, cols, vals = [], [], []
            cache: dict[str, dict[int, float]] = {}
            for r, fs in enumerate(feats):
                items = fs[block]
                if block in WORD_MEAN_BLOCKS:
                    row: dict[int, float] = {}
                    for w in items:
                        if w not in cache:
                            cache[w] = self._unit_vector(block, char_ngrams(w))
                        for j, x in cache[w].items():
                            row[j] = row.get(j, 0.0) + x / len(items)
                else:
                    row = self._unit_vector(block, items)
                rows.extend([r] * len(row))
                cols.extend(row.keys())
                vals.extend(row.values())
            mats.append(csr_matrix((vals, (rows, cols)), shape=(len(feats), len(vocab))))
        return hstack(mats, format="csr")


class NBVectorizer:
    """Binary presence of the NB_BLOCKS features seen in >= NB_MIN_DF training sentences."""

    def __init__(self, feats: list[dict[str, list[str]]]):
        self.columns: list[tuple[str, str]] = []
        for block in NB_BLOCKS:
            df = Counter(f for fs in feats for f in set(fs[block]))
            self.columns += [(block, f) for f in sorted(f for f, c in df.items() if c >= NB_MIN_DF)]
        self.index = {bf: j for j, bf in enumerate(self.columns)}

    def transform(self, feats: list[dict[str, list[str]]]) -> csr_matrix:
        rows, cols = [], []
        for r, fs in enumerate(feats):
            js = sorted({self.index[(b, f)] for b in NB_BLOCKS for f in fs[b] if (b, f) in self.index})
            rows += [r] * len(js)
            cols += js
        return csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(feats), len(self.columns)))


def fit_nb(X: csr_matrix, y: np.ndarray) -> ComplementNB:
    return ComplementNB(alpha=NB_ALPHA).fit(X, y)


def fit(X: csr_matrix, y: np.ndarray, C: float) -> LogisticRegression:
    clf = LogisticRegression(C=C, class_weight="balanced", max_iter=5000, solver="liblinear", random_state=SEED)
    return clf.fit(X, y)


def prf(y: np.ndarray, pred: np.ndarray) -> tuple[float, float, float]:
    tp = int((pred & (y == 1)).sum())
    p = tp / max(int(pred.sum()), 1)
    r = tp / max(int(y.sum()), 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(y: np.ndarray, scores: np.ndarray) -> tuple[float, tuple[float, float, float]]:
    return max(((t, prf(y, scores >= t)) for t in THRESHOLDS), key=lambda tr: (tr[1][2], -abs(tr[0] - 0.5)))


def folds(n: int) -> list[np.ndarray]:
    """Contiguous blocks of the id-sorted sentences (ids run debate by debate)."""
    return [np.arange(n)[k * n // FOLDS : (k + 1) * n // FOLDS] for k in range(FOLDS)]


def cross_validate(feats, y, c_grid=C_GRID) -> tuple[dict[float, np.ndarray], np.ndarray]:
    """Out-of-fold probabilities of the LR for each C, and of the naive Bayes part."""
    lr = {C: np.zeros(len(y)) for C in c_grid}
    nb = np.zeros(len(y))
    for test in folds(len(y)):
        train = np.setdiff1d(np.arange(len(y)), test)
        ftrain, ftest = [feats[i] for i in train], [feats[i] for i in test]
        vec = Vectorizer(ftrain)
        Xtr, Xte = vec.transform(ftrain), vec.transform(ftest)
        for C in c_grid:
            lr[C][test] = fit(Xtr, y[train], C).predict_proba(Xte)[:, 1]
        nbvec = NBVectorizer(ftrain)
        nb[test] = fit_nb(nbvec.transform(ftrain), y[train]).predict_proba(nbvec.transform(ftest))[:, 1]
    return lr, nb


def export(vec: Vectorizer, clf: LogisticRegression) -> tuple[dict, float]:
    coef = clf.coef_[0]
    blocks, offset = {}, 0
    for block, vocab in vec.vocab.items():
        table = {}
        for f, i in vocab.items():
            c = float(coef[offset + i])
            # every in-vocabulary feature keeps its idf (it counts in the row norm); coef 0 is fine
            table[f] = [round(float(vec.idf[block][i]), 4), round(c, 5)]
        blocks[block] = table
        offset += len(vocab)
    return blocks, round(float(clf.intercept_[0]), 5)


def export_nb(vec: NBVectorizer, nb: ComplementNB) -> dict[str, dict[str, float]]:
    """Per feature log P(x|pos) - log P(x|neg) in ComplementNB's terms; the positive-class probability
    is sigmoid(Σ over present features), since ComplementNB adds no class prior for two classes."""
    pos = list(nb.classes_).index(1)
    d = nb.feature_log_prob_[pos] - nb.feature_log_prob_[1 - pos]
    blocks: dict[str, dict[str, float]] = {b: {} for b in NB_BLOCKS}
    for (block, f), x in zip(vec.columns, d, strict=True):
        blocks[block][f] = round(float(x), 5)
    return blocks


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--train", type=Path, default=DEFAULT_TRAIN, help="claimbuster.train.jsonl.gz (read)")
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="weights file (written, gzipped JSON)")
    ap.add_argument("--limit", type=int, default=None, help="use only the first N records (tests)")
    args = ap.parse_args(argv)

    texts, y, train_sha = load(args.train, args.limit)
    print(f"train: {args.train.name}: {len(texts)} sentences, {int(y.sum())} check-worthy", file=sys.stderr)
    feats = [sentence_features(t) for t in texts]

    lr_oof, nb_oof = cross_validate(feats, y)
    t, (p, r, f1) = best_threshold(y, nb_oof)
    print(f"cv naive Bayes alone best threshold {t:.2f}: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    cv = []
    for C in C_GRID:
        for w in NB_WEIGHTS:
            t, (p, r, f1) = best_threshold(y, (1 - w) * lr_oof[C] + w * nb_oof)
            cv.append({"C": C, "nb_weight": w, "threshold": t,
                       "precision": round(p, 4), "recall": round(r, 4), "f1": round(f1, 4)})
            print(f"cv C={C:<4} nb_weight={w:.1f} best threshold {t:.2f}: P {p:.3f} R {r:.3f} F1 {f1:.3f}")
    chosen = max(cv, key=lambda d: (d["f1"], -d["C"], -d["nb_weight"]))
    print(f"selected C={chosen['C']} nb_weight={chosen['nb_weight']} threshold={chosen['threshold']:.2f}"
          f" (cv F1 {chosen['f1']:.3f})")

    vec = Vectorizer(feats)
    clf = fit(vec.transform(feats), y, chosen["C"])
    blocks, bias = export(vec, clf)
    nb_part = None
    if chosen["nb_weight"]:
        nbvec = NBVectorizer(feats)
        nb_part = {"blocks": export_nb(nbvec, fit_nb(nbvec.transform(feats), y)), "bias": 0.0,
                   "weight": chosen["nb_weight"]}
    weights = json.dumps({"blocks": blocks, "bias": bias, "nb": nb_part}, sort_keys=True, separators=(",", ":"))
    meta = {
        "format": FORMAT,
        "model_version": hashlib.sha256(weights.encode()).hexdigest()[:12],
        "train_file": args.train.name,
        "train_sha256": train_sha,
        "train_items": len(texts),
        "train_positive": int(y.sum()),
        "limit": args.limit,
        "seed": SEED,
        "folds": f"{FOLDS} contiguous blocks of sentence ids",
        "min_df": MIN_DF,
        "word_mean_blocks": sorted(WORD_MEAN_BLOCKS),
        "C": chosen["C"],
        "nb": {"model": "ComplementNB", "alpha": NB_ALPHA, "blocks": list(NB_BLOCKS), "min_df": NB_MIN_DF,
               "weight": chosen["nb_weight"], "weights_tried": list(NB_WEIGHTS)},
        "threshold_selection": "max positive-class F1 on pooled out-of-fold scores",
        "cv": cv,
        "features": {b: len(t) for b, t in blocks.items()},
        "nb_features": {b: len(t) for b, t in (nb_part or {}).get("blocks", {}).items()},
        "licence_of_training_data": "ClaimBuster, CC-BY-4.0 (doi:10.5281/zenodo.3609356)",
    }
    doc = {"meta": meta, "blocks": blocks, "bias": bias, "threshold": chosen["threshold"], "nb": nb_part}
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9, filename="") as gz:
        gz.write(json.dumps(doc, sort_keys=True, separators=(",", ":")).encode())
    args.out.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.out.with_suffix(".tmp")
    tmp.write_bytes(buf.getvalue())
    tmp.replace(args.out)
    print(f"wrote {args.out} ({len(buf.getvalue()) / 1e6:.2f} MB, model_version {meta['model_version']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
