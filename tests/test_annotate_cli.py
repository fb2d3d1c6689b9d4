"""`spanbank annotate` / `spanbank eval` and their library functions, with small real annotators
defined here (subclasses of Annotator registered through the real registry)."""

from __future__ import annotations

import gzip
import json
import re

import pytest
from click.testing import CliRunner

from spanbank.annotate import AnnotateStep, annotate_file
from spanbank.annotators import REGISTRY
from spanbank.annotators.base import Annotator
from spanbank.cli import main
from spanbank.evalrun import evaluate_file
from spanbank.model import Annotation, Document, Relation, Span, read_annotations, validate_annotation

# -- small annotators -----------------------------------------------------------------------------


class TinyQuotes(Annotator):
    """“…”, said Name / „…“, sagte Name."""

    name = "quotes"
    version = "test1"
    layers = ("attribution",)
    PATTERN = re.compile(r"[“„]([^“”„]+)[”“],? (said|sagte) (\w+)")

    def annotate(self, doc: Document) -> Annotation:
        ann = self.new_annotation(doc)
        for i, m in enumerate(self.PATTERN.finditer(doc.text)):
            q = Span.over(doc.text, m.start(1), m.end(1), "DIRECT_QUOTE", f"q{i}", speaker=m.group(3))
            c = Span.over(doc.text, m.start(2), m.end(2), "CUE", f"c{i}")
            s = Span.over(doc.text, m.start(3), m.end(3), "SPEAKER", f"s{i}")
            ann.spans += [q, c, s]
            ann.relations += [Relation(q.id, s.id, "said_by"), Relation(q.id, c.id, "cue")]
        return ann


class TinyClaims(Annotator):
    """A CLAIM over every sentence with a digit."""

    name = "claims"
    version = "test1"
    layers = ("claims",)

    def annotate(self, doc: Document) -> Annotation:
        ann = self.new_annotation(doc)
        for i, m in enumerate(re.finditer(r"[^.!?\s][^.!?]*[.!?]?", doc.text)):
            if re.search(r"\d", m.group(0)):
                ann.spans.append(Span.over(doc.text, m.start(), m.end(), "CLAIM", f"k{i}"))
        return ann


class TinyPolicy(Annotator):
    """INSULT on idiot(s); the verdict follows."""

    name = "policy"
    version = "test1"
    applies_to = ("comment",)
    layers = ("policy",)

    def annotate(self, doc: Document) -> Annotation:
        ann = self.new_annotation(doc)
        for i, m in enumerate(re.finditer(r"\bidiots?\b", doc.text, re.I)):
            ann.spans.append(Span.over(doc.text, m.start(), m.end(), "INSULT", f"p{i}"))
        ann.labels = {"violations": ["INSULT"] if ann.spans else [],
                      "verdict": "violates_policy" if ann.spans else "acceptable"}
        return ann


class OffByOneQuotes(TinyQuotes):
    """A buggy annotator: its second span's text does not match the document text."""

    version = "buggy"

    def annotate(self, doc: Document) -> Annotation:
        ann = super().annotate(doc)
        if len(ann.spans) > 1:
            bad = ann.spans[1]
            ann.spans[1] = Span(bad.id, bad.start + 1, bad.end + 1, bad.label, bad.text)
        return ann


class Exploding(Annotator):
    name = "explode"
    layers = ("claims",)

    def annotate(self, doc: Document) -> Annotation:
        raise RuntimeError(f"cannot handle {doc.id}")


@pytest.fixture()
def tiny_registry(monkeypatch):
    for key, cls in (("quotes", "TinyQuotes"), ("claims", "TinyClaims"), ("policy", "TinyPolicy")):
        monkeypatch.setitem(REGISTRY, key, f"tests.test_annotate_cli:{cls}")


def _write_lines(path, lines):
    path.write_text("\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines) + "\n",
                    encoding="utf-8")
    return path


ARTICLE = {"id": "a1", "text": "“We have 100 tanks,” said Aliyev. Talks go on."}
COMMENT = {"id": "a1#c1", "kind": "comment", "article_id": "a1", "text": "You idiot, it was 3 tanks."}


# -- annotate ---------------------------------------------------------------------------------------


def test_annotate_cli_good_and_bad_lines(tmp_path, tiny_registry, schema):
    docs = _write_lines(tmp_path / "docs.jsonl", [
        ARTICLE,
        "{not json",
        {"id": "no-text"},
        COMMENT,
        {"id": "k", "text": "t", "kind": "tweet"},
        {"id": "a1", "text": "the same id again"},
    ])
    out = tmp_path / "pred.jsonl"
    res = CliRunner().invoke(main, ["annotate", str(docs), "--out", str(out)])
    assert res.exit_code == 1, res.output
    for line in (2, 3, 5, 6):
        assert f"docs.jsonl:{line}:" in res.stderr
    assert "duplicate id (first at line 1)" in res.stderr
    anns = list(read_annotations(out))
    assert [(a.doc_id, a.origin) for a in anns] == [
        ("a1", "rules:quotes@test1"), ("a1", "rules:claims@test1"),
        ("a1#c1", "rules:quotes@test1"), ("a1#c1", "rules:claims@test1"), ("a1#c1", "rules:policy@test1"),
    ]
    quote = anns[0].spans[0]
    assert (quote.label, quote.text, quote.attrs["speaker"]) == ("DIRECT_QUOTE", "We have 100 tanks,", "Aliyev")
    assert anns[4].labels == {"violations": ["INSULT"], "verdict": "violates_policy"}
    docs_by_id = {d["id"]: Document.from_dict(d) for d in (ARTICLE, COMMENT)}
    for a in anns:
        assert validate_annotation(a, schema, docs_by_id[a.doc_id]) == []
    assert "attribution/DIRECT_QUOTE: 1 spans" in res.stderr
    assert "policy/INSULT: 1 spans" in res.stderr
    assert "verdict=violates_policy: 1 documents" in res.stderr


def test_annotate_cli_only_and_json_summary(tmp_path, tiny_registry):
    docs = _write_lines(tmp_path / "docs.jsonl", [ARTICLE, COMMENT])
    out = tmp_path / "pred.jsonl.gz"
    res = CliRunner().invoke(main, ["annotate", str(docs), "--out", str(out), "--only", "policy", "--json"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout)
    assert summary["documents"] == 2 and summary["annotations"] == 1
    assert summary["spans"] == {"policy/INSULT": 1}
    assert summary["errors"] == []
    with gzip.open(out, "rt", encoding="utf-8") as fh:
        recs = [json.loads(x) for x in fh]
    assert [r["doc_id"] for r in recs] == ["a1#c1"]


def test_annotate_cli_unknown_annotator(tmp_path, tiny_registry):
    docs = _write_lines(tmp_path / "docs.jsonl", [ARTICLE])
    res = CliRunner().invoke(main, ["annotate", str(docs), "--out", str(tmp_path / "p.jsonl"), "--only", "quotes,nope"])
    assert res.exit_code == 2
    assert "unknown nope" in res.output
    assert not (tmp_path / "p.jsonl").exists()


def test_invalid_spans_are_reported_and_left_out(tmp_path, schema):
    docs = _write_lines(tmp_path / "docs.jsonl", [ARTICLE])
    out = tmp_path / "pred.jsonl"
    summary = annotate_file(docs, out, annotators=[OffByOneQuotes(), Exploding(), TinyClaims()], schema=schema)
    assert not summary.ok
    messages = [str(p) for p in summary.errors]
    assert any("docs.jsonl:1" in m and "span 'c0'" in m and "rules:quotes@buggy" in m for m in messages), messages
    assert any("docs.jsonl:1" in m and "rules:explode@1 failed: RuntimeError: cannot handle a1" in m for m in messages)
    assert summary.dropped_spans == 1
    anns = list(read_annotations(out))
    assert [a.origin for a in anns] == ["rules:quotes@buggy", "rules:claims@test1"]
    buggy = anns[0]
    assert [s.id for s in buggy.spans] == ["q0", "s0"]  # the bad cue span is gone ...
    assert [(r.head, r.tail) for r in buggy.relations] == [("q0", "s0")]  # ... and its relation
    assert validate_annotation(buggy, schema, Document.from_dict(ARTICLE)) == []


def test_annotate_step_in_a_pipeline(schema):
    step = AnnotateStep(annotators=[TinyQuotes(), TinyPolicy()], schema=schema)
    docs = [Document.from_dict(ARTICLE), Document.from_dict(COMMENT)]
    anns = list(step.run(iter(docs)))
    assert [(a.doc_id, a.origin) for a in anns] == [
        ("a1", "rules:quotes@test1"), ("a1#c1", "rules:quotes@test1"), ("a1#c1", "rules:policy@test1")]
    assert step.summary.documents == 2 and step.summary.ok
    assert step.summary.spans[("attribution", "SPEAKER")] == 1


# -- eval -------------------------------------------------------------------------------------------

DE_TEXT = "„Wir bauen 100 Brücken“, sagte Müller. Er meinte, dass alles gut sei."


def _span(text, sub, label, **attrs):
    start = text.index(sub)
    return {"start": start, "end": start + len(sub), "label": label, "text": sub, "attrs": attrs}


def tiny_gold() -> list[dict]:
    t = DE_TEXT
    items = [{
        "id": "t:de1", "source": "t", "kind": "article", "lang": "de", "text": t,
        "spans": [
            _span(t, "„Wir bauen 100 Brücken“", "quote", quote_type="direct", speaker="Minister Müller", rel="Q0"),
            _span(t, "sagte", "cue", rel="Q0"), _span(t, "Müller", "speaker", rel="Q0"),
            _span(t, "alles gut sei", "quote", quote_type="indirect", speaker="Er", rel="Q1"),
            _span(t, "meinte", "cue", rel="Q1"), _span(t, "Er", "speaker", rel="Q1"),
        ],
        "doc_labels": {"n_quotes": 2},
    }]
    for i, (text, cw) in enumerate([("The army has 100 tanks.", True), ("I love this country.", False),
                                    ("We will win 3 times.", False), ("Taxes rose sharply.", True)]):
        items.append({"id": f"t:s{i}", "source": "t", "kind": "sentence", "lang": "en", "text": text,
                      "spans": [], "doc_labels": {"check_worthy": cw}})
    c1, c2, c3 = "You idiot, go away.", "Shut up, idiots.", "What a lovely day."
    items += [
        {"id": "t:c1", "source": "t", "kind": "comment", "text": c1, "spans": [_span(c1, "idiot", "insult")],
         "doc_labels": {"toxic": True, "span_labels": ["insult"], "semeval2021_spans": [[4, 9]]}},
        {"id": "t:c2", "source": "t", "kind": "comment", "text": c2, "spans": [_span(c2, "Shut up, idiots", "insult")],
         "doc_labels": {"toxic": True, "span_labels": ["insult"], "semeval2021_spans": None}},
        {"id": "t:c3", "source": "t", "kind": "comment", "text": c3, "spans": [],
         "doc_labels": {"toxic": False, "span_labels": []}},
        {"id": "t:h1", "source": "t", "kind": "comment", "text": "They should all leave the country.",
         "spans": [], "doc_labels": {"hateful": True}},
        {"id": "t:h2", "source": "t", "kind": "comment", "text": "Great idiot-proof design.",
         "spans": [], "doc_labels": {"hateful": False}},
    ]
    return items


def test_eval_cli_on_tiny_gold(tmp_path, tiny_registry):
    gold = _write_lines(tmp_path / "gold.jsonl", tiny_gold())
    res = CliRunner().invoke(main, ["eval", str(gold), "--json", "--only", "quotes,claims,policy"])
    assert res.exit_code == 0, res.output
    r = json.loads(res.stdout)
    assert r["items"] == 10
    q = r["quotes"]["labels"]
    for thr in ("0.3", "0.8", "exact"):  # gold „…“ and predicted inner words match once trimmed
        assert q["DIRECT_QUOTE"][thr]["f1"] == 1.0
        assert q["INDIRECT_QUOTE"][thr]["recall"] == 0.0 and q["INDIRECT_QUOTE"][thr]["n_pred"] == 0
    assert q["ALL_QUOTES"]["0.3"]["precision"] == 1.0 and q["ALL_QUOTES"]["0.3"]["recall"] == 0.5
    assert q["ALL_QUOTES"]["0.3"]["f1"] == pytest.approx(2 / 3)
    assert (q["SPEAKER"]["exact"]["precision"], q["SPEAKER"]["exact"]["recall"]) == (1.0, 0.5)
    assert (q["CUE"]["exact"]["precision"], q["CUE"]["exact"]["recall"]) == (1.0, 0.5)
    assert r["quotes"]["speaker_accuracy"] == {"accuracy": 1.0, "n": 1, "correct": 1, "matched_without_gold_speaker": 0}
    assert r["quotes"]["recall_at_0.3_by_gold_type"] == {"direct": {"n": 1, "recall": 1.0},
                                                         "indirect": {"n": 1, "recall": 0.0}}
    c = r["claims"]["positive"]
    assert (c["tp"], c["fp"], c["fn"], c["f1"]) == (1, 1, 1, 0.5)
    p = r["policy"]
    assert p["span_items"] == 3
    # posts: 1.0 (exact), 2*1*(6/15)/(1+6/15) = 0.5714 (idiots inside 'Shut up, idiots'), 1.0 (both empty)
    assert p["char_f1_typed_union"] == pytest.approx((1 + 8 / 14 + 1) / 3)
    assert p["char_f1_semeval2021"] == 1.0 and p["semeval2021_items"] == 1
    ins = p["labels"]["INSULT"]
    assert (ins["micro_tp"], ins["micro_fp"], ins["micro_fn"]) == (11, 0, 9)
    assert ins["posts"] == 2 and ins["char_f1_posts"] == pytest.approx((1 + 8 / 14) / 2)
    assert p["document"]["toxic"]["f1"] == 1.0 and p["document"]["toxic"]["n_neg"] == 1
    hateful = p["document"]["hateful"]
    assert (hateful["tp"], hateful["fp"], hateful["fn"], hateful["f1"]) == (0, 1, 1, 0.0)
    assert r["errors"] == []
    text = CliRunner().invoke(main, ["eval", str(gold), "--only", "claims"])
    assert text.exit_code == 0
    assert "positive class: P 0.500  R 0.500  F1 0.500" in text.stdout


def test_eval_bad_line_names_file_and_line(tmp_path, tiny_registry):
    items = tiny_gold()[1:3]
    broken = dict(items[0], spans=[{"start": 0, "end": 3, "label": "claim", "text": "XYZ"}])
    gold = _write_lines(tmp_path / "gold.jsonl", [items[0], broken, "[1, 2]", items[1]])
    res = CliRunner().invoke(main, ["eval", str(gold), "--json"])
    assert res.exit_code == 1
    r = json.loads(res.stdout)
    assert r["claims"]["items"] == 2  # the good lines are still scored
    assert any("gold.jsonl:2" in e and "text[0:3] is 'The', not 'XYZ'" in e for e in r["errors"])
    assert any("gold.jsonl:3" in e for e in r["errors"])
    assert "gold.jsonl: 2 bad item(s) or annotator error(s)" in res.stderr


def test_eval_says_when_an_annotator_is_missing(tmp_path, tiny_registry, monkeypatch):
    monkeypatch.setitem(REGISTRY, "claims", "tests.test_annotate_cli:NoSuchAnnotator")
    gold = _write_lines(tmp_path / "gold.jsonl", tiny_gold()[1:3])
    res = CliRunner().invoke(main, ["eval", str(gold)])
    assert res.exit_code == 1
    assert "claims: NOT MEASURED: the claims annotator is not available" in res.stdout
    assert "positive class" not in res.stdout


def _extract_paragraphs(html: str, url: str | None = None) -> dict:
    """A real (if naive) extractor for the test: the text of <p> elements, comments from <li>."""
    paras = re.findall(r"<p>(.*?)</p>", html)
    return {"text": "\n\n".join(paras), "comments": [(None, c) for c in re.findall(r"<li>(.*?)</li>", html)]}


def test_eval_html_items(tmp_path):
    html = "<html><body><nav>Home Menu</nav><p>Alpha beta gamma.</p><p>Delta.</p><ul><li>Nice one</li></ul></body></html>"
    gold = _write_lines(tmp_path / "gold.jsonl", [
        {"id": "h:1", "source": "h", "kind": "html", "html": html, "text_gold": "Alpha beta gamma. Epsilon.",
         "spans": [], "doc_labels": {}, "meta": {"url": "http://example.org/a"}},
        {"id": "h:2", "source": "h", "kind": "html", "html": html, "text_gold": None, "spans": [],
         "doc_labels": {"must_contain": ["beta  gamma", "Zeta"], "must_not_contain": ["Home Menu"],
                        "comments_contain": ["Nice one"]}},
    ])
    res = evaluate_file(gold, extract=_extract_paragraphs)
    assert res.ok, res.errors
    h = res.report["html"]
    # extracted tokens: Alpha beta gamma. Delta.  gold: Alpha beta gamma. Epsilon.  -> tp 3, fp 1, fn 1
    assert h["token_micro"]["tp"] == 3 and h["token_mean"]["f1"] == pytest.approx(0.75)
    assert h["must_contain_found"] == 0.5
    assert h["must_not_contain_absent"] == 1.0
    assert h["comments_contain_found"] == 1.0


def test_eval_html_with_the_real_ingest(tmp_path):
    from spanbank.evalrun import load_extractor

    extract, why = load_extractor()
    if extract is None:
        pytest.fail(f"spanbank.ingest.extract_html should exist: {why}")
    body = " ".join(f"Sentence number {i} of the article tells what happened in the town." for i in range(30))
    html = f"<html><head><title>T</title></head><body><nav>Subscribe now</nav><article><p>{body}</p></article></body></html>"
    gold = _write_lines(tmp_path / "gold.jsonl", [
        {"id": "h:1", "source": "h", "kind": "html", "html": html, "text_gold": body, "spans": [], "doc_labels": {}},
    ])
    h = evaluate_file(gold).report["html"]
    assert h["failed"] == 0
    assert h["token_mean"]["recall"] > 0.9


def test_eval_markdown_table_marks_goals(tmp_path, tiny_registry):
    gold = _write_lines(tmp_path / "gold.jsonl", tiny_gold())
    res = CliRunner().invoke(main, ["eval", str(gold), "--markdown", "--only", "quotes,claims,policy"])
    assert res.exit_code == 0, res.output
    rows = res.stdout.splitlines()
    assert rows[0] == "| file | measure | value | goal (issue 3) | met |"
    assert "| gold.jsonl | claims positive-class P / R / F1 | 0.500 / 0.500 / **0.500** | F1 ≥ 0.65 | **no** |" in rows
    assert "| gold.jsonl | speaker accuracy (matched quotes) | **100.0 %** (n=1) | ≥ 90 % | yes |" in rows
    assert "| gold.jsonl | char F1 (SemEval-2021) vs typed gold | **0.857** | char F1 ≥ 0.65 | yes |" in rows


def test_annotate_the_seed_with_the_registered_annotators(tmp_path, seed_path, schema):
    from spanbank.ingest import ingest_file
    from spanbank.model import write_jsonl

    docs = list(ingest_file(seed_path))
    assert [d.kind for d in docs].count("article") == 1 and len(docs) > 1
    docs_path = tmp_path / "documents.jsonl"
    write_jsonl(docs_path, docs)
    out = tmp_path / "predictions.jsonl"
    res = CliRunner().invoke(main, ["annotate", str(docs_path), "--out", str(out)])
    assert res.exit_code == 0, res.stderr
    anns = list(read_annotations(out))
    by_doc = {d.id: d for d in docs}
    layers = {(a.doc_id, a.origin.split(":")[1].split("@")[0]) for a in anns}
    for d in docs:
        expected = {"quotes", "claims"} | ({"policy"} if d.kind == "comment" else set())
        assert {name for doc_id, name in layers if doc_id == d.id} == expected, d.id
    for a in anns:
        assert validate_annotation(a, schema, by_doc[a.doc_id]) == []
    article_quotes = [s for a in anns if a.doc_id == docs[0].id for s in a.spans if s.label == "DIRECT_QUOTE"]
    assert sum(s.attrs.get("speaker") == "Ilham Aliyev" for s in article_quotes) >= 5
    verdicts = [a.labels.get("verdict") for a in anns if a.origin.startswith(("rules:policy", "model:policy"))]
    assert len(verdicts) == len(docs) - 1 and set(verdicts) <= {"acceptable", "violates_policy"}


def test_annotate_counts_documents_an_annotator_could_not_read(tmp_path):
    # the real quote and claim annotators on a French record (lang given) and an English one: the
    # French one gets empty annotations whose meta.skipped says why, and the summary counts them
    docs = tmp_path / "docs.jsonl"
    docs.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in [
        {"id": "fr1", "text": "Le ministre a dit « nous continuerons », a-t-il ajouté.", "meta": {"lang": "fr"}},
        {"id": "en1", "text": "“We will continue,” the minister said on Monday."},
    ]) + "\n", encoding="utf-8")
    out = tmp_path / "pred.jsonl"
    res = CliRunner().invoke(main, ["annotate", str(docs), "--out", str(out), "--only", "quotes,claims"])
    assert res.exit_code == 0, res.stderr
    assert re.search(r"rules:quotes@\d+: 1 documents not read \(language 'fr' has no cue words", res.stderr), res.stderr
    assert re.search(r"model:claims@\S+: 1 documents not read \(language 'fr'", res.stderr), res.stderr
    anns = {(a.doc_id, a.origin.split(":")[1].split("@")[0]): a for a in read_annotations(out)}
    assert anns[("fr1", "quotes")].spans == [] and anns[("fr1", "quotes")].meta["skipped"]
    assert [s.label for s in anns[("en1", "quotes")].spans].count("DIRECT_QUOTE") == 1
    res = CliRunner().invoke(main, ["annotate", str(docs), "--out", str(out), "--only", "quotes", "--json"])
    summary = json.loads(res.stdout)
    assert list(summary["skipped"].values()) == [1] and next(iter(summary["skipped"])).startswith("rules:quotes@")
