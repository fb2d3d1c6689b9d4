"""`spanbank build`: ingest -> annotate -> adjudicate (where human annotations exist) -> dataset.

Each stage is also its own command and reads and writes plain files. A stage is skipped, and its
previous output reused, when its *key* is unchanged: the sha256 of every input file, the version of
the code that produces it (the sha256 of its modules' source, plus annotator origins) and its
options. Keys and output hashes live in ``<work>/build-state.json``; an output that was changed or
removed since makes the stage run again. A stage that reported failures is not recorded, so the
next build runs it again; `run_build` still goes on with what it could write.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spanbank.model import JsonlWriter, atomic_write_text, sha256_file
from spanbank.schema import Schema, load_schema

STATE_FILE = "build-state.json"
STATE_VERSION = 1


def code_version(*modules: str) -> str:
    """sha256 over the source files of the named modules or packages (a package: every ``.py`` and
    data file below it), so any change to the code that makes an output invalidates it."""
    h = hashlib.sha256()
    for name in modules:
        spec = importlib.util.find_spec(name)
        if spec is None or spec.origin is None:
            h.update(f"{name}:missing".encode())
            continue
        origin = Path(spec.origin)
        files = sorted(p for p in origin.parent.rglob("*") if p.is_file() and "__pycache__" not in p.parts) \
            if origin.name == "__init__.py" else [origin]
        for p in files:
            h.update(f"{name}/{p.relative_to(origin.parent)}".encode())
            h.update(p.read_bytes())
    return h.hexdigest()


class BuildState:
    """The state file: per stage the key it last ran with and the sha256 of its outputs; plus a
    (size, mtime) -> sha256 cache so unchanged large files are not re-read on every build."""

    def __init__(self, work: Path):
        self.path = work / STATE_FILE
        self.data: dict[str, Any] = {"version": STATE_VERSION, "stages": {}, "hashes": {}}
        if self.path.exists():
            try:
                loaded = json.loads(self.path.read_text(encoding="utf-8"))
                if loaded.get("version") == STATE_VERSION:
                    self.data = loaded
            except (OSError, ValueError):
                pass  # a damaged state file only means every stage runs again

    def sha(self, path: Path) -> str | None:
        if not path.is_file():
            return None
        st = path.stat()
        key = str(path.resolve())
        cached = self.data["hashes"].get(key)
        if cached and cached[0] == st.st_size and cached[1] == st.st_mtime_ns:
            return cached[2]
        digest = sha256_file(path)
        self.data["hashes"][key] = [st.st_size, st.st_mtime_ns, digest]
        return digest

    def key(self, parts: dict[str, Any]) -> str:
        return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str).encode()).hexdigest()

    def fresh(self, stage: str, key: str) -> bool:
        rec = self.data["stages"].get(stage)
        if not rec or rec.get("key") != key:
            return False
        return all(self.sha(Path(p)) == digest for p, digest in rec.get("outputs", {}).items())

    def record(self, stage: str, key: str, outputs: Sequence[Path], extra: dict | None = None) -> None:
        self.data["stages"][stage] = {"key": key, "outputs": {str(p): self.sha(p) for p in outputs},
                                      **(extra or {})}

    def extra(self, stage: str) -> dict:
        return self.data["stages"].get(stage, {})

    def save(self) -> None:
        atomic_write_text(self.path, json.dumps(self.data, indent=1, sort_keys=True) + "\n")


@dataclass
class StageOutcome:
    name: str
    status: str  # ran | reused | skipped | failed (the later stages are skipped)
    ok: bool = True
    detail: str = ""
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass
class BuildReport:
    stages: list[StageOutcome] = field(default_factory=list)
    rows: dict[str, dict[str, int]] = field(default_factory=dict)
    out: Path | None = None

    @property
    def ok(self) -> bool:
        return all(s.ok for s in self.stages)


@dataclass
class BuildOptions:
    corpus: Path = Path("corpus")
    annotations: Path = Path("annotations")
    out: Path = Path("build/dataset")
    work: Path = Path("build")
    ratios: tuple[float, float, float] = (0.8, 0.1, 0.1)
    policy: str = "majority"
    shard_rows: int = 100_000
    shard_bytes: int = 256 * 2**20
    repo_id: str | None = None
    license: str = "other"
    force: bool = False
    progress: bool = False
    executor: str | None = None  # local | slurm | ray: ingest+annotate as sharded datatrove tasks
    workers: int = 1
    tasks: int | None = None
    executor_options: dict[str, Any] = field(default_factory=dict)


def _problem_lines(problems: Sequence[Any], limit: int = 50) -> list[str]:
    lines = [str(p) for p in problems[:limit]]
    if len(problems) > limit:
        lines.append(f"... and {len(problems) - limit} more")
    return lines


def stage_ingest(opts: BuildOptions, state: BuildState) -> StageOutcome:
    from spanbank.ingest import IngestReport, discover_files, ingest_paths  # noqa: PLC0415

    raw = opts.corpus / "raw" if (opts.corpus / "raw").is_dir() else opts.corpus
    out = opts.work / "documents.jsonl"
    files = discover_files([raw])
    key = state.key({"files": [[str(p), state.sha(Path(p))] for p in files], "root": str(raw),
                     "code": code_version("spanbank.ingest", "spanbank.model")})
    if not opts.force and state.fresh("ingest", key):
        return StageOutcome("ingest", "reused", detail=f"{out} (inputs unchanged)")
    report = IngestReport()
    with JsonlWriter(out) as w:
        n = w.write_all(ingest_paths([raw], rank=0, world_size=1, report=report, progress=opts.progress))
    problems = [f"{p}{f':{ln}' if ln is not None else ''}: {msg}" for p, ln, msg in report.errors]
    if report.ok and n:
        state.record("ingest", key, [out])
    elif not n:
        problems.append(f"{raw}: no documents ingested")
    return StageOutcome("ingest", "ran", ok=report.ok and n > 0, detail=f"{out}: {report.summary()}",
                        problems=problems)


def stage_annotate(opts: BuildOptions, state: BuildState) -> StageOutcome:
    from spanbank.annotate import annotate_file  # noqa: PLC0415
    from spanbank.annotators import REGISTRY, load_annotators  # noqa: PLC0415

    docs, out = opts.work / "documents.jsonl", opts.work / "predictions.jsonl"
    annotators, broken = [], []
    for name in REGISTRY:  # one that cannot load (missing model file) must not stop the others
        try:
            annotators += load_annotators([name])
        except Exception as exc:  # noqa: BLE001 - reported, and the stage fails
            broken.append(f"annotator {name}: cannot load: {type(exc).__name__}: {exc}")
    key = state.key({"documents": state.sha(docs), "origins": sorted(a.origin for a in annotators),
                     "code": code_version("spanbank.annotate", "spanbank.annotators", "spanbank.models",
                                          "spanbank.model", "spanbank.schema"),
                     "schema": state.sha(Path(load_schema().source))})
    if not broken and not opts.force and state.fresh("annotate", key):
        return StageOutcome("annotate", "reused", detail=f"{out} (documents and annotators unchanged)")
    summary = annotate_file(docs, out, annotators=annotators)
    ok = summary.ok and not broken
    if ok:
        state.record("annotate", key, [out])
    return StageOutcome("annotate", "ran", ok=ok, detail=f"{out}: " + summary.lines()[0],
                        problems=broken + _problem_lines(summary.errors))


def stage_sharded(opts: BuildOptions, state: BuildState) -> StageOutcome:
    """Ingest and annotate as sharded tasks on ``opts.executor`` (`spanbank.scale`), then stream the
    shards into WORK/documents.jsonl and WORK/predictions.jsonl, the files the later stages read.
    Completed shards are kept under WORK/shards/ and skipped by the next run; a failed shard fails
    the stage and nothing is merged (the later stages do not run on an old corpus)."""
    from spanbank.scale import ScaleError, preload_annotators, run_sharded  # noqa: PLC0415

    raw = opts.corpus / "raw" if (opts.corpus / "raw").is_dir() else opts.corpus
    docs, preds = opts.work / "documents.jsonl", opts.work / "predictions.jsonl"
    names, broken = preload_annotators()
    try:
        run = run_sharded([raw], opts.work, executor=opts.executor or "local", workers=opts.workers,
                          tasks=opts.tasks, only=names, options=opts.executor_options)
    except ScaleError as exc:
        return StageOutcome("ingest+annotate", "failed", ok=False, detail=f"sharded on {opts.executor}",
                            problems=broken + str(exc).splitlines())
    shard_files = [p for group in (run.documents, run.predictions, run.index) for p in group]
    key = state.key({"run": run.run_dir.name, "annotators": names,
                     "shards": [[p.name, p.stat().st_size, p.stat().st_mtime_ns] for p in shard_files]})
    problems = broken + _problem_lines(run.ingest_errors) + _problem_lines(run.annotate_errors)
    s = run.summary()
    shards = f"{run.tasks} shards on {opts.executor} ({len(run.skipped_shards)} already complete)"
    if not opts.force and state.fresh("sharded", key) and not problems:
        return StageOutcome("ingest+annotate", "reused", detail=f"{docs}, {preds} ({shards}, merged before)",
                            warnings=_problem_lines(run.duplicates))
    merged = run.merge(docs, preds, progress=opts.progress)
    ok = not problems and s["documents"] > 0
    if ok:
        state.record("sharded", key, [docs, preds])
    elif not s["documents"]:
        problems.append(f"{raw}: no documents ingested")
    detail = (f"{docs}, {preds}: {shards}; files: {s['files_ok']} ingested, {s['files_failed']} failed; "
              f"{merged.summary()}")
    return StageOutcome("ingest+annotate", "ran", ok=ok, detail=detail, problems=problems,
                        warnings=_problem_lines(run.duplicates + merged.duplicates))


def stage_adjudicate(opts: BuildOptions, state: BuildState) -> StageOutcome:
    from spanbank.adjudicate import adjudicate_directory  # noqa: PLC0415
    from spanbank.agreement import annotation_files  # noqa: PLC0415

    ann = opts.annotations
    gold = ann / "gold.jsonl"
    human = annotation_files(ann) if ann.is_dir() else []
    if not human:
        what = f"{gold} exists and is used as it is" if gold.exists() else "no gold"
        return StageOutcome("adjudicate", "skipped", detail=f"no human annotation files in {ann}: {what}")
    docs = opts.work / "documents.jsonl"
    key = state.key({"files": [[str(p), state.sha(p)] for p in human], "documents": state.sha(docs),
                     "policy": opts.policy,
                     "code": code_version("spanbank.adjudicate", "spanbank.agreement", "spanbank.anchor",
                                          "spanbank.model")})
    if not opts.force and state.fresh("adjudicate", key):
        return StageOutcome("adjudicate", "reused", detail=f"{gold} (human annotations unchanged)")
    result = adjudicate_directory(ann, docs if docs.exists() else None, opts.policy)
    if result.ok:
        state.record("adjudicate", key, [p for p in result.written if p.exists()])
    counts = ", ".join(f"{k} {v}" for k, v in sorted(result.counts.items()))
    return StageOutcome("adjudicate", "ran", ok=result.ok, detail=f"{gold}: {len(result.gold)} gold ({counts})",
                        problems=_problem_lines(result.problems))


def stage_dataset(opts: BuildOptions, state: BuildState, schema: Schema) -> tuple[StageOutcome, dict]:
    from spanbank.card import write_card  # noqa: PLC0415
    from spanbank.dataset import write_dataset  # noqa: PLC0415

    docs, preds = opts.work / "documents.jsonl", opts.work / "predictions.jsonl"
    gold, agreement = opts.annotations / "gold.jsonl", opts.annotations / "agreement.json"
    key = state.key({
        "documents": state.sha(docs), "predictions": state.sha(preds), "gold": state.sha(gold),
        "agreement": state.sha(agreement), "schema": state.sha(Path(schema.source)) if schema.source else None,
        "sources": [[str(p), state.sha(p)] for p in sorted(opts.corpus.rglob("SOURCE.yaml"))],
        "code": code_version("spanbank.dataset", "spanbank.card", "spanbank.model"),
        "options": [opts.ratios, opts.shard_rows, opts.shard_bytes, opts.repo_id, opts.license, str(opts.out)],
    })
    readme = opts.out / "README.md"
    if not opts.force and state.fresh("dataset", key):
        return (StageOutcome("dataset", "reused", detail=f"{opts.out} (inputs unchanged)"),
                state.extra("dataset").get("rows", {}))
    res = write_dataset(docs, opts.out, schema=schema, predictions=preds if preds.exists() else None,
                        gold=gold if gold.exists() else None, ratios=opts.ratios, shard_rows=opts.shard_rows,
                        shard_bytes=opts.shard_bytes, progress=opts.progress)
    write_card(schema, res, agreement_path=agreement, repo_id=opts.repo_id, license=opts.license,
               local_path=opts.out.as_posix(), corpus=opts.corpus)
    ok = not res.problems
    if ok:
        outputs = [readme] + [opts.out / f for c in res.files.values() for fs in c.values() for f in fs]
        state.record("dataset", key, outputs, {"rows": res.rows})
    detail = f"{opts.out}: {res.documents} documents"
    return StageOutcome("dataset", "ran", ok=ok, detail=detail, problems=_problem_lines(res.problems)), res.rows


def run_build(opts: BuildOptions, *, echo: Callable[[str], None] = lambda s: print(s, file=sys.stderr),
              stages: Sequence[str] = ("ingest", "annotate", "adjudicate", "dataset")) -> BuildReport:
    """Run the stages in order, reusing unchanged outputs; a failing stage is reported and the
    build goes on with what it wrote (a missing documents file ends it)."""
    opts.work.mkdir(parents=True, exist_ok=True)
    state = BuildState(opts.work)
    schema = load_schema()
    report = BuildReport(out=opts.out)
    try:
        for name in stages:
            if name == "annotate" and opts.executor:
                continue  # done inside the sharded ingest+annotate stage
            failed = [s.name for s in report.stages if s.status == "failed"]
            if failed:
                report.stages.append(StageOutcome(name, "skipped", ok=False, detail=f"{failed[0]} failed"))
                echo(f"{name}: skipped: {failed[0]} failed")
                continue
            if name != "ingest" and not (opts.work / "documents.jsonl").exists():
                report.stages.append(StageOutcome(name, "skipped", ok=False,
                                                  detail=f"{opts.work / 'documents.jsonl'} is missing"))
                continue
            if name == "ingest" and opts.executor:
                outcome = stage_sharded(opts, state)
            elif name == "ingest":
                outcome = stage_ingest(opts, state)
            elif name == "annotate":
                outcome = stage_annotate(opts, state)
            elif name == "adjudicate":
                outcome = stage_adjudicate(opts, state)
            elif name == "dataset":
                outcome, report.rows = stage_dataset(opts, state, schema)
            else:
                raise ValueError(f"unknown stage {name!r}")
            report.stages.append(outcome)
            verb = {"ran": "ran", "reused": "reused", "skipped": "skipped", "failed": "failed"}[outcome.status]
            flag = "" if outcome.ok or outcome.status == "failed" else " WITH ERRORS"
            echo(f"{outcome.name}: {verb}{flag}: {outcome.detail}")
            for line in outcome.problems:
                echo(f"  error: {line}")
            for line in outcome.warnings:
                echo(f"  warning: {line}")
            state.save()
    finally:
        state.save()
    return report
