"""`spanbank agree`, `spanbank adjudicate` and `spanbank report`: thin over agreement.py,
adjudicate.py and report.py."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from spanbank.agreement import DEFAULT_THRESHOLD

ANNOTATIONS = click.option("--annotations", "annotations_dir", default="annotations", show_default=True,
                           type=click.Path(file_okay=False, path_type=Path),
                           help="Folder of pulled human annotations (<project>.jsonl files).")
THRESHOLD = click.option("--threshold", default=DEFAULT_THRESHOLD, show_default=True, type=click.FloatRange(0.0, 1.0),
                         help="Overlap match: least character Jaccard overlap of two spans of one label.")


def _fmt(x: float | None) -> str:
    return "  -  " if x is None else f"{x:.3f}"


def _print_problems(problems) -> None:
    for p in problems:
        click.echo(f"error: {p}", err=True)


def _print_agreement(rep: dict) -> None:
    click.echo(f"annotators: {', '.join(rep['annotators']) or '(none)'}")
    d = rep["documents"]
    click.echo(f"documents: {d['annotated']} annotated, {d['with_two_or_more']} by two or more, "
               f"{d['reviewed']} reviewed")
    c = rep["counts"]
    click.echo(f"annotations: {c.get('read', 0)} read, {c.get('voting', 0)} voting, {c.get('skipped', 0)} skipped, "
               f"{c.get('cancelled', 0)} cancelled, {c.get('superseded', 0)} superseded by a later one "
               f"of the same annotator (the latest by updated_at is kept), {c.get('reviews', 0)} reviews")
    click.echo(f"\nspan F1 ({rep['match']['overlap']}; exact = same offsets)")
    click.echo(f"{'label':<18}{'exact':>8}{'overlap':>9}{'spans':>7}")
    ex, ov = rep["span_f1"]["exact"], rep["span_f1"]["overlap"]
    for label, e in ex["per_label"].items():
        o = ov["per_label"].get(label, {})
        click.echo(f"{label:<18}{_fmt(e['f1']):>8}{_fmt(o.get('f1')):>9}{e['spans']:>7}")
    click.echo(f"{'overall':<18}{_fmt(ex['overall']['f1']):>8}{_fmt(ov['overall']['f1']):>9}{ex['overall']['spans']:>7}")
    a = rep["alpha"]
    click.echo("\nKrippendorff's alpha (nominal)")
    click.echo(f"{'verdict':<18}{_fmt(a['verdict']['alpha']):>8}  units {a['verdict']['units']}")
    for cat, e in a["violations"].items():
        click.echo(f"{cat:<18}{_fmt(e['alpha']):>8}  units {e['units']}")
    s = rep["speaker"]
    click.echo(f"\nspeaker of matched quotes: {s['agree']}/{s['pairs']} agree ({_fmt(s['rate'])})")
    click.echo("\neach annotator against the rest")
    click.echo(f"{'annotator':<32}{'docs':>6}{'exact':>8}{'overlap':>9}{'verdict':>9}")
    for who, r in rep["annotator_vs_rest"].items():
        click.echo(f"{who:<32}{r['documents']:>6}{_fmt(r['exact_f1']):>8}{_fmt(r['overlap_f1']):>9}"
                   f"{_fmt(r['verdict_agreement']):>9}")


@click.command()
@ANNOTATIONS
@THRESHOLD
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON (what agreement.json holds).")
def agree(annotations_dir: Path, threshold: float, as_json: bool) -> None:
    """Inter-annotator agreement: span F1 per label (exact and overlap), Krippendorff's alpha for the
    comment verdict and each violation category, speaker agreement, each annotator against the rest.

    Reads the *.jsonl files of --annotations (not gold.jsonl/conflicts.jsonl/raw/); writes nothing
    (`spanbank adjudicate` writes the same report to annotations/agreement.json). Exits 1 when an
    input line was bad (each is named with file and line).
    """
    from spanbank.adjudicate import agreement_json  # noqa: PLC0415
    from spanbank.agreement import compute_agreement, load_annotation_set  # noqa: PLC0415
    from spanbank.schema import load_schema  # noqa: PLC0415

    try:
        aset = load_annotation_set(annotations_dir)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    schema = load_schema()
    rep = compute_agreement(aset, threshold=threshold, labels=schema.label_names,
                            violation_labels=schema.violation_labels)
    if as_json:
        click.echo(agreement_json(rep), nl=False)
    else:
        _print_agreement(rep)
    _print_problems(aset.problems)
    sys.exit(1 if aset.problems else 0)


@click.command()
@ANNOTATIONS
@click.option("--policy", default="majority", show_default=True,
              help="majority | union | intersection | reviewer:<email> (that annotator's version where present).")
@click.option("--match", type=click.Choice(["exact", "overlap"]), default="overlap", show_default=True,
              help="How spans of different annotators are taken as the same span.")
@THRESHOLD
@click.option("--documents", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Documents JSONL (e.g. build/documents.jsonl): re-anchor spans whose text changed, check offsets.")
def adjudicate(annotations_dir: Path, policy: str, match: str, threshold: float, documents: Path | None) -> None:
    """Build the gold layer from the human annotations by a stated policy.

    Reads the *.jsonl files of --annotations (and --documents); writes annotations/gold.jsonl (one
    gold Annotation per document), annotations/conflicts.jsonl (ties and disagreements, never
    guessed) and annotations/agreement.json. The inputs are never modified; same inputs give the same
    bytes. Exits 1 when an input was bad.
    """
    from spanbank.adjudicate import Policy, adjudicate_directory  # noqa: PLC0415

    try:
        Policy.parse(policy)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--policy") from None
    try:
        res = adjudicate_directory(annotations_dir, documents, policy=policy, match=match, threshold=threshold)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    c = res.counts
    click.echo(f"gold: {len(res.gold)} documents ({c['adjudicated']} adjudicated, {c['single']} single, "
               f"{c['reviewed']} reviewed) by policy {policy}, match {match}")
    unresolved = sum(x["unresolved"] for x in res.conflicts)
    click.echo(f"conflicts: {unresolved} unresolved in {c['documents_with_conflicts']} documents; "
               f"{sum(len(x['conflicts']) for x in res.conflicts) - unresolved} disagreements resolved by the policy")
    click.echo(f"skipped/cancelled annotations (not voting): {c['input_skipped']}/{c['input_cancelled']}; "
               f"superseded by a later one of the same annotator: {c['input_superseded']}")
    if documents is not None:
        click.echo(f"re-anchored: {c['reanchored_annotations']} annotations, {c['moved_spans']} spans moved, "
                   f"{c['unanchored_spans']} could not be placed (kept, flagged, listed in conflicts.jsonl)")
    for p in res.written:
        click.echo(f"wrote {p}")
    _print_problems(res.problems)
    sys.exit(1 if res.problems else 0)


@click.command()
@ANNOTATIONS
@click.option("--documents", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Documents JSONL: the texts to show (without it only span lists are shown).")
@click.option("--predictions", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Machine predictions (Annotations JSONL, e.g. build/predictions.jsonl): shown as machine layers.")
@click.option("--out", default="build/report.html", show_default=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write.")
@THRESHOLD
def report(annotations_dir: Path, documents: Path | None, predictions: Path | None, out: Path, threshold: float) -> None:
    """One self-contained HTML page: agreement tables and per-label charts, then every document
    (worst agreement first) with its spans highlighted per layer (gold, each annotator, machine)
    and differences from gold marked.

    Reads --annotations (gold.jsonl there when present, else gold is computed by majority in memory),
    --documents and --predictions; writes --out only. Exits 1 when an input was bad.
    """
    from spanbank.report import write_report  # noqa: PLC0415

    try:
        res = write_report(annotations_dir, out, documents=documents, predictions=predictions, threshold=threshold)
    except FileNotFoundError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {out} ({res.documents} documents, {res.layers} layers)")
    _print_problems(res.problems)
    sys.exit(1 if res.problems else 0)
