"""Ingest: raw articles (scraped text, HTML, JSON records) to Documents (DESIGN §1-2).

Public API: `discover_files`, `ingest_file`, `ingest_paths`, `IngestStep`, `extract_html`,
`IngestError`, `IngestReport`. One module per format (`plaintext`, `html`, `records`), with
decoding (`decode`), ids (`ids`) and Document assembly (`documents`) shared.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from spanbank.ingest.errors import IngestError, IngestReport
from spanbank.ingest.files import DEFAULT_MAX_BYTES, discover_files, file_format, ingest_file, ingest_paths
from spanbank.ingest.html import ExtractedPage, extract_html
from spanbank.model import Document
from spanbank.pipeline import Step

__all__ = [
    "DEFAULT_MAX_BYTES",
    "ExtractedPage",
    "IngestError",
    "IngestReport",
    "IngestStep",
    "discover_files",
    "extract_html",
    "file_format",
    "ingest_file",
    "ingest_paths",
]


class IngestStep(Step):
    """Pipeline reader: ``run(None, rank, world_size)`` yields the Documents of that shard of the
    files under ``paths``; errors and duplicates go to ``self.report``."""

    name = "ingest"

    def __init__(
        self,
        paths: Sequence[str | Path],
        *,
        source: str | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        progress: bool | None = None,
        report: IngestReport | None = None,
    ):
        self.paths = list(paths)
        self.source = source
        self.max_bytes = max_bytes
        self.progress = progress
        self.report = report if report is not None else IngestReport()

    def run(self, data: Iterable[Any] | None = None, rank: int = 0, world_size: int = 1) -> Iterator[Document]:
        if data is not None:
            yield from data  # a reader placed after another step passes its input through first
        yield from ingest_paths(
            self.paths,
            rank=rank,
            world_size=world_size,
            report=self.report,
            progress=self.progress,
            source=self.source,
            max_bytes=self.max_bytes,
        )
