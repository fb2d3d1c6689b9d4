"""Ingest and pre-annotation as sharded steps on datatrove executors (local, Slurm, Ray).

We do not write a scheduler: datatrove runs the same per-shard function in one process, in a local
pool of workers, as a Slurm job array or on Ray, and writes a completion marker per finished shard
(``<logs>/completions/<rank>``), so a run that is killed and started again skips the shards that
completed. Each shard ``rank`` of ``tasks`` takes its share of the sorted input files
(`spanbank.pipeline.shard`) and writes ``documents-<rank>.jsonl``, ``predictions-<rank>.jsonl`` and
``index-<rank>.jsonl`` (atomically: a shard killed halfway leaves no partial file). `merge_shards`
(`spanbank.shardmerge`) then streams all shards into one documents file and one predictions file,
dropping documents whose id another shard already produced.

datatrove is an optional extra: ``pip install "spanbank[scale]"``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spanbank.model import JsonlWriter, atomic_write_text
from spanbank.pipeline import shard
from spanbank.shardmerge import MergeResult, merge_shards

EXECUTORS = ("local", "slurm", "ray")
SHARD_FILES = ("documents", "predictions", "index", "report")

__all__ = [
    "EXECUTORS",
    "IngestAnnotateShard",
    "MergeResult",
    "ScaleError",
    "ShardsPending",
    "ShardedRun",
    "make_executor",
    "merge_shards",
    "parse_executor_options",
    "preload_annotators",
    "ShardStep",
    "code_key",
    "execute",
    "prepare_run",
    "shard_annotators",
    "run_key",
    "run_sharded",
]


class ScaleError(RuntimeError):
    """A sharded run could not complete; the message names the failed shards and their files."""


class ShardsPending(ScaleError):
    """Shards were submitted to a cluster (Slurm) and have not finished: run again when they have."""


@dataclass
class ShardedRun:
    """Where a sharded ingest+annotate run keeps its outputs and what it produced."""

    run_dir: Path
    tasks: int
    documents: list[Path] = field(default_factory=list)
    predictions: list[Path] = field(default_factory=list)
    index: list[Path] = field(default_factory=list)
    failed_shards: dict[int, dict] = field(default_factory=dict)
    skipped_shards: list[int] = field(default_factory=list)
    ingest_errors: list[str] = field(default_factory=list)
    annotate_errors: list[str] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)

    @property
    def logs_dir(self) -> Path:
        return self.run_dir / "logs"

    def merge(self, documents_out: str | os.PathLike, predictions_out: str | os.PathLike | None = None, *,
              progress: bool = False) -> MergeResult:
        """Stream every shard into one documents file (and one predictions file); see `merge_shards`."""
        return merge_shards(self.index, self.documents, self.predictions if predictions_out is not None else None,
                            documents_out, predictions_out, progress=progress)

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


# Annotators built once per process and per selection. `run_sharded` fills this in the parent
# before a local executor forks its workers, so they inherit the loaded annotators (models
# included) instead of loading them again for every task.
_ANNOTATORS: dict[tuple[str, ...] | None, list] = {}


def shard_annotators(only: Sequence[str] | None) -> list:
    """The annotators named by ``only`` (None: all, []: none), built once per process."""
    from spanbank.annotators import load_annotators  # noqa: PLC0415

    key = tuple(only) if only is not None else None
    if key not in _ANNOTATORS:
        _ANNOTATORS[key] = load_annotators(only) if only != [] else []
    return _ANNOTATORS[key]


def preload_annotators(only: Sequence[str] | None = None) -> tuple[list[str], list[str]]:
    """Build the named annotators (all registered ones when None) once in this process, one by one,
    so that one that cannot load (a missing model file) does not stop the others. Returns the names
    that loaded, to pass as ``only`` to `run_sharded`, and a problem line for each that did not."""
    from spanbank.annotators import REGISTRY, load_annotators  # noqa: PLC0415

    names, loaded, broken = [], [], []
    for name in (list(only) if only is not None else list(REGISTRY)):
        try:
            loaded += _ANNOTATORS.get((name,)) or load_annotators([name])
            names.append(name)
        except Exception as exc:  # noqa: BLE001 - reported by the caller
            broken.append(f"annotator {name}: cannot load: {type(exc).__name__}: {exc}")
    _ANNOTATORS[tuple(names)] = loaded
    return names, broken


class ShardStep(ABC):
    """A datatrove pipeline step that writes one shard's files into ``run_dir``.

    A plain picklable callable ``(data, rank, world_size)``, as datatrove accepts, so it runs under
    every executor. Subclasses implement ``inputs`` (what the shard reads, for reports) and ``_run``
    (writes the shard's files, returns its report). Bad input is recorded in the report (the batch
    goes on); an exception that escapes (a bug, a full disk) fails the shard: its inputs are written
    to ``failed-<rank>.json``, its outputs are removed and its completion marker too, so a rerun
    retries it while the other shards' work is kept.
    """

    run_dir: str

    @abstractmethod
    def inputs(self, rank: int, world_size: int) -> list[str]:
        """What shard ``rank`` reads (file names, or a file and its byte range), for reports."""

    @abstractmethod
    def _run(self, run_dir: Path, rank: int, world_size: int) -> dict:
        """Write shard ``rank``'s files into ``run_dir``; return its report (see `ShardedRun.summary`)."""

    def __call__(self, data: Any, rank: int = 0, world_size: int = 1) -> list:
        run_dir = Path(self.run_dir)
        failed_marker = run_dir / f"failed-{rank:05d}.json"
        for name in SHARD_FILES:  # temporary files of an earlier attempt that was killed mid-write
            for tmp in run_dir.glob(f".{name}-{rank:05d}.*.tmp"):
                tmp.unlink(missing_ok=True)
        try:
            report = self._run(run_dir, rank, world_size)
            atomic_write_text(run_dir / f"report-{rank:05d}.json", json.dumps(report, ensure_ascii=False, indent=1))
            failed_marker.unlink(missing_ok=True)
        except Exception as exc:
            # Recorded, not raised: a raise would stop datatrove's sequential loop (workers=1) before
            # the other shards ran. `execute` removes this shard's completion marker afterwards, so
            # the shard is retried by the next run, and reports it with its inputs.
            atomic_write_text(failed_marker, json.dumps(
                {"rank": rank, "error": f"{type(exc).__name__}: {exc}", "files": self.inputs(rank, world_size)},
                indent=1))
            for name in SHARD_FILES:
                (run_dir / f"{name}-{rank:05d}.{'json' if name == 'report' else 'jsonl'}").unlink(missing_ok=True)
        return []


class IngestAnnotateShard(ShardStep):
    """Ingest this rank's share of the input files and pre-annotate their documents; annotations are
    checked against their document (`spanbank.annotate.checked_annotations`) exactly as in the
    one-process build."""

    def __init__(self, files: Sequence[str], run_dir: str, only: Sequence[str] | None, source: str | None,
                 verbose: bool = False, max_bytes: int | None = None):
        self.files = list(files)
        self.run_dir = run_dir
        self.only = list(only) if only is not None else None
        self.source = source
        self.verbose = verbose
        self.max_bytes = max_bytes

    def inputs(self, rank: int, world_size: int) -> list[str]:
        return shard(self.files, rank, world_size)

    def _run(self, run_dir: Path, rank: int, world_size: int) -> dict:
        my_files = self.inputs(rank, world_size)
        from spanbank.annotate import AnnotateSummary, checked_annotations  # noqa: PLC0415
        from spanbank.ingest import IngestReport, ingest_paths  # noqa: PLC0415
        from spanbank.schema import load_schema  # noqa: PLC0415

        annotators = shard_annotators(self.only)
        schema = load_schema()
        report, checks = IngestReport(), AnnotateSummary()
        n_docs = n_anns = 0
        kwargs: dict[str, Any] = {"report": report, "progress": False}
        if self.source:
            kwargs["source"] = self.source
        if self.max_bytes is not None:
            kwargs["max_bytes"] = self.max_bytes
        with JsonlWriter(run_dir / f"documents-{rank:05d}.jsonl") as dw, \
                JsonlWriter(run_dir / f"predictions-{rank:05d}.jsonl") as pw, \
                JsonlWriter(run_dir / f"index-{rank:05d}.jsonl") as iw:
            for k, path in enumerate(my_files):
                order = rank + k * world_size  # the file's place in the sorted list of all files
                for doc in ingest_paths([path], **kwargs):
                    where = str(doc.meta.get("source_path", path))
                    line = doc.meta.get("source_line")
                    anns = checked_annotations(doc, annotators, schema, path=where, line=line, summary=checks) \
                        if annotators else []
                    dw.write(doc)
                    for ann in anns:
                        pw.write(ann)
                    iw.write([order, len(anns), doc.id, f"{where}:{line}" if line is not None else where])
                    n_docs += 1
                    n_anns += len(anns)
        return {
            "rank": rank,
            "files": len(my_files),
            "files_ok": report.files_ok,
            "files_failed": report.files_failed,
            "documents": n_docs,
            "annotations": n_anns,
            "errors": [f"{p}{f':{ln}' if ln is not None else ''}: {msg}" for p, ln, msg in report.errors],
            "annotate_errors": [str(p) for p in checks.errors],
            "duplicates": [f"{p}{f':{ln}' if ln is not None else ''}: duplicate id {i!r} skipped (already in the file)"
                           for i, p, ln in report.duplicates],
        }


def _quiet_datatrove(quiet: bool) -> None:
    """datatrove logs every task's start, end and stats on stderr; spanbank prints its own summary
    and writes each shard's report and failure file, so a local run silences datatrove's log unless
    verbose (forked workers inherit the setting; Slurm and Ray tasks keep their own logs)."""
    from loguru import logger  # noqa: PLC0415

    if quiet:
        logger.disable("datatrove")
    else:
        logger.enable("datatrove")


def run_key(files: Sequence[str], tasks: int, only: Sequence[str] | None, source: str | None,
            max_bytes: int | None = None) -> str:
    """Identity of a sharded run: the same inputs, options and code reuse (and resume) the same run
    folder; a change to any input file, to the ingest or annotator code or to the label schema starts
    a new run."""
    h = hashlib.sha256()
    for f in files:
        st = os.stat(f)
        h.update(f"{f}\0{st.st_size}\0{st.st_mtime_ns}\n".encode())
    code = code_key("spanbank.ingest", "spanbank.annotate", "spanbank.annotators", "spanbank.models",
                    "spanbank.model", "spanbank.scale", "spanbank.shardmerge")
    h.update(json.dumps([tasks, only, source, max_bytes, code]).encode())
    return h.hexdigest()[:16]


def code_key(*modules: str) -> str:
    """sha256 of the named modules' source (`spanbank.build.code_version`) and of the label schema."""
    from spanbank.build import code_version  # noqa: PLC0415
    from spanbank.schema import load_schema  # noqa: PLC0415

    schema_src = load_schema().source
    schema_sha = hashlib.sha256(Path(schema_src).read_bytes()).hexdigest() if schema_src else ""
    return hashlib.sha256(f"{code_version(*modules)}:{schema_sha}".encode()).hexdigest()


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
            import ray  # noqa: PLC0415
            from datatrove.executor import RayPipelineExecutor

            # `address` is spanbank's, not datatrove's: the cluster to join (default $RAY_ADDRESS; with
            # neither, ray connects to a cluster started on this machine by `ray start` or starts one)
            address = options.pop("address", os.environ.get("RAY_ADDRESS"))
            if not ray.is_initialized():
                ray.init(address=address)
            return RayPipelineExecutor(pipeline, tasks=tasks, workers=workers, logging_dir=logging_dir, **options)
    except ImportError as exc:
        raise ScaleError(
            f"the {executor} executor needs datatrove (pip install \"spanbank[scale]\"){' and ray' if executor == 'ray' else ''}: {exc}"
        ) from None
    except TypeError as exc:  # an --executor-opt the executor does not take
        raise ScaleError(f"--executor {executor}: {exc}") from None
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
    max_bytes: int | None = None,
) -> ShardedRun:
    """Ingest and pre-annotate ``paths`` as ``tasks`` shards on ``workers`` workers.

    ``only`` picks annotators by registry key (None: all; []: ingest only). Outputs go to
    ``<work_dir>/shards/<run key>/``; a rerun with the same inputs and options resumes there and
    skips completed shards. Raises `ScaleError` naming the failed shards and their files when a shard
    failed (the completed shards' outputs stay and are reused by the rerun). With the slurm or ray
    executor the call returns when the jobs are submitted or done, as datatrove does; run it again
    after the jobs finished to collect the outputs.
    """
    from spanbank.ingest import discover_files  # noqa: PLC0415

    files = [str(p) for p in discover_files([Path(p) for p in paths])]
    if not files:
        raise ScaleError(f"no input files under {', '.join(str(p) for p in paths)}")
    if tasks is None:  # 4 per worker (a cluster with no worker limit: up to 64)
        tasks = max(1, min(len(files), workers * 4 if workers > 0 else 64))
    tasks = max(1, tasks)
    only = list(only) if only is not None else None
    run = prepare_run(work_dir, run_key(files, tasks, only, source, max_bytes), tasks)
    run_dir = run.run_dir
    if executor == "local" and len(run.skipped_shards) < tasks:
        shard_annotators(only)  # loaded once here; forked workers inherit them
    step = IngestAnnotateShard(files, str(run_dir), only, source, verbose, max_bytes)
    execute(run, step, executor=executor, workers=workers, options=options, verbose=verbose)
    return run


def prepare_run(work_dir: str | Path, key: str, tasks: int) -> ShardedRun:
    """The run folder ``<work_dir>/shards/<key>`` (other runs' folders there are removed), with the
    shards that already completed."""
    run_dir = Path(work_dir) / "shards" / key
    run_dir.mkdir(parents=True, exist_ok=True)
    _prune_other_runs(run_dir)
    run = ShardedRun(run_dir=run_dir, tasks=tasks)
    completions = run.logs_dir / "completions"
    run.skipped_shards = [r for r in range(tasks) if (completions / f"{r:05d}").exists()]
    return run


def execute(run: ShardedRun, step: ShardStep, *, executor: str, workers: int, options: dict[str, Any] | None,
            verbose: bool = False) -> None:
    """Run ``step`` as ``run.tasks`` shards on the executor, then collect: raises `ScaleError` naming
    the failed shards and their inputs; else fills ``run`` with the shard files and their reports."""
    tasks = run.tasks
    ex = make_executor(executor, [step], tasks=tasks, workers=min(workers, tasks) if workers > 0 else -1,
                       logging_dir=str(run.logs_dir), options=options)
    error: BaseException | None = None
    quiet = not verbose and executor == "local"
    _quiet_datatrove(quiet)
    try:
        ex.run()
    except Exception as exc:  # a shard raised; the markers below say which
        error = exc
    finally:
        if quiet:
            _quiet_datatrove(False)
    _collect(run, step, executor, error, getattr(ex, "job_id", None))


def _collect(run: ShardedRun, step: ShardStep, executor: str, error: BaseException | None,
             job_id: Any = None) -> None:
    run_dir, tasks = run.run_dir, run.tasks
    completions = run.logs_dir / "completions"
    pending = []
    for r in range(tasks):
        failed = run_dir / f"failed-{r:05d}.json"
        if failed.exists():
            run.failed_shards[r] = json.loads(failed.read_text())
            (completions / f"{r:05d}").unlink(missing_ok=True)
        elif not (completions / f"{r:05d}").exists():
            if executor == "local":
                run.failed_shards[r] = {"rank": r, "error": "did not complete", "files": step.inputs(r, tasks)}
            else:
                pending.append(r)
    if pending and not run.failed_shards and error is None:
        job = f" as job {job_id}" if job_id not in (None, -1) else ""
        raise ShardsPending(f"{len(pending)} of {tasks} shards submitted to {executor}{job} and not finished yet; "
                            f"when the jobs are done (squeue), run the same command again to collect them "
                            f"(completed shards are skipped). Logs: {run.logs_dir}")
    if run.failed_shards:
        lines = [f"shard {r}: {info['error']}; files: {', '.join(info['files'][:5])}"
                 + (f" (+{len(info['files']) - 5} more)" if len(info["files"]) > 5 else "")
                 for r, info in sorted(run.failed_shards.items())]
        raise ScaleError(f"{len(run.failed_shards)} of {tasks} shards failed (rerun to retry them; logs in "
                         f"{run.logs_dir}):\n" + "\n".join(lines)) from error
    if error is not None:
        raise ScaleError(f"the executor failed: {error}") from error
    for name, target in (("documents", run.documents), ("predictions", run.predictions), ("index", run.index)):
        target[:] = [p for r in range(tasks) if (p := run_dir / f"{name}-{r:05d}.jsonl").exists()]
    for r in range(tasks):
        rep = json.loads((run_dir / f"report-{r:05d}.json").read_text())
        run.ingest_errors += rep["errors"]
        run.annotate_errors += rep.get("annotate_errors", [])
        run.duplicates += rep.get("duplicates", [])


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
