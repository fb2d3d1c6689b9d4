"""`spanbank validate` and `spanbank schema`."""

from __future__ import annotations

import sys

import click

from spanbank.model import validate_file
from spanbank.schema import REPO_ROOT, SchemaError, load_schema, stale_files, write_generated


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--documents", type=click.Path(exists=True, dir_okay=False),
              help="Documents JSONL, to check annotation offsets and span texts against the text.")
@click.option("--max-errors", default=50, show_default=True, help="Print at most this many problems.")
def validate(file: str, documents: str | None, max_errors: int) -> None:
    """Validate a JSONL of Documents or Annotations against the data contract and the schema.

    Reads FILE (and --documents); writes nothing. Every problem names the file, line, record and
    field. Exits 1 when anything is wrong.
    """
    try:
        schema = load_schema()
    except SchemaError as exc:
        raise click.ClickException(str(exc)) from None
    count, problems = validate_file(file, schema, documents)
    for p in problems[:max_errors]:
        click.echo(f"error: {p}", err=True)
    if len(problems) > max_errors:
        click.echo(f"... and {len(problems) - max_errors} more", err=True)
    click.echo(f"{file}: {count} records, {len(problems)} problems", err=True)
    sys.exit(1 if problems else 0)


@click.command("schema")
@click.option("--check", is_flag=True, help="Only check; exit 1 if a generated file is stale.")
def schema_cmd(check: bool) -> None:
    """Regenerate the files derived from schemas/labels.yaml (JSON Schemas, Label Studio configs,
    the packaged copy), or with --check fail when a checked-in one is stale."""
    try:
        schema = load_schema()
    except SchemaError as exc:
        raise click.ClickException(str(exc)) from None
    if check:
        stale = stale_files(schema)
        for p in stale:
            click.echo(f"stale: {p.relative_to(REPO_ROOT) if p.is_relative_to(REPO_ROOT) else p} "
                       "(run `spanbank schema` and commit)", err=True)
        if stale:
            sys.exit(1)
        click.echo(f"schema: generated files are up to date ({len(schema.label_names)} labels)")
        return
    written = write_generated(schema)
    for p in written:
        click.echo(f"wrote {p}")
    if not written:
        click.echo("schema: nothing to regenerate")
