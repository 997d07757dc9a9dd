"""Translation calls over WebRTC: ``client.webrtc.connect_translation(...)`` (aiortc extra).

``client.webrtc`` on the asyncio client is :class:`AsyncTranslationWebRTC`: the WebRTC
namespace of :mod:`realtime_ext.webrtc` (which knows nothing of translation) plus
``connect_translation``.

The peer is made by the WebRTC call machinery (:func:`realtime_ext.webrtc._call.establish`,
shared with conversation calls: offer, REST, answer, ``oai-events`` open, connect
timeout); the offer goes to ``POST /realtime/translations/calls``
(``client.translations.calls.create``, the translation client secret's ``ek_`` as bearer).
Speech goes out as the audio track (``audio_in``: a WAV file, PCM, an async iterator, or
silence), translated speech comes back as the remote track (``call.audio_out``), and the
translation events arrive on the data channel through the same session class as the
WebSocket (:class:`AsyncTranslationSession`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from realtime_ext._opening import Opening
from realtime_ext.conversation import AsyncConversation
from realtime_ext.events import parse_translation_server_event
from realtime_ext.telemetry import Telemetry
from realtime_ext.telemetry._options import telemetry_of
from realtime_ext.webrtc._call import AsyncPeerCall, AsyncWebRTC, PeerOptions, establish

from ._session import DEFAULT_CLOSE_TIMEOUT
from ._session_async import AsyncTranslationSession
from ._webrtc import TranslationWebRTCBase

if TYPE_CHECKING:
    from realtime_ext._resources.calls_async import AsyncCalls
    from realtime_ext._resources.translations_async import AsyncTranslationCalls
    from realtime_ext._results import CallAnswer
    from realtime_ext.events import TranslationServerEvent
    from realtime_ext.webrtc._call import Peer

__all__ = [
    "AsyncTranslationCall",
    "AsyncTranslationWebRTC",
    "TranslationCallConnect",
    "open_translation_call",
]


class AsyncTranslationCall(AsyncPeerCall, AsyncTranslationSession):
    """A live translation call: events on ``oai-events``, speech both ways over RTP.

    Everything of :class:`AsyncTranslationSession` (typed sends and events, handlers,
    ``transcript``, the delta iterators, graceful :meth:`close`) plus ``call_id``,
    ``audio_in`` (the input track), ``audio_out`` (translated speech: iterate it or
    ``audio_out.record()``) and ``timings``. The speech is RTP here, not
    ``session.output_audio.delta`` events: ``target_audio()`` and ``transcript.audio_ms``
    see none of it; ``audio_out`` has it all.

    Example::

        async with client.webrtc.connect_translation(audio_in="speech.wav") as call:
            recorder = call.audio_out.record()
            async for text in call.target_transcript(timeout=30):
                print(text, end="")
    """

    _speech_over_rtp = True

    def __init__(self, peer: Peer, telemetry: Telemetry | None = None) -> None:
        conversation = AsyncConversation(
            peer.transport,
            max_size=None,
            decode=parse_translation_server_event,
            telemetry=telemetry,
            translation=True,
        )
        super().__init__(conversation, url=f"webrtc:{peer.call_id}")
        self._hold(peer)

    async def close(
        self, *, timeout: float | None = DEFAULT_CLOSE_TIMEOUT
    ) -> list[TranslationServerEvent]:
        """``session.close`` on the data channel, the flushed events until
        ``session.closed``, then the peer connection is closed. Idempotent.

        Example::

            rest = await call.close()
        """
        try:
            return await super().close(timeout=timeout)
        finally:
            await self._hang_up()

    async def abort(self, code: int = 1000, reason: str = "") -> None:
        """Close the peer connection now (no flush).

        Example::

            await call.abort()
        """
        try:
            await super().abort(code, reason)
        finally:
            await self._hang_up()

    async def _hang_up(self) -> None:
        if self._closed:
            return
        self._closed = True
        await self._peer.close()


async def open_translation_call(
    calls: AsyncTranslationCalls,
    options: PeerOptions,
    extra_headers: Mapping[str, str] | None = None,
) -> AsyncTranslationCall:
    """Make a translation call; returns once ``oai-events`` is open."""

    async def create(offer: str) -> CallAnswer:
        return await calls.create(sdp=offer, extra_headers=extra_headers)

    return AsyncTranslationCall(await establish(create, options), telemetry_of(calls))


class TranslationCallConnect(Opening[AsyncTranslationCall]):
    """What ``client.webrtc.connect_translation(...)`` returns: ``async with`` or ``await``."""

    def __init__(
        self,
        calls: AsyncTranslationCalls,
        options: PeerOptions,
        extra_headers: Mapping[str, str] | None,
    ) -> None:
        self._calls = calls
        self._options = options
        self._extra_headers = extra_headers

    async def _open(self) -> AsyncTranslationCall:
        return await open_translation_call(self._calls, self._options, self._extra_headers)


class AsyncTranslationWebRTC(
    TranslationWebRTCBase["AsyncTranslationCalls", TranslationCallConnect], AsyncWebRTC
):
    """``client.webrtc`` on the asyncio client: the WebRTC calls of
    :class:`~realtime_ext.webrtc.AsyncWebRTC` plus translation calls
    (``connect_translation``).

    Example::

        async with client.webrtc.connect_translation(audio_in="speech.wav") as call:
            recorder = call.audio_out.record()
    """

    def __init__(
        self, calls: AsyncCalls, base_url: str, translation_calls: AsyncTranslationCalls
    ) -> None:
        super().__init__(calls, base_url)
        self._translation_calls = translation_calls

    def _connect_translation(
        self, options: PeerOptions, extra_headers: Mapping[str, str] | None
    ) -> TranslationCallConnect:
        return TranslationCallConnect(self._translation_calls, options, extra_headers)
