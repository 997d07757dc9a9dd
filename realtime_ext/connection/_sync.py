"""The blocking Realtime connection, over the ``websockets`` sync client."""

from __future__ import annotations

import base64
from collections.abc import Iterator, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection
from websockets.sync.client import connect as ws_connect

from realtime_ext._errors import APITimeoutError
from realtime_ext.events import parse_server_event

from ._audio import DEFAULT_SAMPLE_RATE, AudioCollector, pcm_chunks
from ._errors import OPEN_ERRORS, ConnectionClosedError, closed_error, handshake_error
from ._handlers import Handler, Handlers, event_type
from ._options import (
    DEFAULT_MAX_QUEUE,
    DEFAULT_MAX_SIZE,
    DEFAULT_OPEN_TIMEOUT,
    check_size,
    encode,
    prepare,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from realtime_ext.events import ServerEvent


class RealtimeConnection:
    """An open Realtime WebSocket: send client events, receive typed server events.

    Example::

        with connect(api_key=key, base_url="https://api.openai.com/v1",
                     model="gpt-realtime") as conn:
            conn.send(events.user_text("Hi"))
            conn.send(events.response_create())
            for event in conn:
                if event.type_ == "response.done":
                    break
    """

    def __init__(self, websocket: ClientConnection, *, url: str, max_size: int | None) -> None:
        self._ws = websocket
        self._url = url
        self._max_size = max_size
        self._handlers = Handlers()

    def __repr__(self) -> str:
        return f"<RealtimeConnection {self._url} state={self._ws.state.name}>"

    # -- escape hatches ------------------------------------------------------------------
    @property
    def websocket(self) -> ClientConnection:
        """The underlying ``websockets`` connection."""
        return self._ws

    def send_raw(self, data: str | bytes) -> None:
        """Send one message as is (text for ``str``, binary for ``bytes``); size-checked."""
        check_size(data, self._max_size)
        try:
            self._ws.send(data)
        except ConnectionClosed as exc:
            raise closed_error(exc, self._max_size) from exc

    def recv_bytes(self, timeout: float | None = None) -> bytes:
        """The next message, undecoded (UTF-8 bytes of the JSON text)."""
        try:
            data = self._ws.recv(timeout, decode=False)
        except TimeoutError:
            raise APITimeoutError(f"no server event within {timeout} s") from None
        except ConnectionClosed as exc:
            raise closed_error(exc, self._max_size) from exc
        return data

    # -- events --------------------------------------------------------------------------
    def send(self, event: object) -> None:
        """Send a client event: a generated model, anything with ``to_dict()``, or a dict.

        Raises :class:`MessageTooLargeError` before sending when over ``max_size``.
        """
        self.send_raw(encode(event, self._max_size))

    def recv(self, timeout: float | None = None) -> ServerEvent:
        """The next server event, typed (unknown types give ``UnknownEvent``).

        Raises :class:`ConnectionClosedError` once closed, ``APIConnectionError`` if the
        socket dropped, ``APITimeoutError`` after ``timeout`` seconds without a message.
        """
        return parse_server_event(self.recv_bytes(timeout))

    def __iter__(self) -> Iterator[ServerEvent]:
        """Server events until the connection closes cleanly (drops still raise)."""
        while True:
            try:
                yield self.recv()
            except ConnectionClosedError:
                return

    # -- handlers ------------------------------------------------------------------------
    def on(self, kind: str, handler: Handler | None = None) -> Any:
        """Register ``handler`` for events of type ``kind`` (``"*"``: all); usable as decorator.

        Handlers run inside :meth:`dispatch`, :meth:`run`, :meth:`run_until` and
        :meth:`collect_audio`, in registration order, in the receiving thread.

        Example::

            @conn.on("response.output_text.delta")
            def show(event):
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

    def dispatch(self, event: object) -> int:
        """Call the handlers registered for ``event``'s type; returns how many ran."""
        handlers = self._handlers.for_type(event_type(event))
        for handler in handlers:
            handler(event)
        return len(handlers)

    def run_until(self, *kinds: str, timeout: float | None = None) -> ServerEvent:
        """Receive and dispatch events until one of type ``kinds`` arrives; return it.

        ``timeout`` bounds the wait for each message. Raises :class:`ConnectionClosedError`
        if the connection closes first.

        Example::

            done = conn.run_until("response.done")
        """
        while True:
            event = self.recv(timeout)
            self.dispatch(event)
            if event_type(event) in kinds:
                return event

    def run(self) -> None:
        """Receive and dispatch every event until the connection closes cleanly."""
        for event in self:
            self.dispatch(event)

    # -- audio ---------------------------------------------------------------------------
    def send_audio(
        self, pcm: bytes, *, chunk_ms: int = 100, sample_rate: int = DEFAULT_SAMPLE_RATE
    ) -> int:
        """Send mono PCM16 as ``input_audio_buffer.append`` events of ``chunk_ms``; returns count.

        Example::

            conn.send_audio(pcm)
            conn.send(events.input_audio_buffer_commit())
        """
        count = 0
        for chunk in pcm_chunks(pcm, chunk_ms=chunk_ms, sample_rate=sample_rate):
            audio = base64.b64encode(chunk).decode("ascii")
            self.send({"type": "input_audio_buffer.append", "audio": audio})
            count += 1
        return count

    def collect_audio(
        self,
        until: str = "response.done",
        *,
        collector: AudioCollector | None = None,
        timeout: float | None = None,
    ) -> bytes:
        """Receive (and dispatch) events until ``until``; return the response audio bytes.

        Pass an :class:`AudioCollector` to also get the transcript.

        Example::

            audio = conn.collect_audio()  # PCM16 of the whole response
        """
        collector = collector if collector is not None else AudioCollector()
        while True:
            event = self.recv(timeout)
            self.dispatch(event)
            collector.feed(event)
            if event_type(event) == until:
                return collector.audio

    # -- closing -------------------------------------------------------------------------
    def close(self, code: int = 1000, reason: str = "") -> None:
        """Close with ``code`` and ``reason`` and wait for the server's answer; idempotent."""
        self._ws.close(code, reason)

    @property
    def close_code(self) -> int | None:
        """The close code (the server's, 1006 if the socket dropped); ``None`` while open."""
        return self._ws.close_code

    @property
    def close_reason(self) -> str | None:
        """The close reason; ``None`` while open."""
        return self._ws.close_reason

    def __enter__(self) -> RealtimeConnection:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def connect(
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
) -> RealtimeConnection:
    """Open a Realtime WebSocket (blocking); use it as a context manager.

    The URL is ``base_url`` (or ``websocket_base_url``) with a ws(s) scheme plus
    ``/realtime?model=...`` (or ``?call_id=...``: exactly one of the two). ``api_key`` may be
    an API key or an ephemeral client secret (``ek_...``); it is sent as
    ``Authorization: Bearer``. Extra ``options`` go to ``websockets.sync.client.connect``.

    Limits and backpressure: at most ``max_queue`` incoming messages are buffered; when
    the buffer is full the reader stops reading the socket, so TCP flow control slows the
    server down instead of memory growing (worst case about ``max_queue * max_size``).
    Messages over ``max_size`` bytes are refused: outgoing ones with
    :class:`MessageTooLargeError` before sending, incoming ones close the connection with
    1009 and the next ``recv`` raises :class:`MessageTooLargeError`.

    Errors: a refused handshake raises the matching ``APIStatusError`` subclass (401
    ``AuthenticationError``, 403, 404...), an unreachable server or a dropped socket
    ``APIConnectionError``.

    Example::

        with connect(api_key="sk-...", base_url="https://api.openai.com/v1",
                     model="gpt-realtime") as conn:
            conn.send(events.session_update(realtime_session(instructions="Be brief.")))
            print(conn.recv().type_)
    """
    prepared = prepare(
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
    opener: Callable[..., ClientConnection] = ws_connect
    try:
        websocket = opener(prepared.url, legacy=True, **prepared.ws_options)
    except OPEN_ERRORS as exc:
        raise handshake_error(exc, prepared.url) from exc
    return RealtimeConnection(websocket, url=prepared.url, max_size=prepared.max_size)
