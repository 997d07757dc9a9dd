# generated from realtime_ext/connection/_async.py by scripts/gen_sync.py; do not edit
"""The Realtime connection: a conversation whose transport is a ``websockets`` client
connection (reopened on reconnect).

The blocking twin (``_sync``) is generated from the asyncio one (``_async``) by
``scripts/gen_sync.py``: edit ``_async``. The entry points differ (the blocking one opens
at once, the asyncio one on ``await``) and live in :mod:`._connect`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar

from realtime_ext.conversation import Conversation
from realtime_ext.conversation._reconnect import Reconnector
from realtime_ext.voice import History, Interruption, PlaybackTracker
from realtime_ext.voice._extension import Voice

from ._options import Plan, Prepared
from ._transport import SyncWebSocketTransport, open_sync

if TYPE_CHECKING:
    from websockets.sync.client import ClientConnection

    from realtime_ext.conversation._transport import SyncReopen

LiveT = TypeVar("LiveT")


class RealtimeConnection(Conversation):
    """An open Realtime WebSocket: send client events, receive typed server events.

    Everything but the socket comes from :class:`~realtime_ext.conversation.Conversation`:
    typed sends, handlers, errors raised, reconnect, the tool loop. Voice and metrics are
    extensions :func:`open_connection` attaches (``conn.voice``; the metrics of ``telemetry=``).

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
        reconnector: Reconnector | None = None,
    ) -> None:
        super().__init__(transport, max_size=max_size, reopen=reopen, reconnector=reconnector)
        self._url = url

    voice: Voice
    """The barge-in and history extension (``conn.history``, ``conn.interrupt()``)."""

    @property
    def history(self) -> History:
        """The live conversation: typed items in server order (see :class:`History`).

        Deltas, truncations, deletions and cancelled responses applied; after a reconnect
        (a new server session) a new history, the old one as ``history.previous``.

        Example::

            print(conn.history.transcript())
        """
        return self.voice.history

    @property
    def playback(self) -> PlaybackTracker | None:
        """The ``playback=`` tracker (``None``: played time is estimated from a clock)."""
        return self.voice.playback

    def interrupt(self) -> Interruption:
        """Interrupt the assistant now (push-to-talk): what a barge-in does, on demand.

        Sends ``response.cancel`` if a response is in progress and
        ``conversation.item.truncate`` for the item playing at the milliseconds heard
        (from ``playback=``, else estimated), never more than the audio received, never
        twice; then calls the ``"interrupted"`` handlers. Returns what it did.

        Example::

            done = conn.interrupt()
            print(done.item_id, done.audio_end_ms)
        """
        return self.voice.interrupt()

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


def open_connection(plan: Plan) -> RealtimeConnection:
    """Open the socket ``plan`` describes; reconnects reopen it the same way."""
    conn = open_live(RealtimeConnection, plan.prepared, plan.policy)
    # The features, as extensions: barge-in and history, then what the client's telemetry
    # attaches. What voice offers the carry (what a new session is given after a drop or a
    # rollover) is handed over here.
    voice = conn.voice = conn.add_extension(Voice(conn, plan.voice))
    plan.policy.carry.history = voice.carried_history
    if plan.telemetry is not None:
        ext = plan.telemetry.session_extension(now=plan.policy.clock.now, url=plan.prepared.url)
        if ext is not None:
            conn.add_extension(ext)
    return conn


def open_live(live: Callable[..., LiveT], prepared: Prepared, policy: Reconnector) -> LiveT:
    """``live`` (a live session class: the connection, a translation connection) on the
    socket ``prepared`` describes, reopened the same way by each reconnect."""

    def reopen(url: str, extra_headers: Mapping[str, str]) -> SyncWebSocketTransport:
        return open_sync(prepared, url, extra_headers)

    return live(
        open_sync(prepared),
        url=prepared.url,
        max_size=prepared.max_size,
        reopen=reopen,
        reconnector=policy,
    )
