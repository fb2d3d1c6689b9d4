"""Throughput and memory of the dataset-writing stage against raw pyarrow, in the same run.

    python benchmarks/build.py --docs 100000

Generates N synthetic articles (~3 KB text, ~10 machine spans each, gold on every 10th) as
documents.jsonl / predictions.jsonl / gold.jsonl in a temporary folder (not timed), then runs,
each in its own forked child so that peak RSS is measured per run:

- ``baseline``: raw pyarrow: read the same JSONL lines, build the `documents` config's columns
  straight from the dicts, write them with one ParquetWriter over 1,000-row record batches;
- ``spanbank_documents``: `spanbank.dataset.write_dataset(configs=["documents"])`, the same rows;
- ``spanbank_all``: the whole stage, all four configs (tokens, quotes, comments too).

Prints one JSON object: documents/s of each, ``ratio`` = spanbank_documents / baseline (the goal is
>= 0.7), ``ratio_all`` = spanbank_all / baseline, and each child's peak RSS in MB.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import random
import resource
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


def baseline(folder: Path, out: Path) -> int:
    """Raw pyarrow writing the same `documents` rows: JSON lines -> columns -> record batches."""
    schema_ = load_schema()
    arrow = config_features(schema_)["documents"].arrow_schema
    label_id = {lab: i for i, lab in enumerate(schema_.label_names)}
    gold: dict[str, dict] = {}
    with open(folder / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            g = json.loads(line)
            gold[g["doc_id"]] = g
    n = 0
    writer = pq.ParquetWriter(out, arrow)
    rows: list[dict] = []

    def flush() -> None:
        batch = pa.RecordBatch.from_arrays([pa.array([r[f.name] for r in rows], type=f.type) for f in arrow],
                                           schema=arrow)
        writer.write_batch(batch)
        rows.clear()

    with open(folder / "documents.jsonl", encoding="utf-8") as df, \
            open(folder / "predictions.jsonl", encoding="utf-8") as pf:
        for dline, pline in zip(df, pf, strict=True):
            d, p = json.loads(dline), json.loads(pline)
            g = gold.get(d["id"])
            rows.append({
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
            if len(rows) >= 1000:
                flush()
    if rows:
        flush()
    writer.close()
    return n


def _child(kind: str, folder: str, q) -> None:
    folder_p = Path(folder)
    t0 = time.perf_counter()
    if kind == "baseline":
        n = baseline(folder_p, folder_p / "baseline.parquet")
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
    ap.add_argument("--skip-all", action="store_true", help="Skip the all-configs run.")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="spanbank-bench-") as tmp:
        folder = Path(tmp)
        t0 = time.perf_counter()
        generate(folder, args.docs)
        gen = time.perf_counter() - t0
        results = {"docs": args.docs, "generate_seconds": round(gen, 1),
                   "input_mb": round(sum(p.stat().st_size for p in folder.glob("*.jsonl")) / 2**20, 1)}
        results["baseline"] = run("baseline", folder)
        results["spanbank_documents"] = run("spanbank_documents", folder)
        if not args.skip_all:
            results["spanbank_all"] = run("spanbank_all", folder)
        base = results["baseline"]["docs_per_s"]
        results["ratio"] = round(results["spanbank_documents"]["docs_per_s"] / base, 3)
        if "spanbank_all" in results:
            results["ratio_all"] = round(results["spanbank_all"]["docs_per_s"] / base, 3)
        results["goal_ratio"] = 0.7
    json.dump(results, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
