"""Presenting `spanbank eval` reports: a plain-text report per file and a markdown summary table
(one row per file) with the goals of issue 3 next to the numbers."""

from __future__ import annotations

from collections.abc import Sequence


def fmt(v: float | None, pct: bool = False) -> str:
    if v is None:
        return "–"
    return f"{100 * v:.1f} %" if pct else f"{v:.3f}"


def text_report(r: dict) -> str:
    out = [f"{r['file']}: {r['items']} items ({', '.join(f'{k} {v}' for k, v in sorted(r['sources'].items()))})"]
    q = r.get("quotes")
    if q:
        out.append(f"\nquotes ({q['items']} articles, {q.get('origin', '?')}, {q.get('ms_per_doc', 0):.1f} ms/doc)")
        out.append(f"  {'label':<15} {'cov':>5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
        for label, by_thr in q["labels"].items():
            for thr, s in by_thr.items():
                out.append(f"  {label:<15} {thr:>5} {fmt(s['precision']):>6} {fmt(s['recall']):>6} "
                           f"{fmt(s['f1']):>6} {s['n_gold']:>5} {s['n_pred']:>5}")
        sa = q["speaker_accuracy"]
        out.append(f"  speaker accuracy on matched quotes (0.3): {fmt(sa['accuracy'], True)} "
                   f"({sa['correct']}/{sa['n']}; {sa['matched_without_gold_speaker']} matched quotes have no gold speaker)")
        by_type = ", ".join(f"{t} {fmt(v['recall'])} (n={v['n']})" for t, v in q["recall_at_0.3_by_gold_type"].items())
        out.append(f"  recall at 0.3 by gold quote type: {by_type}")
    c = r.get("claims")
    if c:
        s = c["positive"]
        out.append(f"\nclaims ({c['items']} sentences: {c['n_pos']} check-worthy, {c['n_neg']} not; "
                   f"{c.get('origin', '?')}, positive when CLAIM covers >= {c['coverage']:.0%} of non-space chars)")
        out.append(f"  positive class: P {fmt(s['precision'])}  R {fmt(s['recall'])}  F1 {fmt(s['f1'])}  "
                   f"(tp {s['tp']}, fp {s['fp']}, fn {s['fn']})")
    p = r.get("policy")
    if p:
        out.append(f"\npolicy ({p['items']} comments, {p.get('origin', '?')}, {p.get('ms_per_doc', 0):.2f} ms/doc)")
        if p["span_items"]:
            out.append(f"  character F1 (SemEval-2021 Task 5, mean over {p['span_items']} posts) vs typed gold union: "
                       f"{fmt(p['char_f1_typed_union'])}")
            if p["semeval2021_items"]:
                out.append(f"  character F1 vs doc_labels.semeval2021_spans ({p['semeval2021_items']} posts): "
                           f"{fmt(p['char_f1_semeval2021'])}")
            m = p["char_micro_typed_union"]
            out.append(f"  character micro P {fmt(m['precision'])}  R {fmt(m['recall'])}  F1 {fmt(m['f1'])}")
            out.append(f"  {'label':<16} {'F1 posts':>8} {'posts':>5} {'micro P':>7} {'micro R':>7} {'micro F1':>8}")
            for lab, s in p["labels"].items():
                out.append(f"  {lab:<16} {fmt(s['char_f1_posts']):>8} {s['posts']:>5} {fmt(s['micro_precision']):>7} "
                           f"{fmt(s['micro_recall']):>7} {fmt(s['micro_f1']):>8}")
        for key, s in p["document"].items():
            if s["recall_only"]:
                out.append(f"  document '{key}' (all {s['n_pos']} gold positive): recall {fmt(s['recall'])}")
            else:
                out.append(f"  document '{key}' ({s['n_pos']} pos / {s['n_neg']} neg): P {fmt(s['precision'])}  "
                           f"R {fmt(s['recall'])}  F1 {fmt(s['f1'])}")
    h = r.get("html")
    if h:
        out.append(f"\nhtml extraction ({h['items']} pages, {h['failed']} failed, "
                   f"{1000 * (h['seconds_per_page'] or 0):.0f} ms/page)")
        if h["token_mean"]:
            t = h["token_mean"]
            out.append(f"  tokens vs text_gold (mean over {h['text_gold_items']} pages): P {fmt(t['precision'])}  "
                       f"R {fmt(t['recall'])}  F1 {fmt(t['f1'])}")
        for key in ("must_contain_found", "must_not_contain_absent", "comments_contain_found"):
            if h[key] is not None:
                n = h["snippets"].get(key.rsplit("_", 1)[0] + "_n", 0)
                out.append(f"  {key.replace('_', ' ')}: {fmt(h[key], True)} of {n} snippets")
    for task, why in (r.get("unavailable") or {}).items():
        out.append(f"\n{task}: NOT MEASURED: {why}")
    if r["errors"]:
        out.append(f"\n{len(r['errors'])} errors:")
        out.extend(f"  {e}" for e in r["errors"][:50])
        if len(r["errors"]) > 50:
            out.append(f"  ... and {len(r['errors']) - 50} more")
    return "\n".join(out)


GOALS = {  # issue 3: (text, minimum)
    "quotes": ("F1 ≥ 0.85", 0.85),
    "speaker": ("≥ 90 %", 0.90),
    "claims": ("F1 ≥ 0.65", 0.65),
    "policy_span": ("char F1 ≥ 0.65", 0.65),
    "policy_doc": ("F1 ≥ 0.70", 0.70),
}

Row = tuple[str, str, str, str, str]


def _goal(key: str | None, value: float | None) -> tuple[str, str]:
    if key is None:
        return "", ""
    text, minimum = GOALS[key]
    if value is None:
        return text, "–"
    return text, "yes" if value >= minimum else "**no**"


def summary_rows(r: dict) -> list[Row]:
    """(file, measure, value, goal, met) rows for the markdown table."""
    name = r["file"].rsplit("/", 1)[-1]
    rows: list[Row] = []

    def row(measure: str, value: str, goal_key: str | None = None, goal_value: float | None = None) -> None:
        rows.append((name, measure, value, *_goal(goal_key, goal_value)))

    q = r.get("quotes")
    if q:
        for label in ("ALL_QUOTES", "DIRECT_QUOTE", "INDIRECT_QUOTE"):
            t = q["labels"][label]
            row(f"{label} P / R / F1 @0.3", f"{fmt(t['0.3']['precision'])} / {fmt(t['0.3']['recall'])} / "
                f"**{fmt(t['0.3']['f1'])}**", "quotes" if label == "ALL_QUOTES" else None, t["0.3"]["f1"])
            row(f"{label} F1 @0.8 / exact", f"{fmt(t['0.8']['f1'])} / {fmt(t['exact']['f1'])}")
        for label in ("SPEAKER", "CUE"):
            t = q["labels"][label]
            row(f"{label} F1 @0.3 / exact", f"{fmt(t['0.3']['f1'])} / {fmt(t['exact']['f1'])}")
        sa = q["speaker_accuracy"]
        row("speaker accuracy (matched quotes)", f"**{fmt(sa['accuracy'], True)}** (n={sa['n']})", "speaker",
            sa["accuracy"])
    c = r.get("claims")
    if c:
        s = c["positive"]
        row("claims positive-class P / R / F1", f"{fmt(s['precision'])} / {fmt(s['recall'])} / **{fmt(s['f1'])}**",
            "claims", s["f1"])
    p = r.get("policy")
    if p:
        if p["span_items"]:
            row("char F1 (SemEval-2021) vs typed gold", f"**{fmt(p['char_f1_typed_union'])}**", "policy_span",
                p["char_f1_typed_union"])
            if p["semeval2021_items"]:
                row(f"char F1 vs semeval2021_spans ({p['semeval2021_items']} posts)", fmt(p["char_f1_semeval2021"]))
            row("per-label char micro F1", ", ".join(f"{lab} {fmt(s['micro_f1'])}" for lab, s in p["labels"].items()))
        for key, s in p["document"].items():
            if s["recall_only"]:
                row(f"doc '{key}' recall (all gold positive)", fmt(s["recall"]))
            else:
                goal = "policy_doc" if key in ("hateful", "toxic") else None
                row(f"doc '{key}' P / R / F1 ({s['n_pos']} pos / {s['n_neg']} neg)",
                    f"{fmt(s['precision'])} / {fmt(s['recall'])} / **{fmt(s['f1'])}**", goal, s["f1"])
    h = r.get("html")
    if h:
        if h["token_mean"]:
            t = h["token_mean"]
            row("extraction token P / R / F1 (mean over pages)",
                f"{fmt(t['precision'])} / {fmt(t['recall'])} / {fmt(t['f1'])}")
        for key in ("must_contain_found", "must_not_contain_absent", "comments_contain_found"):
            if h[key] is not None:
                row(key.replace("_", " "), fmt(h[key], True))
    for task, why in (r.get("unavailable") or {}).items():
        row(f"{task}: NOT MEASURED", why)
    return rows


def markdown_table(reports: Sequence[dict]) -> str:
    lines = ["| file | measure | value | goal (issue 3) | met |", "|---|---|---|---|---|"]
    for r in reports:
        for row in summary_rows(r):
            lines.append("| " + " | ".join(x.replace("|", "\\|") for x in row) + " |")
    return "\n".join(lines)
