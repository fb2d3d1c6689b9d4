"""Pre-annotators: quotes (+ speakers, cues), claims, comment-policy violations.

`load_annotators(only)` builds the registered annotators (imported lazily, so a missing optional
one does not break the others); `annotate_documents` streams Documents through them.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator, Sequence

from spanbank.annotators.base import Annotator
from spanbank.model import Annotation, Document

# --only key -> "module:Class"; order = output order per document
REGISTRY: dict[str, str] = {
    "quotes": "spanbank.annotators.quotes:QuoteAnnotator",
    "claims": "spanbank.annotators.claims:ClaimAnnotator",
    "policy": "spanbank.annotators.violations:PolicyAnnotator",
}


def load_annotators(only: Sequence[str] | None = None) -> list[Annotator]:
    names = list(only) if only else list(REGISTRY)
    unknown = [n for n in names if n not in REGISTRY]
    if unknown:
        raise ValueError(f"unknown annotator(s) {', '.join(unknown)}; known: {', '.join(REGISTRY)}")
    out = []
    for n in names:
        module, cls = REGISTRY[n].split(":")
        out.append(getattr(importlib.import_module(module), cls)())
    return out


def annotate_documents(docs: Iterable[Document], annotators: Sequence[Annotator]) -> Iterator[Annotation]:
    """One Annotation per (document, applicable annotator), in input order."""
    for doc in docs:
        for a in annotators:
            if a.applies(doc):
                yield a.annotate(doc)


__all__ = ["Annotator", "REGISTRY", "annotate_documents", "load_annotators"]
