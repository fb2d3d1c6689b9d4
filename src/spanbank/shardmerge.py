"""Merge the shard files of a sharded run into one documents file and one predictions file.

Streaming and without parsing the records: each shard writes, beside its documents and
predictions, an index with one line per document ``[order, n_predictions, id, where]`` (``order`` is
the document's place in the one-process run: its input file's position in the sorted file list, or
its line in the input), so the merge copies lines and never holds a document in memory. Only the
ids are kept, to find a document id that two shards produced (the same article in two input
files): the copy with the lowest ``order`` is kept, as the one-process run would, and the others are
reported with both places and left out together with their predictions.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Sequence
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from spanbank.model import JsonlWriter


class ShardMergeError(RuntimeError):
    """The shard files disagree with their index (a damaged or hand-edited shard)."""


@dataclass
class MergeResult:
    documents: int = 0
    predictions: int = 0
    duplicates: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.documents} documents, {self.predictions} predictions merged; "
                f"{len(self.duplicates)} duplicate ids across shards left out")


class _LineWriter(JsonlWriter):
    """`JsonlWriter` (atomic, .gz by suffix) that takes lines already serialised."""

    def write_line(self, line: str) -> None:
        assert self._fh is not None, "use _LineWriter in a with block"
        self._fh.write(line if line.endswith("\n") else line + "\n")
        self.count += 1


def _index_lines(path: Path):
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            try:
                order, n_preds, doc_id, where = json.loads(line)
            except (ValueError, TypeError) as exc:
                raise ShardMergeError(f"{path}:{n}: bad index line: {exc}") from None
            yield order, n_preds, doc_id, where


def _take(fh: IO[str], path: Path, what: str) -> str:
    line = fh.readline()
    if not line:
        raise ShardMergeError(f"{path}: ends before its index says ({what}); delete the run folder and rerun")
    return line


def merge_shards(
    index: Sequence[str | os.PathLike],
    documents: Sequence[str | os.PathLike] | None,
    predictions: Sequence[str | os.PathLike] | None,
    documents_out: str | os.PathLike | None,
    predictions_out: str | os.PathLike | None = None,
    *,
    progress: bool = False,
) -> MergeResult:
    """Concatenate the shards (``index[i]`` describes ``documents[i]`` and ``predictions[i]``) into
    ``documents_out`` and ``predictions_out``, both written atomically (either may be None: not
    merged); a document id found in more than one shard is written once (lowest order) and reported
    in ``result.duplicates``."""
    if documents_out is None:
        documents = None
    if predictions_out is None:
        predictions = None
    if any(group is not None and len(group) != len(index) for group in (documents, predictions)):
        raise ValueError("index, documents and predictions must list the same shards")
    winner: dict[str, int] = {}
    clashing: set[str] = set()
    for ip in index:
        for order, _, doc_id, _ in _index_lines(Path(ip)):
            best = winner.get(doc_id)
            if best is None:
                winner[doc_id] = order
            else:
                clashing.add(doc_id)
                if order < best:
                    winner[doc_id] = order
    res = MergeResult()
    kept_at: dict[str, str] = {}
    lost: list[tuple[str, str]] = []
    with ExitStack() as stack:
        dw = stack.enter_context(_LineWriter(documents_out)) if documents_out is not None else None
        pw = stack.enter_context(_LineWriter(predictions_out)) if predictions_out is not None else None
        shards: Any = range(len(index))
        if progress:
            from tqdm import tqdm  # noqa: PLC0415

            shards = tqdm(shards, desc="merge shards", unit="shard", file=sys.stderr)
        for i in shards:
            ip = index[i]
            dpath = Path(documents[i]) if documents is not None else None
            ppath = Path(predictions[i]) if predictions is not None else None
            with (open(dpath, encoding="utf-8") if dpath is not None else open(os.devnull)) as dfh, \
                    (open(ppath, encoding="utf-8") if ppath is not None else open(os.devnull)) as pfh:
                for order, n_preds, doc_id, where in _index_lines(Path(ip)):
                    doc_line = _take(dfh, dpath, f"document {doc_id!r}") if dpath is not None else ""
                    pred_lines = [_take(pfh, ppath, f"predictions of {doc_id!r}") for _ in range(n_preds)] \
                        if ppath is not None else []
                    if winner[doc_id] != order:
                        lost.append((doc_id, where))
                        continue
                    if doc_id in clashing:
                        kept_at[doc_id] = where
                    if dw is not None:
                        dw.write_line(doc_line)
                    if pw is not None:
                        for line in pred_lines:
                            pw.write_line(line)
        res.documents = dw.count if dw is not None else len(winner)
        res.predictions = pw.count if pw is not None else 0
    res.duplicates = [f"{where}: duplicate id {doc_id!r} left out (kept the one from {kept_at.get(doc_id, '?')})"
                      for doc_id, where in lost]
    return res
