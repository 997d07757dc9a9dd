"""Realtime translation sessions: speech in, translated speech and transcripts out.

A translation session (``wss://api.openai.com/v1/realtime/translations?model=
gpt-realtime-translate``) interprets continuously instead of answering: append 24 kHz
PCM16 mono audio (``session.input_audio_buffer.append``, 200 ms engine frames, silence
included), receive ``session.output_audio.delta`` (translated speech),
``session.output_transcript.delta`` (its text) and, with input transcription on,
``session.input_transcript.delta``; ``session.close`` flushes, then ``session.closed``.

Open one with ``client.translations.connect(...)`` (:class:`~realtime_ext.RealtimeClient`
or :class:`~realtime_ext.AsyncRealtimeClient`) or :func:`connect` / :func:`aconnect`
here, or as a WebRTC call with ``client.webrtc.connect_translation(...)``. Every
translation entry point lives in this package: ``client.translations`` is a
:class:`Translations` (the REST endpoints of :mod:`realtime_ext.resources.translations`
plus ``connect``) and the client's ``client.webrtc`` a :class:`TranslationWebRTC` (the
calls of :mod:`realtime_ext.webrtc` plus ``connect_translation``); the REST resources and
the WebRTC package know nothing of translation sessions. Sessions run on the conversation
core of :mod:`realtime_ext.conversation` (errors, handlers, extensions and reconnect
behave as on a conversation).

Example::

    from realtime_ext import RealtimeClient

    with RealtimeClient() as client, client.translations.connect(
        model="gpt-realtime-translate",
        session={"audio": {"output": {"language": "es"}}},
    ) as conn:
        conn.session.input_audio_buffer.append(audio=pcm)
        for event in conn.close():
            if event.type == "session.output_transcript.delta":
                print(event.delta, end="")
"""

from realtime_ext.session import DEFAULT_TRANSLATION_MODEL

from ._audio import (
    FRAME_BYTES,
    FRAME_MS,
    AudioInput,
    Framer,
    TranslationRecorder,
    TranslationTranscript,
    aframes,
    frames,
)
from ._client import AsyncTranslations, AsyncTranslationWebRTC, Translations, TranslationWebRTC
from ._connect import AsyncTranslationConnect, aconnect, connect
from ._session import AsyncTranslationSession, TranslationSession
from ._webrtc import AsyncTranslationCall, TranslationCallConnect
from ._webrtc_sync import TranslationCall

__all__ = [
    "DEFAULT_TRANSLATION_MODEL",
    "FRAME_BYTES",
    "FRAME_MS",
    "AsyncTranslationCall",
    "AsyncTranslationConnect",
    "AsyncTranslationSession",
    "AsyncTranslationWebRTC",
    "AsyncTranslations",
    "AudioInput",
    "Framer",
    "TranslationCall",
    "TranslationCallConnect",
    "TranslationRecorder",
    "TranslationSession",
    "TranslationTranscript",
    "TranslationWebRTC",
    "Translations",
    "aconnect",
    "aframes",
    "connect",
    "frames",
]
