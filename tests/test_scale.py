"""Sharded ingest + pre-annotation on datatrove's local executor (issue 7)."""

from __future__ import annotations

import json
import os
import re
import signal
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
    # its own process group, killed whole below: killing only the parent left its forked worker behind, asleep,
    # one per test run
    proc = subprocess.Popen([sys.executable, "-c", KILL_SCRIPT, str(corpus), str(work)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    done: list[Path] = []
    while time.time() < deadline and proc.poll() is None:
        done = list(work.glob("shards/*/logs/completions/*"))
        if len(done) >= 3:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
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


# -- duplicates across shards ------------------------------------------------------------------------


def test_duplicate_ids_across_shards_are_written_once_as_in_one_process(tmp_path):
    from spanbank.ingest import IngestReport, ingest_paths

    corpus = tmp_path / "corpus"
    write_corpus(corpus, 100, per_file=25)  # part-0000 .. part-0003; with 2 tasks: shard 0 = files 0, 2
    first = json.loads((corpus / "part-0001.jsonl").read_text().splitlines()[0])
    copy = {**first, "text": "A different text under the same id.", "comments": []}
    with open(corpus / "part-0002.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(copy) + "\n")
    report = IngestReport()
    one = sorted((d.to_dict() for d in ingest_paths([corpus], report=report)), key=lambda d: d["id"])
    assert len(report.duplicates) == 1  # the one-process run keeps part-0001's copy
    run = run_sharded([corpus], tmp_path / "work", workers=2, tasks=2, only=["claims"])
    merged = run.merge(tmp_path / "documents.jsonl", tmp_path / "predictions.jsonl")
    assert merged.documents == len(one)
    assert _docs([tmp_path / "documents.jsonl"]) == one
    assert len(merged.duplicates) == 1
    assert "part-0002.jsonl" in merged.duplicates[0] and "part-0001.jsonl:1" in merged.duplicates[0]
    # the left-out copy's predictions are left out with it: one claims layer per document
    anns = _anns([tmp_path / "predictions.jsonl"])
    assert sorted(a["doc_id"] for a in anns) == [d["id"] for d in one]


def test_merge_refuses_a_damaged_shard(corpus, tmp_path):
    from spanbank.shardmerge import ShardMergeError

    run = run_sharded([corpus], tmp_path, workers=1, tasks=2, only=[])
    lines = run.documents[1].read_text().splitlines(keepends=True)
    run.documents[1].write_text("".join(lines[:-1]))
    with pytest.raises(ShardMergeError, match="documents-00001.jsonl: ends before its index says"):
        run.merge(tmp_path / "out.jsonl")
    assert not (tmp_path / "out.jsonl").exists()


# -- spanbank build / ingest with --executor -----------------------------------------------------------

SPANBANK = [sys.executable, "-c", "from spanbank.cli import main; main()"]


@pytest.fixture(scope="module")
def build_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("scalebuild")
    write_corpus(root / "corpus" / "raw" / "synthetic", 1500, per_file=25)  # 60 files, ~4.5k documents
    return root


def _build_cmd(name: str, *extra: str) -> list[str]:
    return [*SPANBANK, "build", "--corpus", "corpus", "--annotations", "annotations", "--work", f"{name}/work",
            "--out", f"{name}/dataset", *extra]


def _build(root: Path, name: str, *extra: str) -> subprocess.CompletedProcess:
    proc = subprocess.run(_build_cmd(name, *extra), cwd=root, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc


def _rows(folder: Path, cache: Path) -> dict[str, dict[str, list[str]]]:
    from datasets import load_dataset

    from spanbank.dataset import CONFIGS

    out = {}
    for config in CONFIGS:
        ds = load_dataset(str(folder), config, cache_dir=str(cache))
        out[config] = {split: sorted(json.dumps(r, sort_keys=True, default=str) for r in ds[split]) for split in ds}
    return out


@pytest.fixture(scope="module")
def one_process_rows(build_root, tmp_path_factory) -> dict:
    _build(build_root, "one")
    return _rows(build_root / "one" / "dataset", tmp_path_factory.mktemp("hfcache"))


def test_build_with_two_workers_gives_the_same_dataset(build_root, one_process_rows, tmp_path):
    proc = _build(build_root, "two", "--executor", "local", "--workers", "2")
    assert "ingest+annotate: ran:" in proc.stderr and "8 shards on local" in proc.stderr
    rows = _rows(build_root / "two" / "dataset", tmp_path)
    assert rows.keys() == one_process_rows.keys() and len(rows) >= 4
    for config, splits in one_process_rows.items():
        assert sum(len(r) for r in splits.values()) > 0, config
        assert rows[config] == splits, f"config {config} differs"
    assert sum(len(r) for r in rows["documents"].values()) > 4000


def test_build_killed_halfway_resumes_with_the_same_dataset(build_root, one_process_rows, tmp_path):
    cmd = _build_cmd("killed", "--executor", "local", "--workers", "1", "--tasks", "30")
    proc = subprocess.Popen(cmd, cwd=build_root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    marks = build_root / "killed" / "work" / "shards"
    deadline = time.time() + 300
    done: list[Path] = []
    while time.time() < deadline and proc.poll() is None:
        done = list(marks.glob("*/logs/completions/*"))
        if len(done) >= 3:
            break
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 3 <= len(done) < 30, "the build was not killed halfway"
    assert not (build_root / "killed" / "dataset").exists()
    resumed = _build(build_root, "killed", "--executor", "local", "--workers", "2", "--tasks", "30")
    skipped = int(re.search(r"30 shards on local \((\d+) already complete\)", resumed.stderr).group(1))
    assert skipped >= 3
    assert _rows(build_root / "killed" / "dataset", tmp_path) == one_process_rows
    again = _build(build_root, "killed", "--executor", "local", "--workers", "2", "--tasks", "30")
    assert "ingest+annotate: reused:" in again.stderr and "dataset: reused:" in again.stderr


def test_build_reports_a_failing_shard_with_its_files_and_exits_1(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from spanbank.cli import main

    monkeypatch.setitem(REGISTRY, "boom", "tests.test_scale:BoomAnnotator")
    write_corpus(tmp_path / "corpus" / "raw" / "synthetic", 100, per_file=25)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["build", "--executor", "local", "--workers", "1", "--tasks", "4"])
    assert result.exit_code == 1
    out = result.output
    assert "1 of 4 shards failed" in out and "annotator bug on article 7" in out
    assert "part-0000.jsonl" in out
    assert "dataset: skipped" in out and "build: stage(s) with errors" in out
    assert not (tmp_path / "build" / "dataset").exists()


def test_sharding_options_need_an_executor(tmp_path):
    from click.testing import CliRunner

    from spanbank.cli import main

    result = CliRunner().invoke(main, ["build", "--workers", "2", "--corpus", str(tmp_path)])
    assert result.exit_code == 2 and "--workers need --executor" in result.output
    result = CliRunner().invoke(main, ["ingest", str(tmp_path), "--executor", "local", "--executor-opt", "oops"])
    assert result.exit_code == 2 and "key=value" in result.output


def test_ingest_command_with_executor_writes_the_merged_corpus(corpus, tmp_path):
    one = tmp_path / "one.jsonl"
    two = tmp_path / "two.jsonl"
    subprocess.run([*SPANBANK, "ingest", str(corpus), "--out", str(one)], check=True, capture_output=True)
    proc = subprocess.run([*SPANBANK, "ingest", str(corpus), "--out", str(two), "--executor", "local",
                           "--workers", "2", "--work", str(tmp_path / "work")], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "24 shards on local" not in proc.stderr and "shards on local (0 already complete)" in proc.stderr
    assert _docs([one]) == _docs([two])


def test_ingest_on_ray_gives_the_same_corpus_as_one_process(corpus, tmp_path):
    """A real local Ray instance (started by `ray.init` in the spanbank process, as on a laptop
    without `ray start`) runs the shards; the merged corpus and predictions equal one process's."""
    pytest.importorskip("ray")
    one = tmp_path / "one.jsonl"
    subprocess.run([*SPANBANK, "ingest", str(corpus), "--out", str(one)], check=True, capture_output=True)
    env = {**os.environ, "RAY_AUTH_MODE": "disabled", "RAY_USAGE_STATS_ENABLED": "0"}
    env.pop("RAY_ADDRESS", None)
    ray_out = tmp_path / "ray.jsonl"
    proc = subprocess.run([*SPANBANK, "ingest", str(corpus), "--out", str(ray_out), "--executor", "ray",
                           "--workers", "2", "--tasks", "4", "--work", str(tmp_path / "work")],
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "4 shards on ray (0 already complete)" in proc.stderr
    assert _docs([one]) == _docs([ray_out])


# -- spanbank annotate --executor: one file in byte-range shards --------------------------------------


@pytest.mark.parametrize("gz", [False, True])
def test_line_ranges_cover_every_line_once_with_its_number(tmp_path, gz):
    import gzip

    from spanbank.scale_annotate import line_range

    lines = [f"line {i} " + "é" * (i % 7) + "x" * (i * 13 % 50) + "\n" for i in range(1, 200)]
    lines[10] = "\n"
    data = "".join(lines).encode()
    path = tmp_path / ("d.jsonl.gz" if gz else "d.jsonl")
    path.write_bytes(gzip.compress(data) if gz else data)
    for world in (1, 2, 3, 7, 64):
        got = sorted(item for r in range(world) for item in line_range(path, r, world))
        assert got == [(n, s.encode()) for n, s in enumerate(lines, 1)], world


def test_annotate_command_with_executor_matches_one_process(corpus, tmp_path):
    docs = tmp_path / "docs.jsonl"
    subprocess.run([*SPANBANK, "ingest", str(corpus), "--out", str(docs)], check=True, capture_output=True)
    with open(docs, "a", encoding="utf-8") as fh:  # a bad line and a duplicate id: errors in both modes
        fh.write("not json\n")
        fh.write(docs.read_text().splitlines()[5] + "\n")
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    p1 = subprocess.run([*SPANBANK, "annotate", str(docs), "--out", str(one), "--only", "quotes,claims"],
                        capture_output=True, text=True)
    p2 = subprocess.run([*SPANBANK, "annotate", str(docs), "--out", str(two), "--only", "quotes,claims",
                         "--executor", "local", "--workers", "2", "--tasks", "5", "--work", str(tmp_path / "w")],
                        capture_output=True, text=True)
    assert p1.returncode == 1 and p2.returncode == 1, p2.stderr
    n_lines = len(docs.read_text().splitlines())
    for p in (p1, p2):
        assert f"docs.jsonl:{n_lines - 1}" in p.stderr and "not JSON" in p.stderr
        assert f"docs.jsonl:{n_lines}" in p.stderr and "duplicate id" in p.stderr
    def strip(path):
        return [{k: v for k, v in a.to_dict().items() if k != "created"} for a in read_annotations(path)]
    assert strip(one) == strip(two)  # same order too: byte ranges keep the input order


# -- --executor slurm: options reach sbatch; the array tasks run; the rerun collects ---------------------

FAKE_SBATCH = """#!/bin/sh
n=$(ls "$FAKE_SLURM_DIR" | wc -l)
for a in "$@"; do last="$a"; done
cp "$last" "$FAKE_SLURM_DIR/submitted-$n.sh"
echo "Submitted batch job 424$n"
"""


def test_build_on_slurm_passes_options_and_collects_on_rerun(tmp_path):
    """sbatch and scontrol are stand-ins (no Slurm here); the array tasks are run the way Slurm would
    run them: `launch_pickled_pipeline` with SLURM_ARRAY_TASK_ID set, on the shared work folder."""

    bin_dir, sub = tmp_path / "bin", tmp_path / "submitted"
    bin_dir.mkdir()
    sub.mkdir()
    (bin_dir / "sbatch").write_text(FAKE_SBATCH)
    (bin_dir / "scontrol").write_text("#!/bin/sh\necho node1\n")
    for f in bin_dir.iterdir():
        f.chmod(0o755)
    write_corpus(tmp_path / "corpus" / "raw" / "synthetic", 100, per_file=25)
    env = {**os.environ, "PATH": f"{bin_dir}:{os.environ['PATH']}", "FAKE_SLURM_DIR": str(sub)}
    cmd = [*SPANBANK, "build", "--executor", "slurm", "--tasks", "3", "-X", "partition=cpu", "-X", "time=00:10:00",
           "-X", "cpus_per_task=2", "-X", 'sbatch_args={"account": "proj"}', "-X", "venv_path=/shared/venv/bin/activate"]
    first = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert first.returncode == 1
    assert "3 of 3 shards submitted to slurm as job 4240" in first.stderr and "run the same command again" in first.stderr
    script = (sub / "submitted-0.sh").read_text()
    for line in ("#SBATCH --partition=cpu", "#SBATCH --time=00:10:00", "#SBATCH --cpus-per-task=2",
                 "#SBATCH --account=proj", "#SBATCH --array=0-2\n", "source /shared/venv/bin/activate"):
        assert line in script
    pik = next((tmp_path / "build" / "shards").glob("*/logs/executor.pik"))
    # the script datatrove installs beside this interpreter (the venv need not be on PATH)
    launcher = Path(sys.executable).parent / "launch_pickled_pipeline"
    assert launcher.exists(), f"datatrove's launch_pickled_pipeline script is not in {launcher.parent}"
    for i in range(3):
        subprocess.run([str(launcher), str(pik)], cwd=tmp_path, check=True, capture_output=True,
                       env={**env, "SLURM_ARRAY_TASK_ID": str(i), "RUN_OFFSET": "0", "SLURM_NODELIST": "node1"})
    second = subprocess.run(cmd, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    assert "3 shards on slurm (3 already complete)" in second.stderr
    assert len(list(sub.iterdir())) == 2  # the job and datatrove's stats job; nothing submitted again
    docs = _docs([tmp_path / "build" / "documents.jsonl"])
    assert len(docs) > 100 and len({d["id"] for d in docs}) == len(docs)
    assert (tmp_path / "build" / "dataset" / "README.md").exists()
