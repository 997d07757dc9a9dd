"""One bound for the histories of every session kind: ``max_items``, checked the same way,
and lowering it lets the oldest items go at once.

Example:
    >>> class Kept(MaxItems):
    ...     __slots__ = ("items",)
    ...
    ...     def __init__(self) -> None:
    ...         self._max_items, self.items = 3, [1, 2, 3]
    ...
    ...     def _evict(self) -> None:
    ...         del self.items[: len(self.items) - self._max_items]
    >>> kept = Kept()
    >>> kept.max_items = 1
    >>> kept.items
    [3]
"""

from __future__ import annotations

from ._config import check_count

__all__ = ["MaxItems", "check_max_items"]


def check_max_items(max_items: object) -> int:
    """``max_items`` checked: an int >= 1 (``InvalidArgumentError`` naming it otherwise).

    Example:
        >>> check_max_items(500)
        500
    """
    count = check_count(max_items, "max_items", unlimited=False)
    assert count is not None  # not unlimited: an int or an error
    return count


class MaxItems:
    """A history bounded by its count of items: :attr:`max_items`, which lets the oldest go
    (the class's ``_evict``) when lowered. Mixed in; the class sets ``_max_items``."""

    __slots__ = ("_max_items",)

    @property
    def max_items(self) -> int:
        """The most items kept; lowering it lets the oldest go at once."""
        return self._max_items

    @max_items.setter
    def max_items(self, value: int) -> None:
        self._max_items = check_max_items(value)
        self._evict()

    def _evict(self) -> None:
        """Let the oldest items go while more than ``max_items`` are held."""
        raise NotImplementedError
