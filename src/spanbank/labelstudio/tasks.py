"""Conversion between spanbank records and Label Studio tasks, with the offset checks.

Out: a `Document` becomes a task whose ``data`` holds the exact canonical text (offsets are code points
in both worlds, notes/label-studio.md §4), the stable ``ext_id`` (the document id) and ``text_sha256``;
an `Annotation` becomes a prediction (``model_version`` = its origin) whose regions are checked
against the text first.

In: one Label Studio annotation becomes one `Annotation` (origin ``human:<email>``). Every region is
checked against the TASK text: ``0 <= start < end <= len(text)``, and ``span.text`` is always
``text[start:end]``; ``value.text`` is advisory (it holds literal ``\\n`` escapes and collapsed
spaces) and is only compared, whitespace-insensitively, to detect shifted offsets. Nothing is dropped:
a region that cannot be placed is kept in ``meta.flags`` with its details.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from spanbank.labelstudio.config import TEXT_NAME
from spanbank.model import Annotation, Document, Relation, Span, canonical_text, sha256_text
from spanbank.schema import Schema


class ConversionError(ValueError):
    """A record that cannot become a task or a prediction; the message names the document and span."""


# -- out: documents and predictions ---------------------------------------------------------------


def task_for(doc: Document, title: str | None = None, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """A task (``data`` + ``meta``) for one document. ``title``: the article title shown as context."""
    if doc.text_sha256 != sha256_text(doc.text):
        raise ConversionError(f"document {doc.id!r}: text_sha256 does not match its text")
    data = {
        "text": doc.text,
        "title": title if title is not None else (doc.title or ""),
        "ext_id": doc.id,
        "text_sha256": doc.text_sha256,
        "kind": doc.kind,
        "article_id": doc.article_id or doc.id,
    }
    if extra:
        data.update(extra)
    return {"data": data, "meta": {"spanbank": {"ext_id": doc.id, "text_sha256": doc.text_sha256}}}


def check_span(span: Span, text: str, doc_id: str) -> None:
    if not (isinstance(span.start, int) and isinstance(span.end, int) and 0 <= span.start < span.end <= len(text)):
        raise ConversionError(f"document {doc_id!r}: span {span.id!r} offsets {span.start}..{span.end} "
                              f"out of range for a text of {len(text)} characters")
    if text[span.start:span.end] != span.text:
        raise ConversionError(f"document {doc_id!r}: span {span.id!r}: text[{span.start}:{span.end}] is "
                              f"{text[span.start:span.end]!r}, not {span.text!r}")


def result_for(ann: Annotation, text: str, schema: Schema, kind: str | None = None) -> list[dict[str, Any]]:
    """The Label Studio ``result`` list of an annotation; raises `ConversionError` on any bad span,
    unknown label, dangling relation or unknown choice."""
    result: list[dict[str, Any]] = []
    ids: set[str] = set()
    for s in ann.spans:
        check_span(s, text, ann.doc_id)
        try:
            lab = schema.label(s.label)
        except KeyError:
            raise ConversionError(f"document {ann.doc_id!r}: span {s.id!r}: unknown label {s.label!r}") from None
        if kind is not None and kind not in lab.applies_to:
            raise ConversionError(f"document {ann.doc_id!r}: span {s.id!r}: {s.label} does not apply to a {kind}")
        if s.id in ids:
            raise ConversionError(f"document {ann.doc_id!r}: span id {s.id!r} is not unique")
        ids.add(s.id)
        result.append({
            "id": s.id, "from_name": lab.layer, "to_name": TEXT_NAME, "type": "labels",
            "value": {"start": s.start, "end": s.end, "text": s.text, "labels": [s.label]},
        })
    for r in ann.relations:
        if r.head not in ids or r.tail not in ids:
            raise ConversionError(f"document {ann.doc_id!r}: relation {r.label} {r.head}->{r.tail} "
                                  "refers to a span that is not in the annotation")
        if r.label not in schema.relation_names:
            raise ConversionError(f"document {ann.doc_id!r}: unknown relation {r.label!r}")
        result.append({"from_id": r.head, "to_id": r.tail, "type": "relation", "direction": "right",
                       "labels": [r.label]})
    for dl in schema.document_labels:
        value = ann.labels.get(dl.name)
        if value in (None, "", []):
            continue
        if kind is not None and kind not in dl.applies_to:
            continue
        values = list(value) if dl.multiple else [value]
        bad = [v for v in values if v not in dl.choices]
        if bad:
            raise ConversionError(f"document {ann.doc_id!r}: {dl.name} {bad} not in {list(dl.choices)}")
        result.append({"id": f"doc-{dl.name}", "from_name": dl.name, "to_name": TEXT_NAME, "type": "choices",
                       "value": {"choices": values}})
    return result


def prediction_for(ann: Annotation, text: str, schema: Schema, kind: str | None = None,
                   model_version: str | None = None) -> dict[str, Any]:
    pred: dict[str, Any] = {"model_version": model_version or ann.origin,
                            "result": result_for(ann, text, schema, kind)}
    score = ann.meta.get("score") if ann.meta else None
    if isinstance(score, int | float):
        pred["score"] = float(score)
    return pred


# -- in: Label Studio annotations -----------------------------------------------------------------

_WS = re.compile(r"(?:\\n|\\r|\s)+")


def _loose(s: str) -> str:
    """Whitespace-insensitive form: value.text has literal \\n escapes and collapsed spaces."""
    return _WS.sub(" ", s).strip()


def _utf16_to_cp(text: str, off: int) -> int | None:
    units = 0
    for i, ch in enumerate(text):
        if units == off:
            return i
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text) if units == off else None


def _canonical_offset(raw: str, off: int) -> int:
    return len(canonical_text(raw[:off]))


def _status(ls_ann: dict[str, Any], n_regions: int) -> str:
    if ls_ann.get("was_cancelled"):
        return "cancelled" if n_regions else "skipped"
    return "completed"


def annotation_from_ls(task: dict[str, Any], ls_ann: dict[str, Any], email: str, schema: Schema, *,
                       project_id: int | None = None, project_title: str = "", review: bool = False) -> Annotation:
    """One Label Studio annotation of one exported task as an `Annotation`, checked and flagged."""
    data = task.get("data") or {}
    raw_text = data.get("text")
    if not isinstance(raw_text, str):
        raise ConversionError(f"task {task.get('id')}: data.text is missing")
    doc_id = str(data.get("ext_id") or f"ls-task-{task.get('id')}")
    flags: list[dict[str, Any]] = []
    text = canonical_text(raw_text)
    if text != raw_text:
        # someone pushed a non-canonical text (\r\n, not NFC): map offsets onto the canonical text
        flags.append({"flag": "text_canonicalised", "task_text_sha256": sha256_text(raw_text)})
    pushed_sha = data.get("text_sha256")
    if pushed_sha and pushed_sha != sha256_text(raw_text):
        flags.append({"flag": "text_changed", "detail": "task text does not match its data.text_sha256",
                      "pushed_sha256": pushed_sha})
    sb_meta = (task.get("meta") or {}).get("spanbank") or {}
    if sb_meta.get("superseded_by_sha256"):
        flags.append({"flag": "text_changed", "detail": "the document text changed after this task was pushed",
                      "new_sha256": sb_meta["superseded_by_sha256"]})
    spans: list[Span] = []
    by_region: dict[str, Span] = {}
    rels_raw: list[dict[str, Any]] = []
    labels: dict[str, Any] = {}
    doc_labels = {d.name: d for d in schema.document_labels}
    result = ls_ann.get("result") or []
    for item in result:
        typ = item.get("type")
        if typ == "relation":
            rels_raw.append(item)
            continue
        value = item.get("value") or {}
        fname = item.get("from_name")
        if typ == "choices" and fname in doc_labels:
            choices = list(value.get("choices") or [])
            labels[fname] = choices if doc_labels[fname].multiple else (choices[0] if choices else None)
            continue
        if "start" not in value or "end" not in value:
            flags.append({"flag": "unknown_region", "region": item.get("id"), "type": typ, "from_name": fname})
            continue
        rid = str(item.get("id") or f"r{len(spans)}")
        start, end = value.get("start"), value.get("end")
        region_labels = list(value.get("labels") or [])
        problem = None
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(raw_text)):
            problem = f"offsets {start}..{end} out of range for a text of {len(raw_text)} characters"
        elif not region_labels or any(lab not in schema.label_names for lab in region_labels):
            problem = f"unknown label(s) {region_labels}"
        if problem is None and isinstance(value.get("text"), str) and _loose(value["text"]) != _loose(raw_text[start:end]):
            problem = (f"value.text {value['text']!r} does not match text[{start}:{end}] "
                       f"{raw_text[start:end]!r}")
            detail: dict[str, Any] = {}
            cs, ce = _utf16_to_cp(raw_text, start), _utf16_to_cp(raw_text, end)
            if cs is not None and ce is not None and cs < ce and _loose(raw_text[cs:ce]) == _loose(value["text"]):
                detail["looks_like_utf16_offsets"] = [cs, ce]
            flags.append({"flag": "offset_mismatch", "region": rid, "start": start, "end": end,
                          "labels": region_labels, "value_text": value["text"], "detail": problem, **detail})
            problem = None  # kept as a span over the task text, flagged
        if problem is not None:
            flags.append({"flag": "offset_mismatch", "region": rid, "start": start, "end": end,
                          "labels": region_labels, "value_text": value.get("text"), "detail": problem})
            continue
        cstart, cend = start, end
        if text != raw_text:
            cstart, cend = _canonical_offset(raw_text, start), _canonical_offset(raw_text, end)
            if not (0 <= cstart < cend <= len(text)) or text[cstart:cend] != canonical_text(raw_text[start:end]):
                flags.append({"flag": "offset_mismatch", "region": rid, "start": start, "end": end,
                              "labels": region_labels,
                              "detail": "cannot be mapped onto the canonical text"})
                continue
        for k, lab in enumerate(region_labels):
            sid = rid if k == 0 else f"{rid}:{lab}"
            span = Span.over(text, cstart, cend, lab, sid)
            spans.append(span)
            by_region.setdefault(rid, span)
    relations = _relations(rels_raw, by_region, schema, flags)
    status = _status(ls_ann, len(spans))
    meta: dict[str, Any] = {
        "ls_project": project_id,
        "ls_project_title": project_title,
        "ls_task_id": task.get("id"),
        "ls_annotation_id": ls_ann.get("id"),
        "status": status,
        "text_sha256": sha256_text(text),
        "updated_at": ls_ann.get("updated_at"),
        "lead_time": ls_ann.get("lead_time"),
        "review": review,
        "flags": flags,
    }
    if ls_ann.get("parent_prediction"):
        pred = ls_ann.get("prediction") or {}
        meta["from_prediction"] = pred.get("model_version") or ls_ann.get("parent_prediction")
    return Annotation(doc_id=doc_id, origin=f"human:{email}", spans=spans, relations=relations, labels=labels,
                      created=ls_ann.get("created_at"), meta=meta)


def _relations(items: Iterable[dict[str, Any]], by_region: dict[str, Span], schema: Schema,
               flags: list[dict[str, Any]]) -> list[Relation]:
    out: list[Relation] = []
    seen: set[tuple[str, str, str]] = set()
    for item in items:
        a, b = str(item.get("from_id")), str(item.get("to_id"))
        if item.get("direction") == "left":
            a, b = b, a
        if a not in by_region or b not in by_region:
            flags.append({"flag": "relation_unresolved", "from_id": a, "to_id": b, "labels": item.get("labels"),
                          "detail": "an end is not a span of this annotation"})
            continue
        wanted = list(item.get("labels") or [])
        chosen = None
        for head, tail in ((a, b), (b, a)):  # annotators draw arrows both ways; the schema says which
            hl, tl = by_region[head].label, by_region[tail].label
            fits = [r.name for r in schema.relations if hl in r.from_labels and tl in r.to_labels]
            if wanted:
                fits = [f for f in fits if f in wanted]
            if len(fits) == 1:
                chosen = (head, tail, fits[0])
                break
        if chosen is None:
            flags.append({"flag": "relation_unresolved", "from_id": a, "to_id": b, "labels": wanted,
                          "detail": f"no relation of the schema links {by_region[a].label} and {by_region[b].label}"})
            continue
        head, tail, name = chosen
        key = (by_region[head].id, by_region[tail].id, name)
        if key not in seen:
            seen.add(key)
            out.append(Relation(head=key[0], tail=key[1], label=name))
    return out
