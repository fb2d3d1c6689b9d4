"""A small Hugging Face Hub on 127.0.0.1 for tests: the endpoints `HfApi.create_repo` /
`upload_folder` / `create_branch` / `create_tag` use (without Xet: run clients with
``HF_HUB_DISABLE_XET=1``) and the ones `datasets.load_dataset("<id>", ...)` uses to read a dataset
repository (dataset info, tree, paths-info, resolve with HEAD and byte ranges).

Repositories live in memory: each branch is a list of commits, a commit maps paths to bytes; LFS
objects are stored by sha256 and checked on upload. Writes need ``Authorization: Bearer <token>``.
Run it with ``with HubServer(token) as hub: ... hub.url``; ``hub.requests`` records
``(method, path)`` of every request for assertions.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlparse

LFS_SUFFIXES = (".parquet", ".arrow", ".bin", ".gz", ".zip", ".npz")


def git_blob_oid(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


@dataclass
class Commit:
    oid: str
    files: dict[str, bytes]
    lfs: set[str]
    summary: str


@dataclass
class Repo:
    repo_id: str
    private: bool
    branches: dict[str, list[Commit]] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)  # tag -> commit oid

    def commit(self, rev: str) -> Commit | None:
        if rev in self.branches:
            return self.branches[rev][-1]
        oid = self.tags.get(rev, rev)
        for commits in self.branches.values():
            for c in commits:
                if c.oid == oid:
                    return c
        return None


class HubState:
    def __init__(self, token: str):
        self.token = token
        self.repos: dict[str, Repo] = {}
        self.lfs: dict[str, bytes] = {}
        self.lock = threading.Lock()
        self.requests: list[tuple[str, str]] = []

    def create(self, repo_id: str, private: bool) -> bool:
        with self.lock:
            if repo_id in self.repos:
                return False
            first = Commit(uuid.uuid4().hex + uuid.uuid4().hex[:8], {".gitattributes": b"*.parquet filter=lfs diff=lfs merge=lfs -text\n"},
                           set(), "initial commit")
            self.repos[repo_id] = Repo(repo_id, private, {"main": [first]})
            return True


_REPO = r"(?P<repo>[^/]+/[^/]+|[^/]+)"


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    state: HubState  # set on the subclass made by HubServer

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - quiet
        pass

    # -- helpers ------------------------------------------------------------------------------
    def _body(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def _send(self, status: int, body: bytes | dict | list | None = None, headers: dict | None = None,
              content_type: str = "application/json", head: bool = False) -> None:
        if isinstance(body, dict | list):
            body = json.dumps(body).encode()
        body = body or b""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _error(self, status: int, message: str, head: bool = False) -> None:
        self._send(status, {"error": message}, headers={"X-Error-Message": message}, head=head)

    def _authorized(self) -> bool:
        return self.headers.get("Authorization", "") == f"Bearer {self.state.token}"

    def _base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def _entry(self, commit: Commit, path: str) -> dict:
        data = commit.files[path]
        e = {"type": "file", "oid": git_blob_oid(data), "size": len(data), "path": path}
        if path in commit.lfs:
            e["lfs"] = {"oid": hashlib.sha256(data).hexdigest(), "size": len(data), "pointerSize": 134}
        return e

    def _dirs(self, commit: Commit) -> set[str]:
        out = set()
        for p in commit.files:
            parts = p.split("/")[:-1]
            for i in range(1, len(parts) + 1):
                out.add("/".join(parts[:i]))
        return out

    def _repo(self, repo_id: str, head: bool = False) -> Repo | None:
        repo = self.state.repos.get(repo_id)
        if repo is None or (repo.private and not self._authorized()):
            self._send(404, {"error": "Repository not found"}, headers={"X-Error-Code": "RepoNotFound"}, head=head)
            return None
        return repo

    # -- dispatch -----------------------------------------------------------------------------
    def do_HEAD(self) -> None:
        self._dispatch("HEAD")

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def _dispatch(self, method: str) -> None:
        url = urlparse(self.path)
        path, query = unquote(url.path), parse_qs(url.query)
        self.state.requests.append((method, path))
        routes = [
            ("POST", r"/api/repos/create", self.create_repo),
            ("POST", r"/api/validate-yaml", self.validate_yaml),
            ("POST", rf"/api/datasets/{_REPO}/preupload/(?P<rev>[^/]+)", self.preupload),
            ("POST", rf"/api/datasets/{_REPO}/commit/(?P<rev>[^/]+)", self.commit),
            ("POST", rf"/api/datasets/{_REPO}/branch/(?P<rev>[^/]+)", self.branch),
            ("POST", rf"/api/datasets/{_REPO}/tag/(?P<rev>[^/]+)", self.tag),
            ("POST", rf"/api/datasets/{_REPO}/paths-info/(?P<rev>[^/]+)", self.paths_info),
            ("GET", rf"/api/datasets/{_REPO}/tree/(?P<rev>[^/]+)(?:/(?P<sub>.*))?", self.tree),
            ("GET", rf"/api/datasets/{_REPO}/revision/(?P<rev>[^/]+)", self.info),
            ("GET", rf"/api/datasets/{_REPO}/refs", self.refs),
            ("GET", rf"/api/datasets/{_REPO}", self.info),
            ("POST", rf"/datasets/{_REPO}\.git/info/lfs/objects/batch", self.lfs_batch),
            ("PUT", r"/lfs-upload/(?P<oid>[0-9a-f]{64})", self.lfs_upload),
            ("POST", r"/lfs-verify/(?P<oid>[0-9a-f]{64})", self.lfs_verify),
            ("GET", rf"/datasets/{_REPO}/resolve/(?P<rev>[^/]+)/(?P<file>.+)", self.resolve),
            ("HEAD", rf"/datasets/{_REPO}/resolve/(?P<rev>[^/]+)/(?P<file>.+)", self.resolve),
        ]
        for m, pattern, fn in routes:
            if m != method:
                continue
            match = re.fullmatch(pattern, path)
            if match:
                self.query = query
                self.head = method == "HEAD"
                try:
                    fn(**match.groupdict())
                except Exception as exc:  # noqa: BLE001 - a server bug shows up as a 500 in the client
                    self._error(500, f"{type(exc).__name__}: {exc}")
                return
        if method in ("POST", "PUT"):
            self._body()
        self._error(404, f"no route {method} {path}", head=method == "HEAD")

    # -- write endpoints ----------------------------------------------------------------------
    def create_repo(self) -> None:
        body = json.loads(self._body() or b"{}")
        if not self._authorized():
            return self._error(401, "Invalid credentials in Authorization header")
        if body.get("type") != "dataset":
            return self._error(400, "this test hub only holds datasets")
        repo_id = f"{body['organization']}/{body['name']}" if body.get("organization") else body["name"]
        created = self.state.create(repo_id, bool(body.get("private")))
        if not created:
            return self._send(409, {"error": "You already created this dataset repo",
                                    "url": f"{self._base()}/datasets/{repo_id}"})
        self._send(200, {"url": f"{self._base()}/datasets/{repo_id}", "name": repo_id})

    def validate_yaml(self) -> None:
        body = json.loads(self._body() or b"{}")
        ok = isinstance(body.get("content"), str) and body.get("repoType") == "dataset"
        self._send(200 if ok else 400, {"errors": [] if ok else ["bad request"], "warnings": []})

    def preupload(self, repo: str, rev: str) -> None:
        body = json.loads(self._body() or b"{}")
        if not self._authorized():
            return self._error(401, "unauthorized")
        if self._repo(repo) is None:
            return
        files = [{"path": f["path"], "uploadMode": "lfs" if f["path"].endswith(LFS_SUFFIXES) or f["size"] > 10_000_000
                  else "regular", "shouldIgnore": False} for f in body.get("files", [])]
        self._send(200, {"files": files, "commitOid": None})

    def lfs_batch(self, repo: str) -> None:
        body = json.loads(self._body() or b"{}")
        if not self._authorized():
            return self._error(401, "unauthorized")
        objects = []
        for o in body.get("objects", []):
            entry = {"oid": o["oid"], "size": o["size"], "authenticated": True}
            if o["oid"] not in self.state.lfs:
                entry["actions"] = {"upload": {"href": f"{self._base()}/lfs-upload/{o['oid']}"},
                                    "verify": {"href": f"{self._base()}/lfs-verify/{o['oid']}"}}
            objects.append(entry)
        self._send(200, {"transfer": "basic", "objects": objects}, content_type="application/vnd.git-lfs+json")

    def lfs_upload(self, oid: str) -> None:
        data = self._body()
        if hashlib.sha256(data).hexdigest() != oid:
            return self._error(400, "sha256 does not match the oid")
        self.state.lfs[oid] = data
        self._send(200, {})

    def lfs_verify(self, oid: str) -> None:
        body = json.loads(self._body() or b"{}")
        obj = self.state.lfs.get(oid)
        if obj is None or len(obj) != body.get("size"):
            return self._error(404, "object not found")
        self._send(200, {})

    def commit(self, repo: str, rev: str) -> None:
        raw = self._body()
        if not self._authorized():
            return self._error(401, "unauthorized")
        r = self._repo(repo)
        if r is None:
            return
        with self.state.lock:
            if rev not in r.branches:
                return self._error(404, f"Revision Not Found: {rev}")
            head = r.branches[rev][-1]
            files, lfs, summary = dict(head.files), set(head.lfs), ""
            for line in raw.decode().splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                key, val = item["key"], item["value"]
                if key == "header":
                    summary = val.get("summary", "")
                    parent = val.get("parentCommit")
                    if parent and parent != head.oid:
                        return self._error(412, "A commit has happened since. Please refresh and try again.")
                elif key == "file":
                    files[val["path"]] = base64.b64decode(val["content"])
                    lfs.discard(val["path"])
                elif key == "lfsFile":
                    data = self.state.lfs.get(val["oid"])
                    if data is None:
                        return self._error(400, f"LFS object {val['oid']} was not uploaded")
                    files[val["path"]] = data
                    lfs.add(val["path"])
                elif key == "deletedFile":
                    files.pop(val["path"], None)
                    lfs.discard(val["path"])
                elif key == "deletedFolder":
                    prefix = val["path"].rstrip("/") + "/"
                    for p in [p for p in files if p.startswith(prefix)]:
                        files.pop(p)
                        lfs.discard(p)
            c = Commit(uuid.uuid4().hex + uuid.uuid4().hex[:8], files, lfs, summary)
            r.branches[rev].append(c)
        self._send(200, {"commitUrl": f"{self._base()}/datasets/{repo}/commit/{c.oid}", "commitOid": c.oid,
                         "pullRequestUrl": None})

    def branch(self, repo: str, rev: str) -> None:
        body = json.loads(self._body() or b"{}")
        if not self._authorized():
            return self._error(401, "unauthorized")
        r = self._repo(repo)
        if r is None:
            return
        if rev in r.branches:
            return self._error(409, "Reference already exists")
        start = r.commit(body.get("startingPoint") or "main")
        r.branches[rev] = [start]
        self._send(200, {})

    def tag(self, repo: str, rev: str) -> None:
        body = json.loads(self._body() or b"{}")
        if not self._authorized():
            return self._error(401, "unauthorized")
        r = self._repo(repo)
        if r is None:
            return
        c = r.commit(rev)
        if c is None:
            return self._error(404, f"Revision Not Found: {rev}")
        if body["tag"] in r.tags:
            return self._error(409, "Tag already exists")
        r.tags[body["tag"]] = c.oid
        self._send(200, {})

    # -- read endpoints -----------------------------------------------------------------------
    def info(self, repo: str, rev: str = "main") -> None:
        r = self._repo(repo)
        if r is None:
            return
        c = r.commit(rev)
        if c is None:
            return self._send(404, {"error": f"Revision Not Found: {rev}"}, headers={"X-Error-Code": "RevisionNotFound"})
        self._send(200, {
            "_id": hashlib.sha1(repo.encode()).hexdigest()[:24], "id": repo, "author": repo.split("/")[0],
            "sha": c.oid, "private": r.private, "gated": False, "disabled": False, "downloads": 0, "likes": 0,
            "tags": [], "lastModified": "2026-01-01T00:00:00.000Z", "createdAt": "2026-01-01T00:00:00.000Z",
            "siblings": [{"rfilename": p} for p in sorted(c.files)], "cardData": {},
        })

    def refs(self, repo: str) -> None:
        r = self._repo(repo)
        if r is None:
            return
        self._send(200, {"branches": [{"name": b, "ref": f"refs/heads/{b}", "targetCommit": cs[-1].oid}
                                      for b, cs in r.branches.items()],
                         "tags": [{"name": t, "ref": f"refs/tags/{t}", "targetCommit": o} for t, o in r.tags.items()],
                         "converts": []})

    def tree(self, repo: str, rev: str, sub: str | None = None) -> None:
        r = self._repo(repo)
        if r is None:
            return
        c = r.commit(rev)
        if c is None:
            return self._send(404, {"error": f"Revision Not Found: {rev}"}, headers={"X-Error-Code": "RevisionNotFound"})
        prefix = (sub or "").strip("/")
        recursive = (self.query.get("recursive") or ["false"])[0].lower() == "true"
        dirs = self._dirs(c)
        if prefix and prefix not in dirs:
            return self._send(404, {"error": f"{prefix} does not exist"}, headers={"X-Error-Code": "EntryNotFound"})
        out = []
        base = prefix + "/" if prefix else ""
        for d in sorted(dirs):
            rel = d[len(base):] if d.startswith(base) else None
            if rel and (recursive or "/" not in rel):
                out.append({"type": "directory", "oid": hashlib.sha1(d.encode()).hexdigest(), "size": 0, "path": d})
        for p in sorted(c.files):
            rel = p[len(base):] if p.startswith(base) else None
            if rel and (recursive or "/" not in rel):
                out.append(self._entry(c, p))
        self._send(200, out)

    def paths_info(self, repo: str, rev: str) -> None:
        raw = self._body()
        r = self._repo(repo)
        if r is None:
            return
        c = r.commit(rev)
        if c is None:
            return self._error(404, f"Revision Not Found: {rev}")
        ctype = self.headers.get("Content-Type", "")
        if "json" in ctype:
            paths = json.loads(raw or b"{}").get("paths", [])
        else:
            paths = parse_qs(raw.decode()).get("paths", [])
        dirs = self._dirs(c)
        out = []
        for p in paths:
            p = p.strip("/")
            if p in c.files:
                out.append(self._entry(c, p))
            elif p in dirs:
                out.append({"type": "directory", "oid": hashlib.sha1(p.encode()).hexdigest(), "size": 0, "path": p})
        self._send(200, out)

    def resolve(self, repo: str, rev: str, file: str) -> None:
        r = self._repo(repo, head=self.head)
        if r is None:
            return
        c = r.commit(rev)
        if c is None:
            return self._send(404, {"error": "Revision Not Found"}, headers={"X-Error-Code": "RevisionNotFound"},
                              head=self.head)
        if file not in c.files:
            return self._send(404, {"error": "Entry not found"}, headers={"X-Error-Code": "EntryNotFound"},
                              head=self.head)
        data = c.files[file]
        etag = hashlib.sha256(data).hexdigest() if file in c.lfs else git_blob_oid(data)
        headers = {"ETag": f'"{etag}"', "X-Repo-Commit": c.oid, "Accept-Ranges": "bytes"}
        if file in c.lfs:
            headers.update({"X-Linked-Etag": f'"{etag}"', "X-Linked-Size": str(len(data))})
        rng = self.headers.get("Range")
        m = re.fullmatch(r"bytes=(\d*)-(\d*)", rng or "")
        if m and not self.head and (m.group(1) or m.group(2)):
            if m.group(1):
                start = int(m.group(1))
                end = int(m.group(2)) if m.group(2) else len(data) - 1
            else:
                start, end = max(0, len(data) - int(m.group(2))), len(data) - 1
            end = min(end, len(data) - 1)
            if start >= len(data):
                return self._send(416, b"", headers={"Content-Range": f"bytes */{len(data)}"})
            headers["Content-Range"] = f"bytes {start}-{end}/{len(data)}"
            return self._send(206, data[start:end + 1], headers=headers, content_type="application/octet-stream")
        self._send(200, data, headers=headers, content_type="application/octet-stream", head=self.head)


class HubServer:
    """``with HubServer(token) as hub:`` serves on 127.0.0.1 on a free port (``hub.url``)."""

    def __init__(self, token: str):
        self.state = HubState(token)
        handler = type("BoundHandler", (Handler,), {"state": self.state})
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> HubServer:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=5)

    @property
    def requests(self) -> list[tuple[str, str]]:
        return self.state.requests
