"""The reversible tokenizer and BIO tags of the `tokens` config.

A token is a run of word characters, possibly joined by an inner apostrophe or hyphen (don't,
Nagorno-Karabakh), or any single other non-space character; whitespace is dropped. Every
non-space character therefore belongs to exactly one token and only whitespace lies between
tokens, so tokens and offsets (with the text) are reversible.

The tokenizer makes ONE compiled-regex pass (`re.split` with the token pattern as a group, done
in C) and computes the offsets from the piece lengths with numpy; the tags of a document are built
as small-int numpy arrays (int8 for up to 63 labels), one per layer, from two vectorised binary searches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from spanbank.model import Span

TOKEN_PATTERN = r"\w+(?:['’\-]\w+)*|[^\w\s]"
TOKEN_RE = re.compile(TOKEN_PATTERN)
#: the same pattern as a group: ``split`` returns [gap, token, gap, token, ..., gap]
_SPLIT_RE = re.compile(f"({TOKEN_PATTERN})")


def tokenize_arrays(text: str) -> tuple[list[str], np.ndarray, np.ndarray]:
    """Tokens with code-point offsets as int32 arrays: ``text[starts[i]:ends[i]] == tokens[i]``."""
    parts = _SPLIT_RE.split(text)
    ends = np.cumsum(np.fromiter(map(len, parts), dtype=np.int64, count=len(parts)))
    tok_ends = ends[1::2].astype(np.int32)
    tok_starts = ends[0:-1:2].astype(np.int32)  # a token starts where the gap before it ends
    return parts[1::2], tok_starts, tok_ends


def tokenize(text: str) -> tuple[list[str], list[int], list[int]]:
    """Tokens with code-point offsets: ``text[starts[i]:ends[i]] == tokens[i]`` for every i, and
    only whitespace lies between tokens, so the tokens and offsets (with the text) are reversible."""
    toks, starts, ends = tokenize_arrays(text)
    return toks, starts.tolist(), ends.tolist()


def bio_names(labels: Sequence[str]) -> list[str]:
    return ["O"] + [f"{p}-{lab}" for lab in labels for p in ("B", "I")]


@dataclass
class TagStats:
    spans: int = 0
    misaligned: int = 0  # a boundary inside a token: the tags cover whole tokens
    overlapping: int = 0  # overlaps an earlier span of the same layer: left out of the tags
    empty: int = 0  # covers no token (only whitespace)


class Tagger:
    """BIO tag arrays of every layer for one document's spans (``(start, end, label)`` triples).

    Tag ids follow `bio_names` of the layer's labels (``B-X`` = 1 + 2 * index, ``I-X`` = B + 1).
    Spans of the same layer that overlap cannot share a BIO column: the earlier (then longer) one
    wins and the other is counted in ``stats``; spans of different layers never interfere.
    """

    def __init__(self, layers: Sequence[tuple[str, Sequence[str]]]):
        self.layers = [name for name, _ in layers]
        #: label -> (layer position, B tag id)
        self.where = {lab: (k, 1 + 2 * i) for k, (_, labels) in enumerate(layers) for i, lab in enumerate(labels)}
        self.stats = {name: TagStats() for name in self.layers}
        most = max((2 * len(labels) for _, labels in layers), default=0)
        self.dtype = np.int8 if most < 2**7 else np.int16 if most < 2**15 else np.int32

    def tag(self, spans: Iterable[tuple[int, int, str]], starts: np.ndarray, ends: np.ndarray) -> list[np.ndarray]:
        n = len(starts)
        tags = [np.zeros(n, dtype=self.dtype) for _ in self.layers]
        sel = sorted((s for s in spans if s[2] in self.where), key=lambda s: (s[0], s[0] - s[1]))
        if not sel:
            return tags
        ss = np.fromiter((s[0] for s in sel), dtype=np.int64, count=len(sel))
        es = np.fromiter((s[1] for s in sel), dtype=np.int64, count=len(sel))
        first = np.searchsorted(ends, ss, side="right").tolist()  # first token ending after the start
        stop = np.searchsorted(starts, es, side="left").tolist()  # one past the last token starting before the end
        hi = [0] * len(self.layers)  # per layer: one past the last tagged token
        for (s, e, lab), i0, i1 in zip(sel, first, stop, strict=True):
            k, b = self.where[lab]
            st = self.stats[self.layers[k]]
            st.spans += 1
            if i0 >= i1:
                st.empty += 1
                continue
            # spans come by start, so an earlier tagged span of this layer overlaps iff it ends after i0
            if hi[k] > i0:
                st.overlapping += 1
                continue
            if starts[i0] != s or ends[i1 - 1] != e:
                st.misaligned += 1
            t = tags[k]
            t[i0] = b
            t[i0 + 1:i1] = b + 1
            hi[k] = i1
        return tags


def bio_tags(spans: Iterable[Span], starts: Sequence[int], ends: Sequence[int], labels: Sequence[str],
             stats: TagStats | None = None) -> list[int]:
    """ClassLabel ids (see `bio_names`) of one layer's spans. Spans of the same layer that overlap
    cannot share a BIO column: the earlier (then longer) one wins and the other is counted."""
    tagger = Tagger([("layer", labels)])
    tags = tagger.tag(((s.start, s.end, s.label) for s in spans), np.asarray(starts, dtype=np.int64),
                      np.asarray(ends, dtype=np.int64))[0]
    if stats is not None:
        got = tagger.stats["layer"]
        stats.spans += got.spans
        stats.misaligned += got.misaligned
        stats.overlapping += got.overlapping
        stats.empty += got.empty
    return tags.tolist()


def decode_bio(tags: Sequence[int], starts: Sequence[int], ends: Sequence[int],
               labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, label)`` back from BIO tag ids; an I- without its B- starts a span."""
    out: list[list] = []
    cur: list | None = None
    for i, t in enumerate(tags):
        if t == 0:
            cur = None
            continue
        lab, begin = labels[(t - 1) // 2], (t - 1) % 2 == 0
        if begin or cur is None or cur[2] != lab:
            cur = [starts[i], ends[i], lab]
            out.append(cur)
        else:
            cur[1] = ends[i]
    return [(c[0], c[1], c[2]) for c in out]
