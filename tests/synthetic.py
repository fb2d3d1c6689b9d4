"""A synthetic corpus of news articles with reader comments, as JSONL files in the ingest format.

Deterministic for a given seed; used by the scale tests and benchmarks. The text is made of
templates with the features the pre-annotators look for (quotes with speakers, indirect speech,
numbers, comments with insults or shouting), so that every stage does real work.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

PEOPLE = ["Maria Lopez", "John Carter", "Anna Schmidt", "Ilham Aliyev", "Serzh Sarkisian", "Li Wei",
          "Fatima Khan", "Peter Novak"]
PLACES = ["the region", "the capital", "Moldova", "the border area", "the northern province"]
TOPICS = ["the budget", "the peace talks", "the new railway", "the election", "water prices"]
COMMENTERS = ["Garo", "Katia K.", "reader42", "Anon", "M. Petrosyan", "Lucy"]


def article(rng: random.Random, i: int) -> dict:
    who = rng.choice(PEOPLE)
    other = rng.choice([p for p in PEOPLE if p != who])
    topic = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    n = rng.randint(2, 95)
    paras = [
        f"{who} on Monday said that {topic} had not yielded any results, countering statements by {other}.",
        f"“We will not accept any deal on {topic} that ignores {place},” said {who.split()[-1]}. "
        f"“The people deserve better than {n} more years of waiting.”",
        f"According to official figures, {n} percent of residents in {place} oppose the plan, "
        f"up from {n // 2} percent last year.",
        f"{other} told reporters that the government would publish a report on {topic} next month.",
        f"The project is the largest of its kind in {place} and cost {n * 3} million dollars.",
    ]
    rng.shuffle(paras)
    comments = []
    for _ in range(rng.randint(0, 4)):
        kind = rng.random()
        if kind < 0.2:
            text = f"{rng.choice(PEOPLE).split()[-1]} is an idiot and a liar, everybody knows it."
        elif kind < 0.3:
            text = f"STOP THE NONSENSE ABOUT {topic.upper()} RIGHT NOW PLEASE"
        else:
            text = f"I think {topic} matters more than people say. In {place} we waited {n} years."
        comments.append({"author": rng.choice(COMMENTERS), "text": text})
    return {
        "id": f"synth-{i:06d}",
        "title": f"{who} speaks on {topic} ({i})",
        "text": "\n\n".join(paras),
        "url": f"https://news.example.org/{i:06d}",
        "published": f"2026-0{1 + i % 9}-1{i % 10}",
        "source": "synthetic",
        "comments": comments,
    }


def write_corpus(folder: Path, articles: int, per_file: int = 50, seed: int = 7) -> list[Path]:
    """Write ``articles`` articles as JSONL files of ``per_file`` records under ``folder``."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for f, start in enumerate(range(0, articles, per_file)):
        p = folder / f"part-{f:04d}.jsonl"
        with open(p, "w", encoding="utf-8") as fh:
            for i in range(start, min(start + per_file, articles)):
                fh.write(json.dumps(article(rng, i), ensure_ascii=False) + "\n")
        paths.append(p)
    return paths
