"""Time, as one object: what the SDK reads and waits on (reconnect backoff, REST retries).

Everything that waits goes through a :class:`Clock`, so a test hands the SDK a clock it
controls (:class:`realtime_ext.testing.ManualClock`) instead of sleeping for real or
patching :func:`time.sleep`. Apps never need to pass one.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio


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
        # Imported here: the blocking client's import never loads asyncio (cold import).
        import asyncio

        if until is None:
            await asyncio.sleep(seconds)
            return False
        try:
            async with asyncio.timeout(seconds):  # not wait_for: see _base/websocket_transport.py
                await until.wait()
        except TimeoutError:
            return False
        return True


SYSTEM_CLOCK = Clock()
"""The clock used when none is given."""
