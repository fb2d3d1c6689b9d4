"""The dataset stage: configs and features, splits, offsets, BIO tags, gold vs machine, rebuilds."""

from __future__ import annotations

import datasets
import pyarrow.parquet as pq
import pytest

from spanbank.card import write_card
from spanbank.dataset import (
    CONFIGS,
    SPLITS,
    bio_names,
    bio_tags,
    config_features,
    decode_bio,
    split_of,
    tokenize,
    write_dataset,
)
from spanbank.model import Annotation, Document, Relation, Span, write_jsonl

SENTENCE = '{name} said, "We will not give up the land." Officials announced that talks had failed.'
COMMENT = "You idiot, the army is the strongest in the region."


def _article(i: int) -> tuple[Document, Annotation, Annotation]:
    name = f"Minister{i}"
    text = SENTENCE.format(name=name)
    doc = Document(id=f"src/a{i}", kind="article", text=text, article_id=f"src/a{i}", source="src",
                   title=f"Title {i}", meta={"license": "CC-BY-4.0"})
    q0 = text.index("We")
    q1 = text.index('land.') + len("land.")
    ind0 = text.index("talks")
    gold = Annotation(doc_id=doc.id, origin="gold", spans=[
        Span.over(text, q0, q1, "DIRECT_QUOTE", "q1"),
        Span.over(text, 0, len(name), "SPEAKER", "s1", name=name),
        Span.over(text, len(name) + 1, len(name) + 5, "CUE", "c1"),
        Span.over(text, ind0, len(text) - 1, "INDIRECT_QUOTE", "q2"),
        Span.over(text, ind0, len(text) - 1, "CLAIM", "k1"),  # overlaps a quote: another layer
    ], relations=[Relation("q1", "s1", "said_by"), Relation("q1", "c1", "cue")],
        meta={"status": "adjudicated", "annotators": ["a@x.org", "b@x.org"], "agreement": 0.75})
    pred = Annotation(doc_id=doc.id, origin="rules:quotes@1", spans=[
        Span.over(text, q0, q1, "DIRECT_QUOTE", "m1", speaker=name),
    ])
    return doc, gold, pred


def _comment(i: int) -> tuple[Document, Annotation]:
    doc = Document(id=f"src/a{i}#c1", kind="comment", text=COMMENT, article_id=f"src/a{i}", source="src",
                   author="K.", position=1)
    pred = Annotation(doc_id=doc.id, origin="rules:policy@1",
                      spans=[Span.over(COMMENT, 4, 9, "INSULT", "p1"),
                             Span.over(COMMENT, 11, len(COMMENT) - 1, "CLAIM", "k1")],
                      labels={"violations": ["INSULT"], "verdict": "violates_policy", "shouting": False})
    return doc, pred


def make_corpus(tmp_path, n: int, gold_every: int = 2):
    docs, golds, preds = [], [], []
    for i in range(n):
        d, g, p = _article(i)
        c, cp = _comment(i)
        docs += [d, c]
        preds += [p, cp]
        if i % gold_every == 0:
            golds.append(g)
    write_jsonl(tmp_path / "documents.jsonl", docs)
    write_jsonl(tmp_path / "gold.jsonl", golds)
    write_jsonl(tmp_path / "predictions.jsonl", preds)
    return docs, golds, preds


def build(tmp_path, schema, n: int = 30, **kw):
    make_corpus(tmp_path, n)
    res = write_dataset(tmp_path / "documents.jsonl", tmp_path / "ds", schema=schema,
                        predictions=tmp_path / "predictions.jsonl", gold=tmp_path / "gold.jsonl", **kw)
    write_card(schema, res)
    return res


def load(path, config):
    return datasets.load_dataset(str(path), config)


@pytest.fixture(scope="module")
def built(tmp_path_factory, schema):
    tmp = tmp_path_factory.mktemp("ds")
    res = build(tmp, schema, n=30, shard_rows=7)
    return tmp, res


def test_every_config_loads_with_the_declared_features_and_row_counts(built, schema, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    tmp, res = built
    assert not res.problems
    features = config_features(schema)
    for config in CONFIGS:
        dd = load(tmp / "ds", config)
        for split in dd:
            assert dd[split].features == features[config], (config, split)
            assert dd[split].num_rows == res.rows[config][split]
        assert sum(dd[s].num_rows for s in dd) == sum(res.rows[config].values())
    assert sum(res.rows["documents"].values()) == 60
    assert sum(res.rows["comments"].values()) == 30
    # gold quotes for the 15 gold articles (2 each), one machine quote for the 15 others
    assert sum(res.rows["quotes"].values()) == 15 * 2 + 15


def test_parquet_carries_the_same_features_as_the_card(built, schema):
    tmp, res = built
    for config in CONFIGS:
        for split in SPLITS:
            for f in res.files[config][split]:
                meta = pq.read_schema(tmp / "ds" / f).metadata
                assert datasets.Features.from_arrow_schema(pq.read_schema(tmp / "ds" / f)) == config_features(schema)[config]
                assert b"huggingface" in meta


def test_shards_are_named_and_sized(built):
    tmp, res = built
    files = res.files["documents"]["train"]
    assert len(files) > 1  # shard_rows=7
    n = len(files)
    assert files == [f"data/documents/train-{i:05d}-of-{n:05d}.parquet" for i in range(n)]
    assert all(pq.read_metadata(tmp / "ds" / f).num_rows <= 7 for f in files)


def test_no_article_in_two_splits_and_comments_follow_their_article(built, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    tmp, _ = built
    dd = load(tmp / "ds", "documents")
    where: dict[str, set[str]] = {}
    for split in dd:
        for row in dd[split]:
            where.setdefault(row["article_id"], set()).add(split)
    assert len(where) == 30
    assert all(len(s) == 1 for s in where.values())
    assert len({next(iter(s)) for s in where.values()}) >= 2  # 30 articles do spread over splits


def test_span_offsets_are_valid_and_gold_apart_from_machine(built, schema, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    tmp, _ = built
    names = schema.label_names
    dd = load(tmp / "ds", "documents")
    seen_gold = 0
    for split in dd:
        for row in dd[split]:
            for sp in row["spans"] + row["predicted_spans"]:
                assert row["text"][sp["start"]:sp["end"]] == sp["text"]
            gold_ids = {sp["id"] for sp in row["spans"]}
            machine_ids = {sp["id"] for sp in row["predicted_spans"]}
            assert not gold_ids & machine_ids  # gold q1/s1/..., machine m1/p1/k1 (comment k1 is machine)
            assert all(sp["origin"].startswith("rules:") for sp in row["predicted_spans"])
            if row["spans"]:
                seen_gold += 1
                assert row["annotation_status"] == 2  # adjudicated
                assert row["annotators"] == ["a@x.org", "b@x.org"]
                assert row["agreement"] == pytest.approx(0.75)
                q = next(sp for sp in row["spans"] if sp["id"] == "q1")
                assert names[q["label"]] == "DIRECT_QUOTE" and q["speaker"].startswith("Minister")
            else:
                assert row["annotation_status"] == 0 and row["verdict"] is None
    assert seen_gold == 15


def test_bio_tags_decode_back_to_the_spans(built, schema, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    tmp, _ = built
    docs = {r["id"]: r for s, d in load(tmp / "ds", "documents").items() for r in d}
    tok = load(tmp / "ds", "tokens")
    checked = 0
    for split in tok:
        for row in tok[split]:
            text = row["text"]
            for t, s, e in zip(row["tokens"], row["token_starts"], row["token_ends"], strict=True):
                assert text[s:e] == t
            doc = docs[row["id"]]
            source = doc["spans"] if row["tag_source"] == 0 else doc["predicted_spans"]
            assert row["tag_source"] == (0 if doc["spans"] else 1)
            for layer in schema.layers:
                labels = layer.label_names
                decoded = decode_bio(row[f"{layer.name}_tags"], row["token_starts"], row["token_ends"], labels)
                expected = sorted((sp["start"], sp["end"], schema.label_names[sp["label"]]) for sp in source
                                  if schema.label_names[sp["label"]] in labels)
                assert sorted(decoded) == expected, (row["id"], layer.name)
                checked += len(expected)
    assert checked > 60


def test_bio_tags_count_misaligned_and_overlapping_spans(schema):
    from spanbank.dataset import TagStats

    text = "Alpha beta gamma"
    _, starts, ends = tokenize(text)
    labels = ["CLAIM"]
    stats = TagStats()
    spans = [Span.over(text, 0, 10, "CLAIM", "a"), Span.over(text, 6, 16, "CLAIM", "b"),
             Span.over(text, 12, 16, "CLAIM", "c")]
    tags = bio_tags(spans, starts, ends, labels, stats)
    names = bio_names(labels)
    # b overlaps a and is left out; c starts inside "gamma" and is tagged on the whole token
    assert [names[t] for t in tags] == ["B-CLAIM", "I-CLAIM", "B-CLAIM"]
    assert stats.overlapping == 1 and stats.misaligned == 1
    assert stats.spans == 3


def test_tokenizer_is_reversible():
    text = "Nagorno-Karabakh’s “status”—don't\n\n 100 years."
    toks, starts, ends = tokenize(text)
    assert "Nagorno-Karabakh’s" in toks and "don't" in toks and "“" in toks
    rebuilt = list(" " * len(text))
    for t, s, e in zip(toks, starts, ends, strict=True):
        rebuilt[s:e] = t
    assert "".join(c if not c.isspace() else " " for c in text) == "".join(rebuilt)


def test_quotes_and_comments_configs(built, schema, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    tmp, _ = built
    q = [r for d in load(tmp / "ds", "quotes").values() for r in d]
    gold_direct = [r for r in q if r["origin"] == 0 and r["form"] == 0]
    assert len(gold_direct) == 15
    r = gold_direct[0]
    assert r["quote"] == "We will not give up the land."
    assert r["speaker_mention"] == r["speaker"] and r["cue"] == "said"
    assert (r["speaker_start"], r["cue_start"]) == (0, len(r["speaker"]) + 1)
    machine = [r for r in q if r["origin"] == 1]
    assert len(machine) == 15 and all(r["annotator"] == "rules:quotes@1" for r in machine)
    c = [r for d in load(tmp / "ds", "comments").values() for r in d]
    assert len(c) == 30
    assert all(r["violations"] == [schema.document_label("violations").choices.index("INSULT")] for r in c)
    assert all(r["verdict"] == 1 and r["origin"] == 1 and r["shouting"] is False for r in c)
    assert all(r["article_title"].startswith("Title ") for r in c)


def test_split_is_stable_and_rebuild_with_more_articles_moves_nothing(tmp_path, schema):
    first = build(tmp_path / "one", schema, n=20)
    assert sum(first.rows["documents"].values()) == 40
    before = {f"src/a{i}": split_of(f"src/a{i}") for i in range(20)}
    second = build(tmp_path / "two", schema, n=25)
    after = {}
    for split in SPLITS:
        for f in second.files["documents"][split]:
            for row in pq.read_table(tmp_path / "two" / "ds" / f, columns=["article_id"]).to_pylist():
                after[row["article_id"]] = split
    assert all(after[a] == s for a, s in before.items())
    assert split_of("src/a3", (0.5, 0.25, 0.25)) == split_of("src/a3", (0.5, 0.25, 0.25))
    with pytest.raises(ValueError):
        write_dataset(tmp_path / "one" / "documents.jsonl", tmp_path / "x", schema=schema, ratios=(0.5, 0.5, 0.5))


def test_a_single_article_corpus_loads_with_only_its_split(tmp_path, schema, monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    res = build(tmp_path, schema, n=1)
    present = [s for s in SPLITS if res.rows["documents"][s]]
    assert present == [split_of("src/a0")]
    dd = load(tmp_path / "ds", "documents")
    assert list(dd) == present and dd[present[0]].num_rows == 2


def test_bad_spans_are_reported_and_left_out_the_rest_goes_on(tmp_path, schema):
    make_corpus(tmp_path, 3)
    d, _, _ = _article(0)
    bad = Annotation(doc_id=d.id, origin="rules:claims@1",
                     spans=[Span("x1", 0, 5, "CLAIM", "WRONG"), Span.over(d.text, 0, 5, "CLAIM", "x2")])
    orphan = Annotation(doc_id="src/gone", origin="gold", spans=[])
    write_jsonl(tmp_path / "p2.jsonl", [bad])
    write_jsonl(tmp_path / "g2.jsonl", [orphan])
    with open(tmp_path / "documents.jsonl", "a", encoding="utf-8") as fh:
        fh.write("{not json\n")
    res = write_dataset(tmp_path / "documents.jsonl", tmp_path / "ds", schema=schema,
                        predictions=tmp_path / "p2.jsonl", gold=tmp_path / "g2.jsonl")
    msgs = [str(p) for p in res.problems]
    assert any("'x1'" in m and "src/a0" in m for m in msgs)
    assert any("documents.jsonl:7" in m for m in msgs)  # the bad line, by number
    assert any("src/gone" in m and "not in the corpus" in m for m in msgs)
    assert sum(res.rows["documents"].values()) == 6
    rows = [r for s in SPLITS for f in res.files["documents"][s]
            for r in pq.read_table(tmp_path / "ds" / f).to_pylist() if r["id"] == "src/a0"]
    assert [sp["id"] for sp in rows[0]["predicted_spans"]] == ["x2"]


def test_column_buffer_writes_what_pyarrow_makes_of_the_same_rows(schema):
    """The columnar path (struct children as lists, numpy chunks) gives the same Arrow data as
    ``pa.array`` over per-row dicts, nulls and empty lists included."""
    import numpy as np
    import pyarrow as pa

    from spanbank.dataset import ColumnBuffer

    features = config_features(schema)
    arrow = features["documents"].arrow_schema
    span_keys = ["id", "start", "end", "label", "text", "speaker"]
    rows_as_dicts, buf = [], ColumnBuffer(arrow)
    for i in range(5):
        spans = [{"id": f"s{k}", "start": k, "end": k + 2, "label": k % 3, "text": "ab",
                  "speaker": None if k % 2 else "X"} for k in range(i)]
        pred = [dict(sp, origin="rules:x@1", score=None if k == 1 else 0.5) for k, sp in enumerate(spans)]
        row = {"id": f"d{i}", "article_id": f"d{i}", "kind": "article", "source": None, "url": None,
               "published": None, "title": "T" if i % 2 else None, "author": None, "position": i if i else None,
               "text": "é🙂\n" * i, "text_sha256": "0", "spans": spans, "relations": [], "predicted_spans": pred,
               "violations": list(range(i % 3)), "verdict": None if i % 2 else 1, "annotation_status": i % 4,
               "annotators": ["a@x"] * (i % 2), "agreement": None if i % 2 else 0.5}
        rows_as_dicts.append(row)
        buf.add({**row, "spans": {k: [sp[k] for sp in spans] for k in span_keys},
                 "relations": {}, "predicted_spans": {k: [sp[k] for sp in pred] for k in [*span_keys, "origin", "score"]},
                 "violations": np.array(row["violations"], dtype=np.int8)})
    got = buf.take()
    want = pa.RecordBatch.from_arrays([pa.array([r[f.name] for r in rows_as_dicts], type=f.type) for f in arrow],
                                      schema=arrow)
    assert got.equals(want)
    assert got.to_pylist() == rows_as_dicts
    assert buf.rows == 0 and buf.take().num_rows == 0


def test_tokenizer_matches_the_token_regex_on_hard_text():

    from spanbank.dataset import TOKEN_RE

    texts = ["", "   ", "a", "snake_case x_1 ٣٤ ½ 100,000.5", "CRLF\r\nline\ttab", "emoji 🙂🙂 e\u0301 “quoted”—dash",
             "l'homme don’t -lead trail- a--b", "Nagorno-Karabakh’s “status”—don't\n\n 100 years."]
    for text in texts:
        toks, starts, ends = tokenize(text)
        ref = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
        assert list(zip(toks, starts, ends, strict=True)) == ref, text
        assert "".join(text[e:s] for e, s in zip([0, *ends], [*starts, len(text)], strict=True)).strip() == ""


def test_several_input_files_are_one_corpus_and_duplicates_across_files_are_reported(tmp_path, schema):
    docs, golds, preds = make_corpus(tmp_path, 6)
    write_jsonl(tmp_path / "d1.jsonl", docs[:5])
    write_jsonl(tmp_path / "d2.jsonl", docs[5:] + [docs[0]])
    write_jsonl(tmp_path / "p1.jsonl", preds[:7])
    write_jsonl(tmp_path / "p2.jsonl", preds[7:])
    with open(tmp_path / "p2.jsonl", "a", encoding="utf-8") as fh:
        fh.write('{"doc_id": "src/a1", "origin": "rules:x@1", "spans": "not a list"}\n')
    res = write_dataset([tmp_path / "d1.jsonl", tmp_path / "d2.jsonl"], tmp_path / "ds", schema=schema,
                        predictions=[tmp_path / "p1.jsonl", tmp_path / "p2.jsonl"], gold=tmp_path / "gold.jsonl")
    one = write_dataset(tmp_path / "documents.jsonl", tmp_path / "ds1", schema=schema,
                        predictions=tmp_path / "predictions.jsonl", gold=tmp_path / "gold.jsonl")
    msgs = [str(p) for p in res.problems]
    assert len(msgs) == 2
    assert any("d2.jsonl" in m and "duplicate document id" in m and "src/a0" in m for m in msgs)
    assert any("p2.jsonl:6" in m and "malformed annotation" in m and "spans" in m for m in msgs)
    assert res.rows == one.rows and res.counts == one.counts
    for c in CONFIGS:
        for s in SPLITS:
            a = [r for f in res.files[c][s] for r in pq.read_table(tmp_path / "ds" / f).to_pylist()]
            b = [r for f in one.files[c][s] for r in pq.read_table(tmp_path / "ds1" / f).to_pylist()]
            assert a == b, (c, s)


def test_annotation_index_finds_records_by_any_doc_id(tmp_path):
    """The index reads doc ids from the line head without parsing the record: plain, non-ASCII and
    JSON-escaped ids must all be found, and a line that is not an annotation is reported by line."""
    from spanbank.dataset.index import AnnotationIndex
    from spanbank.model import Annotation, write_jsonl

    ids = ["src/plain", "src/café-ü", 'src/with "quote" and \\ backslash', "src/tab\there"]
    path = tmp_path / "p.jsonl"
    write_jsonl(path, [Annotation(doc_id=i, origin="rules:x@1") for i in ids])
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("not json\n")
    problems: list = []
    index = AnnotationIndex(path, problems, keep=lambda rec: True)
    try:
        assert sorted(index.doc_ids()) == sorted(ids)
        for i in ids:
            (rec,) = index.get(i)
            assert rec["doc_id"] == i
    finally:
        index.close()
    assert [(p.line, "not an annotation" in p.message) for p in problems] == [(5, True)]
