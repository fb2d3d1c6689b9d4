"""Throughput and memory of the dataset-writing stage against raw pyarrow, in the same run.

    python benchmarks/build.py --docs 100000

Generates N synthetic articles (~3 KB text, ~10 machine spans each, gold on every 10th) as
documents.jsonl / predictions.jsonl / gold.jsonl in a temporary folder (not timed), then runs,
each in its own forked child so that peak RSS is measured per run:

- ``baseline``: raw pyarrow: read the same JSONL lines, build the `documents` config's rows
  straight from the dicts, write them with one ParquetWriter over 1,000-row record batches;
- ``spanbank_documents``: `spanbank.dataset.write_dataset(configs=["documents"])`, the same rows;
- ``spanbank_all``: the whole stage, all four configs (tokens, quotes, comments too);
- ``baseline_all``: raw pyarrow writing the rows of all four configs: the `documents` rows as in
  ``baseline``, and the rows of the other configs read as JSON lines from files prepared
  beforehand (untimed) from spanbank_all's output, each config with its own ParquetWriter;
- ``build``: `spanbank.build.run_build(stages=["dataset"])` on the same files: the whole dataset
  stage of ``spanbank build`` (input hashes, Parquet of all configs, the card); its peak RSS is
  the memory goal (< 500 MB at 100,000 documents).

Prints one JSON object: documents/s of each (the last run of each), ``ratio`` = spanbank_documents /
baseline (the goal is >= 0.7; with ``--repeat R`` the median of R alternating pairs, each pair's
ratio in ``ratio_runs``), ``ratio_all`` = spanbank_all / baseline_all, ``ratio_all_vs_documents_baseline`` =
spanbank_all / baseline, and each child's peak RSS in MB.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from spanbank.dataset import STATUS_NAMES, config_features, write_dataset
from spanbank.model import Annotation, Document, JsonlWriter, Span
from spanbank.schema import load_schema

WORDS = ("the minister said talks had not yielded any results and the region army status quo "
         "negotiations president government independence territory agreement principle").split()
LABELS = ["DIRECT_QUOTE", "INDIRECT_QUOTE", "SPEAKER", "CUE", "CLAIM"]


def generate(folder: Path, n: int, seed: int = 0) -> None:
    rnd = random.Random(seed)
    with JsonlWriter(folder / "documents.jsonl") as dw, JsonlWriter(folder / "predictions.jsonl") as pw, \
            JsonlWriter(folder / "gold.jsonl") as gw:
        for i in range(n):
            words = [rnd.choice(WORDS) for _ in range(520)]
            text = " ".join(words)[:3000]
            doc = Document(id=f"bench/a{i}", kind="article", text=text, article_id=f"bench/a{i}", source="bench",
                           title=f"Article {i}")
            spans = []
            for k in range(10):
                start = text.find(" ", rnd.randrange(0, len(text) - 200)) + 1
                end = text.find(" ", start + rnd.randrange(10, 150))
                spans.append(Span.over(text, start, end, LABELS[k % len(LABELS)], f"s{k}", score=0.9))
            dw.write(doc)
            pw.write(Annotation(doc.id, "rules:bench@1", spans=spans))
            if i % 10 == 0:
                gw.write(Annotation(doc.id, "gold", spans=spans[:5], meta={"status": "single", "annotators": ["a@x"]}))


class RawWriter:
    """Raw pyarrow: row dicts -> one ``pa.array`` per column -> 1,000-row record batches -> one
    ParquetWriter."""

    def __init__(self, out: Path, schema: pa.Schema):
        self.schema = schema
        self.writer = pq.ParquetWriter(out, schema)
        self.rows: list[dict] = []

    def add(self, row: dict) -> None:
        self.rows.append(row)
        if len(self.rows) >= 1000:
            self.flush()

    def flush(self) -> None:
        if self.rows:
            self.writer.write_batch(pa.RecordBatch.from_arrays(
                [pa.array([r[f.name] for r in self.rows], type=f.type) for f in self.schema], schema=self.schema))
            self.rows.clear()

    def close(self) -> None:
        self.flush()
        self.writer.close()


def baseline(folder: Path, out: Path) -> int:
    """Raw pyarrow writing the same `documents` rows: JSON lines -> columns -> record batches."""
    schema_ = load_schema()
    label_id = {lab: i for i, lab in enumerate(schema_.label_names)}
    gold: dict[str, dict] = {}
    with open(folder / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            gold[g["doc_id"]] = g
    n = 0
    writer = RawWriter(out, config_features(schema_)["documents"].arrow_schema)
    with open(folder / "documents.jsonl", encoding="utf-8") as df, \
            open(folder / "predictions.jsonl", encoding="utf-8") as pf:
        for dline, pline in zip(df, pf, strict=True):
            d, p = json.loads(dline), json.loads(pline)
            g = gold.get(d["id"])
            writer.add({
                **{k: d.get(k) for k in ("id", "article_id", "kind", "source", "url", "published", "title",
                                         "author", "position", "text", "text_sha256")},
                "spans": [{"id": s["id"], "start": s["start"], "end": s["end"], "label": label_id[s["label"]],
                           "text": s["text"], "speaker": None} for s in (g["spans"] if g else [])],
                "relations": [],
                "predicted_spans": [{"id": s["id"], "start": s["start"], "end": s["end"],
                                     "label": label_id[s["label"]], "text": s["text"], "speaker": None,
                                     "origin": p["origin"], "score": s.get("attrs", {}).get("score")}
                                    for s in p["spans"]],
                "violations": [], "verdict": None,
                "annotation_status": STATUS_NAMES.index(g["meta"]["status"]) if g else 0,
                "annotators": g["meta"]["annotators"] if g else [], "agreement": None,
            })
            n += 1
    writer.close()
    return n


OTHER_CONFIGS = ("tokens", "quotes", "comments")


def export_rows(folder: Path) -> None:
    """Untimed preparation of ``baseline_all``: the rows spanbank_all wrote for the configs other
    than `documents`, as JSON lines (``rows-<config>.jsonl``), streamed batch by batch."""
    for config in OTHER_CONFIGS:
        with open(folder / f"rows-{config}.jsonl", "w", encoding="utf-8") as fh:
            for f in sorted((folder / "spanbank_all" / "data" / config).glob("*.parquet")):
                for batch in pq.ParquetFile(f).iter_batches(batch_size=1000):
                    for row in batch.to_pylist():
                        fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def baseline_all(folder: Path) -> int:
    """Raw pyarrow writing the rows of all four configs: `documents` as in `baseline`, the others
    from their prepared JSON lines."""
    out = folder / "baseline_all"
    out.mkdir(exist_ok=True)
    n = baseline(folder, out / "documents.parquet")
    features = config_features(load_schema())
    for config in OTHER_CONFIGS:
        writer = RawWriter(out / f"{config}.parquet", features[config].arrow_schema)
        with open(folder / f"rows-{config}.jsonl", encoding="utf-8") as fh:
            for line in fh:
                writer.add(json.loads(line))
        writer.close()
    return n


def build_stage(folder: Path) -> int:
    """The dataset stage of `spanbank build` (with its input hashing and the card)."""
    from spanbank.build import BuildOptions, run_build  # noqa: PLC0415

    ann = folder / "annotations"
    ann.mkdir(exist_ok=True)
    (ann / "gold.jsonl").write_bytes((folder / "gold.jsonl").read_bytes())
    opts = BuildOptions(corpus=folder / "corpus", annotations=ann, out=folder / "build" / "dataset", work=folder,
                        force=True)
    report = run_build(opts, echo=lambda s: None, stages=("dataset",))
    assert all(s.ok for s in report.stages), [(s.name, s.problems[:3]) for s in report.stages]
    return sum(report.rows["documents"].values())


def _child(kind: str, folder: str, q) -> None:
    folder_p = Path(folder)
    t0 = time.perf_counter()
    if kind == "baseline":
        n = baseline(folder_p, folder_p / "baseline.parquet")
    elif kind == "baseline_all":
        n = baseline_all(folder_p)
    elif kind == "build":
        n = build_stage(folder_p)
    else:
        configs = ["documents"] if kind == "spanbank_documents" else None
        res = write_dataset(folder_p / "documents.jsonl", folder_p / kind, schema=load_schema(),
                            predictions=folder_p / "predictions.jsonl", gold=folder_p / "gold.jsonl",
                            **({"configs": configs} if configs else {}))
        assert not res.problems, res.problems[:3]
        n = res.documents
    dt = time.perf_counter() - t0
    q.put((kind, n, dt, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


def run(kind: str, folder: Path) -> dict:
    ctx = mp.get_context("fork")
    q = ctx.Queue()
    p = ctx.Process(target=_child, args=(kind, str(folder), q))
    p.start()
    kind_, n, dt, rss = q.get()
    p.join()
    return {"documents": n, "seconds": round(dt, 2), "docs_per_s": round(n / dt, 1), "peak_rss_mb": round(rss, 1)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--skip-all", action="store_true", help="Skip the all-configs runs (spanbank and raw).")
    ap.add_argument("--skip-build", action="store_true", help="Skip the `spanbank build` dataset-stage run.")
    ap.add_argument("--repeat", type=int, default=1,
                    help="Run baseline and spanbank_documents this many times, alternating; `ratio` is the "
                         "median of the pairwise ratios (the machine may be shared).")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="spanbank-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        generate(folder, args.docs)
        gen = time.perf_counter() - t0
        results = {"docs": args.docs, "generate_seconds": round(gen, 1),
                   "input_mb": round(sum(p.stat().st_size for p in folder.glob("*.jsonl")) / 2**20, 1)}
        pairs = []
        for _ in range(max(1, args.repeat)):
            results["baseline"] = run("baseline", folder)
            results["spanbank_documents"] = run("spanbank_documents", folder)
            pairs.append(results["spanbank_documents"]["docs_per_s"] / results["baseline"]["docs_per_s"])
        if not args.skip_all:
            results["spanbank_all"] = run("spanbank_all", folder)
            t0 = time.perf_counter()
            export_rows(folder)
            results["export_seconds"] = round(time.perf_counter() - t0, 1)
            results["baseline_all"] = run("baseline_all", folder)
        if not args.skip_build:
            results["build"] = run("build", folder)
        base = results["baseline"]["docs_per_s"]
        results["ratio"] = round(statistics.median(pairs), 3)
        if len(pairs) > 1:
            results["ratio_runs"] = [round(r, 3) for r in pairs]
        if "spanbank_all" in results:
            results["ratio_all"] = round(results["spanbank_all"]["docs_per_s"]
                                         / results["baseline_all"]["docs_per_s"], 3)
            results["ratio_all_vs_documents_baseline"] = round(results["spanbank_all"]["docs_per_s"] / base, 3)
        results["goal_ratio"] = 0.7
        results["goal_peak_rss_mb"] = 500
    json.dump(results, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
