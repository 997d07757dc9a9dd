"""How the blocking conversation carries out the core's actions: by blocking, on threads.

The blocking counterpart of :mod:`._actions_async` (the only part of the two drivers
written twice; ``_sync`` is generated from ``_async``). Here background flows (a
reconnect, a move to a new session) run on daemon threads, so one that hangs cannot keep
the process alive; a handler that returns an awaitable is refused.

Flows run on several threads (the app's, the receiving one, an extension's), so steps are
serialized: the core's state, the reconnect send queue included, changes only inside a
step, one thread at a time, and never while an action blocks.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any, TypeAlias

from realtime_ext._exceptions import InvalidArgumentError

from . import _core as act
from ._core import Core, Flow
from ._transport import SyncReopen, SyncTransport

Pending: TypeAlias = None
"""What a typed send returns on this driver (it has been sent on return)."""


class SyncActions:
    """The blocking side of one conversation's driver: its step lock and its stop event."""

    awaits_callbacks = False
    """Handlers, hooks and extensions are called synchronously; an awaitable is refused."""

    __slots__ = ("_core", "_lock", "_reopen", "_run", "_stop", "lock")

    def __init__(
        self,
        core: Core[SyncTransport],
        reopen: SyncReopen | None,
        run: Callable[[Flow[Any]], Any],
    ) -> None:
        self._core = core
        self._reopen = reopen
        self._run = run  # the conversation's _run: Background runs flows with it
        self._stop = threading.Event()
        # Reentrant: an extension's observe() runs inside a step and may itself send.
        self._lock = threading.RLock()
        # What an extension's Link changes (from a tool thread) changes under the step lock.
        self.lock: AbstractContextManager[Any] = self._lock

    def step(self, flow: Flow[Any], result: Any, error: BaseException | None) -> Any:
        """Resume ``flow`` with ``result`` (or ``error`` thrown in); its next action.

        Under the lock: a send from a tool thread and the receiving thread's reconnect
        (begin, flush, give up) see the send queue and the transport one at a time. A
        background flow starts here, under the lock too, its handle set as it starts: a
        close (whose steps take the lock) never finds it running without one.
        """
        with self._lock:
            action = flow.send(result) if error is None else flow.throw(error)
            if isinstance(action, act.Background):
                outcome = _start(self._run, action.flow, f"realtime-{action.name}")
                if action.holder is not None:
                    action.holder.handle = outcome
                return _STARTED
            return action

    def do(self, action: object) -> Any:
        """Carry out one action, blocking; its result (or its exception) resumes the flow."""
        if isinstance(action, act.Receive):
            return action.transport.recv_message(action.timeout)
        if isinstance(action, act.Send):
            return action.transport.send_text(action.text)
        if isinstance(action, act.Call):
            result = action.fn(action.arg)
            if inspect.isawaitable(result):
                getattr(result, "close", lambda: None)()  # never awaited: no warning
                raise InvalidArgumentError(action.refusal)
            return result
        if isinstance(action, act.Sleep):
            return self._core.reconnector.clock.sleep(action.seconds, until=self._stop)
        if isinstance(action, act.Reopen):
            assert self._reopen is not None
            return self._reopen(action.url, action.headers)
        if action is _STARTED:  # a Background, started by step()
            return None
        if isinstance(action, act.Join):
            joined: _Outcome = action.handle
            if joined.thread is threading.current_thread():
                return False
            return joined.done.wait(action.timeout)
        if isinstance(action, act.Retire):
            return action.transport.close(action.code, action.reason)
        if isinstance(action, act.Close):
            self._stop.set()
            return action.transport.close(action.code, action.reason)
        raise TypeError(f"unknown action {action!r}")


_STARTED = object()
"""What :meth:`SyncActions.step` hands :meth:`SyncActions.do` for a background flow it started."""


class _Outcome:
    """The result of a function run on a daemon thread."""

    __slots__ = ("done", "error", "thread", "value")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None


def _start(fn: Callable[[Any], Any], arg: Any, name: str) -> _Outcome:
    """Run ``fn(arg)`` on a new daemon thread (a hung flow must not keep the process up)."""
    outcome = _Outcome()

    def target() -> None:
        try:
            outcome.value = fn(arg)
        except BaseException as exc:  # delivered to whoever waits for the outcome
            outcome.error = exc
        finally:
            outcome.done.set()

    outcome.thread = threading.Thread(target=target, name=name, daemon=True)
    outcome.thread.start()
    return outcome
