"""`spanbank ingest`: raw articles to build/documents.jsonl."""

from __future__ import annotations

import logging
import sys

import click

from spanbank.ingest import DEFAULT_MAX_BYTES, IngestReport, ingest_paths
from spanbank.model import JsonlWriter


class _NothingIngested(Exception):
    pass


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--out", "-o", default="build/documents.jsonl", show_default=True, type=click.Path(dir_okay=False),
              help="Documents JSONL to write (replaced atomically; .gz compresses).")
@click.option("--source", default=None,
              help="Source name for the ids (<source>/<slug>); default: the folder under corpus/raw/, "
                   "a JSON record's own source, else the file's folder name.")
@click.option("--max-mb", default=DEFAULT_MAX_BYTES / 1048576, show_default=True, type=float,
              help="Refuse a text, HTML or JSON file larger than this (JSONL is streamed at any size).")
@click.option("--rank", default=0, show_default=True, help="This worker's shard (with --world-size).")
@click.option("--world-size", default=1, show_default=True, help="Number of workers sharing the files.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: when stderr is a terminal and there are many files).")
def ingest(paths: tuple[str, ...], out: str, source: str | None, max_mb: float, rank: int, world_size: int,
           progress: bool | None) -> None:
    """Turn raw articles into Documents: one per article and one per reader comment.

    Reads PATH... (files or folders, walked recursively): scraped plain text (.txt, like the seed),
    HTML pages (.html/.htm), JSON records (.jsonl/.ndjson/.json; any of them .gz). Writes --out, a
    JSONL of Documents, replaced only when the run produced at least one document. Bad input is
    reported on stderr as `error: <file>[:line]: message` and the rest goes on; a summary follows;
    the exit code is 1 when any file or record failed. A duplicate id is skipped with a warning.
    """
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    if world_size < 1 or not 0 <= rank < world_size:
        raise click.BadParameter(f"rank {rank} is outside 0..{world_size - 1}", param_hint="--rank")
    report = IngestReport()
    docs = ingest_paths(paths, rank=rank, world_size=world_size, report=report, progress=progress,
                        source=source, max_bytes=int(max_mb * 1048576))
    written = 0
    try:
        with JsonlWriter(out) as writer:
            written = writer.write_all(docs)
            if written == 0:
                raise _NothingIngested
    except _NothingIngested:
        pass
    for path, line, message in report.errors:
        where = f"{path}:{line}" if line is not None else path
        click.echo(f"error: {where}: {message}", err=True)
    for doc_id, path, line in report.duplicates:
        where = f"{path}:{line}" if line is not None else path
        click.echo(f"warning: {where}: duplicate id {doc_id!r} skipped (already ingested in this run)", err=True)
    click.echo(f"ingest: {report.summary()}", err=True)
    if written:
        click.echo(f"wrote {written} documents to {out}", err=True)
    else:
        click.echo(f"nothing ingested; {out} left unchanged", err=True)
    sys.exit(0 if report.ok and written else 1)
