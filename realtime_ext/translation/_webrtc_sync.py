"""Blocking translation calls: ``RealtimeClient().webrtc.connect_translation(...)``.

``client.webrtc`` on the blocking client is :class:`TranslationWebRTC`: the WebRTC
namespace of :mod:`realtime_ext.webrtc` (which knows nothing of translation) plus
``connect_translation``.

aiortc runs only under asyncio, so the peer lives on a private event loop
(:class:`realtime_ext.webrtc._sync.SyncPeer`, one loop per call, stopped when the call ends) and
the events come through the blocking :class:`TranslationSession` over the ``oai-events``
channel: the same session class as a blocking WebSocket session, so sends, events,
handlers, transcripts and the graceful :meth:`TranslationCall.close` behave alike.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from realtime_ext.conversation import Conversation
from realtime_ext.events import parse_translation_server_event
from realtime_ext.telemetry import Telemetry
from realtime_ext.telemetry._options import telemetry_of
from realtime_ext.webrtc._call import PeerOptions
from realtime_ext.webrtc._sync import SyncPeer, SyncPeerCall, WebRTC

from ._session import DEFAULT_CLOSE_TIMEOUT
from ._session_sync import TranslationSession
from ._webrtc import TranslationWebRTCBase

if TYPE_CHECKING:
    from realtime_ext._resources.calls_sync import Calls
    from realtime_ext._resources.translations_sync import TranslationCalls
    from realtime_ext._results import CallAnswer
    from realtime_ext.events import TranslationServerEvent

__all__ = ["TranslationCall", "TranslationWebRTC"]


class TranslationCall(SyncPeerCall, TranslationSession):
    """A live translation call held from blocking code (asyncio: ``AsyncTranslationCall``).

    Everything of :class:`TranslationSession` (typed sends and events, handlers,
    ``transcript``, the delta iterators, graceful :meth:`close`) plus ``call_id``,
    ``timings`` and ``audio_out`` (translated speech as RTP: ``record()``, ``read()`` or
    iterate). Closing it ends the call and its event loop.

    Example::

        with client.webrtc.connect_translation(audio_in="speech.wav") as call:
            recorder = call.audio_out.record()
            for text in call.target_transcript(timeout=30):
                print(text, end="")
    """

    _speech_over_rtp = True

    def __init__(self, peer: SyncPeer, telemetry: Telemetry | None = None) -> None:
        conversation = Conversation(
            peer.channel,
            decode=parse_translation_server_event,
            telemetry=telemetry,
            translation=True,
        )
        super().__init__(conversation, url=f"webrtc:{peer.peer.call_id}")
        self._hold(peer)

    @classmethod
    def open(
        cls,
        calls: TranslationCalls,
        options: PeerOptions,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TranslationCall:
        """Make a translation call (blocking); returns once ``oai-events`` is open
        (``client.webrtc.connect_translation`` calls this).

        Example::

            call = TranslationCall.open(client.translations.calls, PeerOptions(client.base_url))
        """

        def create(offer: str) -> CallAnswer:
            return calls.create(sdp=offer, extra_headers=extra_headers)

        return cls(SyncPeer.open(create, options), telemetry_of(calls))

    def close(
        self, *, timeout: float | None = DEFAULT_CLOSE_TIMEOUT
    ) -> list[TranslationServerEvent]:
        """``session.close``, the flushed events until ``session.closed``, then the peer
        connection and the call's loop are closed. Idempotent.

        Example::

            rest = call.close(timeout=30)
        """
        try:
            return super().close(timeout=timeout)
        finally:
            self._peer.hang_up()

    def abort(self, code: int = 1000, reason: str = "") -> None:
        """End the call now (no flush).

        Example::

            call.abort()
        """
        try:
            super().abort(code, reason)
        finally:
            self._peer.hang_up()


class TranslationWebRTC(TranslationWebRTCBase["TranslationCalls", TranslationCall], WebRTC):
    """``client.webrtc`` on the blocking client: the WebRTC calls of
    :class:`~realtime_ext.webrtc.WebRTC` plus translation calls (``connect_translation``).

    Example::

        with client.webrtc.connect_translation(audio_in="speech.wav") as call:
            recorder = call.audio_out.record()
            print("".join(call.target_transcript(timeout=30)))
    """

    def __init__(self, calls: Calls, base_url: str, translation_calls: TranslationCalls) -> None:
        super().__init__(calls, base_url)
        self._translation_calls = translation_calls

    def _connect_translation(
        self, options: PeerOptions, extra_headers: Mapping[str, str] | None
    ) -> TranslationCall:
        return TranslationCall.open(self._translation_calls, options, extra_headers)
