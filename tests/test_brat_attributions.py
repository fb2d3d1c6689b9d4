"""scripts/brat_attributions.py: brat attribution files (PolNeAR, PARC style) -> `spanbank eval` gold.

The texts and annotations below are written for this test (no PolNeAR text is shipped)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from spanbank.evalrun import evaluate_file

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "brat_attributions.py"
spec = importlib.util.spec_from_file_location("brat_attributions", SCRIPT)
brat = importlib.util.module_from_spec(spec)
spec.loader.exec_module(brat)

TEXT = ("The mayor said the bridge would reopen in May.\n\n"
        "“We are on schedule,” she told reporters. “The money is there.”")


def _ann(text: str, rows: list[tuple[str, str, list[tuple[int, int]]]], events: list[str]) -> str:
    lines = []
    for tid, label, frags in rows:
        spec_ = ";".join(f"{a} {b}" for a, b in frags)
        lines.append(f"{tid}\t{label} {spec_}\t{' '.join(text[a:b] for a, b in frags)}")
    return "\n".join(lines + events) + "\n"


def _pos(sub: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(sub, start)
    return i, i + len(sub)


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    tdir, adir = tmp_path / "text", tmp_path / "attributions"
    tdir.mkdir()
    adir.mkdir()
    (tdir / "art1.txt").write_text(TEXT, encoding="utf-8")
    q1, q2 = _pos("“We are on schedule,”"), _pos("“The money is there.”")
    rows = [
        ("T1", "Source", [_pos("The mayor")]), ("T2", "Cue", [_pos("said")]),
        ("T3", "Content", [_pos("the bridge would reopen in May")]),
        ("T4", "Source", [_pos("she")]), ("T5", "Cue", [_pos("told")]),
        ("T6", "Content", [q1, q2]),  # a quotation split by its attribution: one discontinuous content
        ("T7", "Attribution", [_pos("said")]), ("T8", "Attribution", [_pos("told")]),
    ]
    events = ["E1\tAttribution:T7 Source:T1 Cue:T2 Content:T3", "E2\tAttribution:T8 Source:T4 Cue:T5 Content:T6"]
    (adir / "art1_ab12.ann").write_text(_ann(TEXT, rows, events), encoding="utf-8")
    return tdir, adir


def test_converts_events_to_gold_spans(corpus):
    items, problems = brat.convert(*corpus)
    assert problems == []
    (item,) = items
    assert item["id"] == "polnear:art1_ab12" and item["meta"]["annotator"] == "ab12"
    assert item["kind"] == "article" and item["lang"] == "en" and item["doc_labels"]["n_quotes"] == 2
    quotes = [s for s in item["spans"] if s["label"] == "quote"]
    assert [(q["text"], q["attrs"]["quote_type"], q["attrs"]["speaker"], q["attrs"]["part"]) for q in quotes] == [
        ("the bridge would reopen in May", "indirect", "The mayor", "0"),
        ("“We are on schedule,”", "direct", "she", "0"),
        ("“The money is there.”", "direct", "she", "1"),
    ]
    for s in item["spans"]:
        assert TEXT[s["start"]:s["end"]] == s["text"]
    assert sorted(s["text"] for s in item["spans"] if s["label"] == "cue") == ["said", "told"]


def test_main_writes_jsonl_that_spanbank_eval_scores(corpus, tmp_path):
    out = tmp_path / "gold.jsonl"
    assert brat.main([str(corpus[0]), str(corpus[1]), "--out", str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1
    res = evaluate_file(out, only={"quotes"})
    assert res.errors == []
    q = res.report["quotes"]
    allq = q["labels"]["ALL_QUOTES"]["0.3"]
    assert allq["n_gold"] == 3 and allq["recall"] == 1.0, allq
    assert q["speaker_accuracy"]["n"] == 3 and q["speaker_accuracy"]["accuracy"] == 1.0


def test_bad_files_are_reported_and_the_rest_converted(corpus, tmp_path):
    tdir, adir = corpus
    (adir / "art1_cd34.ann").write_text("T1\tSource 0 9\tThe mayer\n", encoding="utf-8")  # text mismatch
    (adir / "art1_ef56.ann").write_text("T1\tSource zero 9\tThe mayor\n", encoding="utf-8")  # malformed
    (adir / "missing_ab12.ann").write_text("", encoding="utf-8")  # no text file
    out = tmp_path / "gold.jsonl"
    assert brat.main([str(tdir), str(adir), "--out", str(out)]) == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1  # art1_ab12 still converted
    _items, problems = brat.convert(tdir, adir)
    assert any("art1_cd34.ann:1" in p and "The mayer" in p for p in problems), problems
    assert any("art1_ef56.ann:1" in p and "malformed" in p for p in problems), problems
    assert any("missing_ab12.ann" in p and "missing.txt" in p for p in problems), problems
