# generated from realtime_ext/webrtc/_translation_async.py by scripts/gen_sync.py; do not edit
"""``TranslationCall``: a translation session's WebRTC call held from Python
(``WebRTC(client).connect_translation``).

The same peer as a conversation's call (:class:`SyncPeerCall`), held by the translation
connection (:class:`~realtime_ext.conversation.TranslationConnection`, the conversation
configured for translation), its offer posted to ``client.translations.calls.create``.
Translation's module of the webrtc package, as :mod:`._live_sync` is GPT-Live's.

The asyncio call and the blocking one (its peer on a private event loop thread) are one
source: ``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit the
asyncio one).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from realtime_ext import attach_instrumentation
from realtime_ext.conversation import (
    DEFAULT_TRANSLATION_CLOSE_TIMEOUT,
    TRANSLATION,
    TranslationConnection,
)

from ._call import PeerOptions
from ._peer_call_sync import SyncPeerCall
from ._peer_sync import SyncPeer, establish

if TYPE_CHECKING:
    from realtime_ext import CallAnswer, Instrumentation, TranslationCalls
    from realtime_ext.events import TranslationServerEvent

__all__ = ["TranslationCall", "open_translation_call"]


class TranslationCall(SyncPeerCall, TranslationConnection):
    """A live translation call: events on ``oai-events``, speech both ways over RTP.

    Everything of :class:`~realtime_ext.conversation.TranslationConnection` (typed
    sends and events, handlers, extensions, the delta iterators, graceful :meth:`close`)
    plus ``call_id``, ``audio_in`` (the input track), ``audio_out`` (translated speech:
    iterate it, ``read()`` or ``audio_out.record()``) and ``timings``. The speech is RTP
    here, not ``session.output_audio.delta`` events: ``target_audio()`` sees none of it;
    ``audio_out`` has it all. Closing it ends the call.

    Example::

        with WebRTC(client).connect_translation(audio_in="speech.wav") as call:
            recorder = call.audio_out.record()
            for text in call.target_transcript(timeout=30):
                print(text, end="")
    """

    def __init__(self, peer: SyncPeer) -> None:
        super().__init__(peer.transport, url=f"webrtc:{peer.call_id}")
        self._hold(peer)

    def close(
        self, *, timeout: float | None = DEFAULT_TRANSLATION_CLOSE_TIMEOUT
    ) -> list[TranslationServerEvent]:
        """``session.close`` on the data channel, the flushed events until
        ``session.closed``, then the peer connection is closed. Idempotent.

        Example::

            rest = call.close(timeout=30)
        """
        return self._then_close_peer(super().close, timeout=timeout)

    def abort(self, code: int = 1000, reason: str = "") -> None:
        """End the call now (no flush).

        Example::

            call.abort()
        """
        self._then_close_peer(super().abort, code, reason)


def open_translation_call(
    calls: TranslationCalls,
    options: PeerOptions,
    extra_headers: Mapping[str, str] | None = None,
    telemetry: Instrumentation | None = None,
) -> TranslationCall:
    """Make a translation call; returns once ``oai-events`` is open
    (``WebRTC(client).connect_translation`` calls this); ``telemetry`` (the client's)
    measures it.

    Example::

        call = open_translation_call(client.translations.calls, PeerOptions(base_url))
    """

    def create(offer: str) -> CallAnswer:
        return calls.create(sdp=offer, extra_headers=extra_headers)

    call = TranslationCall(establish(create, options))
    attach_instrumentation(call, telemetry, kind=TRANSLATION.api)
    return call
