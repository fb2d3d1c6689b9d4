"""`spanbank build` end to end on the seed article: quotes config holds Aliyev's quotes; reuse."""

from __future__ import annotations

import shutil

import datasets
import pytest

from spanbank.build import BuildOptions, run_build


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory, repo):
    tmp = tmp_path_factory.mktemp("seed")
    shutil.copytree(repo / "corpus", tmp / "corpus")
    opts = BuildOptions(corpus=tmp / "corpus", annotations=tmp / "annotations", out=tmp / "build" / "dataset",
                        work=tmp / "build")
    lines: list[str] = []
    report = run_build(opts, echo=lines.append)
    return tmp, opts, report, lines


def test_seed_build_quotes_config_holds_aliyevs_quotes(seed_build, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    tmp, opts, report, lines = seed_build
    assert [s.name for s in report.stages] == ["ingest", "annotate", "adjudicate", "dataset"]
    assert report.stages[0].ok and report.stages[-1].ok, lines
    dd = datasets.load_dataset(str(opts.out), "quotes")
    rows = [r for split in dd for r in dd[split]]
    aliyev = [r for r in rows if r["speaker"] and "Aliyev" in r["speaker"]]
    assert len(aliyev) >= 4
    quotes = " ".join(r["quote"] for r in aliyev)
    assert "Azeri lands must be liberated from the invaders" in quotes
    assert "talks had not yielded any results" in quotes
    docs = datasets.load_dataset(str(opts.out), "documents")
    text = {r["id"]: r["text"] for split in docs for r in docs[split]}
    for r in rows:
        assert text[r["doc_id"]][r["start"]:r["end"]] == r["quote"]
    assert sum(docs[s].num_rows for s in docs) == 5  # the article and its four comments
    assert len(docs) == 1  # one article: one split
    card = (opts.out / "README.md").read_text(encoding="utf-8")
    sources = card.split("## Sources and licences", 1)[1]
    assert "| `asbarez` | [Asbarez](https://asbarez.com) | 1 | 4 | not stated / all rights reserved by the publisher " \
           "| SOURCE.yaml |" in sources


def test_rebuild_reuses_unchanged_stages(seed_build):
    tmp, opts, first, _ = seed_build
    lines: list[str] = []
    report = run_build(opts, echo=lines.append)
    status = {s.name: s.status for s in report.stages}
    assert status["ingest"] == "reused"
    if first.stages[1].ok:  # a stage that failed (a missing model file) is run again, by design
        assert status["annotate"] == "reused" and status["dataset"] == "reused"
    assert any(line.startswith("ingest: reused") for line in lines)
    (tmp / "corpus" / "raw" / "asbarez" / "asbarez-aliyev-karabakh.txt").write_text(
        (tmp / "corpus" / "raw" / "asbarez" / "asbarez-aliyev-karabakh.txt").read_text(encoding="utf-8")
        + "\n", encoding="utf-8")
    report = run_build(opts, echo=lines.append)
    assert {s.name: s.status for s in report.stages}["ingest"] == "ran"
