"""Sharded ingest + pre-annotation on datatrove's local executor (issue 7)."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from spanbank.annotators import REGISTRY
from spanbank.annotators.base import Annotator
from spanbank.model import Document, read_annotations, read_documents
from spanbank.scale import ScaleError, parse_executor_options, run_sharded
from tests.synthetic import write_corpus

pytest.importorskip("datatrove")


def _docs(paths):
    return sorted((d.to_dict() for p in paths for d in read_documents(p)), key=lambda d: d["id"])


def _anns(paths):
    out = []
    for p in paths:
        for a in read_annotations(p):
            d = a.to_dict()
            d.pop("created")
            out.append(d)
    return sorted(out, key=lambda d: (d["doc_id"], d["origin"]))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("scale") / "corpus"
    write_corpus(folder, 600, per_file=25)
    return folder


def test_one_process_and_two_workers_give_the_same_outputs(corpus, tmp_path):
    one = run_sharded([corpus], tmp_path / "one", workers=1, tasks=1, only=["quotes", "claims"])
    two = run_sharded([corpus], tmp_path / "two", workers=2, tasks=6, only=["quotes", "claims"])
    assert len(one.documents) == 1 and len(two.documents) == 6
    docs1, docs2 = _docs(one.documents), _docs(two.documents)
    assert len(docs1) > 600  # articles and their comments
    assert docs1 == docs2
    anns1, anns2 = _anns(one.predictions), _anns(two.predictions)
    assert len(anns1) == 2 * len(docs1)
    assert anns1 == anns2
    s = two.summary()
    assert s["documents"] == len(docs1) and s["files_failed"] == 0 and s["failed_shards"] == []


def test_rerun_skips_completed_shards(corpus, tmp_path):
    first = run_sharded([corpus], tmp_path, workers=2, tasks=4, only=["claims"])
    assert first.skipped_shards == []
    stamp = [p.stat().st_mtime_ns for p in first.documents]
    again = run_sharded([corpus], tmp_path, workers=2, tasks=4, only=["claims"])
    assert again.skipped_shards == [0, 1, 2, 3]
    assert [p.stat().st_mtime_ns for p in again.documents] == stamp
    # other options are another run; the old run's shards are removed so they never mix in
    other = run_sharded([corpus], tmp_path, workers=2, tasks=3, only=["claims"])
    assert other.run_dir != first.run_dir and not first.run_dir.exists()


KILL_SCRIPT = """
import sys
from spanbank.scale import run_sharded
run_sharded([sys.argv[1]], sys.argv[2], workers=1, tasks=24, only=["quotes", "claims"])
"""


def test_killed_run_resumes_and_gives_the_same_result(corpus, tmp_path):
    work = tmp_path / "work"
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(corpus), str(work)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 120
    done: list[Path] = []
    while time.time() < deadline and proc.poll() is None:
        done = list(work.glob("shards/*/logs/completions/*"))
        if len(done) >= 3:
            break
        time.sleep(0.05)
    proc.kill()
    proc.wait()
    assert 3 <= len(done) < 24, "the run was not killed halfway; make the corpus larger"
    resumed = run_sharded([corpus], work, workers=1, tasks=24, only=["quotes", "claims"])
    assert len(resumed.skipped_shards) >= 3
    assert not list(resumed.run_dir.glob(".*.tmp")), "a killed shard left a partial file behind"
    fresh = run_sharded([corpus], tmp_path / "fresh", workers=2, tasks=5, only=["quotes", "claims"])
    assert _docs(resumed.documents) == _docs(fresh.documents)
    assert _anns(resumed.predictions) == _anns(fresh.predictions)


class BoomAnnotator(Annotator):
    """An annotator with a bug that only some documents trigger, in `applies`: outside the per-document
    error handling of `checked_annotations`, so it escapes and fails the whole shard."""

    name = "boom"

    def applies(self, doc: Document) -> bool:
        if "(7)" in (doc.title or ""):
            raise RuntimeError("annotator bug on article 7")
        return True

    def annotate(self, doc: Document):
        return self.new_annotation(doc)


def test_failing_shard_is_reported_with_its_files(corpus, tmp_path, monkeypatch):
    monkeypatch.setitem(REGISTRY, "boom", "tests.test_scale:BoomAnnotator")
    with pytest.raises(ScaleError) as err:
        run_sharded([corpus], tmp_path, workers=1, tasks=4, only=["boom"])
    msg = str(err.value)
    assert "1 of 4 shards failed" in msg
    assert "annotator bug on article 7" in msg and "part-0000.jsonl" in msg
    failed = json.loads(next(tmp_path.glob("shards/*/failed-00000.json")).read_text())
    assert failed["files"][0].endswith("part-0000.jsonl")
    # the other shards completed and are kept for the rerun
    assert len(list(tmp_path.glob("shards/*/logs/completions/*"))) == 3


def test_executor_options_and_errors():
    assert parse_executor_options(["partition=gpu", "cpus_per_task=4", 'sbatch_args={"account": "x"}']) == {
        "partition": "gpu", "cpus_per_task": 4, "sbatch_args": {"account": "x"}}
    with pytest.raises(ScaleError, match="key=value"):
        parse_executor_options(["oops"])
    with pytest.raises(ScaleError, match="needs --executor-opt time"):
        run_sharded([Path(__file__)], "/tmp/spanbank-never", executor="slurm", options={})
