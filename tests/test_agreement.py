"""Agreement metrics on three annotators whose disagreements are constructed to known values.

The fixture (`write_three_annotators`, also used by test_adjudicate and test_report):

article ``t/a1`` (A, B, C):
  A: DIRECT_QUOTE "We will not give up." + SPEAKER "Aliyev" (said_by) + CLAIM "The army is the strongest."
  B: the same quote and speaker exactly; CLAIM without the final period; INDIRECT_QUOTE "talks failed"
  C: the quote without its period; SPEAKER "He" named "Someone Else" (said_by)
article ``t/a2``: A only (single).
comments ``t/c1``..``t/c4`` verdicts (v = violates_policy, a = acceptable):
  c1 v[INSULT] v[INSULT] v[INSULT, PROFANITY]; c2 a a v[INSULT]; c3 a a a; c4 v[INSULT] a (C skipped)
  A annotated c3 twice: the older says v[SPAM], the latest (kept) says a.
  C's annotation of c2 is followed by a cancelled one of c1 by D (does not vote).
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import krippendorff
import numpy as np
import pytest
from click.testing import CliRunner

from spanbank.agreement import (
    F1Count,
    compute_agreement,
    jaccard,
    krippendorff_alpha_nominal,
    load_annotation_set,
    match_spans,
)
from spanbank.cli import main
from spanbank.model import Annotation, Document, Relation, Span, sha256_text

A, B, C = "human:a@example.org", "human:b@example.org", "human:c@example.org"

ARTICLE = ('Aliyev said "We will not give up." He added that talks failed. '
           "The army is the strongest. Nothing else happened.")
ARTICLE2 = "Officials said nothing. The budget rose by 5 percent."
COMMENTS = {
    "t/c1": "You idiot, this is damn wrong.",
    "t/c2": "I disagree with the minister.",
    "t/c3": "Thanks for the article.",
    "t/c4": "Clowns, all of them.",
}


def sp(text: str, sub: str, label: str, id: str, nth: int = 0, cut: int = 0, **attrs) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(sub, start + 1)
    end = start + len(sub) - cut
    return Span(id, start, end, label, text[start:end], dict(attrs))


def ann(doc_id: str, origin: str, text: str, spans=(), relations=(), labels=None, updated="2026-01-01T00:00:00Z",
        **meta) -> Annotation:
    m = {"ls_project": 1, "status": "completed", "text_sha256": sha256_text(text), "updated_at": updated,
         "review": False, "flags": []}
    m.update(meta)
    return Annotation(doc_id, origin, list(spans), list(relations), labels or {}, updated, m)


def documents() -> list[Document]:
    docs = [Document("t/a1", "article", ARTICLE, article_id="t/a1", source="t"),
            Document("t/a2", "article", ARTICLE2, article_id="t/a2", source="t")]
    for i, (cid, text) in enumerate(sorted(COMMENTS.items()), 1):
        docs.append(Document(cid, "comment", text, article_id="t/a1", source="t", position=i))
    return docs


def three_annotator_records() -> list[Annotation]:
    t = ARTICLE
    recs = [
        ann("t/a1", A, t, [sp(t, "We will not give up.", "DIRECT_QUOTE", "q"), sp(t, "Aliyev", "SPEAKER", "s", name="Ilham Aliyev"),
                           sp(t, "The army is the strongest.", "CLAIM", "c")],
            [Relation("q", "s", "said_by")]),
        ann("t/a1", B, t, [sp(t, "We will not give up.", "DIRECT_QUOTE", "q1"), sp(t, "Aliyev", "SPEAKER", "s1", name="ilham  ALIYEV"),
                           sp(t, "The army is the strongest.", "CLAIM", "c1", cut=1),
                           sp(t, "talks failed", "INDIRECT_QUOTE", "iq")],
            [Relation("q1", "s1", "said_by")], updated="2026-01-02T00:00:00Z"),
        ann("t/a1", C, t, [sp(t, "We will not give up.", "DIRECT_QUOTE", "x", cut=1), sp(t, "He", "SPEAKER", "y", name="Someone Else")],
            [Relation("x", "y", "said_by")]),
        ann("t/a2", A, ARTICLE2, [sp(ARTICLE2, "The budget rose by 5 percent.", "CLAIM", "c")]),
    ]
    v = {"verdict": "violates_policy"}
    ok = {"verdict": "acceptable", "violations": []}
    c1, c2, c3, c4 = (COMMENTS[k] for k in ("t/c1", "t/c2", "t/c3", "t/c4"))
    recs += [
        ann("t/c1", A, c1, [sp(c1, "idiot", "INSULT", "i")], labels={**v, "violations": ["INSULT"]}),
        ann("t/c1", B, c1, [sp(c1, "idiot", "INSULT", "i")], labels={**v, "violations": ["INSULT"]}),
        ann("t/c1", C, c1, [sp(c1, "You idiot", "INSULT", "i"), sp(c1, "damn", "PROFANITY", "p")],
            labels={**v, "violations": ["INSULT", "PROFANITY"]}),
        ann("t/c2", A, c2, labels=ok), ann("t/c2", B, c2, labels=ok),
        ann("t/c2", C, c2, [sp(c2, "I disagree with the minister.", "INSULT", "i")], labels={**v, "violations": ["INSULT"]}),
        ann("t/c3", A, c3, labels={**v, "violations": ["SPAM"]}, updated="2026-01-01T00:00:00Z"),
        ann("t/c3", A, c3, labels=ok, updated="2026-01-05T00:00:00Z"),
        ann("t/c3", B, c3, labels=ok), ann("t/c3", C, c3, labels=ok),
        ann("t/c4", A, c4, [sp(c4, "Clowns", "INSULT", "i")], labels={**v, "violations": ["INSULT"]}),
        ann("t/c4", B, c4, labels=ok),
        ann("t/c4", C, c4, labels={}, status="skipped"),
        ann("t/c1", "human:d@example.org", c1, labels=ok, status="cancelled"),
    ]
    return recs


def write_three_annotators(folder: Path, *, split: bool = True, reverse: bool = False) -> Path:
    """Write the fixture as pulled project files (two projects), plus files the reader must ignore."""
    folder.mkdir(parents=True, exist_ok=True)
    recs = three_annotator_records()
    if reverse:
        recs = recs[::-1]
    files = {"articles.jsonl": [r for r in recs if "/a" in r.doc_id],
             "comments.jsonl": [r for r in recs if "/c" in r.doc_id]} if split else {"all.jsonl": recs}
    for name, rs in files.items():
        (folder / name).write_text("".join(json.dumps(r.to_dict()) + "\n" for r in rs), encoding="utf-8")
    (folder / "raw").mkdir(exist_ok=True)
    (folder / "raw" / "export.jsonl").write_text('{"doc_id": "t/zzz", "origin": "human:x@example.org"}\n')
    (folder / "labelstudio.json").write_text("{}")
    return folder


@pytest.fixture()
def three(tmp_path) -> Path:
    return write_three_annotators(tmp_path / "annotations")


def _docs_file(path: Path) -> Path:
    path.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in documents()), encoding="utf-8")
    return path


# -- matching -------------------------------------------------------------------------------------------


def test_jaccard_and_greedy_one_to_one_matching():
    a = [Span("a1", 0, 10, "CLAIM", ""), Span("a2", 20, 30, "CLAIM", "")]
    b = [Span("b1", 0, 9, "CLAIM", ""), Span("b2", 5, 25, "CLAIM", ""), Span("b3", 20, 30, "INSULT", "")]
    assert jaccard(a[0], b[0]) == pytest.approx(0.9)
    assert jaccard(a[0], b[1]) == pytest.approx(5 / 25)
    assert jaccard(a[0], Span("z", 10, 12, "CLAIM", "")) == 0.0  # touching is not overlapping
    assert match_spans(a, b, "overlap", 0.5) == [(0, 0)]  # b2 overlaps both but only by 0.2 / 0.333
    assert match_spans(a, b, "overlap", 0.2) == [(0, 0), (1, 1)]  # a1 keeps its best match, a2 takes b2
    assert match_spans(a, b, "exact") == []
    assert match_spans(a, [Span("x", 20, 30, "CLAIM", "")], "exact") == [(1, 0)]
    with pytest.raises(ValueError):
        match_spans(a, b, "fuzzy")


# -- alpha ----------------------------------------------------------------------------------------------


def test_alpha_hand_computed_case():
    # units: (v,v,v) (a,a,v) (a,a,a) (v,a,-): o_aa=4, o_vv=3, o_av=o_va=2, n_a=6, n_v=5, n=11
    # alpha = 1 - (n-1)(o_av+o_va) / (n^2 - n_a^2 - n_v^2) = 1 - 10*4/60 = 1/3
    data = [["v", "a", "a", "v"], ["v", "a", "a", "a"], ["v", "v", "a", None]]
    assert krippendorff_alpha_nominal(data) == pytest.approx(1 / 3)


@pytest.mark.parametrize("seed", range(6))
def test_alpha_matches_the_krippendorff_package(seed):
    rng = np.random.default_rng(seed)
    data = rng.integers(0, 3 + seed % 2, size=(3 + seed % 3, 25)).astype(float)
    data[rng.random(data.shape) < 0.2] = np.nan
    ours = krippendorff_alpha_nominal([[None if math.isnan(x) else int(x) for x in row] for row in data])
    theirs = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    assert ours == pytest.approx(theirs, abs=1e-12)


def test_alpha_undefined_cases():
    assert krippendorff_alpha_nominal([["a", "a"], ["a", "a"]]) is None  # one value only
    assert krippendorff_alpha_nominal([["a", None], [None, "b"]]) is None  # no unit with two values
    assert krippendorff_alpha_nominal([[1, 0], [1, 0]]) == pytest.approx(1.0)


# -- the three-annotator report ---------------------------------------------------------------------


def test_reading_keeps_latest_and_counts_what_does_not_vote(three):
    aset = load_annotation_set(three)
    assert aset.annotators == [A, B, C]
    assert aset.counts["skipped"] == 1 and aset.counts["cancelled"] == 1 and aset.counts["superseded"] == 1
    c3_a = next(a for a in aset.votes["t/c3"] if a.origin == A)
    assert c3_a.labels["verdict"] == "acceptable"  # the later one
    assert "t/zzz" not in aset.votes  # raw/ is never read
    assert sorted(a.origin for a in aset.votes["t/c4"]) == [A, B]


def test_span_f1_per_label_and_overall(three, schema):
    rep = compute_agreement(load_annotation_set(three), threshold=0.5, labels=schema.label_names)
    ex, ov = rep["span_f1"]["exact"], rep["span_f1"]["overlap"]
    # article a1 -- exact: A-B match q and s (M=2 of 7 spans); A-C and B-C nothing.
    # comments -- exact: c1 A-B INSULT "idiot" (M=1 of 2); c1 A-C, B-C 0 of 3 each; c2 A-C, B-C 0 of 1;
    # c4 A-B 0 of 1.  Total M = 3, spans = 7+5+6 + 2+3+3 + 1+1 + 1 = 29
    assert ex["overall"] == {"f1": pytest.approx(6 / 29, abs=1e-6), "matched": 3, "spans": 29}
    # overlap adds: a1 A-B CLAIM, A-C and B-C quote (19/20 chars); c1 "idiot" vs "You idiot" (5/9 >= .5) twice
    assert ov["overall"]["matched"] == 3 + 1 + 2 + 2
    assert ov["overall"]["f1"] == pytest.approx(16 / 29, abs=1e-6)
    assert ex["per_label"]["DIRECT_QUOTE"]["f1"] == pytest.approx(1 / 3, abs=1e-6)
    assert ov["per_label"]["DIRECT_QUOTE"]["f1"] == pytest.approx(1.0)
    assert ex["per_label"]["CLAIM"]["f1"] == 0.0
    assert ov["per_label"]["CLAIM"]["f1"] == pytest.approx(0.5)  # a1 pairs: A-B 1 match of 2, A-C 0/1, B-C 0/1
    assert ex["per_label"]["INDIRECT_QUOTE"]["f1"] == 0.0
    assert list(ex["per_label"])[:4] == ["DIRECT_QUOTE", "INDIRECT_QUOTE", "SPEAKER", "CLAIM"]  # schema order
    assert "t/a2" not in rep["per_document"]  # a single annotator has no agreement
    assert rep["per_document"]["t/a1"] == pytest.approx((6 / 7 + 2 / 5 + 2 / 6) / 3, abs=1e-6)
    assert rep["per_document"]["t/c3"] is None  # nobody marked a span


def test_speaker_alpha_and_each_against_the_rest(three, schema):
    rep = compute_agreement(load_annotation_set(three), violation_labels=schema.violation_labels)
    # matched quotes: A-B (Ilham Aliyev == ilham  ALIYEV after normalising), A-C and B-C disagree
    assert rep["speaker"] == {"agree": 1, "pairs": 3, "rate": pytest.approx(1 / 3, abs=1e-6)}
    assert rep["alpha"]["verdict"]["alpha"] == pytest.approx(1 / 3, abs=1e-6)
    assert rep["alpha"]["verdict"]["units"] == 4
    # INSULT per comment: c1 (T,T,T) c2 (F,F,T) c3 (F,F,F) c4 (T,F,-): the same shape as the verdict
    assert rep["alpha"]["violations"]["INSULT"]["alpha"] == pytest.approx(1 / 3, abs=1e-6)
    # PROFANITY: only C on c1 says yes
    prof = krippendorff.alpha(reliability_data=[[0, 0, 0, 0], [0, 0, 0, 0], [1, 0, 0, np.nan]],
                              level_of_measurement="nominal")
    assert rep["alpha"]["violations"]["PROFANITY"]["alpha"] == pytest.approx(prof, abs=1e-6)
    assert rep["alpha"]["violations"]["SPAM"]["alpha"] is None  # the superseded SPAM vote is gone
    rest = rep["annotator_vs_rest"]
    # C against A and B, overlap: a1 1 of 5 and 1 of 6; c1 1 of 3 twice; c2 0 of 1 twice -> M=4 of 19
    assert rest[C]["overlap_f1"] == pytest.approx(8 / 19, abs=1e-6)
    # verdicts: A agrees with B on c1 c2 c3, not c4; with C on c1 c3 -> 5 of 7
    assert rest[A]["verdict_agreement"] == pytest.approx(5 / 7, abs=1e-6)
    assert rest[C]["verdict_agreement"] == pytest.approx(4 / 6, abs=1e-6)


def test_f1count_empty_is_undefined():
    assert F1Count().f1 is None


def test_agree_cli_json_and_text(three):
    runner = CliRunner()
    res = runner.invoke(main, ["agree", "--annotations", str(three), "--json"])
    assert res.exit_code == 0, res.output
    rep = json.loads(res.output)
    assert rep["annotators"] == [A, B, C]
    assert rep["alpha"]["verdict"]["alpha"] == pytest.approx(1 / 3, abs=1e-6)
    res = runner.invoke(main, ["agree", "--annotations", str(three), "--threshold", "0.99"])
    assert res.exit_code == 0, res.output
    assert "DIRECT_QUOTE" in res.output and "1 skipped, 1 cancelled, 1 superseded" in res.output


def test_agree_cli_names_bad_lines_and_goes_on(three):
    with (three / "comments.jsonl").open("a") as fh:
        fh.write("{not json\n")
        fh.write(json.dumps({"doc_id": "t/c3", "origin": B, "spans": [{"id": "z", "start": 5, "end": 2,
                                                                      "label": "INSULT", "text": ""}]}) + "\n")
    res = CliRunner().invoke(main, ["agree", "--annotations", str(three), "--json"])
    assert res.exit_code == 1
    assert "comments.jsonl:15" in res.stderr and "not JSON" in res.stderr
    assert "comments.jsonl:16" in res.stderr and "offsets 5..2" in res.stderr
    assert json.loads(res.stdout)["annotators"] == [A, B, C]


def test_agree_cli_missing_folder(tmp_path):
    res = CliRunner().invoke(main, ["agree", "--annotations", str(tmp_path / "nope")])
    assert res.exit_code != 0 and "no such annotations folder" in res.output
