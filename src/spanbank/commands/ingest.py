"""`spanbank ingest`: raw articles to build/documents.jsonl."""

from __future__ import annotations

import logging
import sys

import click

from spanbank.commands.scaleopts import check_executor_options, executor_options
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
@executor_options
@click.option("--work", default="build/sharded-ingest", show_default=True, type=click.Path(file_okay=False),
              help="With --executor: folder for the shard files and completion markers (shared on a cluster).")
def ingest(paths: tuple[str, ...], out: str, source: str | None, max_mb: float, rank: int, world_size: int,
           progress: bool | None, executor: str | None, workers: int | None, tasks: int | None,
           executor_opt: tuple[str, ...], work: str) -> None:
    """Turn raw articles into Documents: one per article and one per reader comment.

    Reads PATH... (files or folders, walked recursively): scraped plain text (.txt, like the seed),
    HTML pages (.html/.htm), JSON records (.jsonl/.ndjson/.json; any of them .gz). Writes --out, a
    JSONL of Documents, replaced only when the run produced at least one document. Bad input is
    reported on stderr as `error: <file>[:line]: message` and the rest goes on; a summary follows;
    the exit code is 1 when any file or record failed. A duplicate id is skipped with a warning.

    With --executor the files are ingested as --tasks shards on datatrove's executor; shard files go
    to WORK/shards/<run>/ (a rerun skips completed shards) and are merged into --out.
    """
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    if world_size < 1 or not 0 <= rank < world_size:
        raise click.BadParameter(f"rank {rank} is outside 0..{world_size - 1}", param_hint="--rank")
    n_workers, n_tasks, ex_options = check_executor_options(executor, workers, tasks, executor_opt)
    if executor is not None:
        if world_size != 1:
            raise click.UsageError("--executor shards the files itself; leave out --rank/--world-size")
        sys.exit(_ingest_sharded(paths, out, source, int(max_mb * 1048576), executor, n_workers, n_tasks,
                                 ex_options, work, bool(progress)))
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


def _ingest_sharded(paths: tuple[str, ...], out: str, source: str | None, max_bytes: int, executor: str,
                    workers: int, tasks: int | None, options: dict, work: str, progress: bool) -> int:
    from spanbank.scale import ScaleError, run_sharded  # noqa: PLC0415

    try:
        run = run_sharded(paths, work, executor=executor, workers=workers, tasks=tasks, only=[], source=source,
                          options=options, max_bytes=max_bytes)
    except ScaleError as exc:
        click.echo(f"error: {exc}", err=True)
        click.echo(f"nothing merged; {out} left unchanged", err=True)
        return 1
    for line in run.ingest_errors:
        click.echo(f"error: {line}", err=True)
    merged = run.merge(out, progress=progress) if run.summary()["documents"] else None
    for line in run.duplicates + (merged.duplicates if merged else []):
        click.echo(f"warning: {line}", err=True)
    s = run.summary()
    click.echo(f"ingest: {run.tasks} shards on {executor} ({len(run.skipped_shards)} already complete); files: "
               f"{s['files_ok']} ingested, {s['files_failed']} failed; errors: {len(run.ingest_errors)}", err=True)
    if merged is None:
        click.echo(f"nothing ingested; {out} left unchanged", err=True)
        return 1
    click.echo(f"wrote {merged.documents} documents to {out} ({merged.summary()})", err=True)
    return 0 if not run.ingest_errors else 1
