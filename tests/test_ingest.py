"""Ingest of scraped plain text (the seed and its variants), JSON records, ids and the pipeline step."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from spanbank.ingest import IngestError, IngestReport, IngestStep, discover_files, ingest_file, ingest_paths
from spanbank.ingest.ids import sanitize_id, slug_from_url, slugify
from spanbank.model import Document, read_documents, validate_document, write_jsonl


def _docs(path: Path, **kw) -> list[Document]:
    return list(ingest_file(path, **kw))


# -- the seed -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_docs(seed_path) -> list[Document]:
    return _docs(seed_path)


def test_seed_gives_one_article_and_four_comments(seed_docs):
    kinds = [d.kind for d in seed_docs]
    assert kinds == ["article", "comment", "comment", "comment", "comment"]
    article, *comments = seed_docs
    assert [c.author for c in comments] == ["John", "Garo", "Katia K.", "gharakhanina"]
    assert [c.position for c in comments] == [1, 2, 3, 4]
    assert [c.id for c in comments] == [f"{article.id}#c{i}" for i in range(1, 5)]
    assert all(c.article_id == article.id and c.title == article.title for c in comments)
    assert article.id == "asbarez/asbarez-aliyev-karabakh" and article.source == "asbarez"


def test_seed_article_text_is_title_and_body_only(seed_docs):
    article = seed_docs[0]
    title = "Aliyev Says Karabakh Independence Not Discussed in Talks"
    assert article.title == title
    assert article.text.startswith(title + "\n\nBAKU (APA)—Azeri President Ilham Aliyev")
    assert article.text.endswith("have not yielded any results yet,” declared Aliyev.")
    for banned in ("Related posts", "Discussion Policy", "said:", "Comments are welcomed"):
        assert banned not in article.text
    assert "\n\n\n" not in article.text
    sections = article.meta["sections"]
    assert article.text[slice(*sections["title"])] == title
    assert article.text[slice(*sections["body"])].startswith("BAKU (APA)—")
    assert article.text[slice(*sections["dateline"])] == "BAKU (APA)" == article.meta["dateline"]
    assert article.meta["policy"].startswith("Comments are welcomed and encouraged.")
    assert article.meta["policy"].endswith("posting standards and policies.")
    assert article.meta["source_path"] == "corpus/raw/asbarez/asbarez-aliyev-karabakh.txt"
    assert article.meta["encoding"] == "utf-8"


def test_seed_comments_keep_their_paragraphs(seed_docs):
    john = seed_docs[1]
    paras = john.text.split("\n\n")
    assert len(paras) == 4
    assert paras[0].startswith("After reading Aliyev’s comments")
    assert paras[3].endswith("then Azerbaijan colonizing Artsakh.")
    assert all(not p.startswith(" ") for p in paras)  # de-indented
    assert seed_docs[2].text.startswith("I hope Mr.Aliyev knows that") and "\n" not in seed_docs[2].text
    assert seed_docs[4].text.endswith("we have evidence lets share the info.")


def test_seed_documents_validate(seed_docs, schema):
    for d in seed_docs:
        assert validate_document(d, schema) == []


# -- plain-text variants --------------------------------------------------------------------------

VARIANT = """Minister Resigns Over Budget


YEREVAN—The finance minister resigned on Monday.

He said the budget
could not pass.

  1. Anna says:

      I am not surprised.

      My uncle said:

      "It was coming."

  2. Bob said:
      Good riddance.
"""


def _write(tmp_path: Path, name: str, text: str | bytes) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return p


def test_variant_says_indentation_and_said_inside_comment(tmp_path):
    docs = _docs(_write(tmp_path, "news/minister.txt", VARIANT))
    article, *comments = docs
    # no policy, no related posts; a hard-wrapped paragraph keeps its line break
    assert article.text == "Minister Resigns Over Budget\n\nYEREVAN—The finance minister resigned on Monday.\n\nHe said the budget\ncould not pass."
    assert article.meta["dateline"] == "YEREVAN" and "policy" not in article.meta
    assert [(c.author, c.position) for c in comments] == [("Anna", 1), ("Bob", 2)]
    # a line ending in "said:" inside a comment is comment text, not a new comment
    assert comments[0].text == 'I am not surprised.\n\nMy uncle said:\n\n"It was coming."'
    assert comments[1].text == "Good riddance."


def test_variant_without_comments_crlf_and_cp1252(tmp_path):
    text = "Caf\xe9 Owners Protest\r\n\r\nPARIS (AFP) - Owners of caf\xe9s marched \u201ctoday\u201d.\r\n\r\nRelated posts\r\n\r\nOther story\r\n"
    p = _write(tmp_path, "fr/cafe.txt", text.encode("cp1252"))
    (article,) = _docs(p)
    assert article.text == "Café Owners Protest\n\nPARIS (AFP) - Owners of cafés marched “today”."
    assert article.meta["encoding"] == "cp1252" and article.meta["encoding_by"] == "fallback"
    assert article.meta["dateline"] == "PARIS (AFP)"


def test_numbered_list_in_comment_is_not_a_new_comment(tmp_path):
    text = "Title\n\nBody.\n\n  1. Ann said:\n\n    My points:\n\n    3. Bob said:\n\n  2. Carl said:\n\n    Yes.\n"
    _, ann, carl = _docs(_write(tmp_path, "s/x.txt", text))
    assert (ann.author, ann.text) == ("Ann", "My points:\n\n3. Bob said:")
    assert (carl.author, carl.position, carl.text) == ("Carl", 2, "Yes.")


def test_nfc_normalisation_and_bom(tmp_path):
    decomposed = "Cafe\u0301 News\n\nBody with cafe\u0301.\n"
    (doc,) = _docs(_write(tmp_path, "s/nfc.txt", b"\xef\xbb\xbf" + decomposed.encode("utf-8")))
    assert doc.text == "Café News\n\nBody with café."
    assert doc.meta["encoding_by"] == "bom"


# -- ids ---------------------------------------------------------------------------------------------


def test_ids_are_stable_and_safe():
    assert slugify("Katia K.'s Über-Post!") == "katia-k-s-uber-post"
    assert slug_from_url("https://example.org/2019/05/some-title/") == "2019-05-some-title"
    assert slug_from_url("https://example.org/news/story.html?utm=1") == "news-story"
    assert slug_from_url("https://example.org/?p=123") == "p-123"
    assert slug_from_url("https://example.org/") == "example-org"
    assert sanitize_id("../../etc/passwd") == "etc/passwd"
    long = slugify("a" * 300)
    assert len(long) <= 100 and long != slugify("a" * 299)
    assert slugify("新闻") .startswith("x")


def test_source_from_corpus_raw_folder_and_option(tmp_path):
    p = _write(tmp_path, "corpus/raw/mysite/sub/Story One.txt", "T\n\nBody.\n")
    assert _docs(p)[0].id == "mysite/story-one"
    assert _docs(p, source="Other Site")[0].id == "other-site/story-one"


# -- JSON records ------------------------------------------------------------------------------------

RECORDS = [
    {"id": "a-1", "title": "First", "text": "Body one.", "url": "https://x.org/a", "published": "2020-01-01",
     "author": "Ann", "comments": [{"author": "Bo", "text": "Nice.\n\nReally."}, {"author": None, "text": "Meh", "id": "c77"}]},
    {"title": "Second", "text": "Second\n\nBody two already starts with the title.", "url": "https://x.org/news/second.html",
     "source": "wire"},
    {"title": "Third", "text": "No id, no url.", "lang": "en"},
]


def test_jsonl_records(tmp_path):
    p = _write(tmp_path, "feed/items.jsonl", "\n".join(json.dumps(r) for r in RECORDS) + "\n")
    docs = _docs(p)
    assert [d.id for d in docs] == ["feed/a-1", "feed/a-1#c1", "feed/a-1#c77", "wire/news-second", "feed/third"]
    first = docs[0]
    assert first.text == "First\n\nBody one." and first.meta["sections"] == {"title": [0, 5], "body": [7, 16]}
    assert (first.url, first.published, first.author) == ("https://x.org/a", "2020-01-01", "Ann")
    assert docs[1].text == "Nice.\n\nReally." and docs[1].author == "Bo" and docs[1].position == 1
    assert docs[2].author is None and docs[2].position == 2
    assert docs[3].text.startswith("Second\n\nBody two") and docs[3].text.count("Second") == 1
    assert [d.meta["source_line"] for d in docs] == [1, 1, 1, 2, 3]
    assert docs[4].meta["extra"] == {"lang": "en"}


def test_json_list_and_gz(tmp_path):
    p = tmp_path / "feed" / "items.json.gz"
    p.parent.mkdir()
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        json.dump(RECORDS, fh)
    docs = _docs(p)
    assert len(docs) == 5 and docs[3].meta["source_index"] == 1
    single = _write(tmp_path, "feed/one.json", json.dumps(RECORDS[2]))
    assert [d.text for d in _docs(single)] == ["Third\n\nNo id, no url."]


def test_jsonl_round_trip_is_lossless(tmp_path, seed_path):
    src = _write(tmp_path, "feed/items.jsonl", "\n".join(json.dumps(r) for r in RECORDS))
    docs = list(ingest_paths([src, seed_path]))
    out = tmp_path / "docs.jsonl"
    write_jsonl(out, docs)
    back = list(read_documents(out))
    assert back == docs
    # ingesting the ingest output passes the Documents through unchanged
    again = list(ingest_paths([out]))
    assert [d.to_dict() for d in again] == [d.to_dict() for d in docs]


# -- discovery, sharding, duplicates, the step -------------------------------------------------------


def test_discover_sorted_skips_hidden_and_readme(tmp_path):
    for name in ("b/2.txt", "a/1.html", "a/.hidden.txt", ".git/x.txt", "a/README.txt", "a/notes.md", "c.jsonl"):
        _write(tmp_path, name, "x")
    found = [p.relative_to(tmp_path).as_posix() for p in discover_files([tmp_path / "b", tmp_path])]
    assert found == ["a/1.html", "b/2.txt", "c.jsonl"]
    explicit = discover_files([tmp_path / "a" / "notes.md"])
    assert explicit == [tmp_path / "a" / "notes.md"]


def test_shards_partition_the_files_and_duplicates_are_reported(tmp_path):
    for i in range(7):
        _write(tmp_path, f"s/f{i}.txt", f"Title {i}\n\nBody {i}.\n")
    all_ids = [d.id for d in ingest_paths([tmp_path])]
    shards = [[d.id for d in IngestStep([tmp_path]).run(None, r, 3)] for r in range(3)]
    assert sorted(sum(shards, [])) == sorted(all_ids) and all(shards) and len(all_ids) == 7
    _write(tmp_path, "s/zz-dupes.jsonl", json.dumps({"id": "s/f1", "title": "X", "text": "Y"}))
    report = IngestReport()
    ids = [d.id for d in ingest_paths([tmp_path], report=report)]
    assert len(ids) == len(set(ids)) == 7
    ((dup_id, dup_path, dup_line),) = report.duplicates
    assert (dup_id, dup_line) == ("s/f1", 1) and dup_path.endswith("s/zz-dupes.jsonl")
    assert report.files_ok == 8 and report.documents == 7 and report.ok


def test_ingest_error_names_file_and_line():
    err = IngestError("not JSON", "a/b.jsonl", 3)
    assert str(err) == "a/b.jsonl:3: not JSON" and isinstance(err, ValueError)
