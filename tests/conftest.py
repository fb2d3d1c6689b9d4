"""Shared fixtures. Fixtures for a real Label Studio server live in tests/ls_fixtures.py."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "corpus" / "raw" / "asbarez" / "asbarez-aliyev-karabakh.txt"
EVALDATA = Path(os.environ.get("SPANBANK_EVALDATA", REPO.parent / "shared" / "evaldata"))

try:  # Label Studio fixtures (session server), when that module exists
    from tests.ls_fixtures import *  # noqa: F403
except ImportError:  # pragma: no cover
    pass


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def schema():
    from spanbank.schema import load_schema

    return load_schema()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """In CI (CI=true) a skipped test is a failure: the integration tests must really run there."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI", "").lower() in ("1", "true", "yes") and report.skipped and not hasattr(report, "wasxfail"):
        if "allow_skip_in_ci" in item.keywords:
            return
        report.outcome = "failed"
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.longrepr = f"skipped in CI, which counts as a failure: {reason}"


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a network connection fails the test (shipped models load offline)."""
    import socket

    def refuse(*a, **kw):
        raise AssertionError("a network connection was attempted")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
