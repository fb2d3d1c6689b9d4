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

Modules: `features` (configs, Features, splits), `tokens` (tokenizer, BIO tags), `index`
(annotations by document id), `rows` (one document -> rows of every config), `sink` (columns ->
record batches -> sharded Parquet); this module runs the stage.
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tqdm import tqdm

from spanbank.dataset.features import (
    CONFIGS,
    CUE_REL,
    DEFAULT_RATIOS,
    ORIGIN_NAMES,
    SPEAKER_REL,
    SPLITS,
    STATUS_NAMES,
    TAG_SOURCE_NAMES,
    check_ratios,
    config_features,
    quote_form,
    quote_labels,
    split_of,
)
from spanbank.dataset.index import AnnotationIndex, is_gold, is_machine
from spanbank.dataset.rows import RowBuilder, merge
from spanbank.dataset.sink import (
    DEFAULT_BATCH_ROWS,
    DEFAULT_SHARD_BYTES,
    DEFAULT_SHARD_ROWS,
    ColumnBuffer,
    ParquetSink,
)
from spanbank.dataset.tokens import (
    TOKEN_RE,
    TagStats,
    bio_names,
    bio_tags,
    decode_bio,
    tokenize,
    tokenize_arrays,
)
from spanbank.model import Document, Problem, read_documents, sha256_text
from spanbank.schema import Schema

__all__ = [
    "CONFIGS", "CUE_REL", "DEFAULT_BATCH_ROWS", "DEFAULT_RATIOS", "DEFAULT_SHARD_BYTES", "DEFAULT_SHARD_ROWS",
    "ORIGIN_NAMES", "SPEAKER_REL", "SPLITS", "STATUS_NAMES", "TAG_SOURCE_NAMES", "TOKEN_RE",
    "AnnotationIndex", "ColumnBuffer", "DatasetResult", "ParquetSink", "RowBuilder", "TagStats",
    "bio_names", "bio_tags", "check_ratios", "config_features", "decode_bio", "merge", "quote_form",
    "quote_labels", "split_of", "tokenize", "tokenize_arrays", "write_dataset",
]


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



Paths = str | Path | Sequence[str | Path]


def _paths(p: Paths) -> list[Path]:
    return [Path(p)] if isinstance(p, str | Path) else [Path(x) for x in p]


def _count_document(res: DatasetResult, doc: Document, gold: dict | None, machine: Sequence[dict]) -> None:
    source = doc.source or "unknown"
    res.sources[(source, doc.kind)] += 1
    lic = doc.meta.get("license") or doc.meta.get("licence")
    if lic and source not in res.licences:
        res.licences[source] = str(lic)
    for a in machine:
        res.origins[a["origin"]] += 1
    if gold is not None:
        res.annotators.update(str(x) for x in gold["meta"].get("annotators") or [])


def write_dataset(documents: Paths, out: str | Path, *, schema: Schema,
                  predictions: Paths | None = None, gold: Paths | None = None,
                  ratios: Sequence[float] = DEFAULT_RATIOS, configs: Sequence[str] = CONFIGS,
                  batch_rows: int = DEFAULT_BATCH_ROWS, shard_rows: int = DEFAULT_SHARD_ROWS,
                  shard_bytes: int = DEFAULT_SHARD_BYTES, progress: bool = False) -> DatasetResult:
    """Stream ``documents`` (JSONL of Documents: one file or several, read in order) with their
    machine ``predictions`` and ``gold`` annotations (JSONL of Annotations, one file or several)
    into ``out/data/<config>/<split>-*.parquet``.

    Only the Parquet files are written here (the card is `spanbank.card`); ``out/data`` is built
    beside the old one and swapped in at the end, so a failed build leaves the old data intact.
    Bad records and spans are reported in ``result.problems`` and the rest goes on; a document id
    seen twice (also across files) is reported and only its first record is written.
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
    sinks = {c: {s: ParquetSink(staging / c, s, features[c].arrow_schema, batch_rows=batch_rows,
                                shard_rows=shard_rows, shard_bytes=shard_bytes) for s in SPLITS} for c in configs}
    pred_index = AnnotationIndex(_paths(predictions), problems, is_machine) if predictions else None
    gold_index = AnnotationIndex(_paths(gold), problems, is_gold) if gold else None
    builder = RowBuilder(schema, configs)
    seen: set[str] = set()
    last_article, last_split = None, ""
    try:
        for path in _paths(documents):
            where = str(path)
            for doc in tqdm(read_documents(path, errors=problems), desc="dataset", unit="doc",
                            disable=not progress):
                if doc.id in seen:
                    problems.append(Problem("duplicate document id; the later record is left out", where,
                                            record=doc.id))
                    continue
                seen.add(doc.id)
                if doc.text_sha256 != sha256_text(doc.text):
                    problems.append(Problem("text_sha256 does not match the text", where, record=doc.id,
                                            field="text_sha256"))
                article = doc.article_id or doc.id
                if article != last_article:  # comments follow their article: one hash per article
                    last_article, last_split = article, split_of(article, ratios)
                split = last_split
                g = merge(gold_index.get(doc.id)) if gold_index else None
                m = pred_index.get(doc.id) if pred_index else []
                counts = res.counts[split]
                counts[f"kind:{doc.kind}"] += 1
                if doc.kind == "article":
                    counts["articles"] += 1
                rows = builder.rows(doc, g, m, problems, counts, where)
                for c, crows in rows.items():
                    sink = sinks[c][split]
                    for r in crows:
                        sink.add(r)
                _count_document(res, doc, g, m)
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
                                        "it is not in the dataset", ", ".join(map(str, _paths(gold))),
                                        record=doc_id))
    res.tag_stats = builder.tag_stats
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
