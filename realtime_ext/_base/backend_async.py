"""The asyncio primitives the conversation's executor (:mod:`.actions_async`) is written
with: a background flow is a task, the stop signal an ``asyncio.Event``, a step needs no
lock, a handler's awaitable is awaited.

One backend per I/O model, as httpcore has one network backend per I/O library: starting
a flow, waiting for it and stopping it are what asyncio and threads do differently, and
nothing else is. So only those primitives are written here and in :mod:`.backend_sync`
(no policy, no flow logic in either); what is done with them is written once, in
:mod:`.actions_async`, from which ``scripts/gen_sync.py`` generates the blocking executor.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine
from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeAlias

Pending: TypeAlias = Coroutine[Any, Any, None]
"""What a typed send returns on this driver (``await conn.response.create()``)."""

Runner: TypeAlias = Callable[[Any], Coroutine[Any, Any, Any]]
"""How a conversation runs a flow to its end (its ``_run``)."""

Signal: TypeAlias = asyncio.Event
"""The stop signal's type (:meth:`AsyncBackend.event`)."""

AWAITS_CALLBACKS = True
"""Handlers, hooks and extensions may be coroutine functions (they are awaited)."""


class AsyncBackend:
    """One conversation's background flows, as tasks."""

    __slots__ = ("_tasks",)

    def __init__(self) -> None:
        self._tasks: set[asyncio.Task[Any]] = set()  # a task leaves it when it ends

    @staticmethod
    def event() -> asyncio.Event:
        """A new stop signal (set once, by a close)."""
        return asyncio.Event()

    @staticmethod
    def lock() -> AbstractContextManager[Any]:
        """What a step runs under: nothing, as one event loop runs every step and a step
        never awaits, so no two overlap."""
        return nullcontext()

    @staticmethod
    def hot_path_lock(lock: AbstractContextManager[Any]) -> AbstractContextManager[Any] | None:
        """What the receive's hot path takes its events under: nothing, as one event loop
        runs it and every step."""
        return None

    def spawn(self, run: Runner, flow: Any, name: str) -> asyncio.Task[Any]:
        """Start ``run(flow)`` as a task named ``name``; its handle."""
        task = asyncio.get_running_loop().create_task(run(flow), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    @staticmethod
    def current(handle: asyncio.Task[Any]) -> bool:
        """Whether the caller is the flow ``handle`` (a flow never waits for itself)."""
        return handle is asyncio.current_task()

    @staticmethod
    async def join(handle: asyncio.Task[Any], timeout: float | None) -> bool:
        """Wait at most ``timeout`` for ``handle`` to end, without stopping it; whether it has.

        Not ``wait_for``: waiting must not cancel it (a caller's timeout leaves it running).
        """
        await asyncio.wait((handle,), timeout=timeout)
        return handle.done()

    def stop(self) -> None:
        """Stop every flow still running (a close: they have no conversation left)."""
        for task in list(self._tasks):
            task.cancel()

    @staticmethod
    async def off_loop(fn: Callable[[Any], Any], arg: Any) -> Any:
        """``fn(arg)`` in a worker thread (the loop's default executor), awaited: the event
        loop runs every other task meanwhile."""
        return await asyncio.to_thread(fn, arg)

    @staticmethod
    async def awaited(result: Awaitable[Any], refusal: str) -> Any:
        """What a handler that returned an awaitable returned: it awaited."""
        del refusal  # only a blocking driver refuses one
        return await result
