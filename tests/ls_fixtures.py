"""Fixtures for a real Label Studio (imported by tests/conftest.py).

`ls_server` (session): LABEL_STUDIO_URL + LABEL_STUDIO_API_KEY when both are set (CI starts the server
in .ci/run), else a server this session installs (if needed) and starts with scripts/label-studio,
exactly as annotators do, and stops at the end. `own_ls_server` (session): a server this session
controls, for the test that kills it mid-push: the one above when it was started here, else a
second instance. `ls_conn` is a checked connection; `ls_prefix` a unique project prefix whose
projects are deleted after the test.
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "scripts" / "label-studio"

__all__ = ["LSServer", "ls_server", "own_ls_server", "ls_conn", "ls_prefix", "free_port"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class LSServer:
    url: str
    key: str
    data_dir: Path | None = None  # set when this session started the server
    port: int | None = None

    @property
    def owned(self) -> bool:
        return self.data_dir is not None

    def _env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k != "LABEL_STUDIO_URL"}
        env["LABEL_STUDIO_API_KEY"] = self.key
        return env

    def start(self) -> None:
        assert self.data_dir is not None and self.port is not None
        out = subprocess.run([str(SCRIPT), "start", "--background", "--port", str(self.port),
                              "--data-dir", str(self.data_dir)], env=self._env(), capture_output=True, text=True)
        if out.returncode != 0:
            raise RuntimeError(f"scripts/label-studio start failed: {out.stderr[-2000:]}")
        assert f"export LABEL_STUDIO_URL={self.url}" in out.stdout
        assert self.key not in out.stdout + out.stderr

    def pid(self) -> int | None:
        assert self.data_dir is not None
        try:
            return int((self.data_dir / "ls.pid").read_text().strip())
        except (FileNotFoundError, ValueError):
            return None

    def kill(self) -> None:
        """SIGKILL the server (no clean shutdown), like a crash."""
        pid = self.pid()
        assert pid is not None
        os.killpg(pid, signal.SIGKILL)
        for _ in range(100):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
            time.sleep(0.1)
        (self.data_dir / "ls.pid").unlink(missing_ok=True)

    def stop(self) -> None:
        if self.data_dir is not None:
            subprocess.run([str(SCRIPT), "stop", "--data-dir", str(self.data_dir)], env=self._env(),
                           capture_output=True, text=True)


def _install() -> None:
    venv = Path(os.environ.get("SPANBANK_LS_VENV") or REPO / ".ls-venv")
    if (venv / "bin" / "label-studio").exists():
        return
    out = subprocess.run([str(SCRIPT), "install"], capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip(f"Label Studio could not be installed: {out.stderr[-500:]}")


def _start_owned(tmp_path_factory, name: str) -> LSServer:
    _install()
    port = free_port()
    srv = LSServer(url=f"http://127.0.0.1:{port}", key="test-" + secrets.token_hex(12),
                   data_dir=tmp_path_factory.mktemp(name), port=port)
    try:
        srv.start()
    except RuntimeError as exc:
        pytest.skip(str(exc))
    return srv


@pytest.fixture(scope="session")
def ls_server(tmp_path_factory):
    url, key = os.environ.get("LABEL_STUDIO_URL"), os.environ.get("LABEL_STUDIO_API_KEY")
    if url and key:
        yield LSServer(url=url.rstrip("/"), key=key)
        return
    srv = _start_owned(tmp_path_factory, "lsdata")
    yield srv
    srv.stop()


@pytest.fixture(scope="session")
def own_ls_server(ls_server, tmp_path_factory):
    if ls_server.owned:
        yield ls_server
        return
    srv = _start_owned(tmp_path_factory, "lsdata-own")
    yield srv
    srv.stop()


@pytest.fixture
def ls_conn(ls_server):
    from spanbank.labelstudio.client import connect

    return connect(ls_server.url, ls_server.key)


@pytest.fixture
def ls_prefix(ls_server):
    prefix = f"t{uuid.uuid4().hex[:8]}"
    yield prefix
    from spanbank.labelstudio.client import connect

    try:
        conn = connect(ls_server.url, ls_server.key)
        for p in conn.client.projects.list(page_size=100):
            if p.title.startswith(prefix + " "):
                conn.client.projects.delete(p.id)
    except Exception:  # noqa: BLE001
        pass  # the server was killed by the test: nothing to clean
