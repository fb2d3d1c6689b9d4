"""`spanbank ls status`: what Label Studio holds, who did what, and what still needs pushing."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spanbank.labelstudio.client import Connection
from spanbank.labelstudio.config import PROJECT_FOR_DOC_KIND
from spanbank.labelstudio.pull import PROJECTS, _annotator, export_project, user_emails
from spanbank.labelstudio.push import DEFAULT_PREFIX, ensure_project, load_state, project_title
from spanbank.model import Problem, read_documents
from spanbank.schema import Schema


@dataclass
class ProjectStatus:
    title: str
    project_id: int
    tasks: int = 0
    annotated: int = 0
    superseded: int = 0
    per_annotator: Counter = field(default_factory=Counter)
    several_annotators: int = 0
    skipped: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "project_id": self.project_id, "tasks": self.tasks, "annotated": self.annotated,
                "superseded": self.superseded, "skipped": self.skipped,
                "several_annotators": self.several_annotators, "per_annotator": dict(sorted(self.per_annotator.items()))}


@dataclass
class Status:
    url: str
    projects: list[ProjectStatus] = field(default_factory=list)
    pending_new: list[str] = field(default_factory=list)
    pending_changed: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"url": self.url, "projects": [p.to_dict() for p in self.projects],
                "pending": {"new": self.pending_new, "text_changed": self.pending_changed}}

    def lines(self) -> list[str]:
        out = [f"Label Studio {self.url}"]
        for p in self.projects:
            out.append(f"  {p.title} (project {p.project_id}): {p.tasks} tasks, {p.annotated} annotated, "
                       f"{p.several_annotators} with several annotators, {p.skipped} skipped, "
                       f"{p.superseded} outdated (text changed)")
            for email, n in sorted(p.per_annotator.items()):
                out.append(f"    {email}: {n} annotations")
        out.append(f"  pending pushes: {len(self.pending_new)} new, {len(self.pending_changed)} with changed text")
        return out


def status(conn: Connection, schema: Schema, *, prefix: str = DEFAULT_PREFIX, state_path: Path,
           documents_path: Path | None = None) -> Status:
    st = Status(url=conn.url)
    state = load_state(state_path)
    emails = user_emails(conn)
    present: dict[str, dict[str, set[str]]] = {}
    for project in PROJECTS:
        pid = ensure_project(conn, schema, prefix, project, state, create=False)
        if pid is None:
            continue
        ps = ProjectStatus(title=project_title(prefix, project), project_id=pid)
        shas: dict[str, set[str]] = {}
        for task in json.loads(export_project(conn, pid)):
            ps.tasks += 1
            data = task.get("data") or {}
            if ((task.get("meta") or {}).get("spanbank") or {}).get("superseded_by_sha256"):
                ps.superseded += 1
            shas.setdefault(str(data.get("ext_id")), set()).add(str(data.get("text_sha256")))
            done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
            ps.skipped += sum(1 for a in task.get("annotations") or [] if a.get("was_cancelled"))
            if done:
                ps.annotated += 1
            people = set()
            for a in task.get("annotations") or []:
                who = _annotator(a.get("completed_by"), emails)
                ps.per_annotator[who] += 1
                if not a.get("was_cancelled"):
                    people.add(who)
            if len(people) > 1:
                ps.several_annotators += 1
        present[project] = shas
        st.projects.append(ps)
    if documents_path is not None:
        for d in read_documents(documents_path, errors=st.problems):
            shas = present.get(PROJECT_FOR_DOC_KIND.get(d.kind, ""), {}).get(d.id)
            if not shas:
                st.pending_new.append(d.id)
            elif d.text_sha256 not in shas:
                st.pending_changed.append(d.id)
    return st
