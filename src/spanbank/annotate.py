"""Running the pre-annotators over Documents: a checked, streaming `annotate_file` and `AnnotateStep`.

Every Annotation an annotator returns is checked against its document with `validate_annotation`
(offsets in range, ``text[start:end] == span.text``, labels allowed for the kind, relations between
spans of the annotation). A span that fails is an annotator bug: it is reported (file:line, document,
annotator, span) and left out, together with the relations that point at it, never written silently.
An annotator that raises is reported the same way; the other documents and annotators go on.
"""

from __future__ import annotations

import os
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spanbank.annotators import load_annotators
from spanbank.annotators.base import Annotator
from spanbank.model import (
    Annotation,
    Document,
    JsonlWriter,
    Problem,
    iter_jsonl,
    validate_annotation,
)
from spanbank.pipeline import Step
from spanbank.schema import Schema, load_schema

_FIELD = re.compile(r"^(spans|relations)\[(\d+)\]")


@dataclass
class AnnotateSummary:
    """What `annotate_file` / `AnnotateStep` did: counts per origin, layer/label and document label."""

    documents: int = 0
    annotations: int = 0
    by_origin: Counter = field(default_factory=Counter)
    spans: Counter = field(default_factory=Counter)  # (layer, label) -> count
    doc_labels: Counter = field(default_factory=Counter)  # "name=value" -> count
    dropped_spans: int = 0
    #: annotations whose annotator read nothing (``meta.skipped``: a language it has no rules or
    #: model for), per origin, and the first reason given
    skipped: Counter = field(default_factory=Counter)
    skip_reasons: dict[str, str] = field(default_factory=dict)
    errors: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def add(self, ann: Annotation, schema: Schema) -> None:
        self.annotations += 1
        self.by_origin[ann.origin] += 1
        why = (ann.meta or {}).get("skipped")
        if why:
            self.skipped[ann.origin] += 1
            self.skip_reasons.setdefault(ann.origin, str(why))
        for s in ann.spans:
            try:
                layer = schema.layer_of(s.label)
            except KeyError:
                layer = "?"
            self.spans[(layer, s.label)] += 1
        for name, value in ann.labels.items():
            for v in value if isinstance(value, list) else [value]:
                if v not in (None, ""):
                    self.doc_labels[f"{name}={v}"] += 1

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "annotations": self.annotations,
            "by_origin": dict(sorted(self.by_origin.items())),
            "spans": {f"{layer}/{label}": n for (layer, label), n in sorted(self.spans.items())},
            "doc_labels": dict(sorted(self.doc_labels.items())),
            "dropped_spans": self.dropped_spans,
            "skipped": dict(sorted(self.skipped.items())),
            "errors": [str(p) for p in self.errors],
        }

    def lines(self) -> list[str]:
        out = [f"{self.documents} documents, {self.annotations} annotations, {len(self.errors)} errors"]
        for origin, n in sorted(self.by_origin.items()):
            out.append(f"  {origin}: {n} annotations")
        for (layer, label), n in sorted(self.spans.items()):
            out.append(f"  {layer}/{label}: {n} spans")
        for key, n in sorted(self.doc_labels.items()):
            out.append(f"  {key}: {n} documents")
        if self.dropped_spans:
            out.append(f"  {self.dropped_spans} invalid spans left out (annotator bugs, see errors)")
        for origin, n in sorted(self.skipped.items()):
            out.append(f"  {origin}: {n} documents not read ({self.skip_reasons[origin]}{' …' if n > 1 else ''})")
        return out


def checked_annotations(
    doc: Document,
    annotators: Sequence[Annotator],
    schema: Schema,
    *,
    path: str | None = None,
    line: int | None = None,
    summary: AnnotateSummary | None = None,
) -> list[Annotation]:
    """Run every applicable annotator on ``doc``; return their Annotations with invalid spans,
    relations and document labels removed. Problems go to ``summary.errors``."""
    summary = summary if summary is not None else AnnotateSummary()
    out: list[Annotation] = []
    for a in annotators:
        if not a.applies(doc):
            continue
        try:
            ann = a.annotate(doc)
        except Exception as exc:  # an annotator bug must not stop the batch
            summary.errors.append(Problem(f"annotator {a.origin} failed: {type(exc).__name__}: {exc}", path, line, doc.id))
            continue
        if not isinstance(ann, Annotation) or ann.doc_id != doc.id:
            got = getattr(ann, "doc_id", type(ann).__name__)
            summary.errors.append(Problem(f"annotator {a.origin} returned an annotation for {got!r}", path, line, doc.id))
            continue
        problems = validate_annotation(ann, schema, doc, path=path, line=line)
        if problems:
            ann = _without_bad_parts(ann, problems, summary)
            for p in problems:
                summary.errors.append(Problem(f"annotator {ann.origin}: {p.message}", p.path, p.line, p.record, p.field))
        out.append(ann)
        summary.add(ann, schema)
    return out


def _without_bad_parts(ann: Annotation, problems: list[Problem], summary: AnnotateSummary) -> Annotation:
    bad_spans: set[int] = set()
    bad_rels: set[int] = set()
    bad_labels: set[str] = set()
    for p in problems:
        m = _FIELD.match(p.field or "")
        if m:
            (bad_spans if m.group(1) == "spans" else bad_rels).add(int(m.group(2)))
        elif (p.field or "").startswith("labels."):
            bad_labels.add(p.field.split(".", 1)[1])
    kept = [s for i, s in enumerate(ann.spans) if i not in bad_spans]
    kept_ids = {s.id for s in kept}
    summary.dropped_spans += len(bad_spans)
    ann.spans = kept
    ann.relations = [r for j, r in enumerate(ann.relations)
                     if j not in bad_rels and r.head in kept_ids and r.tail in kept_ids]
    ann.labels = {k: v for k, v in ann.labels.items() if k not in bad_labels}
    return ann


def read_input_documents(path: str | os.PathLike, schema: Schema, errors: list[Problem]) -> Iterator[tuple[int, Document]]:
    """Stream ``(line, Document)`` from any JSONL whose records have ``id`` and ``text``; a bad
    line (not JSON, no id/text, unknown kind, duplicate id) goes to ``errors`` and is skipped."""
    p = str(path)
    seen: dict[str, int] = {}
    for lineno, rec in iter_jsonl(path, errors=errors):
        rid = rec.get("id")
        if not isinstance(rid, str) or not rid:
            errors.append(Problem("a record needs a non-empty string id", p, lineno, None, "id"))
            continue
        text = rec.get("text")
        if not isinstance(text, str) or not text:
            errors.append(Problem("a record needs a non-empty string text", p, lineno, rid, "text"))
            continue
        kind = rec.get("kind") or "article"
        if kind not in schema.document_kinds:
            errors.append(Problem(f"unknown kind {kind!r} (known: {', '.join(schema.document_kinds)})", p, lineno, rid, "kind"))
            continue
        if rid in seen:
            errors.append(Problem(f"duplicate id (first at line {seen[rid]})", p, lineno, rid, "id"))
            continue
        seen[rid] = lineno
        try:
            doc = Document.from_dict({**rec, "kind": kind})
        except (TypeError, ValueError, KeyError) as exc:
            errors.append(Problem(f"malformed record: {exc}", p, lineno, rid))
            continue
        yield lineno, doc


def _progress(items: Iterable, desc: str) -> Iterable:
    if sys.stderr.isatty():
        from tqdm import tqdm  # noqa: PLC0415

        return tqdm(items, desc=desc, unit="doc", file=sys.stderr)
    return items


def annotate_file(
    docs_path: str | os.PathLike,
    out_path: str | os.PathLike,
    only: Sequence[str] | None = None,
    *,
    annotators: Sequence[Annotator] | None = None,
    schema: Schema | None = None,
) -> AnnotateSummary:
    """Annotate every document of ``docs_path`` (JSONL, ``.gz`` too) and write one Annotation per
    document and applicable annotator to ``out_path``, streaming and atomically (the file appears
    only when done). ``only`` picks registry keys (quotes, claims, policy); ``annotators`` passes
    instances instead. Returns the summary; ``summary.ok`` is False when anything failed."""
    schema = schema or load_schema()
    annotators = list(annotators) if annotators is not None else load_annotators(only)
    summary = AnnotateSummary()
    p = str(docs_path)
    with JsonlWriter(out_path) as writer:
        for lineno, doc in _progress(read_input_documents(docs_path, schema, summary.errors), "annotate"):
            summary.documents += 1
            for ann in checked_annotations(doc, annotators, schema, path=p, line=lineno, summary=summary):
                writer.write(ann)
    return summary


class AnnotateStep(Step):
    """Pipeline step: takes Documents, yields their checked Annotations (one per applicable
    annotator). Problems accumulate in ``self.summary.errors``."""

    name = "annotate"

    def __init__(self, only: Sequence[str] | None = None, *, annotators: Sequence[Annotator] | None = None,
                 schema: Schema | None = None) -> None:
        self.schema = schema or load_schema()
        self.annotators = list(annotators) if annotators is not None else load_annotators(only)
        self.summary = AnnotateSummary()

    def run(self, data: Iterable[Document] | None, rank: int = 0, world_size: int = 1) -> Iterator[Annotation]:
        for doc in data or ():
            self.summary.documents += 1
            yield from checked_annotations(doc, self.annotators, self.schema, summary=self.summary)
