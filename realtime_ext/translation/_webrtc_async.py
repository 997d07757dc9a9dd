"""Translation calls over WebRTC: ``client.webrtc.connect_translation(...)`` (aiortc extra).

``client.webrtc`` is :class:`AsyncTranslationWebRTC`: the WebRTC namespace of
:mod:`realtime_ext.webrtc` (which knows nothing of translation) plus
``connect_translation``.

The peer is made by the WebRTC call machinery (``establish``, shared with conversation
calls: offer, REST, answer, ``oai-events`` open, connect timeout); the offer goes to
``POST /realtime/translations/calls`` (``client.translations.calls.create``, the
translation client secret's ``ek_`` as bearer). Speech goes out as the audio track
(``audio_in``: a WAV file, PCM, an iterator, or silence), translated speech comes back as
the remote track (``call.audio_out``), and the translation events arrive on the data
channel through the same session class as the WebSocket (:class:`AsyncTranslationConnection`),
so sends, events, handlers, transcripts and the graceful :meth:`AsyncTranslationCall.close`
behave alike.

The asyncio call and the blocking one (its peer on a private event loop thread) are one
source: ``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit the
asyncio one).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from realtime_ext._opening import Opening
from realtime_ext.telemetry import Telemetry, measure
from realtime_ext.telemetry._options import telemetry_of
from realtime_ext.webrtc._async import AsyncPeerCall, AsyncWebRTC
from realtime_ext.webrtc._call import PeerOptions
from realtime_ext.webrtc._peer_async import AsyncPeer, establish, opening

from ._session import DEFAULT_CLOSE_TIMEOUT
from ._session_async import AsyncTranslationConnection
from ._webrtc import TranslationWebRTCBase

if TYPE_CHECKING:
    from realtime_ext._resources.calls_async import AsyncCalls
    from realtime_ext._resources.live_async import AsyncLive
    from realtime_ext._resources.translations_async import AsyncTranslationCalls
    from realtime_ext._results import CallAnswer
    from realtime_ext.events import TranslationServerEvent

__all__ = ["AsyncTranslationCall", "AsyncTranslationWebRTC"]


class AsyncTranslationCall(AsyncPeerCall, AsyncTranslationConnection):
    """A live translation call: events on ``oai-events``, speech both ways over RTP.

    Everything of :class:`AsyncTranslationConnection` (typed sends and events, handlers,
    ``transcript``, the delta iterators, graceful :meth:`close`) plus ``call_id``,
    ``audio_in`` (the input track), ``audio_out`` (translated speech: iterate it,
    ``read()`` or ``audio_out.record()``) and ``timings``. The speech is RTP here, not
    ``session.output_audio.delta`` events: ``target_audio()`` and ``transcript.audio_ms``
    see none of it; ``audio_out`` has it all. Closing it ends the call.

    Example::

        async with client.webrtc.connect_translation(audio_in="speech.wav") as call:
            recorder = call.audio_out.record()
            async for text in call.target_transcript(timeout=30):
                print(text, end="")
    """

    _speech_over_rtp = True

    def __init__(self, peer: AsyncPeer, telemetry: Telemetry | None = None) -> None:
        super().__init__(peer.transport, url=f"webrtc:{peer.call_id}")
        measure(self, telemetry or True, translation=True)
        self._hold(peer)

    @classmethod
    async def open(
        cls,
        calls: AsyncTranslationCalls,
        options: PeerOptions,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncTranslationCall:
        """Make a translation call; returns once ``oai-events`` is open
        (``client.webrtc.connect_translation`` calls this).

        Example::

            call = await AsyncTranslationCall.open(
                client.translations.calls, PeerOptions(client.base_url)
            )
        """

        async def create(offer: str) -> CallAnswer:
            return await calls.create(sdp=offer, extra_headers=extra_headers)

        return cls(await establish(create, options), telemetry_of(calls))

    async def close(
        self, *, timeout: float | None = DEFAULT_CLOSE_TIMEOUT
    ) -> list[TranslationServerEvent]:
        """``session.close`` on the data channel, the flushed events until
        ``session.closed``, then the peer connection is closed. Idempotent.

        Example::

            rest = await call.close(timeout=30)
        """
        try:
            return await super().close(timeout=timeout)
        finally:
            await self._peer.close()

    async def abort(self, code: int = 1000, reason: str = "") -> None:
        """End the call now (no flush).

        Example::

            await call.abort()
        """
        try:
            await super().abort(code, reason)
        finally:
            await self._peer.close()


class AsyncTranslationWebRTC(
    TranslationWebRTCBase["AsyncTranslationCalls", Opening[AsyncTranslationCall]], AsyncWebRTC
):
    """``client.webrtc``: the WebRTC calls of
    :class:`~realtime_ext.webrtc.AsyncWebRTC` plus translation calls
    (``connect_translation``).

    Example::

        async with client.webrtc.connect_translation(audio_in="speech.wav") as call:
            recorder = call.audio_out.record()
    """

    def __init__(
        self,
        calls: AsyncCalls,
        base_url: str,
        translation_calls: AsyncTranslationCalls,
        model: str | None = None,
        *,
        live: AsyncLive | None = None,
    ) -> None:
        super().__init__(calls, base_url, model, live=live)
        self._translation_calls = translation_calls

    def _connect_translation(
        self, options: PeerOptions, extra_headers: Mapping[str, str] | None
    ) -> Opening[AsyncTranslationCall]:
        return opening(AsyncTranslationCall.open, self._translation_calls, options, extra_headers)
