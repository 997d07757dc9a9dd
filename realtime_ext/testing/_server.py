"""``FakeRealtimeServer``: REST and WebSocket on one 127.0.0.1 port, sync or async.

Design: a plain :func:`asyncio.start_server` reads each HTTP request head itself. Upgrade
requests go to the ``websockets`` sans-I/O protocol (handshake, framing, size limits);
everything else is answered as REST. ``websockets.serve`` alone cannot do this because its
``process_request`` hook never sees request bodies (it refuses them), and one port matters
because clients derive the WebSocket URL from the REST base URL.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from .._redact import get_logger
from . import _cors
from ._auth import KeyCheck, authenticate, make_check
from ._call_sessions import CallSession
from ._calls import FakeCall
from ._conversation import Conversation
from ._events import JSON, error_event
from ._faults import Faults
from ._http import (
    MAX_HEAD,
    HttpError,
    RecordedRequest,
    Response,
    make_record,
    parse_head,
    read_body,
    serialize,
)
from ._rest import RestApi
from ._script import Script
from ._session import DEFAULT_MODEL, realtime_session, transcription_session
from ._webrtc import WebRtcCalls
from ._websocket import WebSocket

logger = get_logger("realtime_ext.testing")

DEFAULT_MAX_MESSAGE_SIZE = 16 * 2**20
_REALTIME_PATHS = ("/v1/realtime", "/realtime")


@dataclass
class ConnectionRecord:
    """One WebSocket connection: where it went and the client events it sent."""

    path: str
    query: dict[str, list[str]]
    headers: Mapping[str, str] = field(repr=False)
    events: list[JSON] = field(default_factory=list)


class FakeRealtimeServer:
    """A local stand-in for the OpenAI Realtime API (WebSocket + REST) on 127.0.0.1.

    >>> with FakeRealtimeServer() as server:  # doctest: +SKIP
    ...     server.script.next_response(text="Hi")
    ...     client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        api_key: str | None = None,
        accept_key: KeyCheck | None = None,
        model: str = DEFAULT_MODEL,
        max_message_size: int | None = DEFAULT_MAX_MESSAGE_SIZE,
    ) -> None:
        if max_message_size is not None and max_message_size <= 0:
            raise ValueError(f"max_message_size must be positive or None, got {max_message_size}")
        if not 0 <= port <= 65535:
            raise ValueError(f"port must be in 0..65535, got {port}")
        self.host = host
        self.model = model
        self.max_message_size = max_message_size
        self.script = Script()
        self.faults = Faults()
        self.call_sessions: dict[str, CallSession] = {}
        self.connections: list[ConnectionRecord] = []
        self.requests: list[RecordedRequest] = []
        self.rest = RestApi(model)
        self.webrtc = WebRtcCalls(self.rest, self.call_session)
        self._requested_port = port
        self._port: int | None = None
        check = make_check(api_key, accept_key)
        # Ephemeral keys minted by this server's client_secrets are accepted too (calls, WS).
        self._check: KeyCheck = lambda key: check(key) or self.rest.is_minted_key(key)
        self._server: asyncio.Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._sockets: list[WebSocket] = []
        self._thread: threading.Thread | None = None
        self._stop: asyncio.Event | None = None

    def __repr__(self) -> str:
        where = f"port={self._port}" if self._port else "not started"
        return f"<FakeRealtimeServer {where}>"

    # -- addresses ------------------------------------------------------------------------
    @property
    def port(self) -> int:
        """The bound port (raises :class:`RuntimeError` before start)."""
        if self._port is None:
            raise RuntimeError("FakeRealtimeServer is not started; use it as a context manager")
        return self._port

    @property
    def base_url(self) -> str:
        """REST base URL, e.g. ``http://127.0.0.1:PORT/v1`` (pass as ``base_url=``)."""
        return f"http://{self.host}:{self.port}/v1"

    @property
    def ws_url(self) -> str:
        """WebSocket base URL, e.g. ``ws://127.0.0.1:PORT/v1`` (append ``/realtime``)."""
        return f"ws://{self.host}:{self.port}/v1"

    def realtime_url(self, model: str | None = None, **query: str) -> str:
        """Full WebSocket URL: ``server.realtime_url()`` -> ``ws://.../v1/realtime?model=...``."""
        params = {"model": model or self.model, **query}
        return f"{self.ws_url}/realtime?{urlencode(params)}"

    # -- recordings -----------------------------------------------------------------------
    @property
    def received(self) -> list[list[JSON]]:
        """Parsed client events, one list per WebSocket connection, in arrival order."""
        return [record.events for record in self.connections]

    @property
    def calls(self) -> dict[str, FakeCall]:
        """Calls created through ``POST /realtime/calls`` or :meth:`register_call`."""
        return self.rest.calls

    def register_call(self, call_id: str | None = None) -> FakeCall:
        """Make an incoming SIP-style call known, so accept/reject/refer/hangup succeed.

        >>> FakeRealtimeServer().register_call("rtc_abc").state
        'incoming'
        """
        return self.rest.register_call(call_id)

    def call_session(self, call_id: str) -> CallSession:
        """The conversation of call ``call_id`` (created on first use), shared by every
        channel attached to it: ``?call_id=`` sideband WebSockets, a WebRTC data channel.

        Raises :class:`HttpError` 404 for an unknown call. Use it from the server's loop.
        """
        session = self.call_sessions.get(call_id)
        if session is None:
            call = self.rest.calls.get(call_id)
            if call is None:
                raise HttpError(
                    404,
                    f"Call with id '{call_id[:64]}' not found.",
                    code="not_found",
                    param="call_id",
                )
            session = CallSession(call, self.script, self.model)
            self.call_sessions[call_id] = session
        return session

    # -- live control (callable from any thread) -------------------------------------------
    def push(self, event: JSON, *, connection: int | None = None) -> None:
        """Send a raw server event now to every open socket (or the one at ``connection``).

        >>> server.push({"type": "rate_limits.updated", "event_id": "e1",
        ...              "rate_limits": []})  # doctest: +SKIP
        """

        def send() -> None:
            for ws in self._targets(connection):
                ws.send_json(event)

        self._run(send)

    def send_error(
        self,
        message: str,
        *,
        type: str = "server_error",
        code: str | None = None,
        connection: int | None = None,
    ) -> None:
        """Push an ``error`` event now: ``server.send_error("overloaded")``."""
        self.push(error_event(message, type=type, code=code), connection=connection)

    def close_connections(
        self, code: int = 1000, reason: str = "", *, connection: int | None = None
    ) -> None:
        """Close open WebSockets from the server side: ``server.close_connections(1011, "x")``."""
        if not (1000 <= code <= 4999):
            raise ValueError(f"WebSocket close code must be in 1000..4999, got {code}")

        def close() -> None:
            for ws in self._targets(connection):
                ws.close(code, reason)

        self._run(close)

    def _targets(self, connection: int | None) -> list[WebSocket]:
        sockets = [ws for ws in self._sockets if ws.open]
        if connection is None:
            return sockets
        return [ws for ws in self._sockets if ws.index == connection and ws.open]

    def _run(self, action: Callable[[], None]) -> None:
        loop = self._loop
        if loop is None:
            raise RuntimeError("FakeRealtimeServer is not started")
        if self._thread is None or threading.current_thread() is self._thread:
            loop.call_soon_threadsafe(action)
            return

        async def call() -> None:
            action()

        asyncio.run_coroutine_threadsafe(call(), loop).result(timeout=10)

    # -- lifecycle ------------------------------------------------------------------------
    async def _start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._server = await asyncio.start_server(
            self._on_client, self.host, self._requested_port, limit=MAX_HEAD
        )
        self._port = int(self._server.sockets[0].getsockname()[1])

    async def _shutdown(self) -> None:
        await self.webrtc.close_all()
        for ws in self._sockets:
            ws.close(1001, "server shutting down")
        if self._server is not None:
            self._server.close()
        for task in list(self._tasks):
            task.cancel()
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
        # Transports close on the next loop turn; give it one before the loop may end.
        await asyncio.sleep(0)
        if self._server is not None:
            with contextlib.suppress(Exception):
                await self._server.wait_closed()
        self._server = None

    def start(self) -> FakeRealtimeServer:
        """Run the server in a background thread with its own event loop; returns ``self``."""
        if self._loop is not None:
            raise RuntimeError("FakeRealtimeServer is already started")
        ready = threading.Event()
        failure: list[BaseException] = []

        async def main() -> None:
            self._stop = asyncio.Event()
            try:
                await self._start()
            except BaseException as exc:
                failure.append(exc)
                ready.set()
                return
            ready.set()
            await self._stop.wait()
            await self._shutdown()

        self._thread = threading.Thread(
            target=asyncio.run, args=(main(),), name="FakeRealtimeServer", daemon=True
        )
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = self._loop = None
            raise failure[0]
        return self

    def stop(self) -> None:
        """Stop a server started with :meth:`start` (closes sockets, joins the thread)."""
        if self._thread is None or self._loop is None or self._stop is None:
            return
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join()
        self._thread = self._loop = self._stop = None

    def __enter__(self) -> FakeRealtimeServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> FakeRealtimeServer:
        if self._loop is not None:
            raise RuntimeError("FakeRealtimeServer is already started")
        await self._start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self._shutdown()
        self._loop = None

    # -- connections ----------------------------------------------------------------------
    async def _on_client(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            await self._serve_http(reader, writer)
        except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            # OSError, not only ConnectionError: a peer's reset can surface as ENOTCONN.
            pass
        except asyncio.CancelledError:
            # Shutdown cancels open connections. Ending the task normally matters: asyncio's
            # start_server callback calls task.exception(), which on Python 3.11/3.12 raises
            # (and logs a traceback) for a task that ended cancelled.
            pass
        except Exception:
            logger.exception("fake Realtime server: unexpected error on a connection")
        finally:
            if task is not None:
                self._tasks.discard(task)
            writer.close()

    async def _serve_http(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError:
                return
            try:
                method, target, headers = parse_head(head)
                if headers.get("upgrade", "").lower() == "websocket":
                    await self._serve_websocket(reader, writer, head, headers)
                    return
                body = await read_body(reader, headers)
            except HttpError as exc:
                writer.write(serialize(Response.error(exc), keep_alive=False))
                await writer.drain()
                return
            record = make_record(method, target, headers, body)
            self.requests.append(record)
            try:
                if _cors.is_preflight(method, headers):
                    response = _cors.preflight()
                else:
                    authenticate(headers, self._check)
                    if self.webrtc.matches(record):
                        response = await self.webrtc.handle(record)
                    else:
                        response = self.rest.handle(record)
            except HttpError as exc:
                response = Response.error(exc)
            _cors.decorate(response, headers)
            keep_alive = headers.get("connection", "").lower() != "close"
            writer.write(serialize(response, keep_alive=keep_alive))
            await writer.drain()
            if not keep_alive:
                return

    async def _serve_websocket(
        self,
        reader: asyncio.StreamReader,
        writer: asyncio.StreamWriter,
        head: bytes,
        headers: dict[str, str],
    ) -> None:
        ws = WebSocket(reader, writer, self.max_message_size)
        request = ws.parse_request(head)
        if request is None:
            return
        parts = urlsplit(request.path)
        if parts.path.rstrip("/") not in _REALTIME_PATHS:
            ws.refuse(HttpError(404, f"Invalid URL (GET {parts.path[:100]})"))
            return
        delay = self.faults.take_delay()
        if delay:
            await asyncio.sleep(delay)
        query = parse_qs(parts.query)
        call_id = query.get("call_id", [None])[0]
        hub: CallSession | None = None
        try:
            authenticate(headers, self._check)
            refusal = self.faults.take_refusal()
            if refusal is not None:
                raise refusal
            if call_id is not None:
                hub = self.call_session(call_id)
                hub.check_live()
        except HttpError as exc:
            ws.refuse(exc)
            return
        if not ws.accept(request):
            return
        record = ConnectionRecord(parts.path, query, headers)
        ws.index = len(self.connections)
        self.connections.append(record)
        self._sockets.append(ws)
        send = self.faults.wrap(ws.send_json, ws.end)
        if hub is not None:
            # Sideband: this socket joins the call's conversation (shared with its other
            # channels) instead of starting a session of its own.
            detach = hub.attach(send, ws.close)
            conversation = hub.conversation
        else:
            detach = None
            if query.get("intent") == ["transcription"]:
                session = transcription_session()
            else:
                session = realtime_session(query.get("model", [self.model])[0])
            conversation = Conversation(session, self.script, send, ws.close)

        def on_message(data: str | bytes) -> None:
            if isinstance(data, bytes):
                ws.send_json(
                    error_event(
                        "Binary messages are not supported; send JSON text.", code="invalid_value"
                    )
                )
                return
            payload = conversation.parse(data)
            if payload is None:
                return
            # Recorded before answering, so a client that saw the answer sees the record.
            record.events.append(payload)
            try:
                conversation.dispatch(payload)
            except Exception:
                logger.exception("fake Realtime server: failed to handle %s", payload["type"])
                ws.send_json(
                    error_event(
                        "The fake server failed to handle this event.",
                        type="server_error",
                        event_id=payload.get("event_id"),
                    )
                )

        try:
            if hub is None:
                conversation.start()
            await ws.run(on_message)
        finally:
            self._sockets.remove(ws)
            if detach is not None:
                detach()
