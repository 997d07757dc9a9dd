"""A private asyncio loop on a daemon thread, and the data channel made blocking over it.

aiortc runs only under asyncio, so a blocking WebRTC call keeps its peer connection on an
event loop of its own (one per call, started with the call and closed when it ends) and
the caller's thread waits on it. Waits are sliced: if the loop thread dies, a waiter
notices within a fraction of a second and raises ``APIConnectionError`` instead of
hanging. Exceptions raised on the loop reach the caller as they were raised (same class,
same object), so a blocking call raises what the asyncio one raises.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import threading
import time
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from realtime_ext import APIConnectionError, APITimeoutError

from ._channel import DataChannelTransport

T = TypeVar("T")

POLL = 0.25
"""Seconds between checks that the loop thread is still alive while waiting on it."""

GRACE = 1.0
"""Seconds a stopping loop lets pending tasks (aiortc's own closing) finish."""

CANCEL_ROUNDS = 4
"""How many times a stopping loop cancels what is still pending (see :meth:`LoopThread._main`)."""


class LoopThread:
    """An event loop running on a daemon thread; :meth:`run` a coroutine on it and wait.

    Example::

        loop = LoopThread()
        assert loop.run(asyncio.sleep(0, "done"), timeout=5) == "done"
        loop.stop()
    """

    def __init__(self, name: str = "realtime-webrtc") -> None:
        self._loop = asyncio.new_event_loop()
        self._started = threading.Event()
        self._thread = threading.Thread(target=self._main, name=name, daemon=True)
        self._thread.start()
        self._started.wait()

    def _main(self) -> None:
        asyncio.set_event_loop(self._loop)
        self._loop.call_soon(self._started.set)
        try:
            self._loop.run_forever()
        finally:
            # aiortc finishes closing in tasks of its own: a short grace, then whatever is
            # still pending (a pump, a timer) is cancelled and the loop closed.
            with contextlib.suppress(BaseException):
                tasks = asyncio.all_tasks(self._loop)
                if tasks:
                    self._loop.run_until_complete(asyncio.wait(tasks, timeout=GRACE))
                # Cancelling can start tasks: a DTLS transport that ends while its task is
                # cancelled makes aiortc close the peer connection in a new task. Each round
                # cancels what is pending now; a few rounds end what those start.
                for _ in range(CANCEL_ROUNDS):
                    tasks = asyncio.all_tasks(self._loop)
                    if not tasks:
                        break
                    for task in tasks:
                        task.cancel()
                    self._loop.run_until_complete(asyncio.gather(*tasks, return_exceptions=True))
                self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()
            self._started.set()

    @property
    def alive(self) -> bool:
        """Whether the loop still runs (``False`` once stopped or if its thread died)."""
        return self._thread.is_alive() and not self._loop.is_closed()

    @property
    def loop(self) -> asyncio.AbstractEventLoop:
        """The event loop itself (touch aiortc objects only from coroutines run on it)."""
        return self._loop

    def run(self, coro: Coroutine[Any, Any, T], timeout: float | None = None) -> T:
        """Run ``coro`` on the loop and wait for its result (its exception is re-raised).

        ``timeout``: seconds before the coroutine is cancelled and ``APITimeoutError``
        raised (``None``: as long as it takes, while the loop lives). An interrupt in the
        waiting thread (Ctrl-C) cancels the coroutine too.

        Example::

            pcm = loop.run(output.read(5.0), timeout=10)
        """
        if threading.current_thread() is self._thread:
            coro.close()
            raise RuntimeError("LoopThread.run called from its own loop (would deadlock)")
        if not self.alive:
            coro.close()
            raise APIConnectionError("the WebRTC call's event loop is not running")
        try:
            future = asyncio.run_coroutine_threadsafe(coro, self._loop)
        except RuntimeError:  # the loop closed between the check and the call
            coro.close()
            raise APIConnectionError("the WebRTC call's event loop is not running") from None
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            wait = POLL if deadline is None else min(POLL, max(0.0, deadline - time.monotonic()))
            try:
                return future.result(wait)
            except concurrent.futures.TimeoutError:
                if future.done():
                    raise  # the coroutine's own TimeoutError, not our wait
            except BaseException:
                if not future.done():  # interrupted while waiting
                    future.cancel()
                raise
            if not self.alive:
                future.cancel()
                raise APIConnectionError("the WebRTC call's event loop stopped")
            if deadline is not None and time.monotonic() >= deadline:
                future.cancel()
                raise APITimeoutError(f"the WebRTC call did not answer within {timeout}s")

    def call(self, fn: Callable[[], T], timeout: float | None = None) -> T:
        """Run a plain function on the loop thread (aiortc objects are not thread-safe)."""

        async def on_loop() -> T:
            return fn()

        return self.run(on_loop(), timeout)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the loop (pending tasks are cancelled) and wait up to ``timeout`` seconds
        for its thread. Idempotent; never raises."""
        if self._thread is threading.current_thread():
            self._loop.stop()
            return
        with contextlib.suppress(RuntimeError):  # already closed
            self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout)


class BlockingChannel:
    """The ``oai-events`` channel as a blocking transport (:class:`SyncTransport`): each
    method runs the :class:`DataChannelTransport` method on the call's loop.

    ``recv_message`` waits on the loop as long as ``timeout`` allows (the channel's own
    timeout raises ``APITimeoutError``); once the loop is gone every method raises the
    channel's close error, or ``APIConnectionError`` (1006) if it never closed.

    Example::

        conversation = Conversation(BlockingChannel(loop, peer.transport))
    """

    def __init__(self, loop: LoopThread, channel: DataChannelTransport) -> None:
        self._loop = loop
        self._channel = channel

    def _check(self) -> None:
        if not self._loop.alive:
            self._channel.mark_closed(1006, "the WebRTC call's event loop stopped")
            raise self._channel.closed_error()

    def send_text(self, data: str) -> None:
        """Send one text message (thread-safe: the send runs on the loop)."""
        self._check()
        self._loop.run(self._channel.send_text(data))

    def recv_message(self, timeout: float | None) -> str | bytes:
        """The next message; errors as for :class:`DataChannelTransport`."""
        self._check()  # while the loop lives, queued messages come before the close
        return self._loop.run(self._channel.recv_message(timeout))

    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close the channel (idempotent; a no-op once the loop is gone)."""
        if self._loop.alive:
            with contextlib.suppress(APIConnectionError):
                self._loop.run(self._channel.close(code, reason), timeout=10.0)
        else:
            self._channel.mark_closed(code, reason or "call closed")

    @property
    def close_code(self) -> int | None:
        """The channel's close code (``None`` while open)."""
        return self._channel.close_code

    @property
    def close_reason(self) -> str | None:
        """Why the channel closed (``None`` while open)."""
        return self._channel.close_reason
