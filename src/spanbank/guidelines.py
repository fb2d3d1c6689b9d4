"""Annotation guidelines generated from `schemas/labels.yaml` (DESIGN §3): ``docs/guidelines.md``.

`render_guidelines(schema)` gives the Markdown: general rules, a table of every label with its
hotkey and colour, then per layer what to mark, what not to mark and an example (from the seed),
the relations, the document labels and the comment policy (violation labels, shouting). It is one
of `spanbank.schema.generated_files`, so `spanbank schema` writes it and `spanbank schema --check`
fails while the checked-in copy is stale.

`guidelines_link()` is what the Label Studio project instructions point at: a URL when one is
configured (``SPANBANK_GUIDELINES_URL``, else ``SPANBANK_REPO_URL`` + ``/blob/main/docs/guidelines.md``,
else the package's ``Repository``/``Source`` project URL), otherwise the file's path.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from spanbank.schema import REPO_ROOT, Schema

GUIDELINES_PATH = "docs/guidelines.md"
_PROJECT_OF_KIND = {"article": "articles", "comment": "comments"}
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z«“\"])")
_NEGATIVE = re.compile(r"\bnot\b", re.IGNORECASE)


def guidelines_file(root: Path = REPO_ROOT) -> Path:
    return Path(root) / GUIDELINES_PATH


def split_description(description: str) -> tuple[list[str], list[str]]:
    """(what to mark, what not to mark): sentences that exclude something (a "not" in a sentence
    that does not itself start with "Mark") go to the second list."""
    mark: list[str] = []
    not_mark: list[str] = []
    for sentence in _SENTENCE.split(description.strip()):
        if not sentence:
            continue
        if _NEGATIVE.search(sentence) and not sentence.startswith("Mark"):
            if sentence.startswith("Do NOT mark "):
                sentence = sentence[len("Do NOT mark "):]
                sentence = sentence[:1].upper() + sentence[1:]
            not_mark.append(sentence)
        else:
            mark.append(sentence)
    return mark, not_mark


def split_example(example: str) -> tuple[str, str]:
    """(example, counter-example) of a label's example text, split at ``Not:``."""
    head, sep, tail = example.partition("Not:")
    return head.strip(), tail.strip() if sep else ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def _projects(applies_to: tuple[str, ...]) -> str:
    return ", ".join(f"`{_PROJECT_OF_KIND.get(k, k)}`" for k in applies_to)


def render_guidelines(schema: Schema) -> str:
    """The Markdown of ``docs/guidelines.md``."""
    out: list[str] = [
        "# Annotation guidelines",
        "",
        "<!-- generated from schemas/labels.yaml by `spanbank schema`; do not edit: change the YAML and "
        "run `spanbank schema` -->",
        "",
        f"Schema `{schema.name}` version {schema.version}. These are the rules for everyone who marks spans in "
        "Label Studio (the projects `<prefix> articles`, `<prefix> comments` and `<prefix> review`). "
        "The same text is in each project's instructions and in the hint of each label.",
        "",
        "## General rules",
        "",
        "- Select exactly the words of the span: no quotation marks, no leading or trailing spaces or "
        "punctuation that is not part of it. Offsets are checked after every pull.",
        "- Spans may overlap (a CLAIM inside a DIRECT_QUOTE): mark each one with its own label.",
        "- Draw each relation from the quote to its speaker or cue (Label Studio: select the quote, "
        "press the relation button, click the other region); if drawn the other way round spanbank "
        "turns it round.",
        "- Pre-annotations are machine guesses shown as predictions (named after the pre-annotator, "
        "e.g. `rules:quotes@1`): accept, fix or delete them; never submit one unchecked.",
        "- *Skip* a task you cannot judge; it is recorded as skipped, not as an empty annotation.",
        "",
        "## Labels at a glance",
        "",
        "| label | layer | key | colour | documents | Label Studio project |",
        "|---|---|---|---|---|---|",
    ]
    for lab in schema.labels:
        out.append(f"| {lab.name} | {lab.layer} | `{lab.hotkey}` | `{lab.colour}` | "
                   f"{', '.join(lab.applies_to)} | {_projects(lab.applies_to)} |")
    for layer in schema.layers:
        out += ["", f"## Layer `{layer.name}`", "", layer.description]
        for lab in layer.labels:
            mark, not_mark = split_description(lab.description)
            example, counter = split_example(lab.example)
            out += ["", f"### {lab.name}", "",
                    f"Key `{lab.hotkey}`, colour `{lab.colour}`, on {' and '.join(k + 's' for k in lab.applies_to)}.",
                    "", f"**Mark:** {' '.join(mark)}"]
            if not_mark:
                out += ["", f"**Do not mark:** {' '.join(not_mark)}"]
            if example:
                out += ["", f"**Example:** {example}"]
            if counter:
                out += ["", f"**Not an example:** {counter}"]
            if lab.perspective or lab.jigsaw:
                names = [f"Perspective `{lab.perspective}`" if lab.perspective else "",
                         f"Jigsaw `{lab.jigsaw}`" if lab.jigsaw else ""]
                out += ["", f"Public schemes: {', '.join(n for n in names if n)}."]
    if schema.relations:
        out += ["", "## Relations", "", "| relation | from | to | meaning |", "|---|---|---|---|"]
        for r in schema.relations:
            out.append(f"| {r.name} | {', '.join(r.from_labels)} | {', '.join(r.to_labels)} | {_cell(r.description)} |")
    if schema.document_labels:
        out += ["", "## Document labels", "",
                "Chosen once per document (below the text in Label Studio), not marked on spans.", ""]
        for dl in schema.document_labels:
            how = "any number of" if dl.multiple else "exactly one of"
            out += [f"- **{dl.name}** (on {', '.join(k + 's' for k in dl.applies_to)}; {how}: "
                    f"{', '.join(f'`{c}`' for c in dl.choices)}): {dl.description}"]
    out += _policy_section(schema)
    return "\n".join(out).rstrip("\n") + "\n"


def _policy_section(schema: Schema) -> list[str]:
    out = ["", "## Comment policy"]
    for paragraph in policy_text(schema):
        out += ["", paragraph]
    return out


def policy_text(schema: Schema) -> list[str]:
    """The comment policy as plain paragraphs: which labels make a violation, and shouting."""
    policy = schema.policy or {}
    out = [f"A comment gets the verdict violates_policy when it holds at least one span of: "
           f"{', '.join(schema.violation_labels)}; list those categories under violations. Otherwise it is "
           "acceptable and violations stays empty."]
    shouting = policy.get("shouting") or {}
    if shouting:
        rule = []
        if "min_letters" in shouting:
            rule.append(f"at least {shouting['min_letters']} letters")
        if "min_upper_ratio" in shouting:
            rule.append(f"at least {float(shouting['min_upper_ratio']):.0%} of them capitals")
        out.append(f"Shouting (a run of text in capitals{': ' + ' and '.join(rule) if rule else ''}) is recorded "
                   "by the pre-annotator as the attribute shouting of the comment. "
                   + ("It counts as a violation: mark the comment violates_policy."
                      if schema.shouting_counts else
                      "It does not by itself make the comment violate the policy: judge the words, not the "
                      "capitals."))
    return out


def guidelines_link() -> tuple[str | None, str]:
    """(URL or None, the file path) of the guidelines, for the Label Studio instructions."""
    path = str(guidelines_file())
    url = os.environ.get("SPANBANK_GUIDELINES_URL")
    if url:
        return url, path
    repo = os.environ.get("SPANBANK_REPO_URL") or _package_repo_url()
    if repo:
        return f"{repo.rstrip('/')}/blob/main/{GUIDELINES_PATH}", path
    return None, path


def _package_repo_url() -> str | None:
    from importlib.metadata import PackageNotFoundError, metadata  # noqa: PLC0415

    try:
        urls = metadata("spanbank").get_all("Project-URL") or []
    except PackageNotFoundError:
        return None
    for entry in urls:
        name, _, value = entry.partition(",")
        if name.strip().lower() in ("repository", "source", "source code") and value.strip().startswith("http"):
            return value.strip()
    return None


def generated_guidelines(schema: Schema, root: Path = REPO_ROOT) -> dict[Path, str]:
    """For `spanbank.schema.generated_files`."""
    return {guidelines_file(root): render_guidelines(schema)}
