"""Human annotations are irreplaceable: end to end over the real pieces (ingest, a real Label Studio,
pull, adjudicate, build), a re-ingested changed text loses nothing, and `ls status` shows what still
needs pushing."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from spanbank.cli import main
from spanbank.labelstudio.push import list_tasks
from spanbank.labelstudio.status import status
from spanbank.model import Document, read_annotations, read_documents, write_jsonl

pytestmark = pytest.mark.labelstudio

QUOTE = "The issue of granting independence to Nagorno Karabakh at whatever time—even in a 100 years—is not " \
        "discussed in negotiations and it never will,"
INDIRECT = "talks had not yielded any results"
MOLDOVA = "After the recent meeting in Moldova"
NOTE = "Editor’s note: this report was updated with the full remarks on Sunday.\n\n"


def _cli(args: list[str], env: dict[str, str], code: int = 0):
    res = CliRunner().invoke(main, args, env=env)
    assert res.exit_code == code, (args, res.output)
    return res


def _snapshot(folder: Path) -> dict[Path, tuple[bytes, int]]:
    return {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.rglob("*")) if p.is_file()}


def _region(rid: str, layer: str, text: str, start: int, end: int, label: str) -> dict:
    return {"id": rid, "from_name": layer, "to_name": "text", "type": "labels", "origin": "manual",
            "value": {"start": start, "end": end, "labels": [label], "text": text[start:end]}}


def _user(conn, email):
    for u in conn.client.users.list():
        if u.email == email:
            return u
    return conn.client.users.create(username=email, email=email, password="pw-" + email[:6] + "-Zz9")


def test_changed_text_loses_no_human_annotation_through_pull_adjudicate_and_build(
        ls_conn, ls_prefix, seed_path, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    raw = tmp_path / "corpus" / "raw" / "asbarez" / seed_path.name
    raw.parent.mkdir(parents=True)
    shutil.copy(seed_path, raw)
    docs, ann_dir, state = Path("build/documents.jsonl"), Path("annotations"), "annotations/labelstudio.json"
    env = {"LABEL_STUDIO_URL": ls_conn.url, "LABEL_STUDIO_API_KEY": ls_conn.key}
    pre = ["--project-prefix", ls_prefix, "--state", state]
    _cli(["ingest", "corpus/raw", "--out", str(docs)], env)
    _cli(["ls", "push", str(docs), *pre], env)
    article = next(d for d in read_documents(docs) if d.kind == "article")
    pid = json.loads(Path(state).read_text())["servers"][ls_conn.url]["projects"][f"{ls_prefix} articles"]
    (task,) = list_tasks(ls_conn, pid)
    t = article.text
    q0 = t.index(QUOTE)
    q1 = q0 + len(QUOTE)
    s0 = t.index("said Aliyev", q1) + 5
    i0 = t.index(INDIRECT)
    common = [_region("q", "attribution", t, q0, q1, "DIRECT_QUOTE"),
              _region("s", "attribution", t, s0, s0 + 6, "SPEAKER"),
              {"from_id": "q", "to_id": "s", "type": "relation", "direction": "right", "labels": ["said_by"]}]
    other = _user(ls_conn, f"second-{ls_prefix}@example.org")
    ls_conn.client.annotations.create(task["id"], result=common + [
        _region("i", "attribution", t, i0, i0 + len(INDIRECT), "INDIRECT_QUOTE")], lead_time=30.0)
    second = ls_conn.client.annotations.create(task["id"], result=common, completed_by=other.id, lead_time=20.0)
    _cli(["ls", "pull", "--out", str(ann_dir), "--documents", str(docs), *pre], env)
    human = ann_dir / f"{ls_prefix}-articles.jsonl"
    before = {a.origin: a for a in read_annotations(human)}
    assert len(before) == 2 and all(not a.meta["flags"] for a in before.values())

    # the article is re-scraped: a note is inserted before the quote, the Moldova paragraph is gone
    old_text = raw.read_text(encoding="utf-8")
    moldova = old_text[old_text.index(MOLDOVA):]
    changed = old_text.replace("“The issue of granting", NOTE + "“The issue of granting", 1)
    changed = changed.replace(moldova[:moldova.index("\n") + 1], "", 1)
    raw.write_text(changed, encoding="utf-8")
    _cli(["ingest", "corpus/raw", "--out", str(docs)], env)
    new_article = next(d for d in read_documents(docs) if d.kind == "article")
    assert new_article.id == article.id and new_article.text_sha256 != article.text_sha256
    res = _cli(["ls", "push", str(docs), *pre], env)
    assert f"text changed: {article.id}" in res.stderr
    assert ls_conn.client.tasks.get(task["id"]).data["text"] == article.text  # the old task is never edited

    # pull: every annotation is still there, spans as they were, flagged text_changed
    _cli(["ls", "pull", "--out", str(ann_dir), "--documents", str(docs), *pre], env)
    after = {a.origin: a for a in read_annotations(human)}
    assert set(after) == set(before)
    for origin, ann in after.items():
        assert [s.to_dict() for s in ann.spans] == [s.to_dict() for s in before[origin].spans]
        assert any(f["flag"] == "text_changed" for f in ann.meta["flags"])

    # adjudicate re-anchors onto the new text; the vanished span is kept out of gold and listed
    human_files = {p: p.read_bytes() for p in [human, *sorted((ann_dir / "raw").glob("*.json"))]}
    res = _cli(["adjudicate", "--annotations", str(ann_dir), "--documents", str(docs)], env)
    assert "1 could not be placed" in res.output
    gold = {g.doc_id: g for g in read_annotations(ann_dir / "gold.jsonl")}[article.id]
    nt = new_article.text
    got = {s.label: s for s in gold.spans}
    assert set(got) == {"DIRECT_QUOTE", "SPEAKER"}
    assert got["DIRECT_QUOTE"].start == nt.index(QUOTE) == q0 + len(NOTE)
    for s in gold.spans:
        assert nt[s.start:s.end] == s.text
    assert [(r.label, got["DIRECT_QUOTE"].id, got["SPEAKER"].id) == (r.label, r.head, r.tail)
            for r in gold.relations] == [True]
    (conf,) = [json.loads(line) for line in (ann_dir / "conflicts.jsonl").read_text().splitlines()]
    assert conf["doc_id"] == article.id
    assert any(c["type"] == "unanchored" and c["label"] == "INDIRECT_QUOTE" for c in conf["conflicts"])
    assert {p: p.read_bytes() for p in human_files} == human_files  # adjudicate never writes human files

    # a re-pull with nothing new changes no file under annotations/ (bytes and mtime)
    snap = _snapshot(ann_dir)
    _cli(["ls", "pull", "--out", str(ann_dir), "--documents", str(docs), *pre], env)
    assert _snapshot(ann_dir) == snap

    # the build (ingest, annotate, adjudicate, dataset) leaves the human files as they are
    res = CliRunner().invoke(main, ["build", "--corpus", "corpus", "--annotations", str(ann_dir), "--out",
                                    "build/dataset", "--work", "build"], env=env)
    assert res.exit_code == 0, res.output
    assert {p: p.read_bytes() for p in human_files} == human_files
    assert (ann_dir / "gold.jsonl").exists() and "adjudicate" in res.output

    # an annotation deleted in Label Studio stays in the file, flagged; the raw export that held it is kept
    ls_conn.client.annotations.delete(second.id)
    _cli(["ls", "pull", "--out", str(ann_dir), "--documents", str(docs), *pre], env)
    kept = {a.origin: a for a in read_annotations(human)}
    assert set(kept) == set(before)
    gone = kept[f"human:second-{ls_prefix}@example.org"]
    assert any(f["flag"] == "missing_from_export" for f in gone.meta["flags"])
    assert [s.to_dict() for s in gone.spans] == [s.to_dict() for s in before[gone.origin].spans]
    raw_copies = sorted((ann_dir / "raw").glob(f"{ls_prefix}-articles.*.json"))
    assert len(raw_copies) == 1 and str(second.id) in raw_copies[0].read_text()


def test_pull_leaves_a_damaged_annotations_file_alone(ls_conn, schema, ls_prefix, tmp_path):
    doc = Document(id="h/1", kind="article", text="Plain text for a pull.", title="T")
    write_jsonl(tmp_path / "d.jsonl", [doc])
    env = {"LABEL_STUDIO_URL": ls_conn.url, "LABEL_STUDIO_API_KEY": ls_conn.key}
    pre = ["--project-prefix", ls_prefix, "--state", str(tmp_path / "s.json")]
    _cli(["ls", "push", str(tmp_path / "d.jsonl"), *pre], env)
    pid = json.loads((tmp_path / "s.json").read_text())["servers"][ls_conn.url]["projects"][f"{ls_prefix} articles"]
    (task,) = list_tasks(ls_conn, pid)
    ls_conn.client.annotations.create(task["id"], result=[_region("c", "claims", doc.text, 0, 10, "CLAIM")])
    out = tmp_path / "ann"
    _cli(["ls", "pull", "--out", str(out), *pre], env)
    path = out / f"{ls_prefix}-articles.jsonl"
    damaged = path.read_text() + '{"doc_id": "h/1", "origin": "human:x@y.org", "spans": [\n'  # a bad hand edit
    path.write_text(damaged)
    ls_conn.client.annotations.create(task["id"], result=[_region("d", "claims", doc.text, 11, 21, "CLAIM")])
    res = _cli(["ls", "pull", "--out", str(out), *pre], env, code=1)
    assert f"{path}:2" in res.stderr and "left as it is" in res.stderr
    assert path.read_text() == damaged  # not rewritten: the unreadable line would be lost


def test_status_shows_pending_pushes(ls_conn, schema, ls_prefix, tmp_path):
    a = Document(id="p/a", kind="article", text="Alpha text.", title="A")
    c = Document(id="p/a#c1", kind="comment", text="A comment.", article_id="p/a", position=1)
    write_jsonl(tmp_path / "d.jsonl", [a, c])
    env = {"LABEL_STUDIO_URL": ls_conn.url, "LABEL_STUDIO_API_KEY": ls_conn.key}
    pre = ["--project-prefix", ls_prefix, "--state", str(tmp_path / "s.json")]
    _cli(["ls", "push", str(tmp_path / "d.jsonl"), *pre], env)
    a2 = Document(id="p/a", kind="article", text="Alpha text, corrected.", title="A")
    b = Document(id="p/b", kind="article", text="Beta text.", title="B")
    c2 = Document(id="p/a#c2", kind="comment", text="Another comment.", article_id="p/a", position=2)
    write_jsonl(tmp_path / "d2.jsonl", [a2, c, b, c2])
    st = status(ls_conn, schema, prefix=ls_prefix, state_path=tmp_path / "s.json", documents_path=tmp_path / "d2.jsonl")
    assert sorted(st.pending_new) == ["p/a#c2", "p/b"] and st.pending_changed == ["p/a"]
    res = _cli(["ls", "status", str(tmp_path / "d2.jsonl"), *pre], env)
    assert "pending pushes: 2 new, 1 with changed text" in res.output
    res = _cli(["ls", "status", str(tmp_path / "d2.jsonl"), "--json", *pre], env)
    pending = json.loads(res.output)["pending"]
    assert sorted(pending["new"]) == ["p/a#c2", "p/b"] and pending["text_changed"] == ["p/a"]
    _cli(["ls", "push", str(tmp_path / "d2.jsonl"), *pre], env)
    res = _cli(["ls", "status", str(tmp_path / "d2.jsonl"), *pre], env)
    assert "pending pushes: 0 new, 0 with changed text" in res.output
