"""Ingest and pre-annotation as sharded steps on datatrove executors (local, Slurm, Ray).

We do not write a scheduler: datatrove runs the same per-shard function in one process, in a local
pool of workers, as a Slurm job array or on Ray, and writes a completion marker per finished shard
(``<logs>/completions/<rank>``), so a run that is killed and started again skips the shards that
completed. Each shard ``rank`` of ``tasks`` takes its share of the sorted input files
(`spanbank.pipeline.shard`) and writes ``documents-<rank>.jsonl`` and ``predictions-<rank>.jsonl``
(atomically: a shard killed halfway leaves no partial file). `spanbank build` then reads all shard
files as one corpus.

datatrove is an optional extra: ``pip install "spanbank[scale]"``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spanbank.model import JsonlWriter, atomic_write_text
from spanbank.pipeline import shard

EXECUTORS = ("local", "slurm", "ray")


class ScaleError(RuntimeError):
    """A sharded run could not complete; the message names the failed shards and their files."""


@dataclass
class ShardedRun:
    """Where a sharded ingest+annotate run keeps its outputs and what it produced."""

    run_dir: Path
    tasks: int
    documents: list[Path] = field(default_factory=list)
    predictions: list[Path] = field(default_factory=list)
    failed_shards: dict[int, dict] = field(default_factory=dict)
    skipped_shards: list[int] = field(default_factory=list)
    ingest_errors: list[dict] = field(default_factory=list)

    @property
    def logs_dir(self) -> Path:
        return self.run_dir / "logs"

    def summary(self) -> dict[str, Any]:
        reports = [json.loads(p.read_text()) for p in sorted(self.run_dir.glob("report-*.json"))]
        return {
            "tasks": self.tasks,
            "skipped_completed": len(self.skipped_shards),
            "failed_shards": sorted(self.failed_shards),
            "files_ok": sum(r["files_ok"] for r in reports),
            "files_failed": sum(r["files_failed"] for r in reports),
            "documents": sum(r["documents"] for r in reports),
            "annotations": sum(r["annotations"] for r in reports),
        }


class IngestAnnotateShard:
    """One datatrove pipeline step: ingest this rank's files and pre-annotate their documents.

    A plain picklable callable ``(data, rank, world_size)``, as datatrove accepts, so it runs under
    every executor. Bad input files are per-file errors recorded in the shard's report (the batch
    goes on); an exception that escapes (a bug, a full disk) fails the shard: its files are written to
    ``failed-<rank>.json``, its outputs are removed and its completion marker too, so a rerun retries
    it while the other shards' work is kept.
    """

    def __init__(self, files: Sequence[str], run_dir: str, only: Sequence[str] | None, source: str | None,
                 verbose: bool = False):
        self.files = list(files)
        self.run_dir = run_dir
        self.only = list(only) if only is not None else None
        self.source = source
        self.verbose = verbose

    def __call__(self, data: Any, rank: int = 0, world_size: int = 1) -> list:
        if not self.verbose:
            _quiet_datatrove()
        from spanbank.annotators import load_annotators
        from spanbank.ingest import IngestReport, ingest_paths

        run_dir = Path(self.run_dir)
        my_files = shard(self.files, rank, world_size)
        failed_marker = run_dir / f"failed-{rank:05d}.json"
        try:
            annotators = load_annotators(self.only) if self.only != [] else []
            report = IngestReport()
            n_docs = n_anns = 0
            with JsonlWriter(run_dir / f"documents-{rank:05d}.jsonl") as dw, JsonlWriter(
                run_dir / f"predictions-{rank:05d}.jsonl"
            ) as pw:
                kwargs = {"report": report, "progress": False}
                if self.source:
                    kwargs["source"] = self.source
                for doc in ingest_paths(my_files, **kwargs):
                    dw.write(doc)
                    n_docs += 1
                    for ann in annotators:
                        if ann.applies(doc):
                            pw.write(ann.annotate(doc))
                            n_anns += 1
            errors = [_error_dict(e) for e in report.errors]
            atomic_write_text(
                run_dir / f"report-{rank:05d}.json",
                json.dumps(
                    {
                        "rank": rank,
                        "files": len(my_files),
                        "files_ok": report.files_ok,
                        "files_failed": report.files_failed,
                        "documents": n_docs,
                        "annotations": n_anns,
                        "errors": errors,
                    },
                    ensure_ascii=False,
                    indent=1,
                ),
            )
            if failed_marker.exists():
                failed_marker.unlink()
        except Exception as exc:
            # Recorded, not raised: a raise would stop datatrove's sequential loop (workers=1) before
            # the other shards ran. `run_sharded` removes this shard's completion marker afterwards,
            # so the shard is retried by the next run, and reports it with its files.
            atomic_write_text(
                failed_marker,
                json.dumps({"rank": rank, "error": f"{type(exc).__name__}: {exc}", "files": my_files}, indent=1),
            )
            for partial in (f"documents-{rank:05d}.jsonl", f"predictions-{rank:05d}.jsonl", f"report-{rank:05d}.json"):
                (run_dir / partial).unlink(missing_ok=True)
        return []


def _quiet_datatrove() -> None:
    """datatrove logs every task's start, end and stats at INFO on stderr; spanbank prints its own
    summary, so only warnings and errors are shown unless --verbose (the task log files in
    ``<run>/logs/logs/`` still record the start of every task)."""
    from loguru import logger

    logger.remove()
    logger.add(sys.stderr, level="WARNING")


def _restore_logging() -> None:
    from loguru import logger

    logger.remove()
    logger.add(sys.stderr)


def _error_dict(err: Any) -> dict:
    if isinstance(err, dict):
        return err
    if isinstance(err, (tuple, list)):
        keys = ("path", "line", "message")
        return {k: (str(v) if k == "path" else v) for k, v in zip(keys, err, strict=False)}
    return {"path": str(getattr(err, "path", "")), "line": getattr(err, "line", None), "message": str(err)}


def run_key(files: Sequence[str], tasks: int, only: Sequence[str] | None, source: str | None) -> str:
    """Identity of a sharded run: the same inputs and options reuse (and resume) the same run folder."""
    h = hashlib.sha256()
    for f in files:
        st = os.stat(f)
        h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    h.update(json.dumps([tasks, sorted(only or []), source, _code_version()]).encode())
    return h.hexdigest()[:16]


def _code_version() -> str:
    from spanbank import __version__

    return __version__


def make_executor(
    executor: str,
    pipeline: list,
    *,
    tasks: int,
    workers: int,
    logging_dir: str,
    options: dict[str, Any] | None = None,
):
    """datatrove's executor for ``executor`` with spanbank's defaults; ``options`` are passed through
    verbatim (e.g. slurm: partition, time, cpus_per_task, mem_per_cpu_gb, sbatch_args, venv_path)."""
    options = dict(options or {})
    try:
        if executor == "local":
            from datatrove.executor import LocalPipelineExecutor

            options.setdefault("start_method", "fork" if os.name == "posix" else "spawn")
            return LocalPipelineExecutor(pipeline, tasks=tasks, workers=workers, logging_dir=logging_dir, **options)
        if executor == "slurm":
            from datatrove.executor import SlurmPipelineExecutor

            missing = [k for k in ("time", "partition") if k not in options]
            if missing:
                raise ScaleError(f"--executor slurm needs --executor-opt {missing[0]}=... (and {', '.join(missing[1:]) or 'no more'})")
            return SlurmPipelineExecutor(pipeline, tasks=tasks, workers=workers, logging_dir=logging_dir, **options)
        if executor == "ray":
            from datatrove.executor import RayPipelineExecutor

            return RayPipelineExecutor(pipeline, tasks=tasks, workers=workers, logging_dir=logging_dir, **options)
    except ImportError as exc:
        raise ScaleError(
            f"the {executor} executor needs datatrove (pip install \"spanbank[scale]\"){' and ray' if executor == 'ray' else ''}: {exc}"
        ) from None
    raise ScaleError(f"unknown executor {executor!r}; choose one of {', '.join(EXECUTORS)}")


def run_sharded(
    paths: Sequence[str | Path],
    work_dir: str | Path,
    *,
    executor: str = "local",
    workers: int = 1,
    tasks: int | None = None,
    only: Sequence[str] | None = None,
    source: str | None = None,
    options: dict[str, Any] | None = None,
    verbose: bool = False,
) -> ShardedRun:
    """Ingest and pre-annotate ``paths`` as ``tasks`` shards on ``workers`` workers.

    Outputs go to ``<work_dir>/shards/<run key>/``; a rerun with the same inputs and options resumes
    there and skips completed shards. Raises `ScaleError` naming the failed shards and their files
    when a shard failed (the completed shards' outputs stay and are reused by the rerun).
    """
    from spanbank.ingest import discover_files

    files = [str(p) for p in discover_files([Path(p) for p in paths])]
    if tasks is None:
        tasks = max(1, min(len(files), workers * 4))
    tasks = max(1, tasks)
    key = run_key(files, tasks, only, source)
    run_dir = Path(work_dir) / "shards" / key
    run_dir.mkdir(parents=True, exist_ok=True)
    _prune_other_runs(run_dir)
    run = ShardedRun(run_dir=run_dir, tasks=tasks)
    completions = run.logs_dir / "completions"
    run.skipped_shards = [r for r in range(tasks) if (completions / f"{r:05d}").exists()]
    step = IngestAnnotateShard(files, str(run_dir), only, source, verbose)
    ex = make_executor(executor, [step], tasks=tasks, workers=max(1, min(workers, tasks)),
                       logging_dir=str(run.logs_dir), options=options)
    error: BaseException | None = None
    if not verbose:
        _quiet_datatrove()
    try:
        ex.run()
    except Exception as exc:  # a shard raised; the markers below say which
        error = exc
    finally:
        if not verbose:
            _restore_logging()
    for r in range(tasks):
        failed = run_dir / f"failed-{r:05d}.json"
        if failed.exists():
            run.failed_shards[r] = json.loads(failed.read_text())
            (completions / f"{r:05d}").unlink(missing_ok=True)
        elif not (completions / f"{r:05d}").exists() and executor == "local":
            run.failed_shards[r] = {"rank": r, "error": "did not complete", "files": shard(files, r, tasks)}
    if run.failed_shards:
        lines = [f"shard {r}: {info['error']}; files: {', '.join(info['files'][:5])}"
                 + (f" (+{len(info['files']) - 5} more)" if len(info["files"]) > 5 else "")
                 for r, info in sorted(run.failed_shards.items())]
        raise ScaleError(f"{len(run.failed_shards)} of {tasks} shards failed (rerun to retry them):\n" + "\n".join(lines)) from error
    if error is not None and executor == "local":
        raise ScaleError(f"the executor failed: {error}") from error
    run.documents = sorted(run_dir.glob("documents-*.jsonl"))
    run.predictions = sorted(run_dir.glob("predictions-*.jsonl"))
    for r in range(tasks):
        rep = run_dir / f"report-{r:05d}.json"
        if rep.exists():
            run.ingest_errors += json.loads(rep.read_text())["errors"]
    return run


def _prune_other_runs(keep: Path) -> None:
    """Only the current run's shards are kept: an old run's outputs must never mix into the corpus."""
    for other in keep.parent.iterdir():
        if other.is_dir() and other != keep:
            shutil.rmtree(other, ignore_errors=True)


def parse_executor_options(pairs: Sequence[str]) -> dict[str, Any]:
    """``key=value`` pairs from ``--executor-opt``; values parsed as JSON when they are JSON
    (numbers, booleans, objects), else kept as strings."""
    out: dict[str, Any] = {}
    for pair in pairs:
        if "=" not in pair:
            raise ScaleError(f"--executor-opt takes key=value, got {pair!r}")
        k, v = pair.split("=", 1)
        try:
            out[k.strip()] = json.loads(v)
        except json.JSONDecodeError:
            out[k.strip()] = v
    return out
