"""`spanbank annotate --executor`: pre-annotate one documents JSONL as sharded datatrove tasks.

The input is one file, so shards are byte ranges of it: shard ``rank`` of ``tasks`` takes the lines
that start in ``[size * rank / tasks, size * (rank + 1) / tasks)``, and knows their line numbers by
counting the newlines before its range, so errors name ``file:line`` as in one process. A gzipped
input cannot be entered in the middle; its shards take every ``tasks``-th line instead (each reads
the whole file but parses only its own lines). Each shard writes ``predictions-<rank>.jsonl`` and
its index; the merge keeps input order (byte ranges) and the first of two documents with one id,
as the one-process `spanbank.annotate.annotate_file` does.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from spanbank.model import Document, JsonlWriter, Problem
from spanbank.scale import ScaleError, ShardedRun, ShardStep, code_key, execute, prepare_run, shard_annotators


def line_range(path: str | os.PathLike, rank: int, world_size: int) -> Iterator[tuple[int, bytes]]:
    """``(line number, raw line)`` of shard ``rank``'s lines of ``path`` (see the module doc)."""
    p = str(path)
    if p.endswith(".gz"):
        with gzip.open(p, "rb") as fh:
            for n, raw in enumerate(fh, 1):
                if (n - 1) % world_size == rank:
                    yield n, raw
        return
    size = os.path.getsize(p)
    start, end = size * rank // world_size, size * (rank + 1) // world_size
    with open(p, "rb") as fh:
        if start > 0:
            fh.seek(start - 1)
            if fh.read(1) != b"\n":
                fh.readline()  # the line running into the range belongs to the shard before
        pos = fh.tell()
        lineno = 1 + _newlines_before(fh, pos)
        while pos < end:
            raw = fh.readline()
            if not raw:
                break
            yield lineno, raw
            pos += len(raw)
            lineno += 1


def _newlines_before(fh: Any, pos: int) -> int:
    fh.seek(0)
    count, left = 0, pos
    while left > 0:
        chunk = fh.read(min(left, 1 << 20))
        if not chunk:
            break
        count += chunk.count(b"\n")
        left -= len(chunk)
    fh.seek(pos)
    return count


def parse_document(raw: bytes, path: str, lineno: int, kinds: Sequence[str], errors: list[Problem]) -> Document | None:
    """The Document of one JSONL line with the checks of `spanbank.annotate.read_input_documents`
    (duplicates are the merge's business); a bad line goes to ``errors``."""
    if not raw.strip():
        return None
    try:
        rec = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        errors.append(Problem(f"not JSON: {exc}", path, lineno))
        return None
    if not isinstance(rec, dict):
        errors.append(Problem(f"a record must be a JSON object, got {type(rec).__name__}", path, lineno))
        return None
    rid = rec.get("id")
    if not isinstance(rid, str) or not rid:
        errors.append(Problem("a record needs a non-empty string id", path, lineno, None, "id"))
        return None
    text = rec.get("text")
    if not isinstance(text, str) or not text:
        errors.append(Problem("a record needs a non-empty string text", path, lineno, rid, "text"))
        return None
    kind = rec.get("kind") or "article"
    if kind not in kinds:
        errors.append(Problem(f"unknown kind {kind!r} (known: {', '.join(kinds)})", path, lineno, rid, "kind"))
        return None
    try:
        return Document.from_dict({**rec, "kind": kind})
    except (TypeError, ValueError, KeyError) as exc:
        errors.append(Problem(f"malformed record: {exc}", path, lineno, rid))
        return None


class AnnotateFileShard(ShardStep):
    """Pre-annotate shard ``rank``'s lines of one documents JSONL."""

    def __init__(self, path: str, run_dir: str, only: Sequence[str] | None):
        self.path = path
        self.run_dir = run_dir
        self.only = list(only) if only is not None else None

    def inputs(self, rank: int, world_size: int) -> list[str]:
        if self.path.endswith(".gz"):
            return [f"{self.path} (every {world_size}th line from line {rank + 1})"]
        size = os.path.getsize(self.path)
        return [f"{self.path} (bytes {size * rank // world_size}-{size * (rank + 1) // world_size})"]

    def _run(self, run_dir: Path, rank: int, world_size: int) -> dict:
        from spanbank.annotate import AnnotateSummary, checked_annotations  # noqa: PLC0415
        from spanbank.schema import load_schema  # noqa: PLC0415

        annotators = shard_annotators(self.only)
        schema = load_schema()
        checks = AnnotateSummary()
        with JsonlWriter(run_dir / f"predictions-{rank:05d}.jsonl") as pw, \
                JsonlWriter(run_dir / f"index-{rank:05d}.jsonl") as iw:
            for lineno, raw in line_range(self.path, rank, world_size):
                doc = parse_document(raw, self.path, lineno, schema.document_kinds, checks.errors)
                if doc is None:
                    continue
                checks.documents += 1
                anns = checked_annotations(doc, annotators, schema, path=self.path, line=lineno, summary=checks)
                for ann in anns:
                    pw.write(ann)
                iw.write([lineno, len(anns), doc.id, f"{self.path}:{lineno}"])
        summary = checks.to_dict()
        return {"rank": rank, "files": 1, "files_ok": 1, "files_failed": 0, "documents": checks.documents,
                "annotations": checks.annotations, "errors": [], "annotate_errors": summary.pop("errors"),
                "checks": summary}


def annotate_sharded(
    docs_path: str | os.PathLike,
    work_dir: str | os.PathLike,
    *,
    executor: str = "local",
    workers: int = 1,
    tasks: int | None = None,
    only: Sequence[str] | None = None,
    options: dict[str, Any] | None = None,
    verbose: bool = False,
) -> ShardedRun:
    """Pre-annotate ``docs_path`` as ``tasks`` shards (default 4 per worker) on ``workers`` workers,
    resumable in ``<work_dir>/shards/<run key>/``; then ``run.merge(None, out)`` writes the
    predictions. Raises `ScaleError` naming failed shards and their byte ranges."""
    p = str(docs_path)
    if not os.path.isfile(p):
        raise ScaleError(f"{p}: no such file")
    tasks = max(1, tasks if tasks is not None else (workers * 4 if workers > 0 else 64))
    only = list(only) if only is not None else None
    st = os.stat(p)
    key = hashlib.sha256(json.dumps([
        "annotate", os.path.abspath(p), st.st_size, st.st_mtime_ns, tasks, only,
        code_key("spanbank.annotate", "spanbank.annotators", "spanbank.models", "spanbank.model",
                     "spanbank.schema", "spanbank.scale", "spanbank.scale_annotate", "spanbank.shardmerge"),
    ]).encode()).hexdigest()[:16]
    run = prepare_run(work_dir, key, tasks)
    if executor == "local" and len(run.skipped_shards) < tasks:
        shard_annotators(only)  # loaded once here; forked workers inherit them
    execute(run, AnnotateFileShard(p, str(run.run_dir), only), executor=executor, workers=workers,
            options=options, verbose=verbose)
    return run


def shard_checks(run: ShardedRun) -> dict[str, Counter]:
    """The shards' annotation counts summed: by_origin, spans ("layer/label"), doc_labels and the
    documents an annotator did not read (skipped, per origin)."""
    out: dict[str, Counter] = {"by_origin": Counter(), "spans": Counter(), "doc_labels": Counter(),
                               "skipped": Counter()}
    for rep in sorted(run.run_dir.glob("report-*.json")):
        checks = json.loads(rep.read_text()).get("checks", {})
        for k, counter in out.items():
            counter.update(checks.get(k, {}))
    return out
