"""Time sources: a ``Clock`` object (``.now()``, as ``connect(clock=...)`` takes) or a
callable returning seconds, both accepted wherever voice code reads the time."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import cast

from realtime_ext import InvalidArgumentError

Now = Callable[[], float]
"""A time source: a callable returning seconds (monotonic unless a test's clock says)."""


def time_source(clock: object) -> Now:
    """``clock.now`` for a clock object, ``clock`` for a callable, ``time.monotonic`` for None.

    Example:
        >>> time_source(lambda: 4.0)()
        4.0
    """
    if clock is None:
        return time.monotonic
    now = getattr(clock, "now", None)
    if callable(now):
        return now  # type: ignore[no-any-return]
    if callable(clock):
        return cast(Now, clock)  # checked callable; its result is read as seconds
    raise InvalidArgumentError(
        f"clock must be a Clock (with now()) or a callable returning seconds, got {clock!r}"
    )
