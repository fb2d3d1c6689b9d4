import subprocess
import sys

import pytest
import yaml

from spanbank.schema import SchemaError, load_schema, parse_schema, schema_path, stale_files


def test_taxonomy(schema):
    assert schema.layer("attribution").label_names == ["DIRECT_QUOTE", "INDIRECT_QUOTE", "SPEAKER", "CUE"]
    assert schema.layer("claims").label_names == ["CLAIM"]
    assert set(schema.layer("policy").label_names) == {"PROFANITY", "INSULT", "IDENTITY_ATTACK", "THREAT", "SPAM"}
    assert schema.relation_names == ["said_by", "cue"]
    assert schema.document_label("verdict").choices == ("acceptable", "violates_policy")
    assert schema.document_label("violations").multiple
    assert not schema.allows("INSULT", "article") and schema.allows("INSULT", "comment")
    assert schema.allows("CLAIM", "article") and schema.allows("DIRECT_QUOTE", "comment")


def test_every_label_is_documented_for_annotators(schema):
    hotkeys = set()
    for lab in schema.labels:
        assert len(lab.description) > 60, lab.name
        assert lab.example, lab.name
        assert lab.hotkey not in hotkeys
        hotkeys.add(lab.hotkey)
        if lab.layer == "policy":
            assert lab.perspective, lab.name


def test_bad_schema_is_reported_by_entry():
    data = yaml.safe_load(schema_path().read_text(encoding="utf-8"))
    data["layers"][0]["labels"][1]["hotkey"] = "q"
    with pytest.raises(SchemaError, match="INDIRECT_QUOTE: hotkey 'q' already used by DIRECT_QUOTE"):
        parse_schema(data, "labels.yaml")
    data = yaml.safe_load(schema_path().read_text(encoding="utf-8"))
    data["relations"][0]["to"] = ["NOBODY"]
    with pytest.raises(SchemaError, match="unknown label NOBODY"):
        parse_schema(data, "labels.yaml")


def test_generated_files_are_fresh():
    assert stale_files(load_schema()) == []
    r = subprocess.run([sys.executable, "-m", "spanbank.cli", "schema", "--check"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_schema_check_detects_stale_file(tmp_path, monkeypatch):
    import spanbank.schema as sm

    schema = load_schema()
    target = sm.REPO_SCHEMA_DIR / "document.schema.json"
    original = target.read_text(encoding="utf-8")
    try:
        target.write_text(original.replace('"article"', '"articel"'), encoding="utf-8")
        assert target in stale_files(schema)
        r = subprocess.run([sys.executable, "-m", "spanbank.cli", "schema", "--check"], capture_output=True, text=True)
        assert r.returncode == 1 and "document.schema.json" in r.stderr
    finally:
        target.write_text(original, encoding="utf-8")


def _mutated(tmp_path, change):
    import os

    data = yaml.safe_load(schema_path().read_text(encoding="utf-8"))
    change(data)
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / "labels.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    env = {**os.environ, "SPANBANK_SCHEMA": str(path)}
    return parse_schema(data, str(path)), env


def _policy_label(data, name):
    return next(lab for lab in data["layers"][2]["labels"] if lab["name"] == name)


def test_schema_check_covers_every_generated_file(tmp_path):
    """A YAML change makes --check name exactly the generated files it affects (LS configs included)."""
    import spanbank.schema as sm
    from spanbank.guidelines import guidelines_file

    xml = {p: sm.REPO_SCHEMA_DIR / f"labelstudio-{p}.xml" for p in ("articles", "comments")}
    cases = [
        (lambda d: _policy_label(d, "PROFANITY").update(colour="#000000"),
         {xml["comments"], guidelines_file(), sm.PACKAGED_SCHEMA}),
        (lambda d: d["layers"][0]["labels"][0].update(hotkey="x"),
         {xml["articles"], xml["comments"], guidelines_file(), sm.PACKAGED_SCHEMA}),
        (lambda d: d["document_labels"]["verdict"]["choices"].append("unclear"),
         {sm.REPO_SCHEMA_DIR / "annotation.schema.json", xml["comments"], guidelines_file(), sm.PACKAGED_SCHEMA}),
    ]
    for k, (change, expected) in enumerate(cases):
        schema, env = _mutated(tmp_path / str(k), change)
        assert set(stale_files(schema)) == expected, k
    r = subprocess.run([sys.executable, "-m", "spanbank.cli", "schema", "--check"], capture_output=True, text=True,
                       env=env, cwd=sm.REPO_ROOT)
    assert r.returncode == 1
    named = {line.split()[1] for line in r.stderr.splitlines() if line.startswith("stale: ")}
    assert named == {"schemas/annotation.schema.json", "schemas/labelstudio-comments.xml", "docs/guidelines.md",
                     "src/spanbank/data/labels.yaml"}
