"""The dataset card: YAML parsed offline by huggingface_hub and datasets, counts checked against Parquet."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
from datasets.info import DatasetInfosDict
from datasets.utils.metadata import MetadataConfigs
from huggingface_hub import DatasetCard, DatasetCardData

from spanbank.card import agreement_section, read_sources, write_card
from spanbank.dataset import CONFIGS, SPLITS, config_features, write_dataset
from spanbank.model import Document, write_jsonl
from tests.test_dataset import make_corpus


def _build(tmp_path, schema, agreement=None):
    make_corpus(tmp_path, 12)
    res = write_dataset(tmp_path / "documents.jsonl", tmp_path / "ds", schema=schema,
                        predictions=tmp_path / "predictions.jsonl", gold=tmp_path / "gold.jsonl")
    path = None
    if agreement is not None:
        path = tmp_path / "agreement.json"
        path.write_text(json.dumps(agreement), encoding="utf-8")
    write_card(schema, res, agreement_path=path, repo_id="me/news-spans")
    return res, (tmp_path / "ds" / "README.md").read_text(encoding="utf-8")


def test_card_yaml_parses_offline_and_counts_match_the_parquet_files(tmp_path, schema):
    res, text = _build(tmp_path, schema)
    card = DatasetCard(text)
    assert isinstance(card.data, DatasetCardData)
    configs = MetadataConfigs.from_dataset_card_data(card.data)
    infos = DatasetInfosDict.from_dataset_card_data(card.data)
    assert set(configs) == set(CONFIGS)
    assert configs["documents"].get("default") is True
    features = config_features(schema)
    for config in CONFIGS:
        assert infos[config].features == features[config]
        declared = {s.name: s.num_examples for s in infos[config].splits.values()}
        on_disk = {}
        for split in SPLITS:
            files = sorted((tmp_path / "ds").glob(f"data/{config}/{split}-*.parquet"))
            n = sum(pq.read_metadata(f).num_rows for f in files)
            if n:
                on_disk[split] = n
        assert declared == on_disk, config
        assert {d["split"] for d in configs[config]["data_files"]} == set(on_disk)


def test_card_body_has_labels_counts_chart_sources_loading_and_citation(tmp_path, schema):
    res, text = _build(tmp_path, schema, agreement={
        "documents": 6, "annotators": 2,
        "per_label": {"DIRECT_QUOTE": {"f1": 0.9, "n": 6}, "INSULT": {"f1": 0.5, "n": 2}},
    })
    for lab in schema.labels:
        assert f"`{lab.name}`" in text
        if lab.jigsaw:
            assert lab.jigsaw in text
    assert 'load_dataset("me/news-spans", "quotes")' in text
    assert "`rules:quotes@1`" in text and "`rules:policy@1`" in text
    assert "2 annotator(s)" in text
    assert "| DIRECT_QUOTE | 0.900 | 6 |" in text
    assert "CC-BY-4.0" in text and "@misc{" in text
    gold_quotes = sum(res.counts[s]["gold:DIRECT_QUOTE"] for s in SPLITS)
    assert gold_quotes == 6
    chart_line = next(line for line in text.splitlines() if line.startswith("DIRECT_QUOTE") and "gold" in line)
    assert chart_line.split()[2] == "6" and "█" in chart_line
    row = next(line for line in text.splitlines() if line.startswith("| `DIRECT_QUOTE` |") and "|" in line[20:]
               and line.count("|") == 8)
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert [int(c) for c in cells[1:4]] == [res.counts[s]["gold:DIRECT_QUOTE"] for s in SPLITS]


def test_agreement_section_without_figures():
    assert "No agreement figures" in agreement_section(None)
    out = agreement_section({"alpha": 0.81234, "kinds": ["a", "b"]})
    assert "| alpha | 0.812 |" in out and "| kinds | a, b |" in out


def _sources_build(tmp_path, schema, files: dict[str, str]):
    """The test corpus (source `src`, documents' meta.license CC-BY-4.0) plus one article of a
    source `anon` that declares nothing, with SOURCE.yaml files ``{folder: text}``."""
    docs, _, _ = make_corpus(tmp_path, 4)
    anon = Document(id="anon/x", kind="article", text="Nothing declared here.", article_id="anon/x", source="anon")
    write_jsonl(tmp_path / "documents.jsonl", [*docs, anon])
    corpus = tmp_path / "corpus"
    for folder, text in files.items():
        (corpus / "raw" / folder).mkdir(parents=True)
        (corpus / "raw" / folder / "SOURCE.yaml").write_text(text, encoding="utf-8")
    res = write_dataset(tmp_path / "documents.jsonl", tmp_path / "ds", schema=schema,
                        predictions=tmp_path / "predictions.jsonl", gold=tmp_path / "gold.jsonl")
    assert not res.problems
    write_card(schema, res, corpus=corpus)
    text = (tmp_path / "ds" / "README.md").read_text(encoding="utf-8")
    section = text.split("## Sources and licences", 1)[1].split("## Citation", 1)[0]
    return res, section


def _row(section: str, source: str) -> list[str]:
    line = next(x for x in section.splitlines() if x.startswith(f"| `{source}` |"))
    return [c.strip() for c in line.strip("|").split("|")]


def test_source_yaml_gives_the_licence_then_documents_then_not_stated(tmp_path, schema):
    res, section = _sources_build(tmp_path, schema, {"src": (
        "name: Example Times\nhomepage: https://example.org\nlicence: CC-BY-SA-4.0\n"
        "attribution: Articles © Example Times.\nnotes: Sampled for research.\n")})
    src = _row(section, "src")
    assert src == ["`src`", "[Example Times](https://example.org)", "4", "4", "CC-BY-SA-4.0", "SOURCE.yaml"]
    assert "- `src`: Articles © Example Times. Sampled for research." in section
    anon = _row(section, "anon")
    assert anon[2:] == ["1", "0", "not stated", "nothing declared"]
    assert "*not stated*" in section


def test_documents_licence_is_the_fallback_without_source_yaml(tmp_path, schema):
    _, section = _sources_build(tmp_path, schema, {})
    assert _row(section, "src")[4:] == ["CC-BY-4.0", "documents' meta.license"]


def test_a_bad_source_yaml_is_reported_by_file_and_the_others_are_read(tmp_path, schema):
    corpus = tmp_path / "corpus" / "raw"
    for folder, text in {"a": "licence: [unclosed\n", "b": "- a list\n", "c": "name: C\n",
                         "d": "licence: MIT\nlicense_url: x\n", "e": "license: CC0-1.0\nurl: https://e.org\n"}.items():
        (corpus / folder).mkdir(parents=True)
        (corpus / folder / "SOURCE.yaml").write_text(text, encoding="utf-8")
    problems: list = []
    found = read_sources(tmp_path / "corpus", problems)
    msgs = [str(p) for p in problems]
    assert len(msgs) == 4
    assert any("a/SOURCE.yaml" in m and "cannot read" in m for m in msgs)
    assert any("b/SOURCE.yaml" in m and "mapping" in m for m in msgs)
    assert any("c/SOURCE.yaml" in m and "no licence" in m for m in msgs)
    assert any("d/SOURCE.yaml" in m and "license_url" in m for m in msgs)
    assert found["d"].licence == "MIT"
    assert (found["e"].licence, found["e"].homepage) == ("CC0-1.0", "https://e.org")
    assert set(found) == {"c", "d", "e"}
    assert read_sources(corpus) == read_sources(tmp_path / "corpus")  # the raw folder itself works too


def test_the_shipped_seed_source_declares_its_licence_and_ingest_ignores_it(repo, tmp_path):
    from spanbank.ingest import IngestReport, discover_files, ingest_paths

    problems: list = []
    seed = read_sources(repo / "corpus", problems)
    assert not problems
    assert seed["asbarez"].licence == "not stated / all rights reserved by the publisher"
    assert "Asbarez" in (seed["asbarez"].attribution or "")
    raw = tmp_path / "raw" / "asbarez"
    raw.mkdir(parents=True)
    for f in (repo / "corpus" / "raw" / "asbarez").iterdir():
        (raw / f.name).write_bytes(f.read_bytes())
    files = discover_files([tmp_path / "raw"])
    assert [f.name for f in files] == ["asbarez-aliyev-karabakh.txt"]
    report = IngestReport()
    docs = list(ingest_paths([tmp_path / "raw"], rank=0, world_size=1, report=report))
    assert report.ok and len(docs) == 5
