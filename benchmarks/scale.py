"""Throughput of the sharded ingest+annotate stage on datatrove's local executor (issue 7: "speedup
>= 1.7 on this 2-core machine, and a per-worker rate within 10 % of the single-process pipeline").

    python benchmarks/scale.py [--articles 4000] [--per-file 50] [--tasks 8] [--repeat 3]

Writes a synthetic corpus (tests/synthetic.py: articles with reader comments) to a temporary
folder and, in one process, --repeat times in turn (so that a burst of load from elsewhere hits all
three alike):

* baseline: the plain single-process pipeline without datatrove (`ingest_paths` ->
  `checked_annotations` with every annotator -> documents and predictions JSONL), the same work one
  shard does;
* 1 worker: `run_sharded(workers=1, tasks=T)` then `merge` into one documents and one predictions file;
* 2 workers: the same with ``workers=2``.

Prints documents/s per run and per mode (median, min-max), the speedup (2 workers / 1 worker), the
per-worker rate against the baseline (1 worker / baseline) and the load average around each run.
The machine is shared, so wall-clock rates move with other people's load; documents per CPU-second
(this process plus its reaped children, from getrusage) is printed too as the load-independent cost.
Annotators are loaded once before timing, for every mode. ``--json`` prints the numbers as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.synthetic import write_corpus  # noqa: E402

from spanbank.annotate import AnnotateSummary, checked_annotations  # noqa: E402
from spanbank.ingest import IngestReport, ingest_paths  # noqa: E402
from spanbank.model import JsonlWriter  # noqa: E402
from spanbank.scale import preload_annotators, run_sharded  # noqa: E402
from spanbank.schema import load_schema  # noqa: E402


def baseline(corpus: Path, out: Path, annotators: list) -> int:
    """The single-process pipeline without datatrove; returns the number of documents."""
    schema = load_schema()
    report, checks = IngestReport(), AnnotateSummary()
    n = 0
    with JsonlWriter(out / "documents.jsonl") as dw, JsonlWriter(out / "predictions.jsonl") as pw:
        for doc in ingest_paths([corpus], report=report, progress=False):
            dw.write(doc)
            for ann in checked_annotations(doc, annotators, schema, summary=checks):
                pw.write(ann)
            n += 1
    if not report.ok or not checks.ok:
        raise SystemExit(f"baseline: unexpected errors: {report.errors[:3]} {checks.errors[:3]}")
    return n


def sharded(corpus: Path, out: Path, names: list[str], workers: int, tasks: int) -> tuple[int, float]:
    """run_sharded + merge; returns (documents, seconds spent merging)."""
    run = run_sharded([corpus], out / "work", workers=workers, tasks=tasks, only=names)
    t = time.perf_counter()
    merged = run.merge(out / "documents.jsonl", out / "predictions.jsonl")
    return merged.documents, time.perf_counter() - t


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and of its finished children (the forked workers)."""
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=4000)
    ap.add_argument("--per-file", type=int, default=50, help="articles per JSONL input file")
    ap.add_argument("--tasks", type=int, default=8, help="shards (the same for 1 and 2 workers)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="spanbank-scale-"))
    try:
        corpus = tmp / "corpus"
        write_corpus(corpus, args.articles, per_file=args.per_file)
        names, broken = preload_annotators()
        if broken:
            print("\n".join(broken), file=sys.stderr)
        from spanbank.annotators import load_annotators  # noqa: PLC0415

        annotators = load_annotators(names)
        modes = {
            "baseline": lambda out: (baseline(corpus, out, annotators), 0.0),
            "1 worker": lambda out: sharded(corpus, out, names, 1, args.tasks),
            "2 workers": lambda out: sharded(corpus, out, names, 2, args.tasks),
        }
        results: dict[str, list[dict]] = {m: [] for m in modes}
        for rep in range(args.repeat):
            for mode, fn in modes.items():
                out = tmp / f"{mode.replace(' ', '-')}-{rep}"
                out.mkdir()
                load_before = os.getloadavg()[0]
                cpu, t = cpu_seconds(), time.perf_counter()
                n, merge_s = fn(out)
                secs, cpu = time.perf_counter() - t, cpu_seconds() - cpu
                results[mode].append({"documents": n, "seconds": secs, "merge_seconds": merge_s,
                                      "docs_per_s": n / secs, "cpu_seconds": cpu, "docs_per_cpu_s": n / cpu,
                                      "load_before": load_before, "load_after": os.getloadavg()[0]})
                shutil.rmtree(out)
                print(f"run {rep + 1}/{args.repeat} {mode:<9}: {n} documents in {secs:6.2f} s = {n / secs:7.0f} docs/s"
                      f" ({n / cpu:5.0f} docs per CPU-s; merge {merge_s:.2f} s; load {load_before:.1f} -> {os.getloadavg()[0]:.1f})", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

    def med(mode: str) -> float:
        return statistics.median(r["docs_per_s"] for r in results[mode])

    def ratios(key: str, a: str, b: str) -> dict[str, float]:
        rs = [x[key] / y[key] for x, y in zip(results[a], results[b], strict=True)]
        return {"median": statistics.median(rs), "min": min(rs), "max": max(rs)}

    speedups = [b["docs_per_s"] / a["docs_per_s"] for a, b in zip(results["1 worker"], results["2 workers"], strict=True)]
    per_worker = [a["docs_per_s"] / b["docs_per_s"] for a, b in zip(results["1 worker"], results["baseline"], strict=True)]
    summary = {
        "articles": args.articles, "documents": results["baseline"][0]["documents"], "tasks": args.tasks,
        "cpus": os.cpu_count(), "repeat": args.repeat,
        "docs_per_s": {m: {"median": med(m), "min": min(r["docs_per_s"] for r in rs), "max": max(r["docs_per_s"] for r in rs)}
                       for m, rs in results.items()},
        "speedup_2_over_1": {"median": statistics.median(speedups), "min": min(speedups), "max": max(speedups)},
        "per_worker_over_baseline": {"median": statistics.median(per_worker), "min": min(per_worker), "max": max(per_worker)},
        "docs_per_cpu_s": {m: statistics.median(r["docs_per_cpu_s"] for r in rs) for m, rs in results.items()},
        "cpu_efficiency_1_worker_over_baseline": ratios("docs_per_cpu_s", "1 worker", "baseline"),
        "cpu_efficiency_2_over_1": ratios("docs_per_cpu_s", "2 workers", "1 worker"),
        "load_average": {"min": min(r["load_before"] for rs in results.values() for r in rs),
                         "max": max(r["load_after"] for rs in results.values() for r in rs)},
        "runs": results,
    }
    if args.json:
        print(json.dumps(summary, indent=1))
        return
    print(f"{summary['documents']} documents ({args.articles} articles with comments), {args.tasks} shards, "
          f"{os.cpu_count()} CPUs, {args.repeat} runs per mode; load average {summary['load_average']['min']:.1f}"
          f"-{summary['load_average']['max']:.1f}")
    for m, d in summary["docs_per_s"].items():
        print(f"  {m:<10} {d['median']:7.0f} docs/s (min {d['min']:.0f}, max {d['max']:.0f}); "
              f"{summary['docs_per_cpu_s'][m]:.0f} docs per CPU-second")
    s, p = summary["speedup_2_over_1"], summary["per_worker_over_baseline"]
    print(f"  speedup 2 workers / 1 worker: {s['median']:.2f} (min {s['min']:.2f}, max {s['max']:.2f}); goal >= 1.7")
    print(f"  per-worker rate / single-process pipeline: {p['median']:.2f} (min {p['min']:.2f}, max {p['max']:.2f});"
          f" goal >= 0.90")

    e1, e2 = summary["cpu_efficiency_1_worker_over_baseline"], summary["cpu_efficiency_2_over_1"]
    print(f"  CPU cost (load-independent): docs per CPU-second 1 worker / baseline {e1['median']:.2f} "
          f"(min {e1['min']:.2f}, max {e1['max']:.2f}); 2 workers / 1 worker {e2['median']:.2f} "
          f"(min {e2['min']:.2f}, max {e2['max']:.2f})")


if __name__ == "__main__":
    main()
