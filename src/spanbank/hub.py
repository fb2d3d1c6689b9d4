"""Publishing the dataset folder to the Hugging Face Hub with huggingface_hub.

`plan_publish` lists what would be uploaded (path, size, sha256) and, when asked to look at the
remote, what would be deleted; it touches no network otherwise. `publish_folder` creates the
repository when missing (and the branch), uploads the folder in one commit that also deletes remote
files no longer present (`.gitattributes` is always kept by huggingface_hub), and tags it.

The token comes from ``HF_TOKEN`` or the login cache (`huggingface_hub.get_token`) and is never
printed: every message that leaves this module passes through `scrub`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from spanbank.model import sha256_file

_TOKEN_RE = re.compile(r"\bhf_[A-Za-z0-9]{8,}\b")


class HubError(RuntimeError):
    """A publish that failed; the message is already scrubbed of tokens."""


def scrub(text: str, token: str | None = None) -> str:
    """Remove the token (and anything shaped like a Hugging Face token) from a message."""
    if token:
        text = text.replace(token, "***")
    return _TOKEN_RE.sub("hf_***", text)


@dataclass(frozen=True)
class PlanFile:
    path: str
    size: int
    sha256: str


@dataclass
class Plan:
    repo_id: str
    revision: str
    folder: Path
    files: list[PlanFile]
    deletions: list[str] | None = None  # None: the remote was not consulted
    remote_note: str = ""

    def render(self) -> str:
        total = sum(f.size for f in self.files)
        lines = [f"plan: upload {len(self.files)} files ({total:,} bytes) from {self.folder} to dataset "
                 f"{self.repo_id}@{self.revision}"]
        width = max((len(f.path) for f in self.files), default=4)
        for f in self.files:
            lines.append(f"  + {f.path:<{width}}  {f.size:>12,}  sha256:{f.sha256}")
        if self.deletions is None:
            lines.append(f"deletions: not checked ({self.remote_note or 'dry run: no network'}); every remote "
                         "file not listed above except .gitattributes would be deleted")
        elif self.deletions:
            lines.append(f"deletions ({len(self.deletions)} remote files no longer in the folder):")
            lines += [f"  - {p}" for p in self.deletions]
        else:
            lines.append(f"deletions: none ({self.remote_note})")
        return "\n".join(lines)


@dataclass
class PublishResult:
    repo_id: str
    revision: str
    commit_url: str
    commit_oid: str
    uploaded: int
    deleted: list[str] = field(default_factory=list)
    tag: str | None = None
    created: bool = False

    def render(self) -> str:
        lines = [f"published {self.uploaded} files to dataset {self.repo_id}@{self.revision}"
                 + (" (repository created)" if self.created else ""),
                 f"commit: {self.commit_url}"]
        if self.deleted:
            lines.append(f"deleted {len(self.deleted)} stale remote files: {', '.join(self.deleted)}")
        if self.tag:
            lines.append(f"tagged: {self.tag}")
        lines.append(f'load it with: load_dataset("{self.repo_id}", "documents"'
                     + (f', revision="{self.tag or self.revision}")' if (self.tag or self.revision != "main") else ")"))
        return "\n".join(lines)


def local_files(folder: str | Path) -> list[PlanFile]:
    """The files that make up the repository: everything under ``folder`` except hidden entries
    (build leftovers such as ``.data.partial``)."""
    folder = Path(folder)
    out = []
    for p in sorted(folder.rglob("*")):
        rel = p.relative_to(folder)
        if p.is_file() and not any(part.startswith(".") for part in rel.parts):
            out.append(PlanFile(rel.as_posix(), p.stat().st_size, sha256_file(p)))
    return out


IGNORE_PATTERNS = [".*", "**/.*", ".*/**", "**/.*/**"]


def _token() -> str | None:
    from huggingface_hub import get_token  # noqa: PLC0415

    return get_token()


def _remote_files(api, repo_id: str, revision: str) -> list[str] | None:
    """Files on the remote revision, or None when the repository or revision does not exist."""
    from huggingface_hub.errors import RepositoryNotFoundError, RevisionNotFoundError  # noqa: PLC0415

    try:
        return api.list_repo_files(repo_id, repo_type="dataset", revision=revision)
    except (RepositoryNotFoundError, RevisionNotFoundError):
        return None


def plan_publish(folder: str | Path, repo_id: str, *, revision: str | None = None, remote: bool = False,
                 endpoint: str | None = None) -> Plan:
    """What `publish_folder` would do. Without ``remote`` nothing leaves the machine."""
    folder = Path(folder)
    plan = Plan(repo_id, revision or "main", folder, local_files(folder))
    if not remote:
        return plan
    from huggingface_hub import HfApi  # noqa: PLC0415

    token = _token()
    try:
        remote_files = _remote_files(HfApi(endpoint=endpoint, token=token), repo_id, plan.revision)
    except Exception as exc:  # noqa: BLE001 - unreachable remote: the plan stays local
        plan.remote_note = scrub(f"remote not reachable: {type(exc).__name__}: {exc}", token)[:300]
        return plan
    if remote_files is None:
        plan.deletions, plan.remote_note = [], "the repository or revision does not exist yet"
        return plan
    local = {f.path for f in plan.files}
    plan.deletions = sorted(p for p in remote_files if p not in local and p != ".gitattributes")
    plan.remote_note = f"compared with {len(remote_files)} remote files"
    return plan


def publish_folder(folder: str | Path, repo_id: str, *, private: bool = False, revision: str | None = None,
                   tag: str | None = None, message: str | None = None, endpoint: str | None = None,
                   token: str | None = None, echo: Callable[[str], None] = lambda s: None) -> PublishResult:
    """Create (if missing) and update dataset ``repo_id`` with the contents of ``folder``."""
    from huggingface_hub import HfApi  # noqa: PLC0415

    folder = Path(folder)
    token = token or _token()
    if not token:
        raise HubError("no Hugging Face token: set HF_TOKEN or log in with `hf auth login`")
    files = local_files(folder)
    if not any(f.path == "README.md" for f in files):
        raise HubError(f"{folder}: no README.md (the dataset card); run `spanbank build` first")
    rev = revision or "main"
    api = HfApi(endpoint=endpoint, token=token)
    try:
        before = _remote_files(api, repo_id, "main")
        created = before is None
        api.create_repo(repo_id, repo_type="dataset", private=private, exist_ok=True)
        if rev != "main":
            api.create_branch(repo_id, branch=rev, repo_type="dataset", exist_ok=True)
        remote_files = _remote_files(api, repo_id, rev) or []
        local = {f.path for f in files}
        deleted = sorted(p for p in remote_files if p not in local and p != ".gitattributes")
        echo(f"uploading {len(files)} files to {repo_id}@{rev}"
             + (f", deleting {len(deleted)} stale" if deleted else ""))
        info = api.upload_folder(
            folder_path=folder, repo_id=repo_id, repo_type="dataset", revision=rev,
            commit_message=message or f"spanbank build: {len(files)} files",
            delete_patterns="*", ignore_patterns=IGNORE_PATTERNS,
        )
        if tag:
            api.create_tag(repo_id, tag=tag, revision=info.oid, repo_type="dataset",
                           tag_message=f"spanbank dataset {tag}")
    except HubError:
        raise
    except Exception as exc:  # noqa: BLE001 - every library error leaves scrubbed
        raise HubError(scrub(f"publishing to {repo_id} failed: {type(exc).__name__}: {exc}", token)) from None
    return PublishResult(repo_id, rev, str(info.commit_url), str(info.oid), len(files), deleted, tag, created)
