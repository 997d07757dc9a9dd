"""The asyncio Realtime connection, over the ``websockets`` asyncio client."""

from __future__ import annotations

import asyncio
import base64
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from websockets.asyncio.client import ClientConnection as AsyncClientConnection
from websockets.asyncio.client import connect as ws_connect
from websockets.exceptions import ConnectionClosed

from realtime_ext._errors import APITimeoutError
from realtime_ext.events import parse_server_event

from ._audio import DEFAULT_SAMPLE_RATE, AudioCollector, pcm_chunks
from ._errors import OPEN_ERRORS, ConnectionClosedError, closed_error, handshake_error
from ._handlers import Handler, Handlers, event_type
from ._options import (
    DEFAULT_MAX_QUEUE,
    DEFAULT_MAX_SIZE,
    DEFAULT_OPEN_TIMEOUT,
    Prepared,
    check_size,
    encode,
    prepare,
)

if TYPE_CHECKING:
    from realtime_ext.events import ServerEvent


class AsyncRealtimeConnection:
    """An open Realtime WebSocket for asyncio; the async twin of ``RealtimeConnection``.

    Example::

        async with aconnect(api_key=key, base_url="https://api.openai.com/v1",
                            model="gpt-realtime") as conn:
            await conn.send(events.user_text("Hi"))
            await conn.send(events.response_create())
            async for event in conn:
                if event.type_ == "response.done":
                    break
    """

    def __init__(self, websocket: AsyncClientConnection, *, url: str, max_size: int | None) -> None:
        self._ws = websocket
        self._url = url
        self._max_size = max_size
        self._handlers = Handlers()

    def __repr__(self) -> str:
        return f"<AsyncRealtimeConnection {self._url} state={self._ws.state.name}>"

    # -- escape hatches ------------------------------------------------------------------
    @property
    def websocket(self) -> AsyncClientConnection:
        """The underlying ``websockets`` connection."""
        return self._ws

    async def send_raw(self, data: str | bytes) -> None:
        """Send one message as is (text for ``str``, binary for ``bytes``); size-checked."""
        check_size(data, self._max_size)
        try:
            await self._ws.send(data)
        except ConnectionClosed as exc:
            raise closed_error(exc, self._max_size) from exc

    async def recv_bytes(self, timeout: float | None = None) -> bytes:
        """The next message, undecoded (UTF-8 bytes of the JSON text)."""
        try:
            # websockets documents recv() as safe to cancel: no message is lost.
            data = await asyncio.wait_for(self._ws.recv(decode=False), timeout)
        except TimeoutError:
            raise APITimeoutError(f"no server event within {timeout} s") from None
        except ConnectionClosed as exc:
            raise closed_error(exc, self._max_size) from exc
        return data

    # -- events --------------------------------------------------------------------------
    async def send(self, event: object) -> None:
        """Send a client event: a generated model, anything with ``to_dict()``, or a dict.

        Raises :class:`MessageTooLargeError` before sending when over ``max_size``.
        """
        await self.send_raw(encode(event, self._max_size))

    async def recv(self, timeout: float | None = None) -> ServerEvent:
        """The next server event, typed (unknown types give ``UnknownEvent``).

        Raises :class:`ConnectionClosedError` once closed, ``APIConnectionError`` if the
        socket dropped, ``APITimeoutError`` after ``timeout`` seconds without a message.
        """
        return parse_server_event(await self.recv_bytes(timeout))

    async def __aiter__(self) -> AsyncIterator[ServerEvent]:
        """Server events until the connection closes cleanly (drops still raise)."""
        while True:
            try:
                event = await self.recv()
            except ConnectionClosedError:
                return
            yield event

    # -- handlers ------------------------------------------------------------------------
    def on(self, kind: str, handler: Handler | None = None) -> Any:
        """Register ``handler`` (sync or async) for events of type ``kind`` (``"*"``: all).

        Usable as a decorator. Handlers run inside :meth:`dispatch`, :meth:`run`,
        :meth:`run_until` and :meth:`collect_audio`, in order; async ones are awaited.

        Example::

            @conn.on("response.output_text.delta")
            async def show(event):
                print(event.delta, end="")
        """
        if handler is None:

            def decorator(fn: Handler) -> Handler:
                self._handlers.add(kind, fn)
                return fn

            return decorator
        self._handlers.add(kind, handler)
        return handler

    def off(self, kind: str, handler: Handler) -> None:
        """Unregister a handler added with :meth:`on`."""
        self._handlers.remove(kind, handler)

    async def dispatch(self, event: object) -> int:
        """Call (and await) the handlers registered for ``event``'s type; returns how many."""
        handlers = self._handlers.for_type(event_type(event))
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

    # -- audio ---------------------------------------------------------------------------
    async def send_audio(
        self, pcm: bytes, *, chunk_ms: int = 100, sample_rate: int = DEFAULT_SAMPLE_RATE
    ) -> int:
        """Send mono PCM16 as ``input_audio_buffer.append`` events of ``chunk_ms``; returns count.

        Example::

            await conn.send_audio(pcm)
        """
        count = 0
        for chunk in pcm_chunks(pcm, chunk_ms=chunk_ms, sample_rate=sample_rate):
            audio = base64.b64encode(chunk).decode("ascii")
            await self.send({"type": "input_audio_buffer.append", "audio": audio})
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
        """Close with ``code`` and ``reason`` and wait for the server's answer; idempotent."""
        await self._ws.close(code, reason)

    @property
    def close_code(self) -> int | None:
        """The close code (the server's, 1006 if the socket dropped); ``None`` while open."""
        return self._ws.close_code

    @property
    def close_reason(self) -> str | None:
        """The close reason; ``None`` while open."""
        return self._ws.close_reason

    async def __aenter__(self) -> AsyncRealtimeConnection:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class AsyncConnect:
    """What :func:`aconnect` returns: ``await`` it, or use it with ``async with``.

    Example::

        conn = await aconnect(...)          # close it yourself
        async with aconnect(...) as conn:   # closed on exit
            ...
    """

    def __init__(self, prepared: Prepared) -> None:
        self._prepared = prepared
        self._connection: AsyncRealtimeConnection | None = None

    def __repr__(self) -> str:
        return f"<AsyncConnect {self._prepared.url}>"

    async def _open(self) -> AsyncRealtimeConnection:
        prepared = self._prepared
        opener: Callable[..., Awaitable[AsyncClientConnection]] = ws_connect
        try:
            websocket = await opener(prepared.url, **prepared.ws_options)
        except OPEN_ERRORS as exc:
            raise handshake_error(exc, prepared.url) from exc
        return AsyncRealtimeConnection(websocket, url=prepared.url, max_size=prepared.max_size)

    def __await__(self) -> Generator[Any, None, AsyncRealtimeConnection]:
        return self._open().__await__()

    async def __aenter__(self) -> AsyncRealtimeConnection:
        self._connection = await self._open()
        return self._connection

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._connection is not None:
            await self._connection.close()


def aconnect(
    *,
    api_key: str,
    base_url: str,
    model: str | None = None,
    call_id: str | None = None,
    headers: Mapping[str, str] | None = None,
    websocket_base_url: str | None = None,
    max_size: int | None = DEFAULT_MAX_SIZE,
    max_queue: int | None = DEFAULT_MAX_QUEUE,
    open_timeout: float | None = DEFAULT_OPEN_TIMEOUT,
    extra_query: Mapping[str, str] | None = None,
    **options: Any,
) -> AsyncConnect:
    """Open a Realtime WebSocket for asyncio: ``async with aconnect(...) as conn``.

    Arguments, limits, backpressure and errors are those of :func:`connect`: at most
    ``max_queue`` incoming messages are buffered, then the reader stops reading the socket
    and TCP flow control pushes back on the server; messages over ``max_size`` bytes are
    refused (outgoing: :class:`MessageTooLargeError` before sending; incoming: close 1009,
    then :class:`MessageTooLargeError`). Extra ``options`` go to
    ``websockets.asyncio.client.connect``. Arguments are checked here, the socket opens on
    ``await``/``async with``.

    Example::

        async with aconnect(api_key="ek_...", base_url="https://api.openai.com/v1",
                            model="gpt-realtime") as conn:
            print((await conn.recv()).type_)
    """
    return AsyncConnect(
        prepare(
            api_key=api_key,
            base_url=base_url,
            model=model,
            call_id=call_id,
            headers=headers,
            websocket_base_url=websocket_base_url,
            max_size=max_size,
            max_queue=max_queue,
            open_timeout=open_timeout,
            extra_query=extra_query,
            options=options,
        )
    )
