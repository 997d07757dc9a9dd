"""``AsyncConversation``: the Realtime conversation over any :class:`AsyncTransport`."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine
from types import TracebackType
from typing import TYPE_CHECKING, Any, Self, overload

from realtime_ext._errors import RealtimeError
from realtime_ext.events import parse_server_event
from realtime_ext.events._sends import (
    ConversationSends,
    InputAudioBufferSends,
    OutputAudioBufferSends,
    RealtimeSends,
    ResponseSends,
    SessionSends,
)

from ._audio import DEFAULT_SAMPLE_RATE, AudioCollector, append_events
from ._core import WATCHED, Core, check_size
from ._errors import ConnectionClosedError
from ._handlers import H, Handler, event_type
from ._reconnect import ReconnectedEvent, Reconnector, close_code_of
from ._tools import DEFAULT_TOOL_TIMEOUT, ToolRunner
from ._transport import AsyncReopen, AsyncTransport

if TYPE_CHECKING:
    from realtime_ext.events import ServerEvent
    from realtime_ext.tools import ToolRegistry

Pending = Coroutine[Any, Any, None]


class AsyncConversation:
    """A Realtime conversation for asyncio over any :class:`AsyncTransport`.

    Typed sends (``await conn.response.create()``), typed receives, handlers
    (``on``/``once``/``off``, run by :meth:`dispatch`, :meth:`run`, :meth:`run_until`,
    :meth:`collect_audio`), server errors raised as
    :class:`~realtime_ext.RealtimeServerError`, opt-in reconnect and the tool loop
    (:meth:`run_tools`). ``AsyncRealtimeConnection`` (WebSocket) and the WebRTC call are
    this class over their transports.

    Example::

        async with aconnect(api_key=key, base_url=url, model="gpt-realtime") as conn:
            await conn.response.create()
            done = await conn.run_until("response.done")
    """

    session: SessionSends[Pending]
    response: ResponseSends[Pending]
    conversation: ConversationSends[Pending]
    input_audio_buffer: InputAudioBufferSends[Pending]
    output_audio_buffer: OutputAudioBufferSends[Pending]

    def __init__(
        self,
        transport: AsyncTransport,
        *,
        max_size: int | None = None,
        reopen: AsyncReopen | None = None,
        reconnector: Reconnector | None = None,
    ) -> None:
        self._transport = transport
        self._reopen = reopen
        reconnector = reconnector if reconnector is not None else Reconnector(url="")
        if reopen is None:
            reconnector.max_retries = 0
        self._core = Core(max_size=max_size, reconnector=reconnector)
        self._tasks: set[asyncio.Task[None]] = set()
        sends: RealtimeSends[Pending] = RealtimeSends(self.send)
        self.session = sends.session
        self.response = sends.response
        self.conversation = sends.conversation
        self.input_audio_buffer = sends.input_audio_buffer
        self.output_audio_buffer = sends.output_audio_buffer

    @property
    def transport(self) -> AsyncTransport:
        """The transport in use (a new one after each reconnect)."""
        return self._transport

    @property
    def reconnects(self) -> int:
        """How many times this conversation reconnected."""
        return self._core.reconnector.count

    # -- sending -------------------------------------------------------------------------
    async def send_raw(self, data: str | bytes) -> None:
        """Send one message as is (``bytes`` are UTF-8 JSON text); size-checked.

        During a reconnect the message is queued (bounded by ``max_queued_bytes``) and sent
        on the new connection; a full queue raises ``SendQueueFullError``.
        """
        check_size(data, self._core.max_size)
        text = data if isinstance(data, str) else bytes(data).decode("utf-8")
        await self._send_text(text)

    async def send(self, event: object) -> None:
        """Send a client event: a generated model, anything with ``to_dict()``, or a dict.

        Raises :class:`MessageTooLargeError` before sending when over ``max_size``.
        """
        await self._send_text(self._core.encode(event))

    async def _send_text(self, text: str) -> None:
        reconnector = self._core.reconnector
        if reconnector.offer(text):
            return
        transport = self._transport
        try:
            await transport.send_text(text)
        except RealtimeError as exc:
            if reconnector.should_reconnect(exc) is None or self._reopen is None:
                raise
            if self._transport is not transport:  # a reconnect finished meanwhile
                await self._transport.send_text(text)
                return
            reconnector.hold(text)

    # -- receiving -----------------------------------------------------------------------
    async def recv_message(self, timeout: float | None = None) -> str | bytes:
        """The next message, undecoded; reconnects first when that is enabled and allowed."""
        try:
            return await self._transport.recv_message(timeout)
        except RealtimeError as exc:
            return await self._recover(exc, timeout)

    async def _recover(self, exc: RealtimeError, timeout: float | None) -> str | bytes:
        """Reconnect after ``exc`` when allowed (else re-raise it), then receive again."""
        while True:
            reconnector = self._core.reconnector
            code = reconnector.should_reconnect(exc) if self._reopen is not None else None
            if code is None:
                if reconnector.queued:
                    raise reconnector.failed(close_code_of(exc) or 1006, 0, exc) from exc
                raise exc
            await self._reconnect(code, exc)
            try:
                return await self._transport.recv_message(timeout)
            except RealtimeError as again:
                exc = again

    async def recv_bytes(self, timeout: float | None = None) -> bytes:
        """The next message, undecoded (UTF-8 bytes of the JSON text)."""
        data = await self.recv_message(timeout)
        return data if isinstance(data, bytes) else data.encode()

    async def recv(self, timeout: float | None = None) -> ServerEvent:
        """The next server event, typed (unknown types give ``UnknownEvent``).

        Raises :class:`~realtime_ext.RealtimeServerError` for an ``error`` event unless an
        ``error`` handler is registered, :class:`ConnectionClosedError` once closed,
        ``APIConnectionError`` if the socket dropped (and was not reconnected),
        ``APITimeoutError`` after ``timeout`` seconds without a message.
        """
        try:
            message = await self._transport.recv_message(timeout)
        except RealtimeError as exc:
            message = await self._recover(exc, timeout)
        event = parse_server_event(message)
        # The wire type (also of an event that failed to decode, so a malformed ``error``
        # still raises): one slot read and a set lookup keep the hot path short.
        if event.type_ in WATCHED:
            calls = self._core.inspect(event)
            if calls:
                self._answer(calls)
        return event

    async def __aiter__(self) -> AsyncIterator[ServerEvent]:
        """Server events until the connection closes cleanly (drops and errors raise)."""
        while True:
            try:
                event = await self.recv()
            except ConnectionClosedError:
                return
            yield event

    # -- handlers ------------------------------------------------------------------------
    @overload
    def on(self, kind: str, handler: H) -> H: ...
    @overload
    def on(self, kind: str, handler: None = None) -> Callable[[H], H]: ...
    def on(self, kind: str, handler: H | None = None) -> H | Callable[[H], H]:
        """Register ``handler`` (sync or async) for events of type ``kind`` (``"*"``: all).

        Usable as a decorator. Handlers run inside :meth:`dispatch`, :meth:`run`,
        :meth:`run_until` and :meth:`collect_audio`, in registration order; async ones are
        awaited. An ``error`` handler means the app handles server errors itself: they are
        then delivered as events instead of raised. A handler that raises stops the loop
        that called it: the exception propagates unchanged, the event counts as consumed,
        the handlers after it are skipped for that event, and the connection stays open.

        Example::

            @conn.on("response.output_text.delta")
            async def show(event):
                print(event.delta, end="")
        """
        return self._core.on(kind, handler, once=False)

    @overload
    def once(self, kind: str, handler: H) -> H: ...
    @overload
    def once(self, kind: str, handler: None = None) -> Callable[[H], H]: ...
    def once(self, kind: str, handler: H | None = None) -> H | Callable[[H], H]:
        """Like :meth:`on`, for the next matching event only."""
        return self._core.on(kind, handler, once=True)

    def off(self, kind: str, handler: Handler | None = None) -> int:
        """Unregister ``handler`` (all handlers of ``kind`` when omitted); returns how many."""
        return self._core.handlers.remove(kind, handler)

    async def dispatch(self, event: object) -> int:
        """Call (and await) the handlers registered for ``event``'s type; returns how many."""
        handlers = self._core.handlers.take(event_type(event))
        for handler in handlers:
            result = handler(event)
            if inspect.isawaitable(result):
                await result
        return len(handlers)

    async def run_until(self, *kinds: str, timeout: float | None = None) -> ServerEvent:
        """Receive and dispatch events until one of type ``kinds`` arrives; return it.

        Example::

            done = await conn.run_until("response.done")
        """
        while True:
            event = await self.recv(timeout)
            await self.dispatch(event)
            if event_type(event) in kinds:
                return event

    async def run(self) -> None:
        """Receive and dispatch every event until the connection closes cleanly."""
        async for event in self:
            await self.dispatch(event)

    async def dispatch_events(self) -> None:
        """openai's name for :meth:`run`."""
        await self.run()

    # -- tools ---------------------------------------------------------------------------
    def run_tools(
        self, registry: ToolRegistry, *, timeout: float | None = DEFAULT_TOOL_TIMEOUT
    ) -> ToolRunner:
        """Answer every function call from now on with ``registry``'s tools.

        When a completed ``response.done`` carries function calls, they run concurrently
        (sync tools in worker threads), each output is sent, then one ``response.create``.
        Errors and timeouts (``timeout`` seconds per call) go back to the model as
        structured output. Works within any receive loop (``recv``, iteration,
        ``run_until``, ``run``). Returns a handle; ``runner.stop()`` detaches it.

        Example::

            conn.run_tools(registry)
            await conn.response.create()
            await conn.run_until("response.done")  # the call; the answer follows
        """
        return self._core.attach_tools(registry, timeout)

    def _answer(self, calls: list[dict[str, Any]]) -> None:
        runner = self._core.tools
        if runner is None:
            return
        task = asyncio.get_running_loop().create_task(runner.aanswer(calls, self.send))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- reconnect -----------------------------------------------------------------------
    async def _reconnect(self, code: int, cause: BaseException) -> None:
        reconnector = self._core.reconnector
        reopen = self._reopen
        assert reopen is not None
        reconnector.begin()
        made = 0
        last: BaseException = cause
        try:
            for attempt in reconnector.attempts(code):
                if reconnector.on_reconnecting is not None:
                    overrides = reconnector.on_reconnecting(attempt)
                    if inspect.isawaitable(overrides):
                        overrides = await overrides
                    if not reconnector.apply(overrides):
                        break
                made = attempt.attempt
                await asyncio.sleep(attempt.delay)
                try:
                    transport = await reopen(reconnector.url, reconnector.extra_headers)
                    restored, flushed = await self._restore(transport)
                except Exception as exc:
                    last = exc
                    if reconnector.fatal(exc):
                        break
                    continue
                self._transport = transport
                reconnector.count += 1
                if reconnector.on_reconnected is not None:
                    told = reconnector.on_reconnected(
                        ReconnectedEvent(made, code, reconnector.url, restored, flushed)
                    )
                    if inspect.isawaitable(told):
                        await told
                return
        except Exception as exc:  # the on_reconnecting hook failed: stop, report
            last = exc
        raise reconnector.failed(code, made, last) from last

    async def _restore(self, transport: AsyncTransport) -> tuple[bool, int]:
        reconnector = self._core.reconnector
        if reconnector.session_update is not None:
            await transport.send_text(reconnector.session_update)
        flushed = 0
        while (text := reconnector.next_queued()) is not None:
            try:
                await transport.send_text(text)
            except BaseException:
                reconnector.requeue_front(text)
                raise
            flushed += 1
        return reconnector.session_update is not None, flushed

    # -- audio ---------------------------------------------------------------------------
    async def send_audio(
        self, pcm: bytes, *, chunk_ms: int = 100, sample_rate: int = DEFAULT_SAMPLE_RATE
    ) -> int:
        """Send mono PCM16 as ``input_audio_buffer.append`` events of ``chunk_ms``; returns count.

        Example::

            await conn.send_audio(pcm)
        """
        count = 0
        for event in append_events(pcm, chunk_ms=chunk_ms, sample_rate=sample_rate):
            await self.send(event)
            count += 1
        return count

    async def collect_audio(
        self,
        until: str = "response.done",
        *,
        collector: AudioCollector | None = None,
        timeout: float | None = None,
    ) -> bytes:
        """Receive (and dispatch) events until ``until``; return the response audio bytes.

        Example::

            audio = await conn.collect_audio()
        """
        collector = collector if collector is not None else AudioCollector()
        while True:
            event = await self.recv(timeout)
            await self.dispatch(event)
            collector.feed(event)
            if event_type(event) == until:
                return collector.audio

    # -- closing -------------------------------------------------------------------------
    async def close(self, code: int = 1000, reason: str = "") -> None:
        """Close with ``code`` and ``reason`` (no reconnect after this); idempotent."""
        self._core.reconnector.closing = True
        self._core.reconnector.discard_on_close()
        for task in list(self._tasks):  # tool calls still running: their outputs have no socket
            task.cancel()
        await self._transport.close(code, reason)

    @property
    def close_code(self) -> int | None:
        """The close code (the server's, 1006 if the socket dropped); ``None`` while open."""
        return self._transport.close_code

    @property
    def close_reason(self) -> str | None:
        """The close reason; ``None`` while open."""
        return self._transport.close_reason

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
