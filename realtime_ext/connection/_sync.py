"""The blocking Realtime connection: the conversation over the ``websockets`` sync client."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from realtime_ext.conversation import Conversation

from ._options import DEFAULT_MAX_QUEUE, DEFAULT_MAX_SIZE, DEFAULT_OPEN_TIMEOUT, prepare
from ._reconnect_args import DEFAULT_MAX_QUEUED_BYTES, reconnector
from ._transport import SyncWebSocketTransport, open_sync

if TYPE_CHECKING:
    from websockets.sync.client import ClientConnection

    from realtime_ext.conversation import Reconnector
    from realtime_ext.conversation._reconnect import OnReconnected, OnReconnecting
    from realtime_ext.conversation._transport import SyncReopen


class RealtimeConnection(Conversation):
    """An open Realtime WebSocket: send client events, receive typed server events.

    Everything but the socket comes from :class:`~realtime_ext.conversation.Conversation`:
    typed sends, handlers, errors raised, reconnect, the tool loop.

    Example::

        with connect(api_key=key, base_url="https://api.openai.com/v1",
                     model="gpt-realtime") as conn:
            conn.conversation.item.create(item={"type": "message", "role": "user",
                                                "content": [{"type": "input_text", "text": "Hi"}]})
            conn.response.create()
            for event in conn:
                if event.type_ == "response.done":
                    break
    """

    _transport: SyncWebSocketTransport

    def __init__(
        self,
        transport: SyncWebSocketTransport,
        *,
        url: str,
        max_size: int | None,
        reopen: SyncReopen | None = None,
        reconnector: Reconnector | None = None,
    ) -> None:
        super().__init__(transport, max_size=max_size, reopen=reopen, reconnector=reconnector)
        self._url = url

    def __repr__(self) -> str:
        state = self._transport.websocket.state.name
        return f"<RealtimeConnection {self._url} state={state}>"

    @property
    def websocket(self) -> ClientConnection:
        """The underlying ``websockets`` connection (a new one after a reconnect)."""
        return self._transport.websocket


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
    max_retries: int | None = None,
    on_reconnecting: OnReconnecting | None = None,
    on_reconnected: OnReconnected | None = None,
    reconnect_delay: float = 0.5,
    max_reconnect_delay: float = 8.0,
    max_queued_bytes: int = DEFAULT_MAX_QUEUED_BYTES,
    **options: Any,
) -> RealtimeConnection:
    """Open a Realtime WebSocket (blocking); use it as a context manager.

    The URL is ``base_url`` (or ``websocket_base_url``) with a ws(s) scheme plus
    ``/realtime?model=...`` (or ``?call_id=...`` to join a WebRTC/SIP call: exactly one of
    the two). ``api_key`` may be an API key or an ephemeral client secret (``ek_...``); it is
    sent as ``Authorization: Bearer``. Extra ``options`` go to
    ``websockets.sync.client.connect``.

    Limits and backpressure: at most ``max_queue`` incoming messages are buffered; when
    the buffer is full the reader stops reading the socket, so TCP flow control slows the
    server down instead of memory growing (worst case about ``max_queue * max_size``).
    Messages over ``max_size`` bytes are refused: outgoing ones with
    :class:`MessageTooLargeError` before sending, incoming ones close the connection with
    1009 and the next ``recv`` raises :class:`MessageTooLargeError`.

    Reconnect (off by default): with ``max_retries=N`` (or an ``on_reconnecting`` hook,
    then N defaults to 5) a connection lost with a recoverable code (1001, 1005, 1006,
    1011-1015) is reopened by the receiving loop, up to N attempts with exponential backoff
    (``reconnect_delay`` doubling up to ``max_reconnect_delay``, 75-100 % jitter). Before
    each attempt ``on_reconnecting(ReconnectingEvent)`` may return ``{"url": ...,
    "extra_query": ..., "extra_headers": ...}`` or ``{"abort": True}``. On success the last
    ``session.update`` is sent again, sends queued meanwhile (at most
    ``max_queued_bytes``; beyond, ``SendQueueFullError``) go out, and
    ``on_reconnected(ReconnectedEvent)`` is called. The new connection is a new server
    session: its configuration is restored, the conversation items are not. Failure raises
    ``ReconnectError`` carrying the unsent messages. 1000, 1008, 1009 and 4xxx closes never
    reconnect. A message the socket accepted just before it dropped can be lost with it (no
    transport can tell); ``on_reconnected`` is the place to ask again (``response.create``).

    Errors: a refused handshake raises the matching ``APIStatusError`` subclass (401
    ``AuthenticationError``, 403, 404...), an unreachable server or a dropped socket
    ``APIConnectionError``; a server ``error`` event raises ``RealtimeServerError`` from
    ``recv``/iteration/``run_until`` unless an ``error`` handler is registered.

    Example::

        with connect(api_key="sk-...", base_url="https://api.openai.com/v1",
                     model="gpt-realtime", max_retries=3) as conn:
            conn.session.update(session={"type": "realtime", "instructions": "Be brief."})
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
    policy = reconnector(
        prepared,
        max_retries=max_retries,
        on_reconnecting=on_reconnecting,
        on_reconnected=on_reconnected,
        reconnect_delay=reconnect_delay,
        max_reconnect_delay=max_reconnect_delay,
        max_queued_bytes=max_queued_bytes,
    )

    def reopen(url: str, extra_headers: Mapping[str, str]) -> SyncWebSocketTransport:
        return open_sync(prepared, url, extra_headers)

    return RealtimeConnection(
        open_sync(prepared),
        url=prepared.url,
        max_size=prepared.max_size,
        reopen=reopen,
        reconnector=policy,
    )
