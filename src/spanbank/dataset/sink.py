"""Rows gathered column by column and written as sharded Parquet.

`ColumnBuffer` keeps one Python list per column (and, for list columns, the flat values with the
list offsets), so a batch becomes Arrow arrays without going through per-row dicts: scalar
columns with one ``pa.array`` call each, list columns as ``ListArray.from_arrays(offsets, values)``
and lists of structs as a ``StructArray`` of child arrays. A row gives

- a scalar column: the value (``None`` for null);
- a list of scalars: a Python list or a numpy array (numpy chunks are concatenated with numpy);
- a list of structs: a dict of child name -> list of values, all children of the same length
  (``None`` children default to nulls of that length).

The Arrow types come from the schema (the one `datasets.Features.arrow_schema` gives), so the
files carry exactly the declared types and the ``huggingface`` metadata.
"""

from __future__ import annotations

import os
from itertools import chain
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

DEFAULT_SHARD_BYTES = 256 * 2**20
DEFAULT_SHARD_ROWS = 100_000
DEFAULT_BATCH_ROWS = 2000
#: a batch is also cut at this many list values (all list columns together), so that configs with
#: long lists per row (``tokens``: ~6 values per token) keep a bounded buffer in memory
DEFAULT_BATCH_VALUES = 1_000_000


def _list_value_type(t: pa.DataType) -> pa.DataType | None:
    return t.value_type if pa.types.is_list(t) else None


class ColumnBuffer:
    """Rows of one Arrow schema, held as columns until `take` turns them into a RecordBatch."""

    def __init__(self, schema: pa.Schema):
        self.schema = schema
        self.scalar: list[str] = []
        self.lists: list[str] = []
        self.structs: dict[str, list[str]] = {}
        for f in schema:
            vt = _list_value_type(f.type)
            if vt is None:
                self.scalar.append(f.name)
            elif pa.types.is_struct(vt):
                if any(pa.types.is_nested(c.type) for c in vt):
                    raise ValueError(f"column {f.name}: nested lists inside a struct list are not supported")
                self.structs[f.name] = [c.name for c in vt]
            elif pa.types.is_nested(vt):
                raise ValueError(f"column {f.name}: lists of lists are not supported")
            else:
                self.lists.append(f.name)
        self._reset()

    def _reset(self) -> None:
        self.rows = 0
        self.values = 0  # list values buffered, all list columns together
        self.columns: dict[str, list[Any]] = {n: [] for n in self.scalar}
        self.offsets: dict[str, list[int]] = {n: [0] for n in (*self.lists, *self.structs)}
        self.chunks: dict[str, list[Any]] = {n: [] for n in self.lists}
        self.children: dict[str, dict[str, list[Any]]] = {n: {c: [] for c in cs} for n, cs in self.structs.items()}

    def add(self, row: dict[str, Any]) -> None:
        for name in self.scalar:
            self.columns[name].append(row[name])
        for name in self.lists:
            values = row[name]
            offs = self.offsets[name]
            n = len(values)
            offs.append(offs[-1] + n)
            if n:
                self.chunks[name].append(values)
                self.values += n
        for name, childnames in self.structs.items():
            value = row[name]
            n = None
            for c in childnames:
                vals = value.get(c)
                if vals is not None:
                    n = len(vals)
                    break
            n = n or 0
            children = self.children[name]
            for c in childnames:
                vals = value.get(c)
                if vals is None:
                    children[c].extend([None] * n)
                elif len(vals) != n:
                    raise ValueError(f"column {name}: child {c} has {len(vals)} values, expected {n}")
                else:
                    children[c].extend(vals)
            offs = self.offsets[name]
            offs.append(offs[-1] + n)
            self.values += n * len(childnames)
        self.rows += 1

    def take(self) -> pa.RecordBatch:
        """The buffered rows as one RecordBatch of the schema; the buffer is emptied."""
        arrays = []
        for f in self.schema:
            if f.name in self.columns:
                arrays.append(pa.array(self.columns[f.name], type=f.type))
                continue
            offsets = pa.array(self.offsets[f.name], type=pa.int32())
            vt = f.type.value_type
            if f.name in self.chunks:
                chunks = self.chunks[f.name]
                if chunks and all(isinstance(c, np.ndarray) for c in chunks):
                    flat = np.concatenate(chunks).astype(vt.to_pandas_dtype(), copy=False)
                    values = pa.array(flat, type=vt)
                else:
                    values = pa.array(list(chain.from_iterable(chunks)), type=vt)
            else:
                kids = self.children[f.name]
                values = pa.StructArray.from_arrays([pa.array(kids[c.name], type=c.type) for c in vt],
                                                    fields=list(vt))
            arrays.append(pa.ListArray.from_arrays(offsets, values, type=f.type))
        batch = pa.RecordBatch.from_arrays(arrays, schema=self.schema)
        self._reset()
        return batch


class ParquetSink:
    """Rows of one (config, split) into ``<split>-NNNNN-of-NNNNN.parquet`` shards: every
    ``batch_rows`` rows become one record batch; a new shard starts when the current one reaches
    ``shard_rows`` rows or ``shard_bytes`` Arrow bytes. Shards are renamed to their final
    ``-of-N`` names in `close`. A batch (one Parquet row group) is also cut at ``batch_values``
    list values, so long-list configs hold a bounded buffer. A split without rows gets no file:
    `datasets` cannot load a declared split that has no rows ("corresponds to no data"), so the card declares only the
    splits that have rows."""

    def __init__(self, folder: Path, split: str, schema: pa.Schema, *, batch_rows: int = DEFAULT_BATCH_ROWS,
                 shard_rows: int = DEFAULT_SHARD_ROWS, shard_bytes: int = DEFAULT_SHARD_BYTES,
                 batch_values: int = DEFAULT_BATCH_VALUES):
        self.folder, self.split = folder, split
        self.schema = schema
        self.batch_rows = max(1, min(batch_rows, shard_rows))
        self.batch_values = max(1, batch_values)
        self.shard_rows, self.shard_bytes = shard_rows, shard_bytes
        self.buffer = ColumnBuffer(schema)
        self.parts: list[Path] = []
        self.writer: pq.ParquetWriter | None = None
        self.cur_rows = self.cur_bytes = 0
        self.rows = self.nbytes = 0

    def add(self, row: dict[str, Any]) -> None:
        self.buffer.add(row)
        if self.buffer.rows >= self.batch_rows or self.buffer.values >= self.batch_values:
            self.flush()

    def flush(self) -> None:
        if not self.buffer.rows:
            return
        batch = self.buffer.take()
        if self.writer is not None and (self.cur_rows + batch.num_rows > self.shard_rows
                                        or self.cur_bytes >= self.shard_bytes):
            self.writer.close()
            self.writer = None
        if self.writer is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            part = self.folder / f".{self.split}-{len(self.parts):05d}.parquet.partial"
            self.parts.append(part)
            self.writer = pq.ParquetWriter(part, self.schema)
            self.cur_rows = self.cur_bytes = 0
        self.writer.write_batch(batch)
        self.cur_rows += batch.num_rows
        self.cur_bytes += batch.nbytes
        self.rows += batch.num_rows
        self.nbytes += batch.nbytes

    def close(self) -> list[Path]:
        self.flush()
        if self.writer is not None:
            self.writer.close()
            self.writer = None
        n = len(self.parts)
        final = [self.folder / f"{self.split}-{i:05d}-of-{n:05d}.parquet" for i in range(n)]
        for src, dst in zip(self.parts, final, strict=True):
            os.replace(src, dst)
        return final
