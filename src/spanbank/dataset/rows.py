"""One Document with its gold and machine annotations -> the rows of every config.

Annotations are the parsed JSON records (`spanbank.dataset.index.check_record`), not `Annotation`
objects: the stage reads each record once and checks each span once against the text (`_valid`);
nothing is converted twice. Rows hold ClassLabel ids; list-of-struct columns are given as a dict of
child lists and list columns as lists or numpy arrays (see `spanbank.dataset.sink.ColumnBuffer`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from spanbank.dataset.features import (
    CONFIGS,
    CUE_REL,
    ORIGIN_NAMES,
    SPEAKER_REL,
    STATUS_NAMES,
    TAG_SOURCE_NAMES,
    choices,
    quote_labels,
)
from spanbank.dataset.index import Record
from spanbank.dataset.tokens import Tagger, TagStats, tokenize_arrays
from spanbank.model import Document, Problem
from spanbank.schema import Schema

SpanDict = dict[str, Any]


def merge(anns: Sequence[Record]) -> Record | None:
    """Several annotation records of one origin class (e.g. gold per layer) as one."""
    if not anns:
        return None
    if len(anns) == 1:
        return anns[0]
    first = anns[0]
    out: Record = {"doc_id": first["doc_id"], "origin": first["origin"], "spans": [], "relations": [],
                   "labels": {}, "meta": dict(first["meta"])}
    for a in anns:
        out["spans"] += a["spans"]
        out["relations"] += a["relations"]
        out["labels"].update(a["labels"])
    return out


class _Layer:
    """An annotation with its spans that passed the checks, by id, and its relations by head."""

    __slots__ = ("rec", "spans", "by_id", "rel")

    def __init__(self, rec: Record, spans: list[SpanDict]):
        self.rec, self.spans = rec, spans
        self.by_id = {sp["id"]: sp for sp in spans}
        self.rel = {(str(r["head"]), r["label"]): str(r["tail"]) for r in rec["relations"]}

    def speaker(self, sp: SpanDict) -> str | None:
        name = sp["attrs"].get("speaker")
        if name:
            return str(name)
        tail = self.by_id.get(self.rel.get((sp["id"], SPEAKER_REL), ""))
        return tail["text"] if tail is not None else None


def _score(sp: SpanDict) -> float | None:
    v = sp["attrs"].get("score")
    return float(v) if isinstance(v, int | float) else None


class RowBuilder:
    """Turns one Document with its gold and machine annotations into the rows of every config,
    and counts what the card reports (`counts`, `tag_stats`). Spans whose offsets do not match the
    text are left out and reported as Problems."""

    def __init__(self, schema: Schema, configs: Iterable[str] = CONFIGS):
        self.schema = schema
        self.want = set(configs)
        layers = [(ly.name, ly.label_names) for ly in schema.layers]
        self.tagger = Tagger(layers)
        self.tag_names = [f"{name}_tags" for name, _ in layers]
        self.quote_labels = set(quote_labels(schema))
        self.policy_labels = set(schema.violation_labels)
        self.policy_layer = {lab.name for lab in schema.labels if lab.layer == "policy"}
        self.article_titles: dict[str, str | None] = {}
        self.label_names = schema.label_names
        self.label_id = {lab: i for i, lab in enumerate(self.label_names)}
        self.verdict_names = choices(schema, "verdict")
        self.violation_names = choices(schema, "violations")
        self.relation_id = {r: i for i, r in enumerate(schema.relation_names)}
        self.violation_id = {v: i for i, v in enumerate(self.violation_names)}
        self.verdict_id = {v: i for i, v in enumerate(self.verdict_names)}
        self.form_id = {q: i for i, q in enumerate(quote_labels(schema))}
        self.bad_spans = 0

    @property
    def tag_stats(self) -> dict[str, TagStats]:
        return self.tagger.stats

    def _valid(self, doc: Document, ann: Record, problems: list[Problem], where: str) -> list[SpanDict]:
        ok = []
        text, n, label_id = doc.text, len(doc.text), self.label_id
        for sp in ann["spans"]:
            s, e = sp.get("start"), sp.get("end")
            attrs = sp.get("attrs")
            if (type(s) is int and type(e) is int and 0 <= s < e <= n and sp.get("label") in label_id
                    and text[s:e] == sp.get("text") and "id" in sp and (attrs is None or isinstance(attrs, dict))):
                if attrs is None:
                    sp["attrs"] = {}
                if type(sp["id"]) is not str:
                    sp["id"] = str(sp["id"])
                ok.append(sp)
                continue
            self.bad_spans += 1
            problems.append(Problem(
                f"span {str(sp.get('id'))!r} ({sp.get('label')} {s}-{e}) does not match the document text "
                "or the schema; left out of the dataset", where, record=doc.id, field=f"{ann['origin']} spans"))
        return ok

    def rows(self, doc: Document, gold: Record | None, machine: Sequence[Record], problems: list[Problem],
             counts: Counter, where: str = "") -> dict[str, list[dict]]:
        """The rows of each wanted config for one document; ``counts`` gets its label counts."""
        want = self.want
        article_id = doc.article_id or doc.id
        if doc.kind == "article":
            self.article_titles[article_id] = doc.title
        g = _Layer(gold, self._valid(doc, gold, problems, where)) if gold is not None else None
        mach = [_Layer(a, self._valid(doc, a, problems, where)) for a in machine]
        meta = gold["meta"] if gold is not None else {}
        status = meta.get("status") if gold is not None else "unannotated"
        if status not in STATUS_NAMES:
            status = "single"
        violations, verdict, shouting = (self._doc_labels(doc, gold, g.spans) if g is not None
                                         else ([], None, None))
        counts[f"status:{status}"] += 1
        if g is not None:
            counts.update([f"gold:{sp['label']}" for sp in g.spans])
        for m in mach:
            counts.update([f"machine:{sp['label']}" for sp in m.spans])
        out: dict[str, list[dict]] = {}
        if "documents" in want:
            out["documents"] = [self._document(doc, article_id, g, mach, status, violations, verdict)]
        if "tokens" in want:
            out["tokens"] = [self._tokens(doc, article_id, g, mach)]
        if "quotes" in want:
            sources = [(g, "gold")] if g is not None else [(m, "machine") for m in mach]
            out["quotes"] = [q for layer, origin in sources for q in self._quotes(doc, layer, origin)]
            for _ in out["quotes"]:
                counts[f"quote:{'gold' if g is not None else 'machine'}"] += 1
        if "comments" in want:
            out["comments"] = ([self._comment(doc, article_id, g, mach, (violations, verdict, shouting))]
                               if doc.kind == "comment" else [])
            for row in out["comments"]:
                origin = ORIGIN_NAMES[row["origin"]]
                if row["verdict"] is not None:
                    counts[f"verdict:{origin}:{self.verdict_names[row['verdict']]}"] += 1
                for v in row["violations"]:
                    counts[f"violation:{origin}:{self.violation_names[v]}"] += 1
        return out

    def _span_columns(self, layer: _Layer | None, origin: str | None = None) -> dict[str, list]:
        spans = layer.spans if layer is not None else []
        label_id, quotes = self.label_id, self.quote_labels
        cols = {"id": [sp["id"] for sp in spans], "start": [sp["start"] for sp in spans],
                "end": [sp["end"] for sp in spans], "label": [label_id[sp["label"]] for sp in spans],
                "text": [sp["text"] for sp in spans],
                "speaker": [layer.speaker(sp) if sp["label"] in quotes else None for sp in spans]}
        if origin is not None:
            cols["origin"] = [origin] * len(spans)
            cols["score"] = [_score(sp) for sp in spans]
        return cols

    def _document(self, doc: Document, article_id: str, g: _Layer | None, mach: list[_Layer], status: str,
                  violations: list[str], verdict: str | None) -> dict:
        meta = g.rec["meta"] if g is not None else {}
        if len(mach) == 1:
            predicted = self._span_columns(mach[0], mach[0].rec["origin"])
        else:
            predicted = {}
            for m in mach:
                for k, v in self._span_columns(m, m.rec["origin"]).items():
                    predicted.setdefault(k, []).extend(v)
        relations: dict[str, list] = {"head": [], "tail": [], "label": []}
        if g is not None:
            for r in g.rec["relations"]:
                head, tail = str(r["head"]), str(r["tail"])
                if head in g.by_id and tail in g.by_id and r["label"] in self.relation_id:
                    relations["head"].append(head)
                    relations["tail"].append(tail)
                    relations["label"].append(self.relation_id[r["label"]])
        agreement = meta.get("agreement")
        return {
            "id": doc.id, "article_id": article_id, "kind": doc.kind, "source": doc.source, "url": doc.url,
            "published": doc.published, "title": doc.title, "author": doc.author, "position": doc.position,
            "text": doc.text, "text_sha256": doc.text_sha256,
            "spans": self._span_columns(g), "relations": relations, "predicted_spans": predicted,
            "violations": [self.violation_id[v] for v in violations],
            "verdict": None if verdict is None else self.verdict_id[verdict],
            "annotation_status": STATUS_NAMES.index(status),
            "annotators": [str(x) for x in meta.get("annotators") or []],
            "agreement": agreement if isinstance(agreement, int | float) else None,
        }

    def _tokens(self, doc: Document, article_id: str, g: _Layer | None, mach: list[_Layer]) -> dict:
        """Tags from gold when the document has gold, else from every machine layer."""
        if g is not None:
            tag_spans, tag_source = g.spans, TAG_SOURCE_NAMES.index("gold")
        elif mach:
            tag_spans, tag_source = [sp for m in mach for sp in m.spans], TAG_SOURCE_NAMES.index("machine")
        else:
            tag_spans, tag_source = [], TAG_SOURCE_NAMES.index("none")
        toks, starts, ends = tokenize_arrays(doc.text)
        tags = self.tagger.tag([(sp["start"], sp["end"], sp["label"]) for sp in tag_spans], starts, ends)
        row = {"id": doc.id, "article_id": article_id, "kind": doc.kind, "text": doc.text,
               "tokens": toks, "token_starts": starts, "token_ends": ends, "tag_source": tag_source}
        row.update(zip(self.tag_names, tags, strict=True))
        return row

    def _doc_labels(self, doc: Document, ann: Record, spans: list[SpanDict]
                    ) -> tuple[list[str], str | None, bool | None]:
        """violations, verdict, shouting of a comment: the annotation's document labels, else
        derived from its policy spans as the schema's policy says."""
        if doc.kind != "comment":
            return [], None, None
        labels = ann["labels"]
        shouting = labels.get("shouting", ann["meta"].get("shouting"))
        if shouting is None:
            shouting = any(bool(sp["attrs"].get("shouting")) for sp in spans) or None
        if "violations" in labels:
            violations = [v for v in labels.get("violations") or [] if v in self.violation_id]
        else:
            found = {sp["label"] for sp in spans if sp["label"] in self.policy_labels}
            violations = [c for c in self.violation_names if c in found]
        verdict = labels.get("verdict")
        if verdict not in self.verdict_id:
            verdict = "violates_policy" if violations or (shouting and self.schema.shouting_counts) else "acceptable"
        return violations, verdict, None if shouting is None else bool(shouting)

    def _comment(self, doc: Document, article_id: str, g: _Layer | None, mach: list[_Layer],
                 gold_labels: tuple[list[str], str | None, bool | None]) -> dict:
        violations, verdict, shouting = gold_labels
        if g is not None:
            origin, annotator = "gold", "gold"
        else:
            pol = [m for m in mach
                   if any(sp["label"] in self.policy_layer for sp in m.spans) or "verdict" in m.rec["labels"]]
            origin, annotator = "machine", None
            if pol:
                violations, verdict, shouting = self._doc_labels(doc, merge([m.rec for m in pol]),
                                                                 [sp for m in pol for sp in m.spans])
                annotator = ",".join(m.rec["origin"] for m in pol)
        return {
            "id": doc.id, "article_id": article_id,
            "article_title": self.article_titles.get(article_id) or doc.meta.get("article_title") or doc.title,
            "position": doc.position, "author": doc.author, "text": doc.text,
            "violations": [self.violation_id[v] for v in violations],
            "verdict": None if verdict is None else self.verdict_id[verdict], "shouting": shouting,
            "origin": ORIGIN_NAMES.index(origin), "annotator": annotator,
        }

    def _quotes(self, doc: Document, layer: _Layer, origin: str) -> list[dict]:
        rows = []
        ann_origin = layer.rec["origin"]
        for sp in layer.spans:
            if sp["label"] not in self.quote_labels:
                continue
            mention = layer.by_id.get(layer.rel.get((sp["id"], SPEAKER_REL), ""))
            cue = layer.by_id.get(layer.rel.get((sp["id"], CUE_REL), ""))
            cue_text = cue["text"] if cue is not None else sp["attrs"].get("cue")
            rows.append({
                "id": f"{doc.id}/{sp['id']}" if origin == "gold" else f"{doc.id}/{ann_origin}/{sp['id']}",
                "doc_id": doc.id, "article_id": doc.article_id or doc.id, "kind": doc.kind,
                "quote": sp["text"], "form": self.form_id[sp["label"]], "start": sp["start"], "end": sp["end"],
                "speaker": layer.speaker(sp),
                "speaker_mention": mention["text"] if mention is not None else None,
                "speaker_start": mention["start"] if mention is not None else None,
                "speaker_end": mention["end"] if mention is not None else None,
                "cue": str(cue_text) if cue_text else None,
                "cue_start": cue["start"] if cue is not None else None,
                "cue_end": cue["end"] if cue is not None else None,
                "origin": ORIGIN_NAMES.index(origin), "annotator": ann_origin,
            })
        return rows
