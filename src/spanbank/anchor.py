"""Re-anchoring human spans when a document's text changed (DESIGN §2).

A human annotation records the ``text_sha256`` of the text it was made on. When the document's text
is now different (re-ingested with a better parser, a typo fixed upstream), each span is moved to
where its text now is:

1. without the old text, a span whose ``text[start:end]`` still equals ``span.text`` stays;
2. otherwise every occurrence of ``span.text`` in the new text is a candidate. The expected place is
   the old offset mapped through an alignment of the old text to the new one when the old text is
   known, else the old offset shifted by the move of the previous span placed in this annotation.
   With the old text at hand, candidates whose surrounding characters (``CONTEXT`` each side) agree
   with the old surroundings win first; then the nearest to the expected place;
3. a span whose text no longer occurs, or whose best candidates tie, is *kept* at its old offsets,
   marked ``attrs.unanchored = true`` and listed in ``meta.flags`` as ``unanchored:<span id>``:
   never dropped, never guessed. Callers report it and keep it out of gold.

Every placed span satisfies ``text[start:end] == span.text`` exactly.
"""

from __future__ import annotations

import bisect
import difflib
from dataclasses import dataclass, field

from spanbank.model import Annotation, Span, sha256_text

CONTEXT = 24


@dataclass
class AnchorResult:
    annotation: Annotation
    moved: list[str] = field(default_factory=list)
    unanchored: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.moved or self.unanchored)


def needs_reanchoring(ann: Annotation, text: str) -> bool:
    """True when the annotation was made on another text or a span does not fit this one."""
    sha = ann.meta.get("text_sha256")
    if sha and sha != sha256_text(text):
        return True
    return any(text[s.start : s.end] != s.text for s in ann.spans)


def _occurrences(text: str, needle: str) -> list[int]:
    out = []
    i = text.find(needle)
    while i != -1:
        out.append(i)
        i = text.find(needle, i + 1)
    return out


class _OffsetMap:
    """Old offset -> new offset through the equal blocks of a difflib alignment."""

    def __init__(self, old: str, new: str):
        sm = difflib.SequenceMatcher(None, old, new, autojunk=False)
        self.blocks = [(a, b, n) for a, b, n in sm.get_matching_blocks() if n]
        self.starts = [a for a, _, _ in self.blocks]

    def __call__(self, pos: int) -> int | None:
        k = bisect.bisect_right(self.starts, pos) - 1
        if k < 0:
            return self.blocks[0][1] - (self.blocks[0][0] - pos) if self.blocks else None
        a, b, n = self.blocks[k]
        return b + (pos - a) if pos < a + n else b + n + (pos - a - n)


def _context_score(old: str, o_start: int, o_end: int, new: str, n_start: int, n_end: int) -> int:
    before = 0
    while (before < CONTEXT and o_start - before > 0 and n_start - before > 0
           and old[o_start - before - 1] == new[n_start - before - 1]):
        before += 1
    after = 0
    while (after < CONTEXT and o_end + after < len(old) and n_end + after < len(new)
           and old[o_end + after] == new[n_end + after]):
        after += 1
    return before + after


def reanchor(ann: Annotation, text: str, old_text: str | None = None) -> AnchorResult:
    """Move ``ann``'s spans onto ``text`` (see module doc). Returns a new Annotation; the input is
    not modified."""
    new_sha = sha256_text(text)
    mapping = _OffsetMap(old_text, text) if old_text is not None else None
    placed: dict[int, Span] = {}
    moved: list[str] = []
    unanchored: list[str] = []
    delta = 0
    for idx, s in sorted(enumerate(ann.spans), key=lambda p: (p[1].start, p[1].end, p[0])):
        attrs = {k: v for k, v in s.attrs.items() if k != "unanchored"}
        if s.text and text[s.start : s.end] == s.text and (old_text is None or old_text == text):
            placed[idx] = Span(s.id, s.start, s.end, s.label, s.text, attrs)
            delta = 0
            continue
        cands = _occurrences(text, s.text) if s.text else []
        expected = s.start + delta
        if mapping is not None:
            mapped = mapping(s.start)
            expected = mapped if mapped is not None else expected
        ranked = []
        for c in cands:
            ctx = 0
            if old_text is not None:
                ctx = _context_score(old_text, s.start, s.end, text, c, c + len(s.text))
            ranked.append((-ctx, abs(c - expected), c))
        ranked.sort()
        if not ranked or (len(ranked) > 1 and ranked[0][:2] == ranked[1][:2]):
            attrs["unanchored"] = True
            placed[idx] = Span(s.id, s.start, s.end, s.label, s.text, attrs)
            unanchored.append(s.id)
            continue
        new_start = ranked[0][2]
        delta = new_start - s.start
        placed[idx] = Span(s.id, new_start, new_start + len(s.text), s.label, s.text, attrs)
        if new_start != s.start:
            moved.append(s.id)
    meta = dict(ann.meta)
    flags = [f for f in meta.get("flags") or [] if not str(f).startswith("unanchored:")]
    flags += [f"unanchored:{sid}" for sid in unanchored]
    if flags or "flags" in meta:
        meta["flags"] = flags
    if moved or unanchored or meta.get("text_sha256") != new_sha:
        meta["reanchored"] = {"from_sha256": ann.meta.get("text_sha256"), "moved": len(moved),
                              "unanchored": len(unanchored)}
    meta["text_sha256"] = new_sha
    spans = [placed[i] for i in range(len(ann.spans))]
    out = Annotation(ann.doc_id, ann.origin, spans, list(ann.relations), dict(ann.labels), ann.created, meta)
    return AnchorResult(out, moved, unanchored)
