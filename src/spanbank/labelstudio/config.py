"""Label Studio labeling configs generated from `schemas/labels.yaml`.

Two projects: **articles** (attribution and claim labels, ``said_by`` / ``cue`` relations) and
**comments** (every label that applies to a comment, plus the ``verdict`` and ``violations`` document
labels as Choices, with the article title shown as context). The review project uses the comments
config, which is a superset. Each span layer is one ``<Labels>`` group whose ``name`` is the layer
name, so a region's ``from_name`` says its layer. The text is one ``<Text name="text">`` with the
default ``granularity="symbol"``: offsets are Python code points (notes/label-studio.md §4).

This module imports nothing heavy: `spanbank.schema` calls `generated_configs` on every
`spanbank schema --check`.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from spanbank.schema import Schema

#: project kind -> the document kind whose labels it shows
PROJECT_KINDS: dict[str, str] = {"articles": "article", "comments": "comment", "review": "comment"}
#: document kind -> the project that holds it
PROJECT_FOR_DOC_KIND: dict[str, str] = {"article": "articles", "comment": "comments"}
TEXT_NAME = "text"
GUIDELINES = "docs/guidelines.md"  # generated from labels.yaml (spanbank.guidelines)
MARKER = "spanbank-managed"


def _attr(value: str) -> str:
    return escape(value, quote=True)


def _hint(description: str, example: str = "") -> str:
    return f"{description} Example: {example}" if example else description


def _relations_for(schema: Schema, kind: str) -> list:
    """The relations a project of this document kind can draw: both ends have a label there. The
    labeling config and the instructions list the same ones."""
    labels_here = {lab.name for lab in schema.labels_for(kind)}
    return [r for r in schema.relations if labels_here & set(r.from_labels) and labels_here & set(r.to_labels)]


def labeling_config(schema: Schema, project: str) -> str:
    """The labeling config XML of one project kind: ``articles``, ``comments`` or ``review``."""
    if project not in PROJECT_KINDS:
        raise ValueError(f"unknown project kind {project!r} (known: {', '.join(PROJECT_KINDS)})")
    kind = PROJECT_KINDS[project]
    lines = [
        "<View>",
        f"  <!-- generated from schemas/labels.yaml by `spanbank schema`; do not edit. Guidelines: {GUIDELINES} -->",
        "  <Style>.htx-text, .lsf-richtext__line { white-space: pre-wrap; }</Style>",
    ]
    if kind == "comment":
        lines += [
            '  <Header value="Comment on the article:" size="6"/>',
            '  <Header value="$title" size="5"/>',
        ]
    else:
        lines.append('  <Header value="$title" size="4"/>')
    for layer in schema.layers:
        labels = [lab for lab in layer.labels if kind in lab.applies_to]
        if not labels:
            continue
        lines.append(f'  <Header value="{_attr(layer.name.capitalize())}" size="6"/>')
        lines.append(f'  <Labels name="{_attr(layer.name)}" toName="{TEXT_NAME}" showInline="true">')
        for lab in labels:
            lines.append(
                f'    <Label value="{_attr(lab.name)}" background="{_attr(lab.colour)}" '
                f'hotkey="{_attr(lab.hotkey)}" hint="{_attr(_hint(lab.description, lab.example))}"/>'
            )
        lines.append("  </Labels>")
    lines.append(f'  <Text name="{TEXT_NAME}" value="$text" granularity="symbol"/>')
    relations = _relations_for(schema, kind)
    if relations:
        lines.append("  <Relations>")
        for r in relations:
            lines.append(f'    <Relation value="{_attr(r.name)}"/>')
        lines.append("  </Relations>")
    for dl in schema.document_labels:
        if kind not in dl.applies_to:
            continue
        lines.append(f'  <Header value="{_attr(dl.name.replace("_", " ").capitalize())}" size="6"/>')
        lines.append(
            f'  <Choices name="{_attr(dl.name)}" toName="{TEXT_NAME}" '
            f'choice="{"multiple" if dl.multiple else "single"}" showInline="true" '
            f'hint="{_attr(dl.description)}">'
        )
        for choice in dl.choices:
            lines.append(f'    <Choice value="{_attr(choice)}"/>')
        lines.append("  </Choices>")
    lines.append("</View>")
    return "\n".join(lines) + "\n"


def expert_instruction(schema: Schema, project: str) -> str:
    """The project's instructions (HTML): every label's description and example, and the guidelines."""
    from spanbank.guidelines import guidelines_link, policy_text  # noqa: PLC0415

    kind = PROJECT_KINDS[project]
    url, path = guidelines_link()
    where = (f'<a href="{_attr(url)}" target="_blank" rel="noopener">{escape(GUIDELINES)}</a>' if url
             else f"<code>{escape(path)}</code>")
    out = [f"<h3>spanbank: {escape(project)}</h3>",
           f"<p><b>Annotation guidelines:</b> {where} (generated from schemas/labels.yaml; what to mark, "
           "what not, examples, hotkeys, the comment policy).</p>",
           "<p>Offsets are checked after every pull: select exactly the words, never the quotation marks.</p>"]
    for layer in schema.layers:
        labels = [lab for lab in layer.labels if kind in lab.applies_to]
        if not labels:
            continue
        out.append(f"<h4>{escape(layer.name)}</h4><p>{escape(layer.description)}</p><ul>")
        for lab in labels:
            ex = f"<br><i>Example:</i> {escape(lab.example)}" if lab.example else ""
            out.append(f"<li><b>{escape(lab.name)}</b> (key <kbd>{escape(lab.hotkey)}</kbd>): "
                       f"{escape(lab.description)}{ex}</li>")
        out.append("</ul>")
    rels = _relations_for(schema, kind)
    if rels:
        out.append("<h4>relations</h4><ul>")
        for r in rels:
            out.append(f"<li><b>{escape(r.name)}</b>: {escape(r.description)}</li>")
        out.append("</ul>")
    for dl in schema.document_labels:
        if kind in dl.applies_to:
            out.append(f"<h4>{escape(dl.name)}</h4><p>{escape(dl.description)}</p>")
    if any(kind in lab.applies_to for lab in schema.labels if lab.layer == "policy"):
        out.append("<h4>comment policy</h4>" + "".join(f"<p>{escape(t)}</p>" for t in policy_text(schema)))
    if project == "review":
        out.append("<h4>review</h4><p>Each prediction is one annotator's version (named by their e-mail). "
                   "Start from the best one, fix it, and submit: your annotation becomes gold.</p>")
    return "\n".join(out)


def config_path(schema_dir: Path, project: str) -> Path:
    return Path(schema_dir) / f"labelstudio-{project}.xml"


def generated_configs(schema: Schema, schema_dir: Path) -> dict[Path, str]:
    """The checked-in generated configs (for `spanbank schema` / `--check`)."""
    return {config_path(schema_dir, p): labeling_config(schema, p) for p in ("articles", "comments")}
