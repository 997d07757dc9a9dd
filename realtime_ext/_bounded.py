"""One rule for the small caches on the request path: bounded, emptied when full.

Not ``functools.lru_cache``: the keys are derived from the arguments (a body's compact JSON,
a path), not the arguments themselves, and most of them repeat exactly (one session config,
a few endpoint paths), so emptying a full cache costs one rebuild per entry, with no
recency bookkeeping on every hit.

Example:
    >>> cache: dict[str, int] = {}
    >>> remember(cache, "a", 1, limit=1)
    1
    >>> remember(cache, "b", 2, limit=1), cache
    (2, {'b': 2})
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def remember(cache: dict[K, V], key: K, value: V, *, limit: int) -> V:
    """Keep ``value`` under ``key``, emptying ``cache`` first when it holds ``limit``
    entries; returns ``value``."""
    if len(cache) >= limit:
        cache.clear()
    cache[key] = value
    return value
