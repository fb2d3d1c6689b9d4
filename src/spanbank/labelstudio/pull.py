"""`spanbank ls pull`: human work out of Label Studio into ``annotations/``.

For each spanbank project (articles, comments, review) the JSON export of all tasks is kept verbatim
as ``annotations/raw/<project-slug>.json``, then every human annotation becomes one `Annotation` line
in ``annotations/<project-slug>.jsonl`` (sorted by document, annotator and annotation id, so git diffs
stay readable). Spans are checked against the task text (tasks.py); problems are flagged and reported,
never dropped. Annotations pulled earlier that have disappeared from Label Studio stay in the file,
flagged ``missing_from_export``: human work is never lost. Files are written atomically and only when
their bytes change, so a pull with nothing new touches no file (not even its mtime).
"""

from __future__ import annotations

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


def merge_previous(new: list[Annotation], jsonl: Path, project_id: int, report: PullReport) -> tuple[list[Annotation], int]:
    """Keep earlier-pulled annotations that Label Studio no longer has (flagged), never drop them."""
    if not jsonl.exists():
        return new, 0
    have = {(a.meta.get("ls_project"), a.meta.get("ls_annotation_id")) for a in new}
    kept = 0
    errors: list[Problem] = []
    for old in read_annotations(jsonl, errors=errors):
        key = (old.meta.get("ls_project"), old.meta.get("ls_annotation_id"))
        if key in have:
            continue
        flags = old.meta.setdefault("flags", [])
        if not any(f.get("flag") == "missing_from_export" for f in flags):
            flags.append({"flag": "missing_from_export",
                          "detail": f"not in the export of project {project_id} any more; kept"})
        new.append(old)
        kept += 1
    report.problems.extend(errors)
    return new, kept


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
        if write_if_changed(raw_path, raw):
            pp.written.append(raw_path)
        try:
            tasks = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise LSError(f"the export of project {pid} is not JSON ({exc.msg}); kept in {raw_path}") from None
        anns = convert_export(tasks, schema, emails, project_id=pid, title=title, review=project == "review",
                              path=str(raw_path), report=report, pp=pp, current_sha=current_sha)
        jsonl = out_dir / f"{slug}.jsonl"
        anns, pp.kept_missing = merge_previous(anns, jsonl, pid, report)
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
