"""The HTML report: self-contained, escaped, and rendered for real by Debian's chromium."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from spanbank.adjudicate import adjudicate_directory
from spanbank.cli import main
from spanbank.model import Annotation, Document, Span
from spanbank.report import build_report, write_report
from tests.test_agreement import ARTICLE, A, B, ann, documents, sp, write_three_annotators

EVIL = ("😀😀 <script>document.title='pwned'</script> you idiot "
        "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\"> </script><b>bold</b>")


@pytest.fixture()
def setup(tmp_path) -> dict[str, Path]:
    folder = write_three_annotators(tmp_path / "annotations")
    evil = [ann("t/c5", who, EVIL, [sp(EVIL, "idiot", "INSULT", "i")],
                labels={"verdict": "violates_policy", "violations": ["INSULT"]}) for who in (A, B)]
    (folder / "evil.jsonl").write_text("".join(json.dumps(a.to_dict()) + "\n" for a in evil))
    docs = documents() + [Document("t/c5", "comment", EVIL, article_id="t/a1", source="t", position=5)]
    docs_path = tmp_path / "documents.jsonl"
    docs_path.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in docs))
    pred = Annotation("t/a1", "rules:quotes@1", [Span.over(ARTICLE, 13, 32, "DIRECT_QUOTE", "p1")], created="x")
    other = Annotation("t/unannotated", "rules:quotes@1", [], created="x")
    pred_path = tmp_path / "predictions.jsonl"
    pred_path.write_text(json.dumps(pred.to_dict()) + "\n" + json.dumps(other.to_dict()) + "\n")
    return {"annotations": folder, "documents": docs_path, "predictions": pred_path, "out": tmp_path / "build" / "report.html"}


def test_report_is_self_contained_and_escaped(setup):
    page, res = build_report(setup["annotations"], documents=setup["documents"], predictions=setup["predictions"])
    assert res.problems == [] and res.documents == 7  # t/unannotated has no human layer: not shown
    assert "document.title='pwned'" not in page.split('id="spanbank-data">')[0]
    data = page.split('id="spanbank-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data  # nothing in the data block can close or open a tag
    assert json.loads(data)["docs"][0]["layers"]  # yet it is still valid JSON
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)  # nothing is fetched
    assert "<link" not in page and "@import" not in page
    # worst agreement first: t/c2 (0.0) and t/c4 (0.0) before t/a1 (0.53); no agreement last
    order = re.findall(r'data-doc-id="([^"]+)"', page)
    assert order.index("t/a1") < order.index("t/c1") < order.index("t/a2")
    assert order[:2] == ["t/c2", "t/c4"]


def _dump_dom(path: Path, tmp_path: Path) -> lxml_html.HtmlElement:
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    cmd = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'chrome'}",
           "--virtual-time-budget=5000", "--dump-dom", path.resolve().as_uri()]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return lxml_html.fromstring(proc.stdout)


@pytest.mark.browser
def test_report_renders_in_a_real_browser(setup, tmp_path):
    adjudicate_directory(setup["annotations"], setup["documents"])  # gold.jsonl is read when present
    res = write_report(setup["annotations"], setup["out"], documents=setup["documents"],
                       predictions=setup["predictions"])
    assert res.problems == []
    dom = _dump_dom(setup["out"], tmp_path)
    body = dom.find("body")
    assert body.get("data-rendered") == "1", "the page's script did not run"
    assert body.get("data-pwned") is None
    assert dom.findtext(".//title") == "spanbank agreement report: annotations"

    def layer(doc_id: str, origin: str):
        (sec,) = dom.xpath(f'//section[@data-doc-id="{doc_id}"]')
        (el,) = sec.xpath(f'.//div[contains(@class, "layer")][@data-origin="{origin}"]')
        return el

    # gold of t/a1: SPEAKER "Aliyev" and the quote, built by the script from the JSON block
    marks = layer("t/a1", "gold").xpath('.//mark[contains(@class, "hl")]')
    assert [(m.text_content(), m.get("data-labels")) for m in marks] == [
        ("Aliyev", "SPEAKER"), ("We will not give up.", "DIRECT_QUOTE")]
    assert layer("t/a1", "gold").xpath('string(.//div[@class="text"])') == ARTICLE
    # differences from gold are marked: C's quote (no period) and C's "He"; A's quote is not
    c_marks = layer("t/a1", "human:c@example.org").xpath(".//mark")
    assert [(m.text_content(), "diff" in m.get("class")) for m in c_marks] == [
        ("We will not give up", True), ("He", True)]
    a_marks = layer("t/a1", "human:a@example.org").xpath(".//mark")
    assert [("diff" in m.get("class")) for m in a_marks] == [False, False, True]  # the CLAIM is not gold
    machine = layer("t/a1", "rules:quotes@1")
    assert "machine" in machine.get("class") and [m.text_content() for m in machine.xpath(".//mark")] == [
        "We will not give up"]
    # code points, not UTF-16 units: two astral emoji before the span do not shift it
    (evil_mark,) = layer("t/c5", "gold").xpath(".//mark")
    assert evil_mark.text_content() == "idiot"
    # the hostile comment is shown as text, never as markup
    text_div = layer("t/c5", "gold").xpath('.//div[@class="text"]')[0]
    assert text_div.text_content() == EVIL
    assert not text_div.xpath(".//script | .//img | .//b")
    assert dom.xpath("count(//img)") == 0 and len(dom.xpath("//script")) == 2
    # tables and charts
    rows = dom.xpath('//table[@class="span-f1"]/tbody/tr')
    labels = [r.xpath("string(td[1])") for r in rows]
    assert labels == ["DIRECT_QUOTE", "INDIRECT_QUOTE", "SPEAKER", "CLAIM", "PROFANITY", "INSULT", "overall"]
    assert rows[0].xpath("string(td[2])") == "0.333" and rows[0].xpath("string(td[3])") == "1.000"
    # the verdict alpha of test_agreement (1/3) plus t/c5 judged (v, v): 1 - 12*4/(13^2 - 6^2 - 7^2) = 3/7
    assert dom.xpath('string(//table[@class="alpha"]/tbody/tr[1]/td[2])') == "0.429"
    assert len(dom.xpath('//table[@class="vs-rest"]/tbody/tr')) == 3
    charts = dom.xpath('//*[local-name()="svg"][@data-label]')
    assert [c.get("data-label") for c in charts] == labels[:-1]
    (a1,) = dom.xpath('//section[@data-doc-id="t/a1"]')
    assert [li.get("data-type") for li in a1.xpath('.//details[@class="conflicts"]//li')] == [
        "span_missing", "span_rejected", "span_rejected", "boundary_tie"]
    assert int(body.get("data-highlights")) == len(dom.xpath('//mark[contains(@class, "hl")]')) > 20


def test_report_cli_without_documents_lists_spans(setup):
    res = CliRunner().invoke(main, ["report", "--annotations", str(setup["annotations"]), "--out", str(setup["out"])])
    assert res.exit_code == 0, res.output
    page = setup["out"].read_text()
    assert "Text not available" in page and '"text":null' in page
    assert "wrote" in res.output and "7 documents" in res.output
