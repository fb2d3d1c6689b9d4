"""Gold by policy on the three-annotator fixture (see tests/test_agreement.py for what each did)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from spanbank.adjudicate import Policy, adjudicate_directory, adjudicate_document
from spanbank.cli import main
from spanbank.model import Annotation, Document, Relation, read_annotations, validate_annotation
from tests.test_agreement import (
    ARTICLE,
    A,
    B,
    C,
    _docs_file,
    ann,
    documents,
    sp,
    write_three_annotators,
)


@pytest.fixture()
def folder(tmp_path) -> Path:
    return write_three_annotators(tmp_path / "annotations")


def gold_of(res, doc_id: str) -> Annotation:
    return next(g for g in res.gold if g.doc_id == doc_id)


def spans_of(g: Annotation) -> list[tuple[str, str]]:
    return [(s.label, s.text) for s in g.spans]


def conflicts_of(res, doc_id: str) -> list[dict]:
    return next((c["conflicts"] for c in res.conflicts if c["doc_id"] == doc_id), [])


def test_majority_overlap(folder, tmp_path, schema):
    res = adjudicate_directory(folder, _docs_file(tmp_path / "docs.jsonl"))
    assert res.ok, res.problems
    a1 = gold_of(res, "t/a1")
    # quote: 3 of 3 (boundaries 2:1 -> A's and B's); speaker Aliyev 2 of 3; "He" 1 of 3; CLAIM 2 of 3 but
    # with boundaries tied 1:1 -> left out; INDIRECT_QUOTE 1 of 3
    assert spans_of(a1) == [("SPEAKER", "Aliyev"), ("DIRECT_QUOTE", "We will not give up.")]
    assert a1.spans[0].attrs == {"name": "Ilham Aliyev"}  # "ilham  ALIYEV" is the same name
    assert [r.to_dict() for r in a1.relations] == [{"head": "g2", "tail": "g1", "label": "said_by"}]
    assert a1.meta["status"] == "adjudicated" and a1.meta["policy"] == "majority"
    assert a1.meta["annotators"] == ["a@example.org", "b@example.org", "c@example.org"]
    assert a1.meta["agreement"] == pytest.approx((6 / 7 + 2 / 5 + 2 / 6) / 3, abs=1e-6)
    assert a1.meta["conflicts"] == 1 and a1.created == "2026-01-02T00:00:00Z"
    types = {(c["type"], c["label"]) for c in conflicts_of(res, "t/a1")}
    assert {("boundary_tie", "CLAIM"), ("span_rejected", "SPEAKER"), ("span_rejected", "INDIRECT_QUOTE"),
            ("span_missing", "SPEAKER")} == types
    tie = next(c for c in conflicts_of(res, "t/a1") if c["type"] == "boundary_tie")
    assert tie["by"] == {A: [[63, 89]], B: [[63, 88]]} and tie["resolved"] is False
    # comments: labels by majority, the verdict tie on c4 is left null and listed
    c1 = gold_of(res, "t/c1")
    assert spans_of(c1) == [("INSULT", "idiot")]
    assert c1.labels == {"verdict": "violates_policy", "violations": ["INSULT"]}
    assert gold_of(res, "t/c2").labels == {"verdict": "acceptable", "violations": []}
    assert gold_of(res, "t/c3").labels["verdict"] == "acceptable"  # A's older SPAM vote is superseded
    c4 = gold_of(res, "t/c4")
    assert c4.labels["verdict"] is None and c4.spans == []
    c4_types = {c["type"]: c for c in conflicts_of(res, "t/c4")}
    assert set(c4_types) == {"verdict_tie", "violation_tie", "span_tie"}
    assert c4_types["verdict_tie"]["by"] == {A: "violates_policy", B: "acceptable"}
    assert c4.meta["conflicts"] == 3 and c4.meta["annotators"] == ["a@example.org", "b@example.org"]
    # a single annotator passes through
    a2 = gold_of(res, "t/a2")
    assert a2.meta["status"] == "single" and a2.meta["agreement"] is None and spans_of(a2) == [
        ("CLAIM", "The budget rose by 5 percent.")]
    # every gold record is valid against its document
    docs = {d.id: d for d in documents()}
    for g in res.gold:
        assert validate_annotation(g, schema, docs[g.doc_id]) == []
    # the files
    lines = (folder / "gold.jsonl").read_text().splitlines()
    assert [json.loads(x)["doc_id"] for x in lines] == sorted(g.doc_id for g in res.gold)
    conf = [json.loads(x) for x in (folder / "conflicts.jsonl").read_text().splitlines()]
    assert [c["doc_id"] for c in conf] == ["t/a1", "t/c4"]  # c1, c2: only disagreements the majority resolved
    assert [c["doc_id"] for c in res.conflicts] == ["t/a1", "t/c1", "t/c2", "t/c4"]
    assert conf[0]["origins"] == [A, B, C]
    assert json.loads((folder / "agreement.json").read_text())["alpha"]["verdict"]["alpha"] == pytest.approx(1 / 3, abs=1e-6)


def test_exact_matching_changes_what_agrees(folder):
    res = adjudicate_directory(folder, match="exact")
    a1 = gold_of(res, "t/a1")
    # exact: the quote is 2 (A, B) against C's 1; the CLAIMs are two different spans of 1 each
    assert spans_of(a1) == [("SPEAKER", "Aliyev"), ("DIRECT_QUOTE", "We will not give up.")]
    rejected = [c for c in conflicts_of(res, "t/a1") if c["type"] == "span_rejected"]
    assert sorted((c["label"], c["start"], c["end"]) for c in rejected) == [
        ("CLAIM", 63, 88), ("CLAIM", 63, 89), ("DIRECT_QUOTE", 13, 32), ("INDIRECT_QUOTE", 49, 61), ("SPEAKER", 35, 37)]
    c1 = gold_of(res, "t/c1")
    assert spans_of(c1) == [("INSULT", "idiot")] and c1.meta["match"] == "exact"


def test_union_and_intersection(folder):
    union = gold_of(adjudicate_directory(folder, policy="union"), "t/a1")
    assert spans_of(union) == [
        ("SPEAKER", "Aliyev"), ("DIRECT_QUOTE", "We will not give up."), ("SPEAKER", "He"),
        ("INDIRECT_QUOTE", "talks failed"), ("CLAIM", "The army is the strongest.")]  # tie -> covering extent
    assert sorted((r.head, r.tail) for r in union.relations) == [("g2", "g1"), ("g2", "g3")]
    assert union.labels == {} and union.meta["policy"] == "union"
    res = adjudicate_directory(folder, policy="intersection")
    inter = gold_of(res, "t/a1")
    assert spans_of(inter) == [("DIRECT_QUOTE", "We will not give up.")] and inter.relations == []
    assert spans_of(gold_of(res, "t/c1")) == [("INSULT", "idiot")]
    # document labels stay by majority whatever the span policy
    assert gold_of(res, "t/c1").labels["violations"] == ["INSULT"]


def test_intersection_of_tied_boundaries_is_the_shared_part():
    text = "The army is the strongest in the region."
    votes = [ann("d", A, text, [sp(text, "The army is the strongest", "CLAIM", "x")]),
             ann("d", B, text, [sp(text, "army is the strongest in the region.", "CLAIM", "y")])]
    g, conflicts = adjudicate_document("d", votes, None, Policy.parse("intersection"), threshold=0.3, text=text)
    assert spans_of(g) == [("CLAIM", "army is the strongest")]
    g, conflicts = adjudicate_document("d", votes, None, Policy.parse("majority"), threshold=0.3, text=text)
    assert g.spans == [] and [c["type"] for c in conflicts] == ["boundary_tie"]


def test_reviewer_policy(folder):
    res = adjudicate_directory(folder, policy="reviewer:c@example.org")
    a1 = gold_of(res, "t/a1")
    assert spans_of(a1) == [("DIRECT_QUOTE", "We will not give up"), ("SPEAKER", "He")]
    assert a1.spans[1].attrs == {"name": "Someone Else"}
    assert [r.to_dict() for r in a1.relations] == [{"head": "g1", "tail": "g2", "label": "said_by"}]
    assert a1.meta["status"] == "reviewed" and a1.meta["reviewer"] == "c@example.org"
    c4 = gold_of(res, "t/c4")  # C skipped c4: majority of A and B, which tie
    assert c4.meta["status"] == "adjudicated" and c4.labels["verdict"] is None
    assert Policy.parse("reviewer:human:c@example.org") == Policy("reviewer", "c@example.org")
    with pytest.raises(ValueError, match="unknown policy"):
        Policy.parse("loudest")


def test_review_annotation_becomes_gold(folder):
    t = ARTICLE
    review = ann("t/a1", "human:lead@example.org", t,
                 [sp(t, "We will not give up.", "DIRECT_QUOTE", "r1"), sp(t, "Aliyev", "SPEAKER", "r2", name="Ilham Aliyev"),
                  sp(t, "talks failed", "INDIRECT_QUOTE", "r3"), sp(t, "He", "SPEAKER", "r4", name="Ilham Aliyev")],
                 [Relation("r1", "r2", "said_by"), Relation("r3", "r4", "said_by")],
                 updated="2026-02-01T00:00:00Z", review=True)
    (folder / "review.jsonl").write_text(json.dumps(review.to_dict()) + "\n")
    res = adjudicate_directory(folder)
    a1 = gold_of(res, "t/a1")
    assert a1.meta["status"] == "reviewed" and a1.meta["reviewer"] == "lead@example.org"
    assert spans_of(a1) == [("SPEAKER", "Aliyev"), ("DIRECT_QUOTE", "We will not give up."), ("SPEAKER", "He"),
                            ("INDIRECT_QUOTE", "talks failed")]
    assert sorted((r.head, r.tail) for r in a1.relations) == [("g2", "g1"), ("g4", "g3")]
    assert a1.created == "2026-02-01T00:00:00Z"
    assert a1.meta["agreement"] == pytest.approx((6 / 7 + 2 / 5 + 2 / 6) / 3, abs=1e-6)  # the review does not vote
    assert res.agreement["documents"]["reviewed"] == 1


def test_relation_tie_is_listed_not_guessed():
    text = 'Aliyev said "no".'
    spans = lambda: [sp(text, "no", "DIRECT_QUOTE", "q"), sp(text, "Aliyev", "SPEAKER", "s")]  # noqa: E731
    votes = [ann("d", A, text, spans(), [Relation("q", "s", "said_by")]), ann("d", B, text, spans())]
    g, conflicts = adjudicate_document("d", votes, None, Policy("majority"), text=text)
    assert len(g.spans) == 2 and g.relations == []
    assert [(c["type"], c["label"], c["by"]) for c in conflicts] == [("relation_tie", "said_by", {A: True, B: False})]
    g, _ = adjudicate_document("d", votes, None, Policy("union"), text=text)
    assert [r.label for r in g.relations] == ["said_by"]


def test_same_inputs_same_bytes(tmp_path):
    outs = []
    for k, (split, reverse) in enumerate([(True, False), (True, False), (False, True)]):
        folder = write_three_annotators(tmp_path / f"run{k}", split=split, reverse=reverse)
        adjudicate_directory(folder, _docs_file(tmp_path / f"docs{k}.jsonl"))
        outs.append({n: (folder / n).read_bytes() for n in ("gold.jsonl", "conflicts.jsonl", "agreement.json")})
    assert outs[0] == outs[1]
    assert outs[0] == outs[2]  # one file instead of two, lines in reverse order


def test_changed_text_is_reanchored_and_unplaceable_spans_are_kept_and_listed(folder, tmp_path, schema):
    inputs_before = {p.name: p.read_bytes() for p in folder.glob("*.jsonl")}
    new_text = "UPDATED 😀 " + ARTICLE.replace("The army is the strongest.", "The army is large.")
    docs = [Document("t/a1", "article", new_text, article_id="t/a1", source="t")] + documents()[1:]
    path = tmp_path / "docs.jsonl"
    path.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in docs))
    res = adjudicate_directory(folder, path)
    assert res.counts["reanchored_annotations"] == 3
    assert res.counts["unanchored_spans"] == 2  # A's and B's CLAIM are gone from the text
    a1 = gold_of(res, "t/a1")
    assert validate_annotation(a1, schema, docs[0]) == []
    assert spans_of(a1) == [("SPEAKER", "Aliyev"), ("DIRECT_QUOTE", "We will not give up.")]
    assert a1.spans[1].start == ARTICLE.index("We will") + len("UPDATED 😀 ")
    unanchored = [c for c in conflicts_of(res, "t/a1") if c["type"] == "unanchored"]
    assert sorted(who for c in unanchored for who in c["by"]) == [A, B]
    assert all(span["attrs"]["unanchored"] is True for c in unanchored for span in c["by"].values())
    assert a1.meta["unanchored"] == 2 and a1.meta["conflicts"] == 2
    # the human annotations themselves are never rewritten
    assert {p.name: p.read_bytes() for p in folder.glob("*.jsonl") if p.name not in ("gold.jsonl", "conflicts.jsonl")} \
        == inputs_before


def test_cli_adjudicate(folder, tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["adjudicate", "--annotations", str(folder), "--policy", "union", "--match", "exact",
                               "--documents", str(_docs_file(tmp_path / "docs.jsonl"))])
    assert res.exit_code == 0, res.output
    assert "1 single" in res.output and "skipped/cancelled annotations (not voting): 1/1" in res.output
    gold = list(read_annotations(folder / "gold.jsonl"))
    assert {g.meta["policy"] for g in gold} == {"union"} and len(gold) == 6
    res = runner.invoke(main, ["adjudicate", "--annotations", str(folder), "--policy", "loudest"])
    assert res.exit_code == 2 and "unknown policy" in res.output


def test_cli_adjudicate_reports_bad_input_and_goes_on(folder, tmp_path):
    bad = ann("t/a2", B, "x", [sp("The NEWS", "NEWS", "HEADLINE", "h")])
    with (folder / "articles.jsonl").open("a") as fh:
        fh.write(json.dumps(bad.to_dict()) + "\n")
    docs = tmp_path / "docs.jsonl"
    docs.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in documents() if d.id != "t/c3"))
    res = CliRunner().invoke(main, ["adjudicate", "--annotations", str(folder), "--documents", str(docs)])
    assert res.exit_code == 1
    assert "articles.jsonl:5" in res.stderr and "unknown label 'HEADLINE'" in res.stderr
    assert "'t/c3'" in res.stderr and "no document with this id" in res.stderr
    gold = {g.doc_id: g for g in read_annotations(folder / "gold.jsonl")}
    assert gold["t/a2"].meta["status"] == "adjudicated" and len(gold) == 6  # the batch went on


def test_same_bytes_across_processes_whatever_the_hash_seed(tmp_path):
    """Set and dict orders differ between processes (PYTHONHASHSEED); the output must not."""
    import os
    import subprocess
    import sys

    digests = []
    for seed in ("1", "4242"):
        folder = write_three_annotators(tmp_path / f"run{seed}")
        docs = _docs_file(tmp_path / f"docs{seed}.jsonl")
        env = {**os.environ, "PYTHONHASHSEED": seed}
        r = subprocess.run([sys.executable, "-m", "spanbank.cli", "adjudicate", "--annotations", str(folder),
                            "--documents", str(docs)], capture_output=True, text=True, env=env)
        assert r.returncode in (0, 1), r.stderr
        digests.append({n: (folder / n).read_bytes() for n in ("gold.jsonl", "conflicts.jsonl", "agreement.json")})
    assert digests[0] == digests[1]
