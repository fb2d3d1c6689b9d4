"""Bad input: each case gets an error naming the file (and line), the rest is still ingested, the
summary counts both, and the command exits 1."""

from __future__ import annotations

import gzip
import io
import json
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from spanbank.cli import main
from spanbank.ingest import IngestError, IngestReport, ingest_file, ingest_paths
from spanbank.model import JsonlWriter, read_documents

GOOD = "Good Title\n\nA good body paragraph.\n"


def _write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def _error(path: Path, **kw) -> IngestError:
    with pytest.raises(IngestError) as info:
        list(ingest_file(path, **kw))
    assert path.name in str(info.value)
    return info.value


@pytest.mark.parametrize("name", ["e.txt", "e.html", "e.jsonl", "e.json", "e.txt.gz"])
def test_empty_file(tmp_path, name):
    data = gzip.compress(b"") if name.endswith(".gz") else b"  \n\n"
    assert "empty file" in _error(_write(tmp_path, name, data)).message


@pytest.mark.parametrize("name", ["img.txt", "img.html", "img.jsonl", "img.json"])
def test_binary_file(tmp_path, name):
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    assert "binary file" in _error(_write(tmp_path, name, png)).message


def test_undecodable_bytes_names_the_offset(tmp_path):
    # 0x81 is invalid UTF-8 here and undefined in cp1252: no candidate decodes it
    err = _error(_write(tmp_path, "bad.txt", b"Title\n\nBody \x81\x8d bytes.\n"))
    assert "undecodable bytes" in err.message and err.offset == 12


def test_declared_charset_and_bad_bom(tmp_path):
    html = '<html><head><meta charset="iso-8859-2"><title>Zprávy</title></head><body><article><p>Příliš žluťoučký kůň úpěl ďábelské ódy, řekl dnes mluvčí úřadu v Praze a dodal, že se nic nestalo. ' * 3 + "</p></article></body></html>"
    (doc,) = list(ingest_file(_write(tmp_path, "cz/zpravy.html", html.encode("iso-8859-2"))))
    assert "Příliš žluťoučký kůň" in doc.text
    assert (doc.meta["encoding"], doc.meta["encoding_by"]) == ("iso8859-2", "declared")
    err = _error(_write(tmp_path, "bom.txt", b"\xef\xbb\xbfTitle\n\n\xff\xfe body"))
    assert "byte-order mark" in err.message


def test_truncated_html(tmp_path):
    page = (Path(__file__).parent / "data" / "ingest" / "news-article.html").read_text(encoding="utf-8")
    cut = page[: len(page) // 2]
    cut = cut[: cut.rfind("<") + 3]  # ends inside a tag
    assert "truncated HTML" in _error(_write(tmp_path, "cut.html", cut)).message
    no_close = page[: page.rfind("</body>")]
    no_close = no_close[: no_close.rfind(">") + 1]
    assert "never closed" in _error(_write(tmp_path, "cut2.html", no_close)).message


def test_jsonl_bad_lines_name_the_line_and_others_ingest(tmp_path):
    lines = [
        json.dumps({"id": "a", "title": "A", "text": "Alpha."}),
        "{not json",
        json.dumps({"id": "b", "title": "B"}),
        json.dumps(["a", "list"]),
        json.dumps({"id": "c", "title": "C", "text": "Gamma.", "comments": [{"author": "x"}]}),
        json.dumps({"id": "d", "title": "D", "text": "Delta."}),
    ]
    p = _write(tmp_path, "feed/x.jsonl", "\n".join(lines).encode() + b"\n\xff\xfe\n")
    errors: list[IngestError] = []
    docs = list(ingest_file(p, errors=errors))
    assert [d.id for d in docs] == ["feed/a", "feed/d"]
    assert [(e.line, e.message.split(":")[0]) for e in errors] == [
        (2, "not JSON"),
        (3, "missing required field 'text' (a record needs title and text)"),
        (4, "a record must be a JSON object, got list"),
        (5, "comments[0]"),
        (7, "not UTF-8 (byte 0xff at column 1); JSONL must be UTF-8"),
    ]
    assert all(str(e).startswith(f"{e.path}:{e.line}: ") and e.path.endswith("feed/x.jsonl") for e in errors)
    # without an error list: the good lines are still yielded, then the first error is raised
    got: list[str] = []
    with pytest.raises(IngestError) as info:
        for d in ingest_file(p):
            got.append(d.id)
    assert got == ["feed/a", "feed/d"] and info.value.line == 2 and "and 4 more" in str(info.value)


def test_json_syntax_error_names_the_line(tmp_path):
    err = _error(_write(tmp_path, "x.json", '[\n {"title": "A", "text": "B"},\n {oops}\n]'))
    assert err.line == 3 and "not JSON" in err.message


def test_broken_gzip_unknown_format_missing_file(tmp_path):
    assert "gzip" in _error(_write(tmp_path, "x.jsonl.gz", gzip.compress(b'{"title":"a","text":"b"}\n' * 50)[:40])).message
    assert "unknown format" in _error(_write(tmp_path, "x.pdf", b"%PDF-1.4")).message
    assert "no such file" in _error(tmp_path / "missing.txt").message


def test_file_over_the_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:  # 50 MB of text
        line = b"A long line of scraped text that goes on and on. " * 20 + b"\n\n"
        for _ in range(50 * 1024 * 1024 // len(line) + 1):
            fh.write(line)
    assert big.stat().st_size > 50 * 1024 * 1024
    err = _error(big)
    assert "over the 20 MB limit" in err.message
    assert "over the 1 MB limit" in _error(_write(tmp_path, "z.html.gz", gzip.compress(b"<p>x</p>" * 300_000)), max_bytes=1 << 20).message


@pytest.mark.slow
def test_50mb_jsonl_streams_with_flat_memory(tmp_path):
    src = tmp_path / "big.jsonl"
    text = ("Ein Satz mit Umlauten: äöü, und noch einer. " * 2300).strip()  # ~100 KB per record
    with open(src, "w", encoding="utf-8") as fh:
        for i in range(520):
            fh.write(json.dumps({"id": f"r{i}", "title": f"Record {i}", "text": text}, ensure_ascii=False) + "\n")
    assert src.stat().st_size > 50 * 1024 * 1024
    report = IngestReport()
    tracemalloc.start()
    try:
        with JsonlWriter(tmp_path / "out.jsonl") as w:
            w.write_all(ingest_paths([src], report=report))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.documents == 520 and report.ok
    assert peak < 8 * 1024 * 1024, f"peak {peak / 1e6:.1f} MB while streaming a 50 MB file"


@pytest.mark.slow
def test_thousands_of_files_with_progress(tmp_path, capsys):
    root = tmp_path / "corpus" / "raw" / "many"
    for i in range(3000):
        _write(root, f"d{i % 10}/a{i:04d}.txt", f"Title {i}\n\nBody of article {i}.\n")
    _write(root, "d0/broken.html", b"<html><body><p>cut")
    report = IngestReport()
    n = sum(1 for _ in ingest_paths([root], report=report, progress=True))
    assert n == report.documents == report.articles == 3000
    assert (report.files_ok, report.files_failed) == (3000, 1)
    assert report.errors[0][0].endswith("d0/broken.html")
    assert "3001/3001" in capsys.readouterr().err  # the tqdm bar on stderr


# -- the command ---------------------------------------------------------------------------------


def test_cli_reports_errors_and_exits_1(tmp_path, seed_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path, "in/good.txt", GOOD)
    _write(tmp_path, "in/empty.txt", b"")
    _write(tmp_path, "in/feed.jsonl", '{"id": "x", "title": "T", "text": "B"}\nnot json\n')
    _write(tmp_path, "in/same.jsonl", '{"id": "x", "title": "T2", "text": "B2"}\n')
    out = tmp_path / "build" / "documents.jsonl"
    res = CliRunner().invoke(main, ["ingest", "in", str(seed_path), "--out", str(out)])
    assert res.exit_code == 1, res.output
    err = res.stderr
    assert "error: in/empty.txt: empty file" in err
    assert "error: in/feed.jsonl:2: not JSON" in err
    assert "warning: in/same.jsonl:1: duplicate id 'in/x'" in err
    assert "files: 3 ingested, 2 failed; documents: 7 (3 articles, 4 comments); duplicates skipped: 1; errors: 2" in err
    ids = [d.id for d in read_documents(out)]
    assert len(ids) == 7 and {"in/x", "in/good", "asbarez/asbarez-aliyev-karabakh"} <= set(ids)

    res = CliRunner().invoke(main, ["ingest", "in/good.txt", "--out", str(out), "--source", "wire"])
    assert res.exit_code == 0, res.output
    assert [d.id for d in read_documents(out)] == ["wire/good"]
    # nothing ingested: the previous output is left as it was
    res = CliRunner().invoke(main, ["ingest", "in/empty.txt", "--out", str(out)])
    assert res.exit_code == 1 and "left unchanged" in res.stderr
    assert [d.id for d in read_documents(out)] == ["wire/good"]


def test_cli_help_says_what_it_reads_and_writes():
    res = CliRunner().invoke(main, ["ingest", "--help"])
    assert res.exit_code == 0
    assert "Reads PATH" in res.output and "Writes --out" in res.output


def _sparse(path: Path, size: int) -> bytes:
    with open(path, "wb") as fh:  # a 50 MB file without writing 50 MB: refused by its size alone
        fh.write(b"Title\n\n")
        fh.truncate(size)
    return b""


_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
BAD_INPUTS = {  # name -> (bytes, or a writer; words of the error; line named)
    "empty.txt": (b"", "empty file", None),
    "image.html": (_PNG, "binary file", None),
    "cut.html": (b"<html><head><title>T</title></head><body><article><p>" + b"Some words. " * 40 + b"</p><di",
                 "truncated HTML", None),
    "latin.txt": (b"Title\n\nBody \x81\x8d bytes.\n", "undecodable bytes", None),
    "feed.jsonl": (b'{"title": "T", "text": "Fine."}\n{broken\n', "not JSON", 2),
    "huge.txt": (_sparse, "over the 20 MB limit", None),
}


@pytest.mark.parametrize("name", sorted(BAD_INPUTS))
def test_cli_each_bad_input_is_named_counted_and_exits_1(tmp_path, monkeypatch, name):
    monkeypatch.chdir(tmp_path)
    data, words, line = BAD_INPUTS[name]
    _write(tmp_path, "in/good.txt", GOOD)
    bad = tmp_path / "in" / name
    if callable(data):
        data(bad, 50 * 1024 * 1024 + 1)
    else:
        _write(tmp_path, f"in/{name}", data)
    out = tmp_path / "documents.jsonl"
    res = CliRunner().invoke(main, ["ingest", "in", "--out", str(out)])
    assert res.exit_code == 1, res.output
    where = f"in/{name}:{line}" if line else f"in/{name}"
    errors = [x for x in res.stderr.splitlines() if x.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {where}: ") and words in errors[0], errors
    good_docs = 2 if name == "feed.jsonl" else 1  # the feed's good line is ingested too
    assert f"files: 1 ingested, 1 failed; documents: {good_docs} ({good_docs} articles, 0 comments)" in res.stderr
    assert "in/good" in [d.id for d in read_documents(out)]


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("files, tty, bar", [(25, True, True), (25, False, False), (5, True, False)])
def test_progress_bar_only_for_many_files_on_a_terminal(tmp_path, monkeypatch, files, tty, bar):
    import spanbank.ingest.files as files_mod

    for i in range(files):
        _write(tmp_path, f"many/a{i:02d}.txt", f"Title {i}\n\nBody {i}.\n")
    stderr = _Terminal() if tty else io.StringIO()
    monkeypatch.setattr(files_mod.sys, "stderr", stderr)
    assert sum(1 for _ in ingest_paths([tmp_path / "many"])) == files
    shown = stderr.getvalue()
    assert (f"{files}/{files}" in shown and "ingest" in shown) is bar, shown
