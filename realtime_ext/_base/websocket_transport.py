"""The WebSocket transports (``websockets`` asyncio and sync clients) under the conversation."""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import threading
import time
import types
from collections.abc import Awaitable, Callable, Coroutine, Generator, Mapping
from typing import Any

from websockets.asyncio.client import ClientConnection as AsyncClientConnection
from websockets.asyncio.client import connect as async_ws_connect
from websockets.exceptions import ConcurrencyError, ConnectionClosed
from websockets.protocol import State
from websockets.sync.client import ClientConnection
from websockets.sync.client import connect as sync_ws_connect

from realtime_ext._auth import merge_auth
from realtime_ext._config import check_headers
from realtime_ext._exceptions import APITimeoutError, ConcurrentReceiveError

from .connection_errors import OPEN_ERRORS, close_of, closed_error, handshake_error
from .handshakes import handshake_turn
from .socket_options import Prepared
from .tls_socket import TLSSafeClientConnection

DRAIN_TIMEOUT = 10.0
# What the handshake is given at least once a token provider took its time: websockets
# needs a positive open_timeout, and this small one times out as the bound says.
_LEAST_OPEN = 0.001
# How much later than a receive's deadline the connection's timer may fire
# (AsyncWebSocketTransport.alarm): the loop's selector waits in whole milliseconds, so its
# timers are that late already.
_SLACK = 0.001

# websockets 17.1 warns when connect() is used outside a ``with`` block unless it gets
# ``legacy=True``; older releases do not know the keyword (a TypeError). Pass it only where
# it exists, so the declared floor stays honest (tests/lowest runs at that floor).
_LEGACY: dict[str, Any] = (
    {"legacy": True} if "legacy" in inspect.signature(sync_ws_connect).parameters else {}
)


class AsyncWebSocketTransport:
    """The conversation's asyncio transport over a ``websockets`` connection."""

    __slots__ = ("alarm", "got", "max_size", "rang", "waiter", "websocket")

    def __init__(self, websocket: AsyncClientConnection, max_size: int | None) -> None:
        self.websocket: AsyncClientConnection = websocket
        self.max_size: int | None = max_size
        self.got: bytes = b""
        """The message the last receive stepped by hand finished with (:func:`_delegated`):
        one receive at a time (websockets refuses a second), read as it ends."""
        self.alarm: asyncio.TimerHandle | None = None
        """The connection's one timer: armed at the deadline of the receives that wait
        (:meth:`_ring`), kept while they share it, re-armed only when it changes."""
        self.waiter: asyncio.Task[Any] | None = None
        """The task whose receive is waiting under :attr:`alarm` (``None`` between waits)."""
        self.rang: bool = False
        """:attr:`alarm` cancelled the waiting receive (its cancel is a timeout)."""

    async def send_text(self, data: str) -> None:
        try:
            await self.websocket.send(data)
        except ConnectionClosed as exc:
            raise closed_error(exc, self.max_size) from exc

    async def recv_message(self, timeout: float | None) -> bytes:
        try:
            receiving = self.websocket.recv(decode=False)
            if timeout is None:
                return await receiving
            # A message already received needs no timer: step the receive once by hand
            # and, when it finishes without waiting, return its message. The conversation
            # bounds every receive by its rollover's due time (on by default), and a timer
            # per message (asyncio.timeout: a handle scheduled, cancelled, then swept from
            # the loop's heap) halved the asyncio receive rate while messages queue up.
            # The step is next() on a generator delegating to the receive, which leaves
            # the message in ``got``: a receive that finishes ends it with no StopIteration
            # raised (a coroutine's send() raises one, carrying the message: a third of
            # this wrapper's cost per message), and nothing else is allocated for it.
            steps = _delegated(receiving, self)
            waiting_on = next(steps, _FINISHED)
            if waiting_on is _FINISHED:
                return self.got
            # It waits: the rest of it under the timeout. websockets documents recv() as
            # safe to cancel: no message is lost. Not asyncio.wait_for: on 3.11 it returns
            # the message when a cancel comes as the message arrives, and the cancel is
            # lost (a bridge's receive loop, cancelled at a call's end, then waited for
            # ever). The timeout cancels the wait as asyncio.timeout does (the cancel kept
            # when another comes too), but with one timer for all the waits that end at
            # the same time: a default conversation bounds every receive by its
            # rollover's due time, and asyncio.timeout's timer per wait (scheduled,
            # cancelled, swept from the loop's heap) was a third of the receive's cost
            # when each message is waited for (sessions paced like calls).
            await self._wait_until(timeout, steps, waiting_on)
            return self.got
        except TimeoutError:
            raise APITimeoutError(f"no server event within {timeout} s") from None
        except ConcurrencyError:  # websockets' guard: another receiver is waiting
            raise ConcurrentReceiveError() from None
        except ConnectionClosed as exc:
            self._disarm()
            raise closed_error(exc, self.max_size) from exc

    async def _wait_until(
        self, timeout: float, steps: Generator[Any, Any, None], waiting_on: Any
    ) -> None:
        """Go on with the receive ``steps`` (waiting on ``waiting_on``) for ``timeout``
        seconds at most (TimeoutError), under :attr:`alarm`."""
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None  # awaited by a task: the receive runs in one
        when = loop.time() + timeout
        alarm = self.alarm
        # The deadline a conversation's waits share comes as what is left of it, read on
        # the same clock a moment earlier: the timer armed for the first is kept while
        # each next one's falls within _SLACK before it (it fires that much late at
        # most, as the loop's own timers do: its selector waits whole milliseconds).
        if alarm is None or not when <= alarm.when() <= when + _SLACK:
            if alarm is not None:
                alarm.cancel()
            self.alarm = loop.call_at(when + _SLACK / 2, self._ring)
        cancelling = task.cancelling()
        self.waiter, self.rang = task, False
        # As asyncio.timeout's exit: a cancel it made is taken back however the wait ended,
        # and is a timeout when the wait ended on it with no other cancel since it began.
        try:
            await _resume(steps, waiting_on)
        except BaseException as exc:
            self.waiter = None
            if (
                self.rang
                and task.uncancel() <= cancelling
                and isinstance(exc, asyncio.CancelledError)
            ):
                raise TimeoutError from exc
            raise
        self.waiter = None
        if self.rang:
            task.uncancel()

    def _ring(self) -> None:
        """The deadline: cancel the receive waiting, if any (its cancel is the timeout)."""
        self.alarm = None
        waiter = self.waiter
        if waiter is not None and not self.rang:
            self.rang = True
            waiter.cancel()

    def _disarm(self) -> None:
        alarm, self.alarm = self.alarm, None
        if alarm is not None:
            alarm.cancel()

    async def close(self, code: int = 1000, reason: str = "") -> None:
        # Unread messages past max_queue pause reading, so the server's close frame behind
        # them would only arrive after close_timeout (10 s): read and drop them meanwhile.
        self._disarm()
        drain = asyncio.ensure_future(self._drain())
        try:
            await self.websocket.close(code, reason)
        finally:
            drain.cancel()

    def limit_close(self, seconds: float) -> None:
        """The closing handshake waits at most ``seconds`` (``BoundedClose``)."""
        _limit_close(self.websocket, seconds)

    async def _drain(self) -> None:
        with contextlib.suppress(ConnectionClosed, ConcurrencyError):
            while True:
                await self.websocket.recv(decode=False)

    # In both transports, not in a generic base: pyright's --verifytypes reads a base
    # parametrised by websockets' classes (external to it) as partially unknown.
    @property
    def close_code(self) -> int | None:
        return _closed(self.websocket)[0]

    @property
    def close_reason(self) -> str | None:
        return _closed(self.websocket)[1]


class SyncWebSocketTransport:
    """The conversation's blocking transport over a ``websockets`` sync client."""

    __slots__ = ("max_size", "websocket")

    def __init__(self, websocket: ClientConnection, max_size: int | None) -> None:
        self.websocket: ClientConnection = websocket
        self.max_size: int | None = max_size

    def send_text(self, data: str) -> None:
        try:
            self.websocket.send(data)
        except ConnectionClosed as exc:
            raise closed_error(exc, self.max_size) from exc

    def recv_message(self, timeout: float | None) -> bytes:
        try:
            return self.websocket.recv(timeout, decode=False)
        except TimeoutError:
            raise APITimeoutError(f"no server event within {timeout} s") from None
        except ConcurrencyError:  # websockets' guard: another receiver is waiting
            raise ConcurrentReceiveError() from None
        except ConnectionClosed as exc:
            raise closed_error(exc, self.max_size) from exc

    def close(self, code: int = 1000, reason: str = "") -> None:
        # As for asyncio: read and drop unread messages so the close frame gets through.
        drain = threading.Thread(target=self._drain, name="realtime-close-drain", daemon=True)
        drain.start()
        self.websocket.close(code, reason)
        drain.join(timeout=1.0)

    def limit_close(self, seconds: float) -> None:
        """The closing handshake waits at most ``seconds`` (``BoundedClose``)."""
        _limit_close(self.websocket, seconds)

    def _drain(self) -> None:
        with contextlib.suppress(ConnectionClosed, ConcurrencyError, TimeoutError):
            while True:
                self.websocket.recv(timeout=DRAIN_TIMEOUT, decode=False)

    @property
    def close_code(self) -> int | None:
        return _closed(self.websocket)[0]

    @property
    def close_reason(self) -> str | None:
        return _closed(self.websocket)[1]


def _limit_close(websocket: AsyncClientConnection | ClientConnection, seconds: float) -> None:
    # websockets reads close_timeout when the close starts: the smaller bound wins.
    current = websocket.close_timeout
    websocket.close_timeout = seconds if current is None else min(current, seconds)


AsyncReopen = Callable[[str, Mapping[str, str]], Awaitable[AsyncWebSocketTransport]]
"""How a connection opens its next socket when it reconnects: to ``url`` with extra
``headers`` (the conversation's ``reopen=``); raises on failure."""

SyncReopen = Callable[[str, Mapping[str, str]], SyncWebSocketTransport]
"""The blocking twin of :data:`AsyncReopen`."""


_FINISHED: Any = object()
"""What ``next`` gives for a :func:`_delegated` receive that finished without waiting."""


def _delegate(
    receiving: Coroutine[Any, Any, bytes], into: AsyncWebSocketTransport
) -> Generator[Any, Any, None]:
    """``receiving``, delegated to (what it waits on is yielded, what is sent or thrown in
    goes to it); its message is left in ``into.got``, and the generator returns ``None``."""
    into.got = yield from receiving  # type: ignore[misc]


# A generator that may delegate to a coroutine (types.coroutine), still typed as one: it is
# stepped with next() and send(), never awaited.
_delegated: Callable[
    [Coroutine[Any, Any, bytes], AsyncWebSocketTransport], Generator[Any, Any, None]
] = types.coroutine(_delegate)  # pyright: ignore[reportAssignmentType]


@types.coroutine
def _resume(steps: Generator[Any, Any, None], waiting_on: Any) -> Generator[Any, Any, None]:
    """Go on with ``steps`` (:func:`_delegated`), stepped once by hand and now waiting on
    ``waiting_on``: what ``await`` would have done from there (each result and exception,
    a cancel among them, goes to it) until it ends."""
    while True:
        try:
            sent = yield waiting_on
        except GeneratorExit:
            steps.close()
            raise
        except BaseException as exc:  # a cancel (the timeout's) or another thrown in
            try:
                waiting_on = steps.throw(exc)
            except StopIteration:
                return
            continue
        try:
            waiting_on = steps.send(sent)
        except StopIteration:
            return


def _closed(websocket: AsyncClientConnection | ClientConnection) -> tuple[int | None, str | None]:
    """(code, reason) once closed, as the errors report them (:func:`.connection_errors.close_of`):
    websockets' own ``close_code`` says 1006 whenever no frame came back, even when we
    closed with 1011 on a keepalive timeout."""
    protocol = websocket.protocol
    if protocol.state is not State.CLOSED:
        return None, None
    return close_of(protocol.close_rcvd, protocol.close_sent)


def _token_bound(prepared: Prepared) -> float | None:
    # A token provider is asked within the open's own bound (open_timeout): a hung one
    # fails the open with APITimeoutError, as a server that never answers does.
    if prepared.auth.kind != "token provider":
        return None
    bound: float | None = prepared.ws_options.get("open_timeout")
    return bound


def _options(
    prepared: Prepared,
    credentials: Mapping[str, str],
    extra_headers: Mapping[str, str] | None,
    started: float,
) -> dict[str, Any]:
    options = dict(prepared.ws_options)
    bound = _token_bound(prepared)
    if bound is not None:  # the handshake has what the provider left of open_timeout
        options["open_timeout"] = max(bound - (time.monotonic() - started), _LEAST_OPEN)
    # The hook's headers replace the caller's only; the credentials are asked anew at each
    # open (a token provider's fresh token), and a credential header given replaces them.
    headers = (
        prepared.extra_headers
        if extra_headers is None
        else check_headers(extra_headers, "the reconnect hook's headers")
    )
    options["additional_headers"] = merge_auth(credentials, headers)
    return options


async def open_async(
    prepared: Prepared, url: str | None = None, extra_headers: Mapping[str, str] | None = None
) -> AsyncWebSocketTransport:
    """Open (or reopen, with a new URL/headers) the asyncio WebSocket; the credentials are
    asked for their headers now (a token provider is asked, and awaited if async)."""
    target = url or prepared.url
    started = time.monotonic()
    credentials = await prepared.auth.aheaders(_token_bound(prepared))
    opener: Callable[..., Awaitable[AsyncClientConnection]] = async_ws_connect
    options = _options(prepared, credentials, extra_headers, started)
    try:
        async with handshake_turn():  # a storm of opens must not crowd the running sessions
            websocket = await opener(target, **options)
    except OPEN_ERRORS as exc:
        raise handshake_error(exc, target) from exc
    return AsyncWebSocketTransport(websocket, prepared.max_size)


def _sync_opener() -> Callable[..., ClientConnection]:
    # websockets' overloads (new and legacy) cannot be picked with **options: call it as
    # this plain signature
    return sync_ws_connect


def open_sync(
    prepared: Prepared, url: str | None = None, extra_headers: Mapping[str, str] | None = None
) -> SyncWebSocketTransport:
    """Open (or reopen, with a new URL/headers) the blocking WebSocket; the credentials are
    asked for their headers now (a token provider is asked)."""
    target = url or prepared.url
    started = time.monotonic()
    credentials = prepared.auth.headers(_token_bound(prepared))
    options = _options(prepared, credentials, extra_headers, started)
    try:
        websocket = _sync_opener()(
            target, create_connection=TLSSafeClientConnection, **_LEGACY, **options
        )
    except OPEN_ERRORS as exc:
        raise handshake_error(exc, target) from exc
    return SyncWebSocketTransport(websocket, prepared.max_size)
