"""Label Studio sync without a server: generated configs, conversion both ways, offset checks, errors."""

from __future__ import annotations

import socket
import subprocess
import xml.etree.ElementTree as ET

import pytest
from label_studio_sdk.label_interface import LabelInterface

from spanbank.labelstudio.client import LSError, connect
from spanbank.labelstudio.config import generated_configs, labeling_config
from spanbank.labelstudio.tasks import ConversionError, annotation_from_ls, prediction_for, task_for
from spanbank.model import Annotation, Document, Relation, Span, validate_annotation
from spanbank.schema import REPO_SCHEMA_DIR

from .ls_fixtures import SCRIPT, free_port


def test_generated_configs_are_checked_in_and_current(schema):
    for path, content in generated_configs(schema, REPO_SCHEMA_DIR).items():
        assert path.read_text(encoding="utf-8") == content, f"{path} is stale: run `spanbank schema`"


@pytest.mark.parametrize("project, kind", [("articles", "article"), ("comments", "comment")])
def test_config_has_every_label_with_colour_hotkey_hint(schema, project, kind):
    xml = labeling_config(schema, project)
    LabelInterface(xml)  # the SDK's own parser accepts it
    root = ET.fromstring(xml)
    labels = {el.get("value"): el for el in root.iter("Label")}
    assert set(labels) == {lab.name for lab in schema.labels_for(kind)}
    for lab in schema.labels_for(kind):
        el = labels[lab.name]
        assert el.get("background") == lab.colour and el.get("hotkey") == lab.hotkey
        assert el.get("hint", "").startswith(lab.description[:40])
    groups = {el.get("name") for el in root.iter("Labels")}
    assert groups == {schema.label(n).layer for n in labels}
    assert {el.get("value") for el in root.iter("Relation")} == {"said_by", "cue"}
    headers = [el.get("value") for el in root.iter("Header")]
    assert "$title" in headers
    choices = {el.get("name"): el for el in root.iter("Choices")}
    if kind == "comment":
        assert choices["verdict"].get("choice") == "single"
        assert choices["violations"].get("choice") == "multiple"
        assert [c.get("value") for c in choices["violations"]] == schema.layer("policy").label_names
        assert [c.get("value") for c in choices["verdict"]] == list(schema.document_label("verdict").choices)
    else:
        assert not choices
        assert "PROFANITY" not in labels


TEXT = "Café 😀 report\nJane Doe told reporters: “We will\nnot raise taxes,” she said."


def _ann() -> Annotation:
    q0 = TEXT.index("We will")
    q1 = TEXT.index(",”")
    s0 = TEXT.index("Jane")
    return Annotation(
        doc_id="d1", origin="rules:quotes@1",
        spans=[Span.over(TEXT, q0, q1, "DIRECT_QUOTE", "q1"), Span.over(TEXT, s0, s0 + 8, "SPEAKER", "s1"),
               Span.over(TEXT, 0, 4, "INSULT", "p1")],
        relations=[Relation("q1", "s1", "said_by")],
        labels={"verdict": "violates_policy", "violations": ["INSULT"]},
    )


def test_prediction_round_trip_validated_by_label_interface(schema):
    ann = _ann()
    pred = prediction_for(ann, TEXT, schema, "comment")
    li = LabelInterface(labeling_config(schema, "comments"))
    assert li.validate_prediction(pred, return_errors=True) == []
    assert pred["model_version"] == "rules:quotes@1"
    q = next(r for r in pred["result"] if r.get("id") == "q1")
    assert TEXT[q["value"]["start"]:q["value"]["end"]] == "We will\nnot raise taxes"
    # back: the prediction, as if an annotator accepted it, gives the same annotation
    doc = Document(id="d1", kind="comment", text=TEXT, article_id="a")
    task = {"id": 7, **task_for(doc, "Title")}
    back = annotation_from_ls(task, {"id": 3, "result": pred["result"], "was_cancelled": False}, "a@x.org", schema)
    assert [s.to_dict() for s in back.spans] == [s.to_dict() for s in ann.spans]
    assert [r.to_dict() for r in back.relations] == [r.to_dict() for r in ann.relations]
    assert back.labels == ann.labels and back.meta["flags"] == [] and back.meta["status"] == "completed"
    assert validate_annotation(back, schema, doc) == []


def test_bad_prediction_is_refused_before_it_reaches_label_studio(schema):
    ann = _ann()
    ann.spans[0].text = "something else"
    with pytest.raises(ConversionError, match="text\\[.*\\] is"):
        prediction_for(ann, TEXT, schema, "comment")
    ann = _ann()
    with pytest.raises(ConversionError, match="INSULT does not apply to a article"):
        prediction_for(ann, TEXT, schema, "article")


def _region(rid, start, end, label, text=None, layer="attribution"):
    v = {"start": start, "end": end, "labels": [label]}
    if text is not None:
        v["text"] = text
    return {"id": rid, "from_name": layer, "to_name": "text", "type": "labels", "value": v}


def test_pull_checks_flag_but_never_drop(schema):
    task = {"id": 1, "data": {"text": TEXT, "ext_id": "d1", "text_sha256": Document("d1", "article", TEXT).text_sha256}}
    s0 = TEXT.index("Jane")
    u16 = s0 + 1  # the emoji is two UTF-16 units: a JS client would send s0 + 1
    result = [
        _region("a", s0, s0 + 4, "SPEAKER", "Jane"),
        _region("b", u16, u16 + 4, "SPEAKER", "Jane"),  # shifted offsets, value.text says Jane
        _region("c", 10, 999, "CLAIM", "x", layer="claims"),  # out of range
        {"from_id": "a", "to_id": "q", "type": "relation", "direction": "right", "labels": ["said_by"]},
    ]
    ann = annotation_from_ls(task, {"id": 5, "result": result}, "a@x.org", schema)
    assert [(s.id, s.text) for s in ann.spans] == [("a", "Jane"), ("b", "ane ")]
    flags = {(f["flag"], f.get("region") or f.get("from_id")): f for f in ann.meta["flags"]}
    assert flags[("offset_mismatch", "b")]["looks_like_utf16_offsets"] == [s0, s0 + 4]
    assert flags[("offset_mismatch", "c")]["end"] == 999
    assert ("relation_unresolved", "a") in flags


def test_value_text_escapes_and_crlf_task_text(schema):
    raw = "Café 😀 report\r\nJane Doe said “yes\r\nno” today."
    start, end = raw.index("report"), raw.index("Jane") + 4
    q0, q1 = raw.index("yes"), raw.index("no”") + 2
    task = {"id": 2, "data": {"text": raw, "ext_id": "crlf"}}
    result = [
        # what the UI stores for a drag across \r\n: literal \n escapes, code-point offsets
        _region("x", start, end, "CLAIM", "report\\n\\nJane", layer="claims"),
        _region("q", q0, q1, "DIRECT_QUOTE", "yes\\n\\nno"),
        _region("s", raw.index("Jane"), raw.index("Jane") + 8, "SPEAKER", "Jane Doe"),
        {"from_id": "s", "to_id": "q", "type": "relation", "direction": "right", "labels": []},
    ]
    ann = annotation_from_ls(task, {"id": 9, "result": result, "was_cancelled": False}, "b@x.org", schema)
    canon = raw.replace("\r\n", "\n")
    spans = {s.id: s for s in ann.spans}
    assert spans["x"].text == "report\nJane" and canon[spans["x"].start:spans["x"].end] == "report\nJane"
    assert spans["q"].text == "yes\nno"
    # the arrow was drawn from the speaker to the quote without a label: the schema decides
    assert [r.to_dict() for r in ann.relations] == [{"head": "q", "tail": "s", "label": "said_by"}]
    assert [f["flag"] for f in ann.meta["flags"]] == ["text_canonicalised"]
    assert ann.meta["text_sha256"] == Document("crlf", "comment", canon).text_sha256


def test_skipped_and_cancelled_are_recorded(schema):
    task = {"id": 3, "data": {"text": TEXT, "ext_id": "d"}}
    skipped = annotation_from_ls(task, {"id": 1, "result": [], "was_cancelled": True}, "a@x.org", schema)
    assert skipped.meta["status"] == "skipped" and skipped.spans == []
    cancelled = annotation_from_ls(task, {"id": 2, "result": [_region("a", 0, 4, "CLAIM", "Café", "claims")],
                                          "was_cancelled": True}, "a@x.org", schema)
    assert cancelled.meta["status"] == "cancelled" and len(cancelled.spans) == 1


def test_connection_errors_are_one_line_without_the_key(monkeypatch):
    monkeypatch.delenv("LABEL_STUDIO_URL", raising=False)
    monkeypatch.delenv("LABEL_STUDIO_API_KEY", raising=False)
    with pytest.raises(LSError, match="LABEL_STUDIO_URL is not set"):
        connect()
    with pytest.raises(LSError, match="LABEL_STUDIO_API_KEY is not set"):
        connect("http://127.0.0.1:1")
    monkeypatch.setenv("SPANBANK_LS_RETRIES", "1")
    secret = "s3cr3t-key-never-shown"
    with pytest.raises(LSError) as err:
        connect(f"http://127.0.0.1:{free_port()}", secret)
    assert "unreachable" in str(err.value) and secret not in str(err.value) and "\n" not in str(err.value)


def test_start_refuses_a_busy_port(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        out = subprocess.run([str(SCRIPT), "start", "--background", "--port", str(port), "--data-dir",
                              str(tmp_path)], capture_output=True, text=True)
    assert out.returncode == 1
    assert "busy" in out.stderr or "install" in out.stderr
    assert out.stdout == ""


# -- human work is never lost (pull's merge with the previous file) ---------------------------------


def _pulled(ann_id: int, created: str, spans=(), task_id: int = 10) -> Annotation:
    return Annotation("d1", "human:a@x.org", list(spans), created=created,
                      meta={"ls_project": 1, "ls_annotation_id": ann_id, "ls_task_id": task_id, "flags": []})


def test_merge_keeps_work_that_reused_ids_would_overwrite(tmp_path):
    """Another server (or a re-created database) reuses project and annotation ids: same ids but
    another creation time is another annotation, and the earlier one is kept, flagged."""
    from spanbank.labelstudio.pull import PullReport, merge_previous
    from spanbank.model import read_annotations, write_jsonl

    jsonl = tmp_path / "p.jsonl"
    old = _pulled(1, "2026-01-01T10:00:00Z", [Span.over(TEXT, 0, 4, "CLAIM", "a")])
    write_jsonl(jsonl, [old])
    other_server = _pulled(1, "2026-03-03T09:00:00Z")
    merged, kept = merge_previous([other_server], jsonl, 1, PullReport())
    assert kept == 1 and len(merged) == 2
    assert merged[1].spans[0].text == "Café" and merged[1].meta["flags"][0]["flag"] == "missing_from_export"
    # the same annotation, edited in Label Studio: the newer pull replaces it (no duplicate)
    edited = _pulled(1, "2026-01-01T10:00:00Z", [Span.over(TEXT, 0, 6, "CLAIM", "a")])
    merged, kept = merge_previous([edited], jsonl, 1, PullReport())
    assert kept == 0 and [a.spans[0].end for a in merged] == [6]
    assert [a.to_dict() for a in read_annotations(jsonl)] == [old.to_dict()]  # merge itself writes nothing


def test_merge_refuses_a_previous_file_it_cannot_read(tmp_path):
    from spanbank.labelstudio.pull import PullReport, UnreadablePrevious, merge_previous
    from spanbank.model import dumps

    jsonl = tmp_path / "p.jsonl"
    jsonl.write_text(dumps(_pulled(1, "t1")) + "\n{hand-edited, broken\n", encoding="utf-8")
    report = PullReport()
    with pytest.raises(UnreadablePrevious, match="left as it is"):
        merge_previous([_pulled(2, "t2")], jsonl, 1, report)
    assert [p.line for p in report.problems] == [2] and str(jsonl) in str(report.problems[0])


def test_raw_export_with_annotations_the_new_one_lacks_is_kept(tmp_path):
    import json as _json

    from spanbank.labelstudio.pull import preserve_raw

    raw = tmp_path / "raw" / "p.json"
    raw.parent.mkdir()
    first = [{"id": 10, "annotations": [{"id": 1, "created_at": "t1"}, {"id": 2, "created_at": "t2"}]}]
    raw.write_text(_json.dumps(first), encoding="utf-8")
    more = [{"id": 10, "annotations": [{"id": 1, "created_at": "t1"}, {"id": 2, "created_at": "t2"},
                                        {"id": 3, "created_at": "t3"}]}]
    assert preserve_raw(raw, more) is None  # only additions: nothing to keep
    kept = preserve_raw(raw, [{"id": 10, "annotations": [{"id": 1, "created_at": "t1"}]}])
    assert kept is not None and kept.parent == raw.parent and kept.name.startswith("p.") and kept.name != "p.json"
    assert _json.loads(kept.read_text()) == first
    assert preserve_raw(raw, []) == kept  # content-addressed: a repeat keeps the same single copy
    assert sorted(p.name for p in raw.parent.iterdir()) == sorted(["p.json", kept.name])


# -- connection: retries and one-line errors through the CLI ------------------------------------------


def test_retry_backs_off_on_connection_errors_and_not_on_others(monkeypatch):
    import httpx

    from spanbank.labelstudio import client as lsclient

    sleeps: list[float] = []
    monkeypatch.setattr(lsclient.time, "sleep", sleeps.append)
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) < 3:
            raise httpx.ConnectError("refused")
        return "ok"

    assert lsclient.retry("x", flaky, attempts=4) == "ok" and sleeps == [0.5, 1.0]
    sleeps.clear()
    calls.clear()

    def timeout():
        calls.append(1)
        raise httpx.ReadTimeout("slow")

    with pytest.raises(LSError, match="unreachable"):  # not safe to repeat: no retry
        lsclient.retry("import", timeout, attempts=4, connect_only=True, url="http://h", key="k" * 8)
    assert len(calls) == 1 and sleeps == []
    with pytest.raises(LSError):
        lsclient.retry("read", timeout, attempts=2)
    assert len(calls) == 4 and sleeps == [0.5, 1.0]

    def boom():
        raise ValueError("bad answer containing the key kkkkkkkk")

    with pytest.raises(LSError) as err:
        lsclient.retry("x", boom, attempts=3, key="kkkkkkkk")
    assert "kkkkkkkk" not in str(err.value) and "***" in str(err.value) and len(sleeps) == 2


@pytest.mark.parametrize("args", [["ls", "status"], ["ls", "pull"], ["ls", "push", "DOCS"]])
def test_cli_connection_errors_are_one_line_without_the_key(args, tmp_path):
    from click.testing import CliRunner

    from spanbank.cli import main
    from spanbank.model import write_jsonl

    docs = tmp_path / "d.jsonl"
    write_jsonl(docs, [Document("d1", "article", TEXT)])
    args = [str(docs) if a == "DOCS" else a for a in args] + ["--state", str(tmp_path / "s.json")]
    fake = "fake-key-4f1c9a7e5b3d"
    runner = CliRunner()
    cases = {
        "unreachable": {"LABEL_STUDIO_URL": f"http://127.0.0.1:{free_port()}", "LABEL_STUDIO_API_KEY": fake,
                        "SPANBANK_LS_RETRIES": "1"},
        "no url": {"LABEL_STUDIO_URL": "", "LABEL_STUDIO_API_KEY": fake},
        "no key": {"LABEL_STUDIO_URL": "http://127.0.0.1:1", "LABEL_STUDIO_API_KEY": ""},
        "bad url": {"LABEL_STUDIO_URL": f"127.0.0.1:8080/{fake}", "LABEL_STUDIO_API_KEY": fake},
    }
    words = {"unreachable": "is unreachable", "no url": "LABEL_STUDIO_URL is not set",
             "no key": "LABEL_STUDIO_API_KEY is not set", "bad url": "must start with http"}
    for name, env in cases.items():
        res = runner.invoke(main, args, env=env)
        assert res.exit_code == 1, (name, res.output)
        out = res.output.strip()
        assert out.count("\n") == 0 and out.startswith("Error: ") and words[name] in out, (name, out)
        assert fake not in out, (name, out)
        assert "Traceback" not in out
    assert not (tmp_path / "s.json").exists()  # nothing written when the server cannot be reached
