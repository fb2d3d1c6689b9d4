"""The agreement report: one self-contained HTML page (inline CSS, JS and SVG; no network).

The page holds the agreement tables (span F1 per label, Krippendorff's alpha, speaker agreement,
each annotator against the rest, pairs of annotators), an inline SVG bar chart per label, and every
document, worst agreement first, with one row per layer (gold, each annotator, a review, each
machine origin). The page's own script builds the highlights from a JSON block, with DOM text
nodes only, so no annotated text can ever become markup; everything rendered server-side goes
through `html.escape`. A span that differs from gold is outlined (in the gold row: a span not
marked identically by every annotator).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from string import Template

from spanbank.adjudicate import adjudicate_set, email
from spanbank.agreement import DEFAULT_THRESHOLD, AnnotationSet, compute_agreement, load_annotation_set
from spanbank.anchor import needs_reanchoring, reanchor
from spanbank.model import (
    Annotation,
    Document,
    Problem,
    atomic_write_text,
    iter_jsonl,
    read_annotations,
    read_documents,
)
from spanbank.schema import Schema, load_schema


@dataclass
class ReportResult:
    path: Path
    documents: int = 0
    layers: int = 0
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Layer:
    name: str
    kind: str  # gold | human | review | machine
    annotation: Annotation


def _esc(x: object) -> str:
    return html.escape("" if x is None else str(x), quote=True)


def _num(x: float | None) -> str:
    return "–" if x is None else f"{x:.3f}"


def _json_for_script(obj: object) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' survive literally."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace(
        "\u2028", "\\u2028").replace("\u2029", "\\u2029")


def _table(head: list[str], rows: list[list[str]], cls: str) -> str:
    out = [f'<table class="{cls}"><thead><tr>' + "".join(f"<th>{_esc(h)}</th>" for h in head) + "</tr></thead><tbody>"]
    for r in rows:
        out.append("<tr>" + "".join(r) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _td(x: object, num: bool = False) -> str:
    if num:
        return f'<td class="num">{_num(x) if isinstance(x, float) or x is None else _esc(x)}</td>'
    return f"<td>{_esc(x)}</td>"


def agreement_tables(rep: dict) -> str:
    ex, ov = rep["span_f1"]["exact"], rep["span_f1"]["overlap"]
    rows = [[_td(lab), _td(e["f1"], True), _td(ov["per_label"].get(lab, {}).get("f1"), True), _td(e["spans"], True)]
            for lab, e in ex["per_label"].items()]
    rows.append([_td("overall"), _td(ex["overall"]["f1"], True), _td(ov["overall"]["f1"], True),
                 _td(ex["overall"]["spans"], True)])
    parts = [f"<h3>Span F1 between annotators</h3><p>{_esc(rep['match']['overlap'])}; exact = same offsets; "
             f"{_esc(rep['match']['pairing'])}.</p>",
             _table(["label", "exact F1", "overlap F1", "spans compared"], rows, "span-f1")]
    a = rep["alpha"]
    rows = [[_td("verdict"), _td(a["verdict"]["alpha"], True), _td(a["verdict"]["units"], True)]]
    rows += [[_td(cat), _td(e["alpha"], True), _td(e["units"], True)] for cat, e in a["violations"].items()]
    parts += ["<h3>Krippendorff's alpha (nominal), comments</h3>",
              _table(["variable", "alpha", "comments with 2+ judgements"], rows, "alpha")]
    s = rep["speaker"]
    parts.append(f"<p class=\"speaker\">Speaker of matched quotes: {s['agree']} of {s['pairs']} pairs agree "
                 f"({_num(s['rate'])}).</p>")
    rows = [[_td(who), _td(r["documents"], True), _td(r["exact_f1"], True), _td(r["overlap_f1"], True),
             _td(r["verdict_agreement"], True)] for who, r in rep["annotator_vs_rest"].items()]
    parts += ["<h3>Each annotator against the rest</h3>",
              _table(["annotator", "shared docs", "exact F1", "overlap F1", "verdict agreement"], rows, "vs-rest")]
    rows = [[_td(p["a"]), _td(p["b"]), _td(p["documents"], True), _td(p["exact_f1"], True), _td(p["overlap_f1"], True)]
            for p in rep["pairwise"]]
    parts += ["<h3>Pairs of annotators</h3>",
              _table(["annotator", "annotator", "docs", "exact F1", "overlap F1"], rows, "pairs")]
    return "\n".join(parts)


def label_charts(rep: dict, schema: Schema) -> str:
    """One inline SVG per label: bars for exact and overlap F1 (0..1)."""
    out = []
    colours = {lab.name: lab.colour for lab in schema.labels}
    ex, ov = rep["span_f1"]["exact"]["per_label"], rep["span_f1"]["overlap"]["per_label"]
    for lab in ex:
        bars = []
        for k, (name, val) in enumerate((("exact", ex[lab]["f1"]), ("overlap", ov.get(lab, {}).get("f1")))):
            y = 28 + k * 26
            w = 0 if val is None else round(150 * val, 1)
            bars.append(f'<text x="4" y="{y + 13}" font-size="11">{name}</text>'
                        f'<rect class="bar" data-value="{_num(val)}" x="56" y="{y}" width="{w}" height="18" '
                        f'fill="{_esc(colours.get(lab, "#999999"))}"/>'
                        f'<text x="{60 + w}" y="{y + 13}" font-size="11">{_num(val)}</text>')
        out.append(f'<svg class="chart" data-label="{_esc(lab)}" xmlns="http://www.w3.org/2000/svg" width="250" '
                   f'height="86" role="img"><title>{_esc(lab)} span F1</title>'
                   f'<text x="4" y="16" font-size="12" font-weight="bold">{_esc(lab)}</text>'
                   f'<line x1="56" y1="24" x2="56" y2="82" stroke="#999"/>'
                   f'<line x1="206" y1="24" x2="206" y2="82" stroke="#ddd"/>{"".join(bars)}</svg>')
    return "".join(out) or "<p>No spans compared yet.</p>"


def _diff(kind: str, s, gold_keys: set | None, human_keys: list[set]) -> str | None:
    key = (s.label, s.start, s.end)
    if kind == "gold":
        return None if all(key in k for k in human_keys) else "not marked identically by every annotator"
    if gold_keys is None:
        return None
    return None if key in gold_keys else "not in gold"


def _spans_json(layer: Layer, gold_keys: set | None, human_keys: list[set]) -> list[dict]:
    out = []
    for s in sorted(layer.annotation.spans, key=lambda s: (s.start, s.end, s.label)):
        if s.attrs.get("unanchored"):  # its offsets belong to an older text: listed in conflicts.jsonl
            continue
        d = {"id": s.id, "start": s.start, "end": s.end, "label": s.label, "text": s.text}
        reason = _diff(layer.kind, s, gold_keys, human_keys)
        if reason:
            d["diff"] = reason
        out.append(d)
    return out


def _conflict_list(conflicts: list[dict]) -> str:
    if not conflicts:
        return ""
    items = "".join(
        f'<li data-type="{_esc(c.get("type"))}">{"" if c.get("resolved") else "<strong>unresolved</strong> "}'
        f'{_esc(c.get("type"))} {_esc(c.get("label"))} [{_esc(c.get("start"))}, {_esc(c.get("end"))}): '
        f'{_esc(c.get("detail"))}</li>' for c in conflicts)
    return f'<details class="conflicts"><summary>{len(conflicts)} conflicts and disagreements</summary><ul>{items}</ul></details>'


def _reanchor_for_display(aset: AnnotationSet, docs: dict[str, Document]) -> None:
    """Human layers made on an older text are shown where their spans now are (anchor.py)."""
    for doc_id, anns in aset.votes.items():
        doc = docs.get(doc_id)
        if doc is not None:
            aset.votes[doc_id] = [reanchor(a, doc.text).annotation if needs_reanchoring(a, doc.text) else a
                                  for a in anns]
    for doc_id, a in list(aset.reviews.items()):
        doc = docs.get(doc_id)
        if doc is not None and needs_reanchoring(a, doc.text):
            aset.reviews[doc_id] = reanchor(a, doc.text).annotation


def build_report(
    annotations_dir: Path,
    *,
    documents: Path | None = None,
    predictions: Path | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    schema: Schema | None = None,
) -> tuple[str, ReportResult]:
    """The report's HTML and what went into it (nothing is written)."""
    schema = schema or load_schema()
    annotations_dir = Path(annotations_dir)
    res = ReportResult(path=Path())
    aset = load_annotation_set(annotations_dir)
    res.problems += aset.problems
    gold: dict[str, Annotation] = {}
    gold_path = annotations_dir / "gold.jsonl"
    doc_conflicts: dict[str, list[dict]] = {}
    if gold_path.exists():
        gold = {g.doc_id: g for g in read_annotations(gold_path, errors=res.problems)}
        if (annotations_dir / "conflicts.jsonl").exists():
            doc_conflicts = {c["doc_id"]: c.get("conflicts") or [] for _, c in
                         iter_jsonl(annotations_dir / "conflicts.jsonl", errors=res.problems) if "doc_id" in c}
    # documents with a human layer or gold; machine layers are shown for those only
    wanted = set(aset.doc_ids) | set(gold)
    docs: dict[str, Document] = {}
    if documents is not None:
        docs = {d.id: d for d in read_documents(documents, errors=res.problems) if d.id in wanted}
        _reanchor_for_display(aset, docs)
    machine: dict[str, list[Annotation]] = {}
    if predictions is not None:
        for ann in read_annotations(predictions, errors=res.problems):
            if ann.is_machine and ann.doc_id in wanted:
                machine.setdefault(ann.doc_id, []).append(ann)
    rep = compute_agreement(aset, threshold=threshold, labels=schema.label_names,
                            violation_labels=schema.violation_labels)
    if not gold:
        computed = adjudicate_set(aset, documents=docs or None, threshold=threshold, schema=schema)
        gold = {g.doc_id: g for g in computed.gold}
        doc_conflicts = {c["doc_id"]: c["conflicts"] for c in computed.conflicts}

    def agreement_key(doc_id: str) -> tuple:
        a = rep["per_document"].get(doc_id)
        return (a is None, a if a is not None else 0.0, doc_id)

    payload_docs = []
    sections = []
    for doc_id in sorted(wanted, key=agreement_key):
        layers: list[Layer] = []
        g = gold.get(doc_id)
        if g is not None:
            layers.append(Layer("gold", "gold", g))
        for a in sorted(aset.votes.get(doc_id, []), key=lambda a: a.origin):
            layers.append(Layer(email(a.origin), "human", a))
        if doc_id in aset.reviews:
            layers.append(Layer("review: " + email(aset.reviews[doc_id].origin), "human", aset.reviews[doc_id]))
        for m in sorted(machine.get(doc_id, []), key=lambda a: a.origin):
            layers.append(Layer(m.origin, "machine", m))
        gold_keys = {(s.label, s.start, s.end) for s in g.spans} if g is not None else None
        human_keys = [{(s.label, s.start, s.end) for s in a.spans} for a in aset.votes.get(doc_id, [])]

        doc = docs.get(doc_id)
        di = len(payload_docs)
        payload_docs.append({"id": doc_id, "text": doc.text if doc is not None else None,
                             "layers": [{"name": lay.name, "kind": lay.kind,
                                         "spans": _spans_json(lay, gold_keys, human_keys)} for lay in layers]})
        res.layers += len(layers)
        agr = rep["per_document"].get(doc_id)
        status = g.meta.get("status") if g is not None else "no gold"
        conflicts = g.meta.get("conflicts") if g is not None else None
        labels = g.labels if g is not None else {}
        rows = []
        for li, lay in enumerate(layers):
            cls = "gold" if lay.kind == "gold" else ("machine" if lay.kind == "machine" else "human")
            n_diff = sum(1 for s in payload_docs[di]["layers"][li]["spans"] if "diff" in s)
            rows.append(f'<div class="layer {cls}" data-doc="{di}" data-layer="{li}" data-origin="{_esc(lay.annotation.origin)}">'
                        f'<div class="name">{_esc(lay.name)}<br><small>{len(lay.annotation.spans)} spans, '
                        f'{n_diff} differ</small></div><div class="text"></div></div>')
        note = "" if doc is not None else '<p class="meta">Text not available (pass --documents); spans listed.</p>'
        sections.append(
            f'<section class="doc" id="doc-{di}" data-doc-id="{_esc(doc_id)}"><h3>{_esc(doc_id)}</h3>'
            f'<p class="meta">agreement {_num(agr)} · status {_esc(status)} · unresolved conflicts '
            f'{_esc(conflicts if conflicts is not None else "–")} · labels {_esc(json.dumps(labels, ensure_ascii=False))}</p>'
            f'{note}{"".join(rows)}{_conflict_list(doc_conflicts.get(doc_id, []))}</section>')
    res.documents = len(payload_docs)
    legend = "".join(f'<span style="background:{_esc(lab.colour)}55">{_esc(lab.name)}</span>' for lab in schema.labels)
    c = rep["counts"]
    summary = (f"{len(rep['annotators'])} annotators, {rep['documents']['annotated']} documents annotated, "
               f"{rep['documents']['with_two_or_more']} by two or more; {c.get('skipped', 0)} skipped and "
               f"{c.get('cancelled', 0)} cancelled annotations do not vote; {c.get('superseded', 0)} superseded "
               f"(the latest by updated_at is kept).")
    template = Template(resources.files("spanbank").joinpath("data/report.html").read_text(encoding="utf-8"))
    page = template.substitute(
        title=_esc(f"spanbank agreement report: {annotations_dir.name}"),
        summary=_esc(summary),
        legend=legend,
        tables=agreement_tables(rep),
        charts=label_charts(rep, schema),
        documents="\n".join(sections) or "<p>No documents.</p>",
        data=_json_for_script({"colours": {lab.name: lab.colour for lab in schema.labels}, "docs": payload_docs}),
    )
    return page, res


def write_report(
    annotations_dir: Path,
    out: Path,
    *,
    documents: Path | None = None,
    predictions: Path | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> ReportResult:
    """Build the report and write it atomically to ``out``."""
    page, res = build_report(annotations_dir, documents=documents, predictions=predictions, threshold=threshold)
    atomic_write_text(out, page)
    res.path = Path(out)
    return res
