"""The ingest error and the per-run report."""

from __future__ import annotations

from dataclasses import dataclass, field


class IngestError(ValueError):
    """Bad input. ``str()`` names the file, and the line (JSONL) or byte offset where known."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None, *, offset: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        self.offset = offset
        super().__init__(self._render())

    def where(self) -> str:
        where = self.path or "<input>"
        if self.line is not None:
            where += f":{self.line}"
        return where

    def _render(self) -> str:
        return f"{self.where()}: {self.message}"

    def at(self, path: str | None = None, line: int | None = None) -> IngestError:
        """The same error, located in ``path`` (and ``line``) when it did not know them yet."""
        return IngestError(self.message, self.path or path, self.line if self.line is not None else line, offset=self.offset)


@dataclass
class IngestReport:
    """What one ingest run did. A file with any error counts as failed, even when some of its
    records (JSONL lines) were ingested."""

    files_ok: int = 0
    files_failed: int = 0
    documents: int = 0
    articles: int = 0
    comments: int = 0
    errors: list[tuple[str, int | None, str]] = field(default_factory=list)
    duplicates: list[tuple[str, str, int | None]] = field(default_factory=list)  # (id, path, line)

    @property
    def ok(self) -> bool:
        return not self.errors

    def add_error(self, err: IngestError) -> None:
        self.errors.append((err.path or "<input>", err.line, err.message))

    def summary(self) -> str:
        return (
            f"files: {self.files_ok} ingested, {self.files_failed} failed; "
            f"documents: {self.documents} ({self.articles} articles, {self.comments} comments); "
            f"duplicates skipped: {len(self.duplicates)}; errors: {len(self.errors)}"
        )
