"""`spanbank ls push | pull | status`: the Label Studio side of the project (labelstudio/)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from spanbank.model import Problem

PREFIX_HELP = "Project titles are '<prefix> articles', '<prefix> comments', '<prefix> review'."


def _prefix_option(f):
    return click.option("--project-prefix", "prefix", default=lambda: os.environ.get("SPANBANK_LS_PREFIX", "spanbank"),
                        show_default="spanbank, or $SPANBANK_LS_PREFIX", help=PREFIX_HELP)(f)


def _state_option(f):
    return click.option("--state", "state_path", type=click.Path(dir_okay=False, path_type=Path),
                        default=Path("annotations/labelstudio.json"), show_default=True,
                        help="Project ids per Label Studio URL (JSON, committed with the annotations).")(f)


def _connect():
    from spanbank.labelstudio.client import LSError, connect  # noqa: PLC0415

    try:
        return connect()
    except LSError as exc:
        raise click.ClickException(str(exc)) from None


def _run(fn, *args, **kwargs):
    from spanbank.labelstudio.client import LSError  # noqa: PLC0415
    from spanbank.schema import SchemaError, load_schema  # noqa: PLC0415

    conn = _connect()
    try:
        return fn(conn, load_schema(), *args, **kwargs)
    except (LSError, SchemaError) as exc:
        raise click.ClickException(conn.scrub(str(exc))) from None


def _problems(problems: list[Problem], limit: int = 50) -> None:
    for p in problems[:limit]:
        click.echo(f"error: {p}", err=True)
    if len(problems) > limit:
        click.echo(f"... and {len(problems) - limit} more", err=True)


@click.group("ls")
def ls() -> None:
    """Label Studio: push documents and pre-annotations, pull human annotations, show status.

    Connects with LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY (a legacy token or a personal access
    token). Start a local server with scripts/label-studio start.
    """


@ls.command("push")
@click.argument("docs", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Annotations JSONL from `spanbank annotate`, sent as predictions (model_version = origin).")
@_prefix_option
@_state_option
@click.option("--batch-size", default=500, show_default=True, help="Tasks per import request.")
@click.option("--overlap", type=int, default=None, help="Annotators per task, set when a project is created.")
@click.option("--review", is_flag=True, help="Push documents with conflicts to the '<prefix> review' project instead.")
@click.option("--conflicts", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("annotations/conflicts.jsonl"), show_default=True, help="With --review: the conflicts.")
@click.option("--annotations", "annotations_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("annotations"), show_default=True, help="With --review: the pulled annotations.")
def push_cmd(docs: Path | None, predictions: Path | None, prefix: str, state_path: Path, batch_size: int,
             overlap: int | None, review: bool, conflicts: Path, annotations_dir: Path) -> None:
    """Create or find the projects and import DOCS (a Documents JSONL) as tasks, idempotently.

    Reads DOCS and --predictions (or, with --review, --conflicts and the annotations in
    --annotations); writes tasks and predictions to Label Studio and the project ids to --state.
    Re-running creates no duplicates; new pre-annotator versions replace their predictions; a
    document whose text changed gets a new task and is reported. Exits 1 when anything failed.
    """
    if review:
        from spanbank.labelstudio.review import push_review  # noqa: PLC0415

        if not conflicts.exists():
            raise click.ClickException(f"{conflicts}: not found (run `spanbank adjudicate` first)")
        report = _run(push_review, conflicts_path=conflicts, annotations_dir=annotations_dir, prefix=prefix,
                      state_path=state_path, batch_size=batch_size)
    else:
        if docs is None:
            raise click.UsageError("DOCS is required (or use --review)")
        from spanbank.labelstudio.push import push  # noqa: PLC0415

        report = _run(push, docs, predictions_path=predictions, prefix=prefix, state_path=state_path,
                      batch_size=batch_size, overlap=overlap)
    for pr in report.projects:
        click.echo(pr.line())
        for doc_id in pr.text_changed:
            click.echo(f"text changed: {doc_id} (new task pushed; the old one is kept and marked if annotated)",
                       err=True)
        for doc_id in pr.duplicates:
            click.echo(f"warning: {doc_id} has several tasks with the same text in {pr.title}", err=True)
    _problems(report.problems)
    if report.problems:
        click.echo(f"{len(report.problems)} problem(s); everything else was pushed", err=True)
        sys.exit(1)


@ls.command("pull")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("annotations"),
              show_default=True, help="Where the annotations go.")
@click.option("--documents", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Current Documents JSONL: annotations on an older text are flagged text_changed.")
@_prefix_option
@_state_option
def pull_cmd(out_dir: Path, documents: Path | None, prefix: str, state_path: Path) -> None:
    """Export the projects and convert every human annotation, checking each span against the text.

    Reads Label Studio (and --documents); writes OUT/raw/<project>.json (the verbatim export) and
    OUT/<project>.jsonl (one Annotation per human annotation, origin human:<email>). Files change only
    when their content does. Exits 1 when a span or relation had to be flagged.
    """
    from spanbank.labelstudio.pull import pull  # noqa: PLC0415

    report = _run(pull, out_dir, prefix=prefix, state_path=state_path, documents_path=documents)
    for pp in report.projects:
        click.echo(pp.line())
    _problems(report.problems)
    if report.problems:
        click.echo(f"{len(report.problems)} problem(s), all kept with a flag in meta.flags", err=True)
        sys.exit(1)


@ls.command("status")
@click.argument("docs", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@_prefix_option
@_state_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def status_cmd(docs: Path | None, prefix: str, state_path: Path, as_json: bool) -> None:
    """Tasks, annotated tasks, annotations per annotator, tasks with several annotators, and (given
    DOCS, a Documents JSONL) the documents not yet pushed or whose text changed.

    Reads Label Studio, --state and DOCS; writes nothing.
    """
    from spanbank.labelstudio.status import status  # noqa: PLC0415

    st = _run(status, prefix=prefix, state_path=state_path, documents_path=docs)
    if as_json:
        click.echo(json.dumps(st.to_dict(), indent=2, ensure_ascii=False))
    else:
        for line in st.lines():
            click.echo(line)
    _problems(st.problems)
    if st.problems:
        sys.exit(1)
