"""The entry points: :func:`connect` (opens at once) and :func:`aconnect` (on ``await``
or ``async with``). Both check every argument before a socket opens; the connections
themselves are :mod:`realtime_ext._base.connection_async` and its generated blocking twin
:mod:`realtime_ext._base.connection_sync`. Each names its own few arguments and takes the
rest as ``**options`` (:class:`~realtime_ext.connection.ConversationOptions`, defaults in
``CONNECT_DEFAULTS``), and passes them on as ``**locals()`` to one checking function
(:func:`_plan`), so the two cannot check differently."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from realtime_ext._base.connection_async import AsyncRealtimeConnection, open_started
from realtime_ext._base.connection_sync import RealtimeConnection
from realtime_ext._base.connection_sync import open_started as open_sync_started
from realtime_ext._base.handshakes import handshake_turn
from realtime_ext._base.instrument import Instrumentation, checked_instrumentation
from realtime_ext._base.keywords import ConversationOptions, checked_options, socket_plan
from realtime_ext._base.protocol import REALTIME
from realtime_ext._base.socket_options import SessionPlan
from realtime_ext._opening import PlanOpening
from realtime_ext._route import Route
from realtime_ext.conversation import checked_extensions


def _plan(
    *, options: Mapping[str, Any], telemetry: object, blocking: bool, **socket: Any
) -> SessionPlan:
    """The arguments of :func:`connect`/:func:`aconnect` (their ``locals()``), checked
    before any socket opens: an unknown option, the extensions and the telemetry here, the
    rest by :func:`~realtime_ext._base.keywords.socket_plan`."""
    given = checked_options(options, ConversationOptions)
    measured = checked_instrumentation(telemetry)
    extensions = checked_extensions(given.pop("extensions"), allow_async=not blocking)
    prepared, policy = socket_plan(**socket, **given)
    return SessionPlan(prepared, REALTIME, None, policy, measured, extensions=extensions)


def connect(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
    call_id: str | None = None,
    headers: Mapping[str, str] | None = None,
    websocket_base_url: str | None = None,
    telemetry: Instrumentation | None = None,
    route: Route | None = None,
    **options: Unpack[ConversationOptions],
) -> RealtimeConnection:
    """Open a Realtime WebSocket (blocking); use it as a context manager.

    The URL is ``base_url`` (default: ``OPENAI_BASE_URL``, else ``https://api.openai.com/v1``,
    as the client's) or ``websocket_base_url``, with a ws(s) scheme plus
    ``/realtime?model=...`` (or ``?call_id=...`` to join a WebRTC/SIP call: exactly one of
    the two). ``api_key`` may be an API key or an ephemeral client secret (``ek_...``); it is
    sent as ``Authorization: Bearer``.

    ``**options`` are the keys of :class:`~realtime_ext.connection.ConversationOptions`
    (each documented there; defaults in :data:`~realtime_ext.connection.CONNECT_DEFAULTS`):
    a key it does not have raises ``InvalidArgumentError`` naming it before anything
    opens, and is a type error under mypy and pyright.

    WebSocket options (passed to ``websockets``): ``close_timeout`` (seconds to wait for
    the closing handshake), ``ping_interval``/``ping_timeout`` (keepalive: a ping every
    ``ping_interval`` seconds, answered within ``ping_timeout``; a frozen server is caught
    within ``ping_interval + ping_timeout + close_timeout``, 20 s by default, and the
    connection ends with 1011 ``"keepalive ping timeout"``, reconnected like a drop;
    ``None`` turns it off), ``compression`` (``None`` turns permessage-deflate off),
    ``ssl`` (a custom ``SSLContext`` for wss://), ``proxy`` (a proxy URL; ``True``: from
    the environment; ``None``: never). ``clock``: what reconnect backoff waits on (tests pass
    ``realtime_ext.testing.ManualClock``).

    Limits and backpressure: at most ``max_queue`` incoming messages are buffered; when
    the buffer is full the reader stops reading the socket, so TCP flow control slows the
    server down instead of memory growing (worst case about ``max_queue * max_size``).
    Messages over ``max_size`` bytes are refused: outgoing ones with
    :class:`MessageTooLargeError` before sending, incoming ones close the connection with
    1009 and the next ``recv`` raises :class:`MessageTooLargeError`.

    Reconnect (on by default, ``max_retries=5``; ``max_retries=0`` turns it off): a
    connection lost with a recoverable code (1001, 1005, 1006, 1011-1015) is reopened in the
    background, up to ``max_retries`` attempts with exponential backoff
    (``reconnect_delay`` doubling up to ``max_reconnect_delay``, 75-100 % jitter: openai's
    figures; openai reconnects only with ``on_reconnecting``). Before each attempt
    ``on_reconnecting(ReconnectingEvent)`` may return ``{"url": ..., "extra_query": ...,
    "extra_headers": ...}`` or ``{"abort": True}``. On success the new connection, a new
    server session, is given what ``carry`` says, then the sends queued meanwhile (at most
    ``max_queued_bytes``; beyond, ``SendQueueFullError``), and
    ``on_reconnected(ReconnectedEvent)`` is called.
    ``carry="history"`` (default) restores the session (every ``session.update`` merged,
    tools and instructions included), re-creates the conversation's items with their
    original ids (the last ``carry_max_items`` items within ``carry_max_chars``
    characters; audio as its transcript), sends once more the items the old session never
    confirmed and appends again the input audio not yet committed; ``"session"`` restores
    the configuration only; a function of the history's items chooses them.
    ``on_reconnected`` is told what was carried. Failure raises ``ReconnectError`` carrying
    the unsent messages. A receive's ``timeout`` holds meanwhile: past it,
    ``APITimeoutError`` while the reconnect goes on (the next receive waits for it again);
    ``close()`` stops it. 1000, 1008, 1009 and 4xxx closes never reconnect. A response in
    progress is lost with its session (``ResponseLostError``, or the
    ``"response.lost"`` handlers): ask again there.

    Rollover: after ``max_session_duration`` seconds (default 55 minutes, under the API's
    60-minute cap; ``None``: never) the conversation moves to a new session, carried as
    above, at a quiet point (no response in progress, the user not speaking), waited for a
    tenth of the duration at most (60 s at most), then at the next response's end or pause;
    ``on_reconnected`` is told (``reason="rollover"``). A session whose ``expires_at``
    (``session.created``) comes sooner rolls over before that end. A session the server ends
    (``session_expired``) is moved as after a drop, through the same backoff and
    ``max_retries`` (``reason="expired"``). A sideband
    connection (``call_id=``) rejoins its call and never rolls over.

    Extensions (``extensions=[...]``, :class:`~realtime_ext.Extension` objects, attached
    in order as the connection opens): barge-in and history are
    ``realtime_ext.voice.Voice`` (see the "Interruptions and history" guide):
    ``voice = Voice(playback=tracker)``, then ``voice.history``, ``voice.interrupt()``;
    its history is what ``carry="history"`` gives a new session. With no extension
    overriding ``carried``, a new session is given the connection's own log of the items
    (as GPT-Live carries its transcripts); ``ReconnectedEvent.carried`` says what was.

    Errors: a refused handshake raises the matching ``APIStatusError`` subclass (401
    ``AuthenticationError``, 403, 404...), an unreachable server ``APIConnectionError``;
    a connection that ends (and is not reconnected) raises ``ConnectionClosed``, an
    ``APIConnectionError``, with its close code and reason and the sends the server never
    confirmed (``exc.unconfirmed``), from ``recv``, iteration and ``run_until`` alike:
    iteration ends quietly only after ``close()`` or the server's normal close (1000). A
    server ``error`` event raises ``RealtimeServerError`` unless an ``error`` handler is
    registered.

    Example::

        with connect(api_key="sk-...", model="gpt-realtime") as conn:
            conn.session.update(session={"type": "realtime", "instructions": "Be brief."})
            print(conn.recv().type)
    """
    return open_sync_started(RealtimeConnection, _plan(**locals(), blocking=True))


class AsyncConnect(PlanOpening[SessionPlan, AsyncRealtimeConnection]):
    """What :func:`aconnect` returns: ``await`` it, or use it with ``async with``.

    Example::

        conn = await aconnect(...)          # close it yourself
        async with aconnect(...) as conn:   # closed on exit
            ...
    """

    async def _open(self) -> AsyncRealtimeConnection:
        async with handshake_turn():  # the whole open, not only its socket's handshake
            return await open_started(AsyncRealtimeConnection, self._plan)


def aconnect(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str | None = None,
    call_id: str | None = None,
    headers: Mapping[str, str] | None = None,
    websocket_base_url: str | None = None,
    telemetry: Instrumentation | None = None,
    route: Route | None = None,
    **options: Unpack[ConversationOptions],
) -> AsyncConnect:
    """Open a Realtime WebSocket for asyncio: ``async with aconnect(...) as conn``.

    Arguments, limits, backpressure, reconnect and errors are those of :func:`connect`
    (``on_reconnecting`` and ``on_reconnected`` may also be ``async def``), WebSocket options
    included. Arguments are checked here, the socket opens on ``await``/``async with``.

    Example::

        async with aconnect(api_key="ek_...", model="gpt-realtime") as conn:
            print((await conn.recv()).type)
    """
    return AsyncConnect(_plan(**locals(), blocking=False))
