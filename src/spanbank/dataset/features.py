"""Configs, their Features (from the schema) and the split of a document."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from datasets import ClassLabel, Features, List, Value

from spanbank.dataset.tokens import bio_names
from spanbank.schema import Schema

SPLITS: tuple[str, ...] = ("train", "validation", "test")
CONFIGS: tuple[str, ...] = ("documents", "tokens", "quotes", "comments")
DEFAULT_RATIOS: tuple[float, float, float] = (0.8, 0.1, 0.1)
STATUS_NAMES = ["unannotated", "single", "adjudicated", "reviewed"]
ORIGIN_NAMES = ["gold", "machine"]
TAG_SOURCE_NAMES = ["gold", "machine", "none"]
SPEAKER_REL, CUE_REL = "said_by", "cue"


# -- splits ---------------------------------------------------------------------------------------

def check_ratios(ratios: Sequence[float]) -> tuple[float, float, float]:
    if len(ratios) != 3 or any(r < 0 for r in ratios) or abs(sum(ratios) - 1.0) > 1e-6:
        raise ValueError(f"split ratios must be three non-negative numbers summing to 1, got {list(ratios)}")
    return (float(ratios[0]), float(ratios[1]), float(ratios[2]))


def split_of(article_id: str, ratios: Sequence[float] = DEFAULT_RATIOS) -> str:
    """The split of an article: the first 8 bytes of sha256(article id) as a fraction of 2**64,
    bucketed by the cumulative ratios. Depends on nothing but the id and the ratios."""
    x = int.from_bytes(hashlib.sha256(article_id.encode("utf-8")).digest()[:8], "big") / 2**64
    acc = 0.0
    for name, r in zip(SPLITS, ratios, strict=True):
        acc += r
        if x < acc:
            return name
    return next(n for n, r in zip(reversed(SPLITS), reversed(ratios), strict=True) if r > 0)



# -- features -------------------------------------------------------------------------------------


def quote_labels(schema: Schema) -> list[str]:
    try:
        return list(schema.relation(SPEAKER_REL).from_labels)
    except KeyError:
        return [lab for lab in schema.label_names if lab.endswith("_QUOTE")]


def quote_form(label: str) -> str:
    return label.lower().removesuffix("_quote")


def choices(schema: Schema, name: str) -> list[str]:
    try:
        return list(schema.document_label(name).choices)
    except KeyError:
        return []


def config_features(schema: Schema) -> dict[str, Features]:
    """One Features object per config; the card's dataset_info and the Parquet ``huggingface``
    metadata are both written from these."""
    label = ClassLabel(names=schema.label_names)
    span = {"id": Value("string"), "start": Value("int32"), "end": Value("int32"), "label": label,
            "text": Value("string"), "speaker": Value("string")}
    violations = List(ClassLabel(names=choices(schema, "violations")))
    verdict = ClassLabel(names=choices(schema, "verdict"))
    origin = ClassLabel(names=ORIGIN_NAMES)
    s, i32 = Value("string"), Value("int32")
    documents = Features({
        "id": s, "article_id": s, "kind": s, "source": s, "url": s, "published": s, "title": s,
        "author": s, "position": i32, "text": s, "text_sha256": s,
        "spans": List(span),
        "relations": List({"head": s, "tail": s, "label": ClassLabel(names=schema.relation_names)}),
        "predicted_spans": List({**span, "origin": s, "score": Value("float32")}),
        "violations": violations, "verdict": verdict,
        "annotation_status": ClassLabel(names=STATUS_NAMES),
        "annotators": List(s), "agreement": Value("float32"),
    })
    tokens = Features({
        "id": s, "article_id": s, "kind": s, "text": s,
        "tokens": List(s), "token_starts": List(i32), "token_ends": List(i32),
        **{f"{ly.name}_tags": List(ClassLabel(names=bio_names(ly.label_names))) for ly in schema.layers},
        "tag_source": ClassLabel(names=TAG_SOURCE_NAMES),
    })
    quotes = Features({
        "id": s, "doc_id": s, "article_id": s, "kind": s, "quote": s,
        "form": ClassLabel(names=[quote_form(q) for q in quote_labels(schema)]),
        "start": i32, "end": i32,
        "speaker": s, "speaker_mention": s, "speaker_start": i32, "speaker_end": i32,
        "cue": s, "cue_start": i32, "cue_end": i32,
        "origin": origin, "annotator": s,
    })
    comments = Features({
        "id": s, "article_id": s, "article_title": s, "position": i32, "author": s, "text": s,
        "violations": violations, "verdict": verdict, "shouting": Value("bool"), "origin": origin,
        "annotator": s,
    })
    return {"documents": documents, "tokens": tokens, "quotes": quotes, "comments": comments}

