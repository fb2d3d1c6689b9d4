"""`spanbank eval`: run the pre-annotators on gold items and score them per task and label.

Tasks follow the gold an item carries (`GoldItem.tasks`): quotes (quote/speaker/cue spans),
claims (``doc_labels.check_worthy``), policy (comments), html (the ingest's text extraction).
The metric definitions are in `spanbank.evaluate` and docs/eval.md.
"""

from __future__ import annotations

import importlib
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spanbank.annotate import AnnotateSummary, checked_annotations
from spanbank.annotators import load_annotators
from spanbank.annotators.base import Annotator
from spanbank.evalsets import POLICY_GOLD_LABELS, POLICY_MAP, GoldItem, quote_label, read_gold
from spanbank.evaluate import (
    PRF,
    SpanCounts,
    binary_prf,
    char_f1,
    char_prf,
    char_set,
    match_spans,
    mean,
    normalise_ws,
    speaker_match,
    token_prf,
    trim,
)
from spanbank.model import Annotation, Problem
from spanbank.schema import Schema, load_schema

TASKS = ("quotes", "claims", "policy", "html")
TASK_ANNOTATOR = {"quotes": "quotes", "claims": "claims", "policy": "policy"}
THRESHOLDS: dict[str, float | None] = {"0.3": 0.3, "0.8": 0.8, "exact": None}
QUOTE_GROUPS = ("DIRECT_QUOTE", "INDIRECT_QUOTE", "ALL_QUOTES", "SPEAKER", "CUE")
CLAIM_COVERAGE = 0.5
DOC_TARGETS = ("hateful", "toxic", "any_toxicity")


# -- quotes ------------------------------------------------------------------------------------


@dataclass
class QuoteScorer:
    items: int = 0
    counts: dict[str, dict[str, SpanCounts]] = field(
        default_factory=lambda: {g: {k: SpanCounts() for k in THRESHOLDS} for g in QUOTE_GROUPS})
    speaker_n: int = 0
    speaker_correct: int = 0
    speaker_no_gold: int = 0
    by_type: dict[str, Counter] = field(default_factory=dict)

    def add(self, item: GoldItem, ann: Annotation) -> None:
        self.items += 1
        text = item.text
        gold: dict[str, list[tuple[int, int]]] = {g: [] for g in QUOTE_GROUPS}
        gold_quotes = []
        for s in item.spans:
            off = trim(text, s.start, s.end)
            if s.label == "quote":
                gold[quote_label(s.attrs.get("quote_type"))].append(off)
                gold["ALL_QUOTES"].append(off)
                gold_quotes.append(s)
            elif s.label in ("speaker", "cue"):
                gold[s.label.upper()].append(off)
        pred: dict[str, list[tuple[int, int]]] = {g: [] for g in QUOTE_GROUPS}
        pred_quotes = []
        for s in ann.spans:
            off = trim(text, s.start, s.end)
            if s.label in ("DIRECT_QUOTE", "INDIRECT_QUOTE"):
                pred[s.label].append(off)
                pred["ALL_QUOTES"].append(off)
                pred_quotes.append(s)
            elif s.label in ("SPEAKER", "CUE"):
                pred[s.label].append(off)
        for g in QUOTE_GROUPS:
            for key, thr in THRESHOLDS.items():
                m = match_spans(gold[g], pred[g], thr)
                self.counts[g][key].add(m)
                if g == "ALL_QUOTES" and key == "0.3":
                    self._speakers(ann, gold_quotes, pred_quotes, m.recalled)
        m03 = match_spans(gold["ALL_QUOTES"], pred["ALL_QUOTES"], 0.3)
        for i, s in enumerate(gold_quotes):
            c = self.by_type.setdefault(str(s.attrs.get("quote_type") or "none"), Counter())
            c["n"] += 1
            c["recalled"] += i in m03.recalled

    def _speakers(self, ann: Annotation, gold_quotes: list, pred_quotes: list, recalled: dict[int, int]) -> None:
        by_id = {s.id: s for s in ann.spans}
        said_by = {r.head: by_id.get(r.tail) for r in ann.relations if r.label == "said_by"}
        for gi, pj in recalled.items():
            g_name = gold_quotes[gi].attrs.get("speaker")
            if not g_name:
                self.speaker_no_gold += 1
                continue
            p = pred_quotes[pj]
            mention = said_by.get(p.id)
            names = [p.attrs.get("speaker"), mention.text if mention is not None else None]
            self.speaker_n += 1
            self.speaker_correct += any(speaker_match(n, g_name) for n in names)

    def report(self) -> dict:
        return {
            "items": self.items,
            "labels": {g: {k: c.to_dict() for k, c in by_thr.items()} for g, by_thr in self.counts.items()},
            "speaker_accuracy": {
                "accuracy": self.speaker_correct / self.speaker_n if self.speaker_n else None,
                "n": self.speaker_n,
                "correct": self.speaker_correct,
                "matched_without_gold_speaker": self.speaker_no_gold,
            },
            "recall_at_0.3_by_gold_type": {
                t: {"n": c["n"], "recall": c["recalled"] / c["n"] if c["n"] else None}
                for t, c in sorted(self.by_type.items())
            },
        }


# -- claims ------------------------------------------------------------------------------------


def claim_positive(text: str, ann: Annotation, label: str = "CLAIM", coverage: float = CLAIM_COVERAGE) -> bool:
    """True when ``label`` spans cover >= ``coverage`` of the text's non-space characters."""
    non_space = [i for i, ch in enumerate(text) if not ch.isspace()]
    if not non_space:
        return False
    covered = char_set((s.start, s.end) for s in ann.spans if s.label == label)
    return sum(1 for i in non_space if i in covered) / len(non_space) >= coverage


@dataclass
class ClaimScorer:
    gold: list[bool] = field(default_factory=list)
    pred: list[bool] = field(default_factory=list)

    def add(self, item: GoldItem, ann: Annotation) -> None:
        self.gold.append(bool(item.doc_labels.get("check_worthy")))
        self.pred.append(claim_positive(item.text, ann))

    def report(self) -> dict:
        return {"items": len(self.gold), "n_pos": sum(self.gold), "n_neg": len(self.gold) - sum(self.gold),
                "coverage": CLAIM_COVERAGE, "positive": binary_prf(self.gold, self.pred).to_dict()}


# -- policy ------------------------------------------------------------------------------------


@dataclass
class PolicyScorer:
    policy_labels: tuple[str, ...]
    items: int = 0
    typed: list[float] = field(default_factory=list)
    semeval: list[float] = field(default_factory=list)
    typed_micro: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    per_label_posts: dict[str, list[float]] = field(default_factory=dict)
    per_label_micro: dict[str, PRF] = field(default_factory=dict)
    docs: dict[str, tuple[list[bool], list[bool]]] = field(default_factory=dict)

    def add(self, item: GoldItem, ann: Annotation) -> None:
        self.items += 1
        pred_spans = [s for s in ann.spans if s.label in self.policy_labels]
        pred_all = char_set((s.start, s.end) for s in pred_spans)
        dl = item.doc_labels
        has_span_gold = any(s.label in POLICY_GOLD_LABELS for s in item.spans) or "span_labels" in dl \
            or "semeval2021_spans" in dl
        if has_span_gold:
            gold_all = char_set((s.start, s.end) for s in item.spans if s.label in POLICY_GOLD_LABELS)
            self.typed.append(char_f1(pred_all, gold_all))
            self.typed_micro = self.typed_micro + char_prf(pred_all, gold_all)
            if dl.get("semeval2021_spans") is not None:
                self.semeval.append(char_f1(pred_all, char_set(tuple(x) for x in dl["semeval2021_spans"])))
            for gl, ours in POLICY_MAP.items():
                g = char_set((s.start, s.end) for s in item.spans if s.label == gl)
                p = char_set((s.start, s.end) for s in pred_spans if s.label == ours)
                if g or p:
                    self.per_label_posts.setdefault(ours, []).append(char_f1(p, g))
                self.per_label_micro[ours] = self.per_label_micro.get(ours, PRF(0, 0, 0)) + char_prf(p, g)
        verdict = ann.labels.get("verdict")
        violates = verdict == "violates_policy" if verdict is not None else bool(pred_spans)
        for key in DOC_TARGETS:
            if isinstance(dl.get(key), bool):
                gs, ps = self.docs.setdefault(key, ([], []))
                gs.append(dl[key])
                ps.append(violates)
        if isinstance(dl.get("identity_hate"), bool):
            gs, ps = self.docs.setdefault("identity_hate~IDENTITY_ATTACK", ([], []))
            gs.append(dl["identity_hate"])
            ps.append("IDENTITY_ATTACK" in (ann.labels.get("violations") or []))

    def report(self) -> dict:
        docs = {}
        for key, (gs, ps) in self.docs.items():
            n_pos = sum(gs)
            docs[key] = {**binary_prf(gs, ps).to_dict(), "n_pos": n_pos, "n_neg": len(gs) - n_pos,
                         "recall_only": len(gs) == n_pos}
        return {
            "items": self.items,
            "span_items": len(self.typed),
            "char_f1_typed_union": mean(self.typed),
            "char_micro_typed_union": self.typed_micro.to_dict() if self.typed else None,
            "char_f1_semeval2021": mean(self.semeval),
            "semeval2021_items": len(self.semeval),
            "labels": {
                lab: {"char_f1_posts": mean(self.per_label_posts.get(lab, [])),
                      "posts": len(self.per_label_posts.get(lab, [])),
                      **{f"micro_{k}": v for k, v in self.per_label_micro[lab].to_dict().items()}}
                for lab in sorted(self.per_label_micro)
            },
            "document": docs,
        }


# -- html --------------------------------------------------------------------------------------


def load_extractor() -> tuple[Callable[..., Any] | None, str | None]:
    """`spanbank.ingest.extract_html`, or (None, why it is not there)."""
    reasons = []
    for module in ("spanbank.ingest", "spanbank.ingest.html"):
        try:
            return importlib.import_module(module).extract_html, None
        except (ImportError, AttributeError) as exc:
            reasons.append(f"{module}: {exc}")
    return None, "spanbank.ingest.extract_html is not available (" + "; ".join(reasons) + ")"


def extracted_text(result: Any) -> tuple[str, str]:
    """(main text, reader comments joined) from what `extract_html` returns: a str, a dict or an
    object with ``text`` and optionally ``comments`` (strings or (author, text) pairs)."""
    if result is None:
        return "", ""
    if isinstance(result, str):
        return result, ""
    get = result.get if isinstance(result, dict) else (lambda k, d=None: getattr(result, k, d))
    comments = get("comments") or []
    texts = [c[-1] if isinstance(c, tuple | list) else str(c) for c in comments]
    return str(get("text") or ""), "\n".join(t for t in texts if t)


@dataclass
class HtmlScorer:
    extract: Callable[..., Any]
    items: int = 0
    failed: int = 0
    per_doc: list[PRF] = field(default_factory=list)
    micro: PRF = field(default_factory=lambda: PRF(0, 0, 0))
    snippets: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def add(self, item: GoldItem, errors: list[Problem], path: str) -> None:
        self.items += 1
        t0 = time.perf_counter()
        try:
            text, comments = extracted_text(self.extract(item.html, url=item.meta.get("url")))
        except Exception as exc:  # one page must not stop the evaluation
            self.failed += 1
            errors.append(Problem(f"extract_html failed: {type(exc).__name__}: {exc}", path, item.line, item.id))
            text, comments = "", ""
        self.seconds += time.perf_counter() - t0
        if item.text_gold:
            r = token_prf(text, item.text_gold)
            self.per_doc.append(r)
            self.micro = self.micro + r
        flat, flat_comments = normalise_ws(text), normalise_ws(comments)
        for key, want in (("must_contain", True), ("must_not_contain", False), ("comments_contain", True)):
            where = flat_comments if key == "comments_contain" else flat
            for snip in item.doc_labels.get(key) or []:
                self.snippets[f"{key}_n"] += 1
                self.snippets[f"{key}_ok"] += (normalise_ws(snip) in where) == want

    def report(self) -> dict:
        def share(key: str) -> float | None:
            n = self.snippets[f"{key}_n"]
            return self.snippets[f"{key}_ok"] / n if n else None

        return {
            "items": self.items,
            "failed": self.failed,
            "seconds_per_page": self.seconds / self.items if self.items else None,
            "text_gold_items": len(self.per_doc),
            "token_mean": {k: mean(getattr(r, k) for r in self.per_doc) for k in ("precision", "recall", "f1")}
            if self.per_doc else None,
            "token_micro": self.micro.to_dict() if self.per_doc else None,
            "must_contain_found": share("must_contain"),
            "must_not_contain_absent": share("must_not_contain"),
            "comments_contain_found": share("comments_contain"),
            "snippets": {k: v for k, v in sorted(self.snippets.items()) if k.endswith("_n")},
        }


# -- the run -----------------------------------------------------------------------------------


@dataclass
class EvalResult:
    report: dict
    errors: list[Problem]

    @property
    def ok(self) -> bool:
        return not self.errors and not self.report.get("unavailable")


def evaluate_file(
    path: str | os.PathLike,
    only: Sequence[str] | None = None,
    *,
    annotators: dict[str, Annotator] | None = None,
    extract: Callable[..., Any] | None = None,
    schema: Schema | None = None,
    progress: Callable[[Iterable], Iterable] | None = None,
) -> EvalResult:
    """Score the pre-annotators (and the HTML extractor) on one gold file. ``annotators`` maps a
    registry key (quotes, claims, policy) to an instance, instead of loading the registered one."""
    schema = schema or load_schema()
    wanted = set(only) if only else set(TASKS)
    unknown = wanted - set(TASKS)
    if unknown:
        raise ValueError(f"unknown task(s) {', '.join(sorted(unknown))}; known: {', '.join(TASKS)}")
    p = str(path)
    errors: list[Problem] = []
    summary = AnnotateSummary(errors=errors)
    loaded: dict[str, Annotator | None] = dict(annotators or {})
    unavailable: dict[str, str] = {}
    scorers: dict[str, Any] = {}
    sources: Counter = Counter()
    seconds: Counter = Counter()

    def annotator_for(task: str) -> Annotator | None:
        key = TASK_ANNOTATOR[task]
        if key not in loaded:
            try:
                loaded[key] = load_annotators([key])[0]
            except Exception as exc:  # missing module, missing model file: say so, score the rest
                loaded[key] = None
                unavailable[task] = f"the {key} annotator is not available ({type(exc).__name__}: {exc})"
        return loaded[key]

    items = read_gold(path, errors)
    for item in progress(items) if progress else items:
        sources[item.source] += 1
        for task in sorted(item.tasks & wanted):
            if task == "html":
                if "html" not in scorers:
                    fn, why = (extract, None) if extract is not None else load_extractor()
                    if fn is None:
                        unavailable["html"] = str(why)
                        scorers["html"] = None
                    else:
                        scorers["html"] = HtmlScorer(fn)
                if scorers["html"] is not None:
                    scorers["html"].add(item, errors, p)
                continue
            annotator = annotator_for(task)
            if annotator is None:
                continue
            doc = item.to_document()
            t0 = time.perf_counter()
            anns = checked_annotations(doc, [annotator], schema, path=p, line=item.line, summary=summary)
            seconds[task] += time.perf_counter() - t0
            ann = anns[0] if anns else Annotation(doc_id=doc.id, origin=annotator.origin)
            if task not in scorers:
                scorers[task] = {"quotes": QuoteScorer, "claims": ClaimScorer,
                                 "policy": lambda: PolicyScorer(tuple(schema.layer("policy").label_names))}[task]()
            scorers[task].add(item, ann)
    report: dict[str, Any] = {"file": p, "items": sum(sources.values()), "sources": dict(sources)}
    for task in TASKS:
        sc = scorers.get(task)
        if sc is not None:
            report[task] = sc.report()
            annotator = loaded.get(TASK_ANNOTATOR.get(task, ""))
            if annotator is not None:
                report[task]["origin"] = annotator.origin
                report[task]["ms_per_doc"] = 1000 * seconds[task] / max(report[task]["items"], 1)
    if unavailable:
        report["unavailable"] = unavailable
    report["errors"] = [str(e) for e in errors]
    return EvalResult(report, errors)
