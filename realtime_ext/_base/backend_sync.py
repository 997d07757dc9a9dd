"""The thread primitives the blocking conversation's executor (:mod:`.actions_sync`,
generated from :mod:`.actions_async`) is written with: a background flow runs on a daemon
thread, the stop signal is a ``threading.Event``, steps are serialized by a lock, a
handler's awaitable is refused.

The blocking counterpart of :mod:`.backend_async` (see there why the backends are the one
part written twice). Daemon threads: a flow that hangs cannot keep the process alive. A
thread cannot be cancelled: a close sets the stop event, which ends every sleep and
reconnect backoff at once, and the flow ends at its next step.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager
from typing import Any, TypeAlias

from realtime_ext._exceptions import InvalidArgumentError

Pending: TypeAlias = None
"""What a typed send returns on this driver (it has been sent on return)."""

Runner: TypeAlias = Callable[[Any], Any]
"""How a conversation runs a flow to its end (its ``_run``)."""

Signal: TypeAlias = threading.Event
"""The stop signal's type (:meth:`SyncBackend.event`)."""

AWAITS_CALLBACKS = False
"""Handlers, hooks and extensions are called synchronously; an awaitable is refused."""


class Outcome:
    """A flow run on a daemon thread: the thread, and whether it has ended."""

    __slots__ = ("done", "error", "thread", "value")

    def __init__(self) -> None:
        self.done = threading.Event()
        self.value: Any = None
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None


class SyncBackend:
    """One conversation's background flows, as daemon threads."""

    __slots__ = ()

    @staticmethod
    def event() -> threading.Event:
        """A new stop signal (set once, by a close)."""
        return threading.Event()

    @staticmethod
    def lock() -> AbstractContextManager[Any]:
        """What a step runs under: flows run on several threads (the app's, the receiving
        one, a tool's), so steps are serialized; reentrant, as an extension's ``observe``
        runs inside a step and may itself send."""
        return threading.RLock()

    @staticmethod
    def hot_path_lock(lock: AbstractContextManager[Any]) -> AbstractContextManager[Any] | None:
        """What the receive's hot path takes its events under: the step ``lock``, so a
        step on another thread (a tool's send) and the taking see the conversation's state
        one at a time."""
        return lock

    @staticmethod
    def spawn(run: Runner, flow: Any, name: str) -> Outcome:
        """Start ``run(flow)`` on a new daemon thread named ``name``; its handle."""
        outcome = Outcome()

        def target() -> None:
            try:
                outcome.value = run(flow)
            except BaseException as exc:  # delivered to whoever waits for the outcome
                outcome.error = exc
            finally:
                outcome.done.set()

        outcome.thread = threading.Thread(target=target, name=name, daemon=True)
        outcome.thread.start()
        return outcome

    @staticmethod
    def current(handle: Outcome) -> bool:
        """Whether the caller is the flow ``handle`` (a flow never waits for itself)."""
        return handle.thread is threading.current_thread()

    @staticmethod
    def join(handle: Outcome, timeout: float | None) -> bool:
        """Wait at most ``timeout`` for ``handle`` to end, without stopping it; whether it has."""
        return handle.done.wait(timeout)

    def stop(self) -> None:
        """Nothing to stop: a thread cannot be cancelled (the stop event ends its waits)."""

    @staticmethod
    def off_loop(fn: Callable[[Any], Any], arg: Any) -> Any:
        """``fn(arg)`` here: a blocking conversation's handlers already run on its own
        receiving thread, which blocks no other session."""
        return fn(arg)

    @staticmethod
    def awaited(result: Awaitable[Any], refusal: str) -> Any:
        """A handler returned an awaitable, which blocking code cannot await: refused."""
        getattr(result, "close", lambda: None)()  # never awaited: no warning
        raise InvalidArgumentError(refusal)
