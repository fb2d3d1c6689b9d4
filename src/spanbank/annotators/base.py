"""The pre-annotator contract.

A pre-annotator is a small class with a ``name`` and a ``version``; its ``origin`` (``rules:quotes@1``,
``model:policy@1``) is written on every Annotation it produces, so machine layers never mix with
human ones and a new version can replace an old one's predictions. ``annotate(doc)`` returns one
Annotation for one Document, with spans whose text is taken from ``doc.text`` (use `Span.over`).
Annotators are pure: no I/O after construction, no network, no model download.
"""

from __future__ import annotations

from abc import ABC, abstractmethod

from spanbank.model import Annotation, Document, now_iso


class Annotator(ABC):
    #: short name, also the `--only` key of `spanbank annotate` (quotes, claims, policy)
    name: str = ""
    #: bump when the output changes; part of the origin
    version: str = "1"
    #: "rules" or "model"
    method: str = "rules"
    #: document kinds this annotator runs on
    applies_to: tuple[str, ...] = ("article", "comment")
    #: the schema layer(s) whose labels it produces
    layers: tuple[str, ...] = ()

    @property
    def origin(self) -> str:
        return f"{self.method}:{self.name}@{self.version}"

    def applies(self, doc: Document) -> bool:
        return doc.kind in self.applies_to

    def new_annotation(self, doc: Document) -> Annotation:
        return Annotation(doc_id=doc.id, origin=self.origin, created=now_iso())

    @abstractmethod
    def annotate(self, doc: Document) -> Annotation:
        """One Annotation (this annotator's layer) for one Document."""
