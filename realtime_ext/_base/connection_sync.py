# generated from realtime_ext/_base/connection_async.py by scripts/gen_sync.py; do not edit
"""The Realtime connection: a conversation whose transport is a ``websockets`` client
connection (reopened on reconnect); and :func:`open_started`, which opens a session of any
kind on such a socket.

The blocking twin (``connection_sync``) is generated from the asyncio one
(``connection_sync``) by ``scripts/gen_sync.py``: edit ``connection_sync``. The entry
points differ (the blocking one opens at once, the asyncio one on ``await``) and live with
each kind (Realtime's in :mod:`realtime_ext.connection`'s ``_connect``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from realtime_ext._base.instrument import attach_instrumentation
from realtime_ext._closing import ExcInfo
from realtime_ext._config import check_seconds

from .conversation_sync import Conversation
from .extensions import Extension
from .socket_options import Prepared, SessionPlan
from .websocket_transport import SyncWebSocketTransport, open_sync

if TYPE_CHECKING:
    from websockets.sync.client import ClientConnection

    from .policy import ReconnectPolicy
    from .websocket_transport import SyncReopen

SessionT = TypeVar("SessionT")


class SyncStarting(Protocol):
    """What opening a session of any kind uses of the connection it makes."""

    def add_extension(self, extension: Extension, /) -> Any: ...
    def send(self, event: object) -> None: ...
    def run_until(self, *kinds: str, timeout: float | None = None) -> Any: ...
    def __exit__(self, *exc_info: *ExcInfo) -> None: ...


StartingT = TypeVar("StartingT", bound=SyncStarting)


class RealtimeConnection(Conversation):
    """An open Realtime WebSocket: send client events, receive typed server events.

    Everything but the socket comes from :class:`~realtime_ext.conversation.Conversation`:
    typed sends, handlers, errors raised, reconnect, the tool loop. Features (voice's
    barge-in and history, the metrics of ``telemetry=``) are extensions attached to it
    (``extensions=[...]``).

    Example::

        with connect(api_key=key, base_url=url, model="gpt-realtime") as conn:
            conn.response.create(response={"instructions": "Say hi"})
            for event in conn:
                if event.type == "response.done":
                    break
    """

    def __init__(
        self,
        transport: SyncWebSocketTransport,
        *,
        url: str,
        max_size: int | None,
        reopen: SyncReopen | None = None,
        reconnect: ReconnectPolicy | None = None,
    ) -> None:
        super().__init__(transport, max_size=max_size, reopen=reopen, reconnect=reconnect)
        self._url = url

    def __repr__(self) -> str:
        state = self._socket.websocket.state.name
        return f"<RealtimeConnection {self._url} state={state}>"

    @property
    def _socket(self) -> SyncWebSocketTransport:
        transport = self.transport
        assert isinstance(transport, SyncWebSocketTransport)  # opened (and reopened) as one
        return transport

    @property
    def websocket(self) -> ClientConnection:
        """The underlying ``websockets`` connection (a new one after a reconnect)."""
        return self._socket.websocket

    def close(self, code: int = 1000, reason: str = "", *, timeout: float | None = None) -> None:
        """Close with ``code`` and ``reason`` (no reconnect after this); idempotent.

        ``timeout`` bounds the whole close, the socket's closing handshake included (and the
        stop of a reconnect under way): past it the socket is dropped, as a frozen server
        never answers the close frame. ``None`` (the default) leaves the handshake bounded
        by ``close_timeout`` (10 s by default).

        Tool calls still running are abandoned (asyncio cancels their tasks; blocking ones
        finish on their threads): their outputs are not sent. What the close leaves behind
        is raised, once the connection is closed, as :class:`~realtime_ext.UndeliveredError`:
        the sends queued during a reconnect under way (``unsent``) and what the lost
        connection never confirmed (``unconfirmed``).

        Example::

            try:
                conn.close(timeout=2.0)
            except UndeliveredError as exc:
                print(len(exc.unsent), "never sent;", exc.unconfirmed)
        """
        within = check_seconds(timeout, "timeout")
        self._run(self._core.close(code, reason, within))


def open_session(
    session: Callable[..., SessionT], prepared: Prepared, policy: ReconnectPolicy
) -> SessionT:
    """``session`` (a session class, of any kind) on the socket ``prepared`` describes,
    reopened the same way by each reconnect."""

    def reopen(url: str, extra_headers: Mapping[str, str]) -> SyncWebSocketTransport:
        return open_sync(prepared, url, extra_headers)

    return session(
        open_sync(prepared),
        url=prepared.url,
        max_size=prepared.max_size,
        reopen=reopen,
        reconnect=policy,
    )


def open_started(
    session: Callable[..., StartingT],
    plan: SessionPlan,
    ready: Callable[[StartingT], object] | None = None,
) -> StartingT:
    """``session`` (a session class, configured for ``plan.protocol``) on the socket ``plan``
    describes, once its session is usable: the app's extensions attached, then the client's
    telemetry's, ``plan.first`` sent (a kind's ``session.start`` or ``session.update``),
    and, for a kind whose session is usable only once started (``awaits_started``), its
    ``started`` event received within the socket's ``open_timeout`` (a server ``error``
    instead raises ``RealtimeServerError``); then ``ready`` (a tool loop attached). Whatever
    fails closes the socket again. Every kind opens here: a new kind is its descriptor and
    its class.

    Example::

        conn = open_started(TranslationConnection, plan)
    """
    kind, prepared = plan.protocol, plan.prepared
    conn = open_session(session, prepared, plan.policy)
    try:
        for ext in plan.extensions:  # checked before the socket opened
            conn.add_extension(ext)
        now = plan.policy.clock.now
        attach_instrumentation(conn, plan.telemetry, kind=kind.api, now=now, url=prepared.url)
        if plan.first is not None:
            conn.send(plan.first)  # checked by the plan: sent as it is
        if kind.awaits_started:
            conn.run_until(kind.started, timeout=prepared.ws_options["open_timeout"])
        if ready is not None:
            ready(conn)
    except BaseException as exc:
        # Left as ``with`` leaves it on an error (a session kind's socket aborted, the
        # Realtime conversation closed without reporting): the error is the one raised.
        conn.__exit__(type(exc), exc, exc.__traceback__)
        raise
    return conn
