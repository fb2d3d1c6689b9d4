"""Throughput of `spanbank ls push` against a raw SDK `import_tasks` of the same tasks, same run.

    LABEL_STUDIO_URL=... LABEL_STUDIO_API_KEY=... python benchmarks/ls_push.py --tasks 1000

Builds N synthetic articles (~1.9 KB, emoji and line breaks) with one pre-annotation each (a quote,
its speaker, a said_by relation), then (1) pushes them with spanbank into a fresh project and (2)
creates a project and imports the very same task dicts (same predictions) with `projects.import_tasks`
in the same batch size, in alternating order over --rounds rounds. Prints tasks/s of each and the ratio spanbank / raw (goal >= 0.9).
Both projects are deleted afterwards.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path

from spanbank.labelstudio.client import connect
from spanbank.labelstudio.config import expert_instruction, labeling_config
from spanbank.labelstudio.push import push
from spanbank.labelstudio.tasks import prediction_for, task_for
from spanbank.model import Annotation, Document, Relation, Span, write_jsonl
from spanbank.schema import load_schema


def corpus(n: int) -> tuple[list[Document], list[Annotation]]:
    docs, anns = [], []
    filler = "The council met on Tuesday to discuss the budget 😀 and other matters. " * 24
    for i in range(n):
        text = f"Story {i}\n\n{filler}\nMayor Jane Doe{i} told reporters: “We will not raise taxes.”\n"
        d = Document(id=f"bench/{i}", kind="article", text=text, title=f"Story {i}")
        q0 = text.index("We will")
        q1 = text.index("taxes.") + 6
        s0 = text.index("Jane")
        docs.append(d)
        anns.append(Annotation(d.id, "rules:quotes@1",
                               [Span.over(text, q0, q1, "DIRECT_QUOTE", "q1"),
                                Span.over(text, s0, s0 + 8 + len(str(i)), "SPEAKER", "s1")],
                               [Relation("q1", "s1", "said_by")]))
    return docs, anns


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tasks", type=int, default=1000)
    ap.add_argument("--batch-size", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=2, help="pairs of runs, in alternating order")
    args = ap.parse_args()
    conn = connect()
    schema = load_schema()
    docs, anns = corpus(args.tasks)
    tasks = []
    for d, a in zip(docs, anns, strict=True):
        t = task_for(d, d.title)
        t["predictions"] = [prediction_for(a, d.text, schema, "article")]
        tasks.append(t)
    created: list[int] = []
    raw_s = sb_s = 0.0
    try:
        with tempfile.TemporaryDirectory() as tmp:
            dpath, ppath = Path(tmp) / "d.jsonl", Path(tmp) / "p.jsonl"
            write_jsonl(dpath, docs)
            write_jsonl(ppath, anns)
            for rnd in range(args.rounds):  # alternate the order: the server slows as its DB grows
                order = ("raw", "sb") if rnd % 2 == 0 else ("sb", "raw")
                for which in order:
                    tag = uuid.uuid4().hex[:6]
                    t0 = time.perf_counter()
                    if which == "raw":  # a raw SDK user: create the project, import the batches
                        proj = conn.client.projects.create(
                            title=f"bench-raw-{tag}", label_config=labeling_config(schema, "articles"),
                            expert_instruction=expert_instruction(schema, "articles"))
                        for i in range(0, len(tasks), args.batch_size):
                            conn.client.projects.import_tasks(proj.id, request=tasks[i:i + args.batch_size])
                        raw_s += time.perf_counter() - t0
                        created.append(proj.id)
                    else:  # spanbank: read files, find/create project, list existing, convert, import
                        rep = push(conn, schema, dpath, predictions_path=ppath, prefix=f"bench-sb-{tag}",
                                   state_path=Path(tmp) / f"s{tag}.json", batch_size=args.batch_size)
                        sb_s += time.perf_counter() - t0
                        created.append(rep.projects[0].project_id)
                        assert rep.imported == args.tasks and not rep.problems
    finally:
        for pid in created:
            conn.client.projects.delete(pid)
    n = args.tasks * args.rounds
    raw_rate, sb_rate = n / raw_s, n / sb_s
    print(f"tasks: {args.tasks} x {args.rounds} rounds (batch {args.batch_size}, 1 prediction each)")
    print(f"raw SDK import_tasks: {raw_s:.2f} s, {raw_rate:.0f} tasks/s")
    print(f"spanbank ls push:     {sb_s:.2f} s, {sb_rate:.0f} tasks/s")
    print(f"ratio spanbank/raw:   {sb_rate / raw_rate:.2f} (goal >= 0.9)")


if __name__ == "__main__":
    main()
