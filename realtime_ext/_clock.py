"""Time, as one object: what the SDK reads and waits on (reconnect backoff, REST retries).

Everything that waits goes through a :class:`Clock`, so a test hands the SDK a clock it
controls (:class:`realtime_ext.testing.ManualClock`) instead of sleeping for real or
patching :func:`time.sleep`. Apps never need to pass one.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
import time
import warnings
from collections.abc import Callable

from ._exceptions import InvalidArgumentError


class Clock:
    """Real time (the default everywhere).

    ``sleep``/``asleep`` wait ``seconds``, or less when ``until`` is set meanwhile (a
    close interrupting a reconnect backoff); they return whether ``until`` cut the wait.

    Example:
        >>> Clock().sleep(0)
        False
    """

    def now(self) -> float:
        """Seconds on a monotonic scale (only differences mean anything)."""
        return time.monotonic()

    def sleep(self, seconds: float, *, until: threading.Event | None = None) -> bool:
        """Block for ``seconds`` (or until ``until`` is set: then ``True``)."""
        if until is None:
            time.sleep(seconds)
            return False
        return until.wait(seconds)

    async def asleep(self, seconds: float, *, until: asyncio.Event | None = None) -> bool:
        """Await ``seconds`` (or until ``until`` is set: then ``True``)."""
        if until is None:
            await asyncio.sleep(seconds)
            return False
        try:
            await asyncio.wait_for(until.wait(), seconds)
        except TimeoutError:
            return False
        return True


class SleepClock(Clock):
    """Real time, waiting through a caller's ``sleep`` function (the deprecated ``sleep=``
    argument of the clients)."""

    def __init__(self, sleep: Callable[[float], object]) -> None:
        self._sleep = sleep

    def sleep(self, seconds: float, *, until: threading.Event | None = None) -> bool:
        self._sleep(seconds)
        return False

    async def asleep(self, seconds: float, *, until: asyncio.Event | None = None) -> bool:
        waited = self._sleep(seconds)
        if inspect.isawaitable(waited):
            await waited
        return False


def clock_from(clock: Clock | None, sleep: Callable[[float], object] | None, owner: str) -> Clock:
    """The clock to use from ``clock=`` and the deprecated ``sleep=`` of ``owner``."""
    if sleep is None:
        return clock if clock is not None else SYSTEM_CLOCK
    warnings.warn(
        f"{owner}(sleep=...) is deprecated and will be removed in the next release; "
        "pass clock= (realtime_ext.testing.ManualClock in tests)",
        DeprecationWarning,
        stacklevel=3,
    )
    if clock is not None:
        raise InvalidArgumentError(f"{owner}() takes clock= or sleep=, not both")
    return SleepClock(sleep)


SYSTEM_CLOCK = Clock()
"""The clock used when none is given."""
