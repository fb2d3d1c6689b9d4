"""`spanbank ls push`: documents and their pre-annotations into Label Studio, idempotently.

Projects are found by the id stored in the state file (``annotations/labelstudio.json``, per server
URL), checked by exact title, else by exact title among all projects, else created (with a marker in
the description). Every task carries ``data.ext_id`` (the document id) and ``data.text_sha256``.
Before importing, the project's tasks are listed once; a document is imported only when no task with
its id and hash exists, so a re-run, or a run after an interrupted one, creates no duplicate. Known
tasks get their predictions updated in place per pre-annotator (``model_version`` = origin; a new
version of the same pre-annotator replaces the old one's prediction), which never touches annotations.
A document whose text changed gets a new task; the old task is never edited: it is marked in its
``meta`` (or deleted when it holds no annotation, no skip and no draft), and the change is reported.
Imports go in batches; only a refused connection is retried blindly, any other failure re-lists the
project before the next attempt.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spanbank.labelstudio.client import Connection, LSError
from spanbank.labelstudio.config import (
    MARKER,
    PROJECT_FOR_DOC_KIND,
    PROJECT_KINDS,
    expert_instruction,
    labeling_config,
)
from spanbank.labelstudio.tasks import ConversionError, prediction_for, task_for
from spanbank.model import (
    Annotation,
    Document,
    Problem,
    atomic_write_text,
    now_iso,
    read_annotations,
    read_documents,
)
from spanbank.schema import Schema

DEFAULT_PREFIX = "spanbank"
DEFAULT_BATCH = 500


# -- state file -----------------------------------------------------------------------------------


def load_state(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {"servers": {}}
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise LSError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno}); fix or delete it") from None
    state.setdefault("servers", {})
    return state


def save_state(path: Path, state: dict[str, Any]) -> None:
    text = json.dumps(state, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    if not path.exists() or path.read_text(encoding="utf-8") != text:
        atomic_write_text(path, text)


def project_title(prefix: str, project: str) -> str:
    return f"{prefix} {project}"


def project_slug(title: str) -> str:
    out = "".join(ch if ch.isalnum() else "-" for ch in title.lower())
    return "-".join(part for part in out.split("-") if part)


def ensure_project(conn: Connection, schema: Schema, prefix: str, project: str, state: dict[str, Any],
                   *, create: bool = True, overlap: int | None = None) -> int | None:
    """The id of project ``<prefix> <project>``: from the state, by exact title, or newly created.
    Its labeling config is brought up to date with the schema when it differs."""
    title = project_title(prefix, project)
    known = state["servers"].setdefault(conn.url, {}).setdefault("projects", {})
    config = labeling_config(schema, project)
    pid = known.get(title)
    proj = None
    if pid is not None:
        try:
            proj = conn.client.projects.get(pid)
        except Exception:  # noqa: BLE001 - a deleted project: look it up by title below
            proj = None
        if proj is not None and proj.title != title:
            proj = None
    if proj is None:
        # the server filters by title (a substring match), so a server with many projects is not paged
        # through; the exact title is checked here
        matches = [p for p in conn.retry("listing projects",
                                         lambda: list(conn.client.projects.list(page_size=100, title=title)))
                   if p.title == title]
        if len(matches) > 1:
            marked = [p for p in matches if MARKER in (p.description or "")]
            matches = marked or matches
            if len(matches) > 1:
                raise LSError(f"{len(matches)} projects are titled {title!r} (ids {[p.id for p in matches]}); "
                              "rename or delete the extra ones")
        proj = matches[0] if matches else None
    if proj is None:
        if not create:
            return None
        kwargs: dict[str, Any] = {}
        if overlap:
            kwargs["maximum_annotations"] = overlap
        proj = conn.retry(
            f"creating project {title!r}", conn.client.projects.create, title=title,
            description=f"{MARKER}: {project} project of `spanbank ls push`; keep the title, it is how spanbank finds it",
            label_config=config, expert_instruction=expert_instruction(schema, project), show_instruction=True,
            **kwargs,
        )
    elif create and ((proj.label_config or "").strip() != config.strip()
                     or (getattr(proj, "expert_instruction", None) or "") != expert_instruction(schema, project)):
        conn.retry(f"updating the labeling config of {title!r}", conn.client.projects.update, proj.id,
                   label_config=config, expert_instruction=expert_instruction(schema, project),
                   show_instruction=True)
    known[title] = int(proj.id)
    return int(proj.id)


# -- the push -------------------------------------------------------------------------------------


@dataclass
class Item:
    """One document to push, with its title context and its predictions (model_version, Annotation)."""

    doc: Document
    title: str
    predictions: list[tuple[str, Annotation]] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass
class ProjectReport:
    title: str
    project_id: int
    documents: int = 0
    imported: int = 0
    unchanged: int = 0
    predictions_created: int = 0
    predictions_updated: int = 0
    text_changed: list[str] = field(default_factory=list)
    old_tasks_marked: int = 0
    old_tasks_deleted: int = 0
    duplicates: list[str] = field(default_factory=list)

    def line(self) -> str:
        s = (f"{self.title} (project {self.project_id}): {self.documents} documents, {self.imported} new tasks, "
             f"{self.unchanged} already there, predictions {self.predictions_created} added / "
             f"{self.predictions_updated} updated")
        if self.text_changed:
            s += (f", {len(self.text_changed)} with changed text (new task; old ones: {self.old_tasks_marked} "
                  f"marked, {self.old_tasks_deleted} deleted as unannotated)")
        return s


@dataclass
class PushReport:
    projects: list[ProjectReport] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return sum(p.imported for p in self.projects)


def family(model_version: str) -> str:
    """A pre-annotator without its version (``rules:quotes@2`` -> ``rules:quotes``); e-mails stay whole."""
    return model_version.rsplit("@", 1)[0] if ":" in model_version else model_version


def list_tasks(conn: Connection, project_id: int) -> list[dict[str, Any]]:
    """``id, ext_id, text_sha256, meta, annotation counts, drafts`` of every task of a project."""

    def fetch() -> list[dict[str, Any]]:
        out = []
        for t in conn.client.tasks.list(project=project_id, fields="task_only", page_size=1000):
            data = t.data or {}
            out.append({"id": t.id, "ext_id": data.get("ext_id"), "sha": data.get("text_sha256"),
                        "meta": dict(t.meta or {}), "annotations": int(t.total_annotations or 0),
                        "cancelled": int(t.cancelled_annotations or 0), "drafts": len(t.drafts or [])})
        return out

    return conn.retry(f"listing the tasks of project {project_id}", fetch)


def _progress(total: int, desc: str):
    from tqdm import tqdm  # noqa: PLC0415

    return tqdm(total=total, desc=desc, unit="task", disable=not sys.stderr.isatty(), leave=False)


def sync_project(conn: Connection, schema: Schema, project_id: int, title: str, kind: str, items: list[Item],
                 *, batch_size: int = DEFAULT_BATCH, report: PushReport,
                 on_batch: Callable[[int], None] | None = None) -> ProjectReport:
    """Make ``items`` present in one project (see the module docstring)."""
    pr = ProjectReport(title=title, project_id=project_id, documents=len(items))
    tasks = list_tasks(conn, project_id)
    by_ext: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for t in tasks:
        if t["ext_id"]:
            by_ext[str(t["ext_id"])].append(t)
    to_import: list[dict[str, Any]] = []
    to_compare: list[tuple[int, Item]] = []
    stale: list[tuple[Item, dict[str, Any]]] = []
    for it in items:
        doc = it.doc
        mine = by_ext.get(doc.id, [])
        current = [t for t in mine if t["sha"] == doc.text_sha256]
        for t in mine:
            if t["sha"] != doc.text_sha256 and not (t["meta"].get("spanbank") or {}).get("superseded_by_sha256"):
                stale.append((it, t))
        if len(current) > 1:
            pr.duplicates.append(doc.id)
        if current:
            pr.unchanged += 1
            if it.predictions:
                to_compare.append((current[0]["id"], it))
            continue
        try:
            task = task_for(doc, it.title, it.extra)
            task["predictions"] = [prediction_for(a, doc.text, schema, kind, mv) for mv, a in it.predictions]
        except ConversionError as exc:
            report.problems.append(Problem(str(exc), record=doc.id))
            continue
        to_import.append(task)
    _import(conn, project_id, to_import, batch_size, pr, on_batch)
    if to_compare:
        _update_predictions(conn, schema, project_id, kind, to_compare, pr, report)
    for it, old in stale:
        pr.text_changed.append(it.doc.id)
        _retire(conn, old, it.doc, pr)
    return pr


def _import(conn: Connection, project_id: int, tasks: list[dict[str, Any]], batch_size: int, pr: ProjectReport,
            on_batch: Callable[[int], None] | None) -> None:
    if not tasks:
        return
    with _progress(len(tasks), f"push {pr.title}") as bar:
        for i in range(0, len(tasks), batch_size):
            batch = tasks[i:i + batch_size]
            try:
                conn.retry(f"importing tasks into project {project_id}", conn.client.projects.import_tasks,
                           project_id, request=batch, connect_only=True)
            except LSError:
                # the server may have committed the batch before failing: import only what is missing
                present = {(t["ext_id"], t["sha"]) for t in list_tasks(conn, project_id)}
                batch = [t for t in batch if (t["data"]["ext_id"], t["data"]["text_sha256"]) not in present]
                if batch:
                    conn.retry(f"importing tasks into project {project_id}", conn.client.projects.import_tasks,
                               project_id, request=batch, connect_only=True)
            pr.imported += len(batch)
            bar.update(len(tasks[i:i + batch_size]))
            if on_batch is not None:
                on_batch(pr.imported)


def _update_predictions(conn: Connection, schema: Schema, project_id: int, kind: str,
                        pairs: list[tuple[int, Item]], pr: ProjectReport, report: PushReport) -> None:
    existing = conn.retry(f"listing the predictions of project {project_id}", conn.client.predictions.list,
                          project=project_id)
    by_task: dict[int, list[Any]] = defaultdict(list)
    for p in existing:
        by_task[int(p.task)].append(p)
    for task_id, it in pairs:
        for mv, ann in it.predictions:
            try:
                pred = prediction_for(ann, it.doc.text, schema, kind, mv)
            except ConversionError as exc:
                report.problems.append(Problem(str(exc), record=it.doc.id))
                continue
            same = [p for p in by_task[task_id] if family(p.model_version or "") == family(mv)]
            exact = [p for p in same if p.model_version == mv]
            target = (exact or same or [None])[0]
            if target is None:
                conn.retry("adding a prediction", conn.client.predictions.create, task=task_id,
                           result=pred["result"], model_version=mv, score=pred.get("score"))
                pr.predictions_created += 1
            elif target.model_version != mv or list(target.result or []) != pred["result"]:
                conn.retry("updating a prediction", conn.client.predictions.update, target.id,
                           result=pred["result"], model_version=mv, score=pred.get("score"))
                pr.predictions_updated += 1


def _retire(conn: Connection, old: dict[str, Any], doc: Document, pr: ProjectReport) -> None:
    """The old task of a document whose text changed: deleted if nobody worked on it, else marked."""
    if old["annotations"] == 0 and old["cancelled"] == 0 and old["drafts"] == 0:
        conn.retry(f"deleting outdated task {old['id']}", conn.client.tasks.delete, old["id"])
        pr.old_tasks_deleted += 1
        return
    meta = dict(old["meta"])
    sb = dict(meta.get("spanbank") or {})
    sb.update({"superseded_by_sha256": doc.text_sha256, "superseded_at": now_iso()})
    meta["spanbank"] = sb
    conn.retry(f"marking outdated task {old['id']}", conn.client.tasks.update, old["id"], meta=meta)
    pr.old_tasks_marked += 1


# -- reading the inputs ---------------------------------------------------------------------------


def read_predictions(path: Path, problems: list[Problem]) -> dict[str, list[Annotation]]:
    out: dict[str, list[Annotation]] = defaultdict(list)
    for ann in read_annotations(path, errors=problems):
        out[ann.doc_id].append(ann)
    return out


def items_from_documents(docs: Iterable[Document], predictions: dict[str, list[Annotation]]) -> list[Item]:
    docs = list(docs)
    titles = {d.id: d.title for d in docs if d.kind == "article" and d.title}
    items = []
    for d in docs:
        title = d.title or ""
        if d.kind == "comment":
            title = titles.get(d.article_id or "") or str(d.meta.get("article_title") or "") or title
        preds = [(a.origin, a) for a in predictions.get(d.id, []) if not a.is_human and a.origin != "gold"]
        items.append(Item(doc=d, title=title, predictions=preds))
    return items


def push(conn: Connection, schema: Schema, docs_path: Path, *, predictions_path: Path | None = None,
         prefix: str = DEFAULT_PREFIX, state_path: Path, batch_size: int = DEFAULT_BATCH,
         overlap: int | None = None, on_batch: Callable[[int], None] | None = None) -> PushReport:
    """Push the documents of ``docs_path`` (and the predictions of ``predictions_path``)."""
    report = PushReport()
    docs = list(read_documents(docs_path, errors=report.problems))
    seen: dict[str, Document] = {}
    for d in docs:
        if d.id in seen:
            report.problems.append(Problem("duplicate document id; the first one is pushed", str(docs_path),
                                           record=d.id, field="id"))
        elif d.kind not in PROJECT_FOR_DOC_KIND:
            report.problems.append(Problem(f"kind {d.kind!r} has no Label Studio project", str(docs_path),
                                           record=d.id, field="kind"))
        else:
            seen[d.id] = d
    preds = read_predictions(predictions_path, report.problems) if predictions_path else {}
    unknown = sorted(set(preds) - set(seen))
    for doc_id in unknown:
        report.problems.append(Problem("prediction for a document that is not in the documents file",
                                       str(predictions_path), record=doc_id, field="doc_id"))
    items = items_from_documents(seen.values(), preds)
    state = load_state(state_path)
    try:
        for project, doc_kind in (("articles", "article"), ("comments", "comment")):
            mine = [it for it in items if it.doc.kind == doc_kind]
            if not mine:
                continue
            pid = ensure_project(conn, schema, prefix, project, state, overlap=overlap)
            assert pid is not None
            save_state(state_path, state)
            report.projects.append(sync_project(conn, schema, pid, project_title(prefix, project),
                                                PROJECT_KINDS[project], mine, batch_size=batch_size,
                                                report=report, on_batch=on_batch))
    finally:
        save_state(state_path, state)
    return report
