"""The label schema: `schemas/labels.yaml` loaded into value objects, and what is generated from it.

`load_schema()` finds the YAML (``SPANBANK_SCHEMA``, then the repository's ``schemas/labels.yaml``,
then the copy packaged in ``spanbank/data``), checks it, and returns a `Schema`. The JSON Schemas of
the records (`schemas/document.schema.json`, `schemas/annotation.schema.json`) are generated here;
`generated_files()` lists every checked-in file that derives from the YAML so `spanbank schema
--check` can tell when one is stale.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent.parent
REPO_SCHEMA_DIR = REPO_ROOT / "schemas"
PACKAGED_SCHEMA = PACKAGE_DIR / "data" / "labels.yaml"


class SchemaError(ValueError):
    """labels.yaml is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Label:
    name: str
    layer: str
    description: str
    applies_to: tuple[str, ...]
    colour: str
    hotkey: str
    example: str = ""
    perspective: str | None = None
    jigsaw: str | None = None


@dataclass(frozen=True)
class RelationType:
    name: str
    from_labels: tuple[str, ...]
    to_labels: tuple[str, ...]
    description: str = ""


@dataclass(frozen=True)
class Layer:
    name: str
    description: str
    labels: tuple[Label, ...]

    @property
    def label_names(self) -> list[str]:
        return [lab.name for lab in self.labels]


@dataclass(frozen=True)
class DocumentLabel:
    name: str
    applies_to: tuple[str, ...]
    choices: tuple[str, ...]
    multiple: bool
    description: str


@dataclass(frozen=True)
class Schema:
    name: str
    version: int
    document_kinds: tuple[str, ...]
    layers: tuple[Layer, ...]
    relations: tuple[RelationType, ...]
    document_labels: tuple[DocumentLabel, ...]
    policy: dict[str, Any] = field(default_factory=dict)
    source: str = ""

    # -- lookups ---------------------------------------------------------------------------
    @property
    def labels(self) -> list[Label]:
        return [lab for layer in self.layers for lab in layer.labels]

    @property
    def label_names(self) -> list[str]:
        """All span labels in schema order: the ClassLabel order of every generated feature."""
        return [lab.name for lab in self.labels]

    def label(self, name: str) -> Label:
        for lab in self.labels:
            if lab.name == name:
                return lab
        raise KeyError(name)

    def layer(self, name: str) -> Layer:
        for layer in self.layers:
            if layer.name == name:
                return layer
        raise KeyError(name)

    def layer_of(self, label: str) -> str:
        return self.label(label).layer

    def labels_for(self, kind: str) -> list[Label]:
        return [lab for lab in self.labels if kind in lab.applies_to]

    def allows(self, label: str, kind: str) -> bool:
        try:
            return kind in self.label(label).applies_to
        except KeyError:
            return False

    @property
    def relation_names(self) -> list[str]:
        return [r.name for r in self.relations]

    def relation(self, name: str) -> RelationType:
        for r in self.relations:
            if r.name == name:
                return r
        raise KeyError(name)

    def document_label(self, name: str) -> DocumentLabel:
        for d in self.document_labels:
            if d.name == name:
                return d
        raise KeyError(name)

    @property
    def violation_labels(self) -> list[str]:
        return list(self.policy.get("violation_labels", self.layer("policy").label_names))

    @property
    def shouting_counts(self) -> bool:
        return bool(self.policy.get("shouting", {}).get("counts_as_violation", False))


_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def _require(entry: dict, key: str, where: str) -> Any:
    if key not in entry or entry[key] in (None, ""):
        raise SchemaError(f"{where}: missing '{key}'")
    return entry[key]


def parse_schema(data: dict, source: str = "<labels.yaml>") -> Schema:
    """Build and check a Schema from the parsed YAML mapping."""
    if not isinstance(data, dict):
        raise SchemaError(f"{source}: top level must be a mapping")
    kinds = tuple(_require(data, "document_kinds", source))
    layers: list[Layer] = []
    seen_labels: set[str] = set()
    seen_hotkeys: dict[str, str] = {}
    for i, ly in enumerate(_require(data, "layers", source)):
        lwhere = f"{source}: layers[{i}]"
        lname = _require(ly, "name", lwhere)
        labels = []
        for j, lab in enumerate(_require(ly, "labels", lwhere)):
            where = f"{lwhere} ({lname}) labels[{j}]"
            name = _require(lab, "name", where)
            where = f"{source}: label {name}"
            if not re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
                raise SchemaError(f"{where}: names are UPPER_SNAKE_CASE")
            if name in seen_labels:
                raise SchemaError(f"{where}: defined twice")
            seen_labels.add(name)
            applies = tuple(_require(lab, "applies_to", where))
            unknown = set(applies) - set(kinds)
            if unknown:
                raise SchemaError(f"{where}: applies_to names unknown kinds {sorted(unknown)}")
            colour = str(_require(lab, "colour", where))
            if not _HEX.match(colour):
                raise SchemaError(f"{where}: colour must be #rrggbb, got {colour!r}")
            hotkey = str(_require(lab, "hotkey", where))
            if hotkey in seen_hotkeys:
                raise SchemaError(f"{where}: hotkey {hotkey!r} already used by {seen_hotkeys[hotkey]}")
            seen_hotkeys[hotkey] = name
            labels.append(
                Label(
                    name=name,
                    layer=lname,
                    description=" ".join(str(_require(lab, "description", where)).split()),
                    applies_to=applies,
                    colour=colour,
                    hotkey=hotkey,
                    example=" ".join(str(lab.get("example") or "").split()),
                    perspective=lab.get("perspective"),
                    jigsaw=lab.get("jigsaw"),
                )
            )
        layers.append(Layer(lname, " ".join(str(ly.get("description", "")).split()), tuple(labels)))
    relations = []
    for k, rel in enumerate(data.get("relations") or []):
        where = f"{source}: relations[{k}]"
        name = _require(rel, "name", where)
        fr, to = tuple(_require(rel, "from", where)), tuple(_require(rel, "to", where))
        for lab in fr + to:
            if lab not in seen_labels:
                raise SchemaError(f"{where} ({name}): unknown label {lab}")
        relations.append(RelationType(name, fr, to, " ".join(str(rel.get("description", "")).split())))
    doc_labels = []
    layer_names = {ly.name: ly for ly in layers}
    for name, spec in (data.get("document_labels") or {}).items():
        where = f"{source}: document_labels.{name}"
        if "choices_from_layer" in spec:
            lay = layer_names.get(spec["choices_from_layer"])
            if lay is None:
                raise SchemaError(f"{where}: unknown layer {spec['choices_from_layer']}")
            choices = tuple(lay.label_names)
        else:
            choices = tuple(_require(spec, "choices", where))
        doc_labels.append(
            DocumentLabel(
                name=name,
                applies_to=tuple(spec.get("applies_to") or kinds),
                choices=choices,
                multiple=bool(spec.get("multiple", False)),
                description=" ".join(str(spec.get("description", "")).split()),
            )
        )
    policy = dict(data.get("policy") or {})
    for lab in policy.get("violation_labels", []):
        if lab not in seen_labels:
            raise SchemaError(f"{source}: policy.violation_labels: unknown label {lab}")
    return Schema(
        name=str(data.get("name", "spanbank")),
        version=int(data.get("version", 1)),
        document_kinds=kinds,
        layers=tuple(layers),
        relations=tuple(relations),
        document_labels=tuple(doc_labels),
        policy=policy,
        source=source,
    )


def schema_path() -> Path:
    env = os.environ.get("SPANBANK_SCHEMA")
    if env:
        return Path(env)
    repo = REPO_SCHEMA_DIR / "labels.yaml"
    if repo.exists():
        return repo
    return PACKAGED_SCHEMA


@lru_cache(maxsize=8)
def _load(path: str, mtime: float) -> Schema:
    with open(path, encoding="utf-8") as fh:
        try:
            data = yaml.safe_load(fh)
        except yaml.YAMLError as exc:
            raise SchemaError(f"{path}: not valid YAML: {exc}") from None
    return parse_schema(data, source=path)


def load_schema(path: str | Path | None = None) -> Schema:
    p = Path(path) if path else schema_path()
    return _load(str(p), p.stat().st_mtime)


# -- JSON Schemas of the records ----------------------------------------------------------------

def document_json_schema(schema: Schema) -> dict:
    nullable_str = {"type": ["string", "null"]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://spanbank/schemas/document.schema.json",
        "title": "spanbank Document",
        "description": "One annotatable text: an article (title and body) or one reader comment. "
        "Generated from schemas/labels.yaml by `spanbank schema`; do not edit.",
        "type": "object",
        "required": ["id", "kind", "text"],
        "properties": {
            "id": {"type": "string", "minLength": 1},
            "kind": {"enum": list(schema.document_kinds)},
            "article_id": nullable_str,
            "source": nullable_str,
            "title": nullable_str,
            "text": {"type": "string", "minLength": 1},
            "text_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
            "url": nullable_str,
            "published": nullable_str,
            "author": nullable_str,
            "position": {"type": ["integer", "null"], "minimum": 1},
            "meta": {"type": "object"},
        },
        "additionalProperties": False,
    }


def annotation_json_schema(schema: Schema) -> dict:
    doc_label_props: dict[str, Any] = {}
    for d in schema.document_labels:
        if d.multiple:
            doc_label_props[d.name] = {"type": "array", "items": {"enum": list(d.choices)}, "uniqueItems": True}
        else:
            doc_label_props[d.name] = {"enum": list(d.choices) + [None]}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://spanbank/schemas/annotation.schema.json",
        "title": "spanbank Annotation",
        "description": "One layer of labels on one document from one origin (a pre-annotator, a human "
        "annotator, or gold). Generated from schemas/labels.yaml by `spanbank schema`; do not edit.",
        "type": "object",
        "required": ["doc_id", "origin", "spans"],
        "properties": {
            "doc_id": {"type": "string", "minLength": 1},
            "origin": {"type": "string", "pattern": r"^(gold|[a-z]+:.+)$"},
            "spans": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "start", "end", "label", "text"],
                    "properties": {
                        "id": {"type": "string", "minLength": 1},
                        "start": {"type": "integer", "minimum": 0},
                        "end": {"type": "integer", "minimum": 1},
                        "label": {"enum": schema.label_names},
                        "text": {"type": "string"},
                        "attrs": {"type": "object"},
                    },
                    "additionalProperties": False,
                },
            },
            "relations": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["head", "tail", "label"],
                    "properties": {
                        "head": {"type": "string"},
                        "tail": {"type": "string"},
                        "label": {"enum": schema.relation_names},
                    },
                    "additionalProperties": False,
                },
            },
            "labels": {"type": "object", "properties": doc_label_props},
            "created": {"type": ["string", "null"]},
            "meta": {"type": "object"},
        },
        "additionalProperties": False,
    }


def _dump_json(obj: dict) -> str:
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def generated_files(schema: Schema) -> dict[Path, str]:
    """Every checked-in file derived from labels.yaml, with the content it must have."""
    source_yaml = Path(schema.source).read_text(encoding="utf-8") if schema.source else ""
    files = {
        REPO_SCHEMA_DIR / "document.schema.json": _dump_json(document_json_schema(schema)),
        REPO_SCHEMA_DIR / "annotation.schema.json": _dump_json(annotation_json_schema(schema)),
        PACKAGED_SCHEMA: source_yaml,
    }
    for path, content in _extra_generators(schema).items():
        files[path] = content
    return files


def _extra_generators(schema: Schema) -> dict[Path, str]:
    """Generated files owned by other modules (Label Studio configs, guidelines)."""
    from spanbank.guidelines import generated_guidelines  # noqa: PLC0415

    out: dict[Path, str] = dict(generated_guidelines(schema))
    try:
        from spanbank.labelstudio.config import generated_configs  # noqa: PLC0415
    except ImportError:
        return out
    out.update(generated_configs(schema, REPO_SCHEMA_DIR))
    return out


def stale_files(schema: Schema) -> list[Path]:
    stale = []
    for path, content in generated_files(schema).items():
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            stale.append(path)
    return stale


def write_generated(schema: Schema) -> list[Path]:
    from spanbank.model import atomic_write_text  # noqa: PLC0415

    written = []
    for path, content in generated_files(schema).items():
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            atomic_write_text(path, content)
            written.append(path)
    return written
