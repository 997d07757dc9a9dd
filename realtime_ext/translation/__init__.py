"""What a translation app adds to a translation session: transcripts kept, WAV recorders,
WAV files as input frames.

A translation session (``wss://api.openai.com/v1/realtime/translations?model=
gpt-realtime-translate``) interprets continuously instead of answering: append 24 kHz
PCM16 mono audio (``session.input_audio_buffer.append``, 200 ms engine frames, silence
included), receive ``session.output_audio.delta`` (translated speech),
``session.output_transcript.delta`` (its text) and, with input transcription on,
``session.input_transcript.delta``; ``session.close`` flushes, then ``session.closed``.

The session itself is the core's: the one conversation configured for translation
(:class:`realtime_ext.conversation.AsyncTranslationConnection` /
:class:`~realtime_ext.conversation.TranslationConnection`), opened with
``client.translations.connect(...)``, or as a WebRTC call with
``realtime_ext.webrtc.AsyncWebRTC(client).connect_translation(...)``. This package holds the
features that attach to it through the public extension interface (``conn.add_extension``):
:class:`TranslationTranscript` (both transcripts, whoever reads the events) and
:class:`TranslationRecorder` (WAV files of the speech), and :func:`frames` (a WAV file at any
rate as the session's input frames). The session's own names are here too, where a
translation app looks for them.

Example::

    from realtime_ext import RealtimeClient
    from realtime_ext.translation import TranslationTranscript, frames

    with RealtimeClient() as client, client.translations.connect(
        model="gpt-realtime-translate",
        session={"audio": {"output": {"language": "es"}}},
    ) as conn:
        transcript = conn.add_extension(TranslationTranscript())
        conn.send_audio(frames("speech.wav"))
        conn.close()
        print(transcript.target)
"""

from __future__ import annotations

from realtime_ext.conversation import AsyncTranslationConnection, TranslationConnection

from ._audio import TranslationRecorder, TranslationTranscript, frames

__all__ = [
    "AsyncTranslationConnection",
    "TranslationConnection",
    "TranslationRecorder",
    "TranslationTranscript",
    "frames",
]


def __dir__() -> list[str]:
    return sorted(__all__)
