"""Annotations of JSONL files looked up by document id without holding them in memory."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from spanbank.model import Problem, read_annotations

_DOC_ID = re.compile(rb'^\s*\{\s*"doc_id"\s*:\s*"((?:[^"\\]|\\.)*)"')

#: an annotation record as parsed JSON: doc_id, origin, spans (dicts), relations, labels, meta
Record = dict[str, Any]


def _pack(file: int, offset: int, line: int) -> int:
    return (offset << 56) | (line << 16) | file


def _unpack(packed: int) -> tuple[int, int, int]:
    return packed & 0xFFFF, packed >> 56, (packed >> 16) & (2**40 - 1)


def check_record(rec: Any) -> Record:
    """The structure the dataset stage relies on, checked once per record (spans are checked one
    by one against the text later): raises ValueError naming what is wrong."""
    if not isinstance(rec, dict):
        raise ValueError(f"an annotation must be a JSON object, got {type(rec).__name__}")
    for key in ("doc_id", "origin"):
        if not isinstance(rec.get(key), str):
            raise ValueError(f"{key} must be a string")
    for key in ("spans", "relations"):
        items = rec.get(key) or []
        if not isinstance(items, list) or not all(isinstance(x, dict) for x in items):
            raise ValueError(f"{key} must be a list of objects")
        rec[key] = items
    for r in rec["relations"]:
        if not all(k in r for k in ("head", "tail", "label")):
            raise ValueError("a relation needs head, tail and label")
    for key in ("labels", "meta"):
        val = rec.get(key) or {}
        if not isinstance(val, dict):
            raise ValueError(f"{key} must be an object")
        rec[key] = val
    return rec


def is_machine(rec: Record) -> bool:
    origin = rec["origin"]
    return not (origin == "gold" or origin.startswith("human:"))


def is_gold(rec: Record) -> bool:
    return rec["origin"] == "gold"


class AnnotationIndex:
    """One pass over each file records the byte offset of every line per ``doc_id`` (found with a
    regex on the line head, not a JSON parse); `get` seeks, parses and checks the records of one
    document. A ``.gz`` file cannot be seeked cheaply and is loaded into memory instead."""

    def __init__(self, paths: str | Path | Sequence[str | Path], problems: list[Problem],
                 keep: Callable[[Record], bool]):
        self.paths = [Path(paths)] if isinstance(paths, str | Path) else [Path(p) for p in paths]
        if len(self.paths) > 0xFFFF:
            raise ValueError(f"at most {0xFFFF} annotation files, got {len(self.paths)}: concatenate them")
        self.keep = keep
        self.problems = problems
        # doc_id -> where its records are, each packed into one int (`_pack`): an int, or a tuple of
        # ints for several records; ints and tuples of ints are not tracked by the garbage collector
        self.offsets: dict[str, int | tuple[int, ...]] = {}
        self.loaded: dict[str, list[Record]] = {}
        self._files = []
        for k, path in enumerate(self.paths):
            if path.suffix == ".gz":
                self._files.append(None)
                for ann in read_annotations(path, errors=problems):
                    rec = ann.to_dict()
                    rec["spans"] = [dict(s, attrs=s.get("attrs") or {}) for s in rec["spans"]]
                    if keep(rec):
                        self.loaded.setdefault(ann.doc_id, []).append(rec)
                continue
            fh = open(path, "rb")  # noqa: SIM115 - closed in close()
            self._files.append(fh)
            pos = 0
            for lineno, line in enumerate(fh, 1):
                if line.strip():
                    m = _DOC_ID.match(line)
                    try:
                        raw = m.group(1) if m else None
                        doc_id = (raw.decode() if b"\\" not in raw else json.loads(b'"' + raw + b'"')) \
                            if raw is not None else json.loads(line)["doc_id"]
                    except (ValueError, KeyError, TypeError):
                        problems.append(Problem("not an annotation record (JSON object with doc_id)",
                                                str(path), lineno))
                    else:
                        key, where = str(doc_id), _pack(k, pos, lineno)
                        had = self.offsets.get(key)
                        self.offsets[key] = where if had is None else (
                            (had, where) if isinstance(had, int) else (*had, where))
                pos += len(line)

    def doc_ids(self) -> Iterable[str]:
        return {*self.offsets, *self.loaded}

    def get(self, doc_id: str) -> list[Record]:
        out = list(self.loaded.get(doc_id, ()))
        where = self.offsets.get(doc_id, ())
        for packed in (where,) if isinstance(where, int) else where:
            k, off, lineno = _unpack(packed)
            fh = self._files[k]
            fh.seek(off)
            line = fh.readline()
            try:
                rec = check_record(json.loads(line))
            except ValueError as exc:
                self.problems.append(Problem(f"malformed annotation: {exc}", str(self.paths[k]), lineno,
                                             record=doc_id))
                continue
            if self.keep(rec):
                out.append(rec)
        return out

    def close(self) -> None:
        for fh in self._files:
            if fh is not None:
                fh.close()
