"""Reading evaluation data in the ../shared/evaldata format into Documents plus gold.

One JSON object per line (``.jsonl.gz`` too): ``id``, ``source``, ``kind`` (comment / article /
sentence / html), ``lang``, ``text`` (or ``html`` + ``text_gold``), ``spans`` (start, end, label,
text, attrs), ``doc_labels``, ``meta``. Every gold span is checked (``text[start:end] == text``);
a bad line is reported with file:line and skipped, the rest is read.

Label mapping to our schema (the evaldata README's, decided here where it leaves a choice):

* quotes: ``quote`` with ``attrs.quote_type`` ``direct`` -> DIRECT_QUOTE; every other type
  (indirect, reported, free_indirect, indirect_free_indirect, or none) -> INDIRECT_QUOTE;
  ``speaker`` -> SPEAKER; ``cue`` -> CUE; ``addressee`` is not scored (no such label).
* policy: ``insult`` -> INSULT, ``profanity`` -> PROFANITY, ``threat`` -> THREAT,
  ``identity_hate`` -> IDENTITY_ATTACK; ``toxic_other`` has no label of ours and counts only in
  the untyped union of the comment's toxic characters.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from spanbank.model import Document, Problem, iter_jsonl

KINDS = ("comment", "article", "sentence", "html")

QUOTE_LABELS = {"quote", "speaker", "cue", "addressee"}
POLICY_MAP = {"insult": "INSULT", "profanity": "PROFANITY", "threat": "THREAT", "identity_hate": "IDENTITY_ATTACK"}
POLICY_GOLD_LABELS = set(POLICY_MAP) | {"toxic_other"}


def quote_label(quote_type: str | None) -> str:
    """Our label for a gold quote of ``quote_type`` (direct -> DIRECT_QUOTE, else INDIRECT_QUOTE)."""
    return "DIRECT_QUOTE" if (quote_type or "").lower() == "direct" else "INDIRECT_QUOTE"


@dataclass
class GoldSpan:
    start: int
    end: int
    label: str
    text: str
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass
class GoldItem:
    id: str
    source: str
    kind: str
    line: int
    lang: str | None = None
    text: str = ""
    html: str | None = None
    text_gold: str | None = None
    spans: list[GoldSpan] = field(default_factory=list)
    doc_labels: dict[str, Any] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def tasks(self) -> set[str]:
        """What this item can score: quotes, claims, policy, html."""
        if self.kind == "html":
            return {"html"}
        out: set[str] = set()
        labels = {s.label for s in self.spans}
        if labels & QUOTE_LABELS or "n_quotes" in self.doc_labels:
            out.add("quotes")
        if "check_worthy" in self.doc_labels:
            out.add("claims")
        if self.kind == "comment":
            out.add("policy")
        return out

    def to_document(self) -> Document:
        """The Document the annotators see: a sentence is a one-sentence article; the text is
        used exactly as given (gold offsets point into it)."""
        kind = "comment" if self.kind == "comment" else "article"
        meta: dict[str, Any] = {"lang": self.lang} if self.lang else {}
        title = self.meta.get("article_title") or self.meta.get("title")
        if title:
            meta["context_title"] = title
        return Document(
            id=self.id,
            kind=kind,
            text=self.text,
            article_id=(self.id + "#article") if kind == "comment" else None,
            source=self.source,
            meta=meta,
        )


def _item(rec: dict, path: str, lineno: int) -> GoldItem | Problem:
    def bad(msg: str, fld: str | None = None) -> Problem:
        return Problem(msg, path, lineno, str(rec.get("id") or "") or None, fld)

    rid = rec.get("id")
    if not isinstance(rid, str) or not rid:
        return bad("missing or empty id", "id")
    kind = rec.get("kind")
    if kind not in KINDS:
        return bad(f"kind must be one of {', '.join(KINDS)}, got {kind!r}", "kind")
    text = rec.get("text") or ""
    if kind == "html":
        if not isinstance(rec.get("html"), str) or not rec["html"]:
            return bad("an html item needs a non-empty html string", "html")
    elif not isinstance(text, str) or not text:
        return bad("needs a non-empty text string", "text")
    doc_labels = rec.get("doc_labels") or {}
    if not isinstance(doc_labels, dict):
        return bad("doc_labels must be an object", "doc_labels")
    spans: list[GoldSpan] = []
    for i, s in enumerate(rec.get("spans") or []):
        try:
            start, end, label = s["start"], s["end"], s["label"]
        except (KeyError, TypeError):
            return bad("a span needs start, end and label", f"spans[{i}]")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            return bad(f"span offsets {start!r}..{end!r} out of range for a text of {len(text)} characters", f"spans[{i}]")
        if "text" in s and text[start:end] != s["text"]:
            return bad(f"text[{start}:{end}] is {text[start:end]!r}, not {s['text']!r}", f"spans[{i}].text")
        spans.append(GoldSpan(start, end, str(label), text[start:end], dict(s.get("attrs") or {})))
    sem = doc_labels.get("semeval2021_spans")
    if sem is not None:
        try:
            if not all(0 <= a < b <= len(text) for a, b in sem):
                return bad("semeval2021_spans out of range", "doc_labels.semeval2021_spans")
        except (TypeError, ValueError):
            return bad("semeval2021_spans must be a list of [start, end]", "doc_labels.semeval2021_spans")
    return GoldItem(
        id=rid,
        source=str(rec.get("source") or rid.split(":", 1)[0]),
        kind=kind,
        line=lineno,
        lang=rec.get("lang"),
        text=text,
        html=rec.get("html"),
        text_gold=rec.get("text_gold"),
        spans=spans,
        doc_labels=doc_labels,
        meta=dict(rec.get("meta") or {}),
    )


def read_gold(path: str | os.PathLike, errors: list[Problem]) -> Iterator[GoldItem]:
    """Stream GoldItems from an evaldata JSONL; bad lines go to ``errors`` (file:line, id, field)."""
    p = str(path)
    for lineno, rec in iter_jsonl(path, errors=errors):
        got = _item(rec, p, lineno)
        if isinstance(got, Problem):
            errors.append(got)
        else:
            yield got
