"""``connect_translation``, the translation call of both clients' ``client.webrtc``.

Its arguments are said once here; each driver (:mod:`._webrtc_async`, :mod:`._webrtc_sync`)
says only how a call opens (``_connect_translation``), as
:class:`realtime_ext.webrtc._call.WebRTCBase` does for ``connect``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Generic, TypeVar

from realtime_ext.webrtc._audio import SAMPLE_RATE, AudioInput
from realtime_ext.webrtc._call import DEFAULT_CONNECT_TIMEOUT, PeerOptions

TranslationCallsT = TypeVar("TranslationCallsT")
TranslationCallT = TypeVar("TranslationCallT")


class TranslationWebRTCBase(Generic[TranslationCallsT, TranslationCallT]):
    """What ``client.webrtc`` adds for translation on either client: ``connect_translation``
    (mixed into :class:`~realtime_ext.webrtc._call.AsyncWebRTC` and ``WebRTC``)."""

    _base_url: str
    _translation_calls: TranslationCallsT

    def connect_translation(
        self,
        *,
        audio_in: AudioInput = None,
        sample_rate: int = SAMPLE_RATE,
        connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
        ice_servers: Sequence[str] | None = None,
        loopback: bool | None = None,
        extra_headers: Mapping[str, str] | None = None,
    ) -> TranslationCallT:
        """Start a translation call: offer, ``POST /realtime/translations/calls``, answer,
        ``oai-events`` open. On the asyncio client ``await`` it or ``async with`` it; on the
        blocking client it returns the open call. The client's key should be a translation
        client secret's ``ek_`` (the session, e.g. the target language, is the secret's).

        ``audio_in`` (speech to translate), ``loopback``, ``ice_servers`` and
        ``connect_timeout`` behave as for :meth:`connect` (``APITimeoutError`` when the
        call does not connect in time; the peer is closed). Translated speech is
        ``call.audio_out``; transcripts and ``session.*`` events come on the data channel.

        Example::

            async with client.webrtc.connect_translation(audio_in="speech.wav") as call:
                recorder = call.audio_out.record()
                print("".join([t async for t in call.target_transcript(timeout=30)]))
            # blocking client: with client.webrtc.connect_translation(...) as call
        """
        options = PeerOptions(
            self._base_url, audio_in, sample_rate, connect_timeout, ice_servers, loopback
        )
        return self._connect_translation(options, extra_headers)

    def _connect_translation(
        self, options: PeerOptions, extra_headers: Mapping[str, str] | None
    ) -> TranslationCallT:
        raise NotImplementedError
