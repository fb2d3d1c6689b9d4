"""Label Studio sync against a real server (tests/ls_fixtures.py starts one when none is given)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from spanbank.cli import main
from spanbank.labelstudio.client import LSError, connect
from spanbank.labelstudio.pull import pull
from spanbank.labelstudio.push import list_tasks, push
from spanbank.labelstudio.review import push_review
from spanbank.labelstudio.status import status
from spanbank.model import Annotation, Document, Relation, Span, read_annotations, write_jsonl

pytestmark = pytest.mark.labelstudio


def seed_documents(seed_path: Path) -> list[Document]:
    try:
        from spanbank.ingest import ingest_file
    except ImportError:  # ingest not landed: the seed's article as one Document
        text = seed_path.read_text(encoding="utf-8").split("\n\nRelated posts")[0].strip()
        return [Document(id="asbarez/asbarez-aliyev-karabakh", kind="article", text=text, source="asbarez",
                         title=text.split("\n")[0])]
    return list(ingest_file(seed_path, source="asbarez"))


def seed_predictions(docs: list[Document], version: str = "1") -> list[Annotation]:
    art = docs[0]
    t = art.text
    q0 = t.index("The issue of granting")
    q1 = t.index("it never will,") + len("it never will,")
    cue = t.index("said Aliyev")
    out = [Annotation(art.id, f"rules:quotes@{version}",
                      [Span.over(t, q0, q1, "DIRECT_QUOTE", "q1"), Span.over(t, cue + 5, cue + 11, "SPEAKER", "s1"),
                       Span.over(t, cue, cue + 4, "CUE", "c1")],
                      [Relation("q1", "s1", "said_by"), Relation("q1", "c1", "cue")])]
    if version != "1":
        out[0].spans.append(Span.over(t, 0, 6, "SPEAKER", "s0"))
    for d in docs[1:]:
        out.append(Annotation(d.id, "model:policy@1", [Span.over(d.text, 0, 5, "CLAIM", "c1")],
                              labels={"verdict": "acceptable", "violations": []}))
    return out


@pytest.fixture
def seed_files(tmp_path, seed_path):
    docs = seed_documents(seed_path)
    write_jsonl(tmp_path / "docs.jsonl", docs)
    write_jsonl(tmp_path / "preds.jsonl", seed_predictions(docs))
    return docs, tmp_path / "docs.jsonl", tmp_path / "preds.jsonl"


def _tasks(conn, pid):
    return list_tasks(conn, pid)


def test_push_seed_is_idempotent_and_updates_predictions(ls_conn, schema, ls_prefix, seed_files, tmp_path):
    docs, docs_path, preds_path = seed_files
    state = tmp_path / "state.json"
    r1 = push(ls_conn, schema, docs_path, predictions_path=preds_path, prefix=ls_prefix, state_path=state)
    assert r1.problems == [] and r1.imported == len(docs)
    ids = json.loads(state.read_text())["servers"][ls_conn.url]["projects"]
    art_pid = ids[f"{ls_prefix} articles"]
    art_task = _tasks(ls_conn, art_pid)[0]
    assert art_task["ext_id"] == docs[0].id and art_task["sha"] == docs[0].text_sha256
    full = ls_conn.client.tasks.get(art_task["id"])
    assert full.data["text"] == docs[0].text  # byte-for-byte the canonical text
    preds = ls_conn.client.predictions.list(project=art_pid)
    assert [p.model_version for p in preds] == ["rules:quotes@1"]
    # an annotator works on the article, then a new pre-annotator version arrives
    human = ls_conn.client.annotations.create(art_task["id"], result=[
        {"id": "h1", "from_name": "attribution", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 6, "labels": ["SPEAKER"], "text": "Aliyev"}}], lead_time=4.0)
    r2 = push(ls_conn, schema, docs_path, predictions_path=preds_path, prefix=ls_prefix, state_path=state)
    assert r2.imported == 0 and sum(p.unchanged for p in r2.projects) == len(docs)
    assert sum(p.predictions_updated + p.predictions_created for p in r2.projects) == 0
    write_jsonl(tmp_path / "preds2.jsonl", seed_predictions(docs, "2"))
    r3 = push(ls_conn, schema, docs_path, predictions_path=tmp_path / "preds2.jsonl", prefix=ls_prefix,
              state_path=state)
    assert r3.imported == 0 and sum(p.predictions_updated for p in r3.projects) == 1
    preds = ls_conn.client.predictions.list(project=art_pid)
    assert [p.model_version for p in preds] == ["rules:quotes@2"] and len(preds[0].result) == 6
    assert len(_tasks(ls_conn, art_pid)) == 1
    assert ls_conn.client.annotations.get(human.id).result[0]["value"]["end"] == 6  # untouched
    # the CLI says the same and exits 0
    env = {"LABEL_STUDIO_URL": ls_conn.url, "LABEL_STUDIO_API_KEY": ls_conn.key}
    res = CliRunner().invoke(main, ["ls", "push", str(docs_path), "--predictions", str(tmp_path / "preds2.jsonl"),
                                    "--project-prefix", ls_prefix, "--state", str(state)], env=env)
    assert res.exit_code == 0, res.output
    assert "0 new tasks" in res.output and ls_conn.key not in res.output


def test_changed_text_gets_a_new_task_and_the_old_one_is_kept(ls_conn, schema, ls_prefix, tmp_path):
    a = Document(id="n/a", kind="article", text="First text.\nSecond line.", title="T")
    b = Document(id="n/b", kind="article", text="Nobody annotated this.", title="T")
    write_jsonl(tmp_path / "d.jsonl", [a, b])
    state = tmp_path / "s.json"
    push(ls_conn, schema, tmp_path / "d.jsonl", prefix=ls_prefix, state_path=state)
    pid = json.loads(state.read_text())["servers"][ls_conn.url]["projects"][f"{ls_prefix} articles"]
    old_a = next(t for t in _tasks(ls_conn, pid) if t["ext_id"] == "n/a")
    ls_conn.client.annotations.create(old_a["id"], result=[
        {"id": "r", "from_name": "claims", "to_name": "text", "type": "labels",
         "value": {"start": 0, "end": 5, "labels": ["CLAIM"]}}])
    a2 = Document(id="n/a", kind="article", text="First text, edited.\nSecond line.", title="T")
    b2 = Document(id="n/b", kind="article", text="Nobody annotated this, ever.", title="T")
    write_jsonl(tmp_path / "d.jsonl", [a2, b2])
    rep = push(ls_conn, schema, tmp_path / "d.jsonl", prefix=ls_prefix, state_path=state)
    pr = rep.projects[0]
    assert sorted(pr.text_changed) == ["n/a", "n/b"] and pr.old_tasks_marked == 1 and pr.old_tasks_deleted == 1
    tasks = _tasks(ls_conn, pid)
    assert sorted((t["ext_id"], t["sha"]) for t in tasks) == sorted(
        [("n/a", a.text_sha256), ("n/a", a2.text_sha256), ("n/b", b2.text_sha256)])
    kept = ls_conn.client.tasks.get(old_a["id"])
    assert kept.data["text"] == a.text  # never edited in place
    assert kept.meta["spanbank"]["superseded_by_sha256"] == a2.text_sha256
    again = push(ls_conn, schema, tmp_path / "d.jsonl", prefix=ls_prefix, state_path=state)
    assert again.imported == 0 and again.projects[0].text_changed == [] and len(_tasks(ls_conn, pid)) == 3
    # status sees the outdated task, pull flags the annotation on the old text
    st = status(ls_conn, schema, prefix=ls_prefix, state_path=state, documents_path=tmp_path / "d.jsonl")
    assert st.projects[0].superseded == 1 and st.pending_new == [] and st.pending_changed == []
    rep = pull(ls_conn, schema, tmp_path / "ann", prefix=ls_prefix, state_path=state)
    (ann,) = list(read_annotations(tmp_path / "ann" / f"{ls_prefix}-articles.jsonl"))
    assert any(f["flag"] == "text_changed" for f in ann.meta["flags"])


EMOJI_TEXT = ("Café 😀👨🏻‍🚒 report: the mayor told reporters “We will not\nraise taxes,” she said.\n\n"
              "Thanks for nothing, idiot.")


def _user(conn, email):
    for u in conn.client.users.list():
        if u.email == email:
            return u
    return conn.client.users.create(username=email, email=email, password="pw-" + email[:6] + "-Zz9")


def test_two_annotators_round_trip_and_repull_changes_nothing(ls_conn, schema, ls_prefix, tmp_path):
    art = Document(id="e/art", kind="article", text="Tax story\n\nThe mayor spoke.", title="Tax story")
    com = Document(id="e/art#c1", kind="comment", text=EMOJI_TEXT, article_id="e/art", author="x", position=1)
    write_jsonl(tmp_path / "d.jsonl", [art, com])
    state = tmp_path / "s.json"
    push(ls_conn, schema, tmp_path / "d.jsonl", prefix=ls_prefix, state_path=state)
    pid = json.loads(state.read_text())["servers"][ls_conn.url]["projects"][f"{ls_prefix} comments"]
    (task,) = _tasks(ls_conn, pid)
    assert ls_conn.client.tasks.get(task["id"]).data["title"] == "Tax story"  # the article title as context
    t = EMOJI_TEXT
    q0, q1 = t.index("We will"), t.index("taxes,") + 6   # after the emoji, across the line break
    s0 = t.index("the mayor")
    i0 = t.index("idiot")
    two = _user(ls_conn, f"second-{ls_prefix}@example.org")
    reviewer = _user(ls_conn, f"third-{ls_prefix}@example.org")

    def region(rid, layer, a, b, label):  # what the UI stores: code points, value.text with \n escapes
        return {"id": rid, "from_name": layer, "to_name": "text", "type": "labels", "origin": "manual",
                "value": {"start": a, "end": b, "labels": [label], "text": t[a:b].replace("\n", "\\n")}}

    first = [region("Vq1", "attribution", q0, q1, "DIRECT_QUOTE"), region("Vs1", "attribution", s0, s0 + 9, "SPEAKER"),
             {"from_id": "Vq1", "to_id": "Vs1", "type": "relation", "direction": "right", "labels": ["said_by"]},
             region("Vi1", "policy", i0, i0 + 5, "INSULT"),
             {"id": "v", "from_name": "verdict", "to_name": "text", "type": "choices",
              "value": {"choices": ["violates_policy"]}},
             {"id": "w", "from_name": "violations", "to_name": "text", "type": "choices",
              "value": {"choices": ["INSULT"]}}]
    second = [region("Xq", "attribution", q0, q1, "DIRECT_QUOTE"),
              {"id": "v2", "from_name": "verdict", "to_name": "text", "type": "choices",
               "value": {"choices": ["acceptable"]}}]
    ls_conn.client.annotations.create(task["id"], result=first, lead_time=12.5)
    ls_conn.client.annotations.create(task["id"], result=second, completed_by=two.id, lead_time=3.0)
    ls_conn.client.annotations.create(task["id"], result=[], was_cancelled=True, completed_by=reviewer.id)
    out = tmp_path / "annotations"
    env = {"LABEL_STUDIO_URL": ls_conn.url, "LABEL_STUDIO_API_KEY": ls_conn.key}
    args = ["ls", "pull", "--out", str(out), "--project-prefix", ls_prefix, "--state", str(state)]
    res = CliRunner().invoke(main, args, env=env)
    assert res.exit_code == 0, res.output
    path = out / f"{ls_prefix}-comments.jsonl"
    anns = {a.origin: a for a in read_annotations(path)}
    a1 = anns[f"human:{ls_conn.email}"]
    assert {s.id: (s.start, s.end, s.label, s.text) for s in a1.spans} == {
        "Vq1": (q0, q1, "DIRECT_QUOTE", "We will not\nraise taxes,"), "Vs1": (s0, s0 + 9, "SPEAKER", "the mayor"),
        "Vi1": (i0, i0 + 5, "INSULT", "idiot")}
    assert [r.to_dict() for r in a1.relations] == [{"head": "Vq1", "tail": "Vs1", "label": "said_by"}]
    assert a1.labels == {"verdict": "violates_policy", "violations": ["INSULT"]}
    assert a1.meta["flags"] == [] and a1.meta["status"] == "completed" and a1.meta["lead_time"] == 12.5
    assert a1.meta["text_sha256"] == com.text_sha256
    a2 = anns[f"human:second-{ls_prefix}@example.org"]
    assert [(s.start, s.end) for s in a2.spans] == [(q0, q1)] and a2.labels["verdict"] == "acceptable"
    assert anns[f"human:third-{ls_prefix}@example.org"].meta["status"] == "skipped"
    assert len(path.read_text().splitlines()) == 3
    raw = out / "raw" / f"{ls_prefix}-comments.json"
    assert json.loads(raw.read_bytes())[0]["data"]["text"] == EMOJI_TEXT
    # re-pull: nothing new, no file changes (bytes and mtime)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}
    res = CliRunner().invoke(main, args, env=env)
    assert res.exit_code == 0, res.output
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()} == before
    # status counts annotators
    st = status(ls_conn, schema, prefix=ls_prefix, state_path=state)
    com_st = next(p for p in st.projects if p.title.endswith("comments"))
    assert com_st.annotated == 1 and com_st.several_annotators == 1 and com_st.skipped == 1
    assert com_st.per_annotator[f"second-{ls_prefix}@example.org"] == 1
    # review loop: the conflict goes to the review project with each version as a prediction
    (out / "conflicts.jsonl").write_text(json.dumps({
        "doc_id": com.id, "conflicts": [{"label": "verdict"}],
        "origins": [f"human:{ls_conn.email}", f"human:second-{ls_prefix}@example.org"]}) + "\n")
    rep = push_review(ls_conn, schema, conflicts_path=out / "conflicts.jsonl", annotations_dir=out,
                      prefix=ls_prefix, state_path=state)
    assert rep.problems == [] and rep.imported == 1
    rid = json.loads(state.read_text())["servers"][ls_conn.url]["projects"][f"{ls_prefix} review"]
    preds = ls_conn.client.predictions.list(project=rid)
    assert sorted(p.model_version for p in preds) == sorted([ls_conn.email, f"second-{ls_prefix}@example.org"])
    res = CliRunner().invoke(main, ["ls", "push", "--review", "--conflicts", str(out / "conflicts.jsonl"),
                                    "--annotations", str(out), "--project-prefix", ls_prefix, "--state", str(state)],
                             env=env)
    assert res.exit_code == 0 and "0 new tasks" in res.output, res.output
    assert len(ls_conn.client.predictions.list(project=rid)) == 2
    (rtask,) = _tasks(ls_conn, rid)
    ls_conn.client.annotations.create(rtask["id"], completed_by=reviewer.id, result=second)
    pull(ls_conn, schema, out, prefix=ls_prefix, state_path=state)
    (gold,) = list(read_annotations(out / f"{ls_prefix}-review.jsonl"))
    assert gold.meta["review"] is True and gold.doc_id == com.id and gold.labels["verdict"] == "acceptable"
    assert gold.spans[0].text == "We will not\nraise taxes,"
    # ... and adjudication takes the reviewer's version as gold, over the tied annotators
    write_jsonl(tmp_path / "d.jsonl", [art, com])
    res = CliRunner().invoke(main, ["adjudicate", "--annotations", str(out), "--documents", str(tmp_path / "d.jsonl")])
    assert res.exit_code == 0, res.output
    (g,) = [g for g in read_annotations(out / "gold.jsonl") if g.doc_id == com.id]
    assert g.meta["status"] == "reviewed" and g.meta["reviewer"] == f"third-{ls_prefix}@example.org"
    assert g.labels["verdict"] == "acceptable" and [(s.start, s.end, s.label) for s in g.spans] == [
        (q0, q1, "DIRECT_QUOTE")]


def test_raw_crlf_task_and_shifted_offsets_are_flagged_not_dropped(ls_conn, schema, ls_prefix, tmp_path):
    """A task pushed by someone else with a raw CRLF text, and a region with UTF-16 offsets."""
    from spanbank.labelstudio.push import ensure_project, load_state, save_state

    state_path = tmp_path / "s.json"
    state = load_state(state_path)
    pid = ensure_project(ls_conn, schema, ls_prefix, "articles", state)
    save_state(state_path, state)
    raw = "Café 😀 report\r\nJane Doe told reporters: “We will\r\nnot raise taxes.”"
    ls_conn.client.projects.import_tasks(pid, request=[{"data": {"text": raw, "title": "x", "ext_id": "crlf/1"}}])
    (task,) = _tasks(ls_conn, pid)
    j = raw.index("Jane")
    q0, q1 = raw.index("We will"), raw.index("taxes") + 5
    ls_conn.client.annotations.create(task["id"], result=[
        {"id": "s", "from_name": "attribution", "to_name": "text", "type": "labels",
         "value": {"start": j, "end": j + 8, "labels": ["SPEAKER"], "text": "Jane Doe"}},
        {"id": "q", "from_name": "attribution", "to_name": "text", "type": "labels",
         "value": {"start": q0, "end": q1, "labels": ["DIRECT_QUOTE"], "text": "We will\\n\\nnot raise taxes"}},
        {"id": "bad", "from_name": "attribution", "to_name": "text", "type": "labels",  # UTF-16 units
         "value": {"start": j + 1, "end": j + 9, "labels": ["SPEAKER"], "text": "Jane Doe"}}])
    rep = pull(ls_conn, schema, tmp_path / "a", prefix=ls_prefix, state_path=state_path)
    assert len(rep.problems) == 1 and "offset_mismatch" in str(rep.problems[0])
    (ann,) = list(read_annotations(tmp_path / "a" / f"{ls_prefix}-articles.jsonl"))
    canon = raw.replace("\r\n", "\n")
    spans = {s.id: s for s in ann.spans}
    assert spans["s"].text == "Jane Doe" and canon[spans["s"].start:spans["s"].end] == "Jane Doe"
    assert spans["q"].text == "We will\nnot raise taxes"
    assert "bad" in spans  # kept, with its flag
    flags = [f["flag"] for f in ann.meta["flags"]]
    assert flags == ["text_canonicalised", "offset_mismatch"]


def test_push_resumes_after_the_server_is_killed(own_ls_server, schema, tmp_path, monkeypatch):
    srv = own_ls_server
    conn = connect(srv.url, srv.key)
    prefix = f"kill{os.getpid()}"
    docs = [Document(id=f"k/{i}", kind="article", text=f"Document {i}.\nIt said “hello {i}”.", title=f"T{i}")
            for i in range(120)]
    write_jsonl(tmp_path / "d.jsonl", docs)
    state = tmp_path / "s.json"
    monkeypatch.setenv("SPANBANK_LS_RETRIES", "1")

    def crash(done: int) -> None:
        if done >= 40:
            srv.kill()

    with pytest.raises(LSError, match="unreachable"):
        push(conn, schema, tmp_path / "d.jsonl", prefix=prefix, state_path=state, batch_size=20, on_batch=crash)
    srv.start()  # same data dir, warm restart
    conn = connect(srv.url, srv.key)
    rep = push(conn, schema, tmp_path / "d.jsonl", prefix=prefix, state_path=state, batch_size=20)
    assert rep.projects[0].unchanged == 40 and rep.imported == 80
    pid = json.loads(state.read_text())["servers"][srv.url]["projects"][f"{prefix} articles"]
    tasks = list_tasks(conn, pid)
    assert sorted(t["ext_id"] for t in tasks) == sorted(d.id for d in docs)  # all there, none twice
    conn.client.projects.delete(pid)


def test_rejected_key_and_personal_access_token(ls_server, ls_prefix, tmp_path):
    env = {"LABEL_STUDIO_URL": ls_server.url, "LABEL_STUDIO_API_KEY": "wrong-key-0123456789"}
    res = CliRunner().invoke(main, ["ls", "status", "--state", str(tmp_path / "s.json")], env=env)
    assert res.exit_code == 1
    assert "rejected LABEL_STUDIO_API_KEY" in res.output and "wrong-key-0123456789" not in res.output
    # a personal access token (JWT refresh token), minted with the legacy token, also works
    r = httpx.post(f"{ls_server.url}/api/token/", json={}, headers={"Authorization": f"Token {ls_server.key}"})
    if r.status_code == 409:  # one PAT per user: a reused server already minted it (CI starts fresh)
        pytest.skip("the admin of this reused server already holds a personal access token")
    assert r.status_code == 201, r.text
    pat = r.json()["token"]
    conn = connect(ls_server.url, pat)
    assert conn.email
    with pytest.raises(LSError) as err:
        connect(ls_server.url, pat[:-4] + "AAAA")
    assert pat not in str(err.value)
