"""The dataset card (README.md of the dataset repository), generated from the schema and the data.

The YAML header is produced by the libraries that read it: huggingface_hub's `DatasetCardData`,
filled by `datasets`' own `DatasetInfosDict.to_dataset_card_data` (features per config, split sizes)
and `MetadataConfigs.to_dataset_card_data` (configs and their data files), from the same Features
object the Parquet files carry. The body holds the summary, label definitions, how the annotations
were made, counts per split and label with a text bar chart, sources with their licences, loading
code and citation.

Sources: each corpus source may declare its origin and licence in ``<corpus>/raw/<source>/SOURCE.yaml``
(``name``, ``homepage``/``url``, ``licence``, ``attribution``, ``notes``; see `read_sources`). The card
takes the licence of a source from that file, else from its documents' ``meta.license``, else
"not stated".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from datasets import DatasetInfo, SplitDict, SplitInfo
from datasets.info import DatasetInfosDict
from datasets.utils.metadata import MetadataConfigs
from huggingface_hub import DatasetCard, DatasetCardData

from spanbank.dataset import CONFIGS, SPLITS, DatasetResult, config_features
from spanbank.model import Problem, atomic_write_text
from spanbank.schema import Schema

CONFIG_DOC = {
    "documents": "one row per article or comment: metadata, text, gold `spans` and `relations`, machine "
                 "`predicted_spans`, document labels (`violations`, `verdict`), `annotation_status`, "
                 "`annotators`, `agreement`",
    "tokens": "one row per document: `tokens` with `token_starts`/`token_ends` (code points) and one BIO "
              "column per layer, for token classification",
    "quotes": "one row per quote: `quote`, `form`, `speaker`, `speaker_mention` with offsets, `cue`, "
              "offsets, `origin`, for attribution models",
    "comments": "one row per comment: `text`, `article_title`, `violations` (multi-label), `verdict`, "
                "`shouting`, `origin`, for moderation classifiers",
}


SOURCE_FILE = "SOURCE.yaml"
NOT_STATED = "not stated"
_SOURCE_KEYS = {"name", "homepage", "url", "licence", "license", "attribution", "notes", "description"}


@dataclass
class SourceInfo:
    """What ``<corpus>/raw/<source>/SOURCE.yaml`` declares about one source."""

    source: str  # the folder name, which is the `source` of its documents
    name: str | None = None
    homepage: str | None = None
    licence: str | None = None
    attribution: str | None = None
    notes: str | None = None
    path: str | None = None


def read_sources(corpus: str | Path | None, problems: list[Problem] | None = None) -> dict[str, SourceInfo]:
    """The SOURCE.yaml of every source folder of ``corpus`` (``<corpus>/raw/<source>/`` or, when
    ``corpus`` is itself the raw folder, ``<corpus>/<source>/``), by source name. A file that does
    not parse, is not a mapping or has an unknown key is reported in ``problems`` (naming the file)
    and the others are still read; a string field may be given as ``license`` or ``licence``."""
    if corpus is None:
        return {}
    root = Path(corpus)
    raw = root / "raw" if (root / "raw").is_dir() else root
    out: dict[str, SourceInfo] = {}
    if not raw.is_dir():
        return out
    for path in sorted(raw.glob(f"*/{SOURCE_FILE}")):
        def bad(msg: str, path: Path = path) -> None:
            if problems is not None:
                problems.append(Problem(msg, str(path)))
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
            bad(f"cannot read the source description: {exc}".replace("\n", " "))
            continue
        if not isinstance(data, dict):
            bad(f"a source description must be a YAML mapping, got {type(data).__name__}")
            continue
        unknown = sorted(set(map(str, data)) - _SOURCE_KEYS)
        if unknown:
            bad(f"unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_SOURCE_KEYS))}")
        fields = {k: (str(v).strip() if v is not None else None) for k, v in data.items() if k in _SOURCE_KEYS}
        licence = fields.get("licence") or fields.get("license")
        if not licence:
            bad("no licence: say `licence: not stated` when the publisher states none")
        out[path.parent.name] = SourceInfo(
            source=path.parent.name, name=fields.get("name"), homepage=fields.get("homepage") or fields.get("url"),
            licence=licence, attribution=fields.get("attribution"),
            notes=" ".join(x for x in (fields.get("description"), fields.get("notes")) if x) or None,
            path=str(path))
    return out


def source_licence(source: str, res: DatasetResult, declared: dict[str, SourceInfo]) -> tuple[str, str]:
    """(licence, where it comes from) of a source: its SOURCE.yaml, else its documents'
    ``meta.license``, else not stated."""
    info = declared.get(source)
    if info is not None and info.licence:
        return info.licence, SOURCE_FILE
    if source in res.licences:
        return res.licences[source], "documents' meta.license"
    return NOT_STATED, "nothing declared"


def _size_category(n: int) -> str:
    for limit, name in ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                        (1_000_000, "100K<n<1M")):
        if n < limit:
            return name
    return "1M<n<10M"


def card_data(schema: Schema, res: DatasetResult, *, license: str = "other",
              pretty_name: str | None = None) -> DatasetCardData:
    """The YAML header: metadata, `dataset_info` per config and `configs` with their data files."""
    data = DatasetCardData(
        language=["en"], license=license, pretty_name=pretty_name or f"{schema.name}: labeled spans in news",
        task_categories=["token-classification", "text-classification"],
        task_ids=["named-entity-recognition", "multi-label-classification"],
        size_categories=[_size_category(res.documents)],
        tags=["quotation-attribution", "claim-detection", "content-moderation", "spans", "news", "comments"],
    )
    features = config_features(schema)
    infos = DatasetInfosDict()
    loadable = loadable_configs(res)
    for c in loadable:
        splits = SplitDict(dataset_name=schema.name)
        for s in present_splits(res, c):
            splits.add(SplitInfo(name=s, num_bytes=res.nbytes[c][s], num_examples=res.rows[c][s]))
        download = sum((res.out / f).stat().st_size for s in SPLITS for f in res.files[c][s])
        infos[c] = DatasetInfo(features=features[c], config_name=c, splits=splits, dataset_name=schema.name,
                               download_size=download, dataset_size=sum(res.nbytes[c].values()))
    infos.to_dataset_card_data(data)
    MetadataConfigs({
        c: {"data_files": [{"split": s, "path": f"data/{c}/{s}-*"} for s in present_splits(res, c)],
            **({"default": True} if c == loadable[0] else {})}
        for c in loadable
    }).to_dataset_card_data(data)
    return data


def present_splits(res: DatasetResult, config: str) -> list[str]:
    """Splits of a config that have rows (the only ones declared: see `ParquetSink`)."""
    return [s for s in SPLITS if res.rows[config][s] > 0]


def loadable_configs(res: DatasetResult) -> list[str]:
    """Configs with at least one row, in config order (the first is the default)."""
    return [c for c in res.configs if present_splits(res, c)]


def _bar(n: int, top: int, width: int = 30) -> str:
    return "█" * max(1 if n else 0, round(width * n / top)) if top else ""


def _table(header: list[str], rows: list[list[Any]]) -> str:
    def cell(v: Any) -> str:
        return "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in r) + " |" for r in rows]
    return "\n".join(lines)


def _flatten(obj: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(obj, dict):
        out = []
        for k, v in obj.items():
            out += _flatten(v, f"{prefix}.{k}" if prefix else str(k))
        return out
    if isinstance(obj, list):
        return [(prefix, ", ".join(str(x) for x in obj))] if all(not isinstance(x, dict | list) for x in obj) \
            else [(prefix, json.dumps(obj, ensure_ascii=False)[:200])]
    if isinstance(obj, float):
        return [(prefix, f"{obj:.3f}")]
    return [(prefix, obj)]


def agreement_section(agreement: dict | None) -> str:
    """The agreement summary of annotations/agreement.json: a table per mapping of label -> metrics,
    the rest as key/value rows."""
    if not agreement:
        return "No agreement figures: no document has been annotated by more than one person yet."
    parts, loose = [], []
    for key, val in agreement.items():
        if isinstance(val, dict) and val and all(isinstance(v, dict) for v in val.values()):
            cols: list[str] = []
            for v in val.values():
                cols += [k for k in v if k not in cols and not isinstance(v[k], dict | list)]
            rows = [[name] + [_flatten(v.get(col))[0][1] if col in v else "" for col in cols]
                    for name, v in val.items()]
            parts.append(f"**{key}**\n\n" + _table([key.rstrip("s") or key] + cols, rows))
        else:
            loose += _flatten(val, key)
    if loose:
        parts.insert(0, _table(["measure", "value"], [[k, v] for k, v in loose[:60]]))
    return "\n\n".join(parts)


def sources_section(res: DatasetResult, declared: dict[str, SourceInfo]) -> str:
    """The sources table (documents per source, licence and its origin) and each source's
    attribution and notes."""
    sources = sorted({s for s, _ in res.sources})
    if not sources:
        return "No documents."
    rows, details = [], []
    for s in sources:
        info = declared.get(s)
        licence, where = source_licence(s, res, declared)
        name = (info.name if info and info.name else s)
        if info and info.homepage:
            name = f"[{name}]({info.homepage})"
        rows.append([f"`{s}`", name, res.sources[(s, "article")], res.sources[(s, "comment")], licence, where])
        if info and (info.attribution or info.notes):
            details.append(f"- `{s}`: " + " ".join(x for x in (info.attribution, info.notes) if x))
    text = _table(["source", "name", "articles", "comments", "licence", "licence from"], rows)
    if details:
        text += "\n\n" + "\n".join(details)
    if any(source_licence(s, res, declared)[0] == NOT_STATED for s in sources):
        text += ("\n\nA licence that is *not stated* means that neither the source (SOURCE.yaml in its corpus "
                 "folder) nor its documents declare one: the texts remain © their authors and publishers.")
    return text


def render_card(schema: Schema, res: DatasetResult, *, agreement: dict | None = None,
                repo_id: str | None = None, license: str = "other", pretty_name: str | None = None,
                local_path: str = "build/dataset", sources: dict[str, SourceInfo] | None = None) -> str:
    """The card's text. ``sources`` are the corpus' SOURCE.yaml declarations (`read_sources`)."""
    declared = sources or {}
    data = card_data(schema, res, license=license, pretty_name=pretty_name)
    name = data.pretty_name
    tot = {s: res.counts[s] for s in SPLITS}
    n_art = sum(c["kind:article"] for c in tot.values())
    n_com = sum(c["kind:comment"] for c in tot.values())
    source_names = sorted({s for s, _ in res.sources})
    hub_id = repo_id or "<user>/<dataset>"
    loadable = loadable_configs(res)
    default = loadable[0] if loadable else res.configs[0]
    md: list[str] = [f"# {name}", ""]
    md.append(
        f"{res.documents} documents ({n_art} news articles and {n_com} reader comments) from "
        f"{len(source_names)} source(s) ({', '.join(source_names) or 'none'}), with character-offset span labels of "
        f"{len(schema.layers)} layers: " + "; ".join(f"**{ly.name}** ({', '.join(ly.label_names)})"
                                                    for ly in schema.layers)
        + ". Gold labels (human, adjudicated) are kept apart from machine pre-annotations. Generated by "
        "`spanbank build` from `schemas/labels.yaml` (schema version "
        f"{schema.version}).")
    md += ["", "## Configs", ""]
    md.append(_table(["config", "contents"] + list(SPLITS),
                     [[f"`{c}`" + (" (default)" if c == default else ""), CONFIG_DOC[c]]
                      + [res.rows[c][s] for s in SPLITS] for c in res.configs]))
    md += ["", "## Loading", "", "```python", "from datasets import load_dataset", "",
           f'ds = load_dataset("{hub_id}", "{default}")  # from the Hub',
           f'ds = load_dataset("{local_path}", "{default}")  # from a local build']
    md += [f'{c} = load_dataset("{hub_id}", "{c}")' for c in loadable if c != default]
    md += ['names = ds["train"].features["spans"].feature["label"].names  # ClassLabel ids -> label names',
           "```", ""]
    md += ["## Splits", "",
           f"`train` / `validation` / `test` = {' / '.join(f'{r:g}' for r in res.ratios)} by a stable hash of "
           "the ARTICLE id (first 8 bytes of its sha256 as a fraction of 2^64): a comment is always in its "
           "article's split, and adding articles never moves an old one. A split (or config) with no rows is "
           "not declared, because `datasets` cannot load an empty split; a small corpus may therefore have "
           "only one or two splits." + (f" Not loadable in this build (no rows): {', '.join(empty)}."
                                         if (empty := [c for c in res.configs if c not in loadable]) else ""), ""]
    md.append(_table(["split", "articles", "comments", "gold-annotated", "quotes", "comments config"],
                     [[s, tot[s]["kind:article"], tot[s]["kind:comment"],
                       tot[s]["status:single"] + tot[s]["status:adjudicated"],
                       res.rows.get("quotes", {}).get(s, ""), res.rows.get("comments", {}).get(s, "")]
                      for s in SPLITS]))
    md += ["", "## Labels", ""]
    md.append(_table(["label", "layer", "applies to", "description", "Perspective", "Jigsaw"],
                     [[f"`{lab.name}`", lab.layer, ", ".join(lab.applies_to), lab.description,
                       lab.perspective or "", lab.jigsaw or ""] for lab in schema.labels]))
    md += ["", "Relations (`relations`, head -> tail, gold only):", ""]
    md.append(_table(["relation", "from", "to", "description"],
                     [[f"`{r.name}`", ", ".join(r.from_labels), ", ".join(r.to_labels), r.description]
                      for r in schema.relations]))
    md += ["", "Document labels (comments):", ""]
    md.append(_table(["field", "values", "description"],
                     [[f"`{d.name}`", ", ".join(d.choices) + (" (multi-label)" if d.multiple else ""),
                       d.description] for d in schema.document_labels]))
    md += ["", "All label fields are `ClassLabel`s in the order above; `annotation_status` is one of "
           "unannotated / single (one annotator) / adjudicated (several, merged by the adjudication "
           "policy); `verdict` is null when nobody annotated the comment.", ""]
    md += ["## How the annotations were made", "",
           "1. **Pre-annotation** (machine, `predicted_spans`; `origin` names the annotator and its version):", ""]
    md.append(_table(["pre-annotator", "documents annotated"],
                     [[f"`{o}`", n] for o, n in sorted(res.origins.items())]) if res.origins
              else "   No machine pre-annotations in this build.")
    n_ann = len(res.annotators)
    md += ["", f"2. **Human annotation** in Label Studio, correcting the pre-annotations: {n_ann} annotator(s); "
           "annotators are recorded by id in the `annotators` column.",
           "3. **Adjudication**: documents with several annotators are merged into gold by the adjudication "
           "policy; `agreement` holds the per-document agreement.", "", "### Agreement", "",
           agreement_section(agreement), ""]
    md += ["## Counts per split and label", ""]
    rows, chart = [], []
    totals = {lab: sum(tot[s][f"gold:{lab}"] for s in SPLITS) for lab in schema.label_names}
    mtotals = {lab: sum(tot[s][f"machine:{lab}"] for s in SPLITS) for lab in schema.label_names}
    for lab in schema.label_names:
        rows.append([f"`{lab}`"] + [tot[s][f"gold:{lab}"] for s in SPLITS]
                    + [tot[s][f"machine:{lab}"] for s in SPLITS])
    md.append(_table(["label"] + [f"gold {s}" for s in SPLITS] + [f"machine {s}" for s in SPLITS], rows))
    width = max(len(lab) for lab in schema.label_names)
    top = max([*totals.values(), *mtotals.values(), 1])
    chart = [f"{lab:<{width}}  gold {totals[lab]:>7} {_bar(totals[lab], top)}\n"
             f"{'':<{width}}  mach {mtotals[lab]:>7} {_bar(mtotals[lab], top)}" for lab in schema.label_names]
    md += ["", "Label distribution (all splits):", "", "```text", *chart, "```", ""]
    verdicts = sorted({k.split(":", 1)[1] for c in tot.values() for k in c if k.startswith(("verdict:", "violation:"))})
    if verdicts:
        md.append(_table(["comment label (origin:value)"] + list(SPLITS),
                         [[v] + [tot[s][f"verdict:{v}"] + tot[s][f"violation:{v}"] for s in SPLITS]
                          for v in verdicts]))
        md.append("")
    if res.tag_stats:
        md += ["### Token tags", "",
               "Tokens: runs of word characters (joined by an inner apostrophe or hyphen) or single other "
               "non-space characters; `text[token_starts[i]:token_ends[i]] == tokens[i]` and only whitespace "
               "lies between tokens. Tags are BIO per layer (`O`, `B-X`, `I-X`); `tag_source` says whether "
               "a row's tags come from **gold** (the document has gold) or, for unannotated documents, from "
               "the **machine** pre-annotations (`none`: neither). A span of a layer that overlaps an earlier "
               "one of the same layer cannot be tagged in that layer's column and is counted below; spans of "
               "different layers may overlap freely.", ""]
        md.append(_table(["layer", "spans", "not on token boundaries", "left out (overlap)", "no token"],
                         [[n, t.spans, t.misaligned, t.overlapping, t.empty] for n, t in res.tag_stats.items()]))
        md.append("")
    md += ["## Sources and licences", "", sources_section(res, declared)]
    md += ["", "## Citation", "", "```bibtex",
           f"@misc{{{schema.name}_dataset,",
           f"  title  = {{{name}}},",
           "  note   = {Built with spanbank: news articles and reader comments with labeled spans},",
           f"  howpublished = {{\\url{{https://huggingface.co/datasets/{hub_id}}}}}",
           "}", "```", ""]
    return f"---\n{data.to_yaml()}\n---\n\n" + "\n".join(md)


def write_card(schema: Schema, res: DatasetResult, *, agreement_path: str | Path | None = None,
               corpus: str | Path | None = None, **kwargs: Any) -> Path:
    """Render the card and write ``<out>/README.md``; returns its path. The card is checked by
    parsing it back with huggingface_hub's `DatasetCard`. ``corpus`` is the corpus folder whose
    ``raw/<source>/SOURCE.yaml`` files give the sources' licences; a bad one is added to
    ``res.problems`` (the card is still written, with the fallback licence)."""
    agreement = None
    if agreement_path and Path(agreement_path).exists():
        agreement = json.loads(Path(agreement_path).read_text(encoding="utf-8"))
    sources = read_sources(corpus, res.problems)
    text = render_card(schema, res, agreement=agreement, sources=sources, **kwargs)
    DatasetCard(text)  # raises on a header that does not parse
    path = res.out / "README.md"
    atomic_write_text(path, text)
    return path


__all__ = ["CONFIGS", "SOURCE_FILE", "SourceInfo", "agreement_section", "card_data", "read_sources", "render_card",
           "source_licence", "sources_section", "write_card"]
