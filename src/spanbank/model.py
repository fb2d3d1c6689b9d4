"""The data contract (DESIGN §2): Document, Span, Relation, Annotation; JSONL streaming; validation.

Offsets are Python code points, half-open, into ``Document.text``; ``text[start:end] == span.text``
always holds for a valid span. Records stream: `read_documents` / `read_annotations` yield one record
at a time, and `JsonlWriter` writes atomically (a temporary file renamed into place on success).
Validation never stops at the first problem: it returns every `Problem`, each naming the file, line,
record id and field.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from spanbank.schema import Schema

# -- value objects ------------------------------------------------------------------------------


def _need(value: Any, kind: type, what: str) -> Any:
    """``value`` when it is a ``kind``, else a TypeError saying what it should have been."""
    if not isinstance(value, kind):
        name = {dict: "a JSON object", list: "a list"}.get(kind, kind.__name__)
        raise TypeError(f"{what} must be {name}, got {type(value).__name__}")
    return value


@dataclass(slots=True)
class Span:
    id: str
    start: int
    end: int
    label: str
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {"id": self.id, "start": self.start, "end": self.end, "label": self.label, "text": self.text}
        if self.attrs:
            d["attrs"] = self.attrs
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Span:
        _need(d, dict, "a span")
        return cls(
            id=str(d["id"]),
            start=d["start"],
            end=d["end"],
            label=d["label"],
            text=d.get("text", ""),
            attrs=dict(d.get("attrs") or {}),
        )

    @classmethod
    def over(cls, text: str, start: int, end: int, label: str, id: str, **attrs: Any) -> Span:
        """A span whose text is taken from the document text (the only trustworthy source)."""
        return cls(id=id, start=start, end=end, label=label, text=text[start:end], attrs=dict(attrs))


@dataclass(slots=True)
class Relation:
    head: str
    tail: str
    label: str

    def to_dict(self) -> dict:
        return {"head": self.head, "tail": self.tail, "label": self.label}

    @classmethod
    def from_dict(cls, d: dict) -> Relation:
        _need(d, dict, "a relation")
        return cls(head=str(d["head"]), tail=str(d["tail"]), label=d["label"])


@dataclass(slots=True)
class Document:
    id: str
    kind: str
    text: str
    article_id: str | None = None
    source: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    author: str | None = None
    position: int | None = None
    text_sha256: str = ""
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in ("id", "text"):
            if not isinstance(getattr(self, name), str):
                raise TypeError(f"{name} must be a string, got {type(getattr(self, name)).__name__}")
        if not self.text_sha256:
            self.text_sha256 = sha256_text(self.text)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "kind": self.kind,
            "article_id": self.article_id,
            "source": self.source,
            "title": self.title,
            "text": self.text,
            "text_sha256": self.text_sha256,
            "url": self.url,
            "published": self.published,
            "author": self.author,
            "position": self.position,
            "meta": self.meta,
        }

    @classmethod
    def from_dict(cls, d: dict) -> Document:
        return cls(
            id=d["id"],
            kind=d.get("kind") or "article",
            text=d["text"],
            article_id=d.get("article_id"),
            source=d.get("source"),
            title=d.get("title"),
            url=d.get("url"),
            published=d.get("published"),
            author=d.get("author"),
            position=d.get("position"),
            text_sha256=d.get("text_sha256") or "",
            meta=dict(_need(d.get("meta") or {}, dict, "meta")),
        )


@dataclass(slots=True)
class Annotation:
    """One layer of labels on one document from one origin.

    ``origin`` is ``"<kind>:<name>@<version>"`` for machines (``rules:quotes@1``),
    ``"human:<email>"`` for an annotator, ``"gold"`` for the adjudicated layer.
    ``labels`` holds document-level labels (``verdict``, ``violations``); ``meta`` holds
    provenance (Label Studio ids, status skipped/cancelled, flags such as ``offset_mismatch``).
    """

    doc_id: str
    origin: str
    spans: list[Span] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    labels: dict[str, Any] = field(default_factory=dict)
    created: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict:
        d = {
            "doc_id": self.doc_id,
            "origin": self.origin,
            "spans": [s.to_dict() for s in self.spans],
            "relations": [r.to_dict() for r in self.relations],
            "labels": self.labels,
            "created": self.created,
        }
        if self.meta:
            d["meta"] = self.meta
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Annotation:
        return cls(
            doc_id=d["doc_id"],
            origin=d["origin"],
            spans=[Span.from_dict(s) for s in _need(d.get("spans") or [], list, "spans")],
            relations=[Relation.from_dict(r) for r in _need(d.get("relations") or [], list, "relations")],
            labels=dict(_need(d.get("labels") or {}, dict, "labels")),
            created=d.get("created"),
            meta=dict(_need(d.get("meta") or {}, dict, "meta")),
        )

    @property
    def is_human(self) -> bool:
        return self.origin.startswith("human:")

    @property
    def is_machine(self) -> bool:
        return not (self.is_human or self.origin == "gold")


# -- helpers ------------------------------------------------------------------------------------


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: str | os.PathLike) -> str:
    """sha256 of a file's bytes, read in 1 MiB chunks (any size, flat memory)."""
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def canonical_text(text: str) -> str:
    """DESIGN §2 canonical text: Unicode NFC and ``\\n`` line ends; nothing else changes."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_FILE_MODE = 0o666 & ~_umask()


def _mkstemp_beside(path: Path) -> tuple[int, str]:
    """A temporary file in ``path``'s folder (same file system, so the rename is atomic), with the
    permissions a plain ``open()`` would give (mkstemp alone makes it 0600)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, _FILE_MODE)
    return fd, tmp


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


# -- errors -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One validation problem, naming where it is."""

    message: str
    path: str | None = None
    line: int | None = None
    record: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        parts = [where]
        if self.record:
            parts.append(f"record {self.record!r}")
        if self.field:
            parts.append(f"field {self.field}")
        return ": ".join(parts) + ": " + self.message


class RecordError(ValueError):
    """A record that cannot be read at all (not JSON, missing a required field)."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem


# -- JSONL streaming ----------------------------------------------------------------------------


def open_text(path: str | os.PathLike, mode: str = "rt") -> IO[str]:
    """Open a text file, transparently gunzipping ``*.gz``."""
    p = str(path)
    if p == "-":
        import sys  # noqa: PLC0415

        return sys.stdin if "r" in mode else sys.stdout
    if p.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(p, mode.replace("t", "") or "rb"), encoding="utf-8")
    return open(p, mode, encoding="utf-8")


def iter_jsonl(path: str | os.PathLike, *, errors: list[Problem] | None = None) -> Iterator[tuple[int, dict]]:
    """Yield ``(line_number, record)``. A bad line raises `RecordError`, or, when ``errors`` is a
    list, is appended there and skipped (so a caller can report it and go on)."""
    with open_text(path) as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                prob = Problem(f"not JSON: {exc.msg} at column {exc.colno}", str(path), lineno)
                if errors is None:
                    raise RecordError(prob) from None
                errors.append(prob)
                continue
            if not isinstance(rec, dict):
                prob = Problem(f"a record must be a JSON object, got {type(rec).__name__}", str(path), lineno)
                if errors is None:
                    raise RecordError(prob)
                errors.append(prob)
                continue
            yield lineno, rec


def _read(path, factory, required, errors):
    for lineno, rec in iter_jsonl(path, errors=errors):
        missing = [k for k in required if k not in rec]
        if missing:
            prob = Problem(
                f"missing required field(s) {', '.join(missing)}",
                str(path),
                lineno,
                str(rec.get("id") or rec.get("doc_id") or "") or None,
                missing[0],
            )
            if errors is None:
                raise RecordError(prob)
            errors.append(prob)
            continue
        try:
            yield factory(rec)
        except (TypeError, ValueError, KeyError) as exc:
            prob = Problem(f"malformed record: {exc}", str(path), lineno, str(rec.get("id") or rec.get("doc_id")))
            if errors is None:
                raise RecordError(prob) from None
            errors.append(prob)


def read_documents(path: str | os.PathLike, *, errors: list[Problem] | None = None) -> Iterator[Document]:
    """Stream Documents from JSONL (``.gz`` too). Records need ``id`` and ``text``; ``kind``
    defaults to ``article``."""
    return _read(path, Document.from_dict, ("id", "text"), errors)


def read_annotations(path: str | os.PathLike, *, errors: list[Problem] | None = None) -> Iterator[Annotation]:
    return _read(path, Annotation.from_dict, ("doc_id", "origin"), errors)


def dumps(record: Any) -> str:
    """One JSONL line: stable key order as built, UTF-8 kept readable (no \\u escapes)."""
    if hasattr(record, "to_dict"):
        record = record.to_dict()
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


class JsonlWriter:
    """Atomic streaming JSONL writer: lines go to a temporary file in the target's folder, which is
    renamed over the target only when the ``with`` block ends without an exception."""

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        self.count = 0
        self._fh: IO[str] | None = None
        self._tmp: str | None = None

    def __enter__(self) -> JsonlWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = _mkstemp_beside(self.path)
        raw = os.fdopen(fd, "wb")
        if self.path.suffix == ".gz":
            self._fh = io.TextIOWrapper(gzip.GzipFile(fileobj=raw, mode="wb", mtime=0), encoding="utf-8")
        else:
            self._fh = io.TextIOWrapper(raw, encoding="utf-8", newline="\n")
        return self

    def write(self, record: Any) -> None:
        assert self._fh is not None, "use JsonlWriter in a with block"
        self._fh.write(dumps(record))
        self._fh.write("\n")
        self.count += 1

    def write_all(self, records: Iterable[Any]) -> int:
        for r in records:
            self.write(r)
        return self.count

    def __exit__(self, exc_type, exc, tb) -> None:
        assert self._fh is not None and self._tmp is not None
        try:
            self._fh.flush()
            self._fh.close()
        finally:
            if exc_type is None:
                os.replace(self._tmp, self.path)
            else:
                try:
                    os.unlink(self._tmp)
                except FileNotFoundError:
                    pass


def write_jsonl(path: str | os.PathLike, records: Iterable[Any]) -> int:
    with JsonlWriter(path) as w:
        return w.write_all(records)


def atomic_write_text(path: str | os.PathLike, content: str) -> None:
    atomic_write_bytes(path, content.encode("utf-8"))


def atomic_write_bytes(path: str | os.PathLike, content: bytes) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _mkstemp_beside(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


# -- validation ---------------------------------------------------------------------------------


def validate_document(doc: Document, schema: Schema, *, path: str | None = None, line: int | None = None) -> list[Problem]:
    probs: list[Problem] = []

    def bad(msg: str, fld: str) -> None:
        probs.append(Problem(msg, path, line, doc.id or None, fld))

    if not isinstance(doc.id, str) or not doc.id:
        bad("id must be a non-empty string", "id")
    if doc.kind not in schema.document_kinds:
        bad(f"unknown kind {doc.kind!r} (known: {', '.join(schema.document_kinds)})", "kind")
    if not isinstance(doc.text, str) or not doc.text:
        bad("text must be a non-empty string", "text")
        return probs
    if doc.text_sha256 != sha256_text(doc.text):
        bad("text_sha256 does not match the text", "text_sha256")
    if "\r" in doc.text:
        bad("text is not canonical: it holds \\r (line ends must be \\n)", "text")
    elif not unicodedata.is_normalized("NFC", doc.text):
        bad("text is not canonical: not Unicode NFC", "text")
    if doc.kind == "comment" and not doc.article_id:
        bad("a comment needs the article_id of its article", "article_id")
    if doc.position is not None and (not isinstance(doc.position, int) or isinstance(doc.position, bool)
                                     or doc.position < 1):
        bad("position must be a positive integer", "position")
    return probs


def validate_spans(
    spans: Iterable[Span],
    text: str | None,
    *,
    kind: str | None = None,
    schema: Schema | None = None,
    path: str | None = None,
    line: int | None = None,
    record: str | None = None,
) -> list[Problem]:
    """Offsets in range, ``text[start:end] == span.text``, labels known and allowed, ids unique.
    With ``text=None`` (the document is not at hand) only ``0 <= start < end`` is checked."""
    probs: list[Problem] = []
    seen: set[str] = set()
    n = len(text) if text is not None else None
    for i, s in enumerate(spans):
        fld = f"spans[{i}]"

        def bad(msg: str, fld: str = fld, s: Span = s) -> None:
            probs.append(Problem(f"span {s.id!r}: {msg}", path, line, record, fld))

        if s.id in seen:
            bad("id is not unique", f"{fld}.id")
        seen.add(s.id)
        if not (isinstance(s.start, int) and isinstance(s.end, int)) or isinstance(s.start, bool):
            bad(f"offsets must be integers, got {s.start!r}..{s.end!r}")
            continue
        if n is None:
            if not (0 <= s.start < s.end):
                bad(f"offsets {s.start}..{s.end} are not 0 <= start < end", f"{fld}.start")
        elif not (0 <= s.start < s.end <= n):
            bad(f"offsets {s.start}..{s.end} out of range for a text of {n} characters", f"{fld}.start")
        elif text[s.start : s.end] != s.text:
            bad(f"text[{s.start}:{s.end}] is {text[s.start:s.end]!r}, not {s.text!r}", f"{fld}.text")
        if schema is not None:
            if s.label not in schema.label_names:
                bad(f"unknown label {s.label!r}", f"{fld}.label")
            elif kind is not None and not schema.allows(s.label, kind):
                bad(f"label {s.label} does not apply to a {kind}", f"{fld}.label")
    return probs


def validate_annotation(
    ann: Annotation,
    schema: Schema,
    doc: Document | None = None,
    *,
    path: str | None = None,
    line: int | None = None,
) -> list[Problem]:
    """Check an annotation; with its document, also offsets and that text[start:end] == span.text."""
    rec = ann.doc_id
    probs: list[Problem] = []
    if not isinstance(ann.doc_id, str) or not ann.doc_id:
        probs.append(Problem(f"doc_id must be a non-empty string, got {ann.doc_id!r}", path, line, None, "doc_id"))
    if not isinstance(ann.origin, str) or not (ann.origin == "gold" or ":" in ann.origin):
        probs.append(Problem(f"origin {ann.origin!r} is not gold, human:<email> or <kind>:<name>@<version>", path, line, rec, "origin"))
    probs += validate_spans(
        ann.spans,
        doc.text if doc is not None else None,
        kind=doc.kind if doc is not None else None,
        schema=schema,
        path=path,
        line=line,
        record=rec,
    )
    ids = {s.id: s for s in ann.spans}
    for j, r in enumerate(ann.relations):
        fld = f"relations[{j}]"
        if r.label not in schema.relation_names:
            probs.append(Problem(f"unknown relation {r.label!r}", path, line, rec, fld))
            continue
        for end_name, end in (("head", r.head), ("tail", r.tail)):
            if end not in ids:
                probs.append(Problem(f"relation {r.label} {end_name} {end!r} is not a span of this annotation", path, line, rec, f"{fld}.{end_name}"))
        rt = schema.relation(r.label)
        if r.head in ids and ids[r.head].label not in rt.from_labels:
            probs.append(Problem(f"relation {r.label} cannot start at a {ids[r.head].label}", path, line, rec, f"{fld}.head"))
        if r.tail in ids and ids[r.tail].label not in rt.to_labels:
            probs.append(Problem(f"relation {r.label} cannot end at a {ids[r.tail].label}", path, line, rec, f"{fld}.tail"))
    kind = doc.kind if doc is not None else None
    for name, value in ann.labels.items():
        try:
            dl = schema.document_label(name)
        except KeyError:
            continue  # free-form document attributes (e.g. shouting) are allowed
        if kind is not None and kind not in dl.applies_to and value not in (None, [], ""):
            probs.append(Problem(f"document label {name} does not apply to a {kind}", path, line, rec, f"labels.{name}"))
        values = value if dl.multiple else [value]
        if dl.multiple and not isinstance(value, list):
            probs.append(Problem(f"{name} must be a list", path, line, rec, f"labels.{name}"))
            continue
        for v in values:
            if v is not None and v not in dl.choices:
                probs.append(Problem(f"{v!r} is not one of {list(dl.choices)}", path, line, rec, f"labels.{name}"))
    return probs


def validate_file(path: str | os.PathLike, schema: Schema, documents: str | os.PathLike | None = None) -> tuple[int, list[Problem]]:
    """Validate a JSONL of Documents or of Annotations (told apart by ``doc_id``). For annotations,
    ``documents`` (a Documents JSONL) lets offsets and span texts be checked against the text.
    Returns (records read, problems)."""
    problems: list[Problem] = []
    docs: dict[str, Document] = {}
    if documents is not None:
        for d in read_documents(documents, errors=problems):
            docs[d.id] = d
    count = 0
    ids: dict[str, int] = {}
    p = str(path)
    for lineno, rec in iter_jsonl(path, errors=problems):
        count += 1
        if "doc_id" in rec:
            if "origin" not in rec:
                problems.append(Problem("missing required field(s) origin", p, lineno, str(rec["doc_id"]), "origin"))
                continue
            try:
                ann = Annotation.from_dict(rec)
            except (KeyError, TypeError, ValueError) as exc:
                problems.append(Problem(f"malformed annotation: {exc}", p, lineno, str(rec.get("doc_id"))))
                continue
            doc = docs.get(ann.doc_id) if isinstance(ann.doc_id, str) else None
            if documents is not None and doc is None and isinstance(ann.doc_id, str):
                problems.append(Problem("no document with this id in the documents file", p, lineno, ann.doc_id, "doc_id"))
            problems += validate_annotation(ann, schema, doc, path=p, line=lineno)
        else:
            missing = [k for k in ("id", "text") if k not in rec]
            if missing:
                problems.append(Problem(f"missing required field(s) {', '.join(missing)}", p, lineno, rec.get("id"), missing[0]))
                continue
            try:
                doc = Document.from_dict(rec)
            except (KeyError, TypeError, ValueError) as exc:
                problems.append(Problem(f"malformed document: {exc}", p, lineno, str(rec.get("id"))))
                continue
            problems += validate_document(doc, schema, path=p, line=lineno)
            if doc.id in ids:
                problems.append(Problem(f"duplicate id (first at line {ids[doc.id]})", p, lineno, doc.id, "id"))
            else:
                ids[doc.id] = lineno
            spans = rec.get("spans")
            if spans:
                try:
                    span_objs = [Span.from_dict(s) for s in _need(spans, list, "spans")]
                except (KeyError, TypeError) as exc:
                    problems.append(Problem(f"malformed span: {exc}", p, lineno, doc.id, "spans"))
                else:
                    problems += validate_spans(span_objs, doc.text, kind=doc.kind, schema=schema, path=p, line=lineno, record=doc.id)
    return count, problems
