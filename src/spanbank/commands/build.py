"""`spanbank build` and `spanbank publish`: thin wrappers over `spanbank.build` and `spanbank.hub`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from spanbank.commands.scaleopts import check_executor_options, executor_options


def _ratios(text: str) -> tuple[float, float, float]:
    try:
        parts = tuple(float(x) for x in text.split(","))
    except ValueError:
        raise click.BadParameter(f"{text!r}: three comma-separated numbers", param_hint="--split") from None
    from spanbank.dataset import check_ratios  # noqa: PLC0415

    try:
        return check_ratios(parts)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--split") from None


@click.command()
@click.option("--corpus", default="corpus", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Corpus folder; its raw/ subfolder is ingested (or the folder itself without raw/).")
@click.option("--annotations", default="annotations", show_default=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Human annotations folder; adjudicated into gold.jsonl when it holds annotation files.")
@click.option("--out", default="build/dataset", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Dataset folder to write (a Hub dataset repository: README.md + data/).")
@click.option("--work", default="build", show_default=True, type=click.Path(file_okay=False, path_type=Path),
              help="Work folder for documents.jsonl, predictions.jsonl and build-state.json.")
@click.option("--split", "split", default="0.8,0.1,0.1", show_default=True,
              help="train,validation,test ratios (by a stable hash of the article id).")
@click.option("--policy", default="majority", show_default=True,
              help="Adjudication policy: majority, union, intersection or reviewer:<email>.")
@click.option("--shard-rows", default=100_000, show_default=True, help="At most this many rows per Parquet file.")
@click.option("--shard-mb", default=256, show_default=True, help="Start a new Parquet file after this many MB.")
@click.option("--repo-id", default=None, help="Hub repository id shown in the card's loading code.")
@click.option("--license", "license_", default="other", show_default=True, help="Licence id in the card.")
@click.option("--force", is_flag=True, help="Run every stage even when its inputs are unchanged.")
@executor_options
def build(corpus: Path, annotations: Path, out: Path, work: Path, split: str, policy: str, shard_rows: int,
          shard_mb: int, repo_id: str | None, license_: str, force: bool, executor: str | None, workers: int | None,
          tasks: int | None, executor_opt: tuple[str, ...]) -> None:
    """Build the Hugging Face dataset: ingest -> annotate -> adjudicate -> dataset.

    Reads CORPUS/raw/** and ANNOTATIONS/*.jsonl (human layers; gold.jsonl and agreement.json).
    Writes WORK/documents.jsonl, WORK/predictions.jsonl, ANNOTATIONS/gold.jsonl + agreement.json
    (only when there are human annotation files), and OUT/README.md (the card) with
    OUT/data/<config>/<split>-NNNNN-of-NNNNN.parquet. A stage whose inputs (file hashes, code,
    options) are unchanged since the last build is reused (WORK/build-state.json). Exits 1 when
    any stage reported failures, after writing what it could.

    With --executor, ingest and annotate run as --tasks shards on datatrove's local, Slurm or Ray
    executor (pip install "spanbank[scale]"); shard outputs and completion markers go to
    WORK/shards/<run>/ (on a cluster WORK must be on a shared file system), a rerun skips completed
    shards, and the shards are merged into WORK/documents.jsonl and WORK/predictions.jsonl. A failed
    shard is reported with its input files and the later stages do not run.
    """
    from spanbank.build import BuildOptions, run_build  # noqa: PLC0415
    from spanbank.dataset import CONFIGS, SPLITS  # noqa: PLC0415

    ex_workers, ex_tasks, ex_options = check_executor_options(executor, workers, tasks, executor_opt)
    opts = BuildOptions(corpus=corpus, annotations=annotations, out=out, work=work, ratios=_ratios(split),
                        policy=policy, shard_rows=shard_rows, shard_bytes=shard_mb * 2**20, repo_id=repo_id,
                        license=license_, force=force, progress=sys.stderr.isatty(), executor=executor,
                        workers=ex_workers, tasks=ex_tasks, executor_options=ex_options)
    report = run_build(opts, echo=lambda s: click.echo(s, err=True))
    if report.rows:
        click.echo(f"\n{out}: configs and split sizes (rows)")
        for c in CONFIGS:
            if c in report.rows:
                sizes = ", ".join(f"{s} {report.rows[c].get(s, 0)}" for s in SPLITS)
                click.echo(f"  {c:<10} {sizes}")
        click.echo("\nload it with:")
        click.echo(f'  from datasets import load_dataset; ds = load_dataset("{out.as_posix()}", "documents")')
    if not report.ok:
        failed = ", ".join(s.name for s in report.stages if not s.ok)
        click.echo(f"build: stage(s) with errors: {failed}", err=True)
        sys.exit(1)


@click.command()
@click.argument("repo_id")
@click.option("--dir", "folder", default="build/dataset", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Dataset folder to upload.")
@click.option("--private", is_flag=True, help="Create the repository as private (when it does not exist).")
@click.option("--revision", default=None, help="Branch to commit to (created when missing; default main).")
@click.option("--tag", default=None, help="Tag the new commit with this name.")
@click.option("--message", default=None, help="Commit message.")
@click.option("--dry-run", is_flag=True, help="Print the plan (files, sizes, sha256, deletions) and upload nothing.")
@click.option("--remote/--no-remote", default=False,
              help="With --dry-run: also list the remote files to compare deletions (reads the Hub; "
                   "without it the dry run touches no network).")
def publish(repo_id: str, folder: Path, private: bool, revision: str | None, tag: str | None,
            message: str | None, dry_run: bool, remote: bool) -> None:
    """Upload the dataset folder to the Hugging Face Hub as dataset REPO_ID.

    Reads --dir (README.md + data/); the token comes from HF_TOKEN or the login cache and is never
    printed. Creates the repository when missing, uploads every file, deletes remote files that
    are no longer in the folder (.gitattributes is kept) and optionally tags the commit. Writes
    nothing locally. --dry-run prints the plan and touches no network unless --remote is given.
    """
    from spanbank.hub import HubError, plan_publish, publish_folder  # noqa: PLC0415

    if not sys.stderr.isatty():  # huggingface_hub's upload bars only on a terminal
        from huggingface_hub.utils import disable_progress_bars  # noqa: PLC0415

        disable_progress_bars()

    if not (folder / "README.md").is_file():
        raise click.ClickException(f"{folder}: no README.md; run `spanbank build` first")
    try:
        if dry_run:
            plan = plan_publish(folder, repo_id, revision=revision, remote=remote)
            click.echo(plan.render())
            return
        result = publish_folder(folder, repo_id, private=private, revision=revision, tag=tag, message=message,
                                echo=lambda s: click.echo(s, err=True))
    except HubError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(result.render())
