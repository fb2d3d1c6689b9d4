"""HTML ingest on small real pages (tests/data/ingest/README.md gives their origin and licence)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spanbank.ingest import extract_html, ingest_file
from spanbank.ingest.html import markup_comments

DATA = Path(__file__).parent / "data" / "ingest"


def _page(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def test_wordpress_page_body_metadata_and_comments():
    page = extract_html(_page("wordpress-comments.html"))
    assert page.title == "Need for Speed"
    assert page.url == "https://insubordinant.wordpress.com/2015/08/11/need-for-speed/"
    assert page.published == "2015-08-11"
    assert page.text.startswith("Der kleine Junge bremst abrupt vor mir ab")
    assert page.comments_from == "markup"
    assert [a for a, _ in page.comments] == ["dasmanuel", "Feli", "keloph"]
    assert page.comments[1][1] == "wusste gar nicht dass du sowas auch fahren kannst.\n\nwas macht die Torte?"
    for _, text in page.comments:  # comments stay out of the body, like buttons out of the comments
        assert text not in page.text and "Liken" not in text


def test_extract_html_is_pure_and_url_is_only_a_fallback():
    html = _page("blog-one-comment.html")
    a, b = extract_html(html), extract_html(html, url="https://example.org/other")
    assert a == extract_html(html)
    assert a.text == b.text and a.url == b.url == "http://www.helge.at/2014/03/warum-wien-zu-blod-fur-eine-staufreie-mahu-ist/"
    assert a.comments == [("NCWien", a.comments[0][1])] and a.comments[0][1].startswith("Es war ein wunderbarer Beschluss")


def test_ingest_html_file_gives_article_and_comment_documents(tmp_path):
    src = tmp_path / "corpus" / "raw" / "blogs" / "need-for-speed.html"
    src.parent.mkdir(parents=True)
    shutil.copy(DATA / "wordpress-comments.html", src)
    article, *comments = list(ingest_file(src))
    assert article.id == "blogs/2015-08-11-need-for-speed"  # slug from the page URL
    assert article.text.startswith("Need for Speed\n\nDer kleine Junge")
    body = article.text[slice(*article.meta["sections"]["body"])]
    assert body.startswith("Der kleine Junge") and article.text.endswith(body)
    assert article.meta["format"] == "html" and article.meta["encoding"] == "utf-8"
    assert [(c.id, c.author, c.position) for c in comments] == [
        ("blogs/2015-08-11-need-for-speed#c1", "dasmanuel", 1),
        ("blogs/2015-08-11-need-for-speed#c2", "Feli", 2),
        ("blogs/2015-08-11-need-for-speed#c3", "keloph", 3),
    ]
    assert comments[0].text == "Das ist ein wirklich gut geschriebener Text." and comments[0].text not in article.text


def test_news_page_without_url_uses_file_stem(tmp_path):
    src = tmp_path / "space" / "big-rocket.html"
    src.parent.mkdir()
    shutil.copy(DATA / "news-article.html", src)
    (article,) = list(ingest_file(src))
    assert article.id == "space/big-rocket"
    assert article.title == "Seeking a bigger role for a big rocket"
    assert "Space Launch System" in article.text and "Michoud Assembly Facility" in article.text


def test_markup_comments_nested_replies_and_wrappers():
    import lxml.html

    html = """<html><body><article><p>Body text.</p></article>
    <ol class="comment-list">
      <li class="comment" id="comment-1"><article class="comment-body" id="div-comment-1">
        <div class="comment-author vcard"><b class="fn">Ann</b> <span class="says">says:</span></div>
        <div class="comment-metadata"><time datetime="2020-01-01">Jan 1</time></div>
        <div class="comment-content"><p>First para.</p><p>Second para.</p></div>
        <div class="reply"><a>Reply</a></div></article>
        <ol class="children"><li class="comment" id="comment-2"><article class="comment-body">
          <div class="comment-author"><cite class="fn">Bob</cite> says:</div>
          <div class="comment-content"><p>A reply.</p></div></article></li></ol>
      </li>
      <li id="li-comment-3"><div id="comment-3"><span class="author">Cy wrote: 2 days ago</span><p>Third.</p></div></li>
    </ol></body></html>"""
    found = markup_comments(lxml.html.document_fromstring(html))
    assert found == [("Ann", "First para.\n\nSecond para."), ("Bob", "A reply."), ("Cy", "Third.")]


@pytest.mark.allow_skip_in_ci
def test_quality_benchmark_runs_on_evaldata(capsys):
    import json
    import sys

    from tests.conftest import EVALDATA

    if not (EVALDATA / "scrapinghub_aeb.jsonl.gz").exists():
        pytest.skip(f"evaldata not at {EVALDATA}")
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    try:
        import ingest_quality
    finally:
        sys.path.pop(0)
    assert ingest_quality.prf("a b b c", "b b d") == (0.5, 2 / 3, pytest.approx(4 / 7))
    assert ingest_quality.main(["--limit", "2", "--json", "--evaldata", str(EVALDATA)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["scrapinghub_aeb"]["pages"] == 2 and result["scrapinghub_aeb"]["spanbank"]["f1"] > 0.5
