"""`spanbank ls push --review`: documents with conflicts go back to Label Studio for a reviewer.

Reads ``annotations/conflicts.jsonl`` (written by `spanbank adjudicate`: one record per document,
``{"doc_id", "conflicts": [...], "origins": [human origins]}``) and the pulled human annotations in
``annotations/*.jsonl``. Each document becomes a task of the project ``<prefix> review`` carrying each
annotator's version as a prediction whose ``model_version`` is the annotator's e-mail, so the
reviewer can switch between versions, start from one and submit. The text comes from the task the
annotators worked on (fetched by its id and checked against their ``text_sha256``), so offsets agree.
Pulling the review project gives annotations with ``meta.review = true``; adjudication makes them gold.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from spanbank.labelstudio.client import Connection
from spanbank.labelstudio.push import (
    DEFAULT_BATCH,
    DEFAULT_PREFIX,
    Item,
    PushReport,
    ensure_project,
    load_state,
    project_slug,
    project_title,
    save_state,
    sync_project,
)
from spanbank.model import Annotation, Document, Problem, canonical_text, iter_jsonl, read_annotations
from spanbank.schema import Schema

NOT_ANNOTATIONS = {"conflicts.jsonl", "gold.jsonl"}


def read_conflicts(path: Path, problems: list[Problem]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for lineno, rec in iter_jsonl(path, errors=problems):
        doc_id = rec.get("doc_id")
        if not isinstance(doc_id, str) or not doc_id:
            problems.append(Problem("a conflict record needs a doc_id", str(path), lineno, field="doc_id"))
            continue
        out[doc_id] = rec
    return out


def human_versions(annotations_dir: Path, skip: set[str], problems: list[Problem]) -> dict[str, dict[str, Annotation]]:
    """doc_id -> origin -> the latest completed, non-review human annotation."""
    out: dict[str, dict[str, Annotation]] = defaultdict(dict)
    for path in sorted(annotations_dir.glob("*.jsonl")):
        if path.name in NOT_ANNOTATIONS or path.name in skip:
            continue
        for ann in read_annotations(path, errors=problems):
            if not ann.is_human or ann.meta.get("review") or ann.meta.get("status", "completed") != "completed":
                continue
            prev = out[ann.doc_id].get(ann.origin)
            if prev is None or str(ann.meta.get("updated_at") or "") > str(prev.meta.get("updated_at") or ""):
                out[ann.doc_id][ann.origin] = ann
    return out


def _source_task(conn: Connection, anns: list[Annotation], cache: dict[int, Any]) -> dict[str, Any] | None:
    for ann in anns:
        tid = ann.meta.get("ls_task_id")
        if not isinstance(tid, int):
            continue
        if tid not in cache:
            cache[tid] = conn.retry(f"reading task {tid}", conn.client.tasks.get, tid)
        return {"id": tid, "data": dict(cache[tid].data or {})}
    return None


def push_review(conn: Connection, schema: Schema, *, conflicts_path: Path, annotations_dir: Path,
                prefix: str = DEFAULT_PREFIX, state_path: Path, batch_size: int = DEFAULT_BATCH) -> PushReport:
    report = PushReport()
    conflicts = read_conflicts(conflicts_path, report.problems)
    review_file = project_slug(project_title(prefix, "review")) + ".jsonl"
    versions = human_versions(annotations_dir, {review_file}, report.problems)
    items: list[Item] = []
    cache: dict[int, Any] = {}
    for doc_id, rec in sorted(conflicts.items()):
        wanted = [o for o in rec.get("origins") or [] if isinstance(o, str)] or sorted(versions.get(doc_id, {}))
        anns = [versions[doc_id][o] for o in wanted if o in versions.get(doc_id, {})]
        missing = [o for o in wanted if o not in versions.get(doc_id, {})]
        if missing:
            report.problems.append(Problem(f"no pulled annotation of {', '.join(missing)} for this document",
                                           str(conflicts_path), record=doc_id))
        if not anns:
            continue
        task = _source_task(conn, anns, cache)
        if task is None:
            report.problems.append(Problem("no Label Studio task id in the annotations' meta", str(conflicts_path),
                                           record=doc_id))
            continue
        data = task["data"]
        text = canonical_text(str(data.get("text") or ""))
        doc = Document(id=doc_id, kind=str(data.get("kind") or "comment"), text=text,
                       article_id=data.get("article_id"))
        preds = []
        for ann in anns:
            if ann.meta.get("text_sha256") not in (None, doc.text_sha256):
                report.problems.append(Problem(f"{ann.origin} annotated another text than task {task['id']}",
                                               str(conflicts_path), record=doc_id))
                continue
            preds.append((ann.origin.removeprefix("human:"), ann))
        summary = json.dumps(rec.get("conflicts") or [], ensure_ascii=False)[:2000]
        items.append(Item(doc=doc, title=str(data.get("title") or ""), predictions=preds,
                          extra={"review_of": [o.removeprefix("human:") for o in wanted], "conflicts": summary}))
    if not items:
        return report
    state = load_state(state_path)
    try:
        pid = ensure_project(conn, schema, prefix, "review", state)
        assert pid is not None
        report.projects.append(sync_project(conn, schema, pid, project_title(prefix, "review"), "comment", items,
                                            batch_size=batch_size, report=report))
    finally:
        save_state(state_path, state)
    return report
