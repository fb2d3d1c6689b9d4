#!/usr/bin/env python3
"""Turn brat attribution annotations (PolNeAR, PARC-style) into `spanbank eval` gold JSONL.

  python scripts/brat_attributions.py TEXT_DIR ANN_DIR --out GOLD.jsonl [--lang en] [--source polnear]

For every ``ANN_DIR/<name>[_<annotator>].ann`` whose text is ``TEXT_DIR/<name>.txt``, one gold item
(``kind: article``) in the format of ../shared/evaldata/README.md, with the mapping that file gives
for PolNeAR: each ``Attribution`` event's ``Source`` -> ``speaker``, ``Cue`` -> ``cue``,
``Content`` -> ``quote`` (one span per discontinuous fragment, ``attrs.part``), ``quote_type``
``direct`` when the fragment is enclosed in quotation marks, else ``indirect`` (PolNeAR does not
type). ``attrs.speaker`` of a quote is the source's text. Then:

  spanbank eval GOLD.jsonl --only quotes

PolNeAR (networkdynamics/PolNeAR) states no licence, so its files are not shipped here; point this
script at a local checkout (its ``data/<compartment>/text`` and ``.../attributions``). Its README
asks analysts not to look at the dev and test compartments; docs/quotes.md says which were used.

Every span's offsets are checked against the text (brat stores the fragments' text joined by
single spaces). A bad line or file is reported as ``file:line: problem``; the other files are
converted and the exit code is 1.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

QUOTE_MARKS = "\"“”„‟«»‘’'"
TRAIL = ",.;:!? "


class BratError(ValueError):
    pass


def _fragments(spec: str) -> list[tuple[int, int]]:
    out = []
    for part in spec.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return out


def parse_ann(text: str, ann: str, where: str) -> tuple[dict, list[dict]]:
    """The text-bound annotations (id -> (label, fragments)) and the events (role -> id) of one
    .ann file; raises BratError naming ``where:line`` on a malformed line or a span whose text
    does not match the document."""
    spans: dict[str, tuple[str, list[tuple[int, int]]]] = {}
    events: list[dict[str, str]] = []
    for ln, line in enumerate(ann.splitlines(), 1):
        if not line.strip() or line[0] in "#AMNR*":  # notes, attributes, normalisations, relations
            continue
        fields = line.split("\t")
        try:
            if line[0] == "T":
                tid, mid, surface = fields[0], fields[1], fields[2]
                label, spec = mid.split(" ", 1)
                frags = _fragments(spec)
            elif line[0] == "E":
                roles = dict(p.split(":", 1) for p in fields[1].split())
            else:
                raise BratError(f"{where}:{ln}: unknown annotation line {line[:40]!r}")
        except (IndexError, ValueError) as exc:
            if isinstance(exc, BratError):
                raise
            raise BratError(f"{where}:{ln}: malformed line {line[:60]!r}") from None
        if line[0] == "T":
            for a, b in frags:
                if not 0 <= a <= b <= len(text):
                    raise BratError(f"{where}:{ln}: span {tid} {a}-{b} is outside the text ({len(text)} characters)")
            got = " ".join(text[a:b] for a, b in frags)
            if got != surface:
                raise BratError(f"{where}:{ln}: span {tid} says {surface[:40]!r} but the text has {got[:40]!r}")
            spans[tid] = (label, frags)
        else:
            events.append(roles)
    for roles in events:
        for role, tid in roles.items():
            if tid not in spans:
                raise BratError(f"{where}: event role {role}:{tid} names no text-bound annotation")
    return spans, events


def _direct(fragment: str) -> bool:
    s = fragment.strip().rstrip(TRAIL)
    return len(s) >= 2 and s[0] in QUOTE_MARKS and s[-1] in QUOTE_MARKS


def gold_item(name: str, text: str, spans: dict, events: list[dict], *, source: str, lang: str,
              annotator: str | None) -> dict:
    out: list[dict] = []
    n_quotes = 0
    for i, roles in enumerate(e for e in events if "Content" in e or "Source" in e or "Cue" in e):
        rel = f"Q{i}"
        src = spans.get(roles.get("Source", ""))
        cue = spans.get(roles.get("Cue", ""))
        con = spans.get(roles.get("Content", ""))
        src_text = " ".join(text[a:b] for a, b in src[1]) if src else None
        cue_text = " ".join(text[a:b] for a, b in cue[1]) if cue else None
        if con:
            n_quotes += 1
            for part, (a, b) in enumerate(con[1]):
                out.append({"start": a, "end": b, "label": "quote", "text": text[a:b], "attrs": {
                    "rel": rel, "speaker": src_text, "speaker_spans": [list(f) for f in src[1]] if src else [],
                    "cue": cue_text, "cue_spans": [list(f) for f in cue[1]] if cue else [],
                    "quote_type": "direct" if _direct(text[a:b]) else "indirect", "part": str(part)}})
        for role, label in (("Source", "speaker"), ("Cue", "cue")):
            t = spans.get(roles.get(role, ""))
            for a, b in t[1] if t else ():
                out.append({"start": a, "end": b, "label": label, "text": text[a:b], "attrs": {"rel": rel}})
    item_id = f"{source}:{name}" + (f"_{annotator}" if annotator else "")
    return {"id": item_id, "source": source, "license": "see the source repository", "kind": "article",
            "lang": lang, "text": text, "spans": out, "doc_labels": {"n_quotes": n_quotes},
            "meta": {"name": name, "annotator": annotator}}


def convert(text_dir: Path, ann_dir: Path, *, source: str = "polnear", lang: str = "en") -> tuple[list[dict], list[str]]:
    """Gold items for every .ann file of ann_dir (sorted by name) and the problems found."""
    items, problems = [], []
    texts = {p.stem: p for p in text_dir.glob("*.txt")}
    for ann_path in sorted(ann_dir.glob("*.ann")):
        stem = ann_path.stem
        name, annotator = stem, None
        if name not in texts and "_" in stem:
            name, annotator = stem.rsplit("_", 1)
        if name not in texts:
            problems.append(f"{ann_path}: no text file {name}.txt in {text_dir}")
            continue
        try:
            text = texts[name].read_text(encoding="utf-8")
            ann = ann_path.read_text(encoding="utf-8")
            spans, events = parse_ann(text, ann, str(ann_path))
        except (OSError, UnicodeDecodeError, BratError) as exc:
            problems.append(str(exc) if isinstance(exc, BratError) else f"{ann_path}: {exc}")
            continue
        items.append(gold_item(name, text, spans, events, source=source, lang=lang, annotator=annotator))
    return items, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("text_dir", type=Path)
    ap.add_argument("ann_dir", type=Path)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--source", default="polnear")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args(argv)
    items, problems = convert(args.text_dir, args.ann_dir, source=args.source, lang=args.lang)
    tmp = args.out.with_name(args.out.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as fh:
        for it in items:
            fh.write(json.dumps(it, ensure_ascii=False) + "\n")
    os.replace(tmp, args.out)
    for p in problems:
        print(p, file=sys.stderr)
    print(f"{len(items)} items written to {args.out}; {len(problems)} problems", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
