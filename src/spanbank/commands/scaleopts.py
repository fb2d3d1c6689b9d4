"""The --executor/--workers/--tasks/--executor-opt options shared by ingest, annotate and build."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click

EXECUTOR_CHOICES = ("local", "slurm", "ray")


def executor_options(f: Callable) -> Callable:
    """Add the sharding options to a click command (kwargs executor, workers, tasks, executor_opt)."""
    f = click.option("--executor-opt", "-X", "executor_opt", multiple=True, metavar="KEY=VALUE",
                     help="Passed to the datatrove executor, e.g. partition=cpu time=02:00:00 cpus_per_task=2 "
                          "sbatch_args='{\"account\": \"x\"}' venv_path=/shared/venv/bin/activate (repeatable; "
                          "values are JSON when they parse as JSON); once per option: -X partition=cpu -X time=1:00:00.")(f)
    f = click.option("--tasks", type=click.IntRange(min=1), default=None,
                     help="Number of shards (default: 4 per worker, at most one per input file).")(f)
    f = click.option("--workers", type=click.IntRange(min=1), default=None,
                     help="Shards run at the same time (local: processes, default 1; slurm/ray: concurrent "
                          "tasks, default no limit).")(f)
    f = click.option("--executor", type=click.Choice(EXECUTOR_CHOICES), default=None,
                     help="Run as sharded tasks on datatrove's executor (pip install \"spanbank[scale]\"); "
                          "default: one process, no datatrove.")(f)
    return f


def check_executor_options(executor: str | None, workers: int | None, tasks: int | None,
                           pairs: tuple[str, ...]) -> tuple[int, int | None, dict[str, Any]]:
    """Validated (workers, tasks, executor options); the sharding options need --executor."""
    if executor is None:
        given = [name for name, v in (("--workers", workers), ("--tasks", tasks), ("--executor-opt", pairs)) if v]
        if given:
            raise click.UsageError(f"{', '.join(given)} need --executor (local, slurm or ray)")
        return 1, None, {}
    from spanbank.scale import ScaleError, parse_executor_options  # noqa: PLC0415

    try:
        options = parse_executor_options(pairs)
    except ScaleError as exc:
        raise click.BadParameter(str(exc), param_hint="--executor-opt") from None
    return workers or (1 if executor == "local" else -1), tasks, options


def annotate_sharded_cli(docs: str, out: str, names: list[str] | None, as_json: bool, executor: str, workers: int,
                         tasks: int | None, options: dict[str, Any], work: str) -> int:
    """`spanbank annotate --executor`: run `annotate_sharded`, merge into ``out``, print the summary
    as the one-process command does; returns the exit code."""
    import json  # noqa: PLC0415

    from spanbank.scale import ScaleError, preload_annotators  # noqa: PLC0415
    from spanbank.scale_annotate import annotate_sharded, shard_checks  # noqa: PLC0415

    loaded, broken = preload_annotators(names)
    if broken:
        raise click.ClickException("cannot load the annotators: " + "; ".join(broken))
    try:
        run = annotate_sharded(docs, work, executor=executor, workers=workers, tasks=tasks, only=loaded,
                               options=options)
    except ScaleError as exc:
        click.echo(f"error: {exc}", err=True)
        click.echo(f"nothing merged; {out} left unchanged", err=True)
        return 1
    merged = run.merge(None, out)
    errors = run.annotate_errors + [f"{d} (duplicate id: an error, as in one process)" for d in merged.duplicates]
    for line in errors:
        click.echo(f"error: {line}", err=True)
    counts = shard_checks(run)
    s = run.summary()
    if as_json:
        click.echo(json.dumps({"documents": s["documents"], "annotations": merged.predictions,
                               **{k: dict(sorted(v.items())) for k, v in counts.items()},
                               "shards": run.tasks, "skipped_completed": len(run.skipped_shards),
                               "errors": errors}, ensure_ascii=False))
    else:
        lines = [f"{out}: {s['documents']} documents, {merged.predictions} annotations, {len(errors)} errors "
                 f"({run.tasks} shards on {executor}, {len(run.skipped_shards)} already complete)"]
        lines += [f"  {k}: {n} annotations" for k, n in sorted(counts["by_origin"].items())]
        lines += [f"  {k}: {n} spans" for k, n in sorted(counts["spans"].items())]
        lines += [f"  {k}: {n} documents" for k, n in sorted(counts["doc_labels"].items())]
        lines += [f"  {k}: {n} documents not read (meta.skipped says why)" for k, n in sorted(counts["skipped"].items())]
        click.echo("\n".join(lines), err=True)
    return 1 if errors else 0
