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
    from .._transport import AsyncHTTPTransport, SyncHTTPTransport

__all__ = ["AsyncTranscriptionSessions", "TranscriptionSessions"]

# The generated operation that owns the path and body shape.
OPERATION = "create_realtime_transcription_session"


class TranscriptionSessions(BetaSessionsResource[Answer]):
    """Beta transcription sessions with an ephemeral key (GA: ``client_secrets``).

    Example::

        client.transcription_sessions.create(beta_transcription_session(transcription="whisper-1"))
    """

    def __init__(self, transport: SyncHTTPTransport) -> None:
        super().__init__(transport, OPERATION, Answer.from_dict)


class AsyncTranscriptionSessions(AsyncBetaSessionsResource[Answer]):
    """The async twin of :class:`TranscriptionSessions`.

    Example::

        beta = await client.transcription_sessions.create(input_audio_format="pcm16")
    """

    def __init__(self, transport: AsyncHTTPTransport) -> None:
        super().__init__(transport, OPERATION, Answer.from_dict)
