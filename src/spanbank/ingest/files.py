"""Files to Documents: discovery, format dispatch, size limits, per-file errors and the run report.

Formats are told apart by the file name: ``.txt`` (scraped plain text), ``.html``/``.htm``,
``.jsonl``/``.ndjson`` (streamed line by line, any size), ``.json`` (one record or a list); each may
be gzipped (``.gz``). Whole-file formats are refused above ``max_bytes`` (default 20 MB).
"""

from __future__ import annotations

import gzip
import json
import os
import sys
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from spanbank.ingest.decode import check_not_binary, decode_bytes
from spanbank.ingest.documents import ParsedArticle, ParsedComment, build_documents
from spanbank.ingest.errors import IngestError, IngestReport
from spanbank.ingest.html import extract_html, truncation_problem
from spanbank.ingest.ids import default_source, make_id, slug_from_url, slugify
from spanbank.ingest.plaintext import parse_plaintext
from spanbank.ingest.records import iter_json_value, record_documents
from spanbank.model import Document, canonical_text
from spanbank.pipeline import shard

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
# files that sit next to raw articles but are not articles (skipped when walking a folder)
_NOT_ARTICLES = ("readme", "license", "licence", "notice", "copying", "changelog")


def file_format(path: Path) -> str | None:
    """"text", "html", "jsonl", "json" or None, from the name (``.gz`` looked through)."""
    name = path.name.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return FORMATS.get(os.path.splitext(name)[1])


def _stem(path: Path) -> str:
    name = path.name[:-3] if path.name.lower().endswith(".gz") else path.name
    return os.path.splitext(name)[0]


def _skipped_in_walk(name: str) -> bool:
    return name.startswith(".") or name.lower().startswith(_NOT_ARTICLES)


def discover_files(paths: Sequence[str | Path]) -> list[Path]:
    """Files under ``paths`` that ingest understands, sorted by path (sharding relies on the order).

    Folders are walked recursively; hidden files and folders, and README/LICENSE-like files, are
    skipped there. A file named explicitly is always kept, even with an unknown extension or when it
    does not exist, so that ingesting it reports an error instead of silently doing nothing."""
    found: dict[str, Path] = {}
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in files:
                    f = Path(root) / name
                    if not _skipped_in_walk(name) and file_format(f) is not None:
                        found.setdefault(str(f.resolve()), f)
        else:
            found.setdefault(str(p.resolve()), p)
    return sorted(found.values(), key=lambda f: f.as_posix())


def display_path(path: Path) -> str:
    """The path relative to the current folder when it is under it, else absolute (POSIX form)."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def _open_binary(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The file's (decompressed) bytes, or `IngestError` when empty or over ``max_bytes``."""
    shown = display_path(path)
    limit_mb = max_bytes / (1024 * 1024)
    size = path.stat().st_size
    if size == 0:
        raise IngestError("empty file", shown)
    if size > max_bytes:
        raise IngestError(f"file is {size / 1048576:.1f} MB, over the {limit_mb:g} MB limit for this format (--max-mb)", shown)
    try:
        with _open_binary(path) as fh:
            data = fh.read(max_bytes + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise IngestError(f"broken gzip data: {exc}", shown) from None
    if len(data) > max_bytes:
        raise IngestError(f"decompressed data is over the {limit_mb:g} MB limit for this format (--max-mb)", shown)
    if not data.strip():
        raise IngestError("empty file", shown)
    return data


def ingest_file(
    path: Path,
    *,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    errors: list[IngestError] | None = None,
) -> Iterator[Document]:
    """Documents from one file. Bad input raises `IngestError` naming the file (and line).

    For JSONL (and JSON lists) a bad record does not stop the file: with ``errors`` given it is
    appended there; without, the first one is raised after the file's good records were yielded."""
    path = Path(path)
    shown = display_path(path)
    if not path.exists():
        raise IngestError("no such file", shown)
    if path.is_dir():
        raise IngestError("is a folder; pass it to ingest_paths/discover_files", shown)
    fmt = file_format(path)
    if fmt is None:
        raise IngestError(f"unknown format {path.suffix or '(no extension)'!r}: expected one of {', '.join(sorted(FORMATS))} (optionally .gz)", shown)
    src = slugify(source) if source else None
    if fmt in ("jsonl", "json"):
        own: list[IngestError] = []
        sink = errors if errors is not None else own
        gen = _jsonl(path, shown, src, sink) if fmt == "jsonl" else _json(path, shown, src, max_bytes, sink)
        yield from gen
        if errors is None and own:
            first = own[0]
            more = f" (and {len(own) - 1} more bad records)" if len(own) > 1 else ""
            raise IngestError(first.message + more, first.path, first.line)
        return
    yield from _whole_document(path, shown, fmt, src, max_bytes)


def _whole_document(path: Path, shown: str, fmt: str, source: str | None, max_bytes: int) -> list[Document]:
    data = read_limited(path, max_bytes)
    try:
        decoded = decode_bytes(data, shown, sniff_declaration=(fmt == "html"))
    except IngestError as exc:
        raise exc.at(shown) from None
    text = canonical_text(decoded.text)
    if not text.strip():
        raise IngestError("empty file (only whitespace)", shown)
    provenance: dict[str, Any] = {"source_path": shown, "format": fmt, "encoding": decoded.encoding, "encoding_by": decoded.by}
    src = source or default_source(path)
    if fmt == "text":
        parsed = parse_plaintext(text, shown)
        doc_id = make_id(src, slugify(_stem(path)))
    else:
        problem = truncation_problem(text)
        if problem:
            raise IngestError(problem, shown)
        page = extract_html(text)
        if not page.text:
            raise IngestError("no main text found in the HTML page", shown)
        parsed = ParsedArticle(
            title=page.title or "",
            body=page.text,
            url=page.url,
            published=page.published,
            author=page.author,
        )
        parsed.comments = [ParsedComment(text=t, author=a) for a, t in page.comments]
        if page.sitename:
            parsed.meta["sitename"] = page.sitename
        if page.comments_from:
            parsed.meta["comments_from"] = page.comments_from
        slug = (slug_from_url(page.url) if page.url else None) or slugify(_stem(path))
        doc_id = make_id(src, slug)
    try:
        return list(build_documents(parsed, doc_id=doc_id, source=src, provenance=provenance))
    except IngestError as exc:
        raise exc.at(shown) from None


def _record_docs(rec: Any, path: Path, shown: str, source: str | None, line: int | None, index: int | None) -> list[Document]:
    provenance: dict[str, Any] = {"source_path": shown}
    if line is not None:
        provenance["source_line"] = line
    if index is not None:
        provenance["source_index"] = index
    fallback = slugify(_stem(path)) + (f"-{line}" if line is not None else f"-{index}")
    return record_documents(
        rec,
        default_source=default_source(path),
        forced_source=source,
        provenance=provenance,
        fallback_slug=fallback,
    )


_MAX_LINE = 64 * 1024 * 1024  # one JSONL record; longer lines are reported, not loaded


def _jsonl(path: Path, shown: str, source: str | None, errors: list[IngestError]) -> Iterator[Document]:
    try:
        fh = _open_binary(path)
    except OSError as exc:
        raise IngestError(f"cannot open: {exc.strerror}", shown) from None
    seen_any = False
    with fh:
        lineno = 0
        try:
            check_not_binary(fh.read(8192), shown)
            fh.seek(0)
            while True:
                raw = fh.readline(_MAX_LINE)
                if not raw:
                    break
                lineno += 1
                if lineno == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if len(raw) >= _MAX_LINE and not raw.endswith(b"\n"):
                    while (chunk := fh.readline(_MAX_LINE)) and not chunk.endswith(b"\n"):
                        pass
                    errors.append(IngestError(f"line longer than {_MAX_LINE // 1048576} MB; skipped", shown, lineno))
                    continue
                if not raw.strip():
                    continue
                seen_any = True
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    errors.append(IngestError(f"not UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1}); JSONL must be UTF-8", shown, lineno))
                    continue
                if "\x00" in line:
                    errors.append(IngestError("NUL byte in the line (binary data)", shown, lineno))
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(IngestError(f"not JSON: {exc.msg} at column {exc.colno}", shown, lineno))
                    continue
                try:
                    docs = _record_docs(rec, path, shown, source, lineno, None)
                except IngestError as exc:
                    errors.append(IngestError(exc.message, shown, lineno))
                    continue
                yield from docs
        except IngestError as exc:
            raise exc.at(shown, lineno or None) from None
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise IngestError(f"broken gzip data after line {lineno}: {exc}", shown) from None
    if not seen_any:
        raise IngestError("empty file (no records)", shown)


def _json(path: Path, shown: str, source: str | None, max_bytes: int, errors: list[IngestError]) -> Iterator[Document]:
    data = read_limited(path, max_bytes)
    try:
        decoded = decode_bytes(data, shown, sniff_declaration=False)
    except IngestError as exc:
        raise exc.at(shown) from None
    try:
        value = json.loads(decoded.text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}", shown, exc.lineno) from None
    multiple = isinstance(value, list)
    for index, rec in iter_json_value(value):
        try:
            docs = _record_docs(rec, path, shown, source, None, index if multiple else None)
        except IngestError as exc:
            errors.append(IngestError(f"record {index}: {exc.message}" if multiple else exc.message, shown))
            continue
        yield from docs


def _want_progress(progress: bool | None, n_files: int) -> bool:
    if progress is not None:
        return progress
    return n_files >= 20 and sys.stderr.isatty()


def ingest_paths(
    paths: Sequence[str | Path],
    *,
    rank: int = 0,
    world_size: int = 1,
    report: IngestReport | None = None,
    progress: bool | None = None,
    source: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Document]:
    """Stream the Documents of this worker's share of the files under ``paths``.

    Errors are recorded in ``report`` per file (and line) and the run goes on; a document whose id
    was already produced in this run is skipped and recorded in ``report.duplicates``. Only the ids
    seen are kept in memory, never the documents."""
    report = report if report is not None else IngestReport()
    files = shard(discover_files(paths), rank, world_size)
    seen: dict[str, str] = {}
    bar = None
    iterable: Any = files
    if _want_progress(progress, len(files)):
        from tqdm import tqdm  # noqa: PLC0415

        bar = tqdm(files, desc="ingest", unit="file", file=sys.stderr)
        iterable = bar
    try:
        for path in iterable:
            line_errors: list[IngestError] = []
            failed = False
            try:
                for doc in ingest_file(path, source=source, max_bytes=max_bytes, errors=line_errors):
                    where = doc.meta.get("source_path", str(path))
                    if doc.id in seen:
                        report.duplicates.append((doc.id, where, doc.meta.get("source_line")))
                        continue
                    seen[doc.id] = where
                    report.documents += 1
                    if doc.kind == "comment":
                        report.comments += 1
                    else:
                        report.articles += 1
                    yield doc
            except IngestError as exc:
                report.add_error(exc if exc.path else exc.at(display_path(path)))
                failed = True
            except OSError as exc:
                report.add_error(IngestError(f"cannot read: {exc.strerror or exc}", display_path(path)))
                failed = True
            except Exception as exc:  # a parser bug on one odd file must not stop the batch
                report.add_error(IngestError(f"internal error ({type(exc).__name__}: {exc})", display_path(path)))
                failed = True
            for err in line_errors:
                report.add_error(err)
            if failed or line_errors:
                report.files_failed += 1
            else:
                report.files_ok += 1
    finally:
        if bar is not None:
            bar.close()
