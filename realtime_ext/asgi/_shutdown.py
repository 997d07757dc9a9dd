"""``GracefulShutdown``: when the server stops, live calls and running webhook handlers get a
deadline to finish, what is cut is logged, and deliveries meanwhile are answered 503."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from contextlib import AbstractAsyncContextManager
from types import FrameType
from typing import Literal

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import check_seconds, get_logger

from ._types import Receive, Send

__all__ = ["DEFAULT_DEADLINE", "GracefulShutdown"]

DEFAULT_DEADLINE = 20.0
"""Seconds live work gets: under gunicorn's 30 s ``graceful_timeout`` and Kubernetes' 30 s
termination grace period, with room for the hang-ups of what is cut."""
CLEANUP_SECONDS = 5.0
"""Seconds work that was cut gets to clean up (a runner hangs its call up)."""
_SIGNALS = (signal.SIGTERM, signal.SIGINT)

Kind = Literal["call", "delivery"]

_logger = get_logger("realtime_ext.asgi")


def _listing(names: list[str]) -> str:
    return ", ".join(names) if names else "none"


class GracefulShutdown:
    """Live calls and running webhook handlers of one server process, and their deadline.

    When the server stops (the ASGI lifespan shutdown, or first SIGTERM/SIGINT under a server
    that stops on it, such as uvicorn), :meth:`drain` starts:
    :attr:`closing` turns true, so a :func:`~realtime_ext.asgi.webhook_endpoint` given this
    object answers new deliveries 503 with ``Retry-After`` (OpenAI delivers them again, to a
    worker that runs), and the calls and handlers still running get ``deadline`` seconds to
    finish. Those still running then are cancelled (a :class:`~realtime_ext.asgi.CallRunner`
    call hangs up as it goes) and one warning names them. With ``catch_signals`` (the
    default) the first signal starts the drain while the server still listens, and is handed
    on to the server once it is over; a second one is handed on at once.
    Services (:meth:`add_service`: a :class:`~realtime_ext.asgi.CallRunner`'s watch for
    calls whose worker died) run while the server serves and stop when the drain starts.

    Serve it with the endpoint (``webhook_endpoint(handler, shutdown=shutdown)`` answers the
    lifespan protocol when it is the whole app) or, in FastAPI, ``FastAPI(lifespan=
    shutdown.lifespan)``.

    Example::

        shutdown = GracefulShutdown(deadline=20)
        app = FastAPI(lifespan=shutdown.lifespan)
        app.mount("/webhooks/openai", webhook_endpoint(on_event, shutdown=shutdown))
    """

    deadline: float
    """Seconds live calls and running handlers get once the drain starts."""
    retry_after: int
    """The ``Retry-After`` seconds of the 503 a delivery gets while draining."""

    def __init__(
        self,
        *,
        deadline: float = DEFAULT_DEADLINE,
        retry_after: int = 10,
        catch_signals: bool = True,
    ) -> None:
        seconds = check_seconds(deadline, "deadline", zero=True, unlimited=False)
        assert seconds is not None  # unlimited=False: never None
        if isinstance(retry_after, bool) or not isinstance(retry_after, int) or retry_after < 1:
            raise InvalidArgumentError(f"retry_after must be an int >= 1, got {retry_after!r}")
        self.deadline = seconds
        self.retry_after = retry_after
        self._catch_signals = bool(catch_signals)
        self._work: dict[asyncio.Task[object], tuple[Kind, str]] = {}
        self._closing = False
        self._drained: asyncio.Future[list[str]] | None = None
        self._previous: dict[int, object] = {}
        self._signal_task: asyncio.Future[None] | None = None  # held: a task is weakly kept
        self._services: list[Callable[[], Awaitable[object]]] = []
        self._service_tasks: list[asyncio.Future[object]] = []  # held while they run

    def __repr__(self) -> str:
        return (
            f"GracefulShutdown(deadline={self.deadline}, live={len(self._work)}, "
            f"closing={self._closing})"
        )

    @property
    def closing(self) -> bool:
        """True once the drain started: new deliveries are answered 503."""
        return self._closing

    def live(self, kind: Kind | None = None) -> list[str]:
        """The names (call ids, ``webhook-id`` values) of the work running now.

        Example::

            shutdown.live("call")  # ['rtc_123']
        """
        return [name for k, name in self._work.values() if kind is None or k == kind]

    def add_service(self, run: Callable[[], Awaitable[object]]) -> None:
        """Run ``run()`` in a task of its own while the server serves: from its startup (the
        lifespan; without one, the first delivery or call) until the drain starts, when it
        is cancelled. A :class:`~realtime_ext.asgi.CallRunner` adds its watch for calls whose
        worker died, so that a draining worker takes none over.

        Example::

            async def report() -> None:
                while True:
                    await asyncio.sleep(60)
                    print(len(shutdown.live("call")), "calls")

            shutdown.add_service(report)
        """
        if not callable(run):
            raise InvalidArgumentError(
                f"run must be an async function of no arguments, got {type(run).__name__}"
            )
        self._services.append(run)
        if self._service_tasks and not self._closing:  # serving already: started now
            self._service_tasks.append(asyncio.ensure_future(run()))

    def _start_services(self) -> None:
        """Start the services, once, unless the drain started (on the event loop)."""
        if self._service_tasks or self._closing:
            return
        self._service_tasks = [asyncio.ensure_future(run()) for run in self._services]
        if not self._service_tasks:
            # Nothing to run: a done placeholder, so this is not tried again per delivery.
            done: asyncio.Future[object] = asyncio.get_running_loop().create_future()
            done.set_result(None)
            self._service_tasks = [done]

    def add_call(self, call_id: str, task: asyncio.Task[object]) -> None:
        """Give ``task`` (the session of call ``call_id``) the deadline when the server stops;
        it is forgotten once it is done.

        Example::

            shutdown.add_call(event.call_id, asyncio.create_task(run_call(event)))
        """
        self._start_services()
        self._add(task, "call", call_id)

    @contextlib.contextmanager
    def delivery(self, msg_id: str) -> Generator[None]:
        """Within the block, the current task handles delivery ``msg_id``: it gets the
        deadline when the server stops.

        Example::

            with shutdown.delivery("msg_1"):
                await handler(event)
        """
        task = asyncio.current_task()
        if task is None:  # not in a task (a bare coroutine driven by hand): nothing to cancel
            yield
            return
        self._start_services()
        self._add(task, "delivery", msg_id)
        try:
            yield
        finally:
            self._work.pop(task, None)

    def _add(self, task: asyncio.Task[object], kind: Kind, name: str) -> None:
        if task.done():
            return
        self._work[task] = (kind, name)
        task.add_done_callback(self._forget)

    def _forget(self, task: asyncio.Task[object]) -> None:
        self._work.pop(task, None)

    async def drain(self) -> list[str]:
        """Close, give the work running now the deadline, cancel what is left; returns the
        names of what was cut (also logged). A second call waits for the first one.

        Example::

            cut = await shutdown.drain()  # e.g. ['call rtc_123']
        """
        self._closing = True
        if self._drained is None:
            self._drained = asyncio.ensure_future(self._drain())
        return list(await asyncio.shield(self._drained))

    async def _drain(self) -> list[str]:
        self._closing = True
        for service in self._service_tasks:
            service.cancel()  # a draining worker starts nothing new (takes no call over)
        work = dict(self._work)
        if not work:
            _logger.info("graceful shutdown: no live call or webhook delivery")
            return []
        _logger.info(
            "graceful shutdown: %d live call(s) (%s) and %d webhook delivery(ies) (%s) get "
            "%.1f s to finish; new deliveries are answered 503",
            len(self.live("call")),
            _listing(self.live("call")),
            len(self.live("delivery")),
            _listing(self.live("delivery")),
            self.deadline,
        )
        _, pending = await asyncio.wait(work, timeout=self.deadline)
        if not pending:
            _logger.info("graceful shutdown: every live call and webhook delivery finished")
            return []
        calls = sorted(work[t][1] for t in pending if work[t][0] == "call")
        deliveries = sorted(work[t][1] for t in pending if work[t][0] == "delivery")
        _logger.warning(
            "graceful shutdown: the %.1f s deadline passed; cut %d live call(s): %s; "
            "cut %d webhook delivery(ies): %s",
            self.deadline,
            len(calls),
            _listing(calls),
            len(deliveries),
            _listing(deliveries),
        )
        for task in pending:
            task.cancel(f"graceful shutdown: the {self.deadline} s deadline passed")
        # The cut work cleans up (a runner hangs its call up) before the server goes.
        await asyncio.wait(pending, timeout=CLEANUP_SECONDS)
        return [f"call {c}" for c in calls] + [f"delivery {d}" for d in deliveries]

    # -- when the server stops ------------------------------------------------------------
    @contextlib.asynccontextmanager
    async def _lifespan(self) -> AsyncGenerator[None]:
        self._start()
        try:
            yield
        finally:
            try:
                await self.drain()
            finally:
                self._restore_signals()

    def lifespan(self, app: object) -> AbstractAsyncContextManager[None]:
        """The app's lifespan (``FastAPI(lifespan=shutdown.lifespan)``, Starlette alike):
        signals are caught at startup, the drain runs at shutdown.

        Example::

            app = FastAPI(lifespan=shutdown.lifespan)
        """
        return self._lifespan()

    async def serve_lifespan(self, receive: Receive, send: Send) -> None:
        """Answer the ASGI lifespan protocol (when this process's app is an endpoint given
        this object): catch signals at startup, drain at shutdown.

        Example::

            await shutdown.serve_lifespan(receive, send)  # for scope["type"] == "lifespan"
        """
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                self._start()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                try:
                    await self.drain()
                finally:
                    self._restore_signals()
                await send({"type": "lifespan.shutdown.complete"})
                return

    # -- signals ----------------------------------------------------------------------------
    def _start(self) -> None:
        """Start the services; catch the first SIGTERM/SIGINT, when asked, from the main
        thread only (Python handles signals there), and only over a server's own Python
        handler: a server that reads signals through the event loop stops on them itself,
        and drains at lifespan."""
        self._start_services()
        if not self._catch_signals or threading.current_thread() is not threading.main_thread():
            return
        for signum in _SIGNALS:
            previous = signal.getsignal(signum)
            if callable(previous) and previous is not signal.default_int_handler:
                self._previous[signum] = previous
                signal.signal(signum, self._on_signal)

    def _restore_signals(self) -> None:
        for signum, previous in self._previous.items():
            if signal.getsignal(signum) == self._on_signal:
                signal.signal(signum, previous)  # type: ignore[arg-type]  # getsignal's value
        self._previous.clear()

    def _on_signal(self, signum: int, frame: FrameType | None) -> None:
        # Python runs this between two bytecodes of the main thread, here the event loop's.
        closing, self._closing = self._closing, True
        if closing or not self._work:
            self._hand_on(signum)
            return
        # Through the loop's wake-up pipe: the loop may be asleep in select().
        asyncio.get_running_loop().call_soon_threadsafe(self._start_drain, signum)

    def _start_drain(self, signum: int) -> None:
        self._signal_task = asyncio.ensure_future(self._drain_then_hand_on(signum))

    async def _drain_then_hand_on(self, signum: int) -> None:
        try:
            await self.drain()
        finally:
            self._hand_on(signum)

    def _hand_on(self, signum: int) -> None:
        """Give ``signum`` to the server's handler (put back first), as if it came now."""
        self._restore_signals()
        signal.raise_signal(signum)
