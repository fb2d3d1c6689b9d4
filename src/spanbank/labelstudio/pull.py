"""`spanbank ls pull`: human work out of Label Studio into ``annotations/``.

For each spanbank project (articles, comments, review) the JSON export of all tasks is kept verbatim
as ``annotations/raw/<project-slug>.json``, then every human annotation becomes one `Annotation` line
in ``annotations/<project-slug>.jsonl`` (sorted by document, annotator and annotation id, so git diffs
stay readable). Spans are checked against the task text (tasks.py); problems are flagged and reported,
never dropped. Annotations pulled earlier that have disappeared from Label Studio stay in the file,
flagged ``missing_from_export``: human work is never lost. An annotation is the same one across pulls
when its project id, annotation id, task id and creation time agree (ids alone repeat on another
server). A previous ``<project>.jsonl`` with a line that cannot be read is left untouched (the pull
reports it and writes nothing for that project), and a raw export that held annotations the new
export lacks is kept beside it as ``raw/<project-slug>.<sha256 prefix>.json`` before it is replaced.
Files are written atomically and only when their bytes change, so a pull with nothing new touches no
file (not even its mtime).
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spanbank.labelstudio.client import Connection, LSError
from spanbank.labelstudio.push import (
    DEFAULT_PREFIX,
    ensure_project,
    load_state,
    project_slug,
    project_title,
    save_state,
)
from spanbank.labelstudio.tasks import ConversionError, annotation_from_ls
from spanbank.model import Annotation, Problem, atomic_write_bytes, dumps, read_annotations, read_documents
from spanbank.schema import Schema

PROJECTS = ("articles", "comments", "review")


@dataclass
class ProjectPull:
    title: str
    project_id: int
    tasks: int = 0
    annotations: int = 0
    status: Counter = field(default_factory=Counter)
    flagged: int = 0
    kept_missing: int = 0
    written: list[Path] = field(default_factory=list)

    def line(self) -> str:
        st = ", ".join(f"{n} {k}" for k, n in sorted(self.status.items())) or "none"
        s = f"{self.title} (project {self.project_id}): {self.tasks} tasks, {self.annotations} annotations ({st})"
        if self.flagged:
            s += f", {self.flagged} flagged"
        if self.kept_missing:
            s += f", {self.kept_missing} kept that are no longer in Label Studio"
        s += f"; {len(self.written)} file(s) changed"
        return s


@dataclass
class PullReport:
    projects: list[ProjectPull] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    @property
    def written(self) -> list[Path]:
        return [p for pr in self.projects for p in pr.written]


def write_if_changed(path: Path, content: bytes) -> bool:
    """Atomically write ``content`` unless the file already holds exactly these bytes."""
    if path.exists() and path.read_bytes() == content:
        return False
    atomic_write_bytes(path, content)
    return True


def export_project(conn: Connection, project_id: int) -> bytes:
    def fetch() -> bytes:
        return b"".join(conn.client.projects.exports.download_sync(project_id, export_type="JSON",
                                                                     download_all_tasks=True))

    return conn.retry(f"exporting project {project_id}", fetch)


def user_emails(conn: Connection) -> dict[int, str]:
    users = conn.retry("listing users", conn.client.users.list)
    return {int(u.id): str(u.email or u.username or f"user-{u.id}") for u in users}


def _annotator(completed_by: Any, emails: dict[int, str]) -> str:
    if isinstance(completed_by, dict):
        return str(completed_by.get("email") or emails.get(int(completed_by.get("id", -1)), f"user-{completed_by.get('id')}"))
    if completed_by is None:
        return "unknown"
    return emails.get(int(completed_by), f"user-{completed_by}")


def convert_export(tasks: list[dict[str, Any]], schema: Schema, emails: dict[int, str], *, project_id: int,
                   title: str, review: bool, path: str, report: PullReport, pp: ProjectPull,
                   current_sha: dict[str, str] | None = None) -> list[Annotation]:
    out: list[Annotation] = []
    for task in tasks:
        pp.tasks += 1
        for ls_ann in task.get("annotations") or []:
            email = _annotator(ls_ann.get("completed_by"), emails)
            try:
                ann = annotation_from_ls(task, ls_ann, email, schema, project_id=project_id,
                                         project_title=title, review=review)
            except ConversionError as exc:
                report.problems.append(Problem(str(exc), path, record=str((task.get("data") or {}).get("ext_id"))))
                continue
            if current_sha is not None and ann.doc_id in current_sha and current_sha[ann.doc_id] != ann.meta["text_sha256"]:
                ann.meta["flags"].append({"flag": "text_changed", "detail": "the document's current text differs",
                                          "new_sha256": current_sha[ann.doc_id]})
            for fl in ann.meta["flags"]:
                if fl["flag"] in ("offset_mismatch", "relation_unresolved", "unknown_region"):
                    report.problems.append(Problem(
                        f"{fl['flag']}: {fl.get('detail')} (region {fl.get('region') or fl.get('from_id')}, "
                        f"annotation {ls_ann.get('id')} by {email}, task {task.get('id')}); kept and flagged",
                        path, record=ann.doc_id))
            if ann.meta["flags"]:
                pp.flagged += 1
            pp.status[ann.meta["status"]] += 1
            pp.annotations += 1
            out.append(ann)
    return out


def _sort_key(a: Annotation) -> tuple:
    return (a.doc_id, a.origin, a.meta.get("ls_project") or 0, a.meta.get("ls_annotation_id") or 0)


def identity(a: Annotation) -> tuple:
    """What makes a pulled annotation the same one in a later pull. Label Studio ids alone are not
    enough: another server (or a re-created database) reuses them for other people's work."""
    return (a.meta.get("ls_project"), a.meta.get("ls_annotation_id"), a.meta.get("ls_task_id"), a.created)


class UnreadablePrevious(LSError):
    """The annotations file of an earlier pull has lines that cannot be read; it is not rewritten."""


def merge_previous(new: list[Annotation], jsonl: Path, project_id: int, report: PullReport) -> tuple[list[Annotation], int]:
    """Keep earlier-pulled annotations that Label Studio no longer has (flagged), never drop them.
    Raises `UnreadablePrevious` (after adding the bad lines to ``report.problems``) when a line of
    the earlier file cannot be read: rewriting it would lose that line."""
    if not jsonl.exists():
        return new, 0
    have = {identity(a) for a in new}
    kept = 0
    errors: list[Problem] = []
    for old in read_annotations(jsonl, errors=errors):
        key = identity(old)
        if key in have:
            continue
        flags = old.meta.setdefault("flags", [])
        if not any(f.get("flag") == "missing_from_export" for f in flags):
            flags.append({"flag": "missing_from_export",
                          "detail": f"not in the export of project {project_id} any more; kept"})
        new.append(old)
        kept += 1
    if errors:
        report.problems.extend(errors)
        raise UnreadablePrevious(f"{jsonl}: {len(errors)} line(s) cannot be read; the file is left as it is "
                                 "(fix those lines and pull again)")
    return new, kept


def _annotation_ids(export: Any) -> set[tuple[Any, Any, Any]]:
    if not isinstance(export, list):
        return set()
    return {(t.get("id"), a.get("id"), a.get("created_at")) for t in export if isinstance(t, dict)
            for a in t.get("annotations") or [] if isinstance(a, dict)}


def preserve_raw(raw_path: Path, new_export: Any) -> Path | None:
    """Before ``raw_path`` is replaced: if it holds annotations the new export lacks, keep it as
    ``<stem>.<sha256[:12]>.json`` beside it (content-addressed, so a repeat pull adds nothing)."""
    if not raw_path.exists():
        return None
    old_bytes = raw_path.read_bytes()
    try:
        old = json.loads(old_bytes)
    except json.JSONDecodeError:
        old = None
    if old is not None and not (_annotation_ids(old) - _annotation_ids(new_export)):
        return None
    keep = raw_path.with_name(f"{raw_path.stem}.{hashlib.sha256(old_bytes).hexdigest()[:12]}.json")
    if not keep.exists():
        atomic_write_bytes(keep, old_bytes)
    return keep


def pull(conn: Connection, schema: Schema, out_dir: Path, *, prefix: str = DEFAULT_PREFIX, state_path: Path,
         documents_path: Path | None = None) -> PullReport:
    report = PullReport()
    state = load_state(state_path)
    current_sha = None
    if documents_path is not None:
        current_sha = {d.id: d.text_sha256 for d in read_documents(documents_path, errors=report.problems)}
    emails = user_emails(conn)
    found = False
    for project in PROJECTS:
        pid = ensure_project(conn, schema, prefix, project, state, create=False)
        if pid is None:
            continue
        found = True
        title = project_title(prefix, project)
        slug = project_slug(title)
        pp = ProjectPull(title=title, project_id=pid)
        raw = export_project(conn, pid)
        raw_path = out_dir / "raw" / f"{slug}.json"
        try:
            tasks = json.loads(raw)
        except json.JSONDecodeError as exc:
            tasks = None
            bad_json = exc
        kept_raw = preserve_raw(raw_path, tasks)
        if kept_raw is not None and kept_raw not in pp.written:
            pp.written.append(kept_raw)
        if write_if_changed(raw_path, raw):
            pp.written.append(raw_path)
        if tasks is None:
            raise LSError(f"the export of project {pid} is not JSON ({bad_json.msg}); kept in {raw_path}")
        anns = convert_export(tasks, schema, emails, project_id=pid, title=title, review=project == "review",
                              path=str(raw_path), report=report, pp=pp, current_sha=current_sha)
        jsonl = out_dir / f"{slug}.jsonl"
        try:
            anns, pp.kept_missing = merge_previous(anns, jsonl, pid, report)
        except UnreadablePrevious as exc:
            report.problems.append(Problem(str(exc), str(jsonl)))
            report.projects.append(pp)
            continue
        anns.sort(key=_sort_key)
        content = "".join(dumps(a) + "\n" for a in anns).encode("utf-8")
        if write_if_changed(jsonl, content):
            pp.written.append(jsonl)
        report.projects.append(pp)
    save_state(state_path, state)
    if not found:
        raise LSError(f"no project titled {prefix!r} + articles/comments/review on {conn.url}; push first "
                      "(or pass the --project-prefix you pushed with)")
    return report
