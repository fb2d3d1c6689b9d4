import gzip
import json

import pytest
from click.testing import CliRunner

from spanbank.cli import main
from spanbank.model import (
    Annotation,
    Document,
    JsonlWriter,
    Relation,
    Span,
    canonical_text,
    read_annotations,
    read_documents,
    validate_annotation,
    validate_document,
    write_jsonl,
)

TEXT = "Aliyev said: “Talks failed.” 😀 Then\nhe left."


def make_doc(**kw):
    d = dict(id="src/a1", kind="article", text=TEXT, article_id="src/a1", source="src")
    d.update(kw)
    return Document(**d)


def test_span_over_takes_text_from_document():
    s = Span.over(TEXT, 14, 27, "DIRECT_QUOTE", "q1", speaker="Aliyev")
    assert s.text == "Talks failed."
    assert s.attrs == {"speaker": "Aliyev"}


def test_canonical_text_nfc_and_newlines():
    assert canonical_text("Cafe\u0301\r\nx\ry") == "Café\nx\ny"


def test_document_roundtrip_jsonl_lossless(tmp_path):
    docs = [make_doc(), make_doc(id="src/a1#c1", kind="comment", author="Katia K.", position=1, meta={"k": [1, "é"]})]
    p = tmp_path / "docs.jsonl"
    assert write_jsonl(p, docs) == 2
    back = list(read_documents(p))
    assert [d.to_dict() for d in back] == [d.to_dict() for d in docs]
    # gzip too
    pg = tmp_path / "docs.jsonl.gz"
    write_jsonl(pg, docs)
    with gzip.open(pg, "rt", encoding="utf-8") as fh:
        assert json.loads(fh.readline())["text"] == TEXT
    assert [d.to_dict() for d in read_documents(pg)] == [d.to_dict() for d in docs]


def test_jsonl_writer_is_atomic(tmp_path):
    p = tmp_path / "out.jsonl"
    write_jsonl(p, [make_doc()])
    before = p.read_bytes()
    with pytest.raises(RuntimeError):
        with JsonlWriter(p) as w:
            w.write(make_doc(id="other"))
            raise RuntimeError("crash halfway")
    assert p.read_bytes() == before
    assert [x.name for x in tmp_path.iterdir()] == ["out.jsonl"]


def test_validate_document_problems(schema):
    d = make_doc(kind="tweet")
    d.text_sha256 = "0" * 64
    probs = validate_document(d, schema, path="f.jsonl", line=3)
    fields = {p.field for p in probs}
    assert {"kind", "text_sha256"} <= fields
    assert all(str(p).startswith("f.jsonl:3: record 'src/a1'") for p in probs)
    c = make_doc(kind="comment", article_id=None)
    assert any(p.field == "article_id" for p in validate_document(c, schema))
    assert validate_document(make_doc(), schema) == []


def test_validate_annotation_catches_every_kind_of_error(schema):
    doc = make_doc()
    ok = Annotation(
        doc_id=doc.id,
        origin="rules:quotes@1",
        spans=[Span.over(TEXT, 14, 27, "DIRECT_QUOTE", "q1"), Span.over(TEXT, 0, 6, "SPEAKER", "s1")],
        relations=[Relation("q1", "s1", "said_by")],
    )
    assert validate_annotation(ok, schema, doc) == []
    bad = Annotation(
        doc_id=doc.id,
        origin="whoever",
        spans=[
            Span("q1", 14, 27, "DIRECT_QUOTE", "Talks failed!"),  # text mismatch
            Span("q1", 5, 3, "SPEAKER", ""),  # duplicate id, start > end
            Span("x", 0, 999, "CLAIM", ""),  # out of range
            Span("y", 0, 6, "NOPE", "Aliyev"),  # unknown label
            Span("z", 0, 6, "INSULT", "Aliyev"),  # not allowed on an article
        ],
        relations=[Relation("q1", "missing", "said_by"), Relation("q1", "y", "likes")],
        labels={"verdict": "maybe"},
    )
    msgs = [str(p) for p in validate_annotation(bad, schema, doc)]
    joined = "\n".join(msgs)
    for needle in ["origin", "not 'Talks failed!'", "not unique", "out of range", "unknown label 'NOPE'",
                   "does not apply to a article", "'missing' is not a span", "unknown relation 'likes'",
                   "'maybe' is not one of"]:
        assert needle in joined, needle


def test_read_reports_bad_lines_with_line_numbers(tmp_path):
    p = tmp_path / "a.jsonl"
    p.write_text('{"doc_id": "d", "origin": "gold"}\nnot json\n[1]\n{"origin": "gold"}\n', encoding="utf-8")
    errors = []
    anns = list(read_annotations(p, errors=errors))
    assert len(anns) == 1
    assert [e.line for e in errors] == [2, 3, 4]
    assert "not JSON" in str(errors[0]) and str(p) in str(errors[0])


def test_cli_validate(tmp_path):
    good = tmp_path / "docs.jsonl"
    write_jsonl(good, [make_doc()])
    r = CliRunner().invoke(main, ["validate", str(good)])
    assert r.exit_code == 0, r.output
    bad = tmp_path / "bad.jsonl"
    rec = make_doc().to_dict()
    rec["spans"] = [{"id": "s", "start": 0, "end": 3, "label": "CLAIM", "text": "xyz"}]
    bad.write_text(json.dumps(rec) + "\n" + json.dumps(make_doc().to_dict()) + "\n", encoding="utf-8")
    r = CliRunner().invoke(main, ["validate", str(bad)])
    assert r.exit_code == 1
    assert f"{bad}:1: record 'src/a1': field spans[0].text" in r.output
    assert "duplicate id (first at line 1)" in r.output
    anns = tmp_path / "anns.jsonl"
    write_jsonl(anns, [Annotation(doc_id="src/a1", origin="gold", spans=[Span("s", 0, 3, "CLAIM", "Bob")])])
    assert CliRunner().invoke(main, ["validate", str(anns), "--documents", str(good)]).exit_code == 1


def test_atomic_writes_get_normal_permissions(tmp_path):
    import os
    import stat

    from spanbank.model import atomic_write_text

    mask = os.umask(0o022)
    try:
        write_jsonl(tmp_path / "a.jsonl", [make_doc()])
        atomic_write_text(tmp_path / "b.txt", "x")
    finally:
        os.umask(mask)
    for name in ("a.jsonl", "b.txt"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) & 0o044 == 0o044, name


GOOD_DOC = {"id": "src/a1", "kind": "article", "text": TEXT}
BAD_DOCUMENTS = [  # (record or raw line, field named, words of the message)
    ("{not json", None, "not JSON"),
    ("[1, 2]", None, "must be a JSON object, got list"),
    ({"kind": "article", "text": "x"}, "id", "missing required field(s) id"),
    ({"id": "d1", "kind": "article"}, "text", "missing required field(s) text"),
    ({"id": "d2", "kind": "article", "text": 5}, None, "text must be a string, got int"),
    ({"id": ["x"], "kind": "article", "text": "x"}, None, "id must be a string, got list"),
    ({"id": "", "kind": "article", "text": "x"}, "id", "id must be a non-empty string"),
    ({"id": "d3", "kind": "article", "text": ""}, "text", "text must be a non-empty string"),
    ({"id": "d4", "kind": "tweet", "text": "x"}, "kind", "unknown kind 'tweet'"),
    ({"id": "d5", "kind": "article", "text": "x", "text_sha256": "0" * 64}, "text_sha256", "does not match"),
    ({"id": "d6", "kind": "article", "text": "a\r\nb"}, "text", "holds \\r"),
    ({"id": "d7", "kind": "article", "text": "Cafe\u0301"}, "text", "not Unicode NFC"),
    ({"id": "d8", "kind": "comment", "text": "x"}, "article_id", "needs the article_id"),
    ({"id": "d9", "kind": "article", "text": "x", "position": 0}, "position", "positive integer"),
    ({"id": "d10", "kind": "article", "text": "x", "position": True}, "position", "positive integer"),
    ({"id": "d11", "kind": "article", "text": "x", "meta": "m"}, None, "meta must be a JSON object"),
    ({"id": "d12", "kind": "article", "text": "hello", "spans": {"s": 1}}, "spans", "spans must be a list"),
    ({"id": "d13", "kind": "article", "text": "hello", "spans": [{"id": "s", "start": "0", "end": 3,
                                                                   "label": "CLAIM", "text": "hel"}]},
     "spans[0]", "offsets must be integers"),
    ({"id": "d14", "kind": "article", "text": "hello", "spans": [{"id": "s", "start": 2, "end": 9,
                                                                   "label": "CLAIM", "text": "llo"}]},
     "spans[0].start", "out of range"),
    ({"id": "d15", "kind": "article", "text": "hello", "spans": [{"id": "s", "start": 0, "end": 5,
                                                                   "label": "INSULT", "text": "hello"}]},
     "spans[0].label", "does not apply to a article"),
    ({"id": "src/a1", "kind": "article", "text": TEXT}, "id", "duplicate id (first at line 1)"),
]

BAD_ANNOTATIONS = [
    ({"doc_id": "src/a1", "origin": "gold", "spans": "x"}, None, "spans must be a list"),
    ({"doc_id": "src/a1", "origin": "gold", "spans": [1]}, None, "a span must be a JSON object"),
    ({"doc_id": "src/a1", "origin": "gold", "relations": [1]}, None, "a relation must be a JSON object"),
    ({"doc_id": "src/a1", "origin": "gold", "labels": "x"}, None, "labels must be a JSON object"),
    ({"doc_id": "src/a1", "origin": "gold", "meta": 5}, None, "meta must be a JSON object"),
    ({"doc_id": 5, "origin": "gold"}, "doc_id", "doc_id must be a non-empty string"),
    ({"doc_id": "src/a1", "origin": 5}, "origin", "origin 5 is not gold"),
    ({"doc_id": "src/a1"}, "origin", "missing required field(s) origin"),
    ({"doc_id": "nowhere", "origin": "gold"}, "doc_id", "no document with this id"),
    ({"doc_id": "src/a1", "origin": "gold", "spans": [
        {"id": "s", "start": 0, "end": 6, "label": "SPEAKER", "text": "Aliyev"},
        {"id": "s", "start": 0, "end": 6, "label": "SPEAKER", "text": "Aliyev"}]}, "spans[1].id", "not unique"),
    ({"doc_id": "src/a1", "origin": "gold", "spans": [
        {"id": "s", "start": 0, "end": 6, "label": "SPEAKER", "text": "Aliyes"}]}, "spans[0].text", "not 'Aliyes'"),
    ({"doc_id": "src/a1", "origin": "gold", "spans": [
        {"id": "s", "start": 0, "end": 6, "label": "NOPE", "text": "Aliyev"}]}, "spans[0].label", "unknown label"),
    ({"doc_id": "src/a1", "origin": "gold", "spans": [
        {"id": "s", "start": 0, "end": 6, "label": "SPEAKER", "text": "Aliyev"}],
      "relations": [{"head": "s", "tail": "s", "label": "said_by"}]}, "relations[0].head", "cannot start at a SPEAKER"),
    ({"doc_id": "src/a1", "origin": "gold", "relations": [{"head": "a", "tail": "b", "label": "said_by"}]},
     "relations[0].head", "head 'a' is not a span"),
    ({"doc_id": "src/a1", "origin": "gold", "labels": {"violations": "INSULT"}}, "labels.violations", "must be a list"),
    ({"doc_id": "src/a1", "origin": "gold", "labels": {"verdict": "acceptable"}}, "labels.verdict",
     "does not apply to a article"),
]


def _validate_lines(tmp_path, name, cases, first, extra=()):
    path = tmp_path / name
    lines = [json.dumps(first)] + [c if isinstance(c, str) else json.dumps(c) for c, _, _ in cases]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["validate", str(path), "--max-errors", "500", *extra])
    return path, res


@pytest.mark.parametrize("kind", ["documents", "annotations"])
def test_cli_validate_names_every_kind_of_bad_record(tmp_path, kind):
    """Each bad record gets its own error naming file, line, field; no traceback; the batch goes on."""
    if kind == "documents":
        path, res = _validate_lines(tmp_path, "docs.jsonl", BAD_DOCUMENTS, GOOD_DOC)
        cases = BAD_DOCUMENTS
    else:
        good = tmp_path / "good.jsonl"
        write_jsonl(good, [Document(**GOOD_DOC)])
        first = {"doc_id": "src/a1", "origin": "human:a@x.org",
                 "spans": [{"id": "s", "start": 0, "end": 6, "label": "SPEAKER", "text": "Aliyev"}]}
        path, res = _validate_lines(tmp_path, "anns.jsonl", BAD_ANNOTATIONS, first, ["--documents", str(good)])
        cases = BAD_ANNOTATIONS
    assert res.exit_code == 1, res.output
    assert isinstance(res.exception, SystemExit), res.exception  # a clean exit, not a crash
    errors = [line for line in res.stderr.splitlines() if line.startswith("error: ")]
    for lineno, (_, fld, words) in enumerate(cases, 2):
        mine = [e for e in errors if e.startswith(f"error: {path}:{lineno}: ")]
        assert mine, f"line {lineno} ({words}) not reported"
        assert any(words in e for e in mine), (lineno, words, mine)
        if fld is not None:
            assert any(f"field {fld}: " in e for e in mine), (lineno, fld, mine)
    assert not [e for e in errors if e.startswith(f"error: {path}:1: ")], "the good first line was flagged"
    unreadable = 2 if kind == "documents" else 0  # the not-JSON line and the JSON list are not records
    problems = sum(1 for e in errors if e.startswith(f"error: {path}:"))
    assert f"{path}: {len(cases) + 1 - unreadable} records, {problems} problems" in res.stderr
