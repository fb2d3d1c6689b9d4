"""`spanbank annotate` and `spanbank eval`: thin wrappers over `spanbank.annotate` and
`spanbank.evalrun`."""

from __future__ import annotations

import json
import sys

import click

from spanbank.annotators import REGISTRY
from spanbank.commands.scaleopts import check_executor_options, executor_options


def _split(only: str | None, known: tuple[str, ...] | list[str]) -> list[str] | None:
    if not only:
        return None
    names = [n.strip() for n in only.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise click.BadParameter(f"unknown {', '.join(unknown)}; known: {', '.join(known)}", param_hint="--only")
    return names


def _progress_for_tty():
    if not sys.stderr.isatty():
        return None
    from tqdm import tqdm  # noqa: PLC0415

    return lambda items: tqdm(items, unit="item", file=sys.stderr)


@click.command()
@click.argument("docs", type=click.Path(exists=True, dir_okay=False))
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="Predictions JSONL to write (one Annotation per document and layer; .gz compresses).")
@click.option("--only", help=f"Comma-separated annotators to run (default all: {','.join(REGISTRY)}).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object on stdout.")
@executor_options
@click.option("--work", default="build/sharded-annotate", show_default=True, type=click.Path(file_okay=False),
              help="With --executor: folder for the shard files and completion markers (shared on a cluster).")
def annotate(docs: str, out: str, only: str | None, as_json: bool, executor: str | None, workers: int | None,
             tasks: int | None, executor_opt: tuple[str, ...], work: str) -> None:
    """Run the pre-annotators over DOCS and write their predictions.

    Reads DOCS: any JSONL (.gz too) whose records have `id` and `text` (`kind` defaults to article;
    comment records also get the policy layer). Writes --out atomically, streaming: one Annotation per
    document and annotator, every span checked against the text. Bad lines and invalid spans are
    reported with file:line and skipped; the summary counts spans per layer/label. Exits 1 if
    anything failed.

    With --executor, DOCS is annotated as --tasks shards (byte ranges) on datatrove's executor;
    shard files go to WORK/shards/<run>/ (a rerun skips completed shards) and are merged into --out.
    """
    from spanbank.annotate import annotate_file  # noqa: PLC0415
    from spanbank.annotators import load_annotators  # noqa: PLC0415

    names = _split(only, list(REGISTRY))
    n_workers, n_tasks, ex_options = check_executor_options(executor, workers, tasks, executor_opt)
    if executor is not None:
        from spanbank.commands.scaleopts import annotate_sharded_cli  # noqa: PLC0415

        sys.exit(annotate_sharded_cli(docs, out, names, as_json, executor, n_workers, n_tasks, ex_options, work))
    try:
        annotators = load_annotators(names)
    except Exception as exc:  # a missing module or model file: name it, write nothing
        raise click.ClickException(f"cannot load the annotators: {type(exc).__name__}: {exc}") from None
    summary = annotate_file(docs, out, annotators=annotators)
    for p in summary.errors:
        click.echo(f"error: {p}", err=True)
    if as_json:
        click.echo(json.dumps(summary.to_dict(), ensure_ascii=False))
    else:
        click.echo(f"{out}: " + "\n".join(summary.lines()), err=True)
    sys.exit(0 if summary.ok else 1)


@click.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--only", help="Comma-separated tasks to score (default all: quotes,claims,policy,html).")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object (for several files: {\"files\": [...]}).")
@click.option("--markdown", is_flag=True, help="Print a markdown summary table (one block of rows per file).")
def eval_cmd(gold: tuple[str, ...], only: str | None, as_json: bool, markdown: bool) -> None:
    """Score the pre-annotators on gold data in the evaldata format.

    Reads GOLD files (JSONL, .jsonl.gz; ../shared/evaldata/README.md format), runs the quotes, claims
    and policy annotators (and spanbank.ingest.extract_html on html items) in memory; writes nothing
    but the report on stdout. Quotes: P/R/F1 at coverage 0.3, 0.8 and exact, speaker accuracy; claims:
    positive-class F1 per sentence; policy: SemEval-2021 character F1 and document-level P/R/F1.
    Definitions: docs/eval.md. Exits 1 when a line is bad (named file:line) or a part is unavailable.
    """
    from spanbank.evalreport import markdown_table, text_report  # noqa: PLC0415
    from spanbank.evalrun import TASKS, evaluate_file  # noqa: PLC0415

    tasks = _split(only, TASKS)
    results = []
    for path in gold:
        try:
            results.append(evaluate_file(path, tasks, progress=_progress_for_tty()))
        except OSError as exc:
            raise click.ClickException(f"{path}: {exc}") from None
    reports = [r.report for r in results]
    if as_json:
        obj = reports[0] if len(reports) == 1 else {"files": reports}
        click.echo(json.dumps(obj, ensure_ascii=False, indent=1))
    elif markdown:
        click.echo(markdown_table(reports))
    else:
        click.echo("\n\n".join(text_report(r) for r in reports))
    failed = [r for r in results if not r.ok]
    for r in failed:
        why = [f"{len(r.errors)} bad item(s) or annotator error(s)"] if r.errors else []
        why += [f"{t} not measured" for t in r.report.get("unavailable") or {}]
        click.echo(f"error: {r.report['file']}: {'; '.join(why)}", err=True)
    sys.exit(1 if failed else 0)
