# generated from realtime_ext/_base/actions_async.py by scripts/gen_sync.py; do not edit
"""How a conversation carries out the core's actions: the one executor of both drivers.

:mod:`.conversation_sync` (``Conversation``) runs flows and hands each action to
:class:`SyncActions`;
the blocking executor (``_actions_sync``) is generated from this module by
``scripts/gen_sync.py``, as the blocking driver is from :mod:`.conversation_sync`. What
differs between
the I/O models is only primitives: how a background flow starts, is waited for and is
stopped, the stop signal, the step lock, an awaitable handler. Those are the backend's,
imported by the name the table maps: tasks for asyncio, daemon threads for blocking code
(so a flow that hangs cannot keep the process alive).
"""

from __future__ import annotations

import inspect
from typing import Any

from . import core as act
from .backend_sync import AWAITS_CALLBACKS, Runner, Signal, SyncBackend
from .backend_sync import Pending as Pending  # what a typed send returns, for the drivers
from .core import Core, Flow
from .handlers import OffLoop
from .transport import BoundedClose, SyncReopen, SyncTransport


class SyncActions:
    """One conversation's executor: its background flows, step lock and stop event."""

    awaits_callbacks = AWAITS_CALLBACKS
    """Whether handlers, hooks and extensions may be coroutine functions (awaited)."""

    __slots__ = ("_backend", "_core", "_reopen", "_run", "_stop", "_stopped", "lock")

    def __init__(self, core: Core[SyncTransport], reopen: SyncReopen | None, run: Runner) -> None:
        self._core = core
        self._reopen = reopen
        self._run = run  # the conversation's _run: a background flow runs with it
        self._backend = SyncBackend()
        # The stop signal is made at the first sleep (a reconnect's backoff): its Event
        # holds about 860 bytes, and most sessions never sleep. Stopped before: made set.
        self._stop: Signal | None = None
        self._stopped = False
        self.lock = self._backend.lock()
        """What a step runs under; what an extension's Link changes changes under it too."""
        # The receive's hot path takes an event outside any flow: a step too. On threads,
        # what it settles (the responses owed, the sends unconfirmed, the extensions told)
        # must not change under a tool thread's send step, nor the send's under it.
        core.step_lock = self._backend.hot_path_lock(self.lock)

    def step(self, flow: Flow[Any], result: Any, error: BaseException | None) -> Any:
        """Resume ``flow`` with ``result`` (or ``error`` thrown in); its next action.

        Under the step lock: a send from a tool thread and the receiving thread's reconnect
        (begin, flush, give up) see the send queue and the transport one at a time. A
        background flow starts here, in the same step, its handle set as it starts: a close
        (whose steps take the lock) never finds it running without one.
        """
        with self.lock:
            action = flow.send(result) if error is None else flow.throw(error)
            if isinstance(action, act.Background):
                handle = self._backend.spawn(self._run, action.flow, f"realtime-{action.name}")
                if action.holder is not None:
                    action.holder.handle = handle
                return _STARTED
            return action

    def _stop_signal(self) -> Signal:
        """The stop signal, made now if no sleep needed it yet (under the step lock: two
        flows sleeping at once on threads share one, which a close sets)."""
        with self.lock:
            if self._stop is None:
                self._stop = self._backend.event()
                if self._stopped:
                    self._stop.set()
            return self._stop

    def do(self, action: object) -> Any:
        """Carry out one action; its result (or its exception) resumes the flow."""
        if isinstance(action, act.Receive):
            return action.transport.recv_message(action.timeout)
        if isinstance(action, act.Send):
            return action.transport.send_text(action.text)
        if isinstance(action, act.Call):
            fn = action.fn
            if isinstance(fn, OffLoop):  # on(..., off_loop=True): in a worker thread
                result = self._backend.off_loop(fn.fn, action.arg)
            else:
                result = fn(action.arg)
            if inspect.isawaitable(result):
                return self._backend.awaited(result, action.refusal)
            return result
        if isinstance(action, act.Sleep):
            clock = self._core.reconnector.clock
            return clock.sleep(action.seconds, until=self._stop_signal())
        if isinstance(action, act.Reopen):
            assert self._reopen is not None
            return self._reopen(action.url, action.headers)
        if action is _STARTED:  # a Background, started by step()
            return None
        if isinstance(action, act.Join):
            if self._backend.current(action.handle):
                return None  # a flow never waits for itself (Join)
            return self._backend.join(action.handle, action.timeout)
        if isinstance(action, act.Retire):
            _limit(action.transport, action.within)
            return action.transport.close(action.code, action.reason)
        if isinstance(action, act.Close):
            with self.lock:
                self._stopped = True
                stop = self._stop
            if stop is not None:
                stop.set()
            self._backend.stop()  # a move still running has no conversation left
            _limit(action.transport, action.within)
            return action.transport.close(action.code, action.reason)
        raise TypeError(f"unknown action {action!r}")


def _limit(transport: object, within: float | None) -> None:
    """Bound the closing handshake of ``transport`` by ``within`` seconds, when it can be."""
    if within is not None and isinstance(transport, BoundedClose):
        transport.limit_close(within)


_STARTED = object()
"""What :meth:`SyncActions.step` hands :meth:`SyncActions.do` for a background flow it started."""
