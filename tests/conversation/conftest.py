"""A fake Realtime server per test (its own thread, so sync and async tests share it), and
``both``: one test body run against the blocking and the asyncio conversation."""

from __future__ import annotations

import asyncio
import concurrent.futures
import inspect
import threading
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest

from realtime_ext.connection import aconnect, connect
from realtime_ext.testing import FakeRealtimeServer

R = TypeVar("R")
WAIT = 10.0  # real seconds a step may take before the test fails (never slept)


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv


class Both:
    """Runs a sync test body against either flavour: ``both(x)`` is ``x`` for the blocking
    conversation and ``await x`` (on the flavour's event loop thread) for the asyncio one."""

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

    def voice(self, **kwargs: Any) -> Any:
        """Barge-in and history of this flavour (``Voice``/``AsyncVoice``), to attach."""
        from realtime_ext.voice import AsyncVoice, Voice

        return AsyncVoice(**kwargs) if self.is_async else Voice(**kwargs)

    def connect(self, server: FakeRealtimeServer, **kwargs: Any) -> Any:
        """A connection of this flavour to ``server`` (model ``gpt-realtime``), with a voice
        attached unless ``extensions=`` says otherwise: its history is what ``carry`` gives a
        new session, which these tests are about."""
        kwargs = {
            "api_key": "sk-test",
            "base_url": server.base_url,
            "model": "gpt-realtime",
            "extensions": [self.voice()],
        } | kwargs
        if self.is_async:
            return self(_opened(kwargs))
        return connect(**kwargs)

    def close(self) -> None:
        self._pool.shutdown(wait=False)
        if self.loop is not None and self._thread is not None:
            self.loop.call_soon_threadsafe(self.loop.stop)
            self._thread.join(WAIT)
            self.loop.close()


async def _opened(kwargs: dict[str, Any]) -> Any:
    return await aconnect(**kwargs)


@pytest.fixture(params=["sync", "async"])
def both(request: pytest.FixtureRequest) -> Iterator[Both]:
    runner = Both(request.param)
    try:
        yield runner
    finally:
        runner.close()
