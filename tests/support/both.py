"""One test body run against the blocking and the asyncio flavour of a client: ``both(x)``
is ``x`` for the blocking one and ``await x`` (on the flavour's event loop thread) for the
asyncio one.

Example (a fixture with ``params=FLAVOURS`` makes one per test, closed after it by
:func:`running`):
    >>> runner = Both("sync")
    >>> runner(1 + 1)
    2
    >>> runner.close()
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import TypeVar

R = TypeVar("R")
B = TypeVar("B", bound="Both")
FLAVOURS = ("sync", "async")
WAIT = 10.0  # real seconds a step may take before the test fails (never slept)


class Both:
    """Runs a sync test body against either flavour (``kind``: ``"sync"`` or ``"async"``):
    ``both(x)`` is ``x`` for the blocking client and ``await x`` (on the flavour's event
    loop thread) for the asyncio one."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self.is_async = kind == "async"
        self.loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=4)
        if self.is_async:
            loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=loop.run_forever, daemon=True)
            self._thread.start()
            self.loop = loop

    def __call__(self, value: Awaitable[R] | R) -> R:
        if not inspect.isawaitable(value):
            return value
        return self.start(lambda: value).result(WAIT)

    def start(self, step: Callable[[], Awaitable[R] | R]) -> concurrent.futures.Future[R]:
        """Begin ``step`` in the background (a thread, or a task on the loop)."""
        if self.loop is None:
            return self._pool.submit(step)  # type: ignore[arg-type]

        async def run() -> R:
            result = step()
            if inspect.isawaitable(result):
                return await result
            return result

        return asyncio.run_coroutine_threadsafe(run(), self.loop)

    def close(self) -> None:
        """Stop the flavour's thread pool and event loop."""
        self._pool.shutdown(wait=False)
        if self.loop is not None and self._thread is not None:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(WAIT)
            self.loop.close()


def running(runner: B) -> Iterator[B]:
    """A fixture's body: ``runner`` for the test, closed after it."""
    try:
        yield runner
    finally:
        runner.close()
