"""Speed of the pre-annotators (issue 3: "annotating the seed-sized article with its comments takes
well under 50 ms"; documents/s on 1,000 synthetic articles).

    python benchmarks/annotate_speed.py [--articles 1000] [--comments 4] [--repeat 5]

Prints, in one process:
* the seed (corpus/raw/asbarez, ingested with spanbank.ingest): ms to annotate the article and its
  comments with every annotator (median of --repeat runs, after one warm-up run);
* 1,000 synthetic articles (seeded; quotes split by attributions, indirect speech, numbers,
  comments with insults and obfuscated profanity): documents/s overall and per annotator;
* ratios against two baselines measured on the same documents in the same process: a JSON round
  trip of each document (the I/O floor: `json.loads(json.dumps(doc))`) and the checked pipeline
  over the bare annotator calls (the cost of `validate_annotation` on every output).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

from spanbank.annotate import checked_annotations
from spanbank.annotators import REGISTRY, load_annotators
from spanbank.model import Document, validate_annotation
from spanbank.schema import load_schema

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "corpus" / "raw" / "asbarez" / "asbarez-aliyev-karabakh.txt"

FIRST = ["Ilham", "Anna", "Serzh", "Maria", "Thomas", "Leyla", "John", "Karen", "Nikol", "Olga"]
LAST = ["Aliyev", "Petrosyan", "Sarkisian", "Keller", "Brown", "Mammadov", "Smith", "Hovhannisyan"]
ROLES = ["the foreign minister", "the president", "a government spokesman", "the mayor", "the defence minister"]
CUES = ["said", "told reporters", "declared", "stressed", "added", "announced"]
PLACES = ["Baku", "Yerevan", "Moscow", "Brussels", "Stepanakert", "Tbilisi", "Washington"]
TOPICS = ["the negotiations", "the ceasefire", "the budget", "the new pipeline", "border security", "the elections"]
FACTS = [
    "Unemployment fell to {p}% in {y}, the lowest level in {n} years.",
    "The army has {n} tanks and {m} soldiers stationed near the border.",
    "Trade between the two countries grew by {p} percent last year to ${n} million.",
    "{n} people were displaced during the conflict, according to the United Nations.",
    "The pipeline, built in {y}, carries {n},000 barrels a day.",
    "It is the largest investment in the region since {y}.",
]
OPINIONS = [
    "Many residents hope that the talks will finally bring peace.",
    "Observers remain sceptical.",
    "What happens next is anyone's guess.",
]
QUOTES = [
    "We will never accept a solution that ignores the will of our people",
    "The talks have not yielded any results so far",
    "Our economy grew by {p} percent, and we will continue on this path",
    "This is a historic day for {place}",
    "There is no military solution to this conflict",
]
COMMENTS = [
    "Great article, thanks for the balanced reporting.",
    "You are an idiot if you believe a word of this.",
    "The numbers are wrong: it was {n} soldiers, not {m}.",
    "What a load of bullsh*t from a corrupt regime.",
    "Buy cheap watches now at www.example-shop.biz !!!",
    "I hope both sides finally find peace after {n} years.",
    "These people should all go back where they came from.",
    "THIS IS THE WORST GOVERNMENT IN THE HISTORY OF THE REGION AND EVERYONE KNOWS IT",
]


def _fill(rng: random.Random, s: str) -> str:
    return s.format(p=rng.randint(2, 40), y=rng.randint(1990, 2024), n=rng.randint(3, 900),
                    m=rng.randint(3, 900), place=rng.choice(PLACES))


def synthetic_article(rng: random.Random, i: int, n_comments: int) -> list[Document]:
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    last = name.split()[1]
    role = rng.choice(ROLES)
    place = rng.choice(PLACES)
    paras = [f"{place.upper()} (Reuters)—{role.capitalize()} {name} on {rng.choice(['Monday', 'Friday', 'Saturday'])} "
             f"spoke about {rng.choice(TOPICS)} in {place}."]
    for _ in range(rng.randint(4, 7)):
        kind = rng.random()
        q1, q2 = _fill(rng, rng.choice(QUOTES)), _fill(rng, rng.choice(QUOTES))
        if kind < 0.3:
            paras.append(f"“{q1},” {rng.choice(CUES)} {last}, adding, “{q2}.”")
        elif kind < 0.5:
            paras.append(f"“{q1}. {q2},” {rng.choice(CUES)} {role}.")
        elif kind < 0.7:
            paras.append(f"{last} announced that {q1[0].lower() + q1[1:]}. He accused the other side of “delaying tactics.”")
        else:
            paras.append(" ".join(_fill(rng, rng.choice(FACTS)) for _ in range(2)) + " " + rng.choice(OPINIONS))
    text = f"{last} Speaks on {rng.choice(TOPICS).title()}\n\n" + "\n\n".join(paras)
    aid = f"synthetic/article-{i:04d}"
    docs = [Document(id=aid, kind="article", text=text, article_id=aid, source="synthetic")]
    for c in range(1, n_comments + 1):
        docs.append(Document(id=f"{aid}#c{c}", kind="comment", text=_fill(rng, rng.choice(COMMENTS)),
                             article_id=aid, source="synthetic", author=f"reader{c}", position=c))
    return docs


def seed_documents() -> list[Document]:
    from spanbank.ingest import ingest_file  # noqa: PLC0415

    return list(ingest_file(SEED))


def timed(fn, repeat: int) -> float:
    """Best of ``repeat`` runs after one warm-up (lazy model loading, regex compilation); the
    minimum, because the machine is shared and noise only ever adds time."""
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--comments", type=int, default=4, help="comments per synthetic article")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args(argv)

    schema = load_schema()
    annotators = []
    for key in REGISTRY:
        try:
            annotators.append(load_annotators([key])[0])
        except Exception as exc:  # report and measure the others
            print(f"{key}: not available ({type(exc).__name__}: {exc})", file=sys.stderr)
    if not annotators:
        print("no annotator could be loaded", file=sys.stderr)
        return 1
    names = ", ".join(a.origin for a in annotators)

    def run_checked(docs: list[Document], anns=annotators) -> int:
        return sum(len(checked_annotations(d, anns, schema)) for d in docs)

    seed = seed_documents()
    chars = sum(len(d.text) for d in seed)
    t = timed(lambda: run_checked(seed), args.repeat)
    print(f"seed: {len(seed)} documents ({seed[0].id} + {len(seed) - 1} comments, {chars} chars), "
          f"{names}: {1000 * t:.1f} ms (goal: well under 50 ms)")
    for a in annotators:
        ta = timed(lambda a=a: [a.annotate(d) for d in seed if a.applies(d)], args.repeat)
        print(f"  {a.origin}: {1000 * ta:.1f} ms on {sum(a.applies(d) for d in seed)} documents")

    rng = random.Random("spanbank-annotate-speed")
    docs = [d for i in range(args.articles) for d in synthetic_article(rng, i, args.comments)]
    n_art = sum(d.kind == "article" for d in docs)
    print(f"synthetic: {n_art} articles + {len(docs) - n_art} comments, {sum(len(d.text) for d in docs) / 1e6:.2f} M chars")

    t_json = timed(lambda: [json.loads(json.dumps(d.to_dict())) for d in docs], 1)
    t_all = timed(lambda: run_checked(docs), 1)
    print(f"all annotators, checked: {len(docs) / t_all:,.0f} documents/s ({n_art / t_all:,.0f} articles with "
          f"{args.comments} comments each per second)")
    print(f"  ratio vs JSON round trip of the same documents: {t_all / t_json:.1f}x")
    by_id = {d.id: d for d in docs}
    t0 = time.perf_counter()
    outputs = [a.annotate(d) for d in docs for a in annotators if a.applies(d)]
    t_bare = time.perf_counter() - t0
    t_check = timed(lambda: [validate_annotation(o, schema, by_id[o.doc_id]) for o in outputs], 1)
    print(f"  validation of every output / bare annotator calls: {t_check / t_bare:.1%}")
    for a in annotators:
        mine = [d for d in docs if a.applies(d)]
        ta = timed(lambda a=a, mine=mine: [a.annotate(d) for d in mine], 1)
        print(f"  {a.origin}: {len(mine) / ta:,.0f} documents/s on {len(mine)} {'/'.join(a.applies_to)} documents "
              f"({ta / t_bare:.0%} of the time of all bare calls)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
