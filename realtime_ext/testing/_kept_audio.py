"""The audio a fake session keeps of its items, bounded in bytes.

A fake conversation keeps each committed turn's audio (for its transcription and for
``conversation.item.retrieve``) and each reply's (for ``conversation.item.truncate``). Kept
whole, a long call's audio grew with the call: 4,096 items of audio, about 190 KB a 4 s turn
at 24 kHz, so a 10-minute call held tens of megabytes and a load test of many such calls ran
serve-fake out of memory. Each kind of audio is now kept within :data:`MAX_KEPT_AUDIO_BYTES`
a session, the oldest item's let go first and the newest always kept: a test reads the
audio of the turns it just made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, MutableMapping
from typing import Generic, TypeVar

__all__ = ["MAX_KEPT_AUDIO_BYTES", "KeptAudio"]

MAX_KEPT_AUDIO_BYTES = 4 * 2**20
"""A session's kept audio of each kind (its turns', its replies'): 4 MiB, about 87 s of
24 kHz PCM16 and 9 minutes of G.711."""

V = TypeVar("V")


class KeptAudio(MutableMapping[str, V], Generic[V]):
    """Items' audio by item id, in the order set, within ``limit`` bytes (``size``: a
    value's audio length, read when the bound is checked, as a reply's audio grows while
    it streams) and, if given, ``max_items`` items. Past either, the oldest items go until
    both hold, but the newest.

    Example:
        >>> kept: KeptAudio[bytes] = KeptAudio(limit=10, size=len)
        >>> kept["a"], kept["b"] = bytes(6), bytes(6)
        >>> list(kept), len(kept["b"])
        (['b'], 6)
        >>> kept["c"] = bytes(20)  # over the limit alone: the newest is kept
        >>> list(kept)
        ['c']
        >>> few: KeptAudio[bytes] = KeptAudio(limit=100, size=len, max_items=2)
        >>> few["a"], few["b"], few["c"] = b"1", b"2", b"3"
        >>> list(few)
        ['b', 'c']
    """

    def __init__(
        self, *, limit: int, size: Callable[[V], int], max_items: int | None = None
    ) -> None:
        self._items: dict[str, V] = {}
        self._limit = limit
        self._size = size
        self._max_items = max_items

    def __setitem__(self, key: str, value: V) -> None:
        self._items.pop(key, None)  # set again: it is the newest
        self._items[key] = value
        self.bound()

    def bound(self) -> None:
        """Let the oldest items go while over either limit (never the newest)."""
        items = self._items
        total = sum(self._size(value) for value in items.values())
        most = len(items) if self._max_items is None else self._max_items
        while len(items) > 1 and (total > self._limit or len(items) > most):
            total -= self._size(items.pop(next(iter(items))))

    def __getitem__(self, key: str) -> V:
        return self._items[key]

    def __delitem__(self, key: str) -> None:
        del self._items[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)
