"""``CallRunner``: answers each incoming SIP call with a session, runs its tool loop over the
sideband, and hangs up when a tool says so, the caller leaves or the server stops."""

from __future__ import annotations

import asyncio
import contextvars
from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

from .._config import check_seconds
from .._exceptions import APIStatusError, InvalidArgumentError, OpenAIError
from .._redact import get_logger
from ..connection import AsyncRealtimeConnection
from ..tools import ToolRegistry
from ..webhooks import RealtimeCallIncomingEvent, WebhookEvent
from ._shutdown import GracefulShutdown

if TYPE_CHECKING:
    from realtime_ext import AsyncRealtimeClient

__all__ = ["CallRunner", "RunningCall", "current_call"]

GOODBYE_SECONDS = 15.0
"""Seconds the reply that follows ``hang_up()`` (the goodbye) gets before the call ends."""
HANGUP_SECONDS = 10.0
"""Seconds the final hangup request gets (the call may be ending because the server stops)."""

_logger = get_logger("realtime_ext.asgi")


def current_call() -> RunningCall:
    """The call whose tool is running now (inside a :class:`CallRunner`'s tools only).

    Raises ``LookupError`` outside them.

    Example::

        @tools.register
        def end_call() -> str:
            '''Hang up once the goodbye is said.'''
            current_call().hang_up()
            return "Say goodbye."
    """
    try:
        return _current.get()
    except LookupError:
        raise LookupError(
            "current_call() is only known inside a tool that a CallRunner runs for a call"
        ) from None


class _Progress:
    """What the runner tracks of one call, shared with its :class:`RunningCall`."""

    __slots__ = ("ended", "hang_up_after", "replies")

    def __init__(self) -> None:
        self.replies: int = 0  # response.done events seen
        self.hang_up_after: int | None = None  # hang up at the first reply past this count
        self.ended: asyncio.Event = asyncio.Event()


class RunningCall:
    """One call a :class:`CallRunner` answered: its event, its sideband, its end.

    Example::

        call = current_call()
        call.call_id, call.event.caller
        call.hang_up()  # after the reply that follows
    """

    def __init__(self, event: RealtimeCallIncomingEvent, progress: _Progress) -> None:
        self.event: RealtimeCallIncomingEvent = event
        """The ``realtime.call.incoming`` event that announced the call."""
        self.connection: AsyncRealtimeConnection | None = None
        """The sideband (``client.connect(call_id=...)``), once open."""
        self._progress = progress

    @property
    def call_id(self) -> str:
        """The call's id (``rtc_...``)."""
        return self.event.call_id

    @property
    def hanging_up(self) -> bool:
        """True once :meth:`hang_up` was asked for."""
        return self._progress.hang_up_after is not None

    def hang_up(self) -> None:
        """End the call once the reply that follows is done (the model's goodbye, after the
        tool output; at most ``GOODBYE_SECONDS``), then hang up.

        Example::

            current_call().hang_up()
        """
        progress = self._progress
        if progress.hang_up_after is None:
            progress.hang_up_after = progress.replies

    async def ended(self) -> None:
        """Wait until the call has ended and been hung up.

        Example::

            await call.ended()
        """
        await self._progress.ended.wait()

    def __repr__(self) -> str:
        return f"RunningCall(call_id={self.call_id!r}, hanging_up={self.hanging_up})"


_current: contextvars.ContextVar[RunningCall] = contextvars.ContextVar("realtime_ext_call")

CallStart = Callable[["RunningCall", AsyncRealtimeConnection], Awaitable[object]]
"""``async def on_start(call, conn)``: called once a call's sideband is open. ``conn`` is
what ``client.connect(call_id=...)`` gives, so annotate it as the guides do:
``realtime_ext.connection.AsyncRealtimeConnection``."""


class CallRunner:
    """Answer SIP calls: use it as the webhook handler (``webhook_endpoint(runner,
    shutdown=runner.shutdown)``).

    For each ``realtime.call.incoming`` event it accepts the call with ``session`` (the
    ``tools`` registry's tools added), returns (so the delivery is answered 200 at once),
    and in a task of its own opens the sideband, answers the model's function calls with
    ``tools`` (``timeout`` seconds per call), asks for a first reply when ``greet``, and
    runs until a tool calls :func:`current_call` ``().hang_up()`` (after the goodbye), the
    caller leaves (the sideband closes) or the server stops (the call gets
    ``shutdown``'s deadline); then hangs up. A redelivery of a call already accepted starts
    no second session; a call that ended before it was accepted is logged, not retried.
    Each call is registered with ``shutdown`` (a :class:`GracefulShutdown`, one of its own
    by default). ``on_start(call, conn)``, when given, is awaited once the sideband is open,
    before the greeting: register handlers on ``conn`` there (transcripts, audio, any
    event), as an Agents SDK app reads its session's events. Other webhook events are
    ignored.

    Example::

        runner = CallRunner(AsyncRealtimeClient(), session=realtime_session(
            model="gpt-realtime", instructions="You answer the phone."), tools=tools)
        app = webhook_endpoint(runner, shutdown=runner.shutdown)
    """

    def __init__(
        self,
        client: AsyncRealtimeClient,
        *,
        session: Mapping[str, Any] | None = None,
        tools: ToolRegistry | None = None,
        greet: bool = True,
        timeout: float | None = 60.0,
        shutdown: GracefulShutdown | None = None,
        on_start: CallStart | None = None,
    ) -> None:
        if not callable(getattr(client, "connect", None)) or not hasattr(client, "calls"):
            raise InvalidArgumentError(
                f"client must be an AsyncRealtimeClient, got {type(client).__name__}"
            )
        if session is not None and not isinstance(session, Mapping):
            raise InvalidArgumentError(
                "session must be a dict such as realtime_session(...) returns, "
                f"got {type(session).__name__}"
            )
        if tools is not None and not isinstance(tools, ToolRegistry):
            raise InvalidArgumentError(f"tools must be a ToolRegistry, got {type(tools).__name__}")
        if shutdown is not None and not isinstance(shutdown, GracefulShutdown):
            raise InvalidArgumentError(
                f"shutdown must be a GracefulShutdown, got {type(shutdown).__name__}"
            )
        if on_start is not None and not callable(on_start):
            raise InvalidArgumentError(
                f"on_start must be an async function (call, conn), got {type(on_start).__name__}"
            )
        self.on_start: CallStart | None = on_start
        """Called with each call and its sideband once open (register handlers there)."""
        self.client: AsyncRealtimeClient = client
        self.session: dict[str, Any] = dict(session or {"type": "realtime"})
        self.tools: ToolRegistry | None = tools
        self.greet: bool = bool(greet)
        """Whether the agent speaks first (a ``response.create`` once the sideband is open)."""
        self.timeout: float | None = check_seconds(timeout, "timeout")
        """Seconds each tool call may take (its output is then an error the model reads)."""
        self.shutdown: GracefulShutdown = shutdown if shutdown is not None else GracefulShutdown()
        """Give it to ``webhook_endpoint(..., shutdown=)``: calls get its deadline."""

    def __repr__(self) -> str:
        return f"CallRunner(live={self.shutdown.live('call')!r})"

    async def __call__(self, event: WebhookEvent) -> None:
        """The webhook handler: answer a ``realtime.call.incoming``, ignore anything else."""
        if isinstance(event, RealtimeCallIncomingEvent):
            await self.answer(event)

    def _accept_session(self) -> dict[str, Any]:
        session = dict(self.session)
        if self.tools is not None and len(self.tools):
            listed: list[Any] = list(session.get("tools") or [])
            names = {
                cast("Mapping[str, Any]", t).get("name") for t in listed if isinstance(t, Mapping)
            }
            listed.extend(t for t in self.tools.tools if t["name"] not in names)
            session["tools"] = listed
        return session

    async def answer(self, event: RealtimeCallIncomingEvent) -> RunningCall | None:
        """Accept the call and start its session in a task; ``None`` when it was accepted
        before (a redelivery: its session runs where it was first accepted) or had ended.

        Example::

            call = await runner.answer(event)
        """
        call_id = event.call_id
        try:
            accepted = await self.client.calls.accept(call_id, session=self._accept_session())
        except APIStatusError as exc:
            if exc.code in ("invalid_call_state", "call_id_not_found"):
                # The caller hung up before the answer (the API refuses the call's state, or
                # no longer has it): nothing to retry for 72 hours.
                _logger.info("call %s: could not be accepted (%s); not answered", call_id, exc)
                return None
            raise
        if accepted.already_done:
            _logger.info("call %s: accepted before; no second session is started", call_id)
            return None
        progress = _Progress()
        call = RunningCall(event, progress)
        task: asyncio.Task[object] = asyncio.create_task(
            self._run(call, progress), name=f"call {call_id}"
        )
        self.shutdown.add_call(call_id, task)
        return call

    async def _run(self, call: RunningCall, progress: _Progress) -> None:
        _current.set(call)  # this task's context: its tools (tasks, threads) see the call
        try:
            async with self.client.connect(call_id=call.call_id) as conn:
                call.connection = conn
                # A server error event is logged: it ends nothing (the call goes on).

                def log_error(event: object) -> None:
                    _logger.warning("call %s: %s", call.call_id, event)

                conn.on("error", log_error)
                if self.tools is not None:
                    conn.run_tools(self.tools, timeout=self.timeout)
                if self.on_start is not None:
                    await self.on_start(call, conn)
                if self.greet:
                    await conn.response.create()
                await self._converse(call, progress, conn)
        except asyncio.CancelledError:
            raise  # the server stops (the shutdown logged it): hung up below
        except OpenAIError as exc:
            _logger.warning("call %s: the sideband failed: %s", call.call_id, exc)
        finally:
            await self._hang_up(call, progress)

    async def _converse(
        self, call: RunningCall, progress: _Progress, conn: AsyncRealtimeConnection
    ) -> None:
        loop = asyncio.get_running_loop()
        goodbye_by: float | None = None
        while True:
            if goodbye_by is None and call.hanging_up:
                goodbye_by = loop.time() + GOODBYE_SECONDS
            left = None if goodbye_by is None else max(0.0, goodbye_by - loop.time())
            try:
                event = await conn.recv(left)
            except OpenAIError as exc:  # closed (the caller left), dropped, or goodbye timed out
                if not call.hanging_up:
                    _logger.info("call %s: the sideband ended (%s)", call.call_id, exc)
                return
            if event.type == "response.done":
                progress.replies += 1  # first: hang_up() in its handler waits for the next
            try:
                await conn.dispatch(event)  # the app's handlers (on_start registered them)
            except Exception:
                # The app's bug, not the caller's: logged, and the call goes on.
                _logger.exception("call %s: a handler of %s failed", call.call_id, event.type)
            if event.type != "response.done":
                continue
            after = progress.hang_up_after
            if after is not None and progress.replies > after:
                return  # the reply that followed hang_up() is done: the goodbye was said

    async def _hang_up(self, call: RunningCall, progress: _Progress) -> None:
        try:
            async with asyncio.timeout(HANGUP_SECONDS):
                done = await self.client.calls.hangup(call.call_id)
        except (OpenAIError, TimeoutError) as exc:
            _logger.warning("call %s: the hangup failed: %s", call.call_id, exc)
        else:
            _logger.info("call %s: hung up (%s)", call.call_id, done.outcome)
        finally:
            progress.ended.set()
