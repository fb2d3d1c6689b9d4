"""`spanbank publish` against a real HTTP server speaking the Hub endpoints (tests/hubserver.py),
then `load_dataset(REPO_ID, config)` through it; and, only with HF_TOKEN, against the real Hub."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

from spanbank.card import write_card
from spanbank.dataset import CONFIGS, write_dataset
from tests.hubserver import HubServer
from tests.test_dataset import make_corpus

SPANBANK = [sys.executable, "-m", "spanbank.cli"]  # the venv need not be on PATH
TOKEN = "hf_" + "S3cretT0ken" * 3

LOAD = """
import json, sys, datasets
out = {}
for config in sys.argv[2:]:
    dd = datasets.load_dataset(sys.argv[1], config)
    out[config] = {s: {"features": dd[s].features.to_dict(), "rows": dd[s].to_list()} for s in dd}
print(json.dumps(out))
"""


@pytest.fixture(scope="module")
def folder(tmp_path_factory, schema):
    tmp = tmp_path_factory.mktemp("pub")
    make_corpus(tmp, 10)
    res = write_dataset(tmp / "documents.jsonl", tmp / "ds", schema=schema,
                        predictions=tmp / "predictions.jsonl", gold=tmp / "gold.jsonl")
    write_card(schema, res)
    return tmp / "ds"


def _env(tmp_path, url: str | None, token: str | None = TOKEN) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HF_", "HUGGINGFACE"))}
    env.update(HF_HOME=str(tmp_path / "hf"), HF_HUB_DISABLE_XET="1", HF_HUB_DISABLE_TELEMETRY="1")
    if url:
        env["HF_ENDPOINT"] = url
    if token:
        env["HF_TOKEN"] = token
    return env


def _run(args, env):
    return subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)


def _local(folder, configs):
    r = _run([sys.executable, "-c", LOAD, str(folder), *configs], dict(os.environ, HF_HUB_OFFLINE="1"))
    assert r.returncode == 0, r.stderr
    return json.loads(r.stdout)


def test_publish_then_load_through_the_hub(folder, tmp_path):
    with HubServer(TOKEN) as hub:
        env = _env(tmp_path, hub.url)
        r = _run([*SPANBANK, "publish", "me/news-spans", "--dir", str(folder), "--tag", "v1"], env)
        assert r.returncode == 0, r.stderr
        assert TOKEN not in r.stdout + r.stderr
        assert "repository created" in r.stdout and "tagged: v1" in r.stdout
        repo = hub.state.repos["me/news-spans"]
        assert "v1" in repo.tags
        files = repo.branches["main"][-1].files
        assert "README.md" in files and any(p.startswith("data/quotes/") for p in files)
        assert ("POST", "/datasets/me/news-spans.git/info/lfs/objects/batch") in hub.requests
        r = _run([sys.executable, "-c", LOAD, "me/news-spans", *CONFIGS], env)
        assert r.returncode == 0, r.stderr
        remote = json.loads(r.stdout)
    assert remote == _local(folder, CONFIGS)
    names = remote["documents"][next(iter(remote["documents"]))]["features"]["spans"]["feature"]["label"]["names"]
    assert names[0] == "DIRECT_QUOTE"


def test_republish_deletes_stale_files_and_keeps_gitattributes(folder, tmp_path):
    with HubServer(TOKEN) as hub:
        env = _env(tmp_path, hub.url)
        stale = folder / "data" / "old" / "train-00000-of-00001.parquet"
        stale.parent.mkdir(parents=True)
        stale.write_bytes(b"PAR1 stale")
        try:
            assert _run([*SPANBANK, "publish", "me/ds", "--dir", str(folder)], env).returncode == 0
        finally:
            stale.unlink()
            stale.parent.rmdir()
        assert "data/old/train-00000-of-00001.parquet" in hub.state.repos["me/ds"].branches["main"][-1].files
        r = _run([*SPANBANK, "publish", "me/ds", "--dir", str(folder), "--dry-run", "--remote"], env)
        assert r.returncode == 0 and "- data/old/train-00000-of-00001.parquet" in r.stdout
        r = _run([*SPANBANK, "publish", "me/ds", "--dir", str(folder)], env)
        assert r.returncode == 0, r.stderr
        assert "deleted 1 stale" in r.stdout
        files = hub.state.repos["me/ds"].branches["main"][-1].files
        assert "data/old/train-00000-of-00001.parquet" not in files and ".gitattributes" in files


def test_dry_run_prints_the_plan_and_touches_no_network(folder, tmp_path):
    with HubServer(TOKEN) as hub:
        r = _run([*SPANBANK, "publish", "me/ds", "--dir", str(folder), "--dry-run"], _env(tmp_path, hub.url))
        assert r.returncode == 0, r.stderr
        assert hub.requests == []
    assert "README.md" in r.stdout and "sha256:" in r.stdout and "deletions: not checked" in r.stdout
    assert sum(1 for line in r.stdout.splitlines() if line.startswith("  + ")) == sum(
        1 for p in folder.rglob("*") if p.is_file() and ".data" not in str(p))


def test_token_never_appears_in_errors(folder, tmp_path):
    with HubServer("another-token") as hub:  # the server refuses our token
        r = _run([*SPANBANK, "publish", "me/ds", "--dir", str(folder)], _env(tmp_path, hub.url))
    assert r.returncode == 1
    assert TOKEN not in r.stdout + r.stderr and "failed" in r.stderr
    r = _run([*SPANBANK, "publish", "me/ds", "--dir", str(folder)], _env(tmp_path, "http://127.0.0.1:9", None))
    assert r.returncode == 1 and "no Hugging Face token" in r.stderr


@pytest.mark.allow_skip_in_ci
@pytest.mark.skipif(not os.environ.get("HF_TOKEN"), reason="needs HF_TOKEN for the real Hub")
def test_publish_to_the_real_hub(folder, tmp_path):
    from huggingface_hub import HfApi, whoami

    user = whoami()["name"]
    repo_id = f"{user}/spanbank-test-{uuid.uuid4().hex[:8]}"
    env = dict(os.environ, HF_HOME=str(tmp_path / "hf"))
    try:
        r = _run([*SPANBANK, "publish", repo_id, "--dir", str(folder), "--private"], env)
        assert r.returncode == 0, r.stderr
        assert os.environ["HF_TOKEN"] not in r.stdout + r.stderr
        r = _run([sys.executable, "-c", LOAD, repo_id, "quotes"], env)
        assert r.returncode == 0, r.stderr
        assert json.loads(r.stdout) == _local(folder, ["quotes"])
    finally:
        HfApi().delete_repo(repo_id, repo_type="dataset", missing_ok=True)
