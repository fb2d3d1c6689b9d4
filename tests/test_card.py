"""The dataset card: YAML parsed offline by huggingface_hub and datasets, counts checked against Parquet."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
from datasets.info import DatasetInfosDict
from datasets.utils.metadata import MetadataConfigs
from huggingface_hub import DatasetCard, DatasetCardData

from spanbank.card import agreement_section, write_card
from spanbank.dataset import CONFIGS, SPLITS, config_features, write_dataset
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
