"""Inter-annotator agreement on the human layers in ``annotations/``.

What is measured (the `agree --json` output, also written to ``annotations/agreement.json``):

* **Span F1 between two annotators**, per label and overall, on the documents both annotated.
  Spans are matched one-to-one (`match_spans`): two spans *match* when they carry the same label and

  - ``exact``: the same ``start`` and ``end``;
  - ``overlap``: they share at least one character and their character Jaccard overlap
    ``|a ∩ b| / |a ∪ b|`` is at least ``threshold`` (default 0.5).

  Candidate pairs are taken greedily, highest overlap first (ties by position), so each span is
  matched at most once. With ``M`` matches, F1 is ``2M / (|A| + |B|)``; it is symmetric, so "which
  annotator is the reference" does not matter. Totals are micro-averages over all pairs of
  annotators and documents (sum of ``M`` over sum of ``|A| + |B|``); a pair with no spans on either
  side contributes nothing, and an F1 with nothing to compare is ``null``.
* **Krippendorff's alpha (nominal)** for the comment verdict, and for each violation category as a
  binary variable (is the category among the comment's ``violations``), over the comments with a
  verdict. Implemented here with numpy (`krippendorff_alpha_nominal`); ``null`` when undefined
  (no unit with two values, or only one value seen at all).
* **Speaker agreement**: for every pair of quotes matched by overlap, whether both annotators name
  the same speaker (the ``said_by`` SPEAKER's ``attrs.name``, else its text, else the quote's
  ``attrs.speaker``; compared case- and whitespace-insensitively). Pairs where neither names one
  are left out.
* **Each annotator against the rest**: the micro span F1 of that annotator's spans against every
  other annotator on shared documents, and how often its verdict equals theirs.
* **Per-document agreement**: the mean pairwise overlap span F1 of the document (``null`` with
  fewer than two annotators or no spans at all); gold records carry it.

Only *voting* annotations count: human origins, status ``completed`` (skipped and cancelled ones
are counted, not used), not review annotations, and per document and annotator only the latest by
``meta.updated_at`` (older ones are counted as ``superseded``).
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from spanbank.model import Annotation, Problem, Span, iter_jsonl

#: files in the annotations folder that are outputs or raw exports, never inputs
IGNORED_FILES = frozenset({"gold.jsonl", "conflicts.jsonl", "agreement.json", "labelstudio.json"})
QUOTE_LABELS = ("DIRECT_QUOTE", "INDIRECT_QUOTE")
DEFAULT_THRESHOLD = 0.5
NOT_VOTING = ("skipped", "cancelled")


# -- reading ----------------------------------------------------------------------------------------


@dataclass
class AnnotationSet:
    """The human annotations of a folder, sorted out: who votes on what."""

    votes: dict[str, list[Annotation]] = field(default_factory=dict)  # doc_id -> one per annotator
    reviews: dict[str, Annotation] = field(default_factory=dict)  # doc_id -> latest review
    counts: Counter = field(default_factory=Counter)
    problems: list[Problem] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    sources: dict[tuple[str, str], str] = field(default_factory=dict)  # (doc_id, origin) -> "file:line"

    @property
    def annotators(self) -> list[str]:
        return sorted({a.origin for anns in self.votes.values() for a in anns})

    @property
    def doc_ids(self) -> list[str]:
        return sorted(set(self.votes) | set(self.reviews))


def annotation_files(annotations_dir: Path) -> list[Path]:
    """The input JSONL files of an annotations folder (top level; outputs and raw/ excluded)."""
    annotations_dir = Path(annotations_dir)
    if not annotations_dir.is_dir():
        raise FileNotFoundError(f"{annotations_dir}: no such annotations folder")
    return sorted(
        p for p in annotations_dir.iterdir()
        if p.is_file() and p.name not in IGNORED_FILES and not p.name.startswith(".")
        and (p.name.endswith(".jsonl") or p.name.endswith(".jsonl.gz"))
    )


def _updated(ann: Annotation) -> str:
    return str(ann.meta.get("updated_at") or ann.created or "")


def _check_annotation(ann: Annotation, where: str, line: int) -> tuple[Annotation, list[Problem]]:
    """Drop spans with impossible offsets or duplicate ids and relations whose ends are missing;
    name each in a Problem. Text checks need the document and happen in adjudicate/anchor."""
    probs: list[Problem] = []
    spans: list[Span] = []
    seen: set[str] = set()
    for i, s in enumerate(ann.spans):
        ok_offsets = isinstance(s.start, int) and isinstance(s.end, int) and not isinstance(s.start, bool)
        if not ok_offsets or not 0 <= s.start < s.end:
            probs.append(Problem(f"span {s.id!r}: offsets {s.start!r}..{s.end!r} are not 0 <= start < end; span ignored",
                                 where, line, ann.doc_id, f"spans[{i}]"))
        elif s.id in seen:
            probs.append(Problem(f"span id {s.id!r} is not unique; the later span is ignored", where, line, ann.doc_id, f"spans[{i}]"))
        else:
            seen.add(s.id)
            spans.append(s)
    relations = []
    for j, r in enumerate(ann.relations):
        if r.head in seen and r.tail in seen:
            relations.append(r)
        else:
            probs.append(Problem(f"relation {r.label} {r.head!r}->{r.tail!r} names a missing span; relation ignored",
                                 where, line, ann.doc_id, f"relations[{j}]"))
    if probs:
        ann = Annotation(ann.doc_id, ann.origin, spans, relations, ann.labels, ann.created, ann.meta)
    return ann, probs


def load_annotation_set(annotations_dir: Path) -> AnnotationSet:
    """Read every input file of ``annotations_dir``; bad lines become Problems and the rest goes on."""
    result = AnnotationSet()
    latest: dict[tuple[str, str], tuple[str, Annotation]] = {}
    reviews: dict[str, tuple[str, Annotation]] = {}
    for path in annotation_files(annotations_dir):
        result.files.append(path)
        errors: list[Problem] = []
        for lineno, rec in iter_jsonl(path, errors=errors):
            try:
                ann = Annotation.from_dict(rec)
            except (KeyError, TypeError, ValueError, AttributeError) as exc:
                errors.append(Problem(f"malformed annotation: {exc!r}", str(path), lineno,
                                      str(rec.get("doc_id") or "") or None))
                continue
            result.counts["read"] += 1
            if not ann.is_human:
                result.counts["not_human"] += 1
                continue
            ann, probs = _check_annotation(ann, str(path), lineno)
            result.problems += probs
            status = str(ann.meta.get("status") or "completed")
            if status in NOT_VOTING:
                result.counts[status] += 1
                continue
            where = f"{path.name}:{lineno}"
            if ann.meta.get("review"):
                result.counts["reviews"] += 1
                prev = reviews.get(ann.doc_id)
                if prev is None or _updated(ann) >= _updated(prev[1]):
                    if prev is not None:
                        result.counts["superseded"] += 1
                    reviews[ann.doc_id] = (where, ann)
                else:
                    result.counts["superseded"] += 1
                continue
            key = (ann.doc_id, ann.origin)
            prev = latest.get(key)
            if prev is not None:
                result.counts["superseded"] += 1
                if _updated(ann) < _updated(prev[1]):
                    continue
            latest[key] = (where, ann)
        # read_annotations reports its own bad lines with file and line
        result.problems += errors
        result.counts["bad_lines"] += len(errors)
    for (doc_id, origin), (where, ann) in sorted(latest.items()):
        result.votes.setdefault(doc_id, []).append(ann)
        result.sources[(doc_id, origin)] = where
    for doc_id, (where, ann) in sorted(reviews.items()):
        result.reviews[doc_id] = ann
        result.sources[(doc_id, "review:" + ann.origin)] = where
    result.counts["voting"] = sum(len(v) for v in result.votes.values())
    return result


# -- span matching --------------------------------------------------------------------------------


def jaccard(a: Span, b: Span) -> float:
    """Character Jaccard overlap of two half-open spans."""
    inter = min(a.end, b.end) - max(a.start, b.start)
    if inter <= 0:
        return 0.0
    return inter / ((a.end - a.start) + (b.end - b.start) - inter)


def spans_match(a: Span, b: Span, mode: str = "overlap", threshold: float = DEFAULT_THRESHOLD) -> float:
    """The match score of two spans (0.0 = no match): 1.0 for exact, the Jaccard for overlap."""
    if a.label != b.label:
        return 0.0
    if mode == "exact":
        return 1.0 if (a.start, a.end) == (b.start, b.end) else 0.0
    if mode != "overlap":
        raise ValueError(f"match mode must be 'exact' or 'overlap', not {mode!r}")
    j = jaccard(a, b)
    return j if j > 0 and j >= threshold else 0.0


def match_spans(a: Sequence[Span], b: Sequence[Span], mode: str = "overlap",
                threshold: float = DEFAULT_THRESHOLD) -> list[tuple[int, int]]:
    """One-to-one matches ``(index in a, index in b)``, greedy by score then position."""
    if mode not in ("exact", "overlap"):
        raise ValueError(f"match mode must be 'exact' or 'overlap', not {mode!r}")
    cands = []
    if mode == "exact":
        where: dict[tuple, list[int]] = {}
        for j, sb in enumerate(b):
            where.setdefault((sb.label, sb.start, sb.end), []).append(j)
        for i, sa in enumerate(a):
            for j in where.get((sa.label, sa.start, sa.end), ()):
                cands.append((-1.0, sa.start, sa.start, i, j))
    else:
        # only spans of b that can overlap: start in [a.start - longest b, a.end)
        order = sorted(range(len(b)), key=lambda j: b[j].start)
        starts = [b[j].start for j in order]
        longest = max((sb.end - sb.start for sb in b), default=0)
        for i, sa in enumerate(a):
            lo = bisect.bisect_left(starts, sa.start - longest)
            hi = bisect.bisect_left(starts, sa.end)
            for j in order[lo:hi]:
                score = spans_match(sa, b[j], mode, threshold)
                if score > 0:
                    cands.append((-score, sa.start, b[j].start, i, j))
    cands.sort()
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for _, _, _, i, j in cands:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((i, j))
    return sorted(out)


@dataclass
class F1Count:
    matched: int = 0
    total: int = 0  # |A| + |B|

    def add(self, matched: int, total: int) -> None:
        self.matched += matched
        self.total += total

    @property
    def f1(self) -> float | None:
        return 2 * self.matched / self.total if self.total else None


def pair_counts(a: Annotation, b: Annotation, mode: str, threshold: float = DEFAULT_THRESHOLD) -> dict[str, tuple[int, int]]:
    """Per label ``(matched, |A| + |B|)`` for two annotations of one document."""
    labels = sorted({s.label for s in a.spans} | {s.label for s in b.spans})
    out = {}
    for label in labels:
        sa = [s for s in a.spans if s.label == label]
        sb = [s for s in b.spans if s.label == label]
        out[label] = (len(match_spans(sa, sb, mode, threshold)), len(sa) + len(sb))
    return out


def document_agreement(anns: Sequence[Annotation], threshold: float = DEFAULT_THRESHOLD) -> float | None:
    """Mean pairwise overlap span F1 over the pairs of annotators of one document that have spans."""
    scores = []
    for a, b in itertools.combinations(anns, 2):
        counts = pair_counts(a, b, "overlap", threshold)
        m = sum(c[0] for c in counts.values())
        t = sum(c[1] for c in counts.values())
        if t:
            scores.append(2 * m / t)
    return sum(scores) / len(scores) if scores else None


# -- Krippendorff's alpha ------------------------------------------------------------------------------


def krippendorff_alpha_nominal(data: Sequence[Sequence[Hashable | None]]) -> float | None:
    """Krippendorff's alpha for nominal data.

    ``data`` is coders x units (like the `krippendorff` package's ``reliability_data``); ``None``
    (or NaN) is a missing value. Returns None when alpha is undefined: no unit has two values, or
    only one value occurs at all.
    """
    rows = [list(r) for r in data]
    if not rows:
        return None
    n_units = max(len(r) for r in rows)

    def missing(v: Any) -> bool:
        return v is None or (isinstance(v, float) and v != v)

    values = sorted({v for r in rows for v in r if not missing(v)}, key=repr)
    index = {v: k for k, v in enumerate(values)}
    if len(values) < 2:
        return None
    o = np.zeros((len(values), len(values)))
    for u in range(n_units):
        counts = np.zeros(len(values))
        for r in rows:
            if u < len(r) and not missing(r[u]):
                counts[index[r[u]]] += 1
        m = counts.sum()
        if m < 2:
            continue
        o += (np.outer(counts, counts) - np.diag(counts)) / (m - 1)
    n_c = o.sum(axis=0)
    n = n_c.sum()
    expected = n * n - float((n_c**2).sum())
    if n < 2 or expected == 0:
        return None
    observed = n - float(np.trace(o))
    return float(1 - (n - 1) * observed / expected)


# -- speakers ------------------------------------------------------------------------------------------


def _norm(name: Any) -> str | None:
    if not isinstance(name, str):
        return None
    name = " ".join(name.split()).casefold()
    return name or None


def speakers(ann: Annotation) -> dict[str, str | None]:
    """Quote span id -> normalised speaker name (or None)."""
    by_id = {s.id: s for s in ann.spans}
    out: dict[str, str | None] = {}
    for s in ann.spans:
        if s.label in QUOTE_LABELS:
            out[s.id] = _norm(s.attrs.get("speaker"))
    for r in ann.relations:
        if r.label == "said_by" and r.head in out and r.tail in by_id:
            sp = by_id[r.tail]
            out[r.head] = _norm(sp.attrs.get("name")) or _norm(sp.text) or out[r.head]
    return out


# -- the report ------------------------------------------------------------------------------------------


def _f1_entry(c: F1Count) -> dict:
    return {"f1": _round(c.f1), "matched": c.matched, "spans": c.total}


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def verdict_of(ann: Annotation) -> str | None:
    v = ann.labels.get("verdict")
    return v if isinstance(v, str) and v else None


def compute_agreement(
    aset: AnnotationSet,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    labels: Iterable[str] = (),
    violation_labels: Iterable[str] = (),
) -> dict:
    """The full agreement report of an `AnnotationSet` as a JSON-able dict (see module doc).

    ``labels`` gives the order of the per-label tables (schema order); labels seen in the data but
    not given are appended sorted.
    """
    label_order = list(labels)
    seen_labels = sorted({s.label for anns in aset.votes.values() for a in anns for s in a.spans})
    label_order += [lab for lab in seen_labels if lab not in label_order]
    modes = ("exact", "overlap")
    per_label = {m: defaultdict(F1Count) for m in modes}
    overall = {m: F1Count() for m in modes}
    pairwise: dict[tuple[str, str], dict] = {}
    vs_rest: dict[str, dict] = defaultdict(lambda: {"documents": 0, "exact": F1Count(), "overlap": F1Count(),
                                                     "verdict_pairs": 0, "verdict_agree": 0})
    speaker_agree = speaker_total = 0
    per_doc: dict[str, float | None] = {}
    multi_docs = 0
    for doc_id in sorted(aset.votes):
        anns = sorted(aset.votes[doc_id], key=lambda a: a.origin)
        for a in anns:
            vs_rest[a.origin]["documents"] += 1 if len(anns) > 1 else 0
        if len(anns) < 2:
            continue
        multi_docs += 1
        per_doc[doc_id] = _round(document_agreement(anns, threshold))
        for a, b in itertools.combinations(anns, 2):
            pw = pairwise.setdefault((a.origin, b.origin), {"documents": 0, "exact": F1Count(), "overlap": F1Count()})
            pw["documents"] += 1
            for m in modes:
                for label, (matched, total) in pair_counts(a, b, m, threshold).items():
                    per_label[m][label].add(matched, total)
                    overall[m].add(matched, total)
                    pw[m].add(matched, total)
                    vs_rest[a.origin][m].add(matched, total)
                    vs_rest[b.origin][m].add(matched, total)
            va, vb = verdict_of(a), verdict_of(b)
            if va is not None and vb is not None:
                for x in (a.origin, b.origin):
                    vs_rest[x]["verdict_pairs"] += 1
                    vs_rest[x]["verdict_agree"] += int(va == vb)
            # speakers of quotes matched by overlap
            spk_a, spk_b = speakers(a), speakers(b)
            qa = [s for s in a.spans if s.label in QUOTE_LABELS]
            qb = [s for s in b.spans if s.label in QUOTE_LABELS]
            for i, j in match_spans(qa, qb, "overlap", threshold):
                x, y = spk_a.get(qa[i].id), spk_b.get(qb[j].id)
                if x is None and y is None:
                    continue
                speaker_total += 1
                speaker_agree += int(x == y)

    # alpha over comments (units = documents with at least one verdict)
    annotators = aset.annotators
    verdict_docs = sorted(d for d, anns in aset.votes.items() if any(verdict_of(a) for a in anns))
    grid = {(a.origin, d): a for d in verdict_docs for a in aset.votes[d]}

    def reliability(value) -> list[list]:
        rows = []
        for coder in annotators:
            row = []
            for d in verdict_docs:
                ann = grid.get((coder, d))
                row.append(None if ann is None or verdict_of(ann) is None else value(ann))
            rows.append(row)
        return rows

    def alpha_entry(rows: list[list]) -> dict:
        pairable = sum(1 for u in range(len(verdict_docs)) if sum(r[u] is not None for r in rows) >= 2)
        vals = Counter(v for r in rows for v in r if v is not None)
        return {"alpha": _round(krippendorff_alpha_nominal(rows)), "units": pairable,
                "values": {str(k): vals[k] for k in sorted(vals, key=str)}}

    violations = list(violation_labels)
    seen_v = sorted({v for anns in aset.votes.values() for a in anns for v in (a.labels.get("violations") or [])})
    violations += [v for v in seen_v if v not in violations]
    alpha = {
        "verdict": alpha_entry(reliability(verdict_of)),
        "violations": {
            cat: alpha_entry(reliability(lambda ann, cat=cat: cat in (ann.labels.get("violations") or [])))
            for cat in violations
        },
    }

    return {
        "annotators": annotators,
        "documents": {"annotated": len(aset.votes), "with_two_or_more": multi_docs,
                      "reviewed": len(aset.reviews)},
        "counts": {k: aset.counts[k] for k in sorted(aset.counts)},
        "match": {
            "exact": "same label, same start and end",
            "overlap": f"same label and character Jaccard overlap >= {threshold}",
            "threshold": threshold,
            "pairing": "one-to-one, greedy by overlap then position; F1 = 2M/(|A|+|B|), micro over pairs",
        },
        "span_f1": {
            m: {
                "overall": _f1_entry(overall[m]),
                "per_label": {lab: _f1_entry(per_label[m][lab]) for lab in label_order if lab in per_label[m]},
            }
            for m in modes
        },
        "alpha": alpha,
        "speaker": {"agree": speaker_agree, "pairs": speaker_total,
                    "rate": _round(speaker_agree / speaker_total) if speaker_total else None},
        "pairwise": [
            {"a": a, "b": b, "documents": pw["documents"],
             "exact_f1": _round(pw["exact"].f1), "overlap_f1": _round(pw["overlap"].f1)}
            for (a, b), pw in sorted(pairwise.items())
        ],
        "annotator_vs_rest": {
            who: {"documents": r["documents"], "exact_f1": _round(r["exact"].f1),
                  "overlap_f1": _round(r["overlap"].f1),
                  "verdict_agreement": _round(r["verdict_agree"] / r["verdict_pairs"]) if r["verdict_pairs"] else None}
            for who, r in sorted(vs_rest.items())
        },
        "per_document": {d: per_doc[d] for d in sorted(per_doc)},
    }
