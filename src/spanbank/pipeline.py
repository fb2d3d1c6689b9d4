"""Steps over iterators of Documents (DESIGN §5), in the style of datatrove's pipeline blocks.

A step's ``run(data, rank, world_size)`` takes an iterable and yields items. A step that reads files
uses `shard` so that each of ``world_size`` workers handles its own share of the inputs; the same
step then runs unchanged in one process, in a local pool or on a cluster (see `spanbank.scale`).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")


def shard(items: Sequence[T], rank: int = 0, world_size: int = 1) -> list[T]:
    """Round-robin share of a sorted input list for worker ``rank`` of ``world_size``."""
    if not 0 <= rank < max(world_size, 1):
        raise ValueError(f"rank {rank} outside world_size {world_size}")
    return list(items[rank::world_size]) if world_size > 1 else list(items)


class Step(ABC):
    """Base class of a pipeline step. Subclasses implement `run`."""

    name: str = "step"

    @abstractmethod
    def run(self, data: Iterable[Any] | None, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        """Take the previous step's items (None for a reader) and yield this step's."""

    def __call__(self, data: Iterable[Any] | None, rank: int = 0, world_size: int = 1) -> Iterator[Any]:
        return self.run(data, rank, world_size)

