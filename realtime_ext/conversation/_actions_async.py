"""How the asyncio conversation carries out the core's actions: by awaiting, on tasks.

This is all that differs between the two drivers: :mod:`._async` (``AsyncConversation``)
is otherwise the same text as the blocking one, which ``scripts/gen_sync.py`` generates
from it with :mod:`._actions_sync` in place of this module. Here background flows (a
reconnect, a move to a new session) are tasks, cancelled by a close; handlers, hooks and
extensions may be coroutine functions (awaited).
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Coroutine
from contextlib import AbstractContextManager, nullcontext
from typing import Any, TypeAlias

from . import _core as act
from ._core import Core, Flow
from ._transport import AsyncReopen, AsyncTransport

Pending: TypeAlias = Coroutine[Any, Any, None]
"""What a typed send returns on this driver (``await conn.response.create()``)."""


class AsyncActions:
    """The asyncio side of one conversation's driver: its tasks and its stop event."""

    awaits_callbacks = True
    """Handlers, hooks and extensions may be coroutine functions (they are awaited)."""

    __slots__ = ("_core", "_reopen", "_run", "_stop", "_tasks", "lock")

    def __init__(
        self,
        core: Core[AsyncTransport],
        reopen: AsyncReopen | None,
        run: Callable[[Flow[Any]], Coroutine[Any, Any, Any]],
    ) -> None:
        self._core = core
        self._reopen = reopen
        self._run = run  # the conversation's _run: Background runs flows with it
        self._stop = asyncio.Event()
        self._tasks: set[asyncio.Task[None]] = set()
        # One event loop runs every step: what an extension's Link changes needs no lock.
        self.lock: AbstractContextManager[Any] = nullcontext()

    @staticmethod
    def step(flow: Flow[Any], result: Any, error: BaseException | None) -> Any:
        """Resume ``flow`` with ``result`` (or ``error`` thrown in); its next action.

        One event loop runs every flow and a step never awaits: no two steps overlap.
        """
        return flow.send(result) if error is None else flow.throw(error)

    async def do(self, action: object) -> Any:
        """Carry out one action, awaiting; its result (or its exception) resumes the flow."""
        if isinstance(action, act.Receive):
            return await action.transport.recv_message(action.timeout)
        if isinstance(action, act.Send):
            return await action.transport.send_text(action.text)
        if isinstance(action, act.Call):
            result = action.fn(action.arg)
            return await result if inspect.isawaitable(result) else result
        if isinstance(action, act.Sleep):
            clock = self._core.reconnector.clock
            return await clock.asleep(action.seconds, until=self._stop)
        if isinstance(action, act.Reopen):
            assert self._reopen is not None
            return await self._reopen(action.url, action.headers)
        if isinstance(action, act.Background):
            task = asyncio.get_running_loop().create_task(
                self._run(action.flow), name=f"realtime-{action.name}"
            )
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
            if action.holder is not None:  # set before the task runs: no await in between
                action.holder.handle = task
            return None
        if isinstance(action, act.Join):
            task = action.handle
            if task is asyncio.current_task():
                return False
            # Not wait_for: waiting must not cancel it (a caller's timeout leaves it running).
            await asyncio.wait((task,), timeout=action.timeout)
            return task.done()
        if isinstance(action, act.Retire):
            return await action.transport.close(action.code, action.reason)
        if isinstance(action, act.Close):
            self._stop.set()
            for task in list(self._tasks):  # a move still running: it has no conversation left
                task.cancel()
            return await action.transport.close(action.code, action.reason)
        raise TypeError(f"unknown action {action!r}")
