# generated from realtime_ext/connection/_async.py by scripts/gen_sync.py; do not edit
"""The Realtime connection: a conversation whose transport is a ``websockets`` client
connection (reopened on reconnect).

The blocking twin (``_sync``) is generated from the asyncio one (``_async``) by
``scripts/gen_sync.py``: edit ``_async``. The entry points differ (the blocking one opens
at once, the asyncio one on ``await``) and live in :mod:`._connect`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from realtime_ext.conversation import Conversation
from realtime_ext.conversation._reconnect import Reconnector
from realtime_ext.telemetry import Telemetry
from realtime_ext.voice import History, Interruption, PlaybackTracker
from realtime_ext.voice._extension import Voice, VoiceOptions

from ._options import Plan
from ._transport import SyncWebSocketTransport, open_sync

if TYPE_CHECKING:
    from websockets.sync.client import ClientConnection

    from realtime_ext.conversation._transport import SyncReopen


class RealtimeConnection(Conversation):
    """An open Realtime WebSocket: send client events, receive typed server events.

    Everything but the socket comes from :class:`~realtime_ext.conversation.Conversation`:
    typed sends, handlers, errors raised, reconnect, the tool loop.

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
        voice: VoiceOptions | None = None,
        telemetry: Telemetry | None = None,
    ) -> None:
        super().__init__(
            transport,
            max_size=max_size,
            reopen=reopen,
            reconnector=reconnector,
            telemetry=telemetry,
        )
        self._url = url
        self._voice = self.add_extension(Voice(self, voice))
        # What a new session is seeded from after a drop or a rollover: the live history.
        self._core.reconnector.carry.history = lambda: self._voice.history

    @property
    def voice(self) -> Voice:
        """The barge-in and history extension (``conn.history``, ``conn.interrupt()``)."""
        return self._voice

    @property
    def history(self) -> History:
        """The live conversation: typed items in server order (see :class:`History`).

        Deltas, truncations, deletions and cancelled responses applied; after a reconnect
        (a new server session) a new history, the old one as ``history.previous``.

        Example::

            print(conn.history.transcript())
        """
        return self._voice.history

    @property
    def playback(self) -> PlaybackTracker | None:
        """The ``playback=`` tracker (``None``: played time is estimated from a clock)."""
        return self._voice.playback

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
        return self._voice.interrupt()

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
    prepared = plan.prepared

    def reopen(url: str, extra_headers: Mapping[str, str]) -> SyncWebSocketTransport:
        return open_sync(prepared, url, extra_headers)

    return RealtimeConnection(
        open_sync(prepared),
        url=prepared.url,
        max_size=prepared.max_size,
        reopen=reopen,
        reconnector=plan.policy,
        voice=plan.voice,
        telemetry=plan.telemetry,
    )
