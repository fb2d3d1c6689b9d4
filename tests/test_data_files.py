"""The YAML data files shipped with the package load without duplicate keys.

PyYAML keeps the last of two equal keys without a word, so a cue list added twice (a second
``impersonal_cues:`` further down a 1,300-line file) would silently replace the first one.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import spanbank

DATA = Path(spanbank.__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent
FILES = sorted(DATA.rglob("*.yaml")) + sorted((ROOT / "schemas").glob("*.yaml"))


class _UniqueKeyLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen: dict = {}
    for key_node, _value in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (first at line {seen[key] + 1})", key_node.start_mark)
        seen[key] = key_node.start_mark.line
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _load(text: str):
    return yaml.load(text, Loader=_UniqueKeyLoader)  # noqa: S506 - a SafeLoader subclass


def test_the_loader_catches_a_duplicate_key():
    with pytest.raises(yaml.constructor.ConstructorError, match="duplicate key 'said_verbs'"):
        _load("said_verbs: [said]\nother: [x]\nsaid_verbs: [told]\n")
    assert _load("a: {b: 1}\nc: {b: 2}\n") == {"a": {"b": 1}, "c": {"b": 2}}


def test_data_files_are_found():
    names = {p.name for p in FILES}
    assert {"en.yaml", "de.yaml", "labels.yaml"} <= names


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_no_duplicate_keys(path: Path):
    _load(path.read_text(encoding="utf-8"))


CUE_FILES = sorted((DATA / "cues").glob("*.yaml"))


def _non_words(value, path: str = ""):
    """Entries of the word lists (lists and mapping values, at any depth) that YAML did not read as strings."""
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _non_words(v, f"{path}.{k}" if path else str(k))
    elif isinstance(value, list):
        for x in value:
            if isinstance(x, (dict, list)):
                yield from _non_words(x, path)
            elif not isinstance(x, str):
                yield path, x


def test_the_word_check_catches_a_yaml_boolean():
    # YAML 1.1 reads a bare yes/no/on/off/true/false as a boolean; the lexicon's str(w).lower() then turns "yes" into
    # "true" without a word (round 44's review found four such entries in en.yaml)
    assert list(_non_words(_load("said_objects: [sorry, yes, no, \"on\"]\nm: {a: [x, off]}\n"))) == [
        ("said_objects", True), ("said_objects", False), ("m.a", False)]


@pytest.mark.parametrize("path", CUE_FILES, ids=lambda p: p.name)
def test_cue_word_lists_hold_only_words(path: Path):
    assert CUE_FILES and not list(_non_words(_load(path.read_text(encoding="utf-8"))))
