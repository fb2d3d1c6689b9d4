"""HTML ingest quality: `spanbank.ingest.extract_html` against gold, next to plain trafilatura.

Reads ../shared/evaldata/scrapinghub_aeb.jsonl.gz (gold article body: ``text_gold``) and
trafilatura_eval.jsonl.gz (gold snippets: ``doc_labels.must_contain`` / ``must_not_contain`` /
``comments_contain``); see that folder's README. Override the folder with SPANBANK_EVALDATA or --evaldata.

Body scores are token-level precision / recall / F1 per page, averaged over pages (a page with no
output scores 0). Tokens: the text lower-cased, Unicode word-character runs (``\\w+``), compared
as multisets (a token repeated 3 times in gold and 2 in the output counts 2 matches). The baseline
is ``trafilatura.extract(html, url=url)`` with default options, run in the same process.

Snippet scores (trafilatura_eval): share of must_contain snippets found in the body, of
must_not_contain snippets absent from the body, and of comments_contain snippets found in the
extracted comments (for the baseline: in its whole output, which appends comments to the text).
Snippets are compared after collapsing whitespace.

    python benchmarks/ingest_quality.py [--json] [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

import trafilatura

from spanbank.ingest import extract_html

REPO = Path(__file__).resolve().parent.parent
_TOKEN = re.compile(r"\w+")


def tokens(text: str | None) -> Counter:
    return Counter(_TOKEN.findall((text or "").lower()))


def prf(pred: str | None, gold: str) -> tuple[float, float, float]:
    p, g = tokens(pred), tokens(gold)
    overlap = sum((p & g).values())
    precision = overlap / sum(p.values()) if p else 0.0
    recall = overlap / sum(g.values()) if g else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


def load(path: Path, limit: int | None) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        items = [json.loads(line) for line in fh if line.strip()]
    return items[:limit] if limit else items


def mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0


def score_aeb(items: list[dict]) -> dict:
    ours: list[tuple[float, float, float]] = []
    base: list[tuple[float, float, float]] = []
    t_ours = t_base = 0.0
    for it in items:
        url = (it.get("meta") or {}).get("url")
        t0 = time.perf_counter()
        page = extract_html(it["html"], url=url)
        t1 = time.perf_counter()
        baseline = trafilatura.extract(it["html"], url=url)
        t2 = time.perf_counter()
        t_ours += t1 - t0
        t_base += t2 - t1
        ours.append(prf(page.text, it["text_gold"]))
        base.append(prf(baseline, it["text_gold"]))

    def summary(rows: list[tuple[float, float, float]]) -> dict:
        return {k: round(mean([r[i] for r in rows]), 4) for i, k in enumerate(("precision", "recall", "f1"))}

    return {
        "pages": len(items),
        "spanbank": summary(ours),
        "trafilatura.extract": summary(base),
        "time_ratio_spanbank_over_trafilatura": round(t_ours / t_base, 2) if t_base else None,
        "pages_below_0.8_f1": sum(1 for r in ours if r[2] < 0.8),
    }


def score_snippets(items: list[dict]) -> dict:
    counts = {name: Counter() for name in ("spanbank", "trafilatura.extract")}
    pages_with_comments = 0
    for it in items:
        url = (it.get("meta") or {}).get("url")
        labels = it.get("doc_labels") or {}
        page = extract_html(it["html"], url=url)
        baseline = trafilatura.extract(it["html"], url=url) or ""
        outputs = {
            "spanbank": (squash(page.text), squash("\n".join(t for _, t in page.comments))),
            "trafilatura.extract": (squash(baseline), squash(baseline)),
        }
        if labels.get("comments_contain"):
            pages_with_comments += 1
        for name, (body, comments) in outputs.items():
            c = counts[name]
            for s in labels.get("must_contain") or []:
                c["must_total"] += 1
                c["must_found"] += squash(s) in body
            for s in labels.get("must_not_contain") or []:
                c["not_total"] += 1
                c["not_absent"] += squash(s) not in body
            for s in labels.get("comments_contain") or []:
                c["comm_total"] += 1
                c["comm_found"] += squash(s) in comments

    def share(c: Counter, a: str, b: str) -> float | None:
        return round(c[a] / c[b], 4) if c[b] else None

    result: dict = {"pages": len(items), "pages_with_comment_gold": pages_with_comments}
    for name, c in counts.items():
        result[name] = {
            "must_contain_found": share(c, "must_found", "must_total"),
            "must_not_contain_absent": share(c, "not_absent", "not_total"),
            "comments_contain_found": share(c, "comm_found", "comm_total"),
            "snippets": {"must": c["must_total"], "must_not": c["not_total"], "comments": c["comm_total"]},
        }
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--evaldata", type=Path, default=Path(os.environ.get("SPANBANK_EVALDATA", REPO.parent / "shared" / "evaldata")))
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages of each file")
    args = ap.parse_args(argv)
    for name in ("trafilatura", "htmldate", "courlan", "justext", "readability"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    aeb_path = args.evaldata / "scrapinghub_aeb.jsonl.gz"
    tra_path = args.evaldata / "trafilatura_eval.jsonl.gz"
    for p in (aeb_path, tra_path):
        if not p.exists():
            print(f"error: {p}: not found (set --evaldata or SPANBANK_EVALDATA)", file=sys.stderr)
            return 2
    result = {
        "tokens": "lower-cased \\w+ runs, multiset overlap; mean over pages",
        "trafilatura_version": trafilatura.__version__,
        "scrapinghub_aeb": score_aeb(load(aeb_path, args.limit)),
        "trafilatura_eval": score_snippets(load(tra_path, args.limit)),
    }
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    aeb = result["scrapinghub_aeb"]
    print(f"scrapinghub_aeb ({aeb['pages']} pages), token P / R / F1 (mean over pages):")
    for name in ("spanbank", "trafilatura.extract"):
        s = aeb[name]
        print(f"  {name:22s} {s['precision']:.4f} / {s['recall']:.4f} / {s['f1']:.4f}")
    print(f"  time ratio spanbank / trafilatura.extract: {aeb['time_ratio_spanbank_over_trafilatura']}")
    tra = result["trafilatura_eval"]
    print(f"trafilatura_eval ({tra['pages']} pages, {tra['pages_with_comment_gold']} with comment gold):")
    for name in ("spanbank", "trafilatura.extract"):
        s = tra[name]
        print(f"  {name:22s} must_contain found {s['must_contain_found']}, must_not_contain absent "
              f"{s['must_not_contain_absent']}, comments_contain found {s['comments_contain_found']}")
    print("  (trafilatura.extract appends comments to its text, so its body scores count comments as body)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
