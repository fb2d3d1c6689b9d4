"""The Hugging Face dataset: configs and Features from the schema, rows, splits, a reversible tokenizer.

Four configs, all derived from `schemas/labels.yaml` (`config_features`):

- ``documents`` (default): one row per article or comment; gold ``spans`` apart from machine
  ``predicted_spans``; document labels; annotation status.
- ``tokens``: tokens with character offsets and one BIO tag column per span layer.
- ``quotes``: one row per quote (gold when the document has gold, else machine).
- ``comments``: one row per comment with violations and verdict (gold, else machine).

The split of a document is a stable hash of its ARTICLE id (`split_of`), so comments follow their
article and adding articles never moves an old one. `write_dataset` streams
Documents with their annotations into sharded Parquet files (`ParquetSink`).

Rows hold ClassLabel ids (ints), not names: the Features say what they mean.
"""

from __future__ import annotations

import bisect
import hashlib
import json
import os
import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from datasets import ClassLabel, Features, List, Value
from tqdm import tqdm

from spanbank.model import Annotation, Document, Problem, Span, read_annotations, read_documents, sha256_text
from spanbank.schema import Schema

SPLITS: tuple[str, ...] = ("train", "validation", "test")
CONFIGS: tuple[str, ...] = ("documents", "tokens", "quotes", "comments")
DEFAULT_RATIOS: tuple[float, float, float] = (0.8, 0.1, 0.1)
STATUS_NAMES = ["unannotated", "single", "adjudicated", "reviewed"]
ORIGIN_NAMES = ["gold", "machine"]
TAG_SOURCE_NAMES = ["gold", "machine", "none"]
SPEAKER_REL, CUE_REL = "said_by", "cue"


# -- splits ---------------------------------------------------------------------------------------


def check_ratios(ratios: Sequence[float]) -> tuple[float, float, float]:
    if len(ratios) != 3 or any(r < 0 for r in ratios) or abs(sum(ratios) - 1.0) > 1e-6:
        raise ValueError(f"split ratios must be three non-negative numbers summing to 1, got {list(ratios)}")
    return (float(ratios[0]), float(ratios[1]), float(ratios[2]))


def split_of(article_id: str, ratios: Sequence[float] = DEFAULT_RATIOS) -> str:
    """The split of an article: the first 8 bytes of sha256(article id) as a fraction of 2**64,
    bucketed by the cumulative ratios. Depends on nothing but the id and the ratios."""
    x = int.from_bytes(hashlib.sha256(article_id.encode("utf-8")).digest()[:8], "big") / 2**64
    acc = 0.0
    for name, r in zip(SPLITS, ratios, strict=True):
        acc += r
        if x < acc:
            return name
    return next(n for n, r in zip(reversed(SPLITS), reversed(ratios), strict=True) if r > 0)


# -- tokenizer and BIO tags -----------------------------------------------------------------------

#: a token is a run of word characters, possibly joined by an inner apostrophe or hyphen
#: (don't, Nagorno-Karabakh), or any single other non-space character; whitespace is dropped.
TOKEN_RE = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]")


def tokenize(text: str) -> tuple[list[str], list[int], list[int]]:
    """Tokens with code-point offsets: ``text[starts[i]:ends[i]] == tokens[i]`` for every i, and
    only whitespace lies between tokens, so the tokens and offsets (with the text) are reversible."""
    toks, starts, ends = [], [], []
    for m in TOKEN_RE.finditer(text):
        toks.append(m.group())
        starts.append(m.start())
        ends.append(m.end())
    return toks, starts, ends


def bio_names(labels: Sequence[str]) -> list[str]:
    return ["O"] + [f"{p}-{lab}" for lab in labels for p in ("B", "I")]


@dataclass
class TagStats:
    spans: int = 0
    misaligned: int = 0  # a boundary inside a token: the tags cover whole tokens
    overlapping: int = 0  # overlaps an earlier span of the same layer: left out of the tags
    empty: int = 0  # covers no token (only whitespace)


def bio_tags(spans: Iterable[Span], starts: list[int], ends: list[int], labels: Sequence[str],
             stats: TagStats | None = None) -> list[int]:
    """ClassLabel ids (see `bio_names`) of one layer's spans. Spans of the same layer that overlap
    cannot share a BIO column: the earlier (then longer) one wins and the other is counted."""
    index = {lab: i for i, lab in enumerate(labels)}
    tags = [0] * len(starts)
    for s in sorted((s for s in spans if s.label in index), key=lambda s: (s.start, s.start - s.end)):
        if stats is not None:
            stats.spans += 1
        i0 = bisect.bisect_right(ends, s.start)  # first token ending after the span starts
        i1 = bisect.bisect_left(starts, s.end)  # one past the last token starting before it ends
        if i0 >= i1:
            if stats is not None:
                stats.empty += 1
            continue
        if any(tags[i0:i1]):
            if stats is not None:
                stats.overlapping += 1
            continue
        if stats is not None and (starts[i0] != s.start or ends[i1 - 1] != s.end):
            stats.misaligned += 1
        b = 1 + 2 * index[s.label]
        tags[i0] = b
        for i in range(i0 + 1, i1):
            tags[i] = b + 1
    return tags


def decode_bio(tags: Sequence[int], starts: Sequence[int], ends: Sequence[int],
               labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, label)`` back from BIO tag ids; an I- without its B- starts a span."""
    out: list[tuple[int, int, str]] = []
    cur: list | None = None
    for i, t in enumerate(tags):
        if t == 0:
            cur = None
            continue
        lab, begin = labels[(t - 1) // 2], (t - 1) % 2 == 0
        if begin or cur is None or cur[2] != lab:
            cur = [starts[i], ends[i], lab]
            out.append(cur)  # type: ignore[arg-type]
        else:
            cur[1] = ends[i]
    return [tuple(c) for c in out]  # type: ignore[misc]


# -- features -------------------------------------------------------------------------------------


def quote_labels(schema: Schema) -> list[str]:
    try:
        return list(schema.relation(SPEAKER_REL).from_labels)
    except KeyError:
        return [lab for lab in schema.label_names if lab.endswith("_QUOTE")]


def quote_form(label: str) -> str:
    return label.lower().removesuffix("_quote")


def _choices(schema: Schema, name: str) -> list[str]:
    try:
        return list(schema.document_label(name).choices)
    except KeyError:
        return []


def config_features(schema: Schema) -> dict[str, Features]:
    """One Features object per config; the card's dataset_info and the Parquet ``huggingface``
    metadata are both written from these."""
    label = ClassLabel(names=schema.label_names)
    span = {"id": Value("string"), "start": Value("int32"), "end": Value("int32"), "label": label,
            "text": Value("string"), "speaker": Value("string")}
    violations = List(ClassLabel(names=_choices(schema, "violations")))
    verdict = ClassLabel(names=_choices(schema, "verdict"))
    origin = ClassLabel(names=ORIGIN_NAMES)
    s, i32 = Value("string"), Value("int32")
    documents = Features({
        "id": s, "article_id": s, "kind": s, "source": s, "url": s, "published": s, "title": s,
        "author": s, "position": i32, "text": s, "text_sha256": s,
        "spans": List(span),
        "relations": List({"head": s, "tail": s, "label": ClassLabel(names=schema.relation_names)}),
        "predicted_spans": List({**span, "origin": s, "score": Value("float32")}),
        "violations": violations, "verdict": verdict,
        "annotation_status": ClassLabel(names=STATUS_NAMES),
        "annotators": List(s), "agreement": Value("float32"),
    })
    tokens = Features({
        "id": s, "article_id": s, "kind": s, "text": s,
        "tokens": List(s), "token_starts": List(i32), "token_ends": List(i32),
        **{f"{ly.name}_tags": List(ClassLabel(names=bio_names(ly.label_names))) for ly in schema.layers},
        "tag_source": ClassLabel(names=TAG_SOURCE_NAMES),
    })
    quotes = Features({
        "id": s, "doc_id": s, "article_id": s, "kind": s, "quote": s,
        "form": ClassLabel(names=[quote_form(q) for q in quote_labels(schema)]),
        "start": i32, "end": i32,
        "speaker": s, "speaker_mention": s, "speaker_start": i32, "speaker_end": i32,
        "cue": s, "cue_start": i32, "cue_end": i32,
        "origin": origin, "annotator": s,
    })
    comments = Features({
        "id": s, "article_id": s, "article_title": s, "position": i32, "author": s, "text": s,
        "violations": violations, "verdict": verdict, "shouting": Value("bool"), "origin": origin,
        "annotator": s,
    })
    return {"documents": documents, "tokens": tokens, "quotes": quotes, "comments": comments}


# -- rows -----------------------------------------------------------------------------------------


@dataclass
class RowStats:
    """Counts gathered while building rows (for the card and the build summary)."""

    tags: dict[str, TagStats] = field(default_factory=dict)
    bad_spans: int = 0


def _speaker(span: Span, by_id: dict[str, Span], heads: dict[tuple[str, str], str]) -> str | None:
    name = span.attrs.get("speaker")
    if name:
        return str(name)
    tail = by_id.get(heads.get((span.id, SPEAKER_REL), ""))
    return tail.text if tail is not None else None


def _score(span: Span) -> float | None:
    v = span.attrs.get("score")
    return float(v) if isinstance(v, int | float) else None


def merge(anns: Sequence[Annotation]) -> Annotation | None:
    """Several annotations of one origin class (e.g. gold per layer) as one."""
    if not anns:
        return None
    if len(anns) == 1:
        return anns[0]
    first = anns[0]
    out = Annotation(doc_id=first.doc_id, origin=first.origin, labels={}, meta=dict(first.meta))
    for a in anns:
        out.spans += a.spans
        out.relations += a.relations
        out.labels.update(a.labels)
    return out


class RowBuilder:
    """Turns one Document with its gold and machine annotations into the rows of every config.
    Spans whose offsets do not match the text are left out and returned as Problems."""

    def __init__(self, schema: Schema):
        self.schema = schema
        self.layers = [(ly.name, ly.label_names) for ly in schema.layers]
        self.quote_labels = set(quote_labels(schema))
        self.policy_labels = set(schema.violation_labels)
        self.policy_layer = {lab.name for lab in schema.labels if lab.layer == "policy"}
        self.article_titles: dict[str, str | None] = {}
        self.label_names = schema.label_names
        self.label_id = {lab: i for i, lab in enumerate(self.label_names)}
        self.verdict_names = _choices(schema, "verdict")
        self.violation_names = _choices(schema, "violations")
        self.relation_id = {r: i for i, r in enumerate(schema.relation_names)}
        self.violation_id = {v: i for i, v in enumerate(_choices(schema, "violations"))}
        self.verdict_id = {v: i for i, v in enumerate(_choices(schema, "verdict"))}
        self.form_id = {q: i for i, q in enumerate(quote_labels(schema))}
        self.stats = RowStats(tags={name: TagStats() for name, _ in self.layers})

    def _valid(self, doc: Document, ann: Annotation, problems: list[Problem], where: str) -> list[Span]:
        ok = []
        n = len(doc.text)
        for sp in ann.spans:
            if not (0 <= sp.start < sp.end <= n) or doc.text[sp.start:sp.end] != sp.text \
                    or sp.label not in self.label_id:
                self.stats.bad_spans += 1
                problems.append(Problem(
                    f"span {sp.id!r} ({sp.label} {sp.start}-{sp.end}) does not match the document text "
                    "or the schema; left out of the dataset", where, record=doc.id, field=f"{ann.origin} spans"))
                continue
            ok.append(sp)
        return ok

    def rows(self, doc: Document, gold: Annotation | None, machine: Sequence[Annotation],
             problems: list[Problem], where: str = "",
             configs: Iterable[str] = CONFIGS) -> dict[str, list[dict]]:
        """The rows of each config in ``configs`` for one document."""
        want = set(configs)
        article_id = doc.article_id or doc.id
        if doc.kind == "article":
            self.article_titles[article_id] = doc.title
        gold_spans = self._valid(doc, gold, problems, where) if gold is not None else []
        machine_spans = [(a, self._valid(doc, a, problems, where)) for a in machine]
        out: dict[str, list[dict]] = {}
        meta = gold.meta if gold is not None else {}
        status = meta.get("status") if gold is not None else "unannotated"
        if status not in STATUS_NAMES:
            status = "single"
        violations, verdict, shouting = (self._doc_labels(doc, gold, gold_spans) if gold is not None
                                         else ([], None, None))
        gold_ids = {sp.id for sp in gold_spans}
        out["documents"] = [{
            "id": doc.id, "article_id": article_id, "kind": doc.kind, "source": doc.source, "url": doc.url,
            "published": doc.published, "title": doc.title, "author": doc.author, "position": doc.position,
            "text": doc.text, "text_sha256": doc.text_sha256,
            "spans": self._span_rows(gold_spans, gold),
            "relations": [{"head": r.head, "tail": r.tail, "label": self.relation_id[r.label]}
                          for r in gold.relations if r.head in gold_ids and r.tail in gold_ids
                          and r.label in self.relation_id] if gold is not None else [],
            "predicted_spans": [dict(row, origin=a.origin, score=_score(sp))
                                for a, spans in machine_spans
                                for sp, row in zip(spans, self._span_rows(spans, a), strict=True)],
            "violations": [self.violation_id[v] for v in violations],
            "verdict": None if verdict is None else self.verdict_id[verdict],
            "annotation_status": STATUS_NAMES.index(status),
            "annotators": [str(x) for x in meta.get("annotators") or []],
            "agreement": meta.get("agreement") if isinstance(meta.get("agreement"), int | float) else None,
        }]
        if "tokens" in want:
            out["tokens"] = [self._tokens(doc, article_id, gold, gold_spans, machine_spans)]
        if "quotes" in want:
            sources = ([(gold, gold_spans, "gold")] if gold is not None
                       else [(a, spans, "machine") for a, spans in machine_spans])
            out["quotes"] = [q for ann, spans, origin in sources for q in self._quotes(doc, ann, spans, origin)]
        if "comments" in want:
            out["comments"] = ([self._comment(doc, article_id, gold, gold_spans, machine_spans,
                                              (violations, verdict, shouting))]
                               if doc.kind == "comment" else [])
        return out

    def _tokens(self, doc, article_id, gold, gold_spans, machine_spans) -> dict:
        """Tags from gold when the document has gold, else from every machine layer."""
        if gold is not None:
            tag_spans, tag_source = gold_spans, "gold"
        elif machine_spans:
            tag_spans, tag_source = [sp for _, spans in machine_spans for sp in spans], "machine"
        else:
            tag_spans, tag_source = [], "none"
        toks, starts, ends = tokenize(doc.text)
        trow = {"id": doc.id, "article_id": article_id, "kind": doc.kind, "text": doc.text,
                "tokens": toks, "token_starts": starts, "token_ends": ends,
                "tag_source": TAG_SOURCE_NAMES.index(tag_source)}
        for name, labels in self.layers:
            trow[f"{name}_tags"] = bio_tags(tag_spans, starts, ends, labels, self.stats.tags[name])
        return trow

    def _comment(self, doc, article_id, gold, gold_spans, machine_spans, gold_labels) -> dict:
        violations, verdict, shouting = gold_labels
        if gold is not None:
            origin, annotator = "gold", "gold"
        else:
            pol = [(a, spans) for a, spans in machine_spans
                   if any(sp.label in self.policy_layer for sp in spans) or "verdict" in a.labels]
            origin, annotator = "machine", None
            if pol:
                violations, verdict, shouting = self._doc_labels(doc, merge([a for a, _ in pol]),
                                                                 [sp for _, spans in pol for sp in spans])
                annotator = ",".join(a.origin for a, _ in pol)
        return {
            "id": doc.id, "article_id": article_id,
            "article_title": self.article_titles.get(article_id) or doc.meta.get("article_title") or doc.title,
            "position": doc.position, "author": doc.author, "text": doc.text,
            "violations": [self.violation_id[v] for v in violations],
            "verdict": None if verdict is None else self.verdict_id[verdict], "shouting": shouting,
            "origin": ORIGIN_NAMES.index(origin), "annotator": annotator,
        }

    def _span_rows(self, spans: list[Span], ann: Annotation | None) -> list[dict]:
        if not spans or ann is None:
            return []
        by_id = {sp.id: sp for sp in spans}
        heads = {(r.head, r.label): r.tail for r in ann.relations}
        return [{"id": sp.id, "start": sp.start, "end": sp.end, "label": self.label_id[sp.label], "text": sp.text,
                 "speaker": _speaker(sp, by_id, heads) if sp.label in self.quote_labels else None}
                for sp in spans]

    def _doc_labels(self, doc: Document, ann: Annotation, spans: list[Span]
                    ) -> tuple[list[str], str | None, bool | None]:
        """violations, verdict, shouting of a comment: the annotation's document labels, else
        derived from its policy spans as the schema's policy says."""
        if doc.kind != "comment":
            return [], None, None
        labels = ann.labels
        shouting = labels.get("shouting", ann.meta.get("shouting"))
        if shouting is None:
            shouting = any(bool(sp.attrs.get("shouting")) for sp in spans) or None
        choices = _choices(self.schema, "violations")
        if "violations" in labels:
            violations = [v for v in labels.get("violations") or [] if v in choices]
        else:
            found = {sp.label for sp in spans if sp.label in self.policy_labels}
            violations = [c for c in choices if c in found]
        verdict = labels.get("verdict")
        if verdict not in _choices(self.schema, "verdict"):
            verdict = "violates_policy" if violations or (shouting and self.schema.shouting_counts) else "acceptable"
        return violations, verdict, None if shouting is None else bool(shouting)

    def _quotes(self, doc: Document, ann: Annotation, spans: list[Span], origin: str) -> list[dict]:
        by_id = {sp.id: sp for sp in spans}
        rel = {(r.head, r.label): r.tail for r in ann.relations}
        rows = []
        for sp in spans:
            if sp.label not in self.quote_labels:
                continue
            mention = by_id.get(rel.get((sp.id, SPEAKER_REL), ""))
            cue = by_id.get(rel.get((sp.id, CUE_REL), ""))
            cue_text = cue.text if cue is not None else sp.attrs.get("cue")
            rows.append({
                "id": f"{doc.id}/{sp.id}" if origin == "gold" else f"{doc.id}/{ann.origin}/{sp.id}",
                "doc_id": doc.id, "article_id": doc.article_id or doc.id, "kind": doc.kind,
                "quote": sp.text, "form": self.form_id[sp.label], "start": sp.start, "end": sp.end,
                "speaker": _speaker(sp, by_id, rel),
                "speaker_mention": mention.text if mention is not None else None,
                "speaker_start": mention.start if mention is not None else None,
                "speaker_end": mention.end if mention is not None else None,
                "cue": str(cue_text) if cue_text else None,
                "cue_start": cue.start if cue is not None else None,
                "cue_end": cue.end if cue is not None else None,
                "origin": ORIGIN_NAMES.index(origin), "annotator": ann.origin,
            })
        return rows


# -- reading annotations by document --------------------------------------------------------------

_DOC_ID = re.compile(rb'^\s*\{\s*"doc_id"\s*:\s*"((?:[^"\\]|\\.)*)"')


class AnnotationIndex:
    """Annotations of a JSONL file looked up by document id without holding them in memory: one
    pass records the byte offset of every line per ``doc_id``; `get` seeks and parses. A ``.gz``
    file cannot be seeked cheaply and is loaded into memory instead."""

    def __init__(self, path: str | Path, problems: list[Problem], keep: Callable[[Annotation], bool]):
        self.path = Path(path)
        self.keep = keep
        self.problems = problems
        self.offsets: dict[str, list[int]] = {}
        self.loaded: dict[str, list[Annotation]] | None = None
        if self.path.suffix == ".gz":
            self.loaded = {}
            for ann in read_annotations(self.path, errors=problems):
                if keep(ann):
                    self.loaded.setdefault(ann.doc_id, []).append(ann)
            return
        self._fh = open(self.path, "rb")  # noqa: SIM115 - closed in close()
        pos = 0
        for lineno, line in enumerate(self._fh, 1):
            if line.strip():
                m = _DOC_ID.match(line)
                try:
                    doc_id = json.loads(b'"' + m.group(1) + b'"') if m else json.loads(line)["doc_id"]
                except (ValueError, KeyError, TypeError):
                    problems.append(Problem("not an annotation record (JSON object with doc_id)",
                                            str(self.path), lineno))
                else:
                    self.offsets.setdefault(str(doc_id), []).append(pos)
            pos += len(line)

    def doc_ids(self) -> Iterable[str]:
        return self.loaded.keys() if self.loaded is not None else self.offsets.keys()

    def get(self, doc_id: str) -> list[Annotation]:
        if self.loaded is not None:
            return self.loaded.get(doc_id, [])
        out = []
        for off in self.offsets.get(doc_id, ()):
            self._fh.seek(off)
            line = self._fh.readline()
            try:
                ann = Annotation.from_dict(json.loads(line))
            except (ValueError, KeyError, TypeError) as exc:
                self.problems.append(Problem(f"malformed annotation: {exc}", str(self.path),
                                             record=doc_id))
                continue
            if self.keep(ann):
                out.append(ann)
        return out

    def close(self) -> None:
        if self.loaded is None:
            self._fh.close()


# -- Parquet --------------------------------------------------------------------------------------

DEFAULT_SHARD_BYTES = 256 * 2**20
DEFAULT_SHARD_ROWS = 100_000


class ParquetSink:
    """Rows of one (config, split) into ``<split>-NNNNN-of-NNNNN.parquet`` shards: batches of
    ``batch_rows`` rows become record batches; a new shard starts when the current one reaches
    ``shard_rows`` rows or ``shard_bytes`` Arrow bytes. Shards are renamed to their final
    ``-of-N`` names in `close`. A split without rows gets no file: `datasets` cannot load a
    declared split that has no rows ("corresponds to no data"), so the card declares only the
    splits that have rows."""

    def __init__(self, folder: Path, split: str, features: Features, *, batch_rows: int = 1000,
                 shard_rows: int = DEFAULT_SHARD_ROWS, shard_bytes: int = DEFAULT_SHARD_BYTES):
        self.folder, self.split = folder, split
        self.schema = features.arrow_schema
        self.batch_rows = max(1, min(batch_rows, shard_rows))
        self.shard_rows, self.shard_bytes = shard_rows, shard_bytes
        self.buf: list[dict] = []
        self.parts: list[Path] = []
        self.writer: pq.ParquetWriter | None = None
        self.cur_rows = self.cur_bytes = 0
        self.rows = self.nbytes = 0

    def add(self, row: dict) -> None:
        self.buf.append(row)
        if len(self.buf) >= self.batch_rows:
            self.flush()

    def flush(self) -> None:
        if not self.buf:
            return
        rows, self.buf = self.buf, []
        batch = pa.RecordBatch.from_arrays(
            [pa.array([r[f.name] for r in rows], type=f.type) for f in self.schema], schema=self.schema)
        if self.writer is not None and (self.cur_rows + batch.num_rows > self.shard_rows
                                        or self.cur_bytes >= self.shard_bytes):
            self.writer.close()
            self.writer = None
        if self.writer is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            part = self.folder / f".{self.split}-{len(self.parts):05d}.parquet.partial"
            self.parts.append(part)
            self.writer = pq.ParquetWriter(part, self.schema)
            self.cur_rows = self.cur_bytes = 0
        self.writer.write_batch(batch)
        self.cur_rows += batch.num_rows
        self.cur_bytes += batch.nbytes
        self.rows += batch.num_rows
        self.nbytes += batch.nbytes

    def close(self) -> list[Path]:
        self.flush()
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        n = len(self.parts)
        final = [self.folder / f"{self.split}-{i:05d}-of-{n:05d}.parquet" for i in range(n)]
        for src, dst in zip(self.parts, final, strict=True):
            os.replace(src, dst)
        return final


# -- the dataset stage ----------------------------------------------------------------------------


@dataclass
class DatasetResult:
    """What `write_dataset` wrote and counted; the card is rendered from it."""

    out: Path
    configs: tuple[str, ...]
    ratios: tuple[float, float, float]
    rows: dict[str, dict[str, int]] = field(default_factory=dict)  # config -> split -> rows
    nbytes: dict[str, dict[str, int]] = field(default_factory=dict)
    files: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # relative paths
    counts: dict[str, Counter] = field(default_factory=dict)  # split -> "what:label" -> n
    sources: Counter = field(default_factory=Counter)  # (source, kind) -> n
    licences: dict[str, str] = field(default_factory=dict)
    origins: Counter = field(default_factory=Counter)  # machine origin -> annotations
    annotators: set[str] = field(default_factory=set)
    tag_stats: dict[str, TagStats] = field(default_factory=dict)
    documents: int = 0
    problems: list[Problem] = field(default_factory=list)


def _count(res: DatasetResult, split: str, doc: Document, rows: dict[str, list[dict]],
           gold: Annotation | None, machine: Sequence[Annotation], builder: RowBuilder) -> None:
    c = res.counts[split]
    c[f"kind:{doc.kind}"] += 1
    if doc.kind == "article":
        c["articles"] += 1
    res.sources[(doc.source or "unknown", doc.kind)] += 1
    lic = doc.meta.get("license") or doc.meta.get("licence")
    if lic and (doc.source or "unknown") not in res.licences:
        res.licences[doc.source or "unknown"] = str(lic)
    names = builder.label_names
    for row in rows.get("documents", ()):
        c[f"status:{STATUS_NAMES[row['annotation_status']]}"] += 1
        for sp in row["spans"]:
            c[f"gold:{names[sp['label']]}"] += 1
        for sp in row["predicted_spans"]:
            c[f"machine:{names[sp['label']]}"] += 1
    for row in rows.get("comments", ()):
        if row["verdict"] is not None:
            c[f"verdict:{ORIGIN_NAMES[row['origin']]}:{builder.verdict_names[row['verdict']]}"] += 1
        for v in row["violations"]:
            c[f"violation:{ORIGIN_NAMES[row['origin']]}:{builder.violation_names[v]}"] += 1
    for row in rows.get("quotes", ()):
        c[f"quote:{ORIGIN_NAMES[row['origin']]}"] += 1
    for a in machine:
        res.origins[a.origin] += 1
    if gold is not None:
        res.annotators.update(str(x) for x in gold.meta.get("annotators") or [])


def write_dataset(documents: str | Path, out: str | Path, *, schema: Schema,
                  predictions: str | Path | None = None, gold: str | Path | None = None,
                  ratios: Sequence[float] = DEFAULT_RATIOS, configs: Sequence[str] = CONFIGS,
                  batch_rows: int = 1000, shard_rows: int = DEFAULT_SHARD_ROWS,
                  shard_bytes: int = DEFAULT_SHARD_BYTES, progress: bool = False) -> DatasetResult:
    """Stream ``documents`` (JSONL of Documents) with their machine ``predictions`` and ``gold``
    annotations (JSONL of Annotations) into ``out/data/<config>/<split>-*.parquet``.

    Only the Parquet files are written here (the card is `spanbank.card`); ``out/data`` is built
    beside the old one and swapped in at the end, so a failed build leaves the old data intact.
    Bad records and spans are reported in ``result.problems`` and the rest goes on.
    """
    unknown = [c for c in configs if c not in CONFIGS]
    if unknown:
        raise ValueError(f"unknown config(s) {unknown}; known: {list(CONFIGS)}")
    ratios = check_ratios(ratios)
    out = Path(out)
    res = DatasetResult(out=out, configs=tuple(configs), ratios=ratios,
                        counts={s: Counter() for s in SPLITS})
    problems = res.problems
    features = config_features(schema)
    staging = out / ".data.partial"
    if staging.exists():
        shutil.rmtree(staging)
    sinks = {c: {s: ParquetSink(staging / c, s, features[c], batch_rows=batch_rows, shard_rows=shard_rows,
                                shard_bytes=shard_bytes) for s in SPLITS} for c in configs}
    pred_index = AnnotationIndex(predictions, problems, lambda a: a.is_machine) if predictions else None
    gold_index = AnnotationIndex(gold, problems, lambda a: a.origin == "gold") if gold else None
    builder = RowBuilder(schema)
    seen: set[str] = set()
    where = str(documents)
    try:
        for doc in tqdm(read_documents(documents, errors=problems), desc="dataset", unit="doc",
                        disable=not progress):
            if doc.id in seen:
                problems.append(Problem("duplicate document id; the later record is left out", where,
                                        record=doc.id))
                continue
            seen.add(doc.id)
            if doc.text_sha256 != sha256_text(doc.text):
                problems.append(Problem("text_sha256 does not match the text", where, record=doc.id,
                                        field="text_sha256"))
            g = merge(gold_index.get(doc.id)) if gold_index else None
            m = pred_index.get(doc.id) if pred_index else []
            rows = builder.rows(doc, g, m, problems, where, configs)
            split = split_of(doc.article_id or doc.id, ratios)
            for c in configs:
                sink = sinks[c][split]
                for r in rows[c]:
                    sink.add(r)
            _count(res, split, doc, rows, g, m, builder)
            res.documents += 1
        for c in configs:
            res.rows[c], res.nbytes[c], res.files[c] = {}, {}, {}
            for s in SPLITS:
                paths = sinks[c][s].close()
                res.rows[c][s] = sinks[c][s].rows
                res.nbytes[c][s] = sinks[c][s].nbytes
                res.files[c][s] = [f"data/{c}/{p.name}" for p in paths]
    finally:
        for idx in (pred_index, gold_index):
            if idx is not None:
                idx.close()
    if gold_index is not None:
        for doc_id in gold_index.doc_ids():
            if doc_id not in seen:
                problems.append(Problem("gold annotation for a document that is not in the corpus: "
                                        "it is not in the dataset", str(gold), record=doc_id))
    res.tag_stats = builder.stats.tags
    final = out / "data"
    old = out / ".data.old"
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        os.replace(final, old)
    os.replace(staging, final)
    if old.exists():
        shutil.rmtree(old)
    return res
