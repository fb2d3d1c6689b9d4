"""docs/guidelines.md is generated from labels.yaml, kept current by `spanbank schema --check`, and
linked from the Label Studio project instructions."""

from __future__ import annotations

import os
import subprocess
import sys

import yaml

from spanbank.guidelines import (
    GUIDELINES_PATH,
    guidelines_file,
    guidelines_link,
    render_guidelines,
    split_description,
    split_example,
)
from spanbank.labelstudio.config import expert_instruction, labeling_config
from spanbank.schema import PACKAGED_SCHEMA, REPO_ROOT, parse_schema, schema_path, stale_files


def test_checked_in_guidelines_are_current(schema):
    assert guidelines_file().read_text(encoding="utf-8") == render_guidelines(schema)


def test_guidelines_cover_every_label_relation_document_label_and_the_policy(schema):
    md = render_guidelines(schema)
    for lab in schema.labels:
        section = md.split(f"### {lab.name}\n", 1)[1].split("\n### ", 1)[0].split("\n## ", 1)[0]
        assert f"Key `{lab.hotkey}`, colour `{lab.colour}`" in section, lab.name
        assert f"| {lab.name} | {lab.layer} | `{lab.hotkey}` | `{lab.colour}` |" in md
        mark, not_mark = split_description(lab.description)
        assert "**Mark:** " + " ".join(mark) in section
        if not_mark:
            assert "**Do not mark:** " + " ".join(not_mark) in section
        example, counter = split_example(lab.example)
        assert f"**Example:** {example}" in section
        if counter:
            assert f"**Not an example:** {counter}" in section
        if lab.perspective:
            assert f"Perspective `{lab.perspective}`" in section
    for layer in schema.layers:
        assert f"## Layer `{layer.name}`\n\n{layer.description}" in md
    for r in schema.relations:
        assert f"| {r.name} | {', '.join(r.from_labels)} | {', '.join(r.to_labels)} | {r.description} |" in md
    for dl in schema.document_labels:
        assert f"- **{dl.name}** " in md and dl.description in md
        assert all(f"`{c}`" in md for c in dl.choices)
    shouting = schema.policy["shouting"]
    assert f"at least {shouting['min_letters']} letters" in md
    assert f"{shouting['min_upper_ratio']:.0%} of them capitals" in md
    assert ("does not by itself" in md) is (not schema.shouting_counts)


def test_what_not_to_mark_is_split_out():
    mark, not_mark = split_description("Mark the words. Do NOT mark scare quotes: a word or two. "
                                       "Mark the insult, not the whole comment. Criticism is not an insult.")
    assert mark == ["Mark the words.", "Mark the insult, not the whole comment."]
    assert not_mark == ["Scare quotes: a word or two.", "Criticism is not an insult."]
    assert split_example("«x» → mark «x». Not: «y».") == ("«x» → mark «x».", "«y».")


def test_schema_check_fails_when_the_guidelines_are_stale(tmp_path):
    """A YAML change that only the guidelines render (the shouting rule) makes --check fail on them."""
    data = yaml.safe_load(schema_path().read_text(encoding="utf-8"))
    data["policy"]["shouting"]["min_letters"] = 33
    changed = tmp_path / "labels.yaml"
    changed.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    stale = stale_files(parse_schema(data, str(changed)))
    assert set(stale) == {guidelines_file(), PACKAGED_SCHEMA}
    env = {**os.environ, "SPANBANK_SCHEMA": str(changed)}
    r = subprocess.run([sys.executable, "-m", "spanbank.cli", "schema", "--check"], capture_output=True,
                       text=True, env=env, cwd=REPO_ROOT)
    assert r.returncode == 1 and f"stale: {GUIDELINES_PATH}" in r.stderr


def test_project_instructions_link_the_guidelines_and_keep_every_label(schema, monkeypatch):
    monkeypatch.delenv("SPANBANK_GUIDELINES_URL", raising=False)
    monkeypatch.setenv("SPANBANK_REPO_URL", "https://git.example.org/news/spanbank/")
    url, path = guidelines_link()
    assert url == "https://git.example.org/news/spanbank/blob/main/docs/guidelines.md"
    html = expert_instruction(schema, "comments")
    assert f'<a href="{url}"' in html
    for lab in schema.labels_for("comment"):
        assert f"<b>{lab.name}</b> (key <kbd>{lab.hotkey}</kbd>)" in html
    assert "Shouting" in html and "comment policy" in html
    art = expert_instruction(schema, "articles")
    assert "Shouting" not in art and "PROFANITY" not in art and f'<a href="{url}"' in art
    monkeypatch.setenv("SPANBANK_GUIDELINES_URL", "https://wiki.example.org/guidelines")
    assert '<a href="https://wiki.example.org/guidelines"' in expert_instruction(schema, "articles")
    monkeypatch.delenv("SPANBANK_GUIDELINES_URL")
    monkeypatch.delenv("SPANBANK_REPO_URL")
    monkeypatch.setattr("spanbank.guidelines._package_repo_url", lambda: None)
    assert guidelines_link() == (None, path)
    assert f"<code>{path}</code>" in expert_instruction(schema, "articles") and "<a href" not in \
        expert_instruction(schema, "articles")
    assert f"Guidelines: {GUIDELINES_PATH}" in labeling_config(schema, "articles")
