"""``client.transcription_sessions``: the beta ``POST /realtime/transcription_sessions``.

Example::

    client.transcription_sessions.create(beta_transcription_session(transcription="whisper-1"))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realtime_generated.models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse as Answer,
)

from ._beta import AsyncBetaSessionsResource, BetaSessionsResource

if TYPE_CHECKING:
    from .._transport import AsyncTransport, SyncTransport

__all__ = ["AsyncTranscriptionSessions", "TranscriptionSessions"]

PATH = "/realtime/transcription_sessions"


class TranscriptionSessions(BetaSessionsResource[Answer]):
    """Beta transcription sessions with an ephemeral key (GA: ``client_secrets``).

    Example::

        client.transcription_sessions.create(beta_transcription_session(transcription="whisper-1"))
    """

    def __init__(self, transport: SyncTransport) -> None:
        super().__init__(transport, PATH, Answer.from_dict)


class AsyncTranscriptionSessions(AsyncBetaSessionsResource[Answer]):
    """The async twin of :class:`TranscriptionSessions`.

    Example::

        beta = await client.transcription_sessions.create(input_audio_format="pcm16")
    """

    def __init__(self, transport: AsyncTransport) -> None:
        super().__init__(transport, PATH, Answer.from_dict)
