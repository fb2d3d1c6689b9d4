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
