"""Bounded logs for what the fake server records (requests, client events).

A test server that keeps everything grows without limit under a long or hostile run
(20 x 16 MiB POSTs held +336 MB): these lists keep the newest entries within a count and a
byte budget, and count what they let go (``dropped``), so assertions on recent traffic work
as before and memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from realtime_ext import InvalidArgumentError

T = TypeVar("T")

DEFAULT_MAX_ITEMS = 1000
"""Entries kept per log (requests; client events per connection)."""
DEFAULT_MAX_BYTES = 16 * 2**20
"""Bytes kept per log (request bodies; client event text per connection), and across the
closed connections' logs together. 16 MiB (four minutes of base64 PCM audio appends on one
connection): with 64 MiB, a serve-fake that had served 100 connections of 5 s of audio each
still held 31 MiB of their appends after they closed."""
DEFAULT_MAX_CONNECTIONS = 100
"""Connections whose record (and client event log) the server keeps: the newest, the
oldest closed ones let go first."""


class BoundedLog(list[T]):
    """A list that keeps its newest entries: at most ``max_items``, and as many as fit in
    ``max_bytes`` (sizes from ``size``; the newest entry is always kept).

    Example:
        >>> log = BoundedLog(max_items=2, max_bytes=100, size=len)
        >>> for word in ["a", "bb", "ccc"]:
        ...     log.append(word)
        >>> log, log.dropped
        (['bb', 'ccc'], 1)
    """

    def __init__(
        self, *, max_items: int, max_bytes: int, size: Callable[[T], int] | None = None
    ) -> None:
        if max_items < 1 or max_bytes < 1:
            raise InvalidArgumentError("max_items and max_bytes must be at least 1")
        super().__init__()
        self.max_items = max_items
        self.max_bytes = max_bytes
        self._size = size
        self._sizes: list[int] = []  # parallel to the entries
        self._bytes = 0
        self.dropped: int = 0
        """Entries let go to stay within the limits, since the log was made or cleared."""

    @property
    def nbytes(self) -> int:
        """Bytes the kept entries were counted as."""
        return self._bytes

    def append(self, item: T) -> None:
        """Add ``item`` (sized by ``size``, else counted as 0 bytes)."""
        self.add(item, self._size(item) if self._size is not None else 0)

    def add(self, item: T, size: int) -> None:
        """Add ``item`` of ``size`` bytes, letting the oldest entries go while over a limit."""
        super().append(item)
        self._sizes.append(size)
        self._bytes += size
        excess = 0
        while len(self) - excess > 1 and (
            len(self) - excess > self.max_items or self._bytes > self.max_bytes
        ):
            self._bytes -= self._sizes[excess]
            excess += 1
        if excess:
            del self[:excess]
            del self._sizes[:excess]
            self.dropped += excess

    def clear(self) -> None:
        super().clear()
        self._sizes.clear()
        self._bytes = 0
        self.dropped = 0
