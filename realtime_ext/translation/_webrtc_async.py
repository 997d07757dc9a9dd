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

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from realtime_ext._opening import Opening
from realtime_ext.conversation import AsyncConversation
from realtime_ext.events import parse_translation_server_event
from realtime_ext.telemetry import Telemetry
from realtime_ext.telemetry._options import telemetry_of
from realtime_ext.webrtc._audio import SAMPLE_RATE
from realtime_ext.webrtc._call import AsyncWebRTC
from realtime_ext.webrtc._channel import follow_peer

from ._session import DEFAULT_CLOSE_TIMEOUT
from ._session_async import AsyncTranslationSession

if TYPE_CHECKING:
    from realtime_ext._resources.calls_async import AsyncCalls
    from realtime_ext._resources.translations_async import AsyncTranslationCalls
    from realtime_ext._results import CallAnswer
    from realtime_ext.events import TranslationServerEvent
    from realtime_ext.webrtc._audio import AudioInput, AudioOutput
    from realtime_ext.webrtc._call import CallTimings
    from realtime_ext.webrtc._channel import DataChannelTransport

__all__ = [
    "AsyncTranslationCall",
    "AsyncTranslationWebRTC",
    "TranslationCallConnect",
    "open_translation_call",
]

CONNECT_TIMEOUT = 30.0
"""Seconds a translation call may take to connect (as a conversation call)."""


class AsyncTranslationCall(AsyncTranslationSession):
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

    def __init__(
        self,
        *,
        pc: Any,
        transport: DataChannelTransport,
        call_id: str,
        audio_in: Any,
        audio_out: AudioOutput,
        timings: CallTimings,
        telemetry: Telemetry | None = None,
    ) -> None:
        conversation = AsyncConversation(
            transport,
            max_size=None,
            decode=parse_translation_server_event,
            telemetry=telemetry,
            translation=True,
        )
        super().__init__(conversation, url=f"webrtc:{call_id}")
        self.pc: Any = pc
        """The aiortc ``RTCPeerConnection``."""
        self.call_id: str = call_id
        """The call's id (``rtc_...``), from the ``Location`` header."""
        self.audio_in: Any = audio_in
        """The input audio track (speech to translate) and its counters."""
        self.audio_out: AudioOutput = audio_out
        """Translated speech: ``async for pcm in call.audio_out`` or ``record()``."""
        self.timings: CallTimings = timings
        """How long the offer, the answer and the connection took."""
        self._ended = False
        follow_peer(pc, transport, audio_out)

    def __repr__(self) -> str:
        state = "closed" if self._ended else self.pc.connectionState
        return f"<AsyncTranslationCall {self.call_id} {state}>"

    @property
    def ended(self) -> bool:
        """Whether the call is over (closed here, by the server, or dropped)."""
        return self._ended or self.close_code is not None

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
        if self._ended:
            return
        self._ended = True
        self.audio_in.stop()
        await self.audio_out.aclose()
        await self.pc.close()


async def open_translation_call(
    calls: AsyncTranslationCalls,
    *,
    base_url: str,
    audio_in: AudioInput = None,
    sample_rate: int = 24_000,
    connect_timeout: float = 30.0,
    ice_servers: Sequence[str] | None = None,
    loopback: bool | None = None,
    extra_headers: Mapping[str, str] | None = None,
) -> AsyncTranslationCall:
    """Make a translation call; returns once ``oai-events`` is open."""
    from realtime_ext.webrtc._call import establish

    async def create(offer: str) -> CallAnswer:
        return await calls.create(sdp=offer, extra_headers=extra_headers)

    peer = await establish(
        create,
        base_url=base_url,
        audio_in=audio_in,
        sample_rate=sample_rate,
        connect_timeout=connect_timeout,
        ice_servers=ice_servers,
        loopback=loopback,
    )
    return AsyncTranslationCall(
        pc=peer.pc,
        transport=peer.transport,
        call_id=peer.call_id,
        audio_in=peer.audio_in,
        audio_out=peer.audio_out,
        timings=peer.timings,
        telemetry=telemetry_of(calls),
    )


class TranslationCallConnect(Opening[AsyncTranslationCall]):
    """What ``client.webrtc.connect_translation(...)`` returns: ``async with`` or ``await``."""

    def __init__(self, calls: AsyncTranslationCalls, options: dict[str, Any]) -> None:
        self._calls = calls
        self._options = options

    async def _open(self) -> AsyncTranslationCall:
        return await open_translation_call(self._calls, **self._options)


class AsyncTranslationWebRTC(AsyncWebRTC):
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

    def connect_translation(
        self,
        *,
        audio_in: AudioInput = None,
        sample_rate: int = SAMPLE_RATE,
        connect_timeout: float = CONNECT_TIMEOUT,
        ice_servers: Sequence[str] | None = None,
        loopback: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TranslationCallConnect:
        """Start a translation call: offer, ``POST /realtime/translations/calls``, answer,
        ``oai-events`` open. The client's key should be a translation client secret's
        ``ek_`` (the session, e.g. the target language, is the secret's).

        ``audio_in`` (speech to translate), ``loopback``, ``ice_servers`` and
        ``connect_timeout`` behave as for :meth:`connect` (``APITimeoutError`` when the
        call does not connect in time; the peer is closed). Translated speech is
        ``call.audio_out``; transcripts and ``session.*`` events come on the data channel.

        Example::

            async with client.webrtc.connect_translation(audio_in="speech.wav") as call:
                recorder = call.audio_out.record()
                print("".join([t async for t in call.target_transcript(timeout=30)]))
        """
        options: dict[str, Any] = {
            "base_url": self._base_url,
            "audio_in": audio_in,
            "sample_rate": sample_rate,
            "connect_timeout": connect_timeout,
            "ice_servers": ice_servers,
            "loopback": loopback,
            "extra_headers": extra_headers,
        }
        return TranslationCallConnect(self._translation_calls, options)
